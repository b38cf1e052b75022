// A performance appraisal: the goal rating and the competency ratings, weighted.
import { formatNumber as n } from "../format.js";
import { appraisal } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "appraisals",
  about:
    "A performance appraisal rates an employee's work over a period, usually once or twice a year. Many rate both what was achieved (the goals) and how (competencies such as teamwork), then combine the two by weights into an overall rating, here on a scale of 1 to 5.",
  formula: "overall = (w₁ × goal rating + w₂ × competency rating) / (w₁ + w₂)",
  options: {
    goals: { rating: 0 },
    competencies: [
      { id: "teamwork", rating: 0 },
      { id: "communication", rating: 0 },
    ],
    weights: { goals: 0, competencies: 0 },
  },
  fields: [
    { path: "goals.rating", label: "Goal rating", unit: "1 to 5", value: 4 },
    { path: "competencies[0].rating", label: "Teamwork", unit: "1 to 5", value: 3 },
    { path: "competencies[1].rating", label: "Communication", unit: "1 to 5", value: 4 },
    { path: "weights.goals", label: "Weight of goals", symbol: "w₁", unit: "%", value: 60 },
    { path: "weights.competencies", label: "Weight of competencies", symbol: "w₂", unit: "%", value: 40 },
  ],
  compute: appraisal,
  results: [
    { label: "Overall rating", text: (result) => `${n(result.rating)}: ${result.label ?? ""}`, headline: true },
    { label: "Competency rating", text: (result) => n(result.competencies.rating) },
  ],
  source: "made up, hand-computed: 0.6 × 4 + 0.4 × 3.5 = 3.8, nearest band 4, Exceeds expectations.",
  link: "appraisal.html",
};
