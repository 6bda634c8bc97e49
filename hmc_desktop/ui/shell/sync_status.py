"""The sync in the window (file exchange with the other systems): the status-bar label and the folder watcher.

:class:`SyncStatusWidget` (``statusSync``) shows the last sync and any rejected rows of
the last 24 hours (tooltip: which files, and where the reject files are).
:class:`SyncWatcher` looks at the intake and outbox folders every few seconds with a
``QTimer``; the work runs off the GUI thread (:class:`~hmc_desktop.ui.common.ops.Op`), one round
at a time, and a round that imported something emits ``synced``. The sync service (and the
importers it brings) loads with the first round, not with the window (start-up time).
"""

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import Shiboken

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.ui.common import errors, i18n
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import local_time

if TYPE_CHECKING:
    from hmc_desktop.services.sync.log import SyncEntry, SyncOverview
    from hmc_desktop.services.sync.settings import SyncSettings
    from hmc_desktop.services.sync.sync import SyncRun, SyncService

log = logging.getLogger(__name__)
WARN_STYLE = "QLabel { color: #8a1f11; font-weight: bold; }"


class SyncStatusWidget(QLabel):
    """``statusSync``: 'Synk 10:42' — or 'Synk 10:42 – 3 avvisade rader' in red — with details."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Synk: ej konfigurerad"), parent)
        self.setObjectName("statusSync")
        self.setAccessibleName(self.text())
        self.ctx = ctx
        self._problem = ""  # the last round's own trouble (a folder gone …), shown first

    def refresh(self) -> None:
        """Read the sync log again (in the background) and show it."""
        from hmc_desktop.services.sync.log import SyncLog
        from hmc_desktop.services.sync.settings import load_sync_settings

        ctx = self.ctx

        def work() -> "tuple[SyncSettings, SyncOverview]":
            return load_sync_settings(ctx), SyncLog(ctx).overview()

        Op(work).success(lambda result: self.show_overview(*result)).failure(
            self._failed).run()

    def show_run(self, run: "SyncRun | None", problem: str = "") -> None:
        """After a round: remember its folder problems (if any), then re-read the log."""
        sentences = [e.message(i18n.current_language()) for e in run.folder_errors] if run else []
        self._problem = " ".join(sentences) or problem
        self.refresh()

    def show_overview(self, settings: "SyncSettings", overview: "SyncOverview") -> None:
        if not Shiboken.isValid(self):
            return
        if not settings.configured:
            self._set(self.tr("Synk: ej konfigurerad"), "", warn=False)
            return
        last = overview.last
        when = local_time(last.at)[-5:] if last else ""
        text = self.tr("Synk %1").replace("%1", when) if last else self.tr("Synk: ingen ännu")
        rejected = sum(e.rejected for e in overview.problems)
        broken = [e for e in overview.problems if e.status == "error"]
        if rejected:
            text += " – " + self.tr("%1 avvisade rader").replace("%1", str(rejected))
        elif broken:
            text += " – " + self.tr("%1 filer gick inte att läsa").replace("%1", str(len(broken)))
        if self._problem:
            text += " – " + self.tr("fel")
        tip = [self._problem] if self._problem else []
        tip += [self._line(e) for e in overview.problems[:8]]
        if last is not None and not tip:
            tip = [self._line(e) for e in (overview.last_intake, overview.last_outbox) if e]
        self._set(text, "\n".join(tip), warn=bool(rejected or broken or self._problem))

    def _line(self, e: "SyncEntry") -> str:
        where = f" ({e.workstation})" if e.workstation else ""
        name = f"{e.file}: " if e.file else ""
        if e.direction == "intake" and e.status == "rejects":
            note = self.tr("se archive/%1.rejects.txt").replace("%1", e.file)
            return f"{local_time(e.at)} {name}{e.message}; {note}{where}"
        return f"{local_time(e.at)} {name}{e.message}{where}"

    def show_working(self) -> None:
        """A round that takes a while (a large file coming in): say so until it ends."""
        self._set(self.tr("Synk pågår …"),
                  self.tr("Läser in filer från inkorgen eller skriver meddelanden till utkorgen. "
                          "Fönstret går att använda under tiden."), warn=False)

    def _set(self, text: str, tooltip: str, warn: bool) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(tooltip)
        self.setStyleSheet(WARN_STYLE if warn else "")

    def _failed(self, exc: BaseException) -> None:
        if Shiboken.isValid(self):
            self._set(self.tr("Synk: okänt läge"), errors.describe(exc), warn=True)


class SyncWatcher(QObject):
    """Runs a sync round every ``sync.interval_seconds`` while the folders are configured."""

    synced = Signal(object)  # a SyncRun that imported or exported something
    roundDone = Signal(object)  # every SyncRun (or None: nothing configured)
    failed = Signal(object)  # the exception of a round that could not run

    def __init__(self, ctx: ServiceContext, status: SyncStatusWidget | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self._service: SyncService | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.run_now)
        self.busy = False
        self.slow_ms = 1_000  # a round still running after this is shown as running
        self._round_no = 0

    @property
    def service(self) -> "SyncService":
        """The sync service, made when first needed (by the first round, off the GUI thread)."""
        if self._service is None:
            from hmc_desktop.services.imports.bulk import BulkImportService
            from hmc_desktop.services.sync.settings import SyncSettings
            from hmc_desktop.services.sync.sync import SyncService

            self._service = SyncService(self.ctx, SyncSettings(), importer=BulkImportService)
        return self._service

    def start(self) -> None:
        """Start looking (the first round at once); a person who may not import is left out."""
        if self.ctx.user.known:
            self.timer.start()
            QTimer.singleShot(0, self, self.run_now)

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        """One round in the background, unless one is still running."""
        if self.busy:
            return
        self.busy = True
        self._round_no += 1
        number = self._round_no
        Op(self._round).success(self._done).failure(self._failed).run()
        QTimer.singleShot(self.slow_ms, self, lambda: self._still_running(number))

    def _still_running(self, number: int) -> None:
        if self.busy and number == self._round_no and self.status is not None \
                and Shiboken.isValid(self.status):
            self.status.show_working()

    def _round(self) -> "SyncRun | None":
        from hmc_desktop.services.sync.settings import load_sync_settings

        settings = load_sync_settings(self.ctx)
        try:
            self.ctx.user.require(Action.IMPORT)
        except DomainError:  # e.g. the warehouse: exports, but leaves the intake to others
            settings = replace(settings, intake_dir=None)
        self.service.settings = settings
        self.service.tracker.stable_seconds = settings.stable_seconds
        if not settings.configured:
            return None
        return self.service.run_once()

    def _done(self, run: "SyncRun | None") -> None:
        self.busy = False
        interval = int(self.service.settings.interval_seconds * 1000)
        if interval > 0 and interval != self.timer.interval():
            self.timer.setInterval(interval)
        if self.status is not None and Shiboken.isValid(self.status):
            self.status.show_run(run)
        self.roundDone.emit(run)
        if run is not None and (
                (run.intake and run.intake.results) or (run.outbox and run.outbox.exported)):
            self.synced.emit(run)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        log.info("sync round failed: %r", exc)
        if self.status is not None and Shiboken.isValid(self.status):
            self.status.show_run(None, errors.describe(exc))
        self.failed.emit(exc)
