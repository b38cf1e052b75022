#!/usr/bin/env bash
# Builds the npm package with wasm-pack, shrinks it with wasm-opt, and gives the site
# its copy. Assumes scripts/setup.sh has run.
#
#   scripts/build.sh                       the npm package into pkg/: the web target, plus
#                                          entries for Node ESM and CommonJS (scripts/package.mjs),
#                                          and www/pkg/ for the site
#   scripts/build.sh nodejs pkg-node       CommonJS for Node, into pkg-node/
#   scripts/build.sh bundler pkg-bundler   for webpack, Vite and other bundlers
#   NAMES=1 scripts/build.sh web /tmp/named  keeps function names, for a size profiler:
#                                          twiggy top|dominators|monos /tmp/named/opscalc_bg.wasm
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

target=${1:-web}
out_dir=${2:-pkg}

wasm-pack build --release --target "$target" --out-dir "$out_dir"

# npm's binaryen (not Debian's 108, which corrupts current wasm-bindgen output).
# The features are the ones rustc enables by default for wasm32-unknown-unknown.
# Size flags, each measured (README "Size"): -Os with --converge; no inlining of
# functions that have one caller (-ocimfs=0: inlining them into the exported functions
# saved raw bytes but cost 40 KB gzipped: the big inlined bodies
# repeat less for gzip); functions of up to 8 bytes inlined everywhere (2 by default:
# +1.4 KB gzipped, and every call about 2 % quicker, the first 5 %, as V8 compiles fewer
# functions for it); no names, producers or target-features sections; and, as in Rust's
# own layout (the stack fills the first megabyte), nothing lives below address 1024.
wasm="$out_dir/opscalc_bg.wasm"
names=--strip-debug
if [ "${NAMES:-}" = 1 ]; then names=--debuginfo; fi
wasm-opt -Os --converge --enable-simd --one-caller-inline-max-function-size=0 \
  --always-inline-max-function-size=8 \
  "$names" --strip-producers --strip-target-features --low-memory-unused \
  --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"

# wasm-bindgen types the raw export table (InitOutput) with `any`; nobody should call
# those exports directly, and `unknown` keeps the whole .d.ts free of `any`.
sed -i -E '/^export interface InitOutput/,/^\}/ s/\bany\b/unknown/g' "$out_dir/opscalc.d.ts"

if [ "$target" = nodejs ]; then
  # CommonJS glue cannot require the codec snippet, an ES module, on Node 20.
  node scripts/codec-files.mjs "$out_dir"
fi

if [ "$target" = web ] && [ "$out_dir" = pkg ]; then
  # The nodejs target's glue over the same .wasm (every target emits the same one), from
  # the artifact wasm-pack just built, for require("opscalc"); scripts/package.mjs adds
  # it, a Node ESM entry, and the package.json that routes each consumer to its entry.
  target_dir=$(cargo metadata --format-version 1 --no-deps |
    node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).target_directory)')
  nodejs_glue=$(mktemp -d)
  wasm-bindgen --target nodejs --out-dir "$nodejs_glue" "$target_dir/wasm32-unknown-unknown/release/opscalc.wasm"
  node scripts/package.mjs pkg "$nodejs_glue"
  rm -rf "$nodejs_glue"

  mkdir -p www/pkg
  cp pkg/opscalc.js pkg/opscalc_codec.js pkg/opscalc_bg.wasm www/pkg/
fi

# What a browser loads, raw, through gzip -9 and through brotli (quality 11, from
# Node's zlib, so no brotli CLI is needed).
brotli_size() {
  node -e '
    const zlib = require("zlib");
    const bytes = require("fs").readFileSync(process.argv[1]);
    const quality = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 };
    console.log(zlib.brotliCompressSync(bytes, { params: quality }).length);' "$1"
}
total=(0 0 0)
for file in "$wasm" "$out_dir"/opscalc.js "$out_dir"/opscalc_codec.js "$out_dir"/snippets/*/src/wasm/codec.js; do
  [ -f "$file" ] || continue
  sizes=("$(wc -c < "$file")" "$(gzip -9 -c "$file" | wc -c)" "$(brotli_size "$file")")
  echo "[build] $file: ${sizes[0]} B raw, ${sizes[1]} B gzip -9, ${sizes[2]} B brotli"
  for i in 0 1 2; do total[i]=$((total[i] + sizes[i])); done
done
echo "[build] total: ${total[0]} B raw, ${total[1]} B gzip -9, ${total[2]} B brotli"
