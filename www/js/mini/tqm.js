// Total quality management: process capability, Cp and Cpk.
import { formatNumber as n } from "../format.js";
import { processCapability } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "tqm",
  about:
    "Total quality management (TQM) makes quality everyone's job and improves processes continuously, with tools such as statistical process control. A basic check: can the process meet its specification? Cp compares the specification's width with the process spread (6 standard deviations); Cpk also looks at where the mean sits. At least 1.0 is needed, and 1.33 is a common target.",
  formula: "Cp = (USL − LSL) / 6σ; Cpk = min(USL − μ, μ − LSL) / 3σ",
  fields: [
    { path: "mean", label: "Process mean", symbol: "μ", unit: "minutes", value: 210 },
    { path: "standardDeviation", label: "Standard deviation", symbol: "σ", unit: "minutes", value: 0.516 },
    { path: "lowerSpec", label: "Lower specification limit", symbol: "LSL", unit: "minutes", value: 207 },
    { path: "upperSpec", label: "Upper specification limit", symbol: "USL", unit: "minutes", value: 213 },
  ],
  compute: processCapability,
  results: [
    { label: "Cp", text: (result) => (result.cp === undefined ? "needs both limits" : n(result.cp)), headline: true },
    { label: "Cpk", text: (result) => n(result.cpk) },
    { label: "Outside the limits", text: (result) => `${n(result.ppmOutside)} per million` },
  ],
  source: "Heizer & Render, Operations Management, Supplement 6 (the insurance claims process: 210 ± 3 minutes, σ = 0.516). Published: Cp = 1.938.",
};
