// Quality as OEE's quality rate (good / total), with availability, performance and OEE.
import { formatPercent } from "../format.js";
import { oee } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "quality",
  about:
    "In operations, quality is often measured as the share of output that is good the first time, without rework. Overall equipment effectiveness (OEE) multiplies it with availability (the share of planned time the machine runs) and performance (its speed against the ideal).",
  formula: "quality = good count / total count; OEE = availability × performance × quality",
  fields: [
    { path: "plannedProductionTime", label: "Planned production time", unit: "minutes", value: 420 },
    { path: "downtime", label: "Downtime", unit: "minutes", value: 47 },
    { path: "idealRunRate", label: "Ideal run rate", unit: "pieces a minute", value: 60 },
    { path: "totalCount", label: "Pieces made", value: 19271 },
    { path: "goodCount", label: "Good pieces", value: 18848 },
  ],
  compute: oee,
  results: [
    { label: "Quality", text: (result) => formatPercent(result.quality), headline: true },
    { label: "Availability", text: (result) => formatPercent(result.availability) },
    { label: "Performance", text: (result) => formatPercent(result.performance) },
    { label: "OEE", text: (result) => formatPercent(result.oee) },
  ],
  source: "Vorne Industries, OEE calculation (a 480-minute shift less 60 minutes of breaks). Published: quality 97.80%, OEE 74.79%.",
  link: "oee.html",
};
