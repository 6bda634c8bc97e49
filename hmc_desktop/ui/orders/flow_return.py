"""Ta emot retur (S4, D2): the warehouse scans a returned device; one ReturnService call each.

A device with a pickup order becomes ``returned`` and its pickup is done; a device that
came back without one is accepted too (the service notes it). A device past its expected
lifetime is flagged for a scrapping decision.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.devices.returns import ReturnService, ReturnView
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text, local_time, make_table


class ReturnReceiver(QGroupBox):
    """``returnReceiver``: scan field ``returnScanField`` + Enter; the session's receipts below."""

    received = Signal(object)  # the ReturnView
    deviceRequested = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ta emot retur"), parent)
        self.setObjectName("returnReceiver")
        self.setAccessibleName(self.tr("Ta emot returnerade hjälpmedel"))
        self.ctx = ctx
        self.service = ReturnService(ctx)
        self.field = QLineEdit()
        self.field.setObjectName("returnScanField")
        self.field.setAccessibleName(self.tr("Individnummer för returnerat hjälpmedel"))
        self.field.setPlaceholderText(self.tr("Skanna individnumret – Enter tar emot (Ctrl+R)"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.receive)
        self.button = QPushButton(self.tr("Ta &emot"))
        self.button.setObjectName("returnReceiveButton")
        self.button.setAccessibleName(self.tr("Ta emot hjälpmedlet"))
        self.button.clicked.connect(self.receive)
        self.message = MessageBar("returnMessage", self.tr("Resultat av mottagningen"))
        self.table = make_table("returnTable", self.tr("Mottagna under passet"), [
            self.tr("Tid"), self.tr("Individnummer"), self.tr("Resultat")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.setEnabled(ctx.user.known)

    def focus_scan(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def receive(self) -> None:
        """Receive what was scanned (background); the field is ready for the next scan."""
        number = self.field.text().strip()
        if not number:
            return
        self.button.setEnabled(False)
        Op(lambda: self.service.scan_return(number)).success(self._received).failure(
            lambda exc: self._failed(number, exc)).run()

    def _received(self, view: ReturnView) -> None:
        if not alive(self):
            return
        self.button.setEnabled(True)
        parts = [self.tr("%1 är mottagen och väntar på rekonditionering.").replace(
            "%1", view.individual_no)]
        if view.pickups_done:
            parts.append(self.tr("Hämtorder %1 är utförd.").replace(
                "%1", ", ".join(str(p) for p in view.pickups_done)))
        if not view.announced:
            parts.append(self.tr("Hjälpmedlet kom tillbaka utan hämtorder."))
        if view.past_lifetime:
            parts.append(self.tr("Passerat förväntad livslängd – bedöm kassation."))
        if view.recalls:
            parts.append(self.tr("Spärrat av återkallelse %1: ställ det åt sidan tills det är "
                                 "åtgärdat.").replace("%1", ", ".join(map(str, view.recalls))))
        level = ("warning" if view.past_lifetime or not view.announced or view.recalls
                 else "info")
        self.message.show_message(" ".join(parts), level)
        self._log(view.individual_no, " ".join(parts[1:]) or self.tr("Mottagen"))
        self.field.selectAll()
        self.received.emit(view)

    def _failed(self, number: str, exc: BaseException) -> None:
        if not alive(self):
            return
        self.button.setEnabled(True)
        sentence = error_text(exc)
        self.message.show_message(sentence, "error")
        self._log(number, sentence)
        self.field.selectAll()

    def _log(self, number: str, result: str) -> None:
        self.table.insertRow(0)
        at = local_time(self.ctx.clock.now())[-5:]
        for col, text in enumerate((at, number, result)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(0, col, item)

    def _open(self) -> None:
        item = self.table.item(self.table.currentRow(), 1)
        if item is not None:
            self.deviceRequested.emit(item.text())
