"""What a feature of the window may use of it: the one interface the rooms install through.

Every room that adds to the main window (a tab, menu entries, the toolbar) has one install
function, a :data:`Feature`: it takes the window as a :class:`WindowApi` and returns what it
made. :mod:`hmc_desktop.ui.shell.main_window` lists the features in one place and calls them
in that order, so the window is assembled there and no room imports the shell (the rooms'
import arrows are checked: ``[tool.importlinter]`` in ``pyproject.toml``).

The API is the window's own: add a lazily built tab (``lazy_tabs.add``), put an action in
``file_menu`` / ``order_menu`` / ``view_menu`` or on the toolbar, say something in the status
bar (:meth:`show_status`), open a device or an order (:meth:`open_device`,
:meth:`open_order_no`), hear what changed here or on other workstations (``change_hub``:
:class:`~hmc_desktop.ui.common.change_hub.ChangeHub`), or only elsewhere (:meth:`watch_changes`).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.ui.common.change_hub import ChangeHub
from hmc_desktop.ui.common.lazy_tabs import LazyTabs

if TYPE_CHECKING:
    from hmc_desktop.ui.queue.tab import WorkOrderQueueTab

STATUS_MS = 10_000  # how long a status-bar sentence stays


class WindowApi(QMainWindow):
    """The main window as its features see it (the shell's ``MainWindow`` is the one kind)."""

    scanHandled = Signal(str, str)  # 'order' | 'device' | 'unknown', the scanned text

    ctx: ServiceContext
    change_hub: ChangeHub  # what this window and the other workstations changed (own echoes dropped)
    tabs: QTabWidget
    lazy_tabs: LazyTabs  # the tabs beyond the queue, built when first needed
    queue_tab: "WorkOrderQueueTab"
    file_menu: QMenu  # Arkiv
    order_menu: QMenu  # Arbetsorder
    view_menu: QMenu  # Visa

    def show_status(self, text: str) -> None:
        """A sentence in the status bar for :data:`STATUS_MS`."""
        self.statusBar().showMessage(text, STATUS_MS)

    def open_device(self, individual_no: str) -> None:
        raise NotImplementedError

    def open_order_no(self, order_no: str) -> None:
        raise NotImplementedError

    def open_techdoc(self, order_no: str) -> None:
        raise NotImplementedError

    def watch_changes(self, slot: Callable[[str, str], None]) -> None:
        """Call ``slot(entity, key)`` when another workstation changed something."""
        raise NotImplementedError


Feature = Callable[[WindowApi], object]  # installs one room into the window; returns what it made
