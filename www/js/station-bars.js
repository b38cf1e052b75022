// The loads of an assembly line's stations: one bar per station, its tasks stacked in
// the order assigned, against a horizontal line at the cycle time; the space between a
// bar's top and that line, hatched, is the station's idle time. Drawing only: every
// time comes from the library's result, formatted by the caller.
import { element, niceTicks } from "./chart.js";
import { STATION_COLOURS } from "./precedence-diagram.js";

const HEIGHT = 340;
const MARGIN = { top: 28, right: 128, bottom: 52, left: 64 };
const BAR = { width: 56, gap: 20 };
const MIN_WIDTH = 640;
/** A label is written in a segment at least this tall, in pixels. */
const LABEL_HEIGHT = 16;

/**
 * @typedef {{ id: string, time: number, label: string }} StationTask
 *   `label` is the segment's tooltip ("C: 5 min").
 * @typedef {{ tasks: StationTask[], load: number, idleTime: number, idleLabel: string }} StationBar
 *   `idleLabel` is written in the idle space ("2 idle").
 */

/**
 * Replaces the contents of `svg` with the chart. The SVG is at least 640 wide and
 * widens with the stations; put it in a horizontally scrolling container.
 * @param {SVGSVGElement} svg
 * @param {{
 *   title: string, description: string, stations: StationBar[], cycleTime: number,
 *   cycleLabel: string[], yLabel: string, format: (value: number) => string
 * }} chart `cycleLabel` is written beside the cycle-time line, a line a string.
 */
export function drawStationBars(svg, { title, description, stations, cycleTime, cycleLabel, yLabel, format }) {
  const width = Math.max(MIN_WIDTH, MARGIN.left + stations.length * (BAR.width + BAR.gap) + BAR.gap + MARGIN.right);
  svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(HEIGHT));
  svg.setAttribute("role", "img");

  const ticks = niceTicks(0, cycleTime);
  const top = ticks[ticks.length - 1];
  const bottom = HEIGHT - MARGIN.bottom;
  const y = (value) => bottom - (value / top) * (bottom - MARGIN.top);
  const right = width - MARGIN.right;

  const hatchId = `${svg.id || "stations"}-hatch`;
  const hatch = element("pattern", { id: hatchId, width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
  hatch.append(element("line", { class: "idle-hatch", x1: 0, y1: 0, x2: 0, y2: 8 }));
  const defs = element("defs");
  defs.append(hatch);

  const axis = element("g", { class: "axis axis-y" });
  for (const tick of ticks) {
    axis.append(
      element("line", { class: "grid", x1: MARGIN.left, x2: right, y1: y(tick), y2: y(tick) }),
      element("text", { x: MARGIN.left - 8, y: y(tick) + 4, "text-anchor": "end" }, format(tick)),
    );
  }
  axis.append(
    element("text", { class: "axis-label", transform: `translate(16 ${(MARGIN.top + bottom) / 2}) rotate(-90)`, "text-anchor": "middle" }, yLabel),
    element("text", { class: "axis-label", x: (MARGIN.left + right) / 2, y: HEIGHT - 10, "text-anchor": "middle" }, "Station"),
  );

  const bars = stations.map((station, index) => {
    const x = MARGIN.left + BAR.gap + index * (BAR.width + BAR.gap);
    const group = element("g", { class: `station-bar station-${index % STATION_COLOURS}` });
    let below = 0;
    for (const task of station.tasks) {
      const y1 = y(below + task.time);
      const height = y(below) - y1;
      const segment = element("g", { class: "station-task" });
      const rect = element("rect", { x, y: y1, width: BAR.width, height });
      rect.append(element("title", {}, task.label));
      segment.append(rect);
      if (height >= LABEL_HEIGHT) {
        segment.append(element("text", { x: x + BAR.width / 2, y: y1 + height / 2 + 4, "text-anchor": "middle" }, task.id));
      }
      group.append(segment);
      below += task.time;
    }
    const idleTop = y(cycleTime);
    const idleHeight = y(station.load) - idleTop;
    if (idleHeight > 0.5) {
      const idle = element("rect", { class: "station-idle", x, y: idleTop, width: BAR.width, height: idleHeight, fill: `url(#${hatchId})` });
      idle.append(element("title", {}, station.idleLabel));
      group.append(idle);
      if (idleHeight >= LABEL_HEIGHT) {
        group.append(element("text", { class: "idle-label", x: x + BAR.width / 2, y: idleTop + idleHeight / 2 + 4, "text-anchor": "middle" }, station.idleLabel));
      }
    }
    group.append(element("text", { class: "station-number", x: x + BAR.width / 2, y: bottom + 18, "text-anchor": "middle" }, String(index + 1)));
    return group;
  });

  const cycle = element("g", { class: "cycle-line" });
  cycle.append(
    element("line", { x1: MARGIN.left, x2: right, y1: y(cycleTime), y2: y(cycleTime) }),
    ...cycleLabel.map((line, index) => element("text", { x: right + 6, y: y(cycleTime) + 4 + index * 16 }, line)),
  );

  svg.replaceChildren(element("title", {}, title), element("desc", {}, description), defs, axis, ...bars, cycle);
}
