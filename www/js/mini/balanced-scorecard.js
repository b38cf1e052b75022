// A balanced scorecard with two perspectives, one KPI each.
import { formatPercent } from "../format.js";
import { scorecard } from "../wasm.js";

const kpi = (id, target, baseline) => ({ id, weight: 1, actual: 0, target, baseline, direction: "higherIsBetter" });
const perspective = (id, name, kpis) => ({ id, name, weight: 0, objectives: [{ id: `${id}-objective`, weight: 1, kpis }] });
const scored = (node) => (node.score === undefined ? "no actual yet" : `${formatPercent(node.score)} (${node.status})`);

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "balanced-scorecard",
  about:
    "Kaplan and Norton's balanced scorecard looks beyond last quarter's profit: it follows the strategy through four perspectives, financial, customer, internal processes, and learning and growth. Each KPI is scored against its target, and the scores roll up by weight to one total. Here two perspectives: revenue (target $1,200k from $1,000k) and the net promoter score (target 50 from 30).",
  formula: "total = Σ perspective weight × perspective score / Σ weights",
  options: {
    perspectives: [perspective("financial", "Financial", [kpi("revenue", 1200, 1000)]), perspective("customer", "Customer", [kpi("nps", 50, 30)])],
  },
  fields: [
    { path: "perspectives[0].objectives[0].kpis[0].actual", label: "Revenue", unit: "$ thousands (target 1,200)", value: 1150 },
    { path: "perspectives[1].objectives[0].kpis[0].actual", label: "Net promoter score", unit: "target 50", value: 44 },
    { path: "perspectives[0].weight", label: "Weight of financial", unit: "%", value: 60 },
    { path: "perspectives[1].weight", label: "Weight of customer", unit: "%", value: 40 },
  ],
  compute: scorecard,
  results: [
    { label: "Scorecard total", text: scored, headline: true },
    { label: "Financial", text: (result) => scored(result.perspectives[0]) },
    { label: "Customer", text: (result) => scored(result.perspectives[1]) },
  ],
  source: "a made-up coffee roaster, hand-computed: revenue 75%, NPS (44 − 30) / (50 − 30) = 70%, total 0.6 × 75% + 0.4 × 70% = 73%.",
  link: "scorecard.html",
};
