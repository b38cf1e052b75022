// Builds the site navigation from the page list, marking the current page.
import { calculators } from "./pages-list.js";

/** Fills every `nav[data-site-nav]` with links to the home page and each calculator. */
export function renderNav() {
  const here = location.pathname.split("/").pop() || "index.html";
  for (const nav of document.querySelectorAll("nav[data-site-nav]")) {
    const list = document.createElement("ul");
    for (const page of [{ href: "index.html", title: "Home" }, ...calculators]) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = page.href;
      link.textContent = page.title;
      if (page.href === here) link.setAttribute("aria-current", "page");
      item.append(link);
      list.append(item);
    }
    nav.replaceChildren(list);
  }
}
