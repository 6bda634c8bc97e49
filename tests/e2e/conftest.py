"""The installed ``hmc-desktop`` run as users and scripts run it: a fresh process per command.

What an in-process test hides (a module only the test process has imported, a start-up
path, the console script itself) shows here. Each test gets a fresh database on SQLite and
on PostgreSQL (the ``db_url`` fixture of ``tests/conftest.py``); ``hmc(...)`` runs one
command against it and fails the test on any traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

BIN = Path(sys.executable).with_name("hmc-desktop")  # the console script pip installed


@dataclass(frozen=True)
class Run:
    """One finished command: its exit code and what it printed."""

    code: int
    out: str
    err: str

    def lines(self) -> list[str]:
        return self.out.strip().splitlines()


Hmc = Callable[..., Run]


@pytest.fixture(scope="session")
def hmc_bin() -> Path:
    if not BIN.exists():
        pytest.fail(f"{BIN} is not installed: run scripts/test.sh (pip install -e .)")
    return BIN


@pytest.fixture
def hmc(hmc_bin: Path, db_url: str, tmp_path: Path) -> Hmc:
    """``hmc("order", "show", "B-1", "--json", as_of="2026-11-24 10:00", login="tek1")``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HMC_")}
    env.update(QT_QPA_PLATFORM="offscreen", HMC_LOG_DIR=str(tmp_path / "logs"),
               HMC_USER=os.environ.get("HMC_USER", "tester"))

    def run(*args: str, as_of: str | None = "2026-11-24 10:00", login: str | None = None,
            stdin: str | None = None, timeout: float = 180, **extra_env: str) -> Run:
        argv = [str(hmc_bin), "--db", db_url]
        if as_of:
            argv += ["--as-of", as_of]
        proc_env = dict(env, **extra_env)
        if login:
            proc_env["HMC_USER"] = login
        proc = subprocess.run([*argv, *args], capture_output=True, text=True, env=proc_env,
                              input=stdin, timeout=timeout, cwd=tmp_path)
        assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return run
