"""What periodic inspection adds to the main window: the Besiktning tab (Ctrl+7), built the
first time it is shown (:mod:`hmc_desktop.ui.common.lazy_tabs`), and Arkiv → Besiktningsplaner…
for administrators (PM1)."""

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hmc_desktop.domain.types import Role
from hmc_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from hmc_desktop.ui.inspections.plans import InspectionPlansDialog
    from hmc_desktop.ui.inspections.tab import InspectionTab

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
STATUS_MS = 10_000
KEY = "inspection"


def install_inspections(window: WindowApi) -> None:
    """The Besiktning tab and its menu entries."""
    window.lazy_tabs.add(KEY, translate("MainWindow", "Besiktning"), "inspectionTab",
                         lambda: _build_tab(window))
    show = QAction(translate("MainWindow", "&Besiktning"), window)
    show.setObjectName("actionTabInspection")
    show.setShortcut(QKeySequence("Ctrl+7"))
    show.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    show.triggered.connect(lambda _c=False: window.lazy_tabs.show(KEY))
    window.view_menu.addAction(show)
    plans = QAction(translate("MainWindow", "Besiktnings&planer…"), window)
    plans.setObjectName("actionInspectionPlans")
    plans.setShortcut(QKeySequence("Ctrl+Alt+B"))
    if window.ctx.user.role is not Role.ADMIN:
        plans.setEnabled(False)
        plans.setToolTip(translate("MainWindow", "Bara en administratör ändrar besiktningsplanerna."))
    plans.triggered.connect(lambda _c=False: open_plans(window))
    actions = window.file_menu.actions()
    if len(actions) > 1:  # beside Synkroniseringsmappar…, the other settings
        window.file_menu.insertAction(actions[1], plans)
    else:
        window.file_menu.addAction(plans)


def inspection_tab(window: WindowApi) -> "InspectionTab":
    return cast("InspectionTab", window.lazy_tabs.get(KEY))


def _build_tab(window: WindowApi) -> QWidget:
    from hmc_desktop.ui.inspections.tab import InspectionTab

    tab = InspectionTab(window.ctx)
    tab.deviceRequested.connect(window.open_device)
    tab.orderRequested.connect(window.open_order_no)
    tab.statusMessage.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    return tab


def open_plans(window: WindowApi) -> "InspectionPlansDialog":
    from hmc_desktop.ui.inspections.plans import InspectionPlansDialog
    from hmc_desktop.ui.orders.flow_forms import open_dialog

    dialog = InspectionPlansDialog(window.ctx, window)
    dialog.finished.connect(lambda _r: _plans_closed(window))
    open_dialog(dialog)
    return dialog


def _plans_closed(window: WindowApi) -> None:
    tab = window.lazy_tabs.peek(KEY)
    refresh = getattr(tab, "refresh", None)
    if refresh is not None:
        refresh()  # the due days may have moved
