// The boundary codec's files in a build: wasm-bindgen copies src/wasm/codec.js into
// snippets/opscalc-<hash>/; this moves it next to the glue under a fixed name,
// opscalc_codec.js, with a CommonJS copy, opscalc_codec.cjs (Node 20 cannot require an
// ES module), and points the glue's import at the right one.
//
//   node scripts/codec-files.mjs DIR     for a nodejs-target build in DIR (scripts/build.sh
//                                        runs it): the CommonJS glue requires the copy
// scripts/package.mjs uses the same functions for the npm package.
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Writes `dir`/opscalc_codec.js and .cjs from the build's snippet, and removes the snippets. */
export function placeCodec(dir) {
  const snippet = join(dir, "snippets", readdirSync(join(dir, "snippets"))[0], "src", "wasm", "codec.js");
  const codec = readFileSync(snippet, "utf8");
  const { names, body } = unexported(codec);
  writeFileSync(join(dir, "opscalc_codec.js"), codec);
  writeFileSync(join(dir, "opscalc_codec.cjs"), `${body}\nmodule.exports = { ${names.join(", ")} };\n`);
  rmSync(join(dir, "snippets"), { recursive: true });
}

/**
 * The codec module's exported function names, and its code without the exports: each
 * is a function declaration (`export function name`) or a function expression in
 * parentheses (`export const name = (function name`), which V8 compiles on load.
 */
export function unexported(codec) {
  const exported = /^export (?=function (\w+)\(|const (\w+) = \(function \w+\()/gm;
  const names = [...codec.matchAll(exported)].map((match) => match[1] ?? match[2]);
  if (names.length === 0 || /^export (?!function \w+\(|const \w+ = \(function \w+\()/m.test(codec)) {
    throw new Error("codec-files.mjs: codec.js should export functions only");
  }
  return { names, body: codec.replace(exported, "") };
}

/**
 * `glue` with its imports of the codec snippet pointed at `codecFile` (wasm-bindgen
 * imports it once for the functions its glue wraps, and again for those the wasm calls
 * directly, which its imports object lists under the snippet's path).
 */
export function importingCodec(glue, codecFile) {
  // Only the import and require statements: the wasm's imports object keeps the
  // snippet's path as its key, the module name the wasm itself asks for.
  const pointed = glue.replace(
    /(from |require\((?:String\.raw)?)(['"`])\.\/snippets\/[^'"`]*\/src\/wasm\/codec\.js\2/g,
    `$1$2./${codecFile}$2`,
  );
  if (pointed === glue) throw new Error("codec-files.mjs: the glue no longer imports the codec snippet");
  return pointed;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node scripts/codec-files.mjs NODEJS_BUILD_DIR");
    process.exit(2);
  }
  placeCodec(dir);
  const glue = join(dir, "opscalc.js");
  writeFileSync(glue, importingCodec(readFileSync(glue, "utf8"), "opscalc_codec.cjs"));
}
