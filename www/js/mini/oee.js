// Overall equipment effectiveness: availability × performance × quality.
import { formatNumber as n, formatPercent as percent } from "../format.js";
import { oee } from "../wasm.js";

/** The results, by name, so that a topic can lead with another one (quality.js). */
export const oeeResults = {
  oee: { label: "OEE", text: (r) => percent(r.oee) },
  availability: { label: "Availability", text: (r) => percent(r.availability) },
  performance: { label: "Performance", text: (r) => percent(r.performance) },
  quality: { label: "Quality", text: (r) => percent(r.quality) },
};

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "oee",
  about:
    "Quality of finished goods is measured together with the time and speed it took: overall equipment effectiveness is the share of the planned time spent making good parts at full speed. It is availability (running, not stopped) × performance (at full speed) × quality (made right).",
  fields: [
    { path: "plannedProductionTime", label: "Planned production time", unit: "minutes", value: 420 },
    { path: "downtime", label: "Downtime", unit: "minutes", value: 47 },
    { path: "idealRunRate", label: "Ideal run rate", unit: "pieces a minute", value: 60 },
    { path: "totalCount", label: "Pieces made", unit: "good and rejected", value: 19271 },
    { path: "goodCount", label: "Good pieces", unit: "made right the first time", value: 18848 },
  ],
  compute: oee,
  results: [{ ...oeeResults.oee, headline: true }, oeeResults.availability, oeeResults.performance, oeeResults.quality],
  working: (r, o) => [
    { name: "Availability", formula: "run time / planned time", numbers: `${n(r.runTime)} / ${n(r.plannedProductionTime)}`, value: percent(r.availability) },
    { name: "Performance", formula: "pieces made / (run time × ideal rate)", numbers: `${n(o.totalCount)} / (${n(r.runTime)} × ${n(r.idealRunRate)})`, value: percent(r.performance) },
    { name: "Quality", formula: "good pieces / pieces made", numbers: `${n(o.goodCount)} / ${n(o.totalCount)}`, value: percent(r.quality) },
    { name: "OEE", formula: "A × P × Q", numbers: `${percent(r.availability)} × ${percent(r.performance)} × ${percent(r.quality)}`, value: percent(r.oee) },
  ],
  source: "Vorne Industries, oee.com, OEE calculation (a 480-minute shift less 60 minutes of breaks). Published: A = 88.81%, P = 86.11%, Q = 97.80%, OEE = 74.79%.",
  link: "oee.html",
};
