// Rating bars: for each group (a competency, a rating band) a heading and
// one bar per series (a rater group; before, after and the guideline), on one shared
// axis from `min` to `max`. Drawing only: every value and label comes from the library
// or the inputs.
import { element } from "./chart.js";

const WIDTH = 680;
const LABEL = 170;
const VALUE = 150;
const BAR_WIDTH = WIDTH - LABEL - VALUE - 10;
const HEADING = 26;
const ROW = 22;
const GAP = 12;

/**
 * @typedef {{ label: string, value?: number, text: string, className: string }} Bar
 *   `value` on the axis (absent: no bar, only `text`, "not enough raters" say).
 * @typedef {{ label: string, badge?: { text: string, className: string }, bars: Bar[] }} Group
 *   `badge` is shown next to the group's heading ("blind spot").
 */

/**
 * Replaces the contents of `svg` with the groups' bars.
 * @param {SVGSVGElement} svg
 * @param {{ title: string, description: string, min: number, max: number, groups: Group[] }} chart
 */
export function drawRatingBars(svg, { title, description, min, max, groups }) {
  const height = groups.reduce((sum, group) => sum + HEADING + group.bars.length * ROW + GAP, 4);
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
  svg.setAttribute("role", "img");
  const span = max - min || 1;
  const x = (value) => LABEL + (Math.max(min, Math.min(max, value)) - min) / span * BAR_WIDTH;
  let top = 4;
  const parts = [];
  for (const group of groups) {
    const heading = element("g", { class: "group-heading" });
    heading.append(element("text", { class: "group-label", x: 4, y: top + 18 }, group.label));
    if (group.badge) {
      const badgeX = 8 + group.label.length * 8.5;
      heading.append(
        element("rect", { class: `group-badge ${group.badge.className}`, x: badgeX, y: top + 4, width: group.badge.text.length * 7 + 16, height: 19, rx: 9 }),
        element("text", { class: `group-badge-text ${group.badge.className}`, x: badgeX + 8, y: top + 18 }, group.badge.text),
      );
    }
    parts.push(heading);
    top += HEADING;
    for (const bar of group.bars) {
      const row = element("g", { class: `grouped-bar ${bar.className}` });
      row.append(
        element("text", { class: "bar-label", x: LABEL - 8, y: top + 15, "text-anchor": "end" }, bar.label),
        element("rect", { class: "bar-track", x: LABEL, y: top + 3, width: BAR_WIDTH, height: 16, rx: 2 }),
      );
      if (bar.value !== undefined) {
        row.append(element("rect", { class: "bar-fill", x: LABEL, y: top + 3, width: x(bar.value) - LABEL, height: 16, rx: 2 }));
      }
      row.append(element("text", { class: "bar-value", x: LABEL + BAR_WIDTH + 8, y: top + 15 }, bar.text));
      parts.push(row);
      top += ROW;
    }
    top += GAP;
  }
  svg.replaceChildren(element("title", {}, title), element("desc", {}, description), ...parts);
}
