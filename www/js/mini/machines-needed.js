// Machines a production plan needs: the hours it takes over the hours one machine works.
import { formatNumber as n, formatPercent as percent } from "../format.js";
import { capacityRequirement } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "machines-needed",
  about:
    "Production planning turns a plan into the resources it needs. Each product takes its processing time per unit for every unit planned; the hours add up, and the machines needed are those hours over the hours one machine is available, rounded up. Raise a product's demand and see when a fourth machine is needed.",
  options: {
    products: [
      { id: "#1", demand: 400, processingTime: 5 },
      { id: "#2", demand: 300, processingTime: 8 },
      { id: "#3", demand: 700, processingTime: 2 },
    ],
  },
  fields: [
    { path: "products[0].demand", label: "Demand, product 1", unit: "units a year (5 hours each)", value: 400 },
    { path: "products[1].demand", label: "Demand, product 2", unit: "units a year (8 hours each)", value: 300 },
    { path: "products[2].demand", label: "Demand, product 3", unit: "units a year (2 hours each)", value: 700 },
    { path: "availableTime", label: "Hours one machine works", symbol: "N", unit: "hours a year", value: 2000 },
  ],
  compute: capacityRequirement,
  results: [
    { label: "Machines needed", text: (r) => n(r.machines), headline: true },
    { label: "Hours needed", text: (r) => `${n(r.timeNeeded)} hours` },
    { label: "Before rounding up", text: (r) => n(r.exactRequirement) },
    { label: "Machine utilization", text: (r) => percent(r.utilization) },
  ],
  working: (r, o) => [
    { name: "Hours needed", formula: "Σ D × p", numbers: o.products.map((product) => `${n(product.demand)} × ${n(product.processingTime)}`).join(" + "), value: n(r.timeNeeded) },
    { name: "Machines", formula: "hours needed / N", numbers: `${n(r.timeNeeded)} / ${n(o.availableTime)}`, value: `${n(r.exactRequirement)}, so ${n(r.machines)}` },
  ],
  source: "Stevenson, Operations Management, capacity planning chapter (one 8-hour shift, 250 days a year). Published: 5,800 hours, 2.90 machines, so 3.",
  link: "capacity-requirement.html",
};
