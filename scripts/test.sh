#!/usr/bin/env bash
# README command 2: installs what is missing and runs every test: formatting, lints
# (native and wasm32), Rust unit/integration/doc tests, the wasm package's JS tests,
# its TypeScript types, and the site in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

step "setup"
scripts/setup.sh --browser

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32, all targets)"
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "cargo test (unit, integration, doc)"
cargo test --all-targets
cargo test --doc

step "cargo doc (no broken links)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "build the wasm package"
scripts/build.sh

step "JS tests against the built package"
node --test tests/js/

step "TypeScript: the generated .d.ts used from strict TypeScript"
tsc -p tests/types/tsconfig.json

step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/browser/

step "the package from its tarball: Node ESM, CommonJS, a browser page, Vite; the crate as a Rust dependency"
scripts/test-package.sh

step "all tests passed"
