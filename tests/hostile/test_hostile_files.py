"""Every hostile file through the installed ``hmc-desktop import``, on SQLite and PostgreSQL:
a rejected row or one sentence — never a traceback (the ``hmc`` fixture fails on one),
"internal error", a merged person, a lost row."""

import re

import pytest
from sqlalchemy import create_engine, text

from tests.hostile.files import CASES, Hostile

SUMMARY = re.compile(r"imported: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) rejected")


def _count(db_url: str, table: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_hostile_file_is_rejected_rows_or_one_sentence(hmc, db_url, tmp_path, case: Hostile):
    if case.before is not None:
        setup = tmp_path / "register.csv"
        setup.write_bytes(case.before)
        assert hmc("import", str(setup)).code == 0
    orders_before = _count(db_url, "work_orders")
    devices_before = _count(db_url, "devices")
    path = tmp_path / f"{case.id}{case.suffix}"
    path.write_bytes(case.data)
    run = hmc("import", str(path))
    assert "internal error" not in run.err + run.out
    if case.outcome == "refused":
        assert run.code == 2, run
        assert run.out == ""
        lines = run.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), run.err
        assert case.refusal in lines[0]
        assert (_count(db_url, "work_orders"), _count(db_url, "devices")) == (
            orders_before, devices_before)  # nothing of the file stored
        return
    summary = SUMMARY.fullmatch(run.lines()[-1])
    assert summary is not None, run
    new, _updated, _unchanged, rejected = map(int, summary.groups())
    assert new == case.new  # every good row, none lost
    assert rejected == len({line for line, _f, _r in case.rejected})
    assert run.code == (1 if case.rejected else 0)
    problems = run.lines()[:-1]
    assert len(problems) == len(case.rejected), run.out
    for printed, (line, field, reason) in zip(problems, case.rejected, strict=True):
        assert printed.startswith(f"{path}:{line}: {field}: "), printed
        assert reason in printed, printed
    if case.warning:
        assert case.warning in run.err and run.err.startswith("warning: ")
    else:
        assert run.err == ""
    stored = _count(db_url, "work_orders") + _count(db_url, "devices") - orders_before \
        - devices_before
    assert stored >= case.new  # an order may bring its new device along
    if case.people is not None:
        assert _count(db_url, "holders") == case.people  # none merged, none doubled


def test_the_catalogue_is_broad():
    kinds = {c.outcome for c in CASES}
    assert kinds == {"imported", "rejected", "refused"} and len(CASES) >= 50
    assert len({c.id for c in CASES}) == len(CASES)
