"""Writing a file so that it is either the old one or the whole new one: never half, never empty.

A full disk (or a vanished share) in the middle of writing a PDF, a CSV export or an outbox
message used to leave a 0-byte or cut-off file behind that looked like the real thing. Here
the data goes to a temporary file in the same folder, is flushed to the disk, and only then
takes the target's name (an atomic rename); on any failure the temporary file is removed and
the error goes on to the caller, who says it in one sentence.
"""

import contextlib
import os
import sys
import tempfile
from pathlib import Path


def write_atomically(path: str | Path, data: bytes, *, sync_folder: bool = False,
                     fixed_temp: bool = False) -> Path:
    """Write ``data`` to ``path`` completely or not at all; returns the path.

    ``sync_folder``: also flush the folder, so that the rename survives a power cut (the
    outbox, whose files another system takes). ``fixed_temp``: the temporary file is always
    ``.NAME.tmp``, so one left by a killed process is overwritten, not left to pile up.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if fixed_temp:
        tmp = str(folder / f".{target.name}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    else:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a document is as any file
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if exc.filename is None or exc.filename == tmp:  # say which file, not the temporary one
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sync_folder and sys.platform != "win32":
        folder_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
