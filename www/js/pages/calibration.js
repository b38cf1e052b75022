// Rating calibration across managers: a table of ratings and a method, to calibrate();
// the population's mean and spread, the distribution before and after against the
// guideline as bars, each manager's statistics, the calibrated list in input order, and
// the working. Every number shown comes from the library: this page only reads, lays
// out and draws.
import { drawRatingBars } from "../rating-bars.js";
import { formatNumber, formatPercent } from "../format.js";
import { liveCalculator, numberValue } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { rowTable } from "../table-input.js";
import { calibrate } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const form = /** @type {HTMLFormElement} */ (document.getElementById("calibration-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("calibration-results"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

/**
 * Built on calculatorsir.com's "Performance Review Score Normalizer" example: Ann's 3.5
 * from a manager whose ratings average 4.2 (σ 0.7), in a population of mean 3.8 (σ 0.6).
 */
const EXAMPLE = [
  { employee: "Ann", manager: "Morgan", score: 3.5 },
  { employee: "Bea", manager: "Noor", score: 4.3 },
  { employee: "Cal", manager: "Morgan", score: 4.9 },
  { employee: "Dev", manager: "Noor", score: 3.5 },
  { employee: "Eve", manager: "Noor", score: 3.4 },
  { employee: "Fay", manager: "Noor", score: 3.2 },
];
const SOURCE =
  "the Performance Review Score Normalizer example (calculatorsir.com): a rating of 3.5 from a manager averaging 4.2 with standard deviation 0.7, in a population of mean 3.8 and standard deviation 0.6, is z = −1 and calibrates to 3.8 − 0.6 = 3.2. The six ratings are chosen to have exactly those statistics.";

const ratings = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("ratings")), {
  columns: [
    { key: "employee", label: "Employee", type: "text" },
    { key: "manager", label: "Manager", type: "text" },
    { key: "score", label: "Rating" },
  ],
  rowName: (index) => `row ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-rating")),
  rows: EXAMPLE,
});

function readOptions() {
  const number = (id) => numberValue(/** @type {HTMLInputElement} */ (document.getElementById(id)));
  const method = /** @type {RadioNodeList} */ (form.elements.namedItem("method")).value;
  const options = { ratings: ratings.read(), method };
  const [min, max] = [number("scale-min"), number("scale-max")];
  if (min !== undefined || max !== undefined) options.scale = { min, max };
  return options;
}

function compute() {
  const options = readOptions();
  return { options, result: calibrate(options) };
}

const signed = (value) => (value > 0 ? `+${n(value)}` : value < 0 ? `−${n(-value)}` : "0");

function render({ result }) {
  show("result-mean", n(result.mean));
  show("result-sd", n(result.sd));

  const methodName = { zScore: "z-score", meanShift: "mean shift", none: "as given" }[result.method];
  drawRatingBars(/** @type {SVGSVGElement} */ (document.getElementById("distribution-bars")), {
    title: "Distribution before and after, against the guideline",
    description: result.after
      .map((band, k) => `band ${band.label}: guideline ${percent(band.guideline)}, before ${percent(result.before[k]?.share ?? 0)}, after ${percent(band.share)}`)
      .join("; "),
    min: 0,
    max: Math.max(1e-9, ...result.before.map((band) => band.share), ...result.after.map((band) => band.share), ...result.after.map((band) => band.guideline)),
    groups: result.after.map((band, k) => {
      const before = result.before[k];
      return {
        label: `Rating ${band.label}`,
        bars: [
          { label: "guideline", value: band.guideline, text: percent(band.guideline), className: "series-guideline" },
          { label: "before", value: before?.share ?? 0, text: `${percent(before?.share ?? 0)} (${before?.count ?? 0})`, className: "series-before" },
          { label: `after, ${methodName}`, value: band.share, text: `${percent(band.share)} (${band.count})`, className: "series-after" },
        ],
      };
    }),
  });

  /** @type {HTMLTableElement} */ (document.getElementById("distribution-table")).tBodies[0].replaceChildren(
    ...result.after.map((band, k) => {
      const before = result.before[k];
      const tr = document.createElement("tr");
      tr.append(
        tableCell(band.label, { header: true }),
        tableCell(percent(band.guideline)),
        tableCell(`${percent(before?.share ?? 0)} (${before?.count ?? 0})`),
        tableCell(`${percent(band.share)} (${band.count})`),
        tableCell(band.difference === 0 ? "0" : `${band.difference > 0 ? "+" : "−"}${percent(Math.abs(band.difference))}`),
      );
      return tr;
    }),
  );

  /** @type {HTMLTableElement} */ (document.getElementById("manager-table")).tBodies[0].replaceChildren(
    ...result.managers.map((m) => {
      const tr = document.createElement("tr");
      tr.append(tableCell(m.manager, { header: true }), tableCell(String(m.count)), tableCell(n(m.mean)), tableCell(n(m.sd)), tableCell(`${n(m.min)}–${n(m.max)}`));
      return tr;
    }),
  );

  /** @type {HTMLTableElement} */ (document.getElementById("calibrated-table")).tBodies[0].replaceChildren(
    ...result.ratings.map((r) => {
      const tr = document.createElement("tr");
      const moved = tableCell(n(r.calibrated));
      if (r.calibrated > r.score) moved.className = "moved-up";
      if (r.calibrated < r.score) moved.className = "moved-down";
      tr.append(tableCell(r.employee, { header: true }), tableCell(r.manager), tableCell(n(r.score)), tableCell(r.z === undefined ? "—" : signed(r.z)), moved);
      return tr;
    }),
  );

  const managerOf = new Map(result.managers.map((m) => [m.manager, m]));
  const steps = [];
  for (const r of result.ratings) {
    const m = managerOf.get(r.manager);
    if (!m) continue;
    if (result.method === "zScore") {
      steps.push({
        name: r.employee,
        formula: "z = (x − x̄ₘ) / σₘ; μ + σ z",
        numbers: m.sd > 0 ? `(${n(r.score)} − ${n(m.mean)}) / ${n(m.sd)} = ${signed(r.z ?? 0)}; ${n(result.mean)} + ${n(result.sd)} × ${signed(r.z ?? 0)}` : `σₘ = 0, so z = 0; ${n(result.mean)}`,
        value: n(r.calibrated),
      });
    } else if (result.method === "meanShift") {
      steps.push({ name: r.employee, formula: "x − x̄ₘ + μ", numbers: `${n(r.score)} − ${n(m.mean)} + ${n(result.mean)}`, value: n(r.calibrated) });
    }
  }
  if (steps.length === 0) steps.push({ name: "No calibration", formula: "x", numbers: null, value: "the ratings as given" });
  renderWorking(document.getElementById("calibration-working"), steps);
}

function reset() {
  ratings.setRows(EXAMPLE);
  /** @type {RadioNodeList} */ (form.elements.namedItem("method")).value = "zScore";
  /** @type {HTMLInputElement} */ (document.getElementById("scale-min")).value = "1";
  /** @type {HTMLInputElement} */ (document.getElementById("scale-max")).value = "5";
  sourceLine.textContent = SOURCE;
}

/**
 * Scenario comparison: the population, each calibrated rating; the distribution after
 * calibration as bars over the bands (labelled by the library's band labels), with the
 * guideline.
 */
const compare = {
  figures: ({ result }) => [
    { label: "Population mean μ", value: result.mean, format: n },
    { label: "Population standard deviation σ", value: result.sd, format: n },
    ...result.ratings.map((r) => ({ label: `${r.employee}, calibrated`, value: r.calibrated, format: n })),
  ],
  curves: ({ result }) => {
    const bands = result.after.map((_, k) => k + 1);
    const labels = result.after.map((band) => band.label);
    return {
      title: "Distribution after calibration, against the guideline",
      xLabel: "Rating band",
      yLabel: "Share of employees",
      format: percent,
      formatX: (position) => labels[position - 1] ?? "",
      series: [
        { label: "After calibration", x: bands, y: result.after.map((band) => band.share), kind: "bars" },
        { label: "Guideline", x: bands, y: result.after.map((band) => band.guideline) },
      ],
    };
  },
};

reset();
const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  reset();
  update();
});
