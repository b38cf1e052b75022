#!/usr/bin/env bash
# Every consumer of the built package (README "Use it from…"), after scripts/build.sh:
# the npm tarball installed and used from Node ESM and CommonJS, a plain browser page and
# a Vite app built for production (tests/package/; Vite comes from the registry the
# first time, then from tests/package/vite-app/node_modules while it matches the lock);
# then the crate as a plain Rust dependency, and its examples. `cargo doc` with warnings
# as errors is scripts/test.sh's own step.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "[package] npm pack, then Node ESM, CommonJS, TypeScript, a browser page and Vite from the tarball"
node --test --test-concurrency=1 tests/package/

echo "[package] a new crate depending on opscalc by path runs the README's Rust example as its main.rs"
crate=$(mktemp -d)
trap 'rm -rf "$crate"' EXIT
mkdir "$crate/src"
cat > "$crate/Cargo.toml" <<TOML
[package]
name = "opscalc-consumer"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
opscalc = { path = "$PWD" }
TOML
cp Cargo.lock "$crate/"   # the versions this repository tests with
sed -n '/^```rust$/,/^```$/p' README.md | sed '1d;$d' > "$crate/src/main.rs"
grep -q 'fn main' "$crate/src/main.rs" || { echo "test-package: no Rust example in README.md" >&2; exit 1; }
target_dir=$(cargo metadata --format-version 1 --no-deps |
  node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).target_directory)')
output=$(CARGO_TARGET_DIR="$target_dir" cargo run --quiet --manifest-path "$crate/Cargo.toml")
echo "$output"
[ "$output" = "order 219.1 units; reorder point Some(96.0)" ] || { echo "test-package: unexpected output" >&2; exit 1; }

echo "[package] the crate's examples run: salbp1_exact on Scholl's Mertens graph"
rows=$(cargo run --quiet --example salbp1_exact -- 1000 --only Mertens 2>/dev/null)
echo "$rows"
# Columns: graph, cycle time, stations, lower bound, optimal (1 when proven), ...
proven=$(printf '%s\n' "$rows" | awk -F'\t' '$1 == "Mertens" && $5 == 1' | wc -l)
[ "$proven" -ge 6 ] && [ "$proven" = "$(printf '%s\n' "$rows" | grep -c '^Mertens')" ] ||
  { echo "test-package: salbp1_exact did not prove every Mertens instance optimal" >&2; exit 1; }

echo "[package] all consumers work"
