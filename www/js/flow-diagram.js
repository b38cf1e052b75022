// The process flow diagram: steps in series as boxes left to right, each with its
// parallel resources drawn as small squares, its capacity and utilization written in
// it, the bottleneck highlighted and a step that cannot keep up flagged. Drawing only:
// every number comes from the library's processFlow() result, formatted by the caller.
import { arrowDefs, element, shorten } from "./chart.js";

const BOX = { width: 156, height: 128 };
const GAP = 52;
const LEFT = 104;
const RIGHT = 112;
const TOP = 30;
const MAX_SQUARES = 6;
const SQUARE = 14;

/**
 * @typedef {{
 *   title: string, resources: number, pace: string, capacity: string, load: string,
 *   isBottleneck: boolean, cannotKeepUp: boolean
 * }} DiagramStep
 *   `pace` ("5 min a unit each"), `capacity` ("24 an hour") and `load` ("62.5% busy")
 *   are the texts written in the box.
 */

/**
 * Replaces the contents of `svg` with the diagram. The SVG keeps its natural size
 * (one box per step); put it in a horizontally scrolling container.
 * @param {SVGSVGElement} svg
 * @param {{ title: string, description: string, steps: DiagramStep[], input: string[], output: string[] }} diagram
 *   `input` labels the arrow into the first step, a line a string (["demand", "10 an
 *   hour"]); `output` the arrow out of the last.
 */
export function drawFlowDiagram(svg, { title, description, steps, input, output }) {
  const width = LEFT + steps.length * BOX.width + (steps.length - 1) * GAP + RIGHT;
  const height = TOP + BOX.height + 34;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("role", "img");

  const arrowId = `${svg.id || "flow"}-arrow`;
  const defs = arrowDefs(arrowId, "flow-arrowhead");

  const middle = TOP + BOX.height / 2;
  const arrow = (x1, x2, lines = [], labelX = x1, anchor = "start") => {
    const group = element("g", { class: "flow-arrow" });
    group.append(element("line", { x1, x2, y1: middle, y2: middle, "marker-end": `url(#${arrowId})` }));
    lines.forEach((line, index) => {
      const y = middle - 10 - (lines.length - 1 - index) * 16;
      group.append(element("text", { x: labelX, y, "text-anchor": anchor }, line));
    });
    return group;
  };

  const parts = [];
  steps.forEach((step, index) => {
    const x = LEFT + index * (BOX.width + GAP);
    parts.push(stepBox(step, x));
    if (index > 0) parts.push(arrow(x - GAP + 4, x - 4));
  });
  const lastRight = LEFT + steps.length * BOX.width + (steps.length - 1) * GAP;
  parts.push(arrow(8, LEFT - 6, input, 8, "start"), arrow(lastRight + 6, width - 8, output, width - 8, "end"));

  svg.replaceChildren(element("title", {}, title), element("desc", {}, description), defs, ...parts);
}

function stepBox(step, x) {
  const classes = ["flow-step", step.isBottleneck ? "bottleneck" : "", step.cannotKeepUp ? "overloaded" : ""];
  const group = element("g", { class: classes.filter(Boolean).join(" ") });
  const centre = x + BOX.width / 2;
  group.append(element("rect", { class: "flow-box", x, y: TOP, width: BOX.width, height: BOX.height, rx: 8 }));
  if (step.isBottleneck) {
    group.append(element("text", { class: "flow-tag", x: centre, y: TOP - 10, "text-anchor": "middle" }, "Bottleneck"));
  }
  group.append(element("text", { class: "flow-title", x: centre, y: TOP + 22, "text-anchor": "middle" }, shorten(step.title, 18)));

  // The resources in parallel: one square each, or a few and "+ k more".
  const drawn = step.resources > MAX_SQUARES ? MAX_SQUARES - 1 : step.resources;
  const extra = step.resources - drawn;
  const rowWidth = drawn * SQUARE + (drawn - 1) * 4 + (extra > 0 ? 34 : 0);
  let left = centre - rowWidth / 2;
  for (let index = 0; index < drawn; index += 1) {
    group.append(element("rect", { class: "flow-resource", x: left, y: TOP + 34, width: SQUARE, height: SQUARE, rx: 2 }));
    left += SQUARE + 4;
  }
  if (extra > 0) group.append(element("text", { class: "flow-more", x: left + 2, y: TOP + 46 }, `+${extra}`));

  group.append(
    element("text", { class: "flow-pace", x: centre, y: TOP + 70, "text-anchor": "middle" }, step.pace),
    element("text", { class: "flow-capacity", x: centre, y: TOP + 92, "text-anchor": "middle" }, step.capacity),
    element("text", { class: "flow-load", x: centre, y: TOP + 114, "text-anchor": "middle" }, step.load),
  );
  if (step.cannotKeepUp) {
    group.append(element("text", { class: "flow-flag", x: centre, y: TOP + BOX.height + 22, "text-anchor": "middle" }, "cannot keep up"));
  }
  return group;
}
