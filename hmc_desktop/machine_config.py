"""The machine-wide settings IT sets at install time: today, the shared database's URL.

Where the database URL comes from, first match wins:
1. ``--db URL`` on the command line;
2. the environment variable ``HMC_DB_URL``;
3. the machine-wide setting read here (:func:`machine_db_url`):
   - Windows: the registry value ``HKLM\\SOFTWARE\\HMC\\hmc-desktop`` ``DbUrl`` (REG_SZ),
     which the MSI writes from its ``HMC_DB_URL`` property;
   - every platform: ``db_url`` in the ``[database]`` table of ``hmc-desktop.toml`` in the
     machine's configuration folder (``C:\\ProgramData\\hmc-desktop`` on Windows,
     ``/etc/xdg/hmc-desktop`` on Linux) — for machines set up without the MSI;
4. the per-user SQLite file (:func:`hmc_desktop.paths.default_db_url`).

A setting that exists but cannot be read is an error, not a reason to fall back quietly:
a technician would otherwise work in a private database without noticing.
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from pathlib import Path

import platformdirs

from hmc_desktop.paths import APP_NAME, default_db_url

log = logging.getLogger(__name__)

REGISTRY_KEY = r"SOFTWARE\HMC\hmc-desktop"
REGISTRY_VALUE = "DbUrl"
CONFIG_NAME = "hmc-desktop.toml"


class MachineConfigError(Exception):
    """The machine-wide configuration exists but is unusable; the message says where and why."""


USER_FILE = "the user's own file"


def resolve_db_url(given: str | None = None) -> tuple[str, str]:
    """The database address of this run and where it came from, in the module's order:
    ``given`` (``--db``), ``HMC_DB_URL``, the machine setting, the per-user SQLite file
    (:data:`USER_FILE`). The window, the command line and the self-test all ask here.

    A machine setting that cannot be read raises :class:`MachineConfigError`.
    """
    if given:
        return str(given), "--db"
    if os.environ.get("HMC_DB_URL"):
        return os.environ["HMC_DB_URL"], "HMC_DB_URL"
    url = machine_db_url()
    return (url, "the machine setting") if url else (default_db_url(), USER_FILE)


def config_file() -> Path:
    """The machine-wide configuration file (it need not exist)."""
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


def machine_db_url() -> str | None:
    """The database URL set for every user of this machine, or None if there is none.

    Raises :class:`MachineConfigError` if the configuration file is malformed.
    """
    url = registry_db_url()
    if url:
        log.debug("database URL from the registry (HKLM\\%s %s)", REGISTRY_KEY, REGISTRY_VALUE)
        return url
    url = file_db_url(config_file())
    if url:
        log.debug("database URL from %s", config_file())
    return url


def registry_db_url() -> str | None:
    """``HKLM\\SOFTWARE\\HMC\\hmc-desktop`` ``DbUrl``; None off Windows or when absent/empty."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        # 64-bit view: where the x64 MSI writes, whatever this process's bitness.
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0,
                            winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
            value, kind = winreg.QueryValueEx(key, REGISTRY_VALUE)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise MachineConfigError(
            f"the machine setting HKLM\\{REGISTRY_KEY}\\{REGISTRY_VALUE} cannot be read ({exc})."
        ) from exc
    if kind not in (winreg.REG_SZ, winreg.REG_EXPAND_SZ):
        raise MachineConfigError(
            f"the machine setting HKLM\\{REGISTRY_KEY}\\{REGISTRY_VALUE} must be a string (REG_SZ)."
        )
    return str(value).strip() or None


def file_db_url(path: Path) -> str | None:
    """``[database] db_url`` of the TOML file at ``path``; None if the file or the key is absent."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise MachineConfigError(f"the machine configuration {path} cannot be read ({exc}).") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MachineConfigError(f"the machine configuration {path} is not valid TOML ({exc}).") from exc
    section = data.get("database", {})
    value = section.get("db_url") if isinstance(section, dict) else None
    if value is None:
        return None
    if not isinstance(value, str):
        raise MachineConfigError(f"db_url in {path} must be a string in quotes.")
    return value.strip() or None
