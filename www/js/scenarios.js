// Scenario A and scenario B of one calculator, and its link. "Compare" copies the inputs
// into scenario B; the form then edits one scenario at a time (a switch says which), the
// results show the one being edited, and a comparison shows both side by side: each key
// figure, B − A and the change in percent (from the library's scenarioChanges), and the
// page's main curves of both on one chart. Both scenarios' inputs live in the link.
import { drawChart } from "./chart.js";
import { readFormState, stateKeys, writeFormState } from "./form-state.js";
import { SCENARIO_B, stateFromUrl, writeUrl } from "./url-state.js";
import { scenarioChanges } from "./wasm.js";

/**
 * @typedef {{ label: string, value: number, format: (value: number) => string, percent?: boolean }} Figure
 *   A key result to compare. `percent` figures (a utilization, say) change in
 *   percentage points; their change in percent is left out.
 * @typedef {{
 *   title: string, xLabel: string, yLabel: string, format: (value: number) => string,
 *   formatX?: (value: number) => string, yFromZero?: boolean,
 *   series: { label: string, x: number[], y: number[], kind?: "line" | "bars" }[]
 * }} Curves
 *   The curves of one scenario to draw with the other's.
 * @typedef {{ figures: (result: any) => Figure[], curves?: (result: any) => Curves }} Compare
 *   How a page's result reads as key figures, and (optional) as curves.
 */

/** Milliseconds of quiet before the link is updated (browsers limit link updates). */
const LINK_DELAY = 250;

/**
 * Sets up scenarios and the link for a live calculator.
 * @param {HTMLFormElement} form
 * @param {HTMLElement} results
 * @param {Compare | undefined} compare without it, only the link
 * @returns {{ start: () => void, computed: (result: unknown) => void }}
 *   `start` loads the link's inputs and computes; `computed` hears each result of the
 *   scenario in the form (undefined when its inputs have an error).
 */
export function scenarios(form, results, compare) {
  const keys = stateKeys(form);
  const editorKeys = new Set([...form.querySelectorAll("[data-state-key]")].map((element) => /** @type {HTMLElement} */ (element).dataset.stateKey ?? ""));
  /** @type {{ a?: Record<string, unknown>, b?: Record<string, unknown> }} */
  const states = {};
  /** @type {{ a?: unknown, b?: unknown }} */
  const outcomes = {};
  let active = /** @type {"a" | "b"} */ ("a");
  let comparing = false;
  let linkTimer = 0;

  const view = compare ? comparisonView(form, results, compare) : undefined;

  const recompute = () => form.dispatchEvent(new Event("input"));

  /** Shows scenario `which` in the form and recomputes it. */
  const edit = (which) => {
    active = which;
    const state = states[which];
    if (state) writeFormState(form, state);
    recompute();
    view?.showActive(active, comparing);
  };

  view?.onToggle(() => {
    if (!comparing) {
      comparing = true;
      states.b = readFormState(form);
      states.a = states.a ?? states.b;
      outcomes.b = outcomes[active];
      edit("b");
    } else {
      comparing = false;
      states.b = undefined;
      outcomes.b = undefined;
      edit("a");
    }
  });
  view?.onSwitch((which) => {
    if (which !== active) edit(which);
  });

  const writeLink = () => {
    window.clearTimeout(linkTimer);
    linkTimer = window.setTimeout(() => writeUrl(keys, states.a ?? {}, comparing ? states.b : undefined), LINK_DELAY);
  };

  return {
    start() {
      const a = stateFromUrl(keys, editorKeys, "");
      const b = compare ? stateFromUrl(keys, editorKeys, SCENARIO_B) : undefined;
      if (a) states.a = { ...readFormState(form), ...a };
      if (b) {
        comparing = true;
        states.b = { ...(states.a ?? readFormState(form)), ...b };
        edit("b");
      }
      edit("a");
    },
    computed(result) {
      states[active] = readFormState(form);
      outcomes[active] = result;
      if (view && comparing) view.render(outcomes.a, outcomes.b);
      writeLink();
    },
  };
}

/**
 * The scenario controls (in the form) and the comparison (after the results).
 * @param {HTMLFormElement} form
 * @param {HTMLElement} results
 * @param {Compare} compare
 */
function comparisonView(form, results, compare) {
  const id = form.id || "calculator";
  const bar = document.createElement("div");
  bar.className = "scenario-bar";
  bar.dataset.noState = "";
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "compare-toggle";
  toggle.setAttribute("aria-pressed", "false");
  toggle.textContent = "Compare with scenario B";
  const switcher = document.createElement("fieldset");
  switcher.className = "scenario-switch";
  switcher.hidden = true;
  const legend = document.createElement("legend");
  legend.textContent = "Inputs of";
  switcher.append(legend);
  /** @type {Record<"a" | "b", HTMLInputElement>} */
  const radios = /** @type {any} */ ({});
  for (const which of /** @type {const} */ (["a", "b"])) {
    const label = document.createElement("label");
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = `${id}-scenario`;
    radio.value = which;
    radios[which] = radio;
    label.append(radio, ` scenario ${which.toUpperCase()}`);
    switcher.append(label);
  }
  bar.append(toggle, switcher);
  // Choosing a scenario is not an input to the calculation.
  bar.addEventListener("input", (event) => event.stopPropagation());
  // The form's and the results' headings: h2, or h3 on a page of several calculators.
  const heading = form.querySelector("h2, h3");
  if (heading) heading.after(bar);
  else form.prepend(bar);

  const badge = document.createElement("span");
  badge.className = "scenario-badge";
  badge.hidden = true;
  const resultsHeading = results.querySelector("h2, h3");
  resultsHeading?.append(badge);

  const section = document.createElement("section");
  section.className = "scenario-comparison";
  section.id = `${id}-comparison`;
  section.hidden = true;
  section.setAttribute("aria-labelledby", `${id}-comparison-heading`);
  const title = document.createElement(resultsHeading?.tagName.toLowerCase() ?? "h2");
  title.id = `${id}-comparison-heading`;
  title.textContent = "Scenario A and scenario B";
  const table = document.createElement("table");
  table.className = "comparison-table";
  table.id = `${id}-comparison-table`;
  const caption = document.createElement("caption");
  caption.textContent = "Key results of both scenarios and the change from A to B";
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const text of ["Result", "Scenario A", "Scenario B", "Change B − A", "Change %"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    headRow.append(th);
  }
  head.append(headRow);
  table.append(caption, head, document.createElement("tbody"));
  const scroll = document.createElement("div");
  scroll.className = "table-scroll";
  scroll.append(table);
  section.append(title, scroll);
  /** @type {SVGSVGElement | undefined} */
  let chart;
  if (compare.curves) {
    chart = /** @type {SVGSVGElement} */ (document.createElementNS("http://www.w3.org/2000/svg", "svg"));
    chart.id = `${id}-comparison-chart`;
    chart.classList.add("chart", "scenario-chart");
    section.append(chart);
  }
  // Below the calculator's inputs and results, across the page.
  (results.closest(".calculator") ?? results).after(section);
  results.dataset.comparison = section.id;

  return {
    /** @param {() => void} listener */
    onToggle(listener) {
      toggle.addEventListener("click", listener);
    },
    /** @param {(which: "a" | "b") => void} listener */
    onSwitch(listener) {
      for (const radio of Object.values(radios)) {
        radio.addEventListener("change", () => listener(/** @type {"a" | "b"} */ (radio.value)));
      }
    },
    /** @param {"a" | "b"} active @param {boolean} comparing */
    showActive(active, comparing) {
      toggle.setAttribute("aria-pressed", String(comparing));
      toggle.textContent = comparing ? "Stop comparing" : "Compare with scenario B";
      switcher.hidden = !comparing;
      section.hidden = !comparing;
      radios[active].checked = true;
      form.dataset.scenario = comparing ? active : "";
      badge.hidden = !comparing;
      badge.textContent = comparing ? `scenario ${active.toUpperCase()}` : "";
    },
    render(a, b) {
      const figuresA = a === undefined ? [] : compare.figures(a);
      const figuresB = b === undefined ? [] : compare.figures(b);
      renderTable(/** @type {HTMLTableSectionElement} */ (table.tBodies[0]), figuresA, figuresB);
      if (chart) renderChart(chart, compare, a, b);
    },
  };
}

/** One row per figure of either scenario, matched by label, with the library's changes. */
function renderTable(body, figuresA, figuresB) {
  /** @type {Map<string, { a?: Figure, b?: Figure }>} */
  const rows = new Map();
  for (const figure of figuresA) rows.set(figure.label, { a: figure });
  for (const figure of figuresB) rows.set(figure.label, { ...rows.get(figure.label), b: figure });
  const paired = [...rows.values()].filter((row) => row.a && row.b);
  const { changes } =
    paired.length > 0
      ? scenarioChanges({ before: paired.map((row) => row.a.value), after: paired.map((row) => row.b.value) })
      : { changes: [] };
  const changeOf = new Map(paired.map((row, index) => [row, changes[index]]));
  body.replaceChildren(
    ...[...rows.entries()].map(([label, row]) => {
      const figure = row.a ?? row.b;
      const change = changeOf.get(row);
      const tr = document.createElement("tr");
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = label;
      tr.append(
        th,
        cell(row.a ? figure.format(row.a.value) : "—"),
        cell(row.b ? figure.format(row.b.value) : "—"),
        cell(change ? signed(change.difference, figure) : "—", change ? direction(change.difference) : ""),
        cell(change?.relative === undefined || figure.percent ? "—" : percentChange(change.relative)),
      );
      return tr;
    }),
  );
}

/** A change with its sign: "+$41.42", "−2.5 pts". */
function signed(difference, figure) {
  if (difference === 0) return figure.percent ? "0 pts" : figure.format(0);
  const sign = difference > 0 ? "+" : "−";
  const text = figure.format(Math.abs(difference));
  return figure.percent ? `${sign}${text.replace(/%$/, "")} pts` : `${sign}${text}`;
}

/** A relative change in percent with its sign: "+41.4%", "−29.3%". */
const percentChange = (relative) => `${relative > 0 ? "+" : relative < 0 ? "−" : ""}${Math.abs(relative * 100).toFixed(1)}%`;

const direction = (difference) => (difference > 0 ? "up" : difference < 0 ? "down" : "");

function cell(text, className = "") {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/** Both scenarios' curves on one chart: A solid blue, B dashed orange (site.css). */
function renderChart(svg, compare, a, b) {
  const curvesA = a === undefined ? undefined : compare.curves(a);
  const curvesB = b === undefined ? undefined : compare.curves(b);
  const base = curvesA ?? curvesB;
  svg.hidden = base === undefined;
  if (!base) return;
  const series = [
    ...(curvesA?.series ?? []).map((item, index) => ({ ...item, label: `A: ${item.label}`, className: `s${index}` })),
    ...(curvesB?.series ?? []).map((item, index) => ({ ...item, label: `B: ${item.label}`, className: `s${index} scenario-b` })),
  ];
  drawChart(svg, {
    title: `${base.title}: scenario A and scenario B`,
    description: "Scenario A's curves are solid blue lines and scenario B's dashed orange ones.",
    series,
    xLabel: base.xLabel,
    yLabel: base.yLabel,
    format: base.format,
    formatX: base.formatX,
    yFromZero: base.yFromZero,
  });
}
