"""What the main window gets beyond its three core tabs: new orders and the follow-up view.

The Uppföljning tab is built the first time it is shown or asked for
(:mod:`hmc_desktop.ui.lazy_tabs`): its charts and report code are not part of the start-up.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hmc_desktop.ui.new_order_action import install_new_order_action

if TYPE_CHECKING:
    from hmc_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
STATUS_MS = 10_000


def install_extras(window: "MainWindow") -> None:
    """Ny arbetsorder (Ctrl+N) and the Uppföljning tab (Ctrl+6) with its click-through."""
    window.new_order_action = install_new_order_action(window)
    window.lazy_tabs.add("followup", translate("MainWindow", "Uppföljning"), "followUpTab",
                         lambda: _build_followup(window))
    show = QAction(translate("MainWindow", "U&ppföljning"), window)
    show.setObjectName("actionTabFollowUp")
    show.setShortcut(QKeySequence("Ctrl+6"))
    show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    show.triggered.connect(lambda _c=False: window.lazy_tabs.show("followup"))
    window.view_menu.addAction(show)


def _build_followup(window: "MainWindow") -> QWidget:
    from hmc_desktop.ui.followup import FollowUpTab

    tab = FollowUpTab(window.ctx)
    tab.ordersRequested.connect(lambda flt: _show_orders(window, flt))
    tab.statusMessage.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    return tab


def _show_orders(window: "MainWindow", flt: dict[str, Any]) -> None:
    """P2/C5 click-through: exactly the orders behind a follow-up figure, in the queue."""
    from hmc_desktop.ui.followup import show_in_queue

    window.tabs.setCurrentWidget(window.queue_tab)
    show_in_queue(window.queue_tab, flt)
    window.queue_tab.table.setFocus()
