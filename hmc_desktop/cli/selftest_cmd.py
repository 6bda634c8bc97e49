"""`self-test [--keep DIR]` (CONTRACT): the installed program proves it is whole.

Imports every module, opens the main window offscreen on a scratch database and waits
for the queue's first rows, and builds each document once from sample data. Used by
the frozen (PyInstaller) build in CI, where a missing module or data file shows up here.
With a configured database (``--db``, ``HMC_DB_URL`` or the machine setting: "check an
installed workstation", docs/IT.md) it also connects to it and reads it, read-only, and
says which database it checked.
"""

import argparse
import importlib
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import hmc_desktop
from hmc_desktop.cli.common import CommandError, configured_db_url

if TYPE_CHECKING:
    from hmc_desktop.services.core.context import ServiceContext

AS_OF = "2026-11-24 10:00"


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("self-test", help="check that the program is complete; exit 0 if it is")
    p.add_argument("--keep", metavar="DIR", help="build into DIR and keep the files")
    p.set_defaults(handler=self_test)


def import_everything() -> int:
    """Import every module of the package (migration scripts are loaded by Alembic instead)."""
    import pkgutil  # not for the window's start-up, which imports this module's parser

    count = 0
    for mod in pkgutil.walk_packages(hmc_desktop.__path__, "hmc_desktop."):
        if mod.name == "hmc_desktop.__main__" or mod.name.startswith("hmc_desktop.db.migrations"):
            continue
        importlib.import_module(mod.name)
        count += 1
    return count


def self_test(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="hmc-selftest-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("modules", lambda: f"{import_everything()} imported"),
            ("database", lambda: _database(folder)),
            ("main window", lambda: _main_window(folder)),
            ("documents", lambda: _documents(folder)),
            ("configured database", lambda: _configured_database(args)),
        ]
        for name, step in steps:
            try:
                detail = step()
            except Exception as exc:
                raise CommandError(f"self-test failed at {name}: {exc}", exit_code=1) from exc
            print(f"{name}: {detail}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print("self-test ok")
    return 0


def _configured_database(args: argparse.Namespace) -> str:
    """The workstation's own database, read-only: reachable, readable, a schema this program knows."""
    from hmc_desktop.db.engine import SCHEMA_HEAD, head_revision
    from hmc_desktop.db.readonly import read_only_check

    configured = configured_db_url(args)
    if configured is None:
        return "none configured (each user works in their own SQLite file)"
    url, source = configured
    found = read_only_check(url)
    where = f"{found.shown} (from {source})"
    if found.revision is None:
        return f"{where}: reachable; an empty database (the program creates its schema on first use)"
    head = head_revision()
    if found.revision not in _known_revisions():
        raise RuntimeError(f"{where} has schema {found.revision}, newer than this program's "
                           f"({head}); install the newer hmc-desktop")
    schema = (f"schema {found.revision}" if found.revision in (head, SCHEMA_HEAD) else
              f"schema {found.revision} (upgraded to {head} on first use)")
    return f"{where}: read-only check ok, {schema}, {found.orders or 0} orders"


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from hmc_desktop.db.engine import alembic_config

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _url(folder: Path) -> str:
    return f"sqlite:///{folder / 'selftest.sqlite3'}"


def _context(folder: Path) -> "ServiceContext":
    from hmc_desktop.db.unit_of_work import Database
    from hmc_desktop.services.core.clock import Clock
    from hmc_desktop.services.core.context import ServiceContext

    # whoever runs the self-test makes its scratch database, so is its administrator (and a
    # service account if HMC_USER named them): the window opened later is theirs too
    ctx = ServiceContext(Database(_url(folder)), Clock.parse(AS_OF))
    ctx.prepare()
    return ctx


def _database(folder: Path) -> str:
    from hmc_desktop.services.demo.demo import generate_demo

    ctx = _context(folder)
    summary = generate_demo(ctx, 400, 200, seed=11)
    ctx.db.dispose()
    return f"migrated, {summary.orders} demo orders"


def _main_window(folder: Path) -> str:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from hmc_desktop.app import create_main_window
    from hmc_desktop.ui.common import ops

    app = QApplication.instance() or QApplication([])
    window = create_main_window(_url(folder), AS_OF)
    loop = QEventLoop()
    shown: list[bool] = []

    def first_rows() -> None:
        shown.append(True)
        loop.quit()

    window.queue_tab.firstRowsShown.connect(first_rows)
    QTimer.singleShot(60_000, loop.quit)
    window.show()
    if not shown:
        loop.exec()
    rows = window.queue_tab.model.rowCount()
    grabbed = window.grab().save(str(folder / "main-window.png"))
    window.close()
    ops.wait_for_all()
    window.deleteLater()
    app.processEvents()
    if not shown or rows == 0:
        raise RuntimeError("the work-order queue showed no rows")
    if not grabbed:
        raise RuntimeError("the window could not be drawn")
    return f"queue shows {rows} orders"


def _documents(folder: Path) -> str:
    from sqlalchemy import select

    from hmc_desktop.db.models import Device, Inspection, WorkOrder
    from hmc_desktop.documents import (
        InspectionNoticeRenderer,
        PickupOrderRenderer,
        ReconLogRenderer,
        ShippingNoteRenderer,
    )
    from hmc_desktop.documents.samples import inspection_notice, pickup, recon, shipping
    from hmc_desktop.services.inspections.documents import InspectionPrintService
    from hmc_desktop.services.inspections.followup import InspectionFollowUpService
    from hmc_desktop.services.printing.printing import PrintService
    from hmc_desktop.services.reports.leadtime_report import build_pdf

    ctx = _context(folder)
    with ctx.db.reading() as s:
        order_no = s.scalar(select(WorkOrder.order_no).join(Device, WorkOrder.device_id == Device.id)
                            .where(Device.status == "in_use").order_by(WorkOrder.id).limit(1))
        inspected = s.scalar(select(Device.individual_no).join(
            Inspection, Inspection.device_id == Device.id).order_by(Inspection.id).limit(1))
    if order_no is None:
        raise RuntimeError("the demo data has no order with a device in use")
    if inspected is None:
        raise RuntimeError("the demo data has no inspected device")
    built = {
        "pickup-order.pdf": PrintService(ctx).pickup_order(order_no),
        "pickup-label.pdf": PickupOrderRenderer("label").render(pickup()),
        "shipping-note.pdf": ShippingNoteRenderer().render(shipping()),
        "recon-log.pdf": ReconLogRenderer().render(recon()),
        "leadtimes.pdf": build_pdf(ctx, date(2026, 1, 1), date(2026, 11, 24)),
        "inspection-protocol.pdf": InspectionPrintService(ctx).protocol(inspected),
        "inspection-notices.pdf": InspectionNoticeRenderer().render(inspection_notice()),
        "inspections.pdf": InspectionFollowUpService(ctx).pdf(date(2026, 1, 1), date(2026, 12, 31)),
    }
    ctx.db.dispose()
    for name, pdf in built.items():
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError(f"{name} is not a PDF")
        (folder / name).write_bytes(pdf)
    return f"{len(built)} PDFs built"
