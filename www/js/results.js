// Putting results on a page: text into an element by id, and cells for a results
// table. Layout only: the text is formatted from the library's numbers by the caller.

/**
 * Sets the text of the element with `id` (an `<output>`, say).
 * @param {string} id
 * @param {string} text
 */
export function show(id, text) {
  document.getElementById(id).textContent = text;
}

/**
 * A table cell holding `text`; with `header`, a row header (`<th scope="row">`).
 * @param {string} text
 * @param {{ header?: boolean, className?: string }} [options]
 */
export function tableCell(text, { header = false, className = "" } = {}) {
  const element = document.createElement(header ? "th" : "td");
  if (header) element.scope = "row";
  if (className) element.className = className;
  element.textContent = text;
  return element;
}
