// The "Use the library" page in headless Chromium: each Copy button, pressed from the
// keyboard, puts its example on the clipboard and says "Copied"; without clipboard
// access it selects the example instead; and the page's browser example, served with
// the built package, behaves as the page says. (tests/js/library-page.test.mjs runs the
// Node examples.)
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openPackageExample, openSite } from "./browser.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

/** The page, in a context that may read and write the clipboard. */
async function openLibraryPage() {
  const watched = await newWatchedPage(site.browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await watched.page.goto(`${site.url}use-the-library.html`);
  await watched.page.locator("nav[data-site-nav] a").first().waitFor();
  return watched;
}

test("every Copy button copies its example from the keyboard and says so", async () => {
  const { page, problems } = await openLibraryPage();
  const buttons = page.getByRole("button", { name: /^Copy/ });
  const count = await buttons.count();
  assert.ok(count >= 6, `${count} Copy buttons`);
  for (let index = 0; index < count; index += 1) {
    const button = buttons.nth(index);
    const code = page.locator(`#${await button.getAttribute("data-copy")}`);
    await button.focus();
    await page.keyboard.press(index % 2 === 0 ? "Enter" : "Space");
    // The status line beside the button: a live region, which a screen reader announces.
    const status = page.locator(".code-example figcaption").nth(index).getByRole("status");
    await status.filter({ hasText: "Copied" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.textContent());
  }
  // The first button's name says what it copies.
  assert.equal(await buttons.first().textContent(), "Copy the install command");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator("#example-line").textContent());
  assert.match(await page.locator("#example-line").textContent(), /^import \{ balanceLine \} from "opscalc";\n/);
  // "Copied" goes away after a few seconds.
  await page.waitForFunction(() => document.querySelector(".copy-status").textContent === "", null, { timeout: 10_000 });
  await page.screenshot({ path: new URL("use-the-library.png", ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
});

test("without clipboard access, Copy selects the example and says how to copy it", async () => {
  const { page, problems } = await newWatchedPage(site.browser);
  // A browser that refuses the clipboard (added through DevTools, outside the page's CSP).
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
  });
  await page.goto(`${site.url}use-the-library.html`);
  await page.getByRole("button", { name: "Copy eoq.mjs" }).click();
  await page.locator(".copy-status").filter({ hasText: "Selected: press Ctrl+C" }).waitFor();
  assert.equal(await page.evaluate(() => getSelection().toString()), await page.locator("#example-eoq").textContent());
  assert.deepEqual(problems, []);
});

test("the page's browser example shows the EOQ, updates as you type, and shows the reason for an empty box", async () => {
  const { page: libraryPage } = await openLibraryPage();
  const example = await libraryPage.locator('code[data-example="browser"]').textContent();
  await libraryPage.context().close();

  const exampleSite = await openPackageExample(example);
  try {
    const { page, problems } = await newWatchedPage(exampleSite.browser);
    await page.goto(exampleSite.url);
    const quantity = page.locator("output#quantity");
    await quantity.filter({ hasText: "200.0 units" }).waitFor({ timeout: 10_000 });
    const demand = page.getByRole("spinbutton", { name: "Demand per year" });
    await demand.fill("");
    await quantity.filter({ hasText: "Demand must be a finite number" }).waitFor();
    await demand.pressSequentially("4000");
    await quantity.filter({ hasText: "400.0 units" }).waitFor();
    // A bare page has no icon, so the browser's own request for one fails.
    assert.deepEqual(problems.filter((problem) => problem !== "HTTP 404: /favicon.ico"), []);
  } finally {
    await exampleSite.close();
  }
});
