// Downloads: a calculator's results as CSV (the results as shown, every table in them,
// and the scenario comparison when there is one) and each chart as SVG or PNG.

/**
 * Chart styles copied into a downloaded SVG (as presentation attributes, since it has no
 * stylesheet), with each one's
 * initial value: a value is written only where it differs from the initial one (or,
 * for the inherited font settings, from the parent's).
 */
const SVG_STYLES = {
  fill: "rgb(0, 0, 0)",
  "fill-opacity": "1",
  stroke: "none",
  "stroke-width": "1px",
  "stroke-dasharray": "none",
  "stroke-opacity": "1",
  opacity: "1",
  "font-family": "",
  "font-size": "",
  "font-weight": "400",
  "text-anchor": "start",
};
const INHERITED = new Set(["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "font-family", "font-size", "font-weight", "text-anchor"]);

/** The page's name for file names: `eoq` on eoq.html. */
const pageName = () => (location.pathname.split("/").pop() || "index").replace(/\.html$/, "");

/**
 * Adds a "Download the results as CSV" button to `results` and SVG and PNG buttons under
 * every chart of the page (once each, however many calculators the page has).
 * @param {HTMLElement} results
 */
export function addDownloads(results) {
  if (!results.querySelector(":scope > .download-bar")) {
    const bar = downloadBar();
    bar.append(button("Download the results as CSV", undefined, () => downloadCsv(results)));
    results.append(bar);
  }
  for (const svg of document.querySelectorAll("main svg[id]")) {
    if (svg.nextElementSibling?.classList.contains("download-bar")) continue;
    const name = svg.closest("section")?.querySelector("h2, h3")?.textContent?.trim() || "the chart";
    const bar = downloadBar();
    bar.append(
      button("SVG", `Download ${name} as SVG`, () => download(`${pageName()}-${svg.id}.svg`, new Blob([svgText(svg)], { type: "image/svg+xml" }))),
      button("PNG", `Download ${name} as PNG`, () => downloadPng(svg)),
    );
    svg.after(bar);
  }
}

function downloadBar() {
  const bar = document.createElement("div");
  bar.className = "download-bar";
  return bar;
}

/**
 * @param {string} text
 * @param {string | undefined} label an accessible name that adds to `text`
 * @param {() => void} action
 */
function button(text, label, action) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  // A label must contain the visible text (WCAG 2.5.3): "SVG" in "Download … as SVG".
  if (label) element.setAttribute("aria-label", label);
  element.addEventListener("click", action);
  return element;
}

/** Saves `blob` as `fileName` through a temporary link. */
function download(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The results as CSV rows: each labelled result (label, value as shown), then each table
 * with its header, then the scenario comparison when it is shown.
 * @param {HTMLElement} results
 * @returns {string}
 */
export function resultsCsv(results) {
  /** @type {string[][]} */
  const rows = [];
  for (const grid of results.querySelectorAll(".result-grid")) {
    for (const output of grid.querySelectorAll("output")) {
      if (output.hidden || output.closest("[hidden]")) continue;
      const label = output.id ? grid.querySelector(`label[for="${output.id}"]`) : null;
      rows.push([text(label), text(output)]);
    }
  }
  const comparison = results.dataset.comparison ? document.getElementById(results.dataset.comparison) : null;
  const tables = [...results.querySelectorAll("table"), ...(comparison && !comparison.hidden ? comparison.querySelectorAll("table") : [])];
  for (const table of tables) {
    if (table.closest("[hidden]")) continue;
    if (rows.length > 0) rows.push([]);
    const caption = text(table.caption);
    if (caption) rows.push([caption]);
    for (const row of table.rows) {
      rows.push([...row.cells].map((cell) => cellText(cell)));
    }
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The text a person reads in `element`, spaces collapsed. */
const text = (element) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();

/** A cell's value: an input's text where the cell holds one, else its text. */
function cellText(cell) {
  const input = cell.querySelector("input, select");
  if (input) return /** @type {HTMLInputElement} */ (input).type === "checkbox" ? String(/** @type {HTMLInputElement} */ (input).checked) : /** @type {HTMLInputElement} */ (input).value;
  return text(cell);
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function downloadCsv(results) {
  download(`${pageName()}-results.csv`, new Blob([resultsCsv(results)], { type: "text/csv;charset=utf-8" }));
}

/**
 * `svg` as a stand-alone SVG document: the chart's styles copied onto its elements,
 * a white background, and its size.
 * @param {SVGSVGElement} svg
 * @returns {string}
 */
export function svgText(svg) {
  const copy = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  /** @type {Map<Element, CSSStyleDeclaration>} */
  const computed = new Map(originals.map((original) => [original, getComputedStyle(original)]));
  originals.forEach((original, index) => {
    const style = computed.get(original);
    const parent = original === svg ? undefined : computed.get(/** @type {Element} */ (original.parentElement));
    const copied = copies[index];
    if (!copied) return;
    copied.removeAttribute("class");
    for (const [name, initial] of Object.entries(SVG_STYLES)) {
      const value = style?.getPropertyValue(name) ?? "";
      const inheritedValue = INHERITED.has(name) && parent ? parent.getPropertyValue(name) : initial;
      // Presentation attributes, not a style attribute: the page's CSP forbids inline styles.
      if (value !== inheritedValue) copied.setAttribute(name, value);
    }
  });
  const box = svg.viewBox.baseVal;
  const width = box?.width || svg.clientWidth;
  const height = box?.height || svg.clientHeight;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  copy.prepend(background);
  return new XMLSerializer().serializeToString(copy);
}

/** The chart drawn at twice its size onto a canvas, saved as PNG. */
function downloadPng(svg) {
  const source = svgText(svg);
  const image = new Image();
  image.addEventListener("load", () => {
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d");
    if (!context) return;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    canvas.toBlob((blob) => {
      if (blob) download(`${pageName()}-${svg.id}.png`, blob);
    }, "image/png");
  });
  // A data: URL, which the page's Content Security Policy allows for images.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
}
