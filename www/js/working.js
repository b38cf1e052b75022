// "The working": formulas with the user's numbers substituted, one list item a step.
// Layout only: every number in a step is an input or a result of the library.

/**
 * @typedef {{ name?: string, formula: string, numbers: string, value: string }} Step
 *   Shown as "name: formula = numbers = value": the name muted, the formula in the
 *   formula style, the value in bold.
 */

/**
 * Replaces the items of `list` (an <ol class="working">) with the steps.
 * @param {HTMLElement} list
 * @param {Step[]} steps
 */
export function showWorking(list, steps) {
  list.replaceChildren(
    ...steps.map(({ name, formula, numbers, value }) => {
      const item = document.createElement("li");
      if (name) {
        const namePart = document.createElement("span");
        namePart.className = "step-name";
        namePart.textContent = `${name}: `;
        item.append(namePart);
      }
      const formulaPart = document.createElement("span");
      formulaPart.className = "formula";
      formulaPart.textContent = formula;
      const valuePart = document.createElement("strong");
      valuePart.textContent = value;
      item.append(formulaPart, ` = ${numbers} = `, valuePart);
      return item;
    }),
  );
}
