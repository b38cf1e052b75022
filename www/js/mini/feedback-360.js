// 360-degree feedback on one competency: self against everyone else.
import { formatNumber as n } from "../format.js";
import { feedback360 } from "../wasm.js";

const SIGNALS = {
  blindSpot: "blind spot: you rate yourself higher than others do",
  hiddenStrength: "hidden strength: others rate you higher than you do",
  aligned: "aligned: you see yourself as others do",
};
const response = (raterGroup) => ({ raterGroup, ratings: [{ competency: "communication", value: 0 }] });
const communication = (result) => result.competencies[0];

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "feedback-360",
  about:
    "360-degree feedback collects ratings from all around a person: their manager, peers, direct reports, and themselves. Comparing the self-rating with the others' average shows blind spots (you rate yourself higher than others do) and hidden strengths. Groups with fewer than 3 raters are withheld so answers stay anonymous; the manager is exempt.",
  formula: "gap = self-rating − mean of the others' ratings",
  options: {
    competencies: [{ id: "communication", name: "Communication" }],
    responses: ["self", "manager", "peer", "peer", "peer"].map(response),
  },
  fields: ["Self", "Manager", "Peer 1", "Peer 2", "Peer 3"].map((label, index) => ({
    path: `responses[${index}].ratings[0].value`,
    label,
    unit: "communication, 1 to 5",
    value: [4, 3, 3, 4, 2][index],
  })),
  compute: feedback360,
  results: [
    { label: "Others' mean", text: (result) => (communication(result).othersMean === undefined ? "no ratings" : n(communication(result).othersMean)), headline: true },
    { label: "Self − others", text: (result) => (communication(result).gap === undefined ? "" : n(communication(result).gap)) },
    { label: "Reading", text: (result) => SIGNALS[communication(result).signal] ?? "" },
  ],
  source: "a made-up team lead, hand-computed: the others' mean (3 + 3 + 4 + 2) / 4 = 3; self 4, a gap of 1, beyond half a point: a blind spot.",
  link: "feedback-360.html",
};
