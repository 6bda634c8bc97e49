"""The Återkallelser tab in the main window (R1–R5): built the first time it is shown (Ctrl+8).

Its figures follow the other workstations: the window's change watcher tells the
tab when units, orders or campaigns changed, and the tab reloads when it is in front (or
the next time it is shown).
"""

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hmc_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from hmc_desktop.ui.recalls.tab import RecallTab

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def install_recall_tab(window: WindowApi) -> QAction:
    """Add the tab (``recallTab``) and Visa → Återkallelser (Ctrl+8)."""
    window.lazy_tabs.add("recall", translate("MainWindow", "Återkallelser"), "recallTab",
                         lambda: _build(window))
    show = QAction(translate("MainWindow", "Åter&kallelser"), window)
    show.setObjectName("actionTabRecall")
    show.setShortcut(QKeySequence("Ctrl+8"))
    show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    show.triggered.connect(lambda _c=False: window.lazy_tabs.show("recall"))
    window.view_menu.addAction(show)
    window.watch_changes(lambda entity, key: _changed(window, entity, key))
    return show


def recall_tab(window: WindowApi) -> "RecallTab":
    """The tab, built now if it was not."""
    return cast("RecallTab", window.lazy_tabs.get("recall"))


def _build(window: WindowApi) -> QWidget:
    from hmc_desktop.ui.recalls.tab import RecallTab

    tab = RecallTab(window.ctx)
    tab.deviceRequested.connect(window.open_device)
    return tab


def _changed(window: WindowApi, entity: str, key: str) -> None:
    tab = window.lazy_tabs.peek("recall")
    if tab is not None:
        cast("RecallTab", tab).changed_elsewhere(entity, key)
