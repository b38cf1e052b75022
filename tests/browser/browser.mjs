// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core,
// the site served from www/ on a free port, and a watch for console errors.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const ARTIFACTS = new URL("../../test-results/", import.meta.url);

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Starts the server and the browser; call `close()` when done. */
export async function openSite(options = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer(options);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    url: server.url,
    browser,
    /** Stops serving (the browser stays): what a page then fetches fails, as offline. */
    stopServer: () => server.close(),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Serves `body` (HTML) as the index page of a bare site whose `packageDir` (pkg/, or
 * node_modules/opscalc/ as npm installs it) holds the built package's opscalc.js,
 * opscalc_codec.js and opscalc_bg.wasm, as a user's own page would: for examples that show how to use the
 * package. `close()` also deletes the site.
 */
export async function openPackageExample(body, { packageDir = "pkg" } = {}) {
  const root = mkdtempSync(join(tmpdir(), "opscalc-example-"));
  mkdirSync(join(root, packageDir), { recursive: true });
  for (const file of ["opscalc.js", "opscalc_codec.js", "opscalc_bg.wasm"]) {
    copyFileSync(new URL(`../../pkg/${file}`, import.meta.url), join(root, packageDir, file));
  }
  writeFileSync(join(root, "index.html"), `<!doctype html><html><body>${body}</body></html>`);
  const site = await openSite({ root });
  return {
    ...site,
    async close() {
      await site.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * A new page that records console errors, page errors and failed requests, so a test
 * can assert that none happened (a CSP violation shows up as a console error).
 * `options` go to `browser.newPage` (each page has a context of its own).
 */
export async function newWatchedPage(browser, options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  page.on("console", (message) => {
    // A failed load is reported below with its URL; this console line has none.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // A request the browser cancels itself (net::ERR_ABORTED: the old page's favicon when a
  // link is followed) is not a failure; a missing file is a 404 above, a refused one an
  // error here.
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "";
    if (reason !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} (${reason})`);
  });
  return { page, problems };
}

/** The number input whose label starts with `label` ("Demand D units per year"). */
export const field = (page, label) =>
  page.getByRole("spinbutton", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });

/** Clears an input and types into it as a person would. */
export async function type(page, label, text) {
  const input = field(page, label);
  await input.fill("");
  await input.pressSequentially(text);
}

/** The `<output>` labelled `label`. */
export const output = (page, label) => page.getByLabel(label).and(page.locator("output"));

/**
 * Opens `path` of the site in a new watched page (see `newWatchedPage`), at `viewport`
 * when given (a phone: `{ width: 375, height: 740 }`).
 */
export async function openWatchedPage(site, path, viewport) {
  const watched = await newWatchedPage(site.browser);
  if (viewport) await watched.page.setViewportSize(viewport);
  await watched.page.goto(`${site.url}${path}`);
  return watched;
}

/** How many pixels the page is wider than its viewport: 0 or less when it fits. */
export const horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Clicks `link` and waits for the page `path` ("eoq.html") to load. It leaves only once
 * the current page has loaded everything, its icon too, so that no request is cut short.
 */
export async function follow(page, link, path) {
  await page.waitForLoadState("networkidle");
  await link.click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${path}`));
}
