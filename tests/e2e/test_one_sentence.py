"""Faults that gave "internal error" or a traceback from the installed command, now one sentence
each (exit 2: bad usage or unreadable input), and the intake through a real writer's pause."""

import os
import subprocess
import sys
import time

import pytest


@pytest.mark.parametrize(("args", "message"), [
    (("sla", "--type", "1", "--registered", "9999-12-31 23:59"),
     "error: --registered: 9999-12-31 is outside the years 1900-2199."),
    (("sla", "--type", "3", "--registered", "0001-01-01 00:00"),
     "error: --registered: 0001-01-01 is outside the years 1900-2199."),
    (("sla", "--type", "1", "--registered", "2026-03-29 02:30"),
     "error: --registered: 2026-03-29 02:30 does not exist in Stockholm: the clocks go forward "
     "from 02:00 to 03:00 that night."),
    (("order", "pickup", "X-1", "--date", "9999-01-01"),
     "error: --date: 9999-01-01 is outside the years 1900-2199."),
])
def test_impossible_times_on_the_command_line(hmc, args, message):
    run = hmc(*args)
    assert (run.code, run.err.strip(), run.out) == (2, message, "")


def test_an_impossible_now(hmc):
    run = hmc("order", "show", "X-1", as_of="9999-12-31 23:59")
    assert (run.code, run.err.strip()) == (2, "error: --as-of: 9999-12-31 is outside the years "
                                              "1900-2199.")


def test_a_shipment_number_no_column_holds(hmc, tmp_path):
    run = hmc("print", "shipping-note", "99999999999999999999", "--out", str(tmp_path / "f.pdf"))
    assert run.code == 2
    assert run.err.startswith("error: argument shipment_id: 99999999999999999999 is not an id "
                              "(1 to 2147483647)")
    assert "internal error" not in run.err


@pytest.mark.skipif(sys.platform == "win32", reason="file names as bytes")
def test_an_intake_file_name_that_is_not_utf8(hmc, tmp_path):
    intake = tmp_path / "in"
    intake.mkdir()
    raw = os.path.join(os.fsencode(intake), b"best\xe4llning.csv")
    with open(raw, "wb") as f:
        f.write(b"order_no;type;registered;individual_no;article_no\n"
                b"NU-1;1;2026-11-23 09:00;D-NU1;A-1\nNU-2;1;x;D-NU2;A-1\n")
    run = hmc("sync", "--intake", str(intake), "--stable-seconds", "0")
    assert run.code == 1
    assert run.lines() == ["intake: 1 file; imported: 1 new, 0 updated, 0 unchanged, 1 rejected; "
                           "see archive/best\\xe4llning.csv.rejects.txt"]
    notes = os.path.join(os.fsencode(intake), b"archive", b"best\xe4llning.csv.rejects.txt")
    with open(notes, encoding="utf-8") as f:
        assert f.readline().startswith("best\\xe4llning.csv:3: registered: expected")


WRITER = """
import sys, time
path, header, first, rest = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
with open(path, "w", encoding="utf-8") as f:
    f.write(header + "\\n" + first + "\\n")
    f.flush()
    time.sleep(2.5)  # the ordering system pauses, its file open
    f.write(rest + "\\n")
"""


def test_a_file_whose_writer_pauses_loses_no_row(hmc, tmp_path, db_url):
    """Before: 6 of 12 rows were taken and the other 6 lost."""
    from sqlalchemy import create_engine, text

    intake = tmp_path / "in"
    intake.mkdir()
    rows = [f"WP-{i};1;2026-11-23 09:00;D-WP{i};A-1" for i in range(12)]
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(intake / "portal.csv"),
                               "order_no;type;registered;individual_no;article_no",
                               "\n".join(rows[:6]), "\n".join(rows[6:])])
    time.sleep(0.3)  # the first half is written
    runs = []
    for _ in range(4):  # a scheduled task, every few seconds, until the file is taken whole
        runs.append(hmc("sync", "--intake", str(intake)))
        assert runs[-1].code == 0, runs[-1]
        if not (intake / "portal.csv").exists() and writer.poll() is not None:
            break
    writer.wait(timeout=30)
    runs.append(hmc("sync", "--intake", str(intake)))  # once more: nothing left behind
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT order_no FROM work_orders")).scalars().all()
    finally:
        engine.dispose()
    assert sorted(stored) == sorted(r.split(";")[0] for r in rows), [r.out for r in runs]
