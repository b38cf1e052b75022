// Six Sigma: defects per million opportunities and the sigma level.
import { formatNumber as n, formatPercent } from "../format.js";
import { sixSigma } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "six-sigma",
  about:
    "Six Sigma cuts the variation in a process until defects are rare: at most 3.4 defects per million opportunities (DPMO). Count the units checked, the opportunities for a defect in each (the things that can go wrong) and the defects found. The sigma level adds the conventional 1.5σ drift of a process over time.",
  formula: "DPMO = defects × 1,000,000 / (units × opportunities per unit); sigma level = z(1 − DPO) + 1.5",
  fields: [
    { path: "defects", label: "Defects found", value: 5 },
    { path: "units", label: "Units checked", value: 100 },
    { path: "opportunitiesPerUnit", label: "Opportunities per unit", value: 10 },
  ],
  compute: sixSigma,
  results: [
    { label: "Sigma level", text: sigmaLevel, headline: true },
    { label: "DPMO", text: (result) => n(result.dpmo) },
    { label: "Yield per opportunity", text: (result) => formatPercent(result.opportunityYield) },
  ],
  source: "hand-computed: 5 defects in 1,000 opportunities, 5,000 DPMO, 4.08 sigma (the conversion table: 3.4 DPMO is 6 sigma, 66,807 is 3).",
};

/** The sigma level, or why there is none. */
function sigmaLevel(result) {
  if (result.sigmaLevel !== undefined) return `${n(result.sigmaLevel)} σ`;
  return result.dpo === 0 ? "no defects: beyond any sigma level" : "every opportunity is a defect";
}
