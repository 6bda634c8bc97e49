"""The main window: scan field, the tabs (queue, device card, technical documentation, printing,
quick service, follow-up), menus.

Only the queue is built with the window; the other tabs are built the first time they are
shown or asked for (:mod:`hmc_desktop.ui.common.lazy_tabs`; start-up time):
``window.device_tab`` and the like always give the real tab.
"""

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.domain.messages import ROLE_SV
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.queue.queries import Located, QueueService
from hmc_desktop.ui.common import errors, i18n, ops
from hmc_desktop.ui.common.change_hub import ChangeHub
from hmc_desktop.ui.common.focus_chain import set_chain
from hmc_desktop.ui.common.lazy_tabs import LazyTabs
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.screen_fit import place_on_screen
from hmc_desktop.ui.common.scrolling import scroll_area
from hmc_desktop.ui.followup.install import install_followup
from hmc_desktop.ui.inspections.window import install_inspections
from hmc_desktop.ui.new_order.action import install_new_order_action
from hmc_desktop.ui.printing.install import WindowFlows, install_printing
from hmc_desktop.ui.queue.model import icon
from hmc_desktop.ui.queue.tab import WorkOrderQueueTab
from hmc_desktop.ui.recalls.install import install_recall_tab
from hmc_desktop.ui.shell.connection import Teamwork
from hmc_desktop.ui.shell.shortcut_list import show_shortcuts
from hmc_desktop.ui.shell.sync_action import install_sync_settings_action
from hmc_desktop.ui.shell.sync_status import SyncStatusWidget
from hmc_desktop.ui.shell.zoom import install_zoom
from hmc_desktop.ui.window_api import Feature, WindowApi

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from hmc_desktop.ui.device.card import DeviceCardTab
    from hmc_desktop.ui.followup.view import FollowUpTab
    from hmc_desktop.ui.orders.tech_doc import TechDocTab

STATUS_MS = 10_000

# The rooms that install themselves into the window, in menu and tab order: each adds its
# tabs (built when first needed), menu entries and keys through the WindowApi.
FEATURES: tuple[tuple[str, Feature], ...] = (
    ("printing", install_printing),  # Utskrifter, Snabbservice, Ctrl+P, returns, billing, flows
    ("new_order", install_new_order_action),  # Ny arbetsorder (Ctrl+N)
    ("sync_settings", install_sync_settings_action),  # Arkiv → Synkroniseringsmappar…
    ("followup", install_followup),  # Uppföljning (Ctrl+6)
    ("inspections", install_inspections),  # Besiktning (Ctrl+7), Arkiv → Besiktningsplaner…
    ("recalls", install_recall_tab),  # Återkallelser (Ctrl+8; R1–R5)
)


class MainWindow(WindowApi):
    """``mainWindow``: the queue first; the scan field (Ctrl+L, F6) opens orders and devices."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # The platform adds the program's name ("— HMC", QApplication.applicationDisplayName)
        self.setWindowTitle(self.tr("Arbetsstation för hjälpmedelscentralen"))
        self.setWindowIcon(icon("app"))
        self.setAccessibleName(self.tr("Hjälpmedelscentralens arbetsstation"))
        self.ctx = ctx
        self.queue_service = QueueService(ctx)
        self.report = errors.install(self)
        self.read_only = not ctx.user.known
        # One change bus: this window's commits (from the worker threads) and, through
        # Teamwork, the other workstations'; the views reload from it.
        self.change_hub = ChangeHub(self)
        unsubscribe = ctx.db.on_committed(self.change_hub.committed)
        publish_after_ops = ops.after_each(self.change_hub.publish_committed)
        self.destroyed.connect(lambda *_a: (unsubscribe(), publish_after_ops()))

        self.queue_tab = WorkOrderQueueTab(ctx, report=self.report)
        self.change_hub.changed.connect(self.queue_tab.changes_arrived)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Flikar"))
        self.tabs.addTab(self.queue_tab, self.tr("Arbetsordrar"))
        self.lazy_tabs = LazyTabs(self.tabs)  # the other tabs, built when first needed
        self.lazy_tabs.add("device", self.tr("Individkort"), "deviceCardTab",
                           self._build_device_tab)
        self.lazy_tabs.add("techdoc", self.tr("Teknisk dokumentation"), "techDocTab",
                           self._build_techdoc_tab)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        if self.read_only:
            layout.addWidget(self._read_only_banner())
        layout.addLayout(self._scan_bar())
        layout.addWidget(self.tabs, 1)
        # Lower than its content needs (1366 × 768 at 150 %, zoomed text): it scrolls, the
        # status bar and the menus stay where they are.
        self.setCentralWidget(scroll_area(central, "mainScroll"))
        self._menus()
        self._status_bar()
        self._connect()
        # Banner, other workstations' changes, sync. Their threads and first queries start on
        # the event loop's next turn after the queue's first rows are shown (or could not be
        # loaded), so that those rows come first (start-up time).
        self.teamwork = Teamwork(self, wait=True)
        self.queue_tab.firstRowsShown.connect(self._start_teamwork)
        self.queue_tab.model.loadFailed.connect(lambda _exc: self._start_teamwork())
        self.features = {name: install(self) for name, install in FEATURES}
        self.flows = cast(WindowFlows, self.features["printing"])
        self.new_order_action = cast(QAction, self.features["new_order"])
        self.zoom = install_zoom(self)  # Ctrl++, Ctrl+-, Ctrl+0 (remembered)
        place_on_screen(self)  # the remembered size, else the screen's; always within it
        self.queue_tab.chainChanged.connect(self.order_focus)
        self.order_focus()

    def order_focus(self) -> None:
        """Tab follows the eye: the tab bar, the scan field, then the queue as it orders itself
        (filters, table, the order's actions); the other pages' controls come after the
        queue's. The tab bar is first, never in the middle. (The chain is set from known
        widgets only: walking the whole window's chain from Python leaves wrappers of
        widgets a lazy tab deletes.)"""
        set_chain([self.tabs.tabBar(), self.scan_field, *self.queue_tab.focus_chain()])

    def watch_changes(self, slot: Callable[[str, str], None]) -> None:
        self.teamwork.changes.changed.connect(slot)

    def _start_teamwork(self) -> None:
        QTimer.singleShot(0, self.teamwork, self.teamwork.go)

    # -- the tabs beyond the queue (built when first needed) ---------------------------------
    @property
    def device_tab(self) -> "DeviceCardTab":
        return cast("DeviceCardTab", self.lazy_tabs.get("device"))

    @property
    def techdoc_tab(self) -> "TechDocTab":
        return cast("TechDocTab", self.lazy_tabs.get("techdoc"))

    @property
    def followup_tab(self) -> "FollowUpTab":
        return cast("FollowUpTab", self.lazy_tabs.get("followup"))

    def _build_device_tab(self) -> QWidget:
        from hmc_desktop.ui.device.card import DeviceCardTab

        tab = DeviceCardTab(self.ctx)
        self.change_hub.changed.connect(tab.changes_arrived)
        tab.orderRequested.connect(self.open_order_no)
        tab.techDocRequested.connect(self.open_techdoc)
        return tab

    def _build_techdoc_tab(self) -> QWidget:
        from hmc_desktop.ui.orders.tech_doc import TechDocTab

        tab = TechDocTab(self.ctx)
        tab.deviceRequested.connect(self.open_device)
        return tab

    # -- building -----------------------------------------------------------------------------

    def _read_only_banner(self) -> QLabel:
        sentence = NotAllowed("unknown_login", login=self.ctx.user.login).message(
            i18n.current_language())
        banner = QLabel("⚠ " + sentence + " " + self.tr("Programmet är öppnat i läsläge."))
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setAccessibleName(self.tr("Läsläge"))
        banner.setStyleSheet("QLabel { background: #fff4d6; color: #4a3500; padding: 6px;"
                             " border: 1px solid #e0b040; }")
        return banner

    def _scan_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Skanna eller skriv nummer:"))
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setAccessibleName(self.tr("Streckkod, individnummer eller ordernummer"))
        self.scan_field.setPlaceholderText(
            self.tr("Individnummer eller ordernummer – Enter öppnar (Ctrl+L, F6)"))
        self.scan_field.setToolTip(self.tr("Skanna streckkoden eller skriv numret och tryck Enter"))
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.setMinimumWidth(420)
        label.setBuddy(self.scan_field)
        bar.addWidget(label)
        bar.addWidget(self.scan_field)
        bar.addStretch(1)
        return bar

    def _add(self, menu: QMenu, text: str, keys: list[str], slot: Callable[[], object],
             name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({native})")
        action.triggered.connect(lambda _c=False: slot())
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&Arkiv"))
        self.language_action = self._add(file_menu, "", ["Ctrl+Shift+L"],
                                         self._switch_language, "actionLanguage")
        self._language_text()
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Avsluta &programmet"), ["Ctrl+Q"], self.close, "actionQuit")
        order_menu = self.order_menu = bar.addMenu(self.tr("Arbets&order"))
        actions = self.queue_tab.order_actions
        for action in actions.changing:
            order_menu.addAction(action)
        order_menu.addSeparator()
        order_menu.addAction(actions.device)
        order_menu.addAction(actions.techdoc)
        view = self.view_menu = bar.addMenu(self.tr("&Visa"))
        for i, text in enumerate((self.tr("&Arbetsordrar"), self.tr("&Individkort"),
                                  self.tr("&Teknisk dokumentation"))):
            self._add(view, text, [f"Ctrl+{i + 1}"], partial(self.tabs.setCurrentIndex, i),
                      f"actionTab{i + 1}")
        view.addSeparator()
        self._add(view, self.tr("&Skanna eller skriv nummer"), ["Ctrl+L", "F6"],
                  self.focus_scan, "actionScan")
        self._add(view, self.tr("&Sök i kön"), ["Ctrl+F"], self._focus_search, "actionSearch")
        self._add(view, self.tr("&Rensa filter"), ["Ctrl+Shift+F"],
                  lambda: self.queue_tab.filters.apply(), "actionClearFilters")
        self._add(view, self.tr("&Uppdatera"), ["F5"], self.refresh_current, "actionRefresh")
        help_menu = bar.addMenu(self.tr("&Hjälp"))
        self._add(help_menu, self.tr("&Kortkommandon"), ["F1"], self._show_shortcuts,
                  "actionShortcuts")
        self._add(help_menu, self.tr("&Om programmet"), ["Ctrl+F1"], self._about, "actionAbout")

    def _status_bar(self) -> None:
        user = self.ctx.user
        role = user.role.value if user.role else ""
        role_text = (ROLE_SV.get(role, role) if i18n.current_language() == "sv" else role) \
            if user.known else self.tr("okänd – läsläge")
        who = QLabel(self.tr("Inloggad: %1 (%2)").replace("%1", user.display_name).replace(
            "%2", role_text))
        who.setObjectName("statusUser")
        where = QLabel(self.ctx.db.display_name)
        where.setObjectName("statusDatabase")
        sync = self.sync_status = SyncStatusWidget(self.ctx)  # statusSync
        for label in (who, where, sync):
            label.setAccessibleName(label.text())
            self.statusBar().addPermanentWidget(label)

    def _connect(self) -> None:
        q = self.queue_tab
        self.scan_field.returnPressed.connect(self.open_scanned)
        q.statusMessage.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        q.deviceRequested.connect(self.open_device)
        q.techDocRequested.connect(self.open_techdoc)

    # -- scan field and navigation ---------------------------------------------------------
    def refresh_current(self) -> None:
        """F5: refresh what is in front (the queue, or a view that can refresh itself)."""
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if current is not self.queue_tab and callable(refresh):
            refresh()
        else:
            self.queue_tab.reload()

    def focus_scan(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan_field.selectAll()

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.queue_tab)
        self.queue_tab.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.queue_tab.filters.search.selectAll()

    def open_scanned(self) -> None:
        """Open what was scanned or typed: an order in the queue, a device on its card."""
        text = self.scan_field.text().strip()
        if not text:
            return
        self.statusBar().showMessage(self.tr("Söker %1 …").replace("%1", text))
        Op(lambda: self.queue_service.locate(text)).success(
            lambda found: self._scanned(text, found)).run()

    def _scanned(self, text: str, found: Located | None) -> None:
        self.scan_field.selectAll()  # the next scan replaces the text
        if found is None:
            self.statusBar().showMessage(
                self.tr("Hittade ingen arbetsorder och inget hjälpmedel med numret ”%1”.")
                .replace("%1", text), STATUS_MS)
            self.scanHandled.emit("unknown", text)
            return
        if found.kind == "order" and found.order_id is not None:
            self.show_order(found.order_id, found.key)
        else:
            self.open_device(found.key)
        self.statusBar().clearMessage()
        self.scanHandled.emit(found.kind, text)

    def show_order(self, order_id: int, order_no: str) -> None:
        self.tabs.setCurrentWidget(self.queue_tab)
        self.queue_tab.show_order(order_id, order_no)
        self.queue_tab.table.setFocus()  # the order actions' keys work from the table

    def open_order_no(self, order_no: str) -> None:
        Op(lambda: self.queue_service.locate(order_no)).success(
            lambda found: self._scanned(order_no, found)).run()

    def open_device(self, individual_no: str) -> None:
        tab = self.device_tab
        self.tabs.setCurrentWidget(tab)
        tab.open_device(individual_no)

    def open_techdoc(self, order_no: str) -> None:
        tab = self.techdoc_tab
        self.tabs.setCurrentWidget(tab)
        tab.open_order(order_no)

    # -- menus' dialogs -----------------------------------------------------------------------
    def _next_language(self) -> str:
        """The language the next start is in: the saved choice, else the running one."""
        return i18n.saved_language() or i18n.current_language()

    def _language_text(self) -> None:
        """The menu offers the other language than the one the next start will have, and
        after a switch says which language the program will start in."""
        coming = self._next_language()
        text = self.tr("Byt språk till engelska") if coming == "sv" \
            else self.tr("Byt språk till svenska")
        if coming != i18n.current_language():
            text += " " + (self.tr("(svenska vid nästa start)") if coming == "sv"
                           else self.tr("(engelska vid nästa start)"))
        self.language_action.setText(text)
        self.language_action.setToolTip(f"{text} (Ctrl+Shift+L)")

    def _switch_language(self) -> None:
        lang = "en" if self._next_language() == "sv" else "sv"
        i18n.save_language(lang)
        self._language_text()
        self.statusBar().showMessage(
            self.tr("Engelska gäller från nästa gång programmet startas.") if lang == "en"
            else self.tr("Svenska gäller från nästa gång programmet startas."), STATUS_MS)

    def _show_shortcuts(self) -> None:
        self.lazy_tabs.build_all()  # every tab's keys, also of those not opened yet
        self.shortcut_dialog = show_shortcuts(self)

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Om programmet"),
                          self.tr("HMC – arbetsstation för hjälpmedelscentralen.\n"
                                  "Arbetsordrar, individkort och teknisk dokumentation."),
                          QMessageBox.StandardButton.Close, self)
        box.open()

    # -- window events ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_scan)  # keyboard-first: start in the scan field
