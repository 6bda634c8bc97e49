#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, types, and pytest against
# SQLite and a throw-away PostgreSQL cluster that this script installs and starts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
source "$ROOT/scripts/setup-env.sh" test,build
export QT_QPA_PLATFORM=offscreen  # the real-window test sets xcb for its own subprocess

# Tools the tests use: poppler and zbar prove that barcodes scan (those tests skip without
# them); Xvfb runs the one real-window test (QT_QPA_PLATFORM=xcb), which CI requires.
tools=""
command -v pdftoppm >/dev/null || tools="$tools poppler-utils"
command -v zbarimg >/dev/null || tools="$tools zbar-tools"
command -v Xvfb >/dev/null || tools="$tools xvfb"
if [ -n "$tools" ]; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
  echo "installing${tools} (apt): the document tests scan barcodes, one test opens a real window…"
  (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends $tools >/dev/null 2>&1) \
    || echo "warning:${tools} not installed; their tests skip (a real-window test fails in CI)" >&2
fi

echo "== ruff"; ruff check hmc_desktop tests benchmarks installer tools
echo "== mypy"; mypy
echo "== lint-imports (the layers and rooms, pyproject [tool.importlinter])"; lint-imports

PGDIR="$(mktemp -d /tmp/hmc-pgtest.XXXXXX)"
trap 'scripts/pg-test-cluster.sh stop "$PGDIR"' EXIT
export HMC_TEST_PG_URL="$(scripts/pg-test-cluster.sh start "$PGDIR")"
echo "== pytest (SQLite and PostgreSQL at $PGDIR)"
python -m pytest "$@"
