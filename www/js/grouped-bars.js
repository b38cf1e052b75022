// Horizontal bars in groups: one group per row label (a criterion), one bar per series
// (a weighting method) in each, on a shared axis from 0, with a legend above. Drawing
// only: every value comes from the library, formatted by the caller.
import { element, niceTicks } from "./chart.js";

const WIDTH = 640;
const LABEL_WIDTH = 120;
const VALUE_WIDTH = 56;
const BAR_HEIGHT = 11;
const GROUP_GAP = 14;
const LEGEND_ROW = 20;
const LEGEND_COLUMNS = 3;
const AXIS_HEIGHT = 30;

/**
 * @typedef {{ label: string, className: string }} Series
 * @typedef {{ label: string, values: number[] }} Group
 *   `values[k]` is series k's value for this group.
 */

/**
 * Replaces the contents of `svg` with the chart.
 * @param {SVGSVGElement} svg
 * @param {{
 *   title: string, description: string, series: Series[], groups: Group[],
 *   format: (value: number) => string
 * }} chart
 */
export function drawGroupedBars(svg, { title, description, series, groups, format }) {
  const legendHeight = Math.ceil(series.length / LEGEND_COLUMNS) * LEGEND_ROW + 8;
  const groupHeight = series.length * BAR_HEIGHT + GROUP_GAP;
  const top = legendHeight;
  const bottom = top + groups.length * groupHeight;
  const height = bottom + AXIS_HEIGHT;
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
  svg.setAttribute("role", "img");

  const ticks = niceTicks(0, Math.max(0, ...groups.flatMap((group) => group.values)));
  const left = LABEL_WIDTH;
  const right = WIDTH - VALUE_WIDTH;
  const high = ticks[ticks.length - 1] || 1;
  const x = (value) => left + (value / high) * (right - left);

  const legend = element("g", { class: "legend" });
  series.forEach((item, index) => {
    const lx = left + (index % LEGEND_COLUMNS) * ((right - left) / LEGEND_COLUMNS);
    const ly = Math.floor(index / LEGEND_COLUMNS) * LEGEND_ROW + 14;
    legend.append(
      element("rect", { class: `grouped-bar ${item.className}`, x: lx, y: ly - 10, width: 14, height: 12 }),
      element("text", { x: lx + 20, y: ly }, item.label),
    );
  });

  const axis = element("g", { class: "axis axis-x" });
  for (const tick of ticks) {
    axis.append(
      element("line", { class: "grid", x1: x(tick), x2: x(tick), y1: top, y2: bottom }),
      element("text", { x: x(tick), y: bottom + 18, "text-anchor": "middle" }, format(tick)),
    );
  }

  const rows = groups.map((group, index) => {
    const y = top + index * groupHeight + GROUP_GAP / 2;
    const row = element("g", { class: "bar-group" });
    row.append(element("text", { class: "group-label", x: left - 8, y: y + (series.length * BAR_HEIGHT) / 2 + 4, "text-anchor": "end" }, group.label));
    group.values.forEach((value, k) => {
      const barY = y + k * BAR_HEIGHT;
      const bar = element("rect", { class: `grouped-bar ${series[k].className}`, x: left, y: barY + 1, width: Math.max(x(value) - left, 0), height: BAR_HEIGHT - 2 });
      bar.append(element("title", {}, `${group.label}, ${series[k].label}: ${format(value)}`));
      row.append(bar, element("text", { class: "bar-value", x: x(value) + 4, y: barY + BAR_HEIGHT - 2 }, format(value)));
    });
    return row;
  });

  svg.replaceChildren(element("title", {}, title), element("desc", {}, description), legend, axis, ...rows);
}
