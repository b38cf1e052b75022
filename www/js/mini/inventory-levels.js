// Inventory levels from the economic order quantity: Q* and the average stock Q*/2.
import { formatNumber as n } from "../format.js";
import { eoq } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "inventory-levels",
  about:
    "Inventory is money sitting on a shelf, yet running out stops work and loses sales. The economic order quantity Q* balances the cost of placing orders against the cost of holding stock. Ordering Q* at a time keeps Q*/2 units in stock on average.",
  formula: "Q* = √(2DS / H); average inventory = Q* / 2; orders a year = D / Q*",
  fields: [
    { path: "demand", label: "Demand", symbol: "D", unit: "units a year", value: 1000 },
    { path: "orderingCost", label: "Ordering cost", symbol: "S", unit: "$ an order", value: 10 },
    { path: "holdingCost", label: "Holding cost", symbol: "H", unit: "$ a unit a year", value: 0.5 },
  ],
  compute: eoq,
  results: [
    { label: "Order quantity Q*", text: (result) => `${n(result.quantity)} units`, headline: true },
    { label: "Average inventory", text: (result) => `${n(result.averageInventory)} units` },
    { label: "Orders a year", text: (result) => n(result.ordersPerPeriod) },
  ],
  source: "Heizer & Render, Operations Management, inventory management chapter (Sharp, Inc.: Q* = 200 units).",
  link: "eoq.html",
};
