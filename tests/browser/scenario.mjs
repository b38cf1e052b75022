// Shared steps for the scenario, link and download features every calculator has
// (www/js/scenarios.js, url-state.js, export.js), as a person uses them.
import { readFile } from "node:fs/promises";
import { tableRows } from "./calculator.mjs";

/** Clicks "Compare with scenario B" of the calculator `formId` (or the page's only one). */
export async function startComparing(page, formId) {
  const scope = formId ? page.locator(`#${formId}`) : page;
  await scope.getByRole("button", { name: "Compare with scenario B" }).click();
}

/** Chooses whose inputs the form shows: "A" or "B". */
export async function editScenario(page, which, formId) {
  const scope = formId ? page.locator(`#${formId}`) : page;
  await scope.getByRole("radio", { name: `scenario ${which}` }).check();
}

/**
 * The comparison table of `formId`'s calculator as rows of text: result, A, B,
 * change, change in percent.
 */
export async function comparisonRows(page, formId) {
  const selector = formId ? `#${formId}-comparison-table` : ".comparison-table";
  return tableRows(page, selector);
}

/**
 * Waits until the page's link holds `text` (the link is updated a moment after the last
 * keystroke), then returns the link.
 */
export async function linkHolding(page, text) {
  await page.waitForFunction((wanted) => decodeURIComponent(location.search).includes(wanted), text);
  return page.url();
}

/**
 * Clicks the download button named `name` (the first in `scope`: a calculator's results,
 * on a page with several) and returns the downloaded file's name and text.
 */
export async function downloadText(page, name, scope = page) {
  const [download] = await Promise.all([page.waitForEvent("download"), scope.getByRole("button", { name }).first().click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

/** Clicks the download button named `name` and returns the downloaded file's name and bytes. */
export async function downloadBytes(page, name) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).first().click()]);
  return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}
