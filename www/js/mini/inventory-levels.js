// Inventory levels, an operations metric: the EOQ calculator (eoq.js) told as a metric.
import eoq from "./eoq.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  ...eoq,
  id: "inventory-levels",
  about:
    "Inventory is money sitting on a shelf, yet running out stops work and loses sales. The economic order quantity Q* balances the cost of placing orders against the cost of holding stock. Ordering Q* at a time keeps Q*/2 units in stock on average.",
};
