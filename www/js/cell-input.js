// One input of a hand-built editor (a table cell, a weight next to a heading): a number
// or text input bound to the option path `field`, with its error element, so that
// `liveCalculator` (live-form.js) shows an OpscalcError next to it.

/**
 * A labelled input and its error element `<id>-error`.
 * @param {string} id
 * @param {string} field the option path, `perspectives[0].weight`
 * @param {string} label the accessible name
 * @param {string} value
 * @param {"number" | "text"} [type]
 * @returns {[HTMLInputElement, HTMLParagraphElement]}
 */
export function fieldInput(id, field, label, value, type = "number") {
  const element = document.createElement("input");
  element.id = id;
  element.type = type;
  if (type === "number") {
    element.step = "any";
    element.inputMode = "decimal";
  }
  element.dataset.field = field;
  element.value = value;
  element.setAttribute("aria-label", label);
  element.setAttribute("aria-describedby", `${id}-error`);
  return [element, fieldError(id)];
}

/**
 * The error element `<id>-error` where `liveCalculator` shows an error for `id`.
 * @param {string} id
 * @returns {HTMLParagraphElement}
 */
export function fieldError(id) {
  const error = document.createElement("p");
  error.className = "field-error";
  error.id = `${id}-error`;
  error.setAttribute("aria-live", "polite");
  return error;
}
