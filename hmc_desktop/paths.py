"""Where things live: per-user data and log folders, and bundled resources (frozen or not)."""

import sys
from pathlib import Path

import platformdirs

APP_NAME = "hmc-desktop"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    """The embedded SQLite database in the per-user data folder (CONTRACT `--db`)."""
    return f"sqlite:///{data_dir() / 'hmc.sqlite3'}"


def resource_path(*parts: str) -> Path:
    """A bundled resource: under PyInstaller's unpack folder when frozen, else the source tree."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "resources" if base else Path(__file__).resolve().parents[1] / "resources"
    return root.joinpath(*parts)
