"""Where things live: per-user data and log folders, and bundled resources (frozen or not)."""

import sys
from pathlib import Path

import platformdirs

APP_NAME = "hmc-desktop"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What the program can always make again, kept to make it faster (e.g. holiday dates)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    """The embedded SQLite database in the per-user data folder (CONTRACT `--db`)."""
    return f"sqlite:///{data_dir() / 'hmc.sqlite3'}"


def resource_path(*parts: str) -> Path:
    """A bundled resource (fonts, translations, icons) inside the package.

    The same relative place serves a source checkout, an installed wheel and a frozen
    build (PyInstaller unpacks package data under ``sys._MEIPASS``).
    """
    base = getattr(sys, "_MEIPASS", None)
    package = Path(base) / "hmc_desktop" if base else Path(__file__).resolve().parent
    return package.joinpath("resources", *parts)
