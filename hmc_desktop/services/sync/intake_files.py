"""Telling when a dropped file is complete: its name, whether another program has it open,
and whether its size and modification time have held still (the intake folder).

A file is taken only once this process has *seen* it unchanged for the settle period
(not inferred from its mtime: copies keep the source's, and a file server's clock may
differ from ours); temporary names (``*.tmp``, ``*.part``, ``~*``, dotfiles: the portal's
write-then-rename convention) are never taken; on Windows the file must open exclusively.
A file archived after its import stays watched for a while: if its writer was only
pausing and goes on writing, the intake sees it grow and imports it again (idempotent),
so the rest of the file is never lost.
"""

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from hmc_desktop.domain.errors import DomainError

WHICH_SV = {"intake": "inläsningsmappen", "outbox": "utkorgsmappen", "archive": "arkivmappen"}
ACCEPTED_SUFFIXES = (".csv", ".json", ".txt")
TEMP_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload")
Clock = Callable[[], float]
Snapshot = tuple[int, int]  # size, mtime in ns


class SyncFolderError(DomainError):
    """A sync folder is not configured, missing or not writable (the CLI exits with 2)."""


def check_folder(which: str, folder: Path) -> None:
    """Raise :class:`SyncFolderError` unless ``folder`` exists and a file can be written there."""
    if not folder.is_dir():
        raise SyncFolderError("sync_folder_missing", which=which, which_sv=WHICH_SV[which],
                              path=str(folder))
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".hmc-probe-", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise SyncFolderError("sync_folder_unwritable", which=which, which_sv=WHICH_SV[which],
                              path=str(folder), reason=exc.strerror or str(exc)) from None


def snapshot(path: Path) -> Snapshot | None:
    """The file's size and modification time, or None when it is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def shown_name(name: str) -> str:
    """A file name as it may be printed, logged and stored: bytes that are not UTF-8 (Linux
    keeps them as surrogate escapes) shown as ``\\xe5``, not a crash."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


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
    """Remembers each file's size and mtime and since when (by ``clock``) they have not changed;
    and the files archived lately, with what was imported of them (see the module's text)."""

    def __init__(self, stable_seconds: float = 2.0, clock: Clock = time.monotonic) -> None:
        self.stable_seconds = stable_seconds
        self.clock = clock
        self._seen: dict[str, tuple[int, int, float]] = {}
        self.archived: dict[Path, tuple[Snapshot, float]] = {}  # archived path → imported, when
        self.left: set[str] = set()  # files this workstation's user may not import

    def leave(self, name: str) -> None:
        """Not this workstation's to take (its user's role): left for another, not retried."""
        self.left.add(name)

    def watch_archived(self, path: Path, imported: Snapshot) -> None:
        """Keep an eye on a file just archived: it may still grow (a writer that paused)."""
        self.archived[path] = (imported, self.clock())

    def grown_archives(self) -> list[Path]:
        """The archived files that changed since their import; forgets those quiet long enough."""
        grown, now = [], self.clock()
        for path, (imported, since) in list(self.archived.items()):
            now_seen = snapshot(path)
            if now_seen is not None and now_seen != imported:
                grown.append(path)
            elif now_seen is None or now - since >= 3 * max(self.stable_seconds, 1.0):
                del self.archived[path]
        return grown

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


