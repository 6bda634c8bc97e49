"""The device card tab (individkort, D1/D3): the device's facts and its whole history.

Loading runs off the GUI thread (:class:`~hmc_desktop.ui.common.ops.Op`); a late answer for a
device the user has already left is dropped. Rows with an order lead on to the order
(Enter / double-click) and to its technical documentation (Ctrl+D, S5).
"""

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.changes import Changes
from hmc_desktop.domain.permissions import SEES_PERSONAL_DATA
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.devices.device_card import DeviceCard, DeviceCardService, find_by_holder
from hmc_desktop.ui.common.article_search import LookupSearch
from hmc_desktop.ui.common.formatting import device_status_name, scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, ValueLabel, alive, error_text
from hmc_desktop.ui.device.card_recalls import RecallBanner
from hmc_desktop.ui.device.history_model import DeviceHistoryModel
from hmc_desktop.ui.device.inspection import DeviceInspectionBar, facts_text
from hmc_desktop.ui.orders.flow_device import DeviceFlowBar


class DeviceCardTab(QWidget):
    """Shows one device; the main window calls :meth:`open_device` from its scan field."""

    orderRequested = Signal(str)
    techDocRequested = Signal(str)
    deviceLoaded = Signal(str)  # the individual number whose card is now shown

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = DeviceCardService(ctx)
        self.card: DeviceCard | None = None
        self._request = 0  # answers to older requests are dropped
        self._build()
        self._update_actions()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Individnummer"))
        self.number_field = QLineEdit()
        self.number_field.setObjectName("deviceNumberField")
        self.number_field.setAccessibleName(self.tr("Individnummer att visa"))
        self.number_field.setPlaceholderText(self.tr("Skanna eller skriv ett individnummer"))
        self.number_field.setClearButtonEnabled(True)
        self.number_field.setMaximumWidth(320)
        self.number_field.returnPressed.connect(self._open_typed)
        if self.ctx.user.role in SEES_PERSONAL_DATA:  # by the user's name too (logged, W10)
            self.number_field.setPlaceholderText(
                self.tr("Skanna eller skriv individnummer eller brukarens namn"))
            ctx = self.ctx
            self.holder_search = LookupSearch(
                self.number_field, lambda name: find_by_holder(ctx, name),
                lambda d: f"{d.individual_no} · {d.article_name} · {d.holder_name}",
                lambda text: sum(c.isalpha() for c in text) >= 3)
            self.holder_search.chosen.connect(self.open_device)
        label.setBuddy(self.number_field)
        self.show_button = QPushButton(self.tr("Visa"))
        self.show_button.setObjectName("deviceShowButton")
        self.show_button.setAccessibleName(self.tr("Visa hjälpmedlet"))
        self.show_button.clicked.connect(self._open_typed)
        bar.addWidget(label)
        bar.addWidget(self.number_field)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        outer.addLayout(bar)

        self.message = MessageBar("deviceCardMessage", self.tr("Meddelande"))
        outer.addWidget(self.message)
        outer.addWidget(self._build_facts())
        self.lifetime_warning = MessageBar("lifetimeWarning", self.tr("Varning om livslängd"))
        outer.addWidget(self.lifetime_warning)
        self.inspection_warning = MessageBar("inspectionWarning", self.tr("Besiktning"))
        outer.addWidget(self.inspection_warning)
        self.recalls = RecallBanner()  # R5: the campaigns the device is in
        outer.addWidget(self.recalls)

        heading = QLabel(self.tr("Historik"))
        heading.setFont(scaled_font(heading, 1.1))
        outer.addWidget(heading)
        outer.addWidget(self._build_table(), 1)

        buttons = QHBoxLayout()
        self.flows = DeviceFlowBar(self.ctx, self)  # reconditioning and printing (S4)
        self.flows.changed.connect(self.reload)
        buttons.addWidget(self.flows)
        self.inspection = DeviceInspectionBar(self.ctx, self)  # PM4, PM5
        self.inspection.changed.connect(self.reload)
        self.inspection.orderRequested.connect(self.orderRequested)
        buttons.addWidget(self.inspection)
        self.order_button = QPushButton(self.tr("Öppna arbetsorder"))
        self.order_button.setObjectName("deviceOpenOrderButton")
        self.order_button.setAccessibleName(self.tr("Öppna markerad arbetsorder"))
        self.order_button.clicked.connect(self._request_order)
        self.techdoc_button = QPushButton(self.tr("Teknisk dokumentation (Ctrl+D)"))
        self.techdoc_button.setObjectName("deviceTechDocButton")
        self.techdoc_button.setAccessibleName(self.tr("Teknisk dokumentation för markerad arbetsorder"))
        self.techdoc_button.clicked.connect(self._request_techdoc)
        buttons.addStretch(1)
        buttons.addWidget(self.order_button)
        buttons.addWidget(self.techdoc_button)
        outer.addLayout(buttons)
        self.setTabOrder(self.number_field, self.show_button)
        self.setTabOrder(self.show_button, self.table)
        self.setTabOrder(self.table, self.order_button)
        self.setTabOrder(self.order_button, self.techdoc_button)

    def _build_facts(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("deviceFacts")
        frame.setAccessibleName(self.tr("Fakta om hjälpmedlet"))
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(frame)
        self.title = ValueLabel(self.tr("Hjälpmedel"))
        self.title.setObjectName("deviceTitle")
        self.title.setFont(scaled_font(self.title, 1.35))
        box.addWidget(self.title)
        columns = QHBoxLayout()
        self.left, self.right = QFormLayout(), QFormLayout()
        for form in (self.left, self.right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            form.setHorizontalSpacing(16)
            columns.addLayout(form, 1)
        box.addLayout(columns)
        self.values: dict[str, ValueLabel] = {}
        for form, key, text in (
            (self.left, "individual_no", self.tr("Individnummer")),
            (self.left, "article", self.tr("Artikel")),
            (self.left, "group", self.tr("Produktgrupp")),
            (self.left, "digital", self.tr("Digitalt hjälpmedel")),
            (self.left, "status", self.tr("Status")),
            (self.left, "inspection", self.tr("Besiktning")),
            (self.left, "inspection_due", self.tr("Nästa besiktning")),
            (self.right, "holder", self.tr("Innehavare")),
            (self.right, "address", self.tr("Adress")),
            (self.right, "phone", self.tr("Telefon")),
            (self.right, "personnummer", self.tr("Personnummer")),
            (self.right, "location", self.tr("Placering")),
            (self.right, "delivered", self.tr("Leveransdatum")),
            (self.right, "lifetime", self.tr("Förväntad livslängd")),
        ):
            value = ValueLabel(text)
            value.setObjectName(f"fact_{key}")
            form.addRow(text + ":", value)
            self.values[key] = value
        frame.setEnabled(False)
        self.facts = frame
        return frame

    def _build_table(self) -> QTableView:
        self.model = DeviceHistoryModel(self)
        table = QTableView()
        table.setObjectName("deviceHistoryTable")
        table.setAccessibleName(self.tr("Hjälpmedlets historik, nyast först"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DeviceHistoryModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # widths from the first rows (dates, kinds, order numbers, logins are alike): a device
        # with 500 history rows otherwise has every cell formatted before the card shows
        header.setResizeContentsPrecision(60)
        table.activated.connect(self._on_activated)  # Enter, and double-click
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.open_order_action = QAction(self.tr("Öppna arbetsorder"), self)
        self.open_order_action.triggered.connect(self._request_order)
        self.techdoc_action = QAction(self.tr("Teknisk dokumentation"), self)
        self.techdoc_action.setShortcut(QKeySequence("Ctrl+D"))
        self.techdoc_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.techdoc_action.triggered.connect(self._request_techdoc)
        self.addAction(self.techdoc_action)
        self.table = table
        return table

    # -- loading -----------------------------------------------------------------------
    def open_device(self, individual_no: str) -> None:
        """Load and show the device's card (in the background)."""
        number = individual_no.strip()
        if not number:
            return
        self.number_field.setText(number)
        self._request += 1
        request = self._request
        self.message.show_message(self.tr("Hämtar hjälpmedel %1 …").replace("%1", number))
        Op(lambda: self.service.card(number)).success(
            lambda card: self._loaded(request, card)).failure(
            lambda exc: self._failed(request, exc)).run()

    def reload(self) -> None:
        """Show the current device again (after a change elsewhere)."""
        if self.card is not None:
            self.open_device(self.card.individual_no)

    def changes_arrived(self, changes: Changes) -> None:
        """The change hub: reload when the shown device or an order in its history changed."""
        card = self.card
        if card is None:
            return
        orders = {item.order_no for item in card.history if item.order_no}
        if changes.touches("device", card.individual_no) or \
                any(changes.touches("order", no) for no in orders):
            self.reload()

    def _open_typed(self) -> None:
        self.open_device(self.number_field.text())

    def _loaded(self, request: int, card: DeviceCard) -> None:
        if not alive(self) or request != self._request:
            return
        self.message.clear_message()
        self.card = card
        self._show_facts(card)
        self.model.set_items(card.history)
        if card.history:  # start on the newest order: Enter and Ctrl+D then act at once
            rows = [r for r, h in enumerate(card.history) if h.order_no] or [0]
            self.table.selectRow(rows[0])
        self.flows.set_card(card)
        self.inspection.set_card(card)
        self._update_actions()
        self.deviceLoaded.emit(card.individual_no)

    def _failed(self, request: int, exc: BaseException) -> None:
        if alive(self) and request == self._request:
            self.message.show_message(error_text(exc), "error")

    def _show_facts(self, card: DeviceCard) -> None:
        v = self.values
        self.title.setText(f"{card.individual_no} · {card.article_name}")
        v["individual_no"].setText(card.individual_no)
        v["article"].setText(f"{card.article_no} {card.article_name}")
        v["group"].setText(card.product_group or "–")
        v["digital"].setText(self.tr("Ja") if card.digital else self.tr("Nej"))
        v["status"].setText(device_status_name(card.status))  # translated, unlike the service's
        holder = card.holder
        v["holder"].setText(holder.name if holder else self.tr("Ingen innehavare"))
        for key, value in (("address", holder.address if holder else None),
                           ("phone", holder.phone if holder else None),
                           ("personnummer", holder.personnummer_masked if holder else None)):
            v[key].setText(value or "")
            self.right.setRowVisible(v[key], value is not None)
        v["location"].setText(card.location or "–")
        v["delivered"].setText(card.delivered.isoformat() if card.delivered else "–")
        if card.lifetime_years and card.lifetime_ends:
            v["lifetime"].setText(self.tr("%1 år (till %2)").replace(
                "%1", str(card.lifetime_years)).replace("%2", card.lifetime_ends.isoformat()))
        else:
            v["lifetime"].setText("–")
        v["inspection"].setText(facts_text(card.inspection)[0])
        v["inspection_due"].setText(facts_text(card.inspection)[1])
        if card.inspection is not None and card.inspection.blocked:  # D2, in its own words
            self.inspection_warning.show_message(card.inspection.blocked, "warning")
        elif card.inspection is not None and card.inspection.overdue:
            self.inspection_warning.show_message(self.tr(
                "Besiktningen är försenad: den skulle ha gjorts senast %1.").replace(
                "%1", card.inspection.due.isoformat() if card.inspection.due else "–"), "warning")
        else:
            self.inspection_warning.clear_message()
        if card.past_lifetime:
            self.lifetime_warning.show_message(
                self.tr("Passerat förväntad livslängd – bedöm kassation"), "warning")
        else:
            self.lifetime_warning.clear_message()
        self.recalls.show_card(card)
        self.facts.setEnabled(True)

    # -- navigation ------------------------------------------------------------------------
    def selected_order(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, DeviceHistoryModel.ORDER_NO_ROLE)
        return value if isinstance(value, str) else None

    def _update_actions(self) -> None:
        index = self.table.currentIndex()
        item = self.model.item(index.row()) if index.isValid() else None
        self.flows.set_selected(item)
        has_order = self.selected_order() is not None
        for widget in (self.order_button, self.techdoc_button, self.open_order_action,
                       self.techdoc_action):
            widget.setEnabled(has_order)

    def _on_activated(self, index: QModelIndex) -> None:
        order_no = self.model.data(index, DeviceHistoryModel.ORDER_NO_ROLE)
        if isinstance(order_no, str):
            self.orderRequested.emit(order_no)

    def _request_order(self) -> None:
        order_no = self.selected_order()
        if order_no:
            self.orderRequested.emit(order_no)

    def _request_techdoc(self) -> None:
        order_no = self.selected_order()
        if order_no:
            self.techDocRequested.emit(order_no)

    def print_current(self) -> bool:
        """Ctrl+P: the marked document again, else the latest reconditioning log."""
        return self.flows.print_current()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        if self.selected_order() is not None:
            menu.addAction(self.open_order_action)
            menu.addAction(self.techdoc_action)
        if self.flows.reprint_action.isEnabled():
            menu.addAction(self.flows.reprint_action)
        if menu.isEmpty():
            return
        menu.exec(self.table.viewport().mapToGlobal(pos))
