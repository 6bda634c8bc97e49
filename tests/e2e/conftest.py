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
            stdin: str | None = None, timeout: float = 180, db: str | None = None,
            service_account: bool = True, **extra_env: str) -> Run:
        """``login``: the staff member the command acts as, through HMC_USER; the test
        script's administrator marks it a service account first (as IT would for a script),
        unless ``service_account=False``. ``db``: another database than the test's."""
        argv = [str(hmc_bin), "--db", db or db_url]
        if as_of:
            argv += ["--as-of", as_of]
        proc_env = dict(env, **extra_env)
        if login:
            proc_env["HMC_USER"] = login
            if service_account:
                mark_service_account(db or db_url, login)
        proc = subprocess.run([*argv, *args], capture_output=True, text=True, env=proc_env,
                              input=stdin, timeout=timeout, cwd=tmp_path)
        assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return run


def mark_service_account(url: str, login: str) -> None:
    """What ``staff add LOGIN … --service-account`` does, for a login a test already added."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite" and not Path(u.database or "").exists():
        return  # a database the command itself is to create
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if inspect(conn).has_table("staff"):
                conn.execute(text("UPDATE staff SET service_account = :yes WHERE login = :login"),
                             {"yes": True, "login": login})
    finally:
        engine.dispose()
