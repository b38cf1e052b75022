// The economic production quantity: how big a production run, when stock builds up as it is made.
import { formatMoney, formatNumber as n } from "../format.js";
import { productionOrderQuantity } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "epq",
  about:
    "A factory turns raw material into finished goods at its own pace, faster than customers take them, so stock builds up while a run is on and is used up between runs. The economic production quantity balances the cost of setting up a run against the cost of holding what piles up. Raise the setup cost and runs get longer; bring the production rate down towards demand and less piles up, so runs get longer too.",
  fields: [
    { path: "demand", label: "Demand", symbol: "D", unit: "units per year", value: 48000 },
    { path: "productionRate", label: "Production rate", symbol: "p", unit: "units per year while running", value: 192000 },
    { path: "setupCost", label: "Setup cost", symbol: "S", unit: "$ per run", value: 45 },
    { path: "holdingCost", label: "Holding cost", symbol: "H", unit: "$ per unit per year", value: 1 },
  ],
  compute: productionOrderQuantity,
  results: [
    { label: "Run size Q*", text: (r) => `${n(r.quantity)} units`, headline: true },
    { label: "Most in stock", text: (r) => `${n(r.maxInventory)} units` },
    { label: "Runs per year", text: (r) => n(r.runsPerPeriod) },
    { label: "Setup + holding cost", text: (r) => `${formatMoney(r.totalCost)} a year` },
  ],
  working: (r, o) => [
    { name: "Share that piles up", formula: "1 − D / p", numbers: `1 − ${n(o.demand)} / ${n(o.productionRate)}`, value: n(r.buildUpFraction) },
    { name: "Run size", formula: "Q* = √(2DS / (H (1 − D/p)))", numbers: `√(2 × ${n(o.demand)} × ${n(o.setupCost)} / (${n(o.holdingCost)} × ${n(r.buildUpFraction)}))`, value: n(r.quantity) },
  ],
  source: "Stevenson, Operations Management, inventory chapter (a toy maker's rubber wheels, 800 a day for 240 days). Published: 2,400 wheels.",
  link: "production-order-quantity.html",
};
