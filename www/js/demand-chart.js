// Charts of a demand distribution from the library's demandDensity(): the density
// (bars for discrete demand) with guide lines, and the cumulative probability with a
// reference level. Drawing only: every point comes from the wasm.
import { drawChart } from "./chart.js";
import { formatNumber } from "./format.js";

/**
 * @typedef {{ x: number[], density: number[], cumulative: number[] }} Curve
 *   A demandDensity() result.
 */

/**
 * The density, with a guide at `stock` (a reorder point, a stocking level) and, when
 * `shadeBeyond`, the demand above it drawn again in the stockout colour.
 * @param {SVGSVGElement} svg
 * @param {{
 *   curve: Curve, discrete: boolean, stock: number, stockLabel: string,
 *   mean?: number, meanLabel?: string, shadeBeyond?: boolean,
 *   title: string, description: string, xLabel: string
 * }} chart
 */
export function drawDensityChart(svg, { curve, discrete, stock, stockLabel, mean, meanLabel, shadeBeyond = false, title, description, xLabel }) {
  const kind = discrete ? "bars" : "line";
  const series = [{ label: discrete ? "Probability" : "Density", x: curve.x, y: curve.density, className: "density", kind }];
  if (shadeBeyond) {
    const beyond = curve.x.flatMap((x, index) => (x > stock ? [index] : []));
    series.push({
      label: "Stockout",
      x: beyond.map((index) => curve.x[index]),
      y: beyond.map((index) => curve.density[index]),
      className: "stockout",
      kind,
    });
  }
  const markers = [{ x: stock, label: stockLabel }];
  if (mean !== undefined) markers.unshift({ x: mean, y: Math.max(...curve.density), label: meanLabel });
  drawChart(svg, {
    title,
    description,
    series,
    xLabel,
    yLabel: discrete ? "Probability" : "Probability density",
    markers,
    format: formatNumber,
    // The page's text names the colours; a legend would crowd the guides' labels.
    legend: false,
  });
}

/**
 * The cumulative probability P(demand ≤ x), a level at `ratio` and a marked point at
 * (`stock`, `probability`): where the curve crosses the ratio is the stock to hold.
 * @param {SVGSVGElement} svg
 * @param {{
 *   curve: Curve, discrete: boolean, stock: number, probability: number, ratio: number,
 *   stockLabel: string, ratioLabel: string, title: string, description: string, xLabel: string
 * }} chart
 */
export function drawCumulativeChart(svg, { curve, discrete, stock, probability, ratio, stockLabel, ratioLabel, title, description, xLabel }) {
  drawChart(svg, {
    title,
    description,
    series: [{ label: "P(demand ≤ x)", x: curve.x, y: curve.cumulative, className: "density", kind: discrete ? "bars" : "line" }],
    xLabel,
    yLabel: "P(demand ≤ x)",
    markers: [{ x: stock, y: probability, label: stockLabel }],
    levels: [{ y: ratio, label: ratioLabel, className: "ratio" }],
    format: formatNumber,
    legend: false,
  });
}
