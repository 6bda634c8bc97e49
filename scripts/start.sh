#!/usr/bin/env bash
# Set up (first time) and start hmc-desktop on the embedded SQLite database.
# A new, empty database: the program asks whether to fill it with a small demo data set.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/setup-env.sh"
exec "$ROOT/.venv/bin/hmc-desktop" "$@"
