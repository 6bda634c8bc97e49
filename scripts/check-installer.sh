#!/usr/bin/env bash
# Build the MSI from installer/hmc-desktop.wxs with wixl and check what it contains.
#
# Usage: scripts/check-installer.sh [FOLDER]      (env HMC_INSTALLER_OUT: output folder)
#   FOLDER: the frozen program (default dist/hmc-desktop). If there is none, a tiny stub
#   folder with dummy executables is packaged instead, so the installer *definition* is
#   checked in a second. The MSI built here is for checking only (on Linux the folder holds
#   Linux binaries); the Windows workflow builds the real one with WiX 3 (candle/light).
#
# Fails on any wixl error or warning (wixl warns about WiX attributes it ignores), and if
# the MSI lacks: the fixed UpgradeCode, the major-upgrade rows, the HMC_DB_URL registry
# value and its carry-over on upgrade, the Start-menu shortcut, per-machine scope under
# Program Files — or if extracting it does not give back exactly the folder's files.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
UPGRADE_CODE="{6F1C5B52-3D0E-4C8A-9B57-0C2E7A4D9E31}"
OUT="${HMC_INSTALLER_OUT:-$ROOT/build/installer}"  # the test uses a temp dir
PY="$ROOT/.venv/bin/python"; [ -x "$PY" ] || PY=python3

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
if ! command -v wixl >/dev/null || ! command -v msiinfo >/dev/null || ! command -v msiextract >/dev/null; then
  echo "installing wixl and msitools…"
  as_root apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wixl msitools >/dev/null
fi

SRC="${1:-$ROOT/dist/hmc-desktop}"
rm -rf "$OUT"; mkdir -p "$OUT"
if [ ! -d "$SRC" ]; then
  echo "no frozen folder at $SRC; packaging a stub folder to check the definition"
  SRC="$OUT/stub"
  mkdir -p "$SRC/_internal/hmc_desktop/resources/fonts" "$SRC/_internal/PySide6/Qt 6"
  printf 'MZ stub\n' >"$SRC/hmc-desktop.exe"
  printf 'MZ stub cli\n' >"$SRC/hmc-desktop-cli.exe"
  printf 'font\n' >"$SRC/_internal/hmc_desktop/resources/fonts/DejaVuSans.ttf"
  printf 'space\n' >"$SRC/_internal/PySide6/Qt 6/file with spaces.dll"
  printf 'å\n' >"$SRC/_internal/hmc_desktop/resources/läsmig.txt"
fi
SRC="$(cd "$SRC" && pwd)"
VERSION="$("$PY" installer/make_wxs.py --msi-version)"
MSI="$OUT/hmc-desktop-$VERSION.msi"
"$PY" installer/make_wxs.py "$SRC" "$OUT/files.wxs"

# wixl resolves File/@Source relative to the working directory only (absolute paths fail).
rel() { realpath --relative-to="$ROOT" "$1"; }
echo "== wixl"
t0=$(date +%s)
set +e
wixl -a x64 -D Toolset=wixl -D Version="$VERSION" -D SourceDir="$(rel "$SRC")" \
  -D IconFile=installer/hmc-desktop.ico -o "$MSI" installer/hmc-desktop.wxs "$(rel "$OUT/files.wxs")" \
  >"$OUT/wixl.log" 2>&1
rc=$?
set -e
if [ "$rc" != 0 ] || grep -q -E "WARNING|CRITICAL|ERROR|error" "$OUT/wixl.log"; then
  cat "$OUT/wixl.log" >&2
  echo "FAIL: wixl (exit $rc)" >&2
  exit 1
fi
echo "built $MSI ($(du -m "$MSI" | cut -f1) MB) in $(($(date +%s) - t0)) s"

fail=0
table() { msiinfo export "$MSI" "$1" | tail -n +4 | tr -d '\r'; }  # CRLF lines
expect() {  # expect TABLE REGEX DESCRIPTION   (no grep -q on a pipe: SIGPIPE + pipefail)
  if table "$1" >"$OUT/table.txt" && grep -q -E "$2" "$OUT/table.txt"; then echo "ok: $3"; else echo "FAIL: $3 (table $1)" >&2; fail=1; fi
}
expect Property "^UpgradeCode	$UPGRADE_CODE\$" "fixed UpgradeCode"
expect Property "^ProductVersion	$VERSION\$" "ProductVersion $VERSION from pyproject.toml"
expect Property "^ALLUSERS	1\$" "per-machine install (ALLUSERS=1)"
expect Upgrade "^$UPGRADE_CODE		$VERSION		1		WIX_UPGRADE_DETECTED" "older versions are upgraded"
expect Upgrade "^$UPGRADE_CODE	$VERSION			2		WIX_DOWNGRADE_DETECTED" "newer versions are detected"
expect LaunchCondition "^NOT WIX_DOWNGRADE_DETECTED	" "no downgrade over a newer version"
expect InstallExecuteSequence "^RemoveExistingProducts		1401\$" "the old version is removed right after InstallValidate"
expect Registry "	SOFTWARE\\\\HMC\\\\hmc-desktop	DbUrl	\\[HMC_DB_URL\\]	MachineDbUrl\$" "HMC_DB_URL written to HKLM\\SOFTWARE\\HMC\\hmc-desktop DbUrl"
expect RegLocator "^SavedDbUrl	2	SOFTWARE\\\\HMC\\\\hmc-desktop	DbUrl	18\$" "the installed DbUrl is read back (64-bit registry)"
expect InstallExecuteSequence "^KeepSavedDbUrl	HMC_SAVED_DB_URL AND NOT HMC_DB_URL	51\$" "an upgrade without HMC_DB_URL keeps the old value (right after AppSearch)"
expect Shortcut "^HmcShortcut	HmcMenuFolder	HMC Desktop	StartMenuShortcut	\\[#GuiExe\\]" "Start-menu shortcut to hmc-desktop.exe"
expect Directory "^INSTALLDIR	ProgramFiles64Folder	HMC Desktop\$" "installs to Program Files\\HMC Desktop"

files_in_msi=$(table File | wc -l)
files_in_src=$(find -L "$SRC" -type f | wc -l)  # a Linux build's symlinks become copies
if [ "$files_in_msi" = "$files_in_src" ]; then echo "ok: $files_in_msi files"; else
  echo "FAIL: the MSI has $files_in_msi files, the folder $files_in_src" >&2; fail=1; fi
EXTRACT="$OUT/extract"
mkdir -p "$EXTRACT"
msiextract -C "$EXTRACT" "$MSI" >/dev/null
if diff -r "$SRC" "$EXTRACT/HMC Desktop" >"$OUT/diff.log" 2>&1; then
  echo "ok: extracting the MSI gives back the folder, byte for byte"
else
  head -n 20 "$OUT/diff.log" >&2; echo "FAIL: the MSI's files differ from $SRC" >&2; fail=1
fi
rm -rf "$EXTRACT"
[ "$fail" = 0 ] || exit 1
echo "installer ok: $MSI"
