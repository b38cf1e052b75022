// Finding and typing into a calculator page's inputs and outputs by their labels, as a
// person reads them.

/** `text` with the characters a regular expression treats specially escaped. */
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The number input whose label starts with `label` ("Demand rate d mean units per period"). */
export const field = (page, label) => page.getByRole("spinbutton", { name: new RegExp(`^${literal(label)}`) });

/** The text input whose label starts with `label`. */
export const textField = (page, label) => page.getByRole("textbox", { name: new RegExp(`^${literal(label)}`) });

/** The `<output>` whose label contains `label`. */
export const output = (page, label) => page.getByLabel(label, { exact: false }).and(page.locator("output"));

/** Clears an input found by `locate` (default: a number input) and types into it key by key. */
export async function type(page, label, text, locate = field) {
  await typeInto(locate(page, label), text);
}

/** Clears an input (a table cell, say) and types into it key by key. */
export async function typeInto(input, text) {
  await input.fill("");
  if (text) await input.pressSequentially(text);
}

/** The text of each body cell of the table `selector`, row by row. */
export async function tableRows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
  );
}
