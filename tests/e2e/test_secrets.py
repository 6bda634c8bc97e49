"""Secrets kept: a password in the database address never reaches the log or the console,
and the log and the program's own SQLite files are readable by their owner only."""

import os
import stat

import pytest

from hmc_desktop.db.unit_of_work import Database


def test_a_password_in_the_database_address_never_reaches_the_log(hmc, db_url, tmp_path):
    secret = "Hemligt-lösen-42"
    bad = f"postgresql+psycopg://hmc:{secret}@127.0.0.1:1/hmc"
    run = hmc("order", "show", "X-1", db=bad)
    assert run.code == 2
    assert run.err.startswith("error: cannot use the database (")
    log_file = tmp_path / "logs" / "hmc-desktop.log"
    text = log_file.read_text(encoding="utf-8")
    assert "postgresql+psycopg://hmc:***@127.0.0.1:1/hmc" in text
    assert secret not in text + run.err + run.out
    if db_url.startswith("postgresql"):  # a password the server does not ask for, still hidden
        with_password = db_url.replace("postgres@", f"postgres:{secret}@", 1)
        assert hmc("order", "show", "X-1", db=with_password).code == 1
        assert secret not in log_file.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_log_and_a_new_database_are_readable_by_their_owner_only(hmc, tmp_path):
    fresh = tmp_path / "data" / "own.sqlite3"
    assert hmc("order", "show", "X-1", db=f"sqlite:///{fresh}").code == 1
    log_dir = tmp_path / "logs"
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((log_dir / "hmc-desktop.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(fresh.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    db = Database(f"sqlite:///{fresh}")  # its -wal and -shm files follow the database's mode
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
        for extra in fresh.parent.glob("own.sqlite3-*"):
            assert stat.S_IMODE(extra.stat().st_mode) == 0o600, extra
    db.dispose()
