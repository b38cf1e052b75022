// A calculator form's inputs as plain data, to put in the URL and to hold a second
// scenario: every input and select by id, every radio group by name, every table of rows
// (table-input.js) by its option name, and every hand-built editor that registers itself
// here (`registerEditor`) by the key it gives.
import { syncChoices } from "./choices.js";

/**
 * @typedef {Record<string, string | unknown>} FormState
 *   Input ids and radio group names map to their text; tables and editors to their
 *   own data (rows, say).
 * @typedef {{ get: () => unknown, set: (value: unknown) => void }} Editor
 *   `get` returns the editor's contents as JSON-able data; `set` rebuilds it from such
 *   data (from a link, which may be old or edited by hand: ignore what does not fit).
 */

/** @type {WeakMap<Element, { key: string, editor: Editor }>} */
const editors = new WeakMap();

/**
 * Makes the contents of `element` (a table of rows, a hand-built editor) part of its
 * form's state under `key`. Inputs inside `element` are then left to it.
 * @param {HTMLElement} element
 * @param {string} key
 * @param {Editor} editor
 */
export function registerEditor(element, key, editor) {
  element.dataset.stateKey = key;
  editors.set(element, { key, editor });
}

/** The registered editors inside `form`. */
function editorsIn(form) {
  return [...form.querySelectorAll("[data-state-key]")].flatMap((element) => {
    const entry = editors.get(element);
    return entry ? [entry] : [];
  });
}

/** Whether `control` is read as part of an editor rather than on its own. */
const inEditor = (control) => control.closest("[data-state-key]") !== null;

/**
 * The state of `form`: what a person typed and chose, not the results.
 * @param {HTMLFormElement} form
 * @returns {FormState}
 */
export function readFormState(form) {
  /** @type {FormState} */
  const state = {};
  for (const control of form.querySelectorAll("input, select, textarea")) {
    if (inEditor(control) || control.closest("[data-no-state]")) continue;
    if (control.type === "radio") {
      if (control.checked) state[control.name] = control.value;
    } else if (control.type === "checkbox") {
      if (control.id) state[control.id] = control.checked ? "on" : "off";
    } else if (control.id && control.type !== "file" && control.type !== "button") {
      state[control.id] = control.value;
    }
  }
  for (const { key, editor } of editorsIn(form)) state[key] = editor.get();
  return state;
}

/**
 * Puts `state` into `form`; keys it does not know are ignored and inputs the state
 * leaves out keep their value, and so do radio groups and selects given a choice they
 * do not offer (a link edited by hand or from an older site). Then shows the inputs of
 * each chosen option.
 * @param {HTMLFormElement} form
 * @param {FormState} state
 */
export function writeFormState(form, state) {
  const offered = (values, wanted) => typeof wanted === "string" && values.includes(wanted);
  for (const control of form.querySelectorAll("input, select, textarea")) {
    if (inEditor(control) || control.closest("[data-no-state]")) continue;
    if (control.type === "radio") {
      const group = form.querySelectorAll(`input[type="radio"][name="${CSS.escape(control.name)}"]`);
      const wanted = state[control.name];
      if (offered([...group].map((radio) => radio.value), wanted)) control.checked = wanted === control.value;
    } else if (control instanceof HTMLSelectElement) {
      const wanted = state[control.id];
      if (offered([...control.options].map((option) => option.value), wanted)) control.value = /** @type {string} */ (wanted);
    } else if (control.type === "checkbox") {
      if (typeof state[control.id] === "string") control.checked = state[control.id] === "on";
    } else if (control.id && typeof state[control.id] === "string") {
      control.value = /** @type {string} */ (state[control.id]);
    }
  }
  for (const { key, editor } of editorsIn(form)) {
    if (state[key] !== undefined) editor.set(state[key]);
  }
  syncChoices(form);
}

/**
 * The keys `form`'s state can hold, to tell its parameters in a link from another
 * form's on the same page.
 * @param {HTMLFormElement} form
 * @returns {Set<string>}
 */
export function stateKeys(form) {
  return new Set(Object.keys(readFormState(form)).concat(radioNames(form)));
}

function radioNames(form) {
  return [...form.querySelectorAll('input[type="radio"]')].map((radio) => /** @type {HTMLInputElement} */ (radio).name);
}
