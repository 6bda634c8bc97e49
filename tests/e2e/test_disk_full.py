"""A full disk is one sentence, and leaves no half or empty file behind (the outbox, a PDF, a
CSV report, the log). Before: "internal error", a 0-byte PDF, a traceback from the log.

The disk is a tmpfs of a few kilobytes, mounted for the test (needs the right to mount:
root in a container, as CI runs; skipped elsewhere).
"""

import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from hmc_desktop.services.orders.actions import OrderService
from tests.integration.test_sync_support import import_orders

pytestmark = pytest.mark.skipif(os.name != "posix", reason="tmpfs")


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a filesystem of 32 kB, mostly filled."""
    mount = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()})")
    try:
        _fill(mount, "filler.bin", 28_000)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(folder: Path, name: str = "last.bin", most: int = 1 << 30) -> None:
    """Take every byte left (at most ``most``), unbuffered: nothing waits to be flushed."""
    with open(folder / name, "wb", buffering=0) as f:
        written = 0
        while written < most:
            try:
                written += f.write(b"\0" * min(512, most - written)) or 0
            except OSError:
                return


def test_a_pdf_on_a_full_disk_is_one_sentence_and_no_empty_file(hmc, full_disk, tmp_path):
    src = tmp_path / "o.csv"
    src.write_text("order_no;type;registered;individual_no;article_no;user_name;user_address\n"
                   "DF-1;1;2026-11-23 09:00;D-DF1;A-1;Åsa Öberg;Storgatan 1, 411 01 Göteborg\n",
                   encoding="utf-8")
    assert hmc("import", str(src)).code == 0
    _fill(full_disk)
    out = full_disk / "hamtorder.pdf"
    run = hmc("print", "pickup-order", "DF-1", "--out", str(out))
    assert run.code == 2
    assert run.err.strip() == f"error: cannot write {out}: the disk is full; nothing was left " \
                              "half-written."
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler.bin", "last.bin"]


def test_a_csv_report_on_a_full_disk_leaves_nothing(hmc, full_disk):
    _fill(full_disk)
    out = full_disk / "ledtider.csv"
    run = hmc("report", "leadtimes", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out))
    assert (run.code, "the disk is full" in run.err) == (2, True)
    assert not out.exists() and not list(full_disk.glob(".ledtider*"))


def test_the_outbox_on_a_full_disk_keeps_its_messages_queued(hmc, make_ctx, full_disk, tmp_path):
    ctx = make_ctx("2026-11-24 10:00")
    numbers = import_orders(ctx, tmp_path, "OF", 3)
    orders = OrderService(ctx)
    for no in numbers:
        orders.add_message(no, "free", f"Arbetsorder {no}", "Hej " * 200)
    _fill(full_disk)
    run = hmc("sync", "--outbox", str(full_disk))
    assert run.code == 2
    assert run.lines()[-1].startswith("outbox: nothing exported; stopped: cannot write ")
    assert run.lines()[-1].endswith(": the disk is full; the rest stay queued")
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler.bin", "last.bin"]
    (full_disk / "last.bin").unlink()
    (full_disk / "filler.bin").unlink()
    again = hmc("sync", "--outbox", str(full_disk))
    assert (again.code, again.lines()[-1]) == (0, "outbox: 3 messages exported (seq 1-3)")
    assert [json.loads(p.read_text(encoding="utf-8"))["seq"]
            for p in sorted(full_disk.glob("*.json"))] == [1, 2, 3]


def test_a_log_on_a_full_disk_costs_the_log_not_the_work(hmc, full_disk, tmp_path):
    _fill(full_disk)
    run = hmc("sla", "--type", "1", "--registered", "2026-11-23 09:00", HMC_LOG_DIR=str(full_disk))
    assert run.code == 0 and json.loads(run.out)["start_by"] == "2026-11-26T16:00"
    assert "Traceback" not in run.err and "Logging error" not in run.err
    assert run.err.count("\n") <= 1
