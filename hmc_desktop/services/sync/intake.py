"""The intake folder: files the ordering system drops are imported, then archived.

Each file is imported with the CONTRACT import rules (one transaction, idempotent,
rejected rows reported), then moved to ``archive/`` inside the intake folder (a name
already there gets a timestamp suffix). Rejected rows go to ``archive/NAME.rejects.txt``
as ``FILE:LINE: FIELD: reason`` lines and the summary. A file that cannot be read at all
is archived too, with its one sentence, so it is not retried forever.

A file still being written is never read half-way: only a file whose size and
modification time this process has seen unchanged for ``stable_seconds`` is taken
(observed, not inferred from the mtime: copies keep the source's mtime, and a file
server's clock may differ from ours), temporary names (``*.tmp``, ``*.part``, ``~*``,
dotfiles) are skipped, and on Windows the file must open exclusively (no one else
has it open). If the database cannot be reached the file stays where it is.
"""

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.safe_files import write_atomically
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.importer import (
    FileChanged,
    ImportReport,
    ImportService,
    InterchangeError,
)
from hmc_desktop.services.sync.intake_files import (
    ACCEPTED_SUFFIXES,
    TEMP_SUFFIXES,
    StabilityTracker,
    can_open_exclusively,
    check_folder,
    is_candidate,
    shown_name,
    snapshot,
)
from hmc_desktop.services.sync.log import SyncLog

log = logging.getLogger(__name__)
ARCHIVE = "archive"
__all__ = ["ACCEPTED_SUFFIXES", "TEMP_SUFFIXES", "IntakeResult", "IntakeRun", "IntakeService",
           "StabilityTracker", "archive_name", "can_open_exclusively", "is_candidate"]


@dataclass(slots=True)
class IntakeResult:
    """One file taken in."""

    file: str
    archived: Path | None
    rejects_file: Path | None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    status: str = "ok"  # ok|rejects|error
    message: str = ""


@dataclass(slots=True)
class IntakeRun:
    """One look at the intake folder: the files taken, and how many are still being written."""

    results: list[IntakeResult] = field(default_factory=list)
    waiting: int = 0
    skipped: str = ""  # why nothing was looked at (another workstation busy …)

    @property
    def rejected(self) -> int:
        return sum(r.rejected for r in self.results)

    @property
    def problems(self) -> bool:
        return any(r.status != "ok" for r in self.results)

    def summary(self) -> str:
        """One line: ``intake: 2 files; imported: 5 new, … ; rejects in archive/…``."""
        if self.skipped:
            return f"intake: {self.skipped}"
        wait = f"; {self.waiting} still being written" if self.waiting else ""
        if not self.results:
            return f"intake: no new files{wait}"
        total = {k: sum(getattr(r, k) for r in self.results)
                 for k in ("new", "updated", "unchanged", "rejected")}
        n = len(self.results)
        line = (f"intake: {n} file{'s' if n != 1 else ''}; imported: {total['new']} new, "
                f"{total['updated']} updated, {total['unchanged']} unchanged, "
                f"{total['rejected']} rejected")
        errors = [r for r in self.results if r.status == "error"]
        if errors:
            line += f"; {len(errors)} unreadable"
        notes = [f"{ARCHIVE}/{shown_name(r.rejects_file.name)}" for r in self.results
                 if r.rejects_file]
        if notes:
            line += "; see " + ", ".join(notes)
        return line + wait


def archive_name(archive: Path, name: str, now: datetime) -> Path:
    """``archive/NAME``, or ``archive/STEM.YYYYMMDD-HHMMSS[-N].EXT`` when NAME is taken."""
    target = archive / name
    if not target.exists():
        return target
    stem, suffix = os.path.splitext(name)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 10_000):
        extra = f"-{n}" if n > 1 else ""
        target = archive / f"{stem}.{stamp}{extra}{suffix}"
        if not target.exists():
            return target
    raise FileExistsError(f"no free archive name for {name}")


def _write_text(path: Path, text: str) -> None:
    write_atomically(path, text.encode("utf-8"))


class IntakeService:
    """Takes the ready files of one intake folder, oldest first."""

    def __init__(self, ctx: ServiceContext, folder: Path, tracker: StabilityTracker,
                 importer: ImportService | None = None,
                 exclusive: Callable[[Path], bool] = can_open_exclusively) -> None:
        self.ctx = ctx
        self.folder = folder
        self.archive = folder / ARCHIVE
        self.tracker = tracker
        self.importer = importer or ImportService(ctx)
        self.exclusive = exclusive
        self.sync_log = SyncLog(ctx)

    def scan(self) -> tuple[list[Path], int]:
        """The files ready to take (oldest first) and how many more are still changing."""
        entries = []
        with os.scandir(self.folder) as it:  # the archive folder is no file, so never a candidate
            for entry in it:
                if entry.is_file() and is_candidate(entry.name):
                    entries.append(Path(entry.path))
        self.tracker.keep_only(p.name for p in entries)
        ready, waiting = [], 0
        for path in entries:
            if path.name in self.tracker.left:
                continue
            if self.tracker.ready(path) and self.exclusive(path):
                ready.append(path)
            else:
                waiting += 1

        def age(p: Path) -> tuple[int, str]:
            try:
                return p.stat().st_mtime_ns, p.name
            except OSError:
                return 0, p.name

        return sorted(ready, key=age), waiting

    def run(self) -> IntakeRun:
        """Take every ready file; the database being unreachable stops the run (files stay).

        An archive that cannot be written stops it before anything is read
        (:class:`SyncFolderError`): a file that could not be archived would be imported
        again every round, and its rejected rows' reasons would be lost.
        """
        with contextlib.suppress(OSError):  # check_folder says why, in one sentence
            self.archive.mkdir(exist_ok=True)
        check_folder("archive", self.archive)
        run = IntakeRun()
        for grown in self.tracker.grown_archives():  # a writer went on after a pause
            again = self.take(grown, archived=True)
            if again is not None:
                run.results.append(again)
        ready, run.waiting = self.scan()
        for path in ready:
            if path.exists():
                result = self.take(path)
                if result is None:
                    run.waiting += 1  # it changed while we read it: later, whole
                else:
                    run.results.append(result)
                self.tracker.forget(path.name)
        return run

    def take(self, path: Path, archived: bool = False) -> IntakeResult | None:
        """Import one file, archive it (and its rejects), and log it; None when the file
        changed while it was read (nothing of it is stored; it is taken once still).

        ``archived``: the file is already in the archive and grew after its import: it is
        imported again (rows already stored come out unchanged) and its notes rewritten.
        """
        name = shown_name(path.name)
        before = snapshot(path)
        try:
            report: ImportReport | None = self.importer.import_file(
                str(path), still_same=lambda: snapshot(path) == before)
            problem = ""
        except FileChanged:
            log.info("intake %s: still being written; taken once it stays unchanged", name)
            return None
        except NotAllowed as exc:  # a devices file at a workstation whose user may not change
            self.tracker.leave(path.name)  # devices: left in place for one who may
            result = IntakeResult(file=name, archived=None, rejects_file=None, status="error",
                                  message=f"{name}: left for someone else ({exc})")
            self.sync_log.record("intake", "error", file=name, message=result.message)
            return result
        except InterchangeError as exc:
            report, problem = None, exc.reason
        dest = path if archived else archive_name(self.archive, path.name, self.ctx.clock.now())
        result = IntakeResult(file=name, archived=dest, rejects_file=None)
        if report is None:
            result.status, result.message = "error", f"{name}: {problem}"
            lines = [result.message]
        else:
            report.file = name  # the reject lines name the file as dropped, not our path
            result.new, result.updated = report.new, report.updated
            result.unchanged, result.rejected = report.unchanged, report.rejected
            result.status = "rejects" if report.rejected else "ok"
            result.message = "; ".join([*report.warnings, report.summary()])
            lines = ([*report.warnings, *report.rejected_lines(), report.summary()]
                     if report.rejected or report.warnings else [])
        try:
            if not archived:
                os.replace(path, dest)
        except OSError as exc:  # e.g. Windows: someone opened it meanwhile; next round retries
            result.archived, result.status = None, "error"
            result.message = f"{name}: imported, but not archived ({exc.strerror or exc})"
            lines = []
        else:
            if before is not None:
                self.tracker.watch_archived(dest, before)
        if lines:
            result.rejects_file = dest.with_name(dest.name + ".rejects.txt")
            _write_text(result.rejects_file, "\n".join(lines) + "\n")
        self.sync_log.record("intake", result.status, file=name, message=result.message,
                             new=result.new, updated=result.updated,
                             unchanged=result.unchanged, rejected=result.rejected)
        log.info("intake %s → %s: %s", name, shown_name(str(dest)), result.message)
        return result
