// Employee engagement as the employee net promoter score (eNPS), from counts.
import { netPromoterScore } from "../wasm.js";
import { npsResults } from "./nps-results.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "employee-engagement",
  about:
    "Engaged employees are committed to their work and their organisation, and it shows in effort, quality and staff turnover. Surveys measure it; a quick one is the employee net promoter score (eNPS): \"How likely are you to recommend this company as a place to work?\", answered from 0 to 10. Those answering 9 or 10 are promoters, 7 or 8 passives, 0 to 6 detractors.",
  formula: "eNPS = % promoters − % detractors, from −100 to +100",
  fields: [
    { path: "promoters", label: "Promoters", unit: "answered 9 or 10", value: 14 },
    { path: "passives", label: "Passives", unit: "answered 7 or 8", value: 16 },
    { path: "detractors", label: "Detractors", unit: "answered 0 to 6", value: 10 },
  ],
  compute: netPromoterScore,
  results: npsResults("eNPS"),
  source: "a made-up team of 40, hand-computed: 35% promoters − 25% detractors = 10.",
};
