// Turns wasm-pack's web-target output in pkg/ into the one npm package for every
// consumer (called by scripts/build.sh; tested from the tarball by scripts/test-package.sh):
//
//   import { eoq } from "opscalc"            Node ESM: opscalc.node.js compiles the wasm
//                                            on import (no init call; `await init()` is a
//                                            harmless no-op there)
//   const { eoq } = require("opscalc")       Node CommonJS: opscalc.cjs, wasm-bindgen's
//                                            nodejs glue, loading the same .wasm
//   import init, { eoq } from "opscalc"      browsers, Vite and other bundlers: the web
//                                            build, opscalc.js; `await init()` fetches the
//                                            .wasm next to it (bundlers emit it as an asset)
//
// Every target of wasm-bindgen 0.2.130 emits the same .wasm, so the package ships one.
//
//   node scripts/package.mjs PKG_DIR NODEJS_GLUE_DIR
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importingCodec, placeCodec, unexported } from "./codec-files.mjs";

const [packageDir, nodejsDir] = process.argv.slice(2);
if (!packageDir || !nodejsDir) {
  console.error("usage: node scripts/package.mjs PKG_DIR NODEJS_GLUE_DIR");
  process.exit(2);
}

// The glue's functions that every call runs: the helpers that move numbers and text
// across, and the imports through which the wasm calls the codec.
const EVERY_CALL_HELPERS = [
  "getDataViewMemory0",
  "getFloat64ArrayMemory0",
  "getUint8ArrayMemory0",
  "getArrayF64FromWasm0",
  "getStringFromWasm0",
  "decodeText",
  "isLikeNone",
  "passArrayF64ToWasm0",
  "passStringToWasm0",
  "takeFromExternrefTable0",
];
const EVERY_CALL_IMPORTS = ["__wbindgen_string_get", "encodeOptions", "defineKeys", "decodeResult"];

// The boundary codec next to the glue: opscalc_codec.js for the web build to import,
// opscalc_codec.cjs for the nodejs glue to require.
placeCodec(packageDir);
for (const codec of ["opscalc_codec.js", "opscalc_codec.cjs"]) {
  const file = join(packageDir, codec);
  writeFileSync(file, withoutDocComments(readFileSync(file, "utf8")));
}
const webGlue = join(packageDir, "opscalc.js");
writeFileSync(webGlue, compiledOnLoad(withoutDocComments(importingCodec(readFileSync(webGlue, "utf8"), "opscalc_codec.js"))));

/**
 * `code` without its documentation comments: JSDoc blocks and whole-line `//` comments.
 * The .d.ts files give editors the same documentation; in the shipped glue and codec the
 * comments were 60 % of the gzipped bytes (README "Size"). Other comments stay, among
 * them `/* @ts-self-types="..." *\/`, which tells Deno and JSR where the types are.
 */
function withoutDocComments(code) {
  return code.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, "").replace(/^[ \t]*\/\/.*\n/gm, "");
}

/**
 * `glue` with the functions every call runs written `(function ...)`, which V8 compiles
 * as the module loads; any other function it compiles when first called, parsing its
 * text a second time, and the first call waited for those (README "Startup"). The same
 * for the codec, whose source is written so. Throws if wasm-bindgen's output changed
 * shape and a function is not found, rather than quietly leave it lazy.
 */
function compiledOnLoad(glue) {
  let eager = glue;
  const rewrite = (pattern, replacement, name) => {
    if (!pattern.test(eager)) throw new Error(`package.mjs: the glue has no ${name} to compile on load`);
    eager = eager.replace(pattern, replacement);
  };
  for (const name of EVERY_CALL_HELPERS) {
    rewrite(
      new RegExp(`^function ${name}\\(([^)]*)\\) \\{\\n([\\s\\S]*?)^\\}\\n`, "m"),
      (_, parameters, body) => `const ${name} = (function ${name}(${parameters}) {\n${body}});\n`,
      name,
    );
  }
  for (const name of EVERY_CALL_IMPORTS) {
    rewrite(
      new RegExp(`^( {8}__wbg_${name}_[0-9a-f]+: )function\\(([^)]*)\\) \\{\\n([\\s\\S]*?)^ {8}\\},\\n`, "m"),
      (_, key, parameters, body) => `${key}(function(${parameters}) {\n${body}        }),\n`,
      `import ${name}`,
    );
  }
  return eager;
}

// Node ESM: the web build and its codec in one module, its wasm compiled synchronously
// from disk on import. One module, not three: each module Node loads costs its
// resolution and compilation, about 1 to 2 ms of the import for the two it saves (README
// "Benchmarks"). In Node, `opscalc/opscalc.js` resolves to this file too (see
// "exports"), so code that imports both gets one instance, initialised. It takes
// `readFileSync` from `process.getBuiltinModule` (Node 20.16 and 22.3 on): an
// `import ... from "node:fs"` builds the ES module face of `fs`, which loads
// `fs/promises` and took about 1.5 ms of the import (README "Benchmarks").
writeFileSync(
  join(packageDir, "opscalc.node.js"),
  `// Node's entry: the web build (opscalc.js) and its codec in one module, with the wasm
// compiled on import. Node's fs through getBuiltinModule where it exists (Node 20.16,
// 22.3 and later): the ES module face of node:fs costs more than the rest of the glue.
const { readFileSync } = process.getBuiltinModule?.("node:fs") ?? (await import("node:fs"));
${withCodecInline(readFileSync(webGlue, "utf8"), readFileSync(join(packageDir, "opscalc_codec.js"), "utf8"))}
initSync({ module: readFileSync(new URL("opscalc_bg.wasm", import.meta.url)) });
`,
);

/** The web glue with the codec's code in it, in a scope of its own, for its imports. */
function withCodecInline(glue, codec) {
  const { names, body } = unexported(codec);
  const scoped = `const opscalcCodec = (() => {
${body}
return { ${names.join(", ")} };
})();
`;
  const inlined = glue
    .replace(/^import (\{[^}]*\}) from '\.\/opscalc_codec\.js';$/m, "const $1 = opscalcCodec;")
    .replace(/^import \* as (\w+) from "\.\/opscalc_codec\.js"$/gm, "const $1 = opscalcCodec;");
  if (/opscalc_codec\.js/.test(inlined) || /^import /m.test(inlined)) {
    throw new Error("package.mjs: the web glue imports the codec in a way withCodecInline does not know");
  }
  return `${scoped}${inlined}`;
}

// CommonJS: wasm-bindgen's nodejs glue reads `${__dirname}/opscalc_bg.wasm`, the file
// the web build uses; its types are the nodejs target's (no init functions).
const cjs = compiledOnLoad(withoutDocComments(importingCodec(readFileSync(join(nodejsDir, "opscalc.js"), "utf8"), "opscalc_codec.cjs"))).replace(
  '/* @ts-self-types="./opscalc.d.ts" */',
  '/* @ts-self-types="./opscalc.d.cts" */',
);
if (!cjs.includes("`${__dirname}/opscalc_bg.wasm`")) {
  throw new Error("package.mjs: the nodejs glue no longer loads ${__dirname}/opscalc_bg.wasm");
}
writeFileSync(join(packageDir, "opscalc.cjs"), cjs);
copyFileSync(join(nodejsDir, "opscalc.d.ts"), join(packageDir, "opscalc.d.cts"));

const manifestPath = join(packageDir, "package.json");
const generated = JSON.parse(readFileSync(manifestPath, "utf8"));
const { name, description, version, license, repository, keywords } = generated;
const manifest = {
  name,
  type: "module",
  description,
  version,
  license,
  repository,
  keywords,
  // Order matters: the first condition a resolver knows wins. "browser" first, so a
  // bundler building for browsers never picks the Node entries (which read files).
  exports: {
    ".": {
      browser: { types: "./opscalc.d.ts", default: "./opscalc.js" },
      require: { types: "./opscalc.d.cts", default: "./opscalc.cjs" },
      node: { types: "./opscalc.d.ts", default: "./opscalc.node.js" },
      default: { types: "./opscalc.d.ts", default: "./opscalc.js" },
    },
    "./opscalc.js": {
      browser: { types: "./opscalc.d.ts", default: "./opscalc.js" },
      node: { types: "./opscalc.d.ts", default: "./opscalc.node.js" },
      default: { types: "./opscalc.d.ts", default: "./opscalc.js" },
    },
    "./opscalc_bg.wasm": "./opscalc_bg.wasm",
    "./package.json": "./package.json",
  },
  // For tools that predate "exports".
  main: "opscalc.cjs",
  module: "opscalc.js",
  types: "opscalc.d.ts",
  files: [
    "opscalc_bg.wasm",
    "opscalc.js",
    "opscalc_codec.js",
    "opscalc.d.ts",
    "opscalc.node.js",
    "opscalc.cjs",
    "opscalc_codec.cjs",
    "opscalc.d.cts",
    "LICENSE-APACHE",
    "LICENSE-MIT",
  ],
  // The Node entries compile the wasm as they load: a bundler must not drop them.
  sideEffects: ["./opscalc.node.js", "./opscalc.cjs"],
};
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`[package] ${manifestPath}: ${name}@${version}, entries for Node ESM, CommonJS, browsers and bundlers`);
