// The AHP calculator: the criteria, their pairwise judgements on Saaty's scale, the
// method and the random index table to ahpWeights(); the weights as bars, λmax, CI, RI
// and CR against the threshold, the judgement to revise first, the working, the power
// iteration or the row geometric means, and the random index table. Every number shown
// comes from the library.
import { drawShareBars } from "../capacity-bars.js";
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber } from "../format.js";
import { liveCalculator, readNumberFields } from "../live-form.js";
import { renderNav } from "../nav.js";
import { criteriaTable, pairwiseMatrix } from "../pairwise-matrix.js";
import { show, tableCell } from "../results.js";
import { ahpWeights } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const about = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 2 }).format;
const scientific = new Intl.NumberFormat("en-US", { notation: "scientific", maximumSignificantDigits: 2 }).format;
const form = /** @type {HTMLFormElement} */ (document.getElementById("ahp-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("ahp-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));
const methodSelect = /** @type {HTMLSelectElement} */ (document.getElementById("method"));
const randomIndexSelect = /** @type {HTMLSelectElement} */ (document.getElementById("random-index"));

const pairs = pairwiseMatrix(/** @type {HTMLTableElement} */ (document.getElementById("pairs")));
const criteriaRows = criteriaTable(/** @type {HTMLTableElement} */ (document.getElementById("criteria")), pairs);

/**
 * An example's criteria and judgements: `upper[i]` holds row i's choices right of the
 * diagonal, as Saaty's scale writes them ("5", "1/3").
 * @param {string[]} names
 * @param {string[][]} upper
 */
const judgements = (names, upper) => () => {
  criteriaRows.setRows(names.map((name) => ({ name })));
  pairs.setJudgements(names, upper);
};

/** The example's inputs besides the judgements: Saaty's threshold. */
const options = () => ({ "consistency-threshold": "0.1" });

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Wealth of nations (Saaty 1980)",
    source:
      "Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill, ch. 2: the relative wealth of seven nations, judged pairwise (Saaty & Khouja 1976). Published: eigenvector 0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094; λmax = 7.61, CI = 0.10, CR = 0.08 (RI = 1.32): acceptable.",
    values: options(),
    choices: { method: "eigenvector", "random-index": "saaty" },
    apply: judgements(
      ["US", "USSR", "China", "France", "UK", "Japan", "West Germany"],
      [["4", "9", "6", "6", "5", "5"], ["7", "5", "5", "3", "4"], ["1/5", "1/5", "1/7", "1/5"], ["1", "1/3", "1/3"], ["1/3", "1/3"], ["2"]],
    ),
  },
  {
    label: "Choosing a supplier (everyday example)",
    source:
      "Made up for this page, not from a book: choosing a supplier on cost, quality, delivery and service. Quality matters a little more than cost, and both more than delivery and service; the judgements nearly agree with one another, so CR is small.",
    values: options(),
    choices: { method: "eigenvector", "random-index": "saaty" },
    apply: judgements(["Cost", "Quality", "Delivery", "Service"], [["1/2", "2", "3"], ["3", "4"], ["2"]]),
  },
  {
    label: "One judgement reversed (hand-computed)",
    source:
      "Hand-computed (the library's tests): judgements consistent with weights in the ratio 8 : 4 : 2 : 1, except that A is said to be 1/8 as important as D where 8 belongs. CR is far above 0.1, and that comparison is the one flagged.",
    values: options(),
    choices: { method: "eigenvector", "random-index": "saaty" },
    apply: judgements(["A", "B", "C", "D"], [["2", "4", "1/8"], ["2", "4"], ["2"]]),
  },
];

function compute() {
  const criteria = criteriaRows.read().map((row) => String(row.name ?? ""));
  pairs.setCriteria(criteria);
  const result = ahpWeights({
    ...readNumberFields(form),
    criteria,
    comparisons: pairs.comparisons(),
    method: /** @type {"eigenvector" | "geometricMean"} */ (methodSelect.value),
    randomIndex: /** @type {"saaty" | "alonsoLamata"} */ (randomIndexSelect.value),
  });
  return { criteria, result };
}

/** @param {{ criteria: string[], result: import("../../pkg/opscalc.js").AhpWeightsResult }} computed */
function render({ criteria, result }) {
  pairs.showResult(result);
  drawShareBars(/** @type {SVGSVGElement} */ (/** @type {unknown} */ (document.getElementById("weight-bars"))), {
    title: "Weights",
    description: criteria.map((name, index) => `${name}: ${n(result.weights[index])}`).join(", "),
    bars: criteria.map((name, index) => ({ label: name, share: result.weights[index], value: n(result.weights[index]), className: "weight" })),
  });
  show("result-lambda", n(result.lambdaMax));
  show("result-ci", n(result.consistencyIndex));
  show("result-ri", n(result.randomIndex));
  show("result-cr", n(result.consistencyRatio));
  const badge = /** @type {HTMLElement} */ (document.getElementById("consistency-badge"));
  badge.className = `consistency-badge ${result.consistent ? "consistent" : "inconsistent"}`;
  badge.textContent = result.consistent
    ? `Consistent: CR ${n(result.consistencyRatio)} is below ${n(result.consistencyThreshold)}`
    : `Inconsistent: CR ${n(result.consistencyRatio)} is not below ${n(result.consistencyThreshold)}`;
  show("suggestion", suggestion(criteria, result));
  showTheWorking(criteria, result);
  showTrace(criteria, result);
  showRandomIndex(criteria.length, result);
}

/** The judgement to revise first, in plain words. */
function suggestion(criteria, result) {
  const worst = result.mostInconsistent;
  if (result.consistent || !worst) return "";
  const choice = pairs.choice(worst.row, worst.column);
  const said = choice === "1" ? "as important as" : choice.startsWith("1/") ? `${choice} as important as` : `${choice} times as important as`;
  return `You said ${criteria[worst.row]} is ${said} ${criteria[worst.column]}; your other judgements imply about ${about(worst.implied)}. Revising that comparison toward it helps consistency most.`;
}

function showTheWorking(criteria, result) {
  const count = criteria.length;
  const weights = result.weights.map(n).join(", ");
  const steps = [];
  if (result.trace.iterationCount > 0) {
    steps.push({
      name: `Weights, the principal eigenvector of A, from equal weights until no weight moves by more than 10⁻¹² (${n(result.trace.iterationCount)} steps)`,
      formula: "w ← A w / Σ(A w)",
      numbers: null,
      value: `(${weights})`,
    });
  } else {
    const means = result.trace.rowGeometricMeans;
    steps.push(
      { name: `Row geometric means, ${criteria[0]} first`, formula: "gᵢ = (Πⱼ aᵢⱼ)^(1/n)", numbers: `(${result.matrix[0].map(n).join(" × ")})^(1/${count})`, value: n(means[0]) },
      { name: `Weights, ${criteria[0]} first`, formula: "wᵢ = gᵢ / Σg", numbers: `${n(means[0])} / ${n(result.trace.geometricMeanTotal ?? 0)}`, value: n(result.weights[0]) },
      { name: "All weights", formula: "w", numbers: null, value: `(${weights})` },
    );
  }
  steps.push(
    { name: "Largest eigenvalue", formula: "λmax = (1/n) Σᵢ (A w)ᵢ / wᵢ", numbers: null, value: n(result.lambdaMax) },
    { name: "Consistency index", formula: "CI = (λmax − n) / (n − 1)", numbers: `(${n(result.lambdaMax)} − ${count}) / (${count} − 1)`, value: n(result.consistencyIndex) },
    { name: `Consistency ratio, RI for n = ${count}`, formula: "CR = CI / RI", numbers: `${n(result.consistencyIndex)} / ${n(result.randomIndex)}`, value: n(result.consistencyRatio) },
  );
  renderWorking(document.getElementById("ahp-working"), steps);
}

/** The power iteration step by step, or each row's geometric mean. */
function showTrace(criteria, result) {
  const table = /** @type {HTMLTableElement} */ (document.getElementById("trace-table"));
  const note = /** @type {HTMLElement} */ (document.getElementById("trace-note"));
  const headings = (...names) => {
    const row = document.createElement("tr");
    row.append(
      ...names.map((name) => {
        const th = document.createElement("th");
        th.scope = "col";
        th.textContent = name;
        return th;
      }),
    );
    table.tHead.replaceChildren(row);
  };
  const trace = result.trace;
  if (trace.iterationCount > 0) {
    show(
      "trace-intro",
      "Power iteration: start from equal weights, multiply by the matrix and scale the result to sum to 1, again and again. The vector settles on the principal eigenvector, and the λ estimate on λmax.",
    );
    show("trace-caption", "Power iteration, one row a step");
    headings("Step", ...criteria, "λ estimate", "Largest change");
    table.tBodies[0].replaceChildren(
      ...trace.iterations.map((step) => {
        const row = document.createElement("tr");
        row.append(tableCell(n(step.iteration), { header: true }), ...step.vector.map((value) => tableCell(n(value))), tableCell(n(step.lambda)), tableCell(scientific(step.change)));
        return row;
      }),
    );
    note.hidden = trace.iterations.length >= trace.iterationCount;
    note.textContent = note.hidden ? "" : `The first ${n(trace.iterations.length)} of ${n(trace.iterationCount)} steps.`;
  } else {
    show(
      "trace-intro",
      "Row geometric means: multiply each row's judgements, take the n-th root, and divide by the total. For a consistent matrix this gives the eigenvector exactly; otherwise something close to it.",
    );
    show("trace-caption", "Each row's geometric mean and weight");
    headings("Criterion", "Geometric mean gᵢ", "Weight gᵢ / Σg");
    table.tBodies[0].replaceChildren(
      ...trace.rowGeometricMeans.map((mean, index) => {
        const row = document.createElement("tr");
        row.append(tableCell(criteria[index], { header: true }), tableCell(n(mean)), tableCell(n(result.weights[index])));
        return row;
      }),
      totalRow(trace.geometricMeanTotal ?? 0),
    );
    note.hidden = true;
  }
}

/** The total the row geometric means are divided by. */
function totalRow(total) {
  const row = document.createElement("tr");
  row.className = "total-row";
  row.append(tableCell("Total Σg", { header: true }), tableCell(n(total)), tableCell(""));
  return row;
}

/** The table of RI by matrix size, the column used marked. */
function showRandomIndex(count, result) {
  const table = /** @type {HTMLTableElement} */ (document.getElementById("ri-table"));
  show("ri-caption", `Random index by matrix size n: ${randomIndexSelect.selectedOptions[0].textContent}`);
  const [sizes] = table.tHead.rows;
  const [values] = table.tBodies[0].rows;
  const mark = (cell, index) => {
    if (index + 1 === count) cell.className = "chosen";
    return cell;
  };
  sizes.replaceChildren(sizes.cells[0], ...result.randomIndexTable.map((_, index) => mark(tableCell(String(index + 1)), index)));
  values.replaceChildren(values.cells[0], ...result.randomIndexTable.map((value, index) => mark(tableCell(n(value)), index)));
}

const load = (example) => applyExample(form, example, sourceLine);
load(examples[0]);
/** Scenario comparison: each criterion's weight and the consistency measures. */
const compare = {
  figures: ({ criteria, result }) => [
    ...criteria.map((name, index) => ({ label: `Weight of ${name}`, value: result.weights[index], format: n })),
    { label: "Largest eigenvalue λmax", value: result.lambdaMax, format: n },
    { label: "Consistency index CI", value: result.consistencyIndex, format: n },
    { label: "Consistency ratio CR", value: result.consistencyRatio, format: n },
  ],
};
const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples, sourceLine, update);
document.getElementById("reset-example").addEventListener("click", () => {
  load(examples[0]);
  update();
});
