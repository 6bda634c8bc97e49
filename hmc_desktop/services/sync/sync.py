"""Both sync directions at once: for ``hmc-desktop sync`` and the window's watcher.

Each direction runs under a lock so that only one workstation at a time takes the
intake or writes the outbox: a PostgreSQL session advisory lock (released by the
server if the program dies), or on SQLite an OS file lock beside the database file.
A busy direction is skipped this round; whoever holds it does the work.
"""

import contextlib
import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import text

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.sync.intake import IntakeRun, IntakeService, StabilityTracker
from hmc_desktop.services.sync.intake_files import WHICH_SV, SyncFolderError, check_folder
from hmc_desktop.services.sync.outbox import OutboxResult, OutboxService
from hmc_desktop.services.sync.settings import SyncSettings

log = logging.getLogger(__name__)
__all__ = ["WHICH_SV", "SyncFolderError", "SyncRun", "SyncService", "check_folder", "exclusive"]
LOCK_KEYS = {"intake": 0x484D_4349, "outbox": 0x484D_434F}  # 'HMCI', 'HMCO'


@dataclass(slots=True)
class SyncRun:
    """What one round did in each direction (None: that direction is not configured)."""

    intake: IntakeRun | None = None
    outbox: OutboxResult | None = None
    folder_errors: list[SyncFolderError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """2: a folder is missing or unwritable; 1: rejected rows or unreadable files; else 0."""
        if self.folder_errors or (self.outbox is not None and self.outbox.error):
            return 2
        return 1 if self.intake is not None and self.intake.problems else 0

    def lines(self) -> list[str]:
        """One summary line per configured direction."""
        out = [run.summary() for run in (self.intake, self.outbox) if run is not None]
        return out


class SyncService:
    """One sync round: take the intake folder's ready files, then export the outbox."""

    def __init__(self, ctx: ServiceContext, settings: SyncSettings,
                 tracker: StabilityTracker | None = None,
                 importer: Callable[[ServiceContext], ImportService] = ImportService,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.ctx = ctx
        self.settings = settings
        self.tracker = tracker or StabilityTracker(settings.stable_seconds)
        self.importer = importer
        self.sleep = sleep

    def run_once(self, *, wait_for_stable: bool = False) -> SyncRun:
        """Both directions once. ``wait_for_stable``: files seen for the first time are looked at
        again after the stability time (a one-shot run from a scheduled task), not left for later."""
        if not self.settings.configured:
            raise SyncFolderError("sync_not_configured")
        run = SyncRun()
        if self.settings.intake_dir is not None:
            try:
                check_folder("intake", self.settings.intake_dir)
                run.intake = self._intake(self.settings.intake_dir, wait_for_stable)
            except SyncFolderError as exc:
                run.folder_errors.append(exc)
        if self.settings.outbox_dir is not None:
            try:
                check_folder("outbox", self.settings.outbox_dir)
                run.outbox = self._outbox(self.settings.outbox_dir)
            except SyncFolderError as exc:
                run.folder_errors.append(exc)
        return run

    def _intake(self, folder: Path, wait_for_stable: bool) -> IntakeRun:
        service = IntakeService(self.ctx, folder, self.tracker, self.importer(self.ctx))
        with exclusive(self.ctx.db, "intake") as mine:
            if not mine:
                return IntakeRun(skipped="another workstation is taking the intake")
            if wait_for_stable:
                _, waiting = service.scan()
                if waiting:
                    names = [p.name for p in folder.iterdir()]
                    pause = max((self.tracker.wait_left(n) for n in names), default=0.0)
                    self.sleep(min(pause + 0.05, self.settings.stable_seconds + 1))
            run = service.run()
            if wait_for_stable and run.results and self.settings.stable_seconds > 0:
                # A one-shot run ends soon: look once more, a settle period later, whether a
                # file's writer was only pausing; what it wrote since is imported now.
                self.sleep(self.settings.stable_seconds + 0.05)
                for grown in self.tracker.grown_archives():
                    again = service.take(grown, archived=True)
                    if again is not None:
                        run.results.append(again)
            return run

    def _outbox(self, folder: Path) -> OutboxResult:
        with exclusive(self.ctx.db, "outbox") as mine:
            if not mine:
                return OutboxResult(skipped="another workstation is exporting")
            return OutboxService(self.ctx, folder).export()


@contextlib.contextmanager
def exclusive(db: Database, name: str) -> Iterator[bool]:
    """Hold the sync lock ``name`` for the block; yields False (at once) if someone else holds it."""
    if db.backend == "postgresql":
        with db.engine.connect() as conn:
            auto = conn.execution_options(isolation_level="AUTOCOMMIT")
            key = LOCK_KEYS[name]
            got = bool(auto.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}))
            try:
                yield got
            finally:
                if got:
                    auto.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
        return
    database = db.engine.url.database
    if not database or database == ":memory:":
        yield True
        return
    path = Path(database).with_name(f"{Path(database).name}.{name}.lock")
    with open(path, "a+b") as handle:
        got = _try_lock(handle)
        try:
            yield got
        finally:
            if got:
                _unlock(handle)


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
