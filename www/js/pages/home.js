// The home page: navigation and the list of calculators, both from the page list.
import { renderNav } from "../nav.js";
import { calculators } from "../pages-list.js";

renderNav();

const list = document.getElementById("calculator-list");
list.replaceChildren(
  ...calculators.map((page) => {
    const item = document.createElement("li");
    const section = document.createElement("p");
    section.className = "section-name";
    section.textContent = page.section;
    const link = document.createElement("a");
    link.href = page.href;
    link.textContent = page.title;
    const heading = document.createElement("h3");
    heading.append(link);
    const summary = document.createElement("p");
    summary.textContent = page.summary;
    item.append(section, heading, summary);
    return item;
  }),
);
