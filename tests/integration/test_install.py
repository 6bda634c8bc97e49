"""What start.sh and test.sh install: pinned versions, and the system libraries Qt lacks."""

import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
QT_LIBS = ROOT / "scripts" / "qt-system-libs.sh"


def pins() -> dict[str, str]:
    out = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate():
                (spec,) = req.specifier
                out[re.sub(r"[-_.]+", "-", req.name).lower()] = spec.version
    return out


def test_every_installed_distribution_runs_the_version_the_constraints_pin():
    """Two workstations installed a month apart run the same versions (scripts/setup-env.sh)."""
    pinned = pins()
    assert {"pyside6-essentials", "sqlalchemy", "alembic", "psycopg", "reportlab", "pytest",
            "pyinstaller", "pip", "setuptools"} <= set(pinned)
    installed = {re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version
                 for d in metadata.distributions(path=sys.path)}
    installed.pop("hmc-desktop")
    installed.pop("setuptools", None)  # the venv's own; builds use the pinned one
    unpinned = sorted(set(installed) - set(pinned))
    assert not unpinned, f"not in {CONSTRAINTS.name} (run scripts/update-constraints.sh): {unpinned}"
    differ = {n: (v, pinned[n]) for n, v in installed.items() if v != pinned[n]}
    assert not differ, f"installed ≠ pinned: {differ}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and Debian packages")
def test_qts_window_plugin_lacks_no_system_library():
    """What qt-system-libs.sh finds missing with ldd on libqxcb.so: nothing, once installed."""
    done = subprocess.run(["bash", str(QT_LIBS), "--list", str(Path(sys.prefix))],
                          capture_output=True, text=True, timeout=300, check=False)
    assert (done.returncode, done.stdout) == (0, ""), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("apt-cache") is None, reason="Debian/Ubuntu package names")
def test_missing_sonames_map_to_the_debian_packages_that_ship_them():
    sonames = {"libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
               "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libX11-xcb.so.1": "libx11-xcb1",
               "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
               "libz.so.1": "zlib1g"}
    done = subprocess.run(["bash", str(QT_LIBS), "--map", *sonames], capture_output=True,
                          text=True, timeout=300, check=True)
    found = dict(line.split() for line in done.stdout.splitlines())
    for so, package in sonames.items():  # Ubuntu 24.04 ships some as <package>t64
        assert found[so] in (package, f"{package}t64"), so
