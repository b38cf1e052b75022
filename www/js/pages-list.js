// The site's pages, in navigation order. A new calculator joins the site by adding
// one entry here (and its HTML page).

/** @typedef {{ href: string, title: string, section: string, summary: string }} Page */

/** @type {Page[]} */
export const calculators = [
  {
    href: "eoq.html",
    title: "Economic order quantity",
    section: "Inventory",
    summary:
      "How much to order at a time so that ordering plus holding cost is lowest: Q*, the cost curve, the reorder point.",
  },
];
