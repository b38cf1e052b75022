// A small SVG line chart: axes with round-number ticks, several series, a legend and
// an optional marked point. Drawing only: the values come from the library.

const SVG_NS = "http://www.w3.org/2000/svg";
const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { top: 20, right: 20, bottom: 52, left: 72 };

/**
 * @typedef {{ label: string, values: number[], className: string }} Series
 * @typedef {{ x: number, y: number, label: string }} Marker
 * @typedef {{
 *   title: string, description: string, x: number[], series: Series[],
 *   xLabel: string, yLabel: string, marker?: Marker, format: (value: number) => string
 * }} LineChart
 */

/**
 * Replaces the contents of `svg` with the chart.
 * @param {SVGSVGElement} svg
 * @param {LineChart} chart
 */
export function drawLineChart(svg, chart) {
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute("role", "img");
  const title = element("title", {}, chart.title);
  const description = element("desc", {}, chart.description);

  const xTicks = niceTicks(Math.min(...chart.x), Math.max(...chart.x));
  const yTicks = niceTicks(0, Math.max(...chart.series.flatMap((series) => series.values)));
  const scaleX = linearScale(xTicks, MARGIN.left, WIDTH - MARGIN.right);
  const scaleY = linearScale(yTicks, HEIGHT - MARGIN.bottom, MARGIN.top);

  const plot = element("g", { class: "plot" });
  plot.append(
    axis(xTicks, scaleX, chart.format, "x"),
    axis(yTicks, scaleY, chart.format, "y"),
    element("text", { class: "axis-label", x: (MARGIN.left + WIDTH - MARGIN.right) / 2, y: HEIGHT - 10, "text-anchor": "middle" }, chart.xLabel),
    element("text", { class: "axis-label", transform: `translate(16 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`, "text-anchor": "middle" }, chart.yLabel),
  );

  const clipId = `${svg.id || "chart"}-clip`;
  const clip = element("clipPath", { id: clipId });
  clip.append(element("rect", { x: MARGIN.left, y: MARGIN.top, width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom }));
  const lines = element("g", { "clip-path": `url(#${clipId})` });
  for (const series of chart.series) {
    const points = chart.x.map((x, index) => `${scaleX(x).toFixed(1)},${scaleY(series.values[index]).toFixed(1)}`);
    lines.append(element("polyline", { class: `line ${series.className}`, points: points.join(" ") }));
  }
  plot.append(clip, lines);

  if (chart.marker) plot.append(marker(chart.marker, scaleX, scaleY));
  plot.append(legend(chart.series));
  svg.replaceChildren(title, description, plot);
}

function marker({ x, y, label }, scaleX, scaleY) {
  const group = element("g", { class: "marker" });
  const px = scaleX(x);
  const py = scaleY(y);
  group.append(
    element("line", { x1: px, x2: px, y1: HEIGHT - MARGIN.bottom, y2: py }),
    element("circle", { cx: px, cy: py, r: 5 }),
    element("text", { x: px + 8, y: py + 20 }, label),
  );
  return group;
}

function legend(series) {
  const group = element("g", { class: "legend", transform: `translate(${WIDTH - MARGIN.right - 150} ${MARGIN.top + 4})` });
  series.forEach((item, index) => {
    const y = index * 20;
    group.append(
      element("line", { class: `line ${item.className}`, x1: 0, x2: 24, y1: y, y2: y }),
      element("text", { x: 32, y: y + 4 }, item.label),
    );
  });
  return group;
}

function axis(ticks, scale, format, direction) {
  const group = element("g", { class: `axis axis-${direction}` });
  for (const tick of ticks) {
    const position = scale(tick);
    if (direction === "x") {
      group.append(
        element("line", { class: "grid", x1: position, x2: position, y1: MARGIN.top, y2: HEIGHT - MARGIN.bottom }),
        element("text", { x: position, y: HEIGHT - MARGIN.bottom + 18, "text-anchor": "middle" }, format(tick)),
      );
    } else {
      group.append(
        element("line", { class: "grid", x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: position, y2: position }),
        element("text", { x: MARGIN.left - 8, y: position + 4, "text-anchor": "end" }, format(tick)),
      );
    }
  }
  return group;
}

/** Round tick values (1, 2 or 5 times a power of ten apart) covering [min, max]. */
function niceTicks(min, max, count = 6) {
  const span = max - min || Math.abs(max) || 1;
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  const first = Math.floor(min / step) * step;
  const ticks = [];
  for (let tick = first; tick < max + step * 0.999; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

/** Maps the first and last tick onto the pixel range [from, to]. */
function linearScale(ticks, from, to) {
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  return (value) => from + ((value - low) / (high - low || 1)) * (to - from);
}

function element(name, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}
