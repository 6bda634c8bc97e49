"""The intake folder on SQLite and PostgreSQL: stable files only, archive, rejects, log."""

import os

import pytest
from sqlalchemy.exc import OperationalError

from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.sync.intake import (
    IntakeService,
    StabilityTracker,
    archive_name,
    is_candidate,
)
from hmc_desktop.services.sync.log import SyncLog
from tests.integration.test_sync_support import (
    HEADER,
    order_lines,
    sync_ctx,  # noqa: F401  (fixture)
    write_orders,
)


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def intake(sync_ctx, tmp_path):  # noqa: F811
    folder = tmp_path / "intake"
    folder.mkdir()
    clock = FakeClock()
    service = IntakeService(sync_ctx, folder, StabilityTracker(2.0, clock))
    return service, clock


def test_names_the_ordering_system_may_be_writing_are_skipped():
    assert is_candidate("orders.csv") and is_candidate("ORDERS.JSON") and is_candidate("x.txt")
    for name in ("orders.csv.tmp", "orders.part", "~orders.csv", ".orders.csv", "Thumbs.db",
                 "desktop.ini", "orders.csv.crdownload"):
        assert not is_candidate(name), name


def test_a_file_is_imported_once_stable_then_archived_and_logged(intake, sync_ctx):  # noqa: F811
    service, clock = intake
    write_orders(service.folder / "orders.csv", order_lines("IN", 3))
    assert service.run().results == []  # first sight: not yet known to be stable
    clock.t += 1.0
    run = service.run()
    assert run.results == [] and run.waiting == 1
    clock.t += 1.0
    run = service.run()
    assert [r.file for r in run.results] == ["orders.csv"] and run.waiting == 0
    result = run.results[0]
    assert (result.new, result.rejected, result.status) == (3, 0, "ok")
    assert not (service.folder / "orders.csv").exists()
    assert (service.folder / "archive" / "orders.csv").exists() and result.rejects_file is None
    assert OrderService(sync_ctx).show("IN-1").description == "Bromsen tar dåligt"
    entry = SyncLog(sync_ctx).latest()[0]
    assert (entry.direction, entry.file, entry.new, entry.status) == ("intake", "orders.csv", 3, "ok")
    assert entry.who == "tester" and entry.workstation
    assert run.summary() == "intake: 1 file; imported: 3 new, 0 updated, 0 unchanged, 0 rejected"


def test_a_file_still_growing_is_not_read_half_way(intake, sync_ctx):  # noqa: F811
    service, clock = intake
    path = service.folder / "big.csv"
    lines = order_lines("GR", 6)
    write_orders(path, lines[:2])
    for upto in range(3, 7):  # the writer appends a row every 1.5 s: never 2 s unchanged
        service.run()
        clock.t += 1.5
        write_orders(path, lines[:upto])
        run = service.run()
        assert run.results == [] and run.waiting == 1
    clock.t += 2.0
    run = service.run()
    assert len(run.results) == 1 and run.results[0].new == 6
    assert service.run().results == []  # archived: taken exactly once
    assert len(SyncLog(sync_ctx).latest(direction="intake")) == 1


def test_temporary_names_and_the_archive_are_left_alone(intake):
    service, clock = intake
    for name in ("a.csv.tmp", "b.part", "~c.csv", ".d.csv"):
        write_orders(service.folder / name, order_lines("TMP", 1))
    service.run()
    clock.t += 5
    run = service.run()
    assert run.results == [] and run.waiting == 0
    assert sorted(p.name for p in service.folder.iterdir() if p.is_file()) == [
        ".d.csv", "a.csv.tmp", "b.part", "~c.csv"]


def test_rejected_rows_go_to_a_reject_file_beside_the_archived_one(intake, sync_ctx):  # noqa: F811
    service, clock = intake
    path = service.folder / "mixed.csv"
    path.write_text("\n".join([HEADER, *order_lines("RJ", 1),
                               "RJ-2;11;2026-11-23 09:00;RJ2;120601;R;Eva;Enhet;x",
                               "RJ-3;1;2026-11-31 09:00;RJ3;120601;R;Eva;Enhet;x"]) + "\n",
                    encoding="utf-8")
    service.run()
    clock.t += 2
    result = service.run().results[0]
    assert (result.new, result.rejected, result.status) == (1, 2, "rejects")
    assert result.rejects_file == service.folder / "archive" / "mixed.csv.rejects.txt"
    lines = result.rejects_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("mixed.csv:3: type: unknown work-order type '11'")
    assert lines[1].startswith("mixed.csv:4: registered: ")
    assert lines[2] == "imported: 1 new, 0 updated, 0 unchanged, 2 rejected"
    assert SyncLog(sync_ctx).overview().problems[0].rejected == 2


def test_a_name_already_archived_gets_a_timestamp(intake, sync_ctx):  # noqa: F811
    service, clock = intake
    for _ in range(2):
        write_orders(service.folder / "daily.csv", order_lines("DY", 2))
        service.run()
        clock.t += 2
        assert len(service.run().results) == 1
    archived = sorted(p.name for p in (service.folder / "archive").iterdir())
    assert archived == ["daily.20261124-100000.csv", "daily.csv"]
    second = SyncLog(sync_ctx).latest()[0]
    assert (second.new, second.unchanged) == (0, 2)  # CONTRACT: idempotent


def test_archive_name_counts_up_within_one_second(tmp_path):
    from datetime import datetime

    (tmp_path / "a.csv").touch()
    now = datetime(2026, 11, 24, 10, 0, 0)
    (tmp_path / "a.20261124-100000.csv").touch()
    assert archive_name(tmp_path, "a.csv", now).name == "a.20261124-100000-2.csv"
    assert archive_name(tmp_path, "b.csv", now).name == "b.csv"


def test_an_unreadable_file_is_archived_with_its_reason(intake, sync_ctx):  # noqa: F811
    service, clock = intake
    (service.folder / "broken.json").write_text("[{", encoding="utf-8")
    service.run()
    clock.t += 2
    result = service.run().results[0]
    assert result.status == "error" and result.rejects_file is not None
    assert result.rejects_file.read_text(encoding="utf-8").startswith("broken.json: not valid JSON")
    assert SyncLog(sync_ctx).latest()[0].status == "error"


def test_a_file_open_elsewhere_waits(sync_ctx, tmp_path):  # noqa: F811
    folder = tmp_path / "in"
    folder.mkdir()
    busy = {"yes": True}
    service = IntakeService(sync_ctx, folder, StabilityTracker(0), exclusive=lambda _p: not busy["yes"])
    write_orders(folder / "o.csv", order_lines("EX", 1))
    assert service.run().waiting == 1
    busy["yes"] = False
    assert len(service.run().results) == 1


def test_when_the_database_is_unreachable_the_file_stays(sync_ctx, tmp_path, monkeypatch):  # noqa: F811
    folder = tmp_path / "in"
    folder.mkdir()
    service = IntakeService(sync_ctx, folder, StabilityTracker(0))
    write_orders(folder / "o.csv", order_lines("DN", 1))

    def down(self, name, **_kw):
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    monkeypatch.setattr(ImportService, "import_file", down)
    with pytest.raises(OperationalError):
        service.run()
    assert (folder / "o.csv").exists() and not list((folder / "archive").iterdir())
    monkeypatch.undo()
    assert service.run().results[0].new == 1


def test_a_file_that_cannot_be_archived_is_logged_and_taken_again(intake, sync_ctx, monkeypatch):  # noqa: F811
    service, clock = intake
    write_orders(service.folder / "held.csv", order_lines("HD", 1))
    service.run()
    clock.t += 2
    real = os.replace

    def refuse(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", refuse)
    result = service.run().results[0]
    assert result.status == "error" and result.archived is None and result.new == 1
    assert "not archived" in SyncLog(sync_ctx).latest()[0].message
    monkeypatch.setattr(os, "replace", real)
    clock.t += 2
    service.run()
    clock.t += 2
    again = service.run().results[0]
    assert (again.new, again.unchanged, again.status) == (0, 1, "ok")  # idempotent
