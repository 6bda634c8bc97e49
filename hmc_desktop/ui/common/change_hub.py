"""The window's one change bus (after Anki's ``OpChanges``): what changed, from here or elsewhere.

Publishers:

* this window's own operations: :meth:`ChangeHub.committed` is a
  :meth:`Database.on_committed <hmc_desktop.db.unit_of_work.Database.on_committed>`
  subscriber, called on the worker thread that committed. It only queues the
  :class:`~hmc_desktop.domain.changes.Changes` in a Python deque: no Qt call from a worker
  (a signal emitted on a window the GUI thread is deleting can deadlock the two threads).
  The GUI thread publishes them as each operation ends, before the operation's own
  callback (:func:`hmc_desktop.ui.common.ops.after_each`), and on a short timer for
  anything committed outside an operation;
* other workstations: :meth:`ChangeHub.heard` takes what the change watcher heard
  (``entity``, ``key``; ``'*'`` is "everything").

The change watcher hears this window's own writes as well (the audit log on SQLite, NOTIFY on
PostgreSQL). A key this window committed in the last :data:`ECHO_SECONDS` is taken out of
what is heard, so that one action reloads a view once, not twice.

Subscribers (the queue, the device card, the follow-up view) connect to :attr:`changed` and
reload only when a change touches what they show (``everything``: always).
"""

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hmc_desktop.domain.changes import Changes

ECHO_SECONDS = 5.0  # the watcher hears a local write within ~1.3 s (poll 1 s + debounce)
EVERYTHING = "*"  # the watcher's entity for "reload everything" (services.sync.listener)


class ChangeHub(QObject):
    """Merges local and other workstations' changes; emits ``changed(Changes)`` on the GUI thread."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._own: list[tuple[float, Changes]] = []  # (when, what) this window committed
        self._pending: deque[Changes] = deque()  # committed on workers, not yet published
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.publish_committed)
        self._timer.start()

    def committed(self, changes: Changes) -> None:
        """What this window's transaction changed; any thread, and touches nothing of Qt."""
        self._pending.append(changes)

    def publish_committed(self) -> None:
        """On the GUI thread: publish what was committed since the last call, as one change."""
        if not self._pending:
            return
        merged = Changes()
        while self._pending:
            merged = merged | self._pending.popleft()
        self._publish_local(merged)

    def heard(self, entity: str, key: str) -> None:
        """What the change watcher heard another workstation (or this window) change."""
        changes = Changes(everything=True) if entity == EVERYTHING else Changes.of([(entity, key)])
        self.publish_remote(changes)

    def publish_remote(self, changes: Changes) -> None:
        """Emit ``changes`` less the window's own recent writes (its echoes), if anything is left."""
        left = changes - self._recent_own()
        if left:
            self.changed.emit(left)

    def _publish_local(self, changes: Changes) -> None:
        self._own.append((self._clock(), changes))
        self.changed.emit(changes)

    def _recent_own(self) -> Changes:
        since = self._clock() - ECHO_SECONDS
        self._own = [(when, what) for when, what in self._own if when >= since]
        own = Changes()
        for _when, what in self._own:
            if not what.everything:  # a local "everything" names no key to recognise
                own = own | what
        return own
