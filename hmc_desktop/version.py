"""The program's version: the installed distribution's, which is ``pyproject.toml``'s.

The frozen build carries a dist-info that ``build.spec`` writes from ``pyproject.toml``,
so the same lookup works there and names the version the executables' resources carry.
"""

from importlib.metadata import PackageNotFoundError, version

DIST_NAME = "hmc-desktop"


def app_version() -> str:
    """'0.1.0' — or '0+unknown' when running from a tree that was never installed."""
    try:
        return version(DIST_NAME)
    except PackageNotFoundError:
        return "0+unknown"


__version__ = app_version()
