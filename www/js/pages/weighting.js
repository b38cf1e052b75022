// Weighting methods side by side: the criteria with their points and ranks, and their
// pairwise judgements, to directWeights(), equalWeights(), rankWeights() by each rank
// method and ahpWeights(); a table of the weights, grouped bars and each method's
// formula with the numbers. Every number shown comes from the library.
import { applyExample, exampleButtons } from "../examples.js";
import { formatNumber } from "../format.js";
import { drawGroupedBars } from "../grouped-bars.js";
import { liveCalculator } from "../live-form.js";
import { renderNav } from "../nav.js";
import { criteriaTable, pairwiseMatrix } from "../pairwise-matrix.js";
import { show, tableCell } from "../results.js";
import { ahpWeights, directWeights, equalWeights, rankWeights } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const form = /** @type {HTMLFormElement} */ (document.getElementById("weighting-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("weighting-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

/** The rank methods, as the library names them, with their formulas for the working. */
const RANK_METHODS = [
  { method: "rankSum", label: "Rank sum", formula: "w_p = 2(n + 1 − p) / (n(n + 1))", first: (count) => `2(${count} + 1 − 1) / (${count}(${count} + 1))` },
  { method: "rankReciprocal", label: "Rank reciprocal", formula: "w_p = (1/p) / Σⱼ 1/j", first: (count) => `(1/1) / (1/1 + 1/2 + … + 1/${count})` },
  { method: "rankOrderCentroid", label: "Rank-order centroid", formula: "w_p = (1/n) Σₖ₌ₚ..ₙ 1/k", first: (count) => `(1/${count})(1/1 + 1/2 + … + 1/${count})` },
];

/** The columns of the table and the series of the bars, in order. */
const SERIES = [
  { label: "Points", className: "method-0" },
  { label: "Equal", className: "method-1" },
  ...RANK_METHODS.map((entry, index) => ({ label: entry.label, className: `method-${index + 2}` })),
  { label: "AHP", className: "method-5" },
];

const pairs = pairwiseMatrix(/** @type {HTMLTableElement} */ (document.getElementById("pairs")));
const criteriaRows = criteriaTable(/** @type {HTMLTableElement} */ (document.getElementById("criteria")), pairs, [
  { key: "points", label: "Points", field: (index) => `values[${index}]` },
  { key: "rank", label: "Rank", field: (index) => `ranks[${index}]` },
]);

/**
 * An example: each criterion as [name, points, rank], and the judgements right of the
 * matrix's diagonal, row by row ("2", "1/3").
 * @param {[string, number, number][]} criteria
 * @param {string[][]} upper
 */
const criteriaExample = (criteria, upper) => () => {
  criteriaRows.setRows(criteria.map(([name, points, rank]) => ({ name, points, rank })));
  pairs.setJudgements(
    criteria.map(([name]) => name),
    upper,
  );
};

/** @type {import("../examples.js").Example[]} */
const examples = [
  {
    label: "Choosing a supplier (everyday example)",
    source:
      "Made up for this page, not from a book: choosing a supplier on cost, quality, delivery and service, with 100 points shared out, the same order as ranks, and the judgements of the AHP page's supplier example.",
    values: {},
    apply: criteriaExample(
      [
        ["Cost", 30, 2],
        ["Quality", 40, 1],
        ["Delivery", 20, 3],
        ["Service", 10, 4],
      ],
      [["1/2", "2", "3"], ["3", "4"], ["2"]],
    ),
  },
  {
    label: "Tied ranks (everyday example)",
    source:
      "Made up for this page: a plant scorecard where quality and delivery are judged equally important, so they share rank 2 (positions 2 and 3) and each gets the mean of those positions' weights.",
    values: {},
    apply: criteriaExample(
      [
        ["Safety", 30, 1],
        ["Quality", 25, 2],
        ["Delivery", 25, 2],
        ["Cost", 15, 4],
        ["Morale", 5, 5],
      ],
      [["2", "2", "3", "5"], ["1", "2", "3"], ["2", "3"], ["2"]],
    ),
  },
];

function compute() {
  const rows = criteriaRows.read();
  const criteria = rows.map((row) => String(row.name ?? ""));
  pairs.setCriteria(criteria);
  const ahp = ahpWeights({ criteria, comparisons: pairs.comparisons() });
  const direct = directWeights({ values: rows.map((row) => /** @type {number} */ (row.points)) });
  const ranks = rows.map((row) => /** @type {number} */ (row.rank));
  const rank = RANK_METHODS.map(({ method }) => rankWeights({ ranks, method: /** @type {"rankSum"} */ (method) }));
  const equal = equalWeights({ count: criteria.length });
  return { criteria, rows, ranks, direct, equal, rank, ahp };
}

function render({ criteria, rows, ranks, direct, equal, rank, ahp }) {
  pairs.showResult(ahp);
  show(
    "ahp-consistency",
    `AHP consistency ratio ${n(ahp.consistencyRatio)}: ${ahp.consistent ? "consistent" : "inconsistent"} (threshold ${n(ahp.consistencyThreshold)}).`,
  );
  const columns = [direct.weights, equal.weights, ...rank.map((result) => result.weights), ahp.weights];
  const positions = rank[0].positions.map((position) => (position.first === position.last ? n(position.first) : `${n(position.first)}–${n(position.last)}`));
  const body = /** @type {HTMLTableElement} */ (document.getElementById("weights-table")).tBodies[0];
  body.replaceChildren(
    ...criteria.map((name, index) => {
      const row = document.createElement("tr");
      row.append(tableCell(name, { header: true }), tableCell(positions[index]), ...columns.map((weights) => tableCell(n(weights[index]))));
      return row;
    }),
  );
  drawGroupedBars(/** @type {SVGSVGElement} */ (/** @type {unknown} */ (document.getElementById("method-bars"))), {
    title: "Weights by method",
    description: criteria.map((name, index) => `${name}: ${SERIES.map((series, k) => `${series.label} ${n(columns[k][index])}`).join(", ")}.`).join(" "),
    series: SERIES,
    groups: criteria.map((label, index) => ({ label, values: columns.map((weights) => weights[index]) })),
    format: n,
  });
  showTheWorking(criteria, rows, ranks, { direct, equal, rank, ahp });
}

/** Each method's formula, with the first criterion's (or the first position's) numbers. */
function showTheWorking(criteria, rows, ranks, { direct, equal, rank, ahp }) {
  const count = criteria.length;
  const steps = [
    { name: `Points, ${criteria[0]}`, formula: "wᵢ = vᵢ / Σv", numbers: `${n(Number(rows[0].points))} / ${n(direct.total)}`, value: n(direct.weights[0]) },
    { name: "Equal", formula: "wᵢ = 1 / n", numbers: `1 / ${count}`, value: n(equal.weights[0]) },
  ];
  RANK_METHODS.forEach((entry, index) => {
    const result = rank[index];
    steps.push({ name: `${entry.label}, position p = 1`, formula: entry.formula, numbers: entry.first(count), value: n(result.positionalWeights[0]) });
    steps.push({ name: `${entry.label}, positions 1 to ${count}`, formula: "w_p", numbers: null, value: result.positionalWeights.map(n).join(", ") });
  });
  const tied = rank[0].positions.findIndex((position) => position.first !== position.last);
  if (tied >= 0) {
    const { first, last } = rank[0].positions[tied];
    const shared = RANK_METHODS.map((entry, index) => `${entry.label}: mean(${rank[index].positionalWeights.slice(first - 1, last).map(n).join(", ")}) = ${n(rank[index].weights[tied])}`);
    steps.push({ name: `${criteria[tied]}, rank ${n(ranks[tied])}, tied in positions ${first}–${last}`, formula: "wᵢ = the mean of w_p over its positions", numbers: null, value: shared.join("; ") });
  }
  steps.push({
    name: "AHP, the principal eigenvector of the matrix",
    formula: "w ← A w / Σ(A w)",
    numbers: null,
    value: `(${ahp.weights.map(n).join(", ")}), CR ${n(ahp.consistencyRatio)}`,
  });
  renderWorking(document.getElementById("weighting-working"), steps);
}

const load = (example) => applyExample(form, example, sourceLine);
load(examples[0]);
/** Scenario comparison: each criterion's weight by points and by AHP, and AHP's consistency. */
const compare = {
  figures: ({ criteria, direct, ahp }) => [
    ...criteria.map((name, index) => ({ label: `${name}, by points`, value: direct.weights[index], format: n })),
    ...criteria.map((name, index) => ({ label: `${name}, by AHP`, value: ahp.weights[index], format: n })),
    { label: "AHP consistency ratio CR", value: ahp.consistencyRatio, format: n },
  ],
};
const update = liveCalculator(form, { compute, render, results, compare });
exampleButtons(document.getElementById("example-buttons"), form, examples, sourceLine, update);
document.getElementById("reset-example").addEventListener("click", () => {
  load(examples[0]);
  update();
});
