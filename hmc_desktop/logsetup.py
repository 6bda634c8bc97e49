"""Logging: everything to a rotating file in the per-user log folder; the console gets sentences only.

The log holds personal data now and then (a rejected row's value, an order's description)
and must never hold a password: the file and its folder are readable by their owner only
(0600 / 0700), and every line passes :func:`hmc_desktop.redact.redact`. A log that cannot
be written (disk full, folder gone) costs the program its log, never its work: one sentence
on the console, once, and no traceback.
"""

import contextlib
import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from hmc_desktop.paths import log_dir
from hmc_desktop.redact import redact

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class RedactingFormatter(logging.Formatter):
    """The usual format, with passwords masked in the message and in any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file created owner-only, that reports its own failure in one sentence."""

    _complained = False

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)  # a file made by an older version: owner-only from now
        return io.TextIOWrapper(io.FileIO(fd, "a"), encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        """No traceback on the console (logging's default): one sentence, the first time."""
        if PrivateLogHandler._complained:
            return
        PrivateLogHandler._complained = True
        err = sys.exc_info()[1]
        reason = getattr(err, "strerror", None) or type(err).__name__
        with contextlib.suppress(Exception):  # even stderr is gone: nothing more to do
            print(f"warning: the log file {self.baseFilename} cannot be written ({reason}); "
                  "the program goes on without it.", file=sys.stderr)


def setup_logging() -> Path:
    """Configure the root logger; returns the log file's path (written or not)."""
    folder = Path(os.environ.get("HMC_LOG_DIR") or log_dir())
    path = folder / "hmc-desktop.log"
    root = logging.getLogger()
    for old in root.handlers:
        if getattr(old, "baseFilename", None) == str(path):
            return path  # already logging there (main() called again in one process)
        old.close()
    root.setLevel(logging.INFO)
    try:
        if not folder.is_dir():
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        # backslashreplace: a file name that is not UTF-8 (surrogate escapes) is logged, not lost
        handler: logging.Handler = PrivateLogHandler(path, maxBytes=5_000_000, backupCount=3,
                                                     encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        print(f"warning: the log file {path} cannot be opened ({exc.strerror or exc}); "
              "the program goes on without it.", file=sys.stderr)
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers[:] = [handler]
    return path
