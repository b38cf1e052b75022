// Textbook examples a calculator can load: buttons that fill the form's inputs (by id)
// and choices (radio groups by name). Data only: the library computes the rest.
import { syncChoices } from "./choices.js";

/**
 * @typedef {{
 *   label: string, source: string,
 *   values: Record<string, string>, choices?: Record<string, string>,
 *   apply?: () => void
 * }} Example
 *   `values` maps input ids to their text; inputs it leaves out are cleared. `apply`
 *   sets what inputs and choices do not cover (the rows of a table, see
 *   table-input.js); it runs after them.
 */

/**
 * Fills `form` with `example` and names its source in `sourceLine`.
 * @param {HTMLFormElement} form
 * @param {Example} example
 * @param {HTMLElement} sourceLine
 */
export function applyExample(form, example, sourceLine) {
  for (const [group, value] of Object.entries(example.choices ?? {})) form.elements.namedItem(group).value = value;
  for (const input of form.querySelectorAll("input[data-field]")) input.value = example.values[input.id] ?? "";
  example.apply?.();
  syncChoices(form);
  sourceLine.textContent = example.source;
}

/**
 * One button per example in `container`; clicking one loads it and calls `update`.
 * @param {HTMLElement} container
 * @param {HTMLFormElement} form
 * @param {Example[]} examples
 * @param {HTMLElement} sourceLine
 * @param {() => void} update
 */
export function exampleButtons(container, form, examples, sourceLine, update) {
  container.replaceChildren(
    ...examples.map((example) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = example.label;
      button.addEventListener("click", () => {
        applyExample(form, example, sourceLine);
        update();
      });
      return button;
    }),
  );
}
