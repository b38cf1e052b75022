#!/usr/bin/env bash
# Builds the npm package with wasm-pack, shrinks it with wasm-opt, and gives the site
# its copy. Assumes scripts/setup.sh has run.
#
#   scripts/build.sh                       the npm package into pkg/: the web target, plus
#                                          entries for Node ESM and CommonJS (scripts/package.mjs),
#                                          and www/pkg/ for the site
#   scripts/build.sh nodejs pkg-node       CommonJS for Node, into pkg-node/
#   scripts/build.sh bundler pkg-bundler   for webpack, Vite and other bundlers
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

target=${1:-web}
out_dir=${2:-pkg}

wasm-pack build --release --target "$target" --out-dir "$out_dir"

# npm's binaryen (not Debian's 108, which corrupts current wasm-bindgen output).
# The features are the ones rustc enables by default for wasm32-unknown-unknown.
wasm="$out_dir/opscalc_bg.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"

# wasm-bindgen types the raw export table (InitOutput) with `any`; nobody should call
# those exports directly, and `unknown` keeps the whole .d.ts free of `any`.
sed -i -E '/^export interface InitOutput/,/^\}/ s/\bany\b/unknown/g' "$out_dir/opscalc.d.ts"

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
  cp pkg/opscalc.js pkg/opscalc_bg.wasm www/pkg/
fi

raw=$(wc -c < "$wasm")
gzipped=$(gzip -9 -c "$wasm" | wc -c)
echo "[build] $wasm: $raw bytes raw, $gzipped bytes gzipped"
