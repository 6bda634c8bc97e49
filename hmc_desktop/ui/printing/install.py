"""Printing and the centre's flows in the main window: the Utskrifter and Snabbservice tabs,
Ctrl+P in the current context, Ta emot retur, the billing export, and the order flows in the menu.

The two tabs are built when first shown or asked for (:mod:`hmc_desktop.ui.common.lazy_tabs`),
the billing dialog when first opened: what they import is not part of the start-up (start-up
time).
"""

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hmc_desktop.domain.types import Role
from hmc_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from hmc_desktop.ui.device.card import DeviceCardTab
    from hmc_desktop.ui.orders.quick_service_tab import QuickServiceTab
    from hmc_desktop.ui.printing.billing_export import BillingExportDialog
    from hmc_desktop.ui.printing.tab import PrintingTab

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
STATUS_MS = 10_000


def install_printing(window: WindowApi) -> "WindowFlows":
    """Utskrifter (Ctrl+4), Snabbservice (Ctrl+5), Ctrl+P, Ta emot retur, the billing export
    and the order flows in the Arbetsorder menu."""
    return WindowFlows(window)


class WindowFlows:
    """Installs the tabs and actions on ``window``; :meth:`print_current` is Ctrl+P."""

    def __init__(self, window: WindowApi) -> None:
        self.window = window
        ctx = window.ctx
        window.lazy_tabs.add("printing", translate("MainWindow", "Utskrifter"), "printingTab",
                             self._build_printing_tab)
        window.lazy_tabs.add("quick", translate("MainWindow", "Snabbservice"), "quickServiceTab",
                             self._build_quick_tab)
        self.billing_dialog: BillingExportDialog | None = None
        self._menus()
        if ctx.user.role is Role.WAREHOUSE:  # the warehouse's work starts with the day's slips
            window.tabs.setCurrentWidget(self.printing_tab)

    @property
    def printing_tab(self) -> "PrintingTab":
        return cast("PrintingTab", self.window.lazy_tabs.get("printing"))

    @property
    def quick_tab(self) -> "QuickServiceTab":
        return cast("QuickServiceTab", self.window.lazy_tabs.get("quick"))

    def _build_printing_tab(self) -> QWidget:
        from hmc_desktop.ui.printing.tab import PrintingTab

        tab = PrintingTab(self.window.ctx)
        tab.deviceRequested.connect(self.window.open_device)
        return tab

    def _build_quick_tab(self) -> QWidget:
        from hmc_desktop.ui.orders.quick_service_tab import QuickServiceTab

        tab = QuickServiceTab(self.window.ctx)
        tab.orderCreated.connect(self.window.open_order_no)  # the hub reloads the queue
        return tab

    def _action(self, text: str, keys: str, tip: str, slot: Callable[[], object],
                name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.setStatusTip(tip)
        action.triggered.connect(lambda _c=False: slot())
        return action

    def _menus(self) -> None:
        w = self.window
        self.print_action = self._action(
            translate("MainWindow", "Skriv &ut…"), "Ctrl+P",
            translate("MainWindow", "Skriv ut det som är aktuellt: hämtorder, protokoll eller "
                      "dagens hämtordrar"), self.print_current, "actionPrint")
        self.return_action = self._action(
            translate("MainWindow", "Ta emot &retur…"), "Ctrl+R",
            translate("MainWindow", "Skanna ett returnerat hjälpmedel"), self.receive_return,
            "actionReceiveReturn")
        self.billing_action = self._action(
            translate("MainWindow", "Exportera &faktureringsunderlag…"), "Ctrl+E",
            translate("MainWindow", "Faktureringsunderlag per betalare och månad som CSV"),
            self.export_billing, "actionBillingExport")
        first = w.file_menu.actions()[0]  # the language switch: these go before it
        for action in (self.print_action, self.return_action, self.billing_action):
            w.file_menu.insertAction(first, action)
        w.file_menu.insertSeparator(first)
        w.order_menu.addSeparator()
        for action in w.queue_tab.order_actions.flows.all:
            w.order_menu.addAction(action)
        after = w.view_menu.actions()[3]  # the separator after the first three tabs
        tabs = [("printing", translate("MainWindow", "&Utskrifter")),
                ("quick", translate("MainWindow", "S&nabbservice"))]
        for i, (key, text) in enumerate(tabs, start=4):
            action = self._action(text, f"Ctrl+{i}", text.replace("&", ""),
                                  partial(w.lazy_tabs.show, key), f"actionTab{i}")
            w.view_menu.insertAction(after, action)

    # -- the window-wide actions --------------------------------------------------------------
    def print_current(self) -> bool:
        """Ctrl+P: the selected order's pickup order, the device card's document, or the day's
        pickup orders — whichever tab is in front."""
        w = self.window
        current = w.tabs.currentWidget()  # a tab in front is always built
        if current is w.lazy_tabs.peek("printing"):
            done = self.printing_tab.print_current()
        elif current is w.queue_tab:
            action = w.queue_tab.order_actions.flows.print_pickup
            done = action.isEnabled() and action.isVisible()
            if done:
                action.trigger()
        elif current is w.lazy_tabs.peek("device"):
            done = bool(cast("DeviceCardTab", current).print_current())
        else:
            done = False
        if not done:
            w.statusBar().showMessage(translate(
                "MainWindow", "Här finns inget att skriva ut. Välj en arbetsorder med "
                "hjälpmedel, ett dokument på individkortet eller fliken Utskrifter."), STATUS_MS)
        return done

    def receive_return(self) -> None:
        self.window.tabs.setCurrentWidget(self.printing_tab)
        self.printing_tab.focus_return()

    def export_billing(self) -> "BillingExportDialog":
        from hmc_desktop.ui.orders.flow_forms import open_dialog
        from hmc_desktop.ui.printing.billing_export import BillingExportDialog

        dialog = BillingExportDialog(self.window.ctx, self.window)
        dialog.succeeded.connect(lambda path: self.window.statusBar().showMessage(translate(
            "MainWindow", "Faktureringsunderlaget är sparat i %1.").replace("%1", str(path)),
            STATUS_MS))
        self.billing_dialog = dialog
        open_dialog(dialog)
        return dialog

