#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, types, and pytest against
# SQLite and a throw-away PostgreSQL cluster that this script installs and starts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
source "$ROOT/scripts/setup-env.sh" test,build
export QT_QPA_PLATFORM=offscreen

if ! command -v pdftoppm >/dev/null || ! command -v zbarimg >/dev/null; then
  # Tools the document tests use to prove that barcodes scan (skipped when absent).
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
  (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils zbar-tools >/dev/null) \
    || echo "warning: poppler-utils/zbar-tools not installed; barcode scan tests will skip" >&2
fi

echo "== ruff"; ruff check hmc_desktop tests benchmarks installer
echo "== mypy"; mypy

PGDIR="$(mktemp -d /tmp/hmc-pgtest.XXXXXX)"
trap 'scripts/pg-test-cluster.sh stop "$PGDIR"' EXIT
export HMC_TEST_PG_URL="$(scripts/pg-test-cluster.sh start "$PGDIR")"
echo "== pytest (SQLite and PostgreSQL at $PGDIR)"
python -m pytest "$@"
