#!/usr/bin/env bash
# Shared by start.sh and test.sh: create .venv and install the project (idempotent, quiet).
# Usage: source scripts/setup-env.sh [extras]   e.g. "test"
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
EXTRAS="${1:-}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# Qt needs a few system libraries even offscreen; install them on Debian/Ubuntu when missing.
if command -v apt-get >/dev/null && ! ldconfig -p | grep -q libxkbcommon.so.0; then
  echo "installing system libraries for Qt…"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 >/dev/null || \
    echo "warning: could not install Qt's system libraries; the window may not open" >&2
fi

if [ ! -x "$ROOT/.venv/bin/python" ]; then
  echo "creating virtual environment in .venv…"
  "$PY" -m venv "$ROOT/.venv"
fi
STAMP="$ROOT/.venv/.installed-$(sha1sum "$ROOT/pyproject.toml" | cut -c1-12)-${EXTRAS:-base}"
if [ ! -f "$STAMP" ]; then
  echo "installing hmc-desktop${EXTRAS:+[$EXTRAS]} and its dependencies…"
  "$ROOT/.venv/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
  "$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT${EXTRAS:+[$EXTRAS]}" 2>&1 \
    | grep -v -e '^WARNING: Location' -e '^  !!' || true
  "$ROOT/.venv/bin/python" -c "import hmc_desktop.cli" # fail loudly if the install did not work
  touch "$STAMP"
fi
export PATH="$ROOT/.venv/bin:$PATH"
