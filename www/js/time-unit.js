// A form's time-unit choice, for calculators whose times all share one unit of the
// user's choosing: a `<select name="time-unit">` whose options carry the singular in
// `data-one`, and spans that show the unit's name, `data-time-unit` (plural: "minutes")
// or `data-time-unit-one` (singular: "minute"). Labels only: nothing is converted.

/**
 * The chosen unit's names.
 * @param {HTMLFormElement} form
 * @returns {{ many: string, one: string }}
 */
export function timeUnit(form) {
  const select = /** @type {HTMLSelectElement} */ (form.elements.namedItem("time-unit"));
  const option = select.selectedOptions[0];
  return { many: option.value, one: option.dataset.one ?? option.value };
}

/**
 * Writes the chosen unit's name into every `[data-time-unit]` and `[data-time-unit-one]`
 * element of `form`.
 * @param {HTMLFormElement} form
 */
export function syncTimeUnit(form) {
  const { many, one } = timeUnit(form);
  for (const element of form.querySelectorAll("[data-time-unit]")) element.textContent = many;
  for (const element of form.querySelectorAll("[data-time-unit-one]")) element.textContent = one;
}

/**
 * `value` with the unit's name, singular for exactly 1: "373 minutes", "1 minute".
 * @param {HTMLFormElement} form
 * @param {number} value
 * @param {(value: number) => string} format
 */
export function formatTime(form, value, format) {
  const { many, one } = timeUnit(form);
  return `${format(value)} ${value === 1 ? one : many}`;
}
