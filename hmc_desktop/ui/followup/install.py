"""The Uppföljning tab in the main window (Ctrl+6), with its click-through to the queue.

The tab is built the first time it is shown or asked for
(:mod:`hmc_desktop.ui.common.lazy_tabs`): its charts and report code are not part of the start-up.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hmc_desktop.ui.window_api import WindowApi

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def install_followup(window: WindowApi) -> QAction:
    """Add the tab (``followUpTab``) and Visa → Uppföljning (Ctrl+6); returns the action."""
    window.lazy_tabs.add("followup", translate("MainWindow", "Uppföljning"), "followUpTab",
                         lambda: _build_followup(window))
    show = QAction(translate("MainWindow", "U&ppföljning"), window)
    show.setObjectName("actionTabFollowUp")
    show.setShortcut(QKeySequence("Ctrl+6"))
    show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    show.triggered.connect(lambda _c=False: window.lazy_tabs.show("followup"))
    window.view_menu.addAction(show)
    return show


def _build_followup(window: WindowApi) -> QWidget:
    from hmc_desktop.ui.followup.view import FollowUpTab

    tab = FollowUpTab(window.ctx)
    window.change_hub.changed.connect(tab.changes_arrived)
    tab.ordersRequested.connect(lambda flt: _show_orders(window, flt))
    tab.statusMessage.connect(window.show_status)
    return tab


def _show_orders(window: WindowApi, flt: dict[str, Any]) -> None:
    """P2/C5 click-through: exactly the orders behind a follow-up figure, in the queue."""
    from hmc_desktop.ui.followup.view import show_in_queue

    window.tabs.setCurrentWidget(window.queue_tab)
    show_in_queue(window.queue_tab, flt)
    window.queue_tab.table.setFocus()
