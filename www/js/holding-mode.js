// The holding-cost switch of the lot-size calculators: H per unit, or a rate of the
// unit cost. Radios named `holding-mode` choose; fields marked `data-holding="perUnit"`
// or `data-holding="rate"` show for their mode. Hidden inputs are left out of the
// options (see live-form.js), so the library sees one form of the holding cost.

/**
 * Shows the holding-cost inputs of the chosen mode and hides the others.
 * @param {HTMLFormElement} form
 */
export function syncHoldingMode(form) {
  const mode = form.elements.namedItem("holding-mode").value;
  for (const field of form.querySelectorAll("[data-holding]")) field.hidden = field.dataset.holding !== mode;
}
