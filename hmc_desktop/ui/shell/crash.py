"""What a bug looks like to the person at the workstation: a sentence, not a traceback.

:func:`install_crash_handler` routes every uncaught exception — in the GUI thread (Qt
slots and event handlers end up in ``sys.excepthook``) and in other threads
(``threading.excepthook``) — to one place that

1. writes the traceback to the log file (with the program's version),
2. shows a short Swedish message with the log file's path and a button that opens the
   log folder, in the GUI thread, one message at a time.

If showing the message fails, that is logged too and nothing more happens: the handler
never calls itself. Hard crashes (a segfault in a Qt library) cannot be caught this way;
``faulthandler`` writes their Python stack to ``crash.log`` in the log folder instead.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from hmc_desktop.paths import log_dir

log = logging.getLogger("hmc_desktop.crash")

ShowFn = Callable[[str, Path], None]
"""``show(message, log_file)``: tell the person; the default is :func:`show_dialog`."""

translate = QCoreApplication.translate


def current_log_file() -> Path:
    """The file the root logger writes to (see logsetup), else where it would be."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return Path(name)
    return log_dir() / "hmc-desktop.log"


def crash_message(exc_type: type[BaseException], log_file: Path) -> str:
    """The text the person sees: what happened, what to do, where the details are."""
    # One literal, so that lupdate sees it.
    text = translate("CrashDialog", "Ett oväntat fel inträffade (%1). Det du höll på med kan ha avbrutits; kontrollera att det blev gjort innan du fortsätter.\n\nFelet är sparat i loggfilen:\n%2\n\nKontakta IT-supporten och bifoga loggfilen om felet kommer tillbaka.")
    return text.replace("%1", exc_type.__name__).replace("%2", str(log_file))


def show_dialog(message: str, log_file: Path) -> None:
    """The default ``show``: a warning box with 'Öppna loggmappen' and 'Stäng'."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CrashDialog", "Oväntat fel"))
    box.setText(message)
    open_button = box.addButton(translate("CrashDialog", "Öppna loggmappen"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("CrashDialog", "Stäng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))


class _Bridge(QObject):
    """Lives in the GUI thread; ``report`` emitted from another thread arrives queued."""

    report = Signal(str, str)

    def __init__(self, present: Callable[[str, str], None], parent: QObject | None) -> None:
        super().__init__(parent)
        self._present = present
        self.report.connect(self.deliver)

    @Slot(str, str)
    def deliver(self, message: str, log_file: str) -> None:
        self._present(message, log_file)


class CrashHandler:
    """The installed hooks; :meth:`uninstall` puts the previous ones back (tests)."""

    def __init__(self, show: ShowFn, log_file: Path | None = None,
                 parent: QObject | None = None) -> None:
        self._show = show
        self._log_file = log_file
        self._busy = False  # a message is on screen, or on its way there
        self._lock = threading.Lock()
        self._previous: tuple[Any, Any] | None = None
        self._bridge = _Bridge(self._present, parent)

    @property
    def log_file(self) -> Path:
        return self._log_file or current_log_file()

    def install(self) -> CrashHandler:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        """``sys.excepthook``: uncaught exceptions of the GUI thread (and of Qt's slots)."""
        self.handle(exc_type, exc, tb, "main thread")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        exc = args.exc_value if args.exc_value is not None else Exception(args.exc_type.__name__)
        self.handle(args.exc_type, exc, args.exc_traceback, name)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None, where: str) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            from hmc_desktop.version import app_version

            log.critical("unexpected error in %s (hmc-desktop %s)", where, app_version(),
                         exc_info=(exc_type, exc, tb))
        except Exception:  # logging itself broke (disk full …): at least try stderr
            _stderr_line(f"unexpected error: {exc_type.__name__}")
        with self._lock:
            if self._busy:
                return  # one message at a time; this one is in the log
            self._busy = True
        try:
            message = crash_message(exc_type, self.log_file)
            self._bridge.report.emit(message, str(self.log_file))
        except Exception:
            log.exception("the error message could not be prepared")
            self._busy = False

    def _present(self, message: str, log_file: str) -> None:
        try:
            self._show(message, Path(log_file))
        except Exception:  # never recurse: the dialog's own failure is only logged
            log.exception("the error message could not be shown")
        finally:
            self._busy = False


def install_crash_handler(app: QCoreApplication | None = None, show: ShowFn | None = None,
                          log_file: Path | None = None) -> CrashHandler:
    """Install the hooks; call once, in the GUI thread, after logging is set up.

    ``show``: how to tell the person (default: :func:`show_dialog`); ``log_file``: the
    file named in the message (default: the root logger's file).
    """
    handler = CrashHandler(show or show_dialog, log_file, parent=app)
    enable_faulthandler((log_file or current_log_file()).parent)
    return handler.install()


_fault_file: IO[str] | None = None
_fault_path: Path | None = None


def enable_faulthandler(folder: Path) -> Path | None:
    """Dump the Python stack of a hard crash to ``folder/crash.log`` (appended)."""
    global _fault_file, _fault_path
    if _fault_file is not None:
        return _fault_path
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # owner-only, as the log (logsetup): a stack may show what was being worked on
        fd = os.open(folder / "crash.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _fault_file = open(fd, "a", encoding="utf-8")  # noqa: SIM115  (kept open)
        _fault_path = folder / "crash.log"
        faulthandler.enable(_fault_file)
    except OSError:
        log.warning("faulthandler not enabled (cannot write to %s)", folder)
        return None
    return folder / "crash.log"


def _stderr_line(text: str) -> None:
    stream = sys.__stderr__  # None in the windowed Windows build
    if stream is not None:
        with contextlib.suppress(Exception):
            print(text, file=stream)
