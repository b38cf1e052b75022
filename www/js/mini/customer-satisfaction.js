// Customer satisfaction as the net promoter score, from the answers themselves.
import { netPromoterScore } from "../wasm.js";
import { npsResults } from "./nps-results.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "customer-satisfaction",
  about:
    "Satisfied customers come back and bring others. The net promoter score (NPS) asks them: \"How likely are you to recommend us to a friend or colleague?\", from 0 to 10. Promoters (9 or 10) less detractors (0 to 6), as percentages of everyone who answered, gives a score from −100 to +100; passives (7 or 8) only count in the total.",
  formula: "NPS = % promoters − % detractors",
  fields: [{ path: "scores", label: "Answers", unit: "0 to 10, separated by commas", value: "9, 10, 8, 6, 10, 9, 7, 3, 10, 9, 8, 9", kind: "list" }],
  compute: netPromoterScore,
  results: npsResults("NPS"),
  source: "12 made-up answers, hand-computed: 7 promoters and 2 detractors of 12, 58.3% − 16.7% = 41.7.",
};
