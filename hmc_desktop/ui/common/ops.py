"""Background operations (after Anki's ``aqt.operations``): database work off the GUI thread.

    Op(lambda: service.show(no)).success(self._show).failure(self._error).run()

``fn`` runs on a worker thread; ``success``/``failure``/``progress`` callbacks run on
the GUI thread. A failure callback gets the exception; when none is given, the
window's default error handler shows it (see :func:`set_default_failure`).
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_POOL: QThreadPool | None = None
_RUNNING: set["Op"] = set()
_default_failure: Callable[[BaseException], None] | None = None


def pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(3)
    return _POOL


def set_default_failure(handler: Callable[[BaseException], None] | None) -> None:
    global _default_failure
    _default_failure = handler


def wait_for_all(msecs: int = 30_000) -> bool:
    """Block until background work is done (tests, shutdown)."""
    return pool().waitForDone(msecs)


def drain(rounds: int = 10, msecs: int = 30_000) -> bool:
    """Shutdown: until every operation started has delivered its result to its callback
    (a callback may start another one). False if some are still under way after ``rounds``."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        if not _RUNNING:
            return True
        wait_for_all(msecs)
        QCoreApplication.processEvents()
    return not _RUNNING


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, op: "Op") -> None:
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.op.fn(self.op.report_progress) if self.op.wants_progress else self.op.fn()
        except BaseException as exc:
            log.info("background operation failed: %r", exc, exc_info=not _is_expected(exc))
            self.op.signals.failed.emit(exc)
        else:
            self.op.signals.done.emit(result)


_AFTER_EACH: list[Callable[[], None]] = []


def after_each(hook: Callable[[], None]) -> Callable[[], None]:
    """Call ``hook()`` on the GUI thread as each operation ends, before its own callback
    (the change hub publishes what the operation committed first); returns the remover."""
    _AFTER_EACH.append(hook)
    return lambda: _AFTER_EACH.remove(hook) if hook in _AFTER_EACH else None


def _finished() -> None:
    for hook in list(_AFTER_EACH):
        hook()


def _is_expected(exc: BaseException) -> bool:
    from hmc_desktop.domain.errors import DomainError

    return isinstance(exc, DomainError)


class Op:
    """One unit of background work with GUI-thread callbacks."""

    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False) -> None:
        """``fn()``; or ``fn(progress)`` with ``with_progress``, calling ``progress(done, total, text)``."""
        self.fn = fn
        self.wants_progress = with_progress
        self.signals = _Signals()
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)

    def success(self, cb: Callable[[Any], None]) -> "Op":
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> "Op":
        self._failure = cb
        return self

    def progress(self, cb: Callable[[int, int, str], None]) -> "Op":
        self.signals.progress.connect(cb)
        return self

    def report_progress(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def run(self) -> "Op":
        _RUNNING.add(self)
        pool().start(_Runnable(self))
        return self

    def _on_done(self, result: Any) -> None:
        _RUNNING.discard(self)
        _finished()
        if self._success is not None:
            self._success(result)

    def _on_failed(self, exc: BaseException) -> None:
        _RUNNING.discard(self)
        _finished()
        handler = self._failure or _default_failure
        if handler is not None:
            handler(exc)
        else:
            log.error("unhandled background failure: %r", exc)
