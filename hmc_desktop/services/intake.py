"""The intake folder (issue 6): files the ordering system drops are imported, then archived.

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

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.importer import ImportReport, ImportService, InterchangeError
from hmc_desktop.services.sync_log import SyncLog

log = logging.getLogger(__name__)
ARCHIVE = "archive"
ACCEPTED_SUFFIXES = (".csv", ".json", ".txt")
TEMP_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload")
Clock = Callable[[], float]


def is_candidate(name: str) -> bool:
    """An import file by its name: not temporary, not hidden, a known extension."""
    lower = name.lower()
    if name.startswith((".", "~")) or lower.endswith(TEMP_SUFFIXES):
        return False
    return lower.endswith(ACCEPTED_SUFFIXES)


def can_open_exclusively(path: Path) -> bool:
    """Windows: whether no other process has the file open (a copy in progress has). Elsewhere True."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateFileW.restype = wintypes.HANDLE
        kernel32.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD,
                                         ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD,
                                         wintypes.HANDLE]
        generic_read, share_none, open_existing, normal = 0x80000000, 0, 3, 0x80
        handle = kernel32.CreateFileW(str(path), generic_read, share_none, None,
                                      open_existing, normal, None)
        if handle is None or handle == wintypes.HANDLE(-1).value:
            return False
        kernel32.CloseHandle(handle)
    return True


class StabilityTracker:
    """Remembers each file's size and mtime and since when (by ``clock``) they have not changed."""

    def __init__(self, stable_seconds: float = 2.0, clock: Clock = time.monotonic) -> None:
        self.stable_seconds = stable_seconds
        self.clock = clock
        self._seen: dict[str, tuple[int, int, float]] = {}

    def ready(self, path: Path) -> bool:
        """True once ``path`` has kept its size and mtime for ``stable_seconds``; False if gone."""
        try:
            st = path.stat()
        except OSError:
            self._seen.pop(path.name, None)
            return False
        now = self.clock()
        seen = self._seen.get(path.name)
        if seen is None or seen[:2] != (st.st_size, st.st_mtime_ns):
            self._seen[path.name] = (st.st_size, st.st_mtime_ns, now)
            return self.stable_seconds <= 0
        return now - seen[2] >= self.stable_seconds

    def wait_left(self, name: str) -> float:
        """Seconds until ``name`` can be ready, if it stays unchanged (0 when unknown)."""
        seen = self._seen.get(name)
        return max(0.0, self.stable_seconds - (self.clock() - seen[2])) if seen else 0.0

    def forget(self, name: str) -> None:
        self._seen.pop(name, None)

    def keep_only(self, names: Iterable[str]) -> None:
        keep = set(names)
        for name in [n for n in self._seen if n not in keep]:
            del self._seen[name]


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
        notes = [f"{ARCHIVE}/{r.rejects_file.name}" for r in self.results if r.rejects_file]
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
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


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
        with os.scandir(self.folder) as it:
            for entry in it:
                if entry.is_file() and is_candidate(entry.name):
                    entries.append(Path(entry.path))
        self.tracker.keep_only(p.name for p in entries)
        ready, waiting = [], 0
        for path in entries:
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
        """Take every ready file; the database being unreachable stops the run (files stay)."""
        self.archive.mkdir(exist_ok=True)
        ready, waiting = self.scan()
        run = IntakeRun(waiting=waiting)
        for path in ready:
            if path.exists():
                run.results.append(self.take(path))
                self.tracker.forget(path.name)
        return run

    def take(self, path: Path) -> IntakeResult:
        """Import one file, archive it (and its rejects), and log it."""
        try:
            report: ImportReport | None = self.importer.import_file(str(path))
            problem = ""
        except InterchangeError as exc:
            report, problem = None, exc.reason
        dest = archive_name(self.archive, path.name, self.ctx.clock.now())
        result = IntakeResult(file=path.name, archived=dest, rejects_file=None)
        if report is None:
            result.status, result.message = "error", f"{path.name}: {problem}"
            lines = [result.message]
        else:
            report.file = path.name  # the reject lines name the file as dropped, not our path
            result.new, result.updated = report.new, report.updated
            result.unchanged, result.rejected = report.unchanged, report.rejected
            result.status = "rejects" if report.rejected else "ok"
            result.message = report.summary()
            lines = [*report.rejected_lines(), report.summary()] if report.rejected else []
        try:
            os.replace(path, dest)
        except OSError as exc:  # e.g. Windows: someone opened it meanwhile; next round retries
            result.archived, result.status = None, "error"
            result.message = f"{path.name}: imported, but not archived ({exc.strerror or exc})"
            lines = []
        if lines:
            result.rejects_file = dest.with_name(dest.name + ".rejects.txt")
            _write_text(result.rejects_file, "\n".join(lines) + "\n")
        self.sync_log.record("intake", result.status, file=path.name, message=result.message,
                             new=result.new, updated=result.updated,
                             unchanged=result.unchanged, rejected=result.rejected)
        log.info("intake %s → %s: %s", path.name, dest, result.message)
        return result
