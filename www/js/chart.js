// A small SVG chart: round-number axes, line and bar series, a legend, marked points
// (a vertical guide to a dot), horizontal reference levels and labelled bands of x.
// Drawing only: every value comes from the library.

const SVG_NS = "http://www.w3.org/2000/svg";
const WIDTH = 640;
const HEIGHT = 360;
// The right margin leaves room for half of the last x tick's label ("200,000").
const MARGIN = { top: 20, right: 32, bottom: 52, left: 72 };
const PLOT = { left: MARGIN.left, right: WIDTH - MARGIN.right, top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom };

/**
 * @typedef {{ label: string, x: number[], y: number[], className: string, kind?: "line" | "bars" }} Series
 *   A line through (x[i], y[i]), or bars of height y[i] centred on x[i].
 * @typedef {{ x: number, y?: number, label: string }} Marker
 *   A dashed guide at x from the axis up to y (or the full height), a dot at (x, y), a label.
 * @typedef {{ y: number, label: string, className?: string }} Level
 *   A horizontal reference line across the plot.
 * @typedef {{ from: number, to: number, label: string, className?: string }} Region
 *   A shaded band of x from `from` to `to` (cut to the plot), behind the series, with
 *   its label at the foot, clear of the legend: where a loss turns to profit, where an
 *   option is cheapest. Regions do not widen the axes.
 * @typedef {{
 *   title: string, description: string, series: Series[], xLabel: string, yLabel: string,
 *   markers?: Marker[], levels?: Level[], regions?: Region[], format: (value: number) => string,
 *   formatX?: (value: number) => string, legend?: boolean, yFromZero?: boolean
 * }} Chart
 *   `yFromZero: false` fits the y axis to the data instead of starting it at zero, for
 *   curves that vary little around a large value (costs that include purchase cost).
 */

/**
 * Replaces the contents of `svg` with the chart.
 * @param {SVGSVGElement} svg
 * @param {Chart} chart
 */
export function drawChart(svg, chart) {
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute("role", "img");
  const markers = chart.markers ?? [];
  const levels = chart.levels ?? [];
  const regions = chart.regions ?? [];

  const allX = [...chart.series.flatMap((series) => series.x), ...markers.map((marker) => marker.x)];
  const allY = [
    ...(chart.yFromZero === false ? [] : [0]),
    ...chart.series.flatMap((series) => series.y),
    ...markers.flatMap((marker) => (marker.y === undefined ? [] : [marker.y])),
    ...levels.map((level) => level.y),
  ];
  const barPadding = halfBarWidth(chart.series);
  // With bars, the x axis spans the bars plus half a bar each side (ticks only inside);
  // without, it runs from one round tick to another.
  const xLow = Math.min(...allX) - barPadding;
  const xHigh = Math.max(...allX) + barPadding;
  const roundX = niceTicks(xLow, xHigh);
  const xTicks = barPadding > 0 ? roundX.filter((tick) => tick >= xLow && tick <= xHigh) : roundX;
  const xDomain = barPadding > 0 ? [xLow, xHigh] : [roundX[0], roundX[roundX.length - 1]];
  const yTicks = niceTicks(Math.min(...allY), Math.max(...allY));
  const scaleX = linearScale(xDomain, PLOT.left, PLOT.right);
  const scaleY = linearScale(yTicks, PLOT.bottom, PLOT.top);

  const plot = element("g", { class: "plot" });
  plot.append(
    axis(xTicks, scaleX, chart.formatX ?? chart.format, "x"),
    axis(yTicks, scaleY, chart.format, "y"),
    element("text", { class: "axis-label", x: (PLOT.left + PLOT.right) / 2, y: HEIGHT - 10, "text-anchor": "middle" }, chart.xLabel),
    element("text", { class: "axis-label", transform: `translate(16 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`, "text-anchor": "middle" }, chart.yLabel),
  );
  if (yTicks[0] < 0) {
    plot.append(element("line", { class: "zero", x1: PLOT.left, x2: PLOT.right, y1: scaleY(0), y2: scaleY(0) }));
  }

  const clipId = `${svg.id || "chart"}-clip`;
  const clip = element("clipPath", { id: clipId });
  clip.append(element("rect", { x: PLOT.left, y: PLOT.top, width: PLOT.right - PLOT.left, height: PLOT.bottom - PLOT.top }));
  const data = element("g", { "clip-path": `url(#${clipId})` });
  for (const region of regions) data.append(band(region, scaleX));
  for (const series of chart.series) {
    data.append(series.kind === "bars" ? bars(series, scaleX, scaleY, barPadding) : line(series, scaleX, scaleY));
  }
  plot.append(clip, data);

  for (const level of levels) plot.append(levelLine(level, scaleY));
  for (const marker of markers) plot.append(markerGuide(marker, scaleX, scaleY));
  if (chart.legend !== false) plot.append(legend(chart.series));
  svg.replaceChildren(element("title", {}, chart.title), element("desc", {}, chart.description), plot);
}

function line(series, scaleX, scaleY) {
  const points = series.x.map((x, index) => `${scaleX(x).toFixed(1)},${scaleY(series.y[index]).toFixed(1)}`);
  return element("polyline", { class: `line ${series.className}`, points: points.join(" ") });
}

function bars(series, scaleX, scaleY, halfWidth) {
  const group = element("g", { class: `bars ${series.className}` });
  const zero = scaleY(0);
  series.x.forEach((x, index) => {
    const left = scaleX(x - halfWidth * 0.8);
    const right = scaleX(x + halfWidth * 0.8);
    const top = scaleY(series.y[index]);
    group.append(element("rect", { x: left, width: Math.max(right - left, 1), y: Math.min(top, zero), height: Math.abs(zero - top) }));
  });
  return group;
}

/** Half the smallest gap between bar positions, so neighbouring bars do not overlap. */
function halfBarWidth(series) {
  let gap = Infinity;
  for (const item of series.filter((candidate) => candidate.kind === "bars")) {
    const xs = [...item.x].sort((a, b) => a - b);
    for (let index = 1; index < xs.length; index += 1) gap = Math.min(gap, xs[index] - xs[index - 1]);
    if (xs.length === 1) gap = Math.min(gap, Math.abs(xs[0]) || 1);
  }
  return Number.isFinite(gap) ? gap / 2 : 0;
}

function band({ from, to, label, className = "" }, scaleX) {
  const left = Math.max(scaleX(from), PLOT.left);
  const right = Math.min(scaleX(to), PLOT.right);
  const group = element("g", { class: `region ${className}` });
  if (right <= left) return group;
  group.append(
    element("rect", { x: left, y: PLOT.top, width: right - left, height: PLOT.bottom - PLOT.top }),
    element("text", { x: (left + right) / 2, y: PLOT.bottom - 10, "text-anchor": "middle" }, label),
  );
  return group;
}

function markerGuide({ x, y, label }, scaleX, scaleY) {
  const group = element("g", { class: "marker" });
  const px = scaleX(x);
  const py = y === undefined ? PLOT.top : scaleY(y);
  group.append(element("line", { x1: px, x2: px, y1: PLOT.bottom, y2: py }));
  if (y !== undefined) group.append(element("circle", { cx: px, cy: py, r: 5 }));
  group.append(element("text", { x: px + 8, y: y === undefined ? PLOT.top + 14 : py + 20 }, label));
  return group;
}

function levelLine({ y, label, className = "" }, scaleY) {
  const group = element("g", { class: `level ${className}` });
  const py = scaleY(y);
  group.append(
    element("line", { x1: PLOT.left, x2: PLOT.right, y1: py, y2: py }),
    element("text", { x: PLOT.left + 6, y: py - 6 }, label),
  );
  return group;
}

function legend(series) {
  const group = element("g", { class: "legend", transform: `translate(${PLOT.right - 150} ${PLOT.top + 4})` });
  series.forEach((item, index) => {
    const y = index * 20;
    const swatch =
      item.kind === "bars"
        ? element("rect", { class: `bars ${item.className}`, x: 4, y: y - 6, width: 16, height: 12 })
        : element("line", { class: `line ${item.className}`, x1: 0, x2: 24, y1: y, y2: y });
    group.append(swatch, element("text", { x: 32, y: y + 4 }, item.label));
  });
  return group;
}

function axis(ticks, scale, format, direction) {
  const group = element("g", { class: `axis axis-${direction}` });
  for (const tick of ticks) {
    const position = scale(tick);
    if (direction === "x") {
      group.append(
        element("line", { class: "grid", x1: position, x2: position, y1: PLOT.top, y2: PLOT.bottom }),
        element("text", { x: position, y: PLOT.bottom + 18, "text-anchor": "middle" }, format(tick)),
      );
    } else {
      group.append(
        element("line", { class: "grid", x1: PLOT.left, x2: PLOT.right, y1: position, y2: position }),
        element("text", { x: PLOT.left - 8, y: position + 4, "text-anchor": "end" }, format(tick)),
      );
    }
  }
  return group;
}

/** Round tick values (1, 2 or 5 times a power of ten apart) covering [min, max]. */
export function niceTicks(min, max, count = 6) {
  const span = max - min || Math.abs(max) || 1;
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  const first = Math.floor(min / step) * step;
  const ticks = [];
  for (let tick = first; tick < max + step * 0.999; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

/** Maps the first and last of `ends` (the domain, or the ticks spanning it) onto the pixel range [from, to]. */
function linearScale(ends, from, to) {
  const low = ends[0];
  const high = ends[ends.length - 1];
  return (value) => from + ((value - low) / (high - low || 1)) * (to - from);
}

/**
 * A new SVG element with `attributes` and, if given, `text` as its text content; shared
 * by the site's other drawings (capacity bars, the process flow diagram, range bars).
 * @param {string} name
 * @param {Record<string, string | number>} [attributes]
 * @param {string} [text]
 * @returns {SVGElement}
 */
export function element(name, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A `<defs>` holding an arrowhead marker with `id`, its path styled by `className`:
 * lines refer to it with `marker-end="url(#id)"`. Shared by the flow and precedence diagrams.
 * @param {string} id
 * @param {string} className
 * @param {number} [size] the marker's width and height, in stroke widths
 */
export function arrowDefs(id, className, size = 8) {
  const marker = element("marker", { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: size, markerHeight: size, orient: "auto-start-reverse" });
  marker.append(element("path", { d: "M 0 0 L 10 5 L 0 10 z", class: className }));
  const defs = element("defs");
  defs.append(marker);
  return defs;
}

/** `text`, cut to `length` characters with an ellipsis, for a label in a box of fixed width. */
export function shorten(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
