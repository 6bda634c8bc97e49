"""What the main window gets beyond its three core tabs: new orders and the follow-up view.

The Uppföljning tab is built the first time it is shown or asked for
(:mod:`hmc_desktop.ui.shell.lazy_tabs`): its charts and report code are not part of the start-up.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hmc_desktop.domain.types import Role
from hmc_desktop.ui.new_order.action import install_new_order_action

if TYPE_CHECKING:
    from hmc_desktop.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
STATUS_MS = 10_000


def install_extras(window: "MainWindow") -> None:
    """Ny arbetsorder (Ctrl+N), the Uppföljning tab (Ctrl+6) with its click-through, and the
    sync folders (Arkiv → Synkroniseringsmappar…)."""
    window.new_order_action = install_new_order_action(window)
    install_sync_settings_action(window)
    window.lazy_tabs.add("followup", translate("MainWindow", "Uppföljning"), "followUpTab",
                         lambda: _build_followup(window))
    show = QAction(translate("MainWindow", "U&ppföljning"), window)
    show.setObjectName("actionTabFollowUp")
    show.setShortcut(QKeySequence("Ctrl+6"))
    show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    show.triggered.connect(lambda _c=False: window.lazy_tabs.show("followup"))
    window.view_menu.addAction(show)


def _build_followup(window: "MainWindow") -> QWidget:
    from hmc_desktop.ui.followup.view import FollowUpTab

    tab = FollowUpTab(window.ctx)
    tab.ordersRequested.connect(lambda flt: _show_orders(window, flt))
    tab.statusMessage.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    return tab


def _show_orders(window: "MainWindow", flt: dict[str, Any]) -> None:
    """P2/C5 click-through: exactly the orders behind a follow-up figure, in the queue."""
    from hmc_desktop.ui.followup.view import show_in_queue

    window.tabs.setCurrentWidget(window.queue_tab)
    show_in_queue(window.queue_tab, flt)
    window.queue_tab.table.setFocus()


def install_sync_settings_action(window: "MainWindow") -> QAction:
    """Arkiv → Synkroniseringsmappar…; administrators only (others see why it is disabled)."""
    action = QAction(translate("MainWindow", "&Synkroniseringsmappar…"), window)
    action.setObjectName("actionSyncSettings")
    action.setShortcut(QKeySequence("Ctrl+Alt+S"))
    if window.ctx.user.role is not Role.ADMIN:
        action.setEnabled(False)
        action.setToolTip(translate("MainWindow", "Bara en administratör ändrar mapparna."))
    action.triggered.connect(lambda _c=False: _open_sync_settings(window))
    actions = window.file_menu.actions()
    if actions:
        window.file_menu.insertAction(actions[0], action)
    else:
        window.file_menu.addAction(action)
    return action


def _open_sync_settings(window: "MainWindow") -> None:
    from hmc_desktop.ui.shell.sync_settings import SyncSettingsDialog

    dialog = SyncSettingsDialog(window.ctx, window)
    dialog.accepted.connect(lambda: _sync_settings_saved(window))
    dialog.open()


def _sync_settings_saved(window: "MainWindow") -> None:
    window.statusBar().showMessage(translate("MainWindow", "Synkroniseringsmapparna är sparade."),
                                   STATUS_MS)
    teamwork = getattr(window, "teamwork", None)
    if teamwork is not None and teamwork.started:
        teamwork.sync.run_now()  # the new folders at once, not after an interval
