"""Composition root of the window: settings → database → services → main window (CONTRACT).

``create_main_window`` serves an existing ``QApplication`` (embedding, tests); ``run_gui``
is what ``hmc-desktop`` without a subcommand runs: it owns the application object, the
language, the first-run demo data and ``--quit-after-load``/``--screenshot``.
"""

import argparse
import logging
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from sqlalchemy.exc import OperationalError

from hmc_desktop import startup
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.errors import DomainError, Unusable
from hmc_desktop.domain.permissions import Action
from hmc_desktop.machine_config import USER_FILE, MachineConfigError, resolve_db_url
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.queue.queries import QueueService
from hmc_desktop.ui.common import errors, i18n, ops
from hmc_desktop.ui.shell.crash import install_crash_handler

if TYPE_CHECKING:
    from hmc_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


DEMO_DEVICES, DEMO_ORDERS = 2_000, 1_000  # a first-time user's queue
LOAD_TIMEOUT_MS = 120_000


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def build_context(db_url: str | None = None, as_of: str | datetime | None = None) -> ServiceContext:
    """The services for ``db_url`` (else HMC_DB_URL, else the per-user SQLite file) at ``as_of``."""
    url = resolve_db_url(db_url)[0]
    clock = Clock(as_of) if isinstance(as_of, datetime) else Clock.parse(as_of)
    return ServiceContext(Database(url), clock)


def create_main_window(db_url: str | None = None,
                       as_of: str | datetime | None = None) -> "MainWindow":
    """The main window (not shown) for an existing QApplication; the schema is made current.

    ``as_of``: the program's 'now', 'YYYY-MM-DD HH:MM' local time or a datetime.
    """
    ctx = build_context(db_url, as_of)
    ctx.prepare()
    from hmc_desktop.ui.shell.main_window import MainWindow

    return MainWindow(ctx)


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (CLI without a subcommand); returns the exit code."""
    from hmc_desktop.cli.common import parse_as_of  # a bad --as-of is a usage error (exit 2)

    clock = parse_as_of(args.as_of)
    app = _application()
    automated = bool(args.quit_after_load)
    crash = install_crash_handler(app, show=_print_crash if automated else None)
    try:
        return _run(app, args, clock, automated)
    finally:
        crash.uninstall()


def _print_crash(message: str, _log_file: object) -> None:
    print(f"error: {message}", file=sys.stderr)  # automation: no dialog waits for a person


def _run(app: QApplication, args: argparse.Namespace, clock: Clock, automated: bool) -> int:
    i18n.install(app, getattr(args, "lang", None))
    try:  # IT's machine-wide setting (MSI property) names the shared server
        url, source = resolve_db_url(args.db)
    except MachineConfigError as exc:
        if not automated:
            QMessageBox.critical(None, translate("App", "Felaktig inställning"), str(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        ctx = ServiceContext(Database(url), clock)
    except Unusable as exc:  # an address of no database this program works with
        if not automated:
            QMessageBox.critical(None, translate("App", "Kan inte starta"), errors.describe(exc))
        raise
    with ThreadPoolExecutor(max_workers=1) as pool:
        preparing = pool.submit(ctx.prepare)  # the schema check overlaps the window's imports
        from hmc_desktop.ui.shell.main_window import MainWindow
        try:
            preparing.result()
        except OperationalError as exc:
            if not automated:
                QMessageBox.critical(None, translate("App", "Databasen går inte att nå"),
                                     errors.describe(exc))
            raise
        except Unusable as exc:  # no database of ours, or HMC_USER naming no service account
            if not automated:
                QMessageBox.critical(None, translate("App", "Kan inte starta"),
                                     errors.describe(exc))
            raise
    if source == USER_FILE and QueueService(ctx).is_empty():
        startup.finished()  # the demo data is made with the collector on
        _first_run_demo(ctx, ask=not automated)

    window = MainWindow(ctx)
    window.queue_tab.firstRowsShown.connect(startup.finished)
    if automated:
        _quit_after_load(app, window, args.screenshot)
    elif args.screenshot:
        app.aboutToQuit.connect(lambda: window.grab().save(args.screenshot))
    window.show()
    try:
        code = app.exec()
    finally:
        window.close()  # stops the watchers first: a start still queued finds the window closed
        ops.drain()
        ops.set_default_failure(None)
        window.deleteLater()
        ctx.db.dispose()
    return int(code)


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setOrganizationName("Hjalpmedelscentralen")
    QApplication.setApplicationName("hmc-desktop")
    app = QApplication([sys.argv[0] if sys.argv else "hmc-desktop"])  # Qt options are not ours
    app.setApplicationDisplayName("HMC")
    return app


def _first_run_demo(ctx: ServiceContext, ask: bool) -> None:
    """An empty personal database gets a small demo set, so a first-time user sees a queue."""
    if not ctx.user.known:
        return
    try:
        ctx.user.require(Action.MANAGE_STAFF)  # demo data adds staff logins
    except DomainError:
        return
    if ask:
        answer = QMessageBox.question(
            None, translate("App", "Tom databas"),
            translate("App", "Databasen är tom. Vill du fylla den med demodata (%1 hjälpmedel "
                      "och %2 arbetsordrar) för att prova programmet?").replace(
                "%1", f"{DEMO_DEVICES:,}".replace(",", "\u202f")).replace(
                "%2", f"{DEMO_ORDERS:,}".replace(",", "\u202f")))
        if answer != QMessageBox.StandardButton.Yes:
            return
    dialog = QProgressDialog(translate("App", "Skapar demodata …"), "", 0, 100)
    dialog.setWindowTitle(translate("App", "Demodata"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    stages = {"orderers": translate("App", "beställare"), "users": translate("App", "brukare"),
              "devices": translate("App", "hjälpmedel"),
              "orders": translate("App", "arbetsordrar")}

    def progress(done: int, total: int, stage: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        text = translate("App", "Skapar demodata: %1 …")
        dialog.setLabelText(text.replace("%1", stages.get(stage, stage)))

    def failed(exc: BaseException) -> None:
        log.error("demo data could not be created", exc_info=exc)
        loop.quit()

    def work(report: Callable[[int, int, str], None]) -> object:
        from hmc_desktop.services.demo.demo import generate_demo  # only on a first run

        return generate_demo(ctx, DEMO_DEVICES, DEMO_ORDERS, seed=1,
                             progress=lambda stage, done, total: report(done, total, stage))

    ops.Op(work, with_progress=True).progress(progress).success(
        lambda _s: loop.quit()).failure(failed).run()
    loop.exec()
    dialog.close()


def _quit_after_load(app: QApplication, window: "MainWindow", screenshot: str | None) -> None:
    """CONTRACT --quit-after-load: exit 0 once the queue shows its first rows (and save it)."""

    def loaded() -> None:
        if screenshot:
            _settle(app)  # the follow-up figures and the details belong in the picture
            if not window.grab().save(screenshot):
                print(f"error: could not write the screenshot {screenshot}.", file=sys.stderr)
                app.exit(2)
                return
        else:  # the rest of the list and the follow-up figures are not needed
            window.queue_tab.stop_loading()
        app.exit(0)

    def too_slow() -> None:
        print("error: the work-order queue did not load in time.", file=sys.stderr)
        app.exit(1)

    window.queue_tab.firstRowsShown.connect(loaded)
    QTimer.singleShot(LOAD_TIMEOUT_MS, too_slow)


def _settle(app: QApplication, rounds: int = 10) -> None:
    """Let pending background work (details, follow-up figures) finish and paint."""
    for _ in range(rounds):
        ops.wait_for_all(10_000)
        app.processEvents()
        if ops.pool().activeThreadCount() == 0:
            app.processEvents()
            if ops.pool().activeThreadCount() == 0:
                return
