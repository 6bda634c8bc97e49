"""The intake takes a file only when it is complete, never loses the rest of it, and stops
when its archive cannot be written (the file was imported again every round, its rejected
rows' reasons lost). Before: a writer pausing 2.5 s had 6 of 12 rows taken, the rest lost."""

import os

import pytest
from sqlalchemy import func, select

from hmc_desktop.db.models import SyncLogEntry, WorkOrder
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.sync import intake_files
from hmc_desktop.services.sync.intake import IntakeService, StabilityTracker
from hmc_desktop.services.sync.intake_files import SyncFolderError
from hmc_desktop.services.sync.settings import SyncSettings
from hmc_desktop.services.sync.sync import SyncService
from tests.integration.test_sync_support import (
    order_lines,
    sync_ctx,  # noqa: F401  (fixture)
    write_orders,
)


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _orders(ctx) -> int:
    with ctx.db.reading() as s:
        return int(s.scalar(select(func.count(WorkOrder.id))))


@pytest.fixture
def intake(sync_ctx, tmp_path):  # noqa: F811
    folder = tmp_path / "intake"
    folder.mkdir()
    clock = FakeClock()
    return IntakeService(sync_ctx, folder, StabilityTracker(2.0, clock)), clock


def _append(path, lines: list[str]) -> None:
    with open(path, "a", encoding="cp1252", newline="") as f:
        f.write("\n".join(lines) + "\n")


def test_a_file_written_to_while_it_is_imported_is_not_taken_half(intake, sync_ctx, monkeypatch):  # noqa: F811
    service, clock = intake
    path = write_orders(service.folder / "growing.csv", order_lines("GR", 6))
    real = ImportService._apply_orders

    def meanwhile(self, session, rows, report):  # the writer goes on while we import
        real(self, session, rows, report)
        if not path.read_text(encoding="cp1252").count("GR-11"):
            _append(path, order_lines("GR", 6, start=6))

    monkeypatch.setattr(ImportService, "_apply_orders", meanwhile)
    service.run()
    clock.t += 2
    run = service.run()
    assert (run.results, run.waiting, _orders(sync_ctx)) == ([], 1, 0)  # nothing half-stored
    assert path.exists()
    clock.t += 2
    service.run()
    clock.t += 2
    taken = service.run().results
    assert [(r.file, r.new) for r in taken] == [("growing.csv", 12)]


def test_what_a_paused_writer_adds_after_the_archive_is_imported_too(intake, sync_ctx):  # noqa: F811
    service, clock = intake
    write_orders(service.folder / "paused.csv", order_lines("PW", 6))
    service.run()
    clock.t += 2
    first = service.run().results
    assert [(r.file, r.new) for r in first] == [("paused.csv", 6)]
    archived = service.archive / "paused.csv"
    _append(archived, order_lines("PW", 6, start=6))  # the writer had the file open all along
    clock.t += 1
    rest = service.run().results
    assert [(r.file, r.new, r.unchanged) for r in rest] == [("paused.csv", 6, 6)]
    assert _orders(sync_ctx) == 12
    clock.t += 10
    assert service.run().results == []  # quiet for long enough: no longer watched


def test_a_one_shot_sync_waits_a_settle_period_for_a_pausing_writer(sync_ctx, tmp_path):  # noqa: F811
    folder = tmp_path / "in"
    folder.mkdir()
    path = write_orders(folder / "late.csv", order_lines("LT", 6))
    clock = FakeClock()
    naps: list[float] = []

    def sleep(seconds: float) -> None:  # the writer's pause ends while the sync sleeps
        naps.append(seconds)
        clock.t += seconds
        if len(naps) == 2:
            archived = folder / "archive" / "late.csv"
            _append(archived if archived.exists() else path, order_lines("LT", 6, start=6))

    service = SyncService(sync_ctx, SyncSettings(intake_dir=folder, stable_seconds=2.0),
                          tracker=StabilityTracker(2.0, clock), sleep=sleep)
    run = service.run_once(wait_for_stable=True)
    assert run.intake is not None and _orders(sync_ctx) == 12
    assert sum(r.new for r in run.intake.results) == 12


def test_an_archive_that_cannot_be_written_stops_the_intake_before_any_import(intake, sync_ctx,  # noqa: F811
                                                                              monkeypatch):
    service, clock = intake
    write_orders(service.folder / "kept.csv", order_lines("RO", 2))
    real = intake_files.tempfile.mkstemp

    def read_only(*args, dir=None, **kwargs):
        if str(dir).endswith("archive"):
            raise PermissionError(13, "Read-only file system")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(intake_files.tempfile, "mkstemp", read_only)
    for _ in range(3):
        with pytest.raises(SyncFolderError) as refused:
            service.run()
        clock.t += 2
    assert str(refused.value) == (f"the archive folder {service.archive} cannot be written to "
                                  "(Read-only file system)")
    assert (service.folder / "kept.csv").exists() and _orders(sync_ctx) == 0


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes")
def test_a_file_name_that_is_not_utf8_is_taken_and_shown_escaped(intake, sync_ctx):  # noqa: F811
    service, clock = intake
    raw = os.path.join(os.fsencode(service.folder), b"best\xe4llning.csv")
    with open(raw, "wb") as f:
        f.write(b"order_no;type;registered;individual_no;article_no\n"
                b"NU-1;1;2026-11-23 09:00;D-NU1;A-1\n")
    service.run()
    clock.t += 2
    result = service.run().results[0]
    assert (result.file, result.new) == ("best\\xe4llning.csv", 1)
    with sync_ctx.db.reading() as s:
        assert s.scalar(select(SyncLogEntry.file)) == "best\\xe4llning.csv"
    assert os.path.exists(os.path.join(os.fsencode(service.archive), b"best\xe4llning.csv"))


def test_a_devices_file_is_left_for_someone_who_may_change_devices(make_ctx, tmp_path):
    """Customer service may import orders but not change devices (DOMAIN 'Who uses it')."""
    from hmc_desktop.domain.types import Role
    from hmc_desktop.services.core.admin import AdminService

    admin = make_ctx("2026-11-24 10:00")
    AdminService(admin).save_staff("kund1", "Anders Kundtjänst", Role.CUSTOMER_SERVICE)
    desk = make_ctx("2026-11-24 10:00", login="kund1")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "devices.csv").write_text("individual_no;article_no;status\nD-1;A-1;in_stock\n",
                                        encoding="utf-8")
    write_orders(folder / "orders.csv", order_lines("KS", 2))
    service = IntakeService(desk, folder, StabilityTracker(0))
    run = service.run()
    assert sorted((r.file, r.status) for r in run.results) == [("devices.csv", "error"),
                                                              ("orders.csv", "ok")]
    assert (folder / "devices.csv").exists()  # still there for a technician's workstation
    assert service.run().results == []  # and not tried again by this one
    assert _orders(desk) == 2
