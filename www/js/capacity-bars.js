// Horizontal bars, each a share of a whole (capacity as a share of the design
// capacity): a label, a bar over a faint track of the whole, and its value. Drawing
// only: every share and value comes from the library.
import { element } from "./chart.js";

const WIDTH = 640;
const ROW = 52;
const LABEL = 170;
const BAR_WIDTH = WIDTH - LABEL - 20;

/**
 * @typedef {{ label: string, share: number, value: string, className: string }} Bar
 *   `share` is the bar's length as a fraction of the whole (0 to 1); `value` is shown
 *   next to it.
 */

/**
 * Replaces the contents of `svg` with one bar per row.
 * @param {SVGSVGElement} svg
 * @param {{ title: string, description: string, bars: Bar[] }} chart
 */
export function drawShareBars(svg, { title, description, bars }) {
  const height = bars.length * ROW + 8;
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
  svg.setAttribute("role", "img");
  const rows = bars.map((bar, index) => {
    const top = index * ROW + 8;
    const length = Math.max(0, Math.min(1, bar.share)) * BAR_WIDTH;
    const group = element("g", { class: `share-bar ${bar.className}` });
    group.append(
      element("text", { class: "share-label", x: LABEL - 10, y: top + 22, "text-anchor": "end" }, bar.label),
      element("rect", { class: "share-track", x: LABEL, y: top + 6, width: BAR_WIDTH, height: 24, rx: 3 }),
      element("rect", { class: "share-fill", x: LABEL, y: top + 6, width: length, height: 24, rx: 3 }),
      element("text", { class: "share-value", x: LABEL + 8, y: top + 46 }, bar.value),
    );
    return group;
  });
  svg.replaceChildren(element("title", {}, title), element("desc", {}, description), ...rows);
}
