"""Spare-part shipments (S3): the order's parts with what remains, shipped whole or in part,
normal or express; then the shipping note (följesedel) is offered for preview and print.

Shipping what remains completes the order (the service's rule); a partial delivery
leaves it open, and the next delivery defaults to the same instruction and performer.
"""

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderView
from hmc_desktop.services.orders.parts import PartView
from hmc_desktop.services.orders.shipments import ShipmentService, ShipmentView
from hmc_desktop.services.printing.printing import PrintService
from hmc_desktop.services.registration.registration import RegistrationService
from hmc_desktop.ui.common.article_search import search_articles
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive, local_time, make_table
from hmc_desktop.ui.orders.flow_forms import (
    FlowDialog,
    note_label,
    on_enter,
    part_inputs,
    text_edit,
)
from hmc_desktop.ui.orders.flow_print import PdfJob, preview
from hmc_desktop.ui.orders.flow_support import PERFORMERS


@dataclass(frozen=True, slots=True)
class _Loaded:
    parts: list[PartView]
    defaults: dict[str, str]
    shipments: list[ShipmentView]


class ShipmentDialog(FlowDialog):
    """``shipmentDialog``: Skicka (all or chosen quantities), then Skriv ut följesedel."""

    COL_NO, COL_NAME, COL_QTY, COL_SHIPPED, COL_LEFT, COL_NOW = range(6)

    def __init__(self, ctx: ServiceContext, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reservdelar och leverans – %1").replace("%1", view.order_no),
                         parent, self.tr("&Skicka"),
                         self.tr("Reservdelar till brukaren – %1").replace("%1", view.order_no))
        self.setObjectName("shipmentDialog")
        self.ctx, self.order_no = ctx, view.order_no
        self.open_order = OrderStatus(view.status).is_open
        self.service = ShipmentService(ctx)
        self.shipped: ShipmentView | None = None
        self.spins: dict[int, QSpinBox] = {}
        self.table: QTableWidget = make_table(
            "shipmentParts", self.tr("Orderns reservdelar"),
            [self.tr("Artikelnummer"), self.tr("Benämning"), self.tr("Beställt"),
             self.tr("Skickat"), self.tr("Kvar"), self.tr("Skicka nu")])
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_NAME, self.table.horizontalHeader().ResizeMode.Stretch)
        self.body.insertWidget(0, self.table, 1)  # above the form
        self.body.insertWidget(1, note_label(self.tr(
            "Ändra ”Skicka nu” för en delleverans; det som inte skickas står kvar till nästa "
            "leverans. När allt är skickat avslutas ordern.")))
        self.body.insertLayout(2, self._add_row())
        self.instruction = text_edit(self.tr("Vad mottagaren ska göra"), 2)
        self.instruction.setObjectName("shipInstruction")
        self.performer = QComboBox()
        self.performer.setObjectName("shipPerformer")
        self.performer.setEditable(True)
        self.performer.addItems(PERFORMERS)
        self.performer.setAccessibleName(self.tr("Vem som lagar"))
        self.express = QCheckBox(self.tr("E&xpressleverans"))
        self.express.setObjectName("shipExpress")
        self.express.setAccessibleName(self.tr("Expressleverans"))
        self.form.addRow(self.tr("&Vad ska göras"), self.instruction)
        self.form.addRow(self.tr("&Utförs av"), self.performer)
        self.form.addRow("", self.express)
        self.body.addWidget(self._history_box())
        self.note_button = QPushButton(self.tr("Skriv ut &följesedel…"))
        self.note_button.setObjectName("shipPrintNote")
        self.note_button.setAccessibleName(self.tr("Skriv ut följesedeln"))
        self.note_button.clicked.connect(self.print_note)
        self.buttons.addButton(self.note_button, self.buttons.ButtonRole.ActionRole)
        self.note_button.hide()  # after addButton, which shows it
        self.screen_fit.first = QSize(860, 640)  # clipped to the screen
        self.ok_button.setEnabled(False)
        self.load()

    def _add_row(self) -> QHBoxLayout:
        self.new_article, self.new_quantity = part_inputs(
            "shipNewArticle", "shipNewQuantity", self.tr("Artikelnummer för ny reservdel"))
        search_articles(self.new_article, RegistrationService(self.ctx).find_articles)
        self.add_button = QPushButton(self.tr("&Lägg till reservdel"))
        self.add_button.setObjectName("shipAddPart")
        self.add_button.setAccessibleName(self.tr("Lägg till reservdelen på ordern"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_part)
        on_enter(self.new_article, self.add_part)
        on_enter(self.new_quantity, self.add_part)
        row = QHBoxLayout()
        row.addWidget(self.new_article, 1)
        row.addWidget(self.new_quantity)
        row.addWidget(self.add_button)
        for w in (self.new_article, self.new_quantity, self.add_button):
            w.setEnabled(self.open_order)
        return row

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tidigare leveranser"))
        self.history = make_table("shipmentHistory", self.tr("Tidigare leveranser"),
                                  [self.tr("Leverans"), self.tr("Skickad"), self.tr("Av"),
                                   self.tr("Delar"), self.tr("Märkning")])
        self.history.setMaximumHeight(self.history.verticalHeader().defaultSectionSize() * 4)
        self.history.horizontalHeader().setSectionResizeMode(
            3, self.history.horizontalHeader().ResizeMode.Stretch)
        self.history.activated.connect(lambda _i: self.print_note())
        layout = QVBoxLayout(box)
        layout.addWidget(self.history)
        return box

    # -- loading --------------------------------------------------------------------------
    def load(self) -> None:
        no, s = self.order_no, self.service
        Op(lambda: _Loaded(s.remaining(no), s.defaults(no), s.shipments(no))).success(
            self._loaded).failure(self.load_failed).run()

    def _loaded(self, data: _Loaded) -> None:
        if not alive(self):
            return
        self._fill_parts([p for p in data.parts if p.to_ship])
        if self.shipped is None:
            self.instruction.setPlainText(data.defaults.get("instruction", ""))
            if data.defaults.get("performed_by"):
                self.performer.setCurrentText(data.defaults["performed_by"])
            self.express.setChecked(data.defaults.get("express") == "true")
        self.history.setRowCount(len(data.shipments))
        for row, sh in enumerate(data.shipments):
            marks = [self.tr("delleverans")] if sh.partial else []
            marks += [self.tr("express")] if sh.express else []
            texts = (str(sh.delivery_no), local_time(sh.shipped_at), sh.shipped_by,
                     ", ".join(f"{line.article_no} × {line.delivered_now}" for line in sh.lines),
                     ", ".join(marks))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, sh.shipment_id)
                self.history.setItem(row, col, item)
        if not self.open_order:
            self.message.show_message(self.tr("Ordern är stängd; inga fler delar kan skickas."),
                                      "info")

    def _fill_parts(self, parts: list[PartView]) -> None:
        self.table.setRowCount(len(parts))
        self.spins = {}
        for row, p in enumerate(parts):
            for col, value in ((self.COL_NO, p.article_no), (self.COL_NAME, p.article_name),
                               (self.COL_QTY, p.quantity), (self.COL_SHIPPED, p.shipped),
                               (self.COL_LEFT, p.remaining)):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            spin = QSpinBox()
            spin.setObjectName(f"shipNow_{p.part_id}")
            spin.setAccessibleName(self.tr("Antal att skicka nu av %1").replace(
                "%1", p.article_no))
            spin.setRange(0, p.remaining)
            spin.setValue(p.remaining)
            spin.setEnabled(self.open_order and p.remaining > 0)
            self.table.setCellWidget(row, self.COL_NOW, spin)
            self.spins[p.part_id] = spin
        left = sum(s.maximum() for s in self.spins.values())
        self.ok_button.setEnabled(self.open_order and left > 0 and self.shipped is None)

    # -- acting -----------------------------------------------------------------------------
    def add_part(self) -> None:
        number, qty, no = self.new_article.text().strip(), self.new_quantity.value(), \
            self.order_no
        if not number:
            return
        self.run(lambda: self.service.add_parts(no, [(number, qty)]), self._part_added,
                 self.tr("Lägger till reservdelen …"))

    def _part_added(self, parts: list[PartView]) -> None:
        self.new_article.clear()
        self.new_quantity.setValue(1)
        self._fill_parts([p for p in parts if p.to_ship])
        self.new_article.setFocus()

    def chosen(self) -> dict[int, int] | None:
        """{part id: quantity} to ship now; None when that is everything that remains."""
        if all(s.value() == s.maximum() for s in self.spins.values()):
            return None
        return {pid: s.value() for pid, s in self.spins.items() if s.value() > 0}

    def submit(self) -> None:
        if self.shipped is not None:
            self.print_note()
            return
        items, no = self.chosen(), self.order_no
        fast, text, who = (self.express.isChecked(), self.instruction.toPlainText(),
                           self.performer.currentText())
        self.run(lambda: self.service.ship(no, items, fast, text, who), self._shipped,
                 self.tr("Skickar …"))

    def _shipped(self, shipment: ShipmentView) -> None:
        self.shipped = shipment
        self.succeeded.emit(shipment)
        marks = ([self.tr("delleverans")] if shipment.partial else []) + \
            ([self.tr("express")] if shipment.express else [])
        text = self.tr("Leverans %1 är registrerad%2.").replace(
            "%1", str(shipment.delivery_no)).replace("%2", f" ({', '.join(marks)})" if marks
                                                      else "")
        if shipment.order_status == OrderStatus.COMPLETED.value:
            text += " " + self.tr("Allt är skickat; ordern är avslutad.")
        self.message.show_message(text + " " + self.tr("Skriv ut följesedeln och lägg den i "
                                                       "paketet."), "info")
        self.ok_button.hide()
        self.cancel_button.setText(self.tr("Stäng"))
        self.note_button.show()
        self.note_button.setDefault(True)
        self.note_button.setFocus()
        self.load()

    def print_note(self) -> PdfJob | None:
        """The shipping note of the delivery just made, else of the chosen earlier one."""
        shipment_id = self.shipped.shipment_id if self.shipped is not None else None
        if shipment_id is None:
            item = self.history.item(self.history.currentRow(), 0)
            shipment_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if shipment_id is None:
            return None
        printing, sid = PrintService(self.ctx), int(shipment_id)
        owner = self.parentWidget() or self
        job = preview(owner, lambda: printing.shipping_note(sid),
                      self.tr("Följesedel %1").replace("%1", self.order_no),
                      f"foljesedel-{self.order_no}-{sid}.pdf")
        if self.shipped is not None:
            self.accept()
        return job
