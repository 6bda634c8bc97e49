"""`self-test [--keep DIR]` (CONTRACT): the installed program proves it is whole.

Imports every module, opens the main window offscreen on a scratch database and waits
for the queue's first rows, and builds each document once from sample data. Used by
the frozen (PyInstaller) build in CI, where a missing module or data file shows up here.
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
from hmc_desktop.cli.common import CommandError

if TYPE_CHECKING:
    from hmc_desktop.services.context import ServiceContext

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


def _url(folder: Path) -> str:
    return f"sqlite:///{folder / 'selftest.sqlite3'}"


def _context(folder: Path) -> "ServiceContext":
    from hmc_desktop.services.clock import Clock
    from hmc_desktop.services.context import ServiceContext
    from hmc_desktop.services.database import Database

    # whoever runs the self-test makes its scratch database, so is its administrator (and a
    # service account if HMC_USER named them): the window opened later is theirs too
    ctx = ServiceContext(Database(_url(folder)), Clock.parse(AS_OF))
    ctx.prepare()
    return ctx


def _database(folder: Path) -> str:
    from hmc_desktop.services.demo import generate_demo

    ctx = _context(folder)
    summary = generate_demo(ctx, 400, 200, seed=11)
    ctx.db.dispose()
    return f"migrated, {summary.orders} demo orders"


def _main_window(folder: Path) -> str:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from hmc_desktop.app import create_main_window
    from hmc_desktop.ui import ops

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
    from hmc_desktop.services.inspection_documents import InspectionPrintService
    from hmc_desktop.services.inspection_followup import InspectionFollowUpService
    from hmc_desktop.services.leadtime_report import build_pdf
    from hmc_desktop.services.printing import PrintService

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
