"""A database the program cannot use is one sentence (exit 2), and is left exactly as it was.

Before: a ``mysql://`` address, a damaged or non-database file, or a database of a newer
schema gave "internal error" or "the database refused the change"; the newer schema's
file was also copied whole on every run.
"""

import sqlite3

import pytest

from hmc_desktop.db.engine import SCHEMA_HEAD


def _sla(hmc, db: str):
    return hmc("sla", "--type", "1", "--registered", "2026-11-23 09:00", db=db)


def test_an_address_of_another_database_system_is_refused_by_name(hmc):
    run = _sla(hmc, "mysql://hmc:Hemligt@dbserver/hmc")
    assert run.code == 2
    assert run.err.strip() == (
        "error: 'mysql://hmc:***@dbserver/hmc' is not a database URL this program supports: "
        "hmc-desktop works with SQLite and PostgreSQL, not mysql; a URL looks like "
        "sqlite:///path/to/hmc.sqlite3 or postgresql+psycopg://user@server/hmc")


def test_an_address_that_is_no_address_is_refused(hmc):
    run = _sla(hmc, "dbserver/hmc")
    assert (run.code, run.err.strip()) == (2, (
        "error: 'dbserver/hmc' is not a database URL this program supports; for that SQLite file "
        "write sqlite:///dbserver/hmc (PostgreSQL: postgresql+psycopg://user@server/hmc)"))


@pytest.mark.parametrize("content", [b"Detta \xe4r ingen databas.\n" * 40, bytes(range(256)) * 8,
                                     b"SQLite format 3\x00" + b"\xff" * 2000])
def test_a_file_that_is_no_database_is_refused_and_left_as_it_is(hmc, tmp_path, content):
    path = tmp_path / "kalkyl.sqlite3"
    path.write_bytes(content)
    run = _sla(hmc, f"sqlite:///{path}")
    assert run.code == 2
    assert run.err.startswith(f"error: {path} is not an hmc-desktop database")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kalkyl")) == [
        "kalkyl.sqlite3"]


def test_a_database_of_a_newer_program_is_refused_without_being_copied(hmc, tmp_path):
    path = tmp_path / "new.sqlite3"
    assert _sla(hmc, f"sqlite:///{path}").code == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = _dump(path)
    for _ in range(3):
        run = _sla(hmc, f"sqlite:///{path}")
        assert run.code == 2
        assert run.err.strip() == (
            "error: the database has schema revision 0099, which this version of hmc-desktop "
            f"(schema {SCHEMA_HEAD}) does not know; install the newer version that made it")
    assert [p.name for p in tmp_path.glob("new.sqlite3*.bak")] == []
    assert _dump(path) == before


def _dump(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())
