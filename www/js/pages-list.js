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
    href: "quantity-discount.html",
    title: "Quantity discounts",
    navTitle: "Discounts",
    section: "Inventory",
    summary:
      "The cheapest order quantity when bigger orders get a lower price, all-units or incremental: the EOQ of every tier, the candidates, total cost with purchase.",
  },
  {
    href: "abc.html",
    title: "ABC analysis",
    navTitle: "ABC",
    section: "Inventory",
    summary:
      "Rank items by annual value and split them into classes A, B and C: shares, cumulative shares, class totals and the Pareto chart.",
  },
];
