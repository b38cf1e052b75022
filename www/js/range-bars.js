// A horizontal bar chart of ranges: each row a label and one or more segments from
// `from` to `to` on a shared axis. A waterfall (each stage and each loss a row) and a
// timeline (activities end to end in one row) are both this. Drawing only: every
// value comes from the library.
import { element, niceTicks } from "./chart.js";

const WIDTH = 640;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 130;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;
const TOP = 8;
const AXIS_HEIGHT = 48;

/**
 * @typedef {{ from: number, to: number, className: string, label?: string }} Segment
 *   A bar from `from` to `to` (either order); `label` becomes its tooltip. A segment
 *   too short to see is drawn one pixel wide.
 * @typedef {{ label: string, segments: Segment[], value?: string }} Row
 *   `value` is written after the row's bars.
 * @typedef {{
 *   title: string, description: string, rows: Row[], xLabel: string,
 *   format: (value: number) => string
 * }} RangeChart
 */

/**
 * Replaces the contents of `svg` with the chart.
 * @param {SVGSVGElement} svg
 * @param {RangeChart} chart
 */
export function drawRangeBars(svg, chart) {
  const height = TOP + chart.rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
  svg.setAttribute("role", "img");
  const ends = chart.rows.flatMap((row) => row.segments.flatMap((segment) => [segment.from, segment.to]));
  const ticks = niceTicks(Math.min(0, ...ends), Math.max(...ends));
  const left = LABEL_WIDTH;
  const right = WIDTH - VALUE_WIDTH;
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  const scale = (value) => left + ((value - low) / (high - low || 1)) * (right - left);
  const bottom = TOP + chart.rows.length * ROW_HEIGHT;

  const plot = element("g", { class: "plot range-bars" });
  const axis = element("g", { class: "axis axis-x" });
  for (const tick of ticks) {
    const x = scale(tick);
    axis.append(
      element("line", { class: "grid", x1: x, x2: x, y1: TOP, y2: bottom }),
      element("text", { x, y: bottom + 18, "text-anchor": "middle" }, chart.format(tick)),
    );
  }
  plot.append(axis, element("text", { class: "axis-label", x: (left + right) / 2, y: height - 8, "text-anchor": "middle" }, chart.xLabel));

  chart.rows.forEach((row, index) => {
    const y = TOP + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const group = element("g", { class: "range-row" });
    group.append(element("text", { class: "row-label", x: left - 8, y: y + BAR_HEIGHT / 2 + 4, "text-anchor": "end" }, row.label));
    let rowEnd = left;
    for (const segment of row.segments) {
      const start = scale(Math.min(segment.from, segment.to));
      const end = scale(Math.max(segment.from, segment.to));
      const bar = element("rect", { class: `segment ${segment.className}`, x: start, y, width: Math.max(end - start, 1), height: BAR_HEIGHT });
      if (segment.label) bar.append(element("title", {}, segment.label));
      group.append(bar);
      rowEnd = Math.max(rowEnd, start + Math.max(end - start, 1));
    }
    if (row.value) group.append(element("text", { class: "row-value", x: rowEnd + 6, y: y + BAR_HEIGHT / 2 + 4 }, row.value));
    plot.append(group);
  });

  svg.replaceChildren(element("title", {}, chart.title), element("desc", {}, chart.description), plot);
}
