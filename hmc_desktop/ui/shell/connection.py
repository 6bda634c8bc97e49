"""Other workstations' changes and the database connection, for the window (shared database).

:class:`ChangeWatcher` wraps :class:`~hmc_desktop.services.sync.listener.ChangeListener` (a
thread: LISTEN/NOTIFY on PostgreSQL, polling the audit log on SQLite) in Qt signals:

* ``changed(entity, key)`` — collected for a quarter second, each key once; many at
  once (or after an outage) become one ``changed('*', '')``: reload everything shown;
* ``batch(Changes)`` — the same quarter second's keys at once (the window's change hub);
* ``onlineChanged(online, reason)`` — the database stopped or started answering.

:class:`ConnectionBanner` is the strip that says the server cannot be reached. The
window stays usable for reading what is loaded and keeps what is typed in its forms;
the listener retries by itself with growing pauses (1 s … 30 s).

:class:`Teamwork` puts it together for the main window: the banner above the tabs, the
change watcher feeding the window's :class:`~hmc_desktop.ui.common.change_hub.ChangeHub`
(which drops the window's own echoes; the views reload from the hub), and the sync folder
watcher feeding the status bar's ``statusSync`` label; threads start when the window is first
shown (the main window: once its queue has shown its first rows, so that their query has
the machine to itself: start-up time) and stop when it closes.
"""

from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QMainWindow, QWidget

from hmc_desktop.domain.changes import Changes
from hmc_desktop.services.sync.listener import BACKOFF, EVERYTHING, ChangeListener, Engine
from hmc_desktop.ui.common.change_hub import ChangeHub
from hmc_desktop.ui.shell.sync_status import SyncStatusWidget, SyncWatcher

STATUS_MS = 10_000

MAX_SEPARATE = 50  # more distinct keys in one burst: one "reload everything"


class ChangeWatcher(QObject):
    """Qt side of the change listener; emits on the GUI thread."""

    changed = Signal(str, str)
    batch = Signal(object)  # Changes: one quarter second's keys together
    onlineChanged = Signal(bool, str)
    _heard = Signal(str, str)  # from the listener thread (queued to the GUI thread)
    _state = Signal(bool, str)

    def __init__(self, engine: Engine, parent: QObject | None = None, *,
                 debounce_ms: int = 250, poll_seconds: float = 1.0,
                 backoff: tuple[float, ...] | None = None) -> None:
        super().__init__(parent)
        self.listener = ChangeListener(engine, self._heard.emit, self._state.emit,
                                       poll_seconds=poll_seconds, backoff=backoff or BACKOFF)
        self._pending: dict[tuple[str, str], None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self._collect)
        self._state.connect(self._on_state)
        self.online: bool | None = None

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        """Stop the thread (the window is closing); pending changes are dropped."""
        self._timer.stop()
        self.listener.stop()

    def check_now(self) -> None:
        """Something just failed to reach the database: look again now, not after the pause."""
        self.listener.check_now()

    def _collect(self, entity: str, key: str) -> None:
        self._pending[(entity, key)] = None
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        pending, self._pending = list(self._pending), {}
        if len(pending) > MAX_SEPARATE or any(e == EVERYTHING for e, _ in pending):
            self.changed.emit(EVERYTHING, "")
            self.batch.emit(Changes(everything=True))
            return
        for entity, key in pending:
            self.changed.emit(entity, key)
        if pending:
            self.batch.emit(Changes.of(pending))

    def _on_state(self, online: bool, reason: str) -> None:
        self.online = online
        self.onlineChanged.emit(online, reason)


class ConnectionBanner(QLabel):
    """``connectionBanner``: shown while the database cannot be reached; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Förbindelse med databasen"))
        self.setStyleSheet("QLabel { background: #fde2e1; color: #5c0b07; padding: 6px;"
                           " border: 1px solid #d9534f; }")
        self.hide()

    def set_online(self, online: bool, reason: str = "") -> None:
        """Show or hide the banner; ``reason`` goes to the tooltip (for IT support)."""
        if online:
            self.hide()
            return
        self.setText("⚠ " + self.tr(
            "Databasen går inte att nå. Det som visas kan vara inaktuellt och ändringar kan "
            "inte sparas just nu; det du har skrivit finns kvar. Programmet försöker ansluta "
            "igen av sig självt."))
        self.setToolTip(reason)
        self.show()


class Teamwork(QObject):
    """The shared database in the main window: ``Teamwork(window)`` after the window is built.

    Expects ``window.ctx``, optionally ``window.change_hub`` (a :class:`ChangeHub`; made here
    if absent, as :attr:`hub`) and ``window.sync_status`` (a :class:`SyncStatusWidget`; made
    here if absent).
    """

    def __init__(self, window: QMainWindow, *, wait: bool = False) -> None:
        """``wait``: start once :meth:`go` has been called too, not as soon as the window shows."""
        super().__init__(window)
        self.main: Any = cast(Any, window)  # a MainWindow: ctx, queue_tab, device_tab …
        ctx = self.main.ctx
        self.banner = ConnectionBanner()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
        status = getattr(window, "sync_status", None)
        if not isinstance(status, SyncStatusWidget):
            status = SyncStatusWidget(ctx)
            window.statusBar().addPermanentWidget(status)
        self.sync_status: SyncStatusWidget = status
        hub = getattr(window, "change_hub", None)
        self.hub: ChangeHub = hub if isinstance(hub, ChangeHub) else ChangeHub(self)
        self.changes = ChangeWatcher(ctx.db.engine, self)
        self.changes.batch.connect(self.hub.publish_remote)
        self.changes.onlineChanged.connect(self.online_changed)
        # What a sync round imports is committed through the database: the hub hears it.
        self.sync = SyncWatcher(ctx, status, self)
        self.started = False
        self._waiting = wait
        self._was_offline = False
        listener = self.changes.listener
        window.destroyed.connect(lambda *_a: listener.stop(timeout=0.5))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main:
            if event.type() == QEvent.Type.Show and not self.started and not self._waiting:
                self.start()
            elif event.type() == QEvent.Type.Close:
                self.stop()
        return False

    def go(self) -> None:
        """What ``wait`` waited for has happened: start now if the window is shown, else when it is."""
        self._waiting = False
        if not self.started and self.main.isVisible():
            self.start()

    def start(self) -> None:
        self.started = True
        self.changes.start()
        self.sync_status.refresh()
        if self.main.ctx.user.known:
            self.sync.start()

    def stop(self) -> None:
        self.sync.stop()
        self.changes.stop()

    def online_changed(self, online: bool, reason: str) -> None:
        self.banner.set_online(online, reason)
        came_back, self._was_offline = online and self._was_offline, not online
        if came_back and self.started:  # not at the first connection of the day
            self.main.statusBar().showMessage(
                self.tr("Förbindelsen med databasen är tillbaka."), STATUS_MS)
