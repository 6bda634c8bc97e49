"""What the person sees when background work fails (after qutebrowser's known-error/bug split).

* a rule refused the action (:class:`DomainError`): its one sentence;
* the database cannot be reached (``OperationalError``): a sentence in the status bar,
  the window stays usable and the next action simply tries again;
* anything else is a bug: a short note saying where the log file is; the traceback
  goes to the log only.
"""

import errno
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.paths import log_dir
from hmc_desktop.services.core.failures import is_stale_save
from hmc_desktop.services.core.failures import is_unreachable as is_unreachable  # widgets ask here
from hmc_desktop.ui.common import i18n, ops

log = logging.getLogger(__name__)
STATUS_MS = 15_000


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def describe(exc: BaseException) -> str:
    """The one sentence a person reads about ``exc``, in the interface language."""
    if isinstance(exc, DomainError):
        return exc.message(i18n.current_language())
    if is_stale_save(exc):  # someone saved the same row first (optimistic locking)
        return DomainError("stale_data").message(i18n.current_language())
    if is_unreachable(exc):
        return translate("Errors", "Databasen går inte att nå just nu. Försök igen om en "
                         "stund; kvarstår felet, kontakta IT-supporten.")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:  # nothing half-written is left
        return translate("Errors", "Disken är full: %1 kunde inte skrivas. Ingenting lämnades "
                         "halvskrivet; frigör utrymme och försök igen.").replace(
            "%1", str(exc.filename or ""))
    text = translate("Errors", "Ett oväntat fel inträffade (%1). Detaljer finns i loggfilen "
                     "i %2.")
    return text.replace("%1", type(exc).__name__).replace("%2", str(log_dir()))


class ErrorReporter:
    """The window's default failure handler for :class:`~hmc_desktop.ui.common.ops.Op`."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.last: str = ""  # the last sentence shown (tests and accessibility read it)

    def __call__(self, exc: BaseException) -> None:
        text = describe(exc)
        self.last = text
        if isinstance(exc, DomainError) or is_stale_save(exc) or is_unreachable(exc) or (
                isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
            if is_unreachable(exc):
                log.warning("database unreachable: %s", exc)
            self.window.statusBar().showMessage(text, STATUS_MS)
            return
        log.error("unexpected failure in background work", exc_info=exc)
        self.window.statusBar().showMessage(text, STATUS_MS)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Fel"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAccessibleName(translate("Errors", "Felmeddelande"))
        box.open()  # not exec(): the window keeps working


def install(window: QMainWindow) -> Callable[[BaseException], None]:
    """Make ``window`` show failures no one else handled; returns the handler."""
    reporter = ErrorReporter(window)
    ops.set_default_failure(reporter)
    return reporter
