// What the break-even page's three parts share: showing a result, showing or hiding
// the outputs an optional input brings, wording a profit or a loss, and drawing the
// break-even chart. Layout only: every number comes from the library.
import { drawChart } from "../../chart.js";
import { formatMoney, formatNumber, formatPercent } from "../../format.js";

/** Sets the text of the element with id `id`. */
export function show(id, text) {
  document.getElementById(id).textContent = text;
}

/**
 * Shows the elements marked `data-needs="<key>"` inside `container` when `present`,
 * and hides them otherwise.
 * @param {HTMLElement} container
 * @param {string} key
 * @param {boolean} present
 */
export function showWhen(container, key, present) {
  for (const element of container.querySelectorAll(`[data-needs="${key}"]`)) element.hidden = !present;
}

/** A profit as money, said to be a loss when negative: "−$1,000 (a loss)". */
export function profitText(profit) {
  return profit < 0 ? `${formatMoney(profit)} (a loss)` : formatMoney(profit);
}

/** A number that may be negative, with a true minus sign as money has: "−200". */
export function signedNumber(value) {
  return formatNumber(value).replace(/^-/, "−");
}

/** A fraction as a percentage that may be negative: "−5.882%". */
export function signedPercent(value) {
  return formatPercent(value).replace(/^-/, "−");
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });

/** An axis value in short form, so large amounts fit beside the axis: "1.2M", "800K". */
export function compactNumber(value) {
  return compact.format(value);
}

/**
 * Draws a break-even chart: revenue, total cost and fixed cost against `x` (volume, or
 * sales revenue for a mix), the loss and profit regions either side of the break-even
 * point, and the markers. The chart's columns come from the library.
 * @param {SVGSVGElement} svg
 * @param {{
 *   x: number[], revenue: number[], totalCost: number[], fixedCost: number[],
 *   breakEven: number, markers: import("../../chart.js").Marker[],
 *   title: string, description: string, xLabel: string, yLabel: string
 * }} chart
 */
export function drawBreakEvenChart(svg, { x, revenue, totalCost, fixedCost, breakEven, markers, title, description, xLabel, yLabel }) {
  drawChart(svg, {
    title,
    description,
    series: [
      { label: "Revenue", x, y: revenue, className: "revenue" },
      { label: "Total cost", x, y: totalCost, className: "total-cost" },
      { label: "Fixed cost", x, y: fixedCost, className: "fixed-cost" },
    ],
    regions: [
      { from: 0, to: breakEven, label: "Loss", className: "loss" },
      { from: breakEven, to: x[x.length - 1], label: "Profit", className: "profit" },
    ],
    xLabel,
    yLabel,
    markers,
    format: compactNumber,
    formatX: formatNumber,
  });
}

/**
 * The break-even chart's revenue and total-cost lines as curves for the scenario
 * comparison (scenarios.js): the chart's columns from the library.
 * @param {{ x: number[], revenue: number[], totalCost: number[], title: string, xLabel: string, yLabel: string }} chart
 * @returns {import("../../scenarios.js").Curves}
 */
export function breakEvenCurves({ x, revenue, totalCost, title, xLabel, yLabel }) {
  return {
    title,
    xLabel,
    yLabel,
    format: compactNumber,
    formatX: formatNumber,
    series: [
      { label: "Total cost", x, y: totalCost },
      { label: "Revenue", x, y: revenue },
    ],
  };
}
