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
  {
    href: "production-order-quantity.html",
    title: "Economic production quantity",
    navTitle: "EPQ",
    section: "Inventory",
    summary:
      "How much to make per run when stock is produced at a finite rate while demand goes on: Q*, maximum inventory, run time and cycle.",
  },
  {
    href: "backorders.html",
    title: "EOQ with planned backorders",
    navTitle: "Backorders",
    section: "Inventory",
    summary:
      "When customers will wait for the next delivery: the order quantity and planned shortage that cost least, and how each cycle splits.",
  },
];
