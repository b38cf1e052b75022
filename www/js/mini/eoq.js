// The economic order quantity: Q*, the average stock Q*/2, orders a year and their cost.
import { formatMoney, formatNumber as n } from "../format.js";
import { eoq } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "eoq",
  about:
    "Every operation holds some stock: a hospital's gloves, a shop's shelves, a bank's cash. Each order costs money to place, each unit kept costs money to hold. The economic order quantity is the order size at which the two costs together are lowest.",
  fields: [
    { path: "demand", label: "Demand", symbol: "D", unit: "units per year", value: 1000 },
    { path: "orderingCost", label: "Ordering cost", symbol: "S", unit: "$ per order", value: 10 },
    { path: "holdingCost", label: "Holding cost", symbol: "H", unit: "$ per unit per year", value: 0.5 },
  ],
  compute: eoq,
  results: [
    { label: "Order quantity Q*", text: (r) => `${n(r.quantity)} units`, headline: true },
    { label: "Average inventory", text: (r) => `${n(r.averageInventory)} units` },
    { label: "Orders a year", text: (r) => n(r.ordersPerPeriod) },
    { label: "Ordering + holding cost", text: (r) => `${formatMoney(r.totalCost)} a year` },
  ],
  working: (r, o) => [
    { name: "Order quantity", formula: "Q* = √(2DS / H)", numbers: `√(2 × ${n(o.demand)} × ${n(o.orderingCost)} / ${n(o.holdingCost)})`, value: n(r.quantity) },
    { name: "Average inventory", formula: "Q* / 2", numbers: `${n(r.quantity)} / 2`, value: n(r.averageInventory) },
    { name: "Orders a year", formula: "D / Q*", numbers: `${n(o.demand)} / ${n(r.quantity)}`, value: n(r.ordersPerPeriod) },
  ],
  source: "Heizer & Render, Operations Management, inventory management chapter (Sharp, Inc.). Published: Q* = 200 units.",
  link: "eoq.html",
};
