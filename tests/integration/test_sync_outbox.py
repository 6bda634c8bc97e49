"""The outbox (W4, W5, P3): every message exported exactly once, in order, even after a kill."""

import json
import subprocess
import sys
import textwrap

import pytest

from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.sync.log import SyncLog
from hmc_desktop.services.sync.outbox import OutboxService, file_name
from tests.integration.test_sync_support import (
    AS_OF,
    add_messages,
    import_orders,
    messages,
    sync_ctx,  # noqa: F401  (fixture)
)

FIELDS = {"seq", "order_no", "orderer", "kind", "subject", "body", "created_at", "created_by"}


@pytest.fixture
def outbox(sync_ctx, tmp_path):  # noqa: F811
    folder = tmp_path / "outbox"
    folder.mkdir()
    numbers = import_orders(sync_ctx, tmp_path, "OB", 5)
    return sync_ctx, folder, numbers


def files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_messages_are_exported_in_order_with_their_sequence_numbers(outbox):
    ctx, folder, numbers = outbox
    OrderService(ctx).cancel(numbers[0], "Fel arbetsordertyp")  # W4: the orderer is told
    add_messages(ctx, numbers[1:3])
    result = OutboxService(ctx, folder).export()
    assert [seq for seq, _ in result.exported] == [1, 2, 3]
    assert files(folder) == ["000001-OB-0.json", "000002-OB-1.json", "000003-OB-2.json"]
    first = json.loads((folder / "000001-OB-0.json").read_text(encoding="utf-8"))
    assert set(first) == FIELDS
    assert first["seq"] == 1 and first["kind"] == "cancelled" and first["order_no"] == "OB-0"
    assert first["orderer"] == {"name": "Eva Ek", "unit": "Rehab Borås", "payer_no": ""}
    assert "Fel arbetsordertyp" in first["body"] and first["created_by"] == "tester"
    assert first["created_at"] == "2026-11-24T10:00:00+01:00"
    assert all(m.exported_at is not None for m in messages(ctx))
    assert result.summary() == "outbox: 3 messages exported (seq 1-3)"
    assert SyncLog(ctx).latest()[0].new == 3

    assert OutboxService(ctx, folder).export().exported == []  # nothing twice
    add_messages(ctx, numbers[3:4])
    assert OutboxService(ctx, folder).export().exported == [(4, "000004-OB-3.json")]


def test_file_names_follow_the_number_and_are_safe():
    assert file_name(123, "K-1") == "000123-K-1.json"
    assert file_name(7, "A/B\\C:D") == "000007-A_B_C_D.json"
    assert file_name(1_234_567, "X") == "1234567-X.json"


def test_a_half_written_temporary_file_is_replaced(outbox):
    ctx, folder, numbers = outbox
    add_messages(ctx, numbers[:1])
    (folder / ".000001-OB-0.json.tmp").write_text("{half", encoding="utf-8")
    OutboxService(ctx, folder).export()
    assert files(folder) == ["000001-OB-0.json"]
    assert json.loads((folder / "000001-OB-0.json").read_text(encoding="utf-8"))["seq"] == 1


CRASHING_EXPORT = textwrap.dedent("""
    import os, sys
    from hmc_desktop.services.sync import outbox
    from hmc_desktop.services.core.clock import Clock
    from hmc_desktop.services.core.context import ServiceContext
    from hmc_desktop.db.unit_of_work import Database

    url, folder, crash_at = sys.argv[1], sys.argv[2], int(sys.argv[3])

    def die(seq, path):  # killed after the file is written, before it is recorded
        if seq == crash_at:
            os._exit(9)

    outbox.after_write = die
    ctx = ServiceContext(Database(url), Clock.parse(sys.argv[4]), login="tester")
    outbox.OutboxService(ctx, __import__("pathlib").Path(folder)).export()
""")


def test_a_kill_between_writing_and_recording_neither_loses_nor_doubles(outbox):
    ctx, folder, numbers = outbox
    add_messages(ctx, numbers)
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    proc = subprocess.run([sys.executable, "-c", CRASHING_EXPORT, url, str(folder), "3", AS_OF],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    state = [(m.seq, m.exported_at is not None) for m in messages(ctx)]
    assert state == [(1, True), (2, True), (3, False), (4, False), (5, False)]
    assert files(folder) == ["000001-OB-0.json", "000002-OB-1.json", "000003-OB-2.json"]

    add_messages(ctx, ["OB-0"])  # a new message arrives before the restart
    result = OutboxService(ctx, folder).export()
    assert [seq for seq, _ in result.exported] == [3, 4, 5, 6]  # 3 rewritten, then the rest
    assert files(folder) == [f"{n:06d}-OB-{o}.json" for n, o in
                             [(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 0)]]
    seqs = [json.loads((folder / f).read_text(encoding="utf-8"))["seq"] for f in files(folder)]
    assert seqs == [1, 2, 3, 4, 5, 6]
    assert all(m.exported_at is not None for m in messages(ctx))
    assert OutboxService(ctx, folder).export().exported == []
