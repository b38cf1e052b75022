// Goal setting with OKRs: key results graded from start to target.
import { formatNumber as n } from "../format.js";
import { okrScore } from "../wasm.js";

const keyResult = (id) => ({ id, start: 0, target: 0, current: 0 });
const graded = (node) => `${n(node.score)} (${node.grade})`;

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "goal-setting",
  about:
    "Goals motivate best when they are specific, measurable and hard but reachable. With OKRs (objectives and key results), an objective says what to achieve and two to five key results measure it. Each key result is graded from 0 at its start to 1 at its target; 0.6 to 0.7 is the sweet spot for an ambitious goal.",
  formula: "key result grade = (now − start) / (target − start), from 0 to 1; objective = mean of its key results",
  options: { objectives: [{ id: "launch", name: "Launch the new app", keyResults: [keyResult("features"), keyResult("sign-ups")] }] },
  fields: [
    { path: "objectives[0].keyResults[0].target", label: "Features: target", unit: "from 0", value: 6 },
    { path: "objectives[0].keyResults[0].current", label: "Features: launched", value: 3 },
    { path: "objectives[0].keyResults[1].target", label: "Sign-ups: target", unit: "from 0", value: 1000 },
    { path: "objectives[0].keyResults[1].current", label: "Sign-ups: now", value: 700 },
  ],
  compute: okrScore,
  results: [
    { label: "Objective", text: (result) => graded(result.objectives[0]), headline: true },
    { label: "Features", text: (result) => graded(result.objectives[0].keyResults[0]) },
    { label: "Sign-ups", text: (result) => graded(result.objectives[0].keyResults[1]) },
  ],
  source: "made up, after Google re:Work, Grade OKRs: 3 of 6 features grades 0.5, 700 of 1,000 sign-ups 0.7; the objective 0.6.",
  link: "okr.html",
};
