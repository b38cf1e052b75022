// The home page and the navigation, in headless Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ARTIFACTS, newWatchedPage, openSite } from "./browser.mjs";

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

test("the home page explains the site and links to the EOQ calculator", async () => {
  const { page, problems } = await newWatchedPage(site.browser);
  await page.goto(site.url);
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Operations and performance management, calculated");
  const nav = page.getByRole("navigation", { name: "Calculators" });
  assert.equal(await nav.getByRole("link", { name: "Home" }).getAttribute("aria-current"), "page");
  await page.screenshot({ path: new URL("home.png", ARTIFACTS).pathname, fullPage: true });

  await page.locator("#calculator-list").getByRole("link", { name: "Economic order quantity" }).click();
  await page.waitForURL(/eoq\.html$/);
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Economic order quantity (EOQ)");
  assert.equal(
    await page.getByRole("navigation", { name: "Calculators" }).getByRole("link", { name: "EOQ" }).getAttribute("aria-current"),
    "page",
  );
  assert.deepEqual(problems, []);
});

test("the EOQ page fits a phone screen without sideways scrolling", async () => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(`${site.url}eoq.html`);
  await page.getByLabel("Order quantity").and(page.locator("output")).filter({ hasText: "units" }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: new URL("eoq-phone.png", ARTIFACTS).pathname, fullPage: true });
});
