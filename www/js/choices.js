// Radio choices that switch a form between input sets: an element marked
// `data-when="group=value"` is shown only while that radio of the group is checked.

/**
 * Shows the inputs of each checked choice and hides the others' (hidden inputs are left
 * out of the options by `readNumberFields`).
 * @param {HTMLFormElement} form
 */
export function syncChoices(form) {
  for (const element of form.querySelectorAll("[data-when]")) {
    const [group, value] = element.dataset.when.split("=");
    element.hidden = form.elements.namedItem(group)?.value !== value;
  }
}
