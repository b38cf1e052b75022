// "The working": each formula with the user's numbers in place, one list item a step.
// Layout only: every number shown is an input or a result of the library.

/**
 * @typedef {{ name?: string, formula: string, numbers?: string | null, value: string }} Step
 *   Shown as "name: formula = numbers = value" (the name muted, the formula in the
 *   formula style, the value in bold), or "formula = value" without numbers.
 * @typedef {[formula: string, numbers: string | null, value: string]} StepTuple
 *   The same step, written short.
 */

/**
 * Replaces the items of `list` (an `<ol class="working">`) with one per step.
 * @param {HTMLElement} list
 * @param {(Step | StepTuple)[]} steps
 */
export function renderWorking(list, steps) {
  list.replaceChildren(
    ...steps.map((step) => {
      const { name, formula, numbers, value } = Array.isArray(step)
        ? { formula: step[0], numbers: step[1], value: step[2] }
        : step;
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
      item.append(formulaPart, numbers == null ? " = " : ` = ${numbers} = `, valuePart);
      return item;
    }),
  );
}
