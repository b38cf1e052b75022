// Runs the Node examples of the site's "Use the library" page (www/use-the-library.html)
// against the built package, as a reader who copies them would, and checks that each
// prints exactly the output the page shows under it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { runAsPackageUser } from "./run-example.mjs";

const page = readFileSync(new URL("../../www/use-the-library.html", import.meta.url), "utf8");

const ENTITIES = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" };

/** The text of an element's HTML content, as `textContent` reads it (no markup allowed inside). */
function text(html) {
  assert.doesNotMatch(html, /</, "an example holds text only, no markup");
  const decoded = html.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]);
  assert.doesNotMatch(html.replace(/&(?:lt|gt|amp|quot|#39);/g, ""), /&[#\w]+;/, "only the five basic entities");
  return decoded;
}

/** The attributes of a start tag's attribute text, `id="x" data-example="node"`. */
const attributes = (source) => Object.fromEntries([...source.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));

/** Every `<tag ...>content</tag>` of the page, with its attributes and text. */
const elements = (tag) =>
  [...page.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, "g"))].map((match) => ({
    attributes: attributes(match[1]),
    html: match[2],
  }));

const examples = elements("code").filter((code) => code.attributes["data-example"] === "node");
const outputs = new Map(
  elements("pre")
    .filter((pre) => pre.attributes["data-output-for"])
    .map((pre) => [pre.attributes["data-output-for"], text(pre.html).split("\n")]),
);

/** Runs `code` as a package user and asserts that it prints the lines `expected`. */
function assertPrints(code, expected) {
  assert.deepEqual(runAsPackageUser(code), expected);
}

test("the page has at least four Node examples, each with an id and the output it prints", () => {
  assert.ok(examples.length >= 4, `${examples.length} Node examples`);
  for (const example of examples) {
    assert.ok(example.attributes.id, "an example has an id");
    assert.ok(outputs.has(example.attributes.id), `#${example.attributes.id} shows its output`);
  }
  assert.equal(outputs.size, examples.length, "every output block belongs to a Node example");
});

test("the page's examples cover EOQ, errors, reorder point, KPI scores and line balancing", () => {
  const code = examples.map((example) => text(example.html)).join("\n");
  for (const call of ["eoq(", "reorderPoint(", "scoreKpi(", "scorecard(", "balanceLine(", "error.code", "error.field"]) {
    assert.ok(code.includes(call), call);
  }
});

for (const example of examples) {
  const id = example.attributes.id;
  test(`example #${id} runs and prints what the page shows`, () => {
    assertPrints(text(example.html), outputs.get(id));
  });
}

test("a wrong expected output fails the check (the check can fail)", () => {
  const [first] = examples;
  const expected = outputs.get(first.attributes.id);
  const wrong = [...expected.slice(0, -1), `${expected.at(-1)} (changed)`];
  assert.throws(() => assertPrints(text(first.html), wrong), assert.AssertionError);
  assert.throws(() => assertPrints(text(first.html), expected.slice(1)), assert.AssertionError);
});

test("an example that throws fails the check", () => {
  assert.throws(() => assertPrints('import { eoq } from "opscalc";\nconsole.log(eoq({}));\n', ["anything"]));
});

test("the example text is what a reader copies: entities decoded, no markup", () => {
  const eoq = examples.find((example) => example.attributes.id === "example-eoq");
  assert.ok(text(eoq.html).includes("Heizer & Render"), "&amp; reads as &");
  assert.throws(() => text("<b>bold</b>"));
  assert.throws(() => text("a &nbsp; b"));
});
