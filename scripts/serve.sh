#!/usr/bin/env bash
# README command 1: installs what is missing, builds the package and serves the site.
#   scripts/serve.sh [port]     (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs "${1:-8080}"
