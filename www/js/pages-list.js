// The site's calculators, grouped by section in navigation order. A new calculator
// joins the site by adding one entry here (and its HTML page).

/**
 * @typedef {{ href: string, title: string, navTitle: string, section: string, summary: string }} Page
 *   `title` for the home page's list, `navTitle` (short) for the navigation bar.
 */

/** @type {Page[]} */
export const calculators = [
  {
    href: "eoq.html",
    title: "Economic order quantity",
    navTitle: "EOQ",
    section: "Inventory",
    summary:
      "How much to order at a time so that ordering plus holding cost is lowest: Q*, the cost curve, the reorder point.",
  },
];
