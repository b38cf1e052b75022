// The package's size: each file the npm package ships that a consumer loads (the wasm,
// the web glue and codec, the Node and CommonJS entries), raw, gzip -9 and brotli (quality 11),
// and the total a browser downloads (the wasm, the web glue and its codec) against the budget.
//
// Run after scripts/build.sh:   node benches/size.mjs
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The size budget for the wasm and its web glue (with the codec), gzipped, in bytes. */
export const BUDGET_GZIP_BYTES = 100 * 1024;

const FILES = [
  ["opscalc_bg.wasm", "the wasm"],
  ["opscalc.js", "web glue (browsers, Vite)"],
  ["opscalc_codec.js", "boundary codec, imported by the web glue"],
  ["opscalc.node.js", "Node ESM entry: the web glue and the codec in one module, loading the wasm"],
  ["opscalc.cjs", "CommonJS glue"],
  ["opscalc_codec.cjs", "boundary codec, required by the CommonJS glue"],
];

/** Sizes of the package's files in `directory` (a URL ending in /). */
export function measureSize(directory = new URL("../pkg/", import.meta.url)) {
  const files = FILES.filter(([name]) => existsSync(new URL(name, directory))).map(([name, role]) => {
    const bytes = readFileSync(new URL(name, directory));
    return {
      name,
      role,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const browser = files.filter((file) => ["opscalc_bg.wasm", "opscalc.js", "opscalc_codec.js"].includes(file.name));
  const sum = (key) => browser.reduce((total, file) => total + file[key], 0);
  return { files, browser: { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") } };
}

const bytes = (value) => value.toLocaleString("en");

/** The "Size" section of BENCHMARKS.md. */
export function sizeSection(report, command = "node benches/size.mjs") {
  const { browser } = report;
  const verdict = browser.gzip <= BUDGET_GZIP_BYTES ? "within" : "**over**";
  return `## Size

\`${command}\` on the package \`scripts/build.sh\` builds. What a browser downloads, the wasm and
its web glue: ${bytes(browser.raw)} B raw, ${bytes(browser.gzip)} B gzipped, ${bytes(browser.brotli)} B brotli;
the budget is ${bytes(BUDGET_GZIP_BYTES)} B gzipped: ${verdict}, ${(browser.gzip / BUDGET_GZIP_BYTES).toFixed(2)} × budget.

| file | what | raw | gzip (zlib, level 9) | brotli (quality 11) |
| --- | --- | ---: | ---: | ---: |
${report.files.map((file) => `| \`${file.name}\` | ${file.role} | ${bytes(file.raw)} | ${bytes(file.gzip)} | ${bytes(file.brotli)} |`).join("\n")}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(sizeSection(measureSize()));
}
