// Builds the site navigation from the page list: Home, then each section with its
// calculators, marking the current page. Every page calls it, so it also registers the
// service worker that keeps the site working offline.
import { registerServiceWorker } from "./offline.js";
import { calculators } from "./pages-list.js";

/**
 * Fills every `nav[data-site-nav]` with links to the home page and each calculator, and
 * registers the offline service worker (see offline.js).
 */
export function renderNav() {
  registerServiceWorker();
  const here = location.pathname.split("/").pop() || "index.html";
  /** @type {Map<string, typeof calculators>} */
  const sections = new Map();
  for (const page of calculators) sections.set(page.section, [...(sections.get(page.section) ?? []), page]);
  for (const nav of document.querySelectorAll("nav[data-site-nav]")) {
    const list = document.createElement("ul");
    list.append(navItem({ href: "index.html", navTitle: "Home" }, here));
    for (const [section, pages] of sections) {
      const item = document.createElement("li");
      item.className = "nav-section";
      const name = document.createElement("span");
      name.className = "nav-section-name";
      name.textContent = section;
      const links = document.createElement("ul");
      links.append(...pages.map((page) => navItem(page, here)));
      item.append(name, links);
      list.append(item);
    }
    nav.replaceChildren(list);
  }
}

function navItem(page, here) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = page.href;
  link.textContent = page.navTitle;
  if (page.href === here) link.setAttribute("aria-current", "page");
  item.append(link);
  return item;
}
