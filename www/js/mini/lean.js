// Lean: process cycle efficiency, value-added time / lead time.
import { formatNumber as n, formatPercent } from "../format.js";
import { processCycleEfficiency } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "lean",
  about:
    "Lean thinking removes waste: anything the customer would not pay for, such as waiting, moving, extra stock and rework. Process cycle efficiency shows how much of a job's lead time actually adds value. Above 25% a process is usually called lean; many run below 10%.",
  formula: "process cycle efficiency = value-added time / lead time",
  fields: [
    { path: "valueAddedTime", label: "Value-added time", unit: "minutes", value: 15 },
    { path: "leadTime", label: "Lead time", unit: "minutes, from arrival to delivery", value: 7200 },
  ],
  compute: processCycleEfficiency,
  results: [
    { label: "Process cycle efficiency", text: (result) => formatPercent(result.efficiency), headline: true },
    { label: "Time not adding value", text: (result) => `${n(result.nonValueAddedTime)} minutes` },
  ],
  source: "hand-computed, after George, Lean Six Sigma (15 minutes of work in a 5-day lead time).",
  link: "lean.html",
};
