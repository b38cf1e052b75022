#!/usr/bin/env bash
# Installs every tool opscalc needs to build and test, on a fresh machine.
# Idempotent: each step checks first and skips what is already in place.
#
#   scripts/setup.sh            Rust wasm target, wasm-pack, wasm-bindgen-cli, npm tools
#   scripts/setup.sh --browser  the same, plus Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

log() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must match the crate's exact pin, or wasm-pack refuses to build.
bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' Cargo.toml)
[ -n "$bindgen_version" ] || { echo "setup: no exact wasm-bindgen pin in Cargo.toml" >&2; exit 1; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "wasm32-unknown-unknown target: present"
else
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Installed without --locked: the registry mirror lacks some locked dependency versions.
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $bindgen_version" ]; then
  log "wasm-bindgen-cli $bindgen_version: present"
else
  log "installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# The wasm-pack release these scripts are tested with.
wasm_pack_version=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" = "wasm-pack $wasm_pack_version" ]; then
  log "wasm-pack $wasm_pack_version: present"
else
  log "installing wasm-pack $wasm_pack_version (a few minutes)"
  cargo install wasm-pack --version "$wasm_pack_version" --force
fi

# npm tools (binaryen's wasm-opt, playwright-core, typescript), pinned by package-lock.json.
# A stamp of the lock file's hash tells whether node_modules matches it.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.lock-hash ] && [ "$(cat node_modules/.lock-hash)" = "$lock_hash" ]; then
  log "npm packages: present"
else
  log "installing npm packages"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.lock-hash
fi

if [ "$want_browser" = 1 ]; then
  if [ -x /usr/bin/chromium ]; then
    log "chromium: present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  else
    log "installing chromium from Debian"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -y
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  fi
fi
log "done"
