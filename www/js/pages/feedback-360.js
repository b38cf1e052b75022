// The 360-degree feedback report: competencies and one row of ratings per rater, to
// feedback360(); the overall scores, a bar per rater group for each competency with the
// blind spots and hidden strengths marked, the groups withheld for want of raters, each
// group's agreement, and the working. Every number shown comes from the library: this
// page only reads, lays out and draws.
import { fieldInput } from "../cell-input.js";
import { drawRatingBars } from "../rating-bars.js";
import { registerEditor } from "../form-state.js";
import { formatNumber } from "../format.js";
import { objectsIn, textFrom } from "../link-data.js";
import { liveCalculator, numberValue } from "../live-form.js";
import { renderNav } from "../nav.js";
import { show, tableCell } from "../results.js";
import { rowTable } from "../table-input.js";
import { feedback360 } from "../wasm.js";
import { renderWorking } from "../working.js";

renderNav();

const n = formatNumber;
const form = /** @type {HTMLFormElement} */ (document.getElementById("feedback-form"));
const results = /** @type {HTMLElement} */ (document.getElementById("feedback-results"));
const responsesTable = /** @type {HTMLTableElement} */ (document.getElementById("responses"));
const sourceLine = /** @type {HTMLElement} */ (document.getElementById("example-source"));

/** A made-up team lead, hand-computed (see tests/people_feedback_360.rs). */
const EXAMPLE_COMPETENCIES = [
  { id: "Communication", weight: 1 },
  { id: "Teamwork", weight: 1 },
  { id: "Delivery", weight: 1 },
];
/** @type {{ group: string, values: string[] }[]} */
const EXAMPLE_RESPONSES = [
  { group: "self", values: ["4", "3", "5"] },
  { group: "manager", values: ["3", "4", "4"] },
  { group: "peers", values: ["3", "4", "4"] },
  { group: "peers", values: ["4", "5", "4"] },
  { group: "peers", values: ["2", "", "3"] },
  { group: "direct reports", values: ["5", "5", "5"] },
  { group: "direct reports", values: ["5", "5", "5"] },
];
const SOURCE =
  "a made-up team lead, hand-computed: communication's others are the manager's 3 and the peers' 3, 4 and 2, mean 3; self 4; the gap 1 is above half a point, a blind spot. The two direct reports are fewer than 3, so their ratings are withheld; so are the two peers' answers on teamwork, which the third peer left blank.";

const competencies = rowTable(/** @type {HTMLTableElement} */ (document.getElementById("competencies")), {
  columns: [
    { key: "id", label: "Competency", type: "text" },
    { key: "weight", label: "Weight" },
  ],
  rowName: (index) => `competency ${index + 1}`,
  addButton: /** @type {HTMLButtonElement} */ (document.getElementById("add-competency")),
  rows: EXAMPLE_COMPETENCIES,
});

/** The competency names as typed, a placeholder for an empty one. */
const competencyNames = () => competencies.read().map((row, k) => (typeof row.id === "string" && row.id !== "" ? row.id : `competency ${k + 1}`));

/** The responses as typed. */
function readResponses() {
  return [...responsesTable.tBodies[0].rows].map((row) => ({
    group: /** @type {HTMLInputElement} */ (row.querySelector("input[data-key=group]")).value,
    values: [...row.querySelectorAll("input[data-key=value]")].map((input) => /** @type {HTMLInputElement} */ (input).value),
  }));
}

/** A table cell holding a labelled input and its error element. */
function labelledInput(id, field, label, value, type) {
  const [input, error] = fieldInput(id, field, label, value, type);
  const cell = document.createElement("td");
  cell.append(input, error);
  return { cell, input };
}

/** Rebuilds the responses table: a group column and one rating column per competency. */
function renderResponses(rows) {
  const names = competencyNames();
  const header = document.createElement("tr");
  for (const text of ["Rater group", ...names, ""]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    header.append(th);
  }
  responsesTable.tHead.replaceChildren(header);
  responsesTable.tBodies[0].replaceChildren(
    ...rows.map((response, i) => {
      const tr = document.createElement("tr");
      const rater = `rater ${i + 1}`;
      const group = labelledInput(`responses-${i}-group`, `responses[${i}].raterGroup`, `Rater group, ${rater}`, response.group, "text");
      group.input.dataset.key = "group";
      tr.append(group.cell);
      names.forEach((name, k) => {
        const value = labelledInput(`responses-${i}-${k}`, `responses[${i}].ratings[${k}].value`, `${name}, ${rater}`, response.values[k] ?? "", "number");
        value.input.dataset.key = "value";
        tr.append(value.cell);
      });
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "remove-row";
      remove.textContent = "×";
      remove.setAttribute("aria-label", `Remove ${rater}`);
      remove.addEventListener("click", () => {
        const next = readResponses();
        next.splice(i, 1);
        renderResponses(next);
        form.dispatchEvent(new Event("input"));
      });
      const actions = document.createElement("td");
      actions.append(remove);
      tr.append(actions);
      return tr;
    }),
  );
}

// The responses as typed join the form's state (its link and its scenarios). The
// competencies' table comes first in the form, so its columns are in place when they
// are set.
registerEditor(responsesTable, "responses", {
  get: readResponses,
  set: (data) =>
    renderResponses(objectsIn(data).map((response) => ({ group: textFrom(response.group), values: Array.isArray(response.values) ? response.values.map(textFrom) : [] }))),
});

// A competency added, removed or renamed changes the columns of the responses table.
document.getElementById("competencies").addEventListener("input", () => renderResponses(readResponses()));
document.getElementById("add-rater").addEventListener("click", () => {
  const next = readResponses();
  next.push({ group: "", values: [] });
  renderResponses(next);
  /** @type {HTMLInputElement | null} */ (responsesTable.tBodies[0].lastElementChild?.querySelector("input"))?.focus();
  form.dispatchEvent(new Event("input"));
});

function readOptions() {
  const number = (id) => numberValue(/** @type {HTMLInputElement} */ (document.getElementById(id)));
  const ids = competencies.read().map((row) => row.id);
  const options = {
    competencies: competencies.read(),
    responses: [...responsesTable.tBodies[0].rows].map((row) => ({
      raterGroup: /** @type {HTMLInputElement} */ (row.querySelector("input[data-key=group]")).value,
      ratings: [...row.querySelectorAll("input[data-key=value]")].map((input, k) => ({
        competency: ids[k],
        value: numberValue(/** @type {HTMLInputElement} */ (input)) ?? null,
      })),
    })),
  };
  const minRaters = number("min-raters");
  if (minRaters !== undefined) options.minRatersPerGroup = minRaters;
  const share = number("blind-spot-share");
  if (share !== undefined) options.blindSpotShare = share;
  const [min, max] = [number("scale-min"), number("scale-max")];
  if (min !== undefined || max !== undefined) options.scale = { min, max };
  options.exemptGroups = /** @type {HTMLInputElement} */ (document.getElementById("exempt-groups")).value
    .split(",")
    .map((group) => group.trim())
    .filter((group) => group !== "");
  return options;
}

function compute() {
  const options = readOptions();
  return { options, result: feedback360(options) };
}

const SIGNALS = {
  aligned: { text: "aligned", className: "signal-aligned" },
  blindSpot: { text: "blind spot", className: "signal-blind-spot" },
  hiddenStrength: { text: "hidden strength", className: "signal-hidden-strength" },
};

const signed = (value) => (value > 0 ? `+${n(value)}` : value < 0 ? `−${n(-value)}` : "0");
const optional = (value) => (value === undefined ? "—" : n(value));

function render({ options, result }) {
  const scale = options.scale ?? { min: 1, max: 5 };
  show("result-overall-others", optional(result.overallOthers));
  show("result-overall-self", optional(result.overallSelf));
  show("result-overall-gap", result.overallGap === undefined ? "—" : signed(result.overallGap));
  show("result-threshold", `± ${n(result.threshold)} points`);
  show(
    "result-suppressed",
    result.suppressed.length === 0
      ? "none: every group is shown"
      : result.suppressed.map((g) => `${g.group} (fewer than ${g.minRaters} raters: withheld)`).join("; "),
  );

  const name = (c) => c.name ?? c.id;
  /** Why a shown group has no figures for a competency. */
  const noStats = (g) => (g.withheld ? "withheld: too few answers" : "not applicable");
  drawRatingBars(/** @type {SVGSVGElement} */ (document.getElementById("feedback-bars")), {
    title: "Mean rating by rater group, per competency",
    description: result.competencies
      .map((c) => `${name(c)}: ${c.groups.map((g) => `${g.group} ${g.stats ? n(g.stats.mean) : noStats(g)}`).join(", ")}; others ${optional(c.othersMean)}`)
      .join(". "),
    min: scale.min,
    max: scale.max,
    groups: result.competencies.map((c) => ({
      label: name(c),
      badge: c.signal && c.signal !== "aligned" ? SIGNALS[c.signal] : undefined,
      bars: [
        ...c.groups.map((g) => ({
          label: g.group,
          value: g.stats?.mean,
          text: g.stats ? `${n(g.stats.mean)} (${g.stats.count} ${g.stats.count === 1 ? "rater" : "raters"})` : noStats(g),
          className: result.groups.find((group) => group.group === g.group)?.isSelf ? "series-self" : "series-group",
        })),
        { label: "others", value: c.othersMean, text: c.othersMean === undefined ? "no ratings" : n(c.othersMean), className: "series-others" },
        ...result.suppressed.map((g) => ({ label: g.group, text: "not enough raters", className: "series-suppressed" })),
      ],
    })),
  });

  /** @type {HTMLTableElement} */ (document.getElementById("gap-table")).tBodies[0].replaceChildren(
    ...result.competencies.map((c) => {
      const tr = document.createElement("tr");
      const signal = c.signal ? SIGNALS[c.signal] : undefined;
      const badge = tableCell(signal ? signal.text : "no self-rating");
      if (signal) badge.className = `signal-cell ${signal.className}`;
      tr.append(tableCell(name(c), { header: true }), tableCell(optional(c.selfRating)), tableCell(optional(c.othersMean)), tableCell(c.gap === undefined ? "—" : signed(c.gap)), badge);
      return tr;
    }),
  );

  const agreement = /** @type {HTMLTableElement} */ (document.getElementById("agreement-table"));
  const header = document.createElement("tr");
  for (const text of ["Competency", ...result.groups.map((g) => g.group), "others (pooled)", ...result.suppressed.map((g) => g.group)]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    header.append(th);
  }
  agreement.tHead.replaceChildren(header);
  const statsText = (stats, group) => (stats ? `${n(stats.mean)} (n ${stats.count}, sd ${n(stats.sd)}, ${n(stats.min)}–${n(stats.max)})` : group?.withheld ? noStats(group) : "—");
  agreement.tBodies[0].replaceChildren(
    ...result.competencies.map((c) => {
      const tr = document.createElement("tr");
      tr.append(
        tableCell(name(c), { header: true }),
        ...c.groups.map((g) => tableCell(statsText(g.stats, g))),
        tableCell(statsText(c.others)),
        ...result.suppressed.map(() => tableCell("not enough raters", { className: "suppressed-cell" })),
      );
      return tr;
    }),
  );

  const weighted = options.groupWeights !== undefined;
  const steps = [
    { name: "Gap threshold", formula: "t = share × (max − min)", numbers: `${n(options.blindSpotShare ?? 0.125)} × (${n(scale.max)} − ${n(scale.min)})`, value: n(result.threshold) },
  ];
  for (const c of result.competencies) {
    if (c.others) {
      steps.push({
        name: `${name(c)}, others`,
        formula: weighted ? "Σ w x̄ / Σ w over the groups" : `Σ x / n over the n = ${c.others.count} ratings of every shown group but self`,
        numbers: null,
        value: n(c.othersMean ?? c.others.mean),
      });
    }
    if (c.gap !== undefined && c.selfRating !== undefined && c.othersMean !== undefined) {
      steps.push({ name: `${name(c)}, gap`, formula: "self − others", numbers: `${n(c.selfRating)} − ${n(c.othersMean)}`, value: `${signed(c.gap)}: ${SIGNALS[c.signal ?? "aligned"].text}` });
    }
  }
  if (result.overallOthers !== undefined) {
    const scored = result.competencies.filter((c) => c.othersMean !== undefined);
    steps.push({ name: "Overall, others", formula: "Σ w o / Σ w", numbers: scored.map((c) => `${n(c.weight)} × ${n(c.othersMean)}`).join(" + ") + (scored.length < result.competencies.length ? " (over the rated competencies)" : ""), value: n(result.overallOthers) });
  }
  renderWorking(document.getElementById("feedback-working"), steps);
}

function reset() {
  competencies.setRows(EXAMPLE_COMPETENCIES);
  renderResponses(structuredClone(EXAMPLE_RESPONSES));
  /** @type {HTMLInputElement} */ (document.getElementById("min-raters")).value = "3";
  /** @type {HTMLInputElement} */ (document.getElementById("blind-spot-share")).value = "0.125";
  /** @type {HTMLInputElement} */ (document.getElementById("scale-min")).value = "1";
  /** @type {HTMLInputElement} */ (document.getElementById("scale-max")).value = "5";
  /** @type {HTMLInputElement} */ (document.getElementById("exempt-groups")).value = "manager";
  sourceLine.textContent = SOURCE;
}

/** Scenario comparison: the overall scores and each competency as others see it. */
const compare = {
  figures: ({ result }) => [
    ...(result.overallOthers === undefined ? [] : [{ label: "Overall, as others see it", value: result.overallOthers, format: n }]),
    ...(result.overallSelf === undefined ? [] : [{ label: "Overall, self-rating", value: result.overallSelf, format: n }]),
    ...(result.overallGap === undefined ? [] : [{ label: "Gap, self − others", value: result.overallGap, format: n }]),
    ...result.competencies.flatMap((c) => (c.othersMean === undefined ? [] : [{ label: `${c.name ?? c.id}, others`, value: c.othersMean, format: n }])),
  ],
};

reset();
const update = liveCalculator(form, { compute, render, results, compare });
document.getElementById("reset-example").addEventListener("click", () => {
  reset();
  update();
});
