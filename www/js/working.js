// "The working": each formula with the user's numbers substituted, and its result.
// Layout only: the numbers are the inputs as typed and the library's results.

/**
 * Fills `list` (an `<ol>`) with one item per step: "formula = numbers = **value**".
 * @param {HTMLElement} list
 * @param {[formula: string, numbers: string, value: string][]} steps
 */
export function showWorking(list, steps) {
  list.replaceChildren(
    ...steps.map(([formula, numbers, value]) => {
      const item = document.createElement("li");
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
