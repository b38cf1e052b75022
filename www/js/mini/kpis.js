// A KPI scored against its target, from a baseline.
import { formatNumber as n, formatPercent } from "../format.js";
import { scoreKpi } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "kpis",
  about:
    "A key performance indicator (KPI) measures progress toward a goal that matters to the strategy, against a target. Scoring each KPI from a baseline (0) to its target (1, or 100%) puts different measures on one scale, so they can be compared and combined. Below 70% is red here, below 90% amber.",
  formula: "score = (actual − baseline) / (target − baseline)",
  options: { direction: "higherIsBetter" },
  fields: [
    { path: "actual", label: "Actual", unit: "revenue, $ thousands", value: 1150 },
    { path: "target", label: "Target", unit: "$ thousands", value: 1200 },
    { path: "baseline", label: "Baseline", unit: "$ thousands (last year)", value: 1000 },
  ],
  compute: scoreKpi,
  results: [
    { label: "Score", text: (result) => formatPercent(result.score), headline: true },
    { label: "Actual as % of target", text: (result) => (result.percentOfTarget === undefined ? "" : `${n(result.percentOfTarget)}%`) },
    { label: "Status", text: (result) => result.status },
  ],
  source: "a made-up coffee roaster, hand-computed: (1,150 − 1,000) / (1,200 − 1,000) = 75%.",
  link: "scorecard.html",
};
