// Just-in-time: the number of kanbans.
import { formatNumber as n } from "../format.js";
import { kanbanCount } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "jit",
  about:
    "Just-in-time (JIT) makes and moves only what the next step needs, when it needs it, so little stock waits between steps. Kanbans, cards or containers, signal what to make next. Their number caps the stock in the loop: enough to cover demand while a container goes round, plus a small safety margin.",
  formula: "kanbans N = (demand d × lead time L + safety stock) / container size C, rounded up",
  fields: [
    { path: "demandRate", label: "Demand", symbol: "d", unit: "units a day", value: 500 },
    { path: "leadTime", label: "Lead time", symbol: "L", unit: "days round the loop", value: 2 },
    { path: "safetyStock", label: "Safety stock", unit: "units", value: 250 },
    { path: "containerSize", label: "Container size", symbol: "C", unit: "units", value: 250 },
  ],
  compute: kanbanCount,
  results: [
    { label: "Kanbans", text: (result) => n(result.kanbans), headline: true },
    { label: "Most stock in the loop", text: (result) => `${n(result.authorizedInventory)} units` },
  ],
  source: "Heizer & Render, Operations Management, JIT and lean operations chapter (Hobbs Bakery). Published: 5 kanbans.",
  link: "lean.html",
};
