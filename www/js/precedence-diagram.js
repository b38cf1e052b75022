// The precedence diagram of an assembly line: each task a box with its id and time,
// an arrow from each task to every task that must wait for it, and tasks in columns by
// their depth (the longest chain of predecessors before them), coloured by station.
// Drawing only: the layout places boxes, and every number written comes from the
// library's result, formatted by the caller.
import { arrowDefs, element, shorten } from "./chart.js";

const NODE = { width: 84, height: 58 };
const GAP = { x: 56, y: 22 };
const MARGIN = { top: 12, right: 16, bottom: 12, left: 16 };
/** Station colours repeat after this many (see `.station-k` in site.css). */
export const STATION_COLOURS = 8;

/**
 * @typedef {{ id: string, time: string, predecessors: string[], station?: number, title: string }} DiagramTask
 *   `time` is the text written under the id ("10 min"); `station` (from 1) colours the
 *   box and is written in it; `title` is the box's tooltip.
 */

/**
 * Replaces the contents of `svg` with the diagram. The SVG keeps its natural size (one
 * column per depth); put it in a horizontally scrolling container. The tasks must form
 * no cycle (draw only what the library accepted).
 * @param {SVGSVGElement} svg
 * @param {{ title: string, description: string, tasks: DiagramTask[] }} diagram
 */
export function drawPrecedenceDiagram(svg, { title, description, tasks }) {
  const columns = layout(tasks);
  const rows = Math.max(1, ...columns.map((column) => column.length));
  const width = MARGIN.left + columns.length * NODE.width + (columns.length - 1) * GAP.x + MARGIN.right;
  const height = MARGIN.top + rows * NODE.height + (rows - 1) * GAP.y + MARGIN.bottom;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("role", "img");

  /** @type {Map<string, { x: number, y: number }>} */
  const place = new Map();
  columns.forEach((column, depth) => {
    // Each column centred on the tallest.
    const offset = ((rows - column.length) * (NODE.height + GAP.y)) / 2;
    column.forEach((slot, row) => {
      place.set(slot.key, { x: MARGIN.left + depth * (NODE.width + GAP.x), y: MARGIN.top + offset + row * (NODE.height + GAP.y) + NODE.height / 2 });
    });
  });

  const arrowId = `${svg.id || "precedence"}-arrow`;
  const defs = arrowDefs(arrowId, "precedence-arrowhead", 7);

  // An arrow leaves a box's right side and enters the next's left; through a waypoint
  // (an arrow passing a column) it runs straight across the slot.
  const edges = element("g", { class: "precedence-edges" });
  for (const slot of columns.flat()) {
    if (slot.task === undefined) continue;
    for (const chain of slot.chains) {
      const points = chain.map((key) => place.get(key)).filter((point) => point !== undefined);
      let d = "";
      points.forEach((point, index) => {
        if (index === 0) {
          d = `M ${point.x + NODE.width} ${point.y}`;
          return;
        }
        const last = points[index - 1];
        const x1 = last.x + NODE.width;
        const x2 = index === points.length - 1 ? point.x - 2 : point.x;
        const bend = (x2 - x1) / 2;
        d += ` C ${x1 + bend} ${last.y}, ${x2 - bend} ${point.y}, ${x2} ${point.y}`;
        if (index < points.length - 1) d += ` L ${point.x + NODE.width} ${point.y}`;
      });
      edges.append(element("path", { d, "marker-end": `url(#${arrowId})` }));
    }
  }

  const nodes = columns.flat().flatMap((slot) => (slot.task === undefined ? [] : [node(slot.task, place.get(slot.key))]));
  svg.replaceChildren(element("title", {}, title), element("desc", {}, description), defs, edges, ...nodes);
}

/**
 * @typedef {{ key: string, task?: DiagramTask, before: string[], chains: string[][] }} Slot
 *   A place in a column: a task, or a waypoint of an arrow that passes the column
 *   (`task` undefined). `before` are the keys of the slots its arrows come from, in the
 *   previous column; `chains` (for a task) the keys each incoming arrow passes, from the
 *   predecessor to the task.
 */

/**
 * The tasks in columns: depth 0 for a task without predecessors, else one more than its
 * deepest predecessor. An arrow that skips columns gets a waypoint in each, so that it
 * runs between the boxes rather than through them.
 * @param {DiagramTask[]} tasks
 * @returns {Slot[][]}
 */
function layout(tasks) {
  const known = new Set(tasks.map((task) => task.id));
  const predecessorsOf = (task) => [...new Set(task.predecessors)].filter((id) => known.has(id));
  /** @type {Map<string, number>} */
  const depth = new Map();
  // Kahn's order: a task is placed once all its predecessors are.
  const waiting = new Map(tasks.map((task) => [task.id, predecessorsOf(task).length]));
  /** @type {Map<string, string[]>} */
  const followers = new Map(tasks.map((task) => [task.id, []]));
  for (const task of tasks) for (const id of predecessorsOf(task)) followers.get(id)?.push(task.id);
  const ready = tasks.filter((task) => waiting.get(task.id) === 0).map((task) => task.id);
  for (const id of ready) depth.set(id, 0);
  for (let index = 0; index < ready.length; index += 1) {
    const id = ready[index];
    for (const next of followers.get(id) ?? []) {
      depth.set(next, Math.max(depth.get(next) ?? 0, (depth.get(id) ?? 0) + 1));
      waiting.set(next, (waiting.get(next) ?? 0) - 1);
      if (waiting.get(next) === 0) ready.push(next);
    }
  }

  /** @type {Slot[][]} */
  const columns = [];
  const add = (column, slot) => {
    while (columns.length <= column) columns.push([]);
    columns[column].push(slot);
  };
  for (const task of tasks) {
    const column = depth.get(task.id) ?? 0;
    /** @type {Slot} */
    const slot = { key: `task:${task.id}`, task, before: [], chains: [] };
    for (const id of predecessorsOf(task)) {
      const chain = [`task:${id}`];
      for (let between = (depth.get(id) ?? 0) + 1; between < column; between += 1) {
        const key = `via:${id}>${task.id}@${between}`;
        add(between, { key, before: [chain[chain.length - 1]], chains: [] });
        chain.push(key);
      }
      slot.before.push(chain[chain.length - 1]);
      chain.push(slot.key);
      slot.chains.push(chain);
    }
    add(column, slot);
  }
  // Fewer crossings: order each column by the mean row of what its arrows come from.
  /** @type {Map<string, number>} */
  const rowOf = new Map();
  columns.forEach((column, index) => {
    if (index > 0) {
      const weight = (slot) => {
        const rows = slot.before.map((key) => rowOf.get(key) ?? 0);
        return rows.length === 0 ? 0 : rows.reduce((sum, row) => sum + row, 0) / rows.length;
      };
      column.sort((a, b) => weight(a) - weight(b));
    }
    column.forEach((slot, row) => rowOf.set(slot.key, row - column.length / 2));
  });
  return columns;
}

function node(task, { x, y: middle }) {
  const y = middle - NODE.height / 2;
  const station = task.station === undefined ? "" : ` station-${(task.station - 1) % STATION_COLOURS}`;
  const group = element("g", { class: `precedence-node${station}` });
  const centre = x + NODE.width / 2;
  group.append(
    element("title", {}, task.title),
    element("rect", { class: "precedence-box", x, y, width: NODE.width, height: NODE.height, rx: 8 }),
    element("text", { class: "precedence-id", x: centre, y: y + 18, "text-anchor": "middle" }, shorten(task.id, 9)),
    element("text", { class: "precedence-time", x: centre, y: y + 34, "text-anchor": "middle" }, task.time),
  );
  if (task.station !== undefined) {
    group.append(element("text", { class: "precedence-station", x: centre, y: y + 50, "text-anchor": "middle" }, `station ${task.station}`));
  }
  return group;
}
