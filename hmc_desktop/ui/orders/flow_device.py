"""The device card's actions for the technician and the warehouse (S4): start or go on
with a reconditioning, print the latest reconditioning log, and re-print any printed
document from the history exactly as it was printed.
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.devices.device_card import DeviceCard, HistoryItem, HistoryKind
from hmc_desktop.services.devices.returns import ReconView, ReturnService
from hmc_desktop.services.printing.printing import KIND_SV, PrintService
from hmc_desktop.ui.common.scoped_actions import action_button, scoped_action
from hmc_desktop.ui.orders.flow_forms import open_dialog
from hmc_desktop.ui.orders.flow_print import PdfJob, preview
from hmc_desktop.ui.orders.flow_recon import ReconDialog

STARTABLE = {DeviceStatus.RETURNED.value, DeviceStatus.AT_WORKSHOP.value}


class DeviceFlowBar(QWidget):
    """``deviceFlows``: Rekonditionering…, Skriv ut protokoll, Skriv ut igen."""

    changed = Signal()  # the device changed: the card reloads

    def __init__(self, ctx: ServiceContext, card_tab: QWidget) -> None:
        super().__init__(card_tab)
        self.setObjectName("deviceFlows")
        self.ctx = ctx
        self.card_tab = card_tab
        self.card: DeviceCard | None = None
        self.selected: HistoryItem | None = None
        self.last_dialog: ReconDialog | None = None
        self.last_job: PdfJob | None = None
        self.recon_action = self._action(
            "actionRecondition", self.tr("Starta &rekonditionering…"), "Ctrl+Shift+E",
            self.tr("Starta eller fortsätt rekonditioneringen av hjälpmedlet"), self.recondition)
        self.log_action = self._action(
            "actionPrintReconLog", self.tr("Skriv ut rekond&protokoll"), "Ctrl+Shift+O",
            self.tr("Det senaste rekonditioneringsprotokollet (även Ctrl+P)"), self.print_log)
        self.reprint_action = self._action(
            "actionReprint", self.tr("Skriv ut &igen"), "Ctrl+Shift+P",
            self.tr("Skriv ut det markerade dokumentet igen, exakt som förut"), self.reprint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for action in (self.recon_action, self.log_action, self.reprint_action):
            layout.addWidget(action_button(action))
        self.update_state()

    def _action(self, name: str, text: str, keys: str, tip: str,
                slot: Callable[[], object]) -> QAction:
        return scoped_action(self.card_tab, name, text, keys, tip, slot)

    # -- state --------------------------------------------------------------------------------
    def set_card(self, card: DeviceCard | None) -> None:
        self.card = card
        self.update_state()

    def set_selected(self, item: HistoryItem | None) -> None:
        self.selected = item
        self.update_state()

    def update_state(self) -> None:
        card, known = self.card, self.ctx.user.known
        ongoing = card is not None and card.status == DeviceStatus.IN_RECONDITIONING.value
        self.recon_action.setText(self.tr("Fortsätt &rekonditionering…") if ongoing
                                  else self.tr("Starta &rekonditionering…"))
        self.recon_action.setEnabled(known and card is not None
                                     and (ongoing or card.status in STARTABLE))
        self.log_action.setEnabled(known and card is not None and any(
            h.kind is HistoryKind.RECONDITIONING for h in card.history))
        self.reprint_action.setEnabled(self.selected is not None
                                       and self.selected.document_id is not None)

    # -- acting ----------------------------------------------------------------------------------
    def recondition(self) -> ReconDialog | None:
        """Start the reconditioning (D2 → in_reconditioning) or open the one in progress."""
        card = self.card
        if card is None or not self.recon_action.isEnabled():
            return None
        number, service = card.individual_no, ReturnService(self.ctx)

        def load() -> ReconView:
            if card.status == DeviceStatus.IN_RECONDITIONING.value:
                latest = service.latest(number)
                if latest is not None and latest.open:
                    return latest
            return service.start_reconditioning(number)

        dialog = ReconDialog(self.ctx, load, number, self.card_tab)
        dialog.changed.connect(self._recon_changed)
        dialog.finished.connect(lambda _r: self.changed.emit())
        self.last_dialog = dialog
        open_dialog(dialog)
        return dialog

    def _recon_changed(self, view: ReconView) -> None:
        if self.card is not None and view.device_status != self.card.status:
            self.changed.emit()  # started (or signed off): the card shows the new status

    def print_log(self) -> PdfJob | None:
        if self.card is None or not self.log_action.isEnabled():
            return None
        printing, number = PrintService(self.ctx), self.card.individual_no
        job = preview(self.card_tab, lambda: printing.recon_log(number),
                      self.tr("Rekonditioneringsprotokoll %1").replace("%1", number),
                      f"rekond-{number}.pdf")
        job.opened.connect(lambda _d: self.changed.emit())  # the print is in the history
        self.last_job = job
        return job

    def reprint(self) -> PdfJob | None:
        item = self.selected
        if item is None or item.document_id is None:
            return None
        printing, doc_id = PrintService(self.ctx), item.document_id
        kind = KIND_SV.get(item.param("document") or "", item.title())
        self.last_job = preview(self.card_tab, lambda: printing.reprint(doc_id),
                                self.tr("%1 (utskrift igen)").replace("%1", kind),
                                f"dokument-{doc_id}.pdf")
        return self.last_job

    def print_current(self) -> bool:
        """Ctrl+P on the card: the marked document again, else the latest reconditioning log."""
        if self.reprint_action.isEnabled():
            return self.reprint() is not None
        return self.print_log() is not None
