#!/usr/bin/env bash
# Regenerate requirements/constraints.txt: the newest versions that satisfy pyproject.toml
# (base, test and build extras), resolved in a throw-away virtual environment. Run it after
# changing a dependency, then run scripts/test.sh and commit the file with the change.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/requirements/constraints.txt"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
"${PYTHON:-python3}" -m venv "$TMP/venv"
PIP=("$TMP/venv/bin/python" -m pip --disable-pip-version-check)
quiet() {  # pip's own lines on success (not a build backend's notes); everything on failure
  local out
  if out=$("$@" 2>&1); then grep -v -e '^WARNING: Location' -e '^ ' -e '^$' <<<"$out" || true
  else echo "$out" >&2; return 1; fi
}
quiet "${PIP[@]}" install -q --upgrade pip setuptools
quiet "${PIP[@]}" install -q -e "$ROOT[test,build]"  # editable: no build/ left in the tree
latest() { "${PIP[@]}" index versions "$1" 2>/dev/null | sed -n '1s/.*(\(.*\))/\1/p'; }
{
  sed -n '1,/^# Regenerate/p' "$OUT"
  echo "#"
  "${PIP[@]}" freeze --all --exclude hmc-desktop | grep -v -e '^wheel==' | sort -f
  # what only Windows installs (the MSI build, pytest's colours): pinned to today's release
  for pkg in colorama pefile pywin32-ctypes; do
    echo "$pkg==$(latest "$pkg") ; sys_platform == \"win32\""
  done
} > "$TMP/constraints.txt"
mv "$TMP/constraints.txt" "$OUT"
echo "wrote $OUT"
