// The number of kanbans between two work centres: (d × L + safety stock) / C, rounded up.
import { formatNumber as n } from "../format.js";
import { kanbanCount } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "kanbans",
  about:
    "In a pull system a container of parts travels with a card, a kanban: when the next work centre empties it, it goes back to be refilled. The number of containers caps the stock between the two. There must be enough to cover demand while a container goes round its loop, plus some safety stock.",
  fields: [
    { path: "demandRate", label: "Demand", symbol: "d", unit: "units a day", value: 500 },
    { path: "leadTime", label: "Lead time", symbol: "L", unit: "days round the loop", value: 2 },
    { path: "safetyStock", label: "Safety stock", symbol: "SS", unit: "units", value: 250 },
    { path: "containerSize", label: "Container size", symbol: "C", unit: "units", value: 250 },
  ],
  compute: kanbanCount,
  results: [
    { label: "Kanbans", text: (r) => n(r.kanbans), headline: true },
    { label: "Before rounding up", text: (r) => n(r.exactKanbans) },
    { label: "Most stock in the loop", text: (r) => `${n(r.authorizedInventory)} units` },
  ],
  working: (r, o) => [
    { name: "Kanbans", formula: "(d × L + SS) / C", numbers: `(${n(o.demandRate)} × ${n(o.leadTime)} + ${n(r.safetyStock)}) / ${n(o.containerSize)}`, value: `${n(r.exactKanbans)}, so ${n(r.kanbans)}` },
  ],
  source: "Heizer & Render, Operations Management, JIT and lean operations chapter (Hobbs Bakery). Published: 5 kanbans.",
  link: "lean.html",
};
