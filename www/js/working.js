// "The working": each formula with the user's numbers in place. Layout only: the
// numbers shown are the inputs and the library's results.

/**
 * @typedef {[formula: string, numbers: string | null, value: string]} Step
 *   Shown as "formula = numbers = value", or "formula = value" without numbers.
 */

/**
 * Replaces the items of `list` with one per step.
 * @param {HTMLElement} list
 * @param {Step[]} steps
 */
export function renderWorking(list, steps) {
  list.replaceChildren(
    ...steps.map(([formula, numbers, value]) => {
      const item = document.createElement("li");
      const formulaPart = document.createElement("span");
      formulaPart.className = "formula";
      formulaPart.textContent = formula;
      const valuePart = document.createElement("strong");
      valuePart.textContent = value;
      item.append(formulaPart, numbers === null ? " = " : ` = ${numbers} = `, valuePart);
      return item;
    }),
  );
}
