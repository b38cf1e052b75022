// A bank branch's capacity: utilization and efficiency of a service.
import { formatNumber as n, formatPercent as percent } from "../format.js";
import { capacity } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "bank-capacity",
  about:
    "A bank's tellers serve customers as they arrive; what is not used today is lost. Design capacity is the most the branch could serve in a day; effective capacity allows for breaks, paperwork and the mix of transactions; actual output is what it did serve. Utilization compares the output with the design capacity, efficiency with the effective capacity.",
  fields: [
    { path: "designCapacity", label: "Design capacity", unit: "customers a day", value: 400 },
    { path: "effectiveCapacity", label: "Effective capacity", unit: "customers a day", value: 340 },
    { path: "actualOutput", label: "Customers served", unit: "a day", value: 306 },
  ],
  compute: capacity,
  results: [
    { label: "Utilization", text: (r) => percent(r.utilization), headline: true },
    { label: "Efficiency", text: (r) => percent(r.efficiency) },
    { label: "Capacity cushion", text: (r) => percent(r.capacityCushion) },
    { label: "Lost to what was not planned", text: (r) => `${n(r.unplannedLosses)} customers` },
  ],
  working: (r, o) => [
    { name: "Utilization", formula: "actual / design", numbers: `${n(o.actualOutput)} / ${n(o.designCapacity)}`, value: percent(r.utilization) },
    { name: "Efficiency", formula: "actual / effective", numbers: `${n(o.actualOutput)} / ${n(o.effectiveCapacity)}`, value: percent(r.efficiency) },
  ],
  source: "a made-up branch, hand-computed: 306 / 400 = 76.5% utilization, 306 / 340 = 90% efficiency.",
  link: "capacity.html",
};
