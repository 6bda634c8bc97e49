#!/usr/bin/env bash
# Shared by start.sh and test.sh: create .venv and install the project (idempotent, quiet).
# Usage: source scripts/setup-env.sh [extras]   e.g. "test,build"
#
# Every version comes from requirements/constraints.txt (the program's dependencies, pip
# itself and the build backend), so two workstations installed a month apart run the same
# program; a change of that file or of pyproject.toml installs again. Then the system
# libraries that Qt's window plugin lacks on this machine are installed (qt-system-libs.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
EXTRAS="${1:-}"
CONSTRAINTS="$ROOT/requirements/constraints.txt"

if [ ! -x "$ROOT/.venv/bin/python" ]; then
  echo "creating virtual environment in .venv…"
  "$PY" -m venv "$ROOT/.venv"
fi
HASH="$(cat "$ROOT/pyproject.toml" "$CONSTRAINTS" | sha1sum | cut -c1-12)"
STAMP="$ROOT/.venv/.installed-$HASH-${EXTRAS:-base}"
installed() {  # an install of these files with at least the wanted extras is in place
  local stamp have extra
  for stamp in "$ROOT/.venv/.installed-$HASH-"*; do
    [ -e "$stamp" ] || continue
    have=",${stamp##*-"$HASH"-},"
    for extra in ${EXTRAS//,/ }; do
      case "$have" in *",$extra,"*) ;; *) continue 2 ;; esac
    done
    return 0
  done
  return 1
}
if ! installed; then
  echo "installing hmc-desktop${EXTRAS:+[$EXTRAS]} and its dependencies (versions: requirements/constraints.txt)…"
  pip_quietly() {  # on success, pip's own lines only: not a build backend's notes, nor
    local out         # warnings about this machine's package index; on failure, everything
    if out=$("$ROOT/.venv/bin/python" -m pip -q --disable-pip-version-check "$@" 2>&1); then
      grep -v -e '^WARNING: Location' -e '^ ' -e '^$' <<<"$out" || true
    else
      echo "$out" >&2
      return 1
    fi
  }
  pip_quietly install -c "$CONSTRAINTS" pip
  pip_quietly install -c "$CONSTRAINTS" --build-constraint "$CONSTRAINTS" \
    -e "$ROOT${EXTRAS:+[$EXTRAS]}"
  "$ROOT/.venv/bin/python" -c "import hmc_desktop.cli" # fail loudly if the install did not work
  touch "$STAMP"
fi

# Qt's plugins load system libraries (X11/xcb for the window, EGL, fontconfig …); install the
# ones this machine lacks (Debian/Ubuntu; it says what and why, or warns).
bash "$ROOT/scripts/qt-system-libs.sh" "$ROOT/.venv" || true
export PATH="$ROOT/.venv/bin:$PATH"
