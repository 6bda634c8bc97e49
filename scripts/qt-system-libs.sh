#!/usr/bin/env bash
# The system libraries Qt's platform plugins need, found from what they actually lack.
#
# PySide6's wheel brings Qt itself, but its window plugin (xcb) links X11/xcb libraries of
# the system. Which ones are missing depends on the machine, so this asks the plugins:
# `ldd` on platforms/libqxcb.so (and the offscreen and GL-integration plugins) lists every
# shared library they load, transitively; the "not found" ones are mapped to Debian/Ubuntu
# packages by Debian's naming policy (libxcb-icccm.so.4 → libxcb-icccm4,
# libxkbcommon-x11.so.0 → libxkbcommon-x11-0), a few known exceptions, and Ubuntu's
# "t64" renames, each checked against the archive with apt-cache.
#
# Usage: scripts/qt-system-libs.sh [--list] [VENV]   (VENV defaults to .venv of the repository)
#          scripts/qt-system-libs.sh --map SONAME…
#   --list   print "soname package" for each missing library and install nothing
#   --map    print "soname package" for the sonames given (checks the mapping itself)
# Without --list it installs the packages (as root, or with sudo) and says in one line what
# and why. Exit 0 when nothing is missing (any more), 1 when something could not be installed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIST=0
MAP=()
case "${1:-}" in
  --list) LIST=1; shift ;;
  --map) LIST=1; shift; MAP=("$@"); set -- ;;
esac
VENV="${1:-$ROOT/.venv}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

plugins() {  # the Qt plugins whose libraries must load: the window (xcb) and the offscreen one
  local qt
  for qt in "$VENV"/lib/python3*/site-packages/PySide6/Qt/plugins; do
    [ -d "$qt" ] || continue
    ls "$qt"/platforms/libqxcb.so "$qt"/platforms/libqoffscreen.so \
       "$qt"/xcbglintegrations/*.so 2>/dev/null || true
  done
}

missing_sonames() {  # one soname a line, each once
  local files out
  files=$(plugins)
  [ -n "$files" ] || { echo "error: no PySide6 plugins under $VENV" >&2; return 2; }
  # ldd's whole output is read before filtering (no `grep -q`: under pipefail its early exit
  # makes the writer die of SIGPIPE and the pipeline fail at random)
  # shellcheck disable=SC2086
  out=$(ldd $files 2>/dev/null || true)
  awk '$2 == "=>" && $3 == "not" {print $1}' <<<"$out" | sort -u
}

known_in_archive() {  # true if apt has an installable candidate for package $1
  local policy
  policy=$(apt-cache policy "$1" 2>/dev/null || true)
  case "$policy" in *"Candidate: (none)"*|"") return 1 ;; *"Candidate: "*) return 0 ;; *) return 1 ;; esac
}

package_for() {  # the Debian/Ubuntu package that ships soname $1 (printed), or nothing
  local so=$1 base version name candidates c
  base=${so%%.so*}
  version=${so#*.so.}; version=${version%%.*}
  case "$base" in  # libraries whose package does not follow the naming policy
    libc|libm|libdl|libpthread|librt) candidates="libc6" ;;
    libglib-2.0|libgobject-2.0|libgthread-2.0|libgio-2.0) candidates="libglib2.0-0" ;;
    libGLdispatch) candidates="libglvnd0" ;;
    libz) candidates="zlib1g" ;;
    libbrotlicommon|libbrotlidec) candidates="libbrotli1" ;;
    *)
      name=$(tr 'A-Z_' 'a-z-' <<<"$base")
      case "$name" in *[0-9]) candidates="$name-$version" ;; *) candidates="$name$version" ;; esac ;;
  esac
  for c in $candidates "${candidates}t64"; do  # Ubuntu 24.04 renamed some libraries *t64
    if known_in_archive "$c"; then echo "$c"; return 0; fi
  done
  return 1
}

main() {
  local sonames so pkg packages="" unknown=""
  if [ ${#MAP[@]} -gt 0 ]; then sonames="${MAP[*]}"; else sonames=$(missing_sonames); fi
  [ -n "$sonames" ] || return 0
  if ! command -v apt-get >/dev/null; then
    echo "warning: Qt's window plugin lacks $(echo $sonames); install them with your package manager." >&2
    return 1
  fi
  if [ "$LIST" = 0 ] || ! known_in_archive libc6; then  # a fresh image has no package lists
    as_root apt-get update -qq >/dev/null 2>&1 || true
  fi
  for so in $sonames; do
    if pkg=$(package_for "$so"); then
      [ "$LIST" = 1 ] && echo "$so $pkg"
      case " $packages " in *" $pkg "*) ;; *) packages="$packages $pkg" ;; esac
    else
      [ "$LIST" = 1 ] && echo "$so ?"
      unknown="$unknown $so"
    fi
  done
  [ "$LIST" = 1 ] && return 0
  if [ -n "$packages" ]; then
    echo "installing${packages} (apt): Qt's window plugin lacks $(echo $sonames)…"
    local log
    # shellcheck disable=SC2086
    if ! log=$(as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends $packages 2>&1); then
      echo "$log" | tail -n 5 >&2
      echo "warning: could not install${packages}; the window may not open (run as root or with sudo)." >&2
      return 1
    fi
  fi
  if [ -n "$unknown" ]; then
    echo "warning: no Debian package found for${unknown}; the window may not open." >&2
    return 1
  fi
  sonames=$(missing_sonames)
  if [ -n "$sonames" ]; then
    echo "warning: Qt's window plugin still lacks $(echo $sonames)." >&2
    return 1
  fi
}

main
