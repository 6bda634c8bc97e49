"""The device card's part of periodic inspection (PM2, PM4, PM5): the next due day and any
inspection block in the facts, and the actions Besiktiga… and Skriv ut besiktningsprotokoll."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from hmc_desktop.domain.permissions import Action, allowed
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.devices.device_card import DeviceCard, HistoryKind
from hmc_desktop.services.inspections.documents import InspectionPrintService
from hmc_desktop.services.inspections.recording import InspectionFacts
from hmc_desktop.ui.common.scoped_actions import action_button, scoped_action
from hmc_desktop.ui.inspections.dialog import InspectionDialog
from hmc_desktop.ui.orders.flow_forms import open_dialog
from hmc_desktop.ui.orders.flow_print import PdfJob, preview

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def facts_text(facts: InspectionFacts | None) -> tuple[str, str]:
    """(Besiktning, Nästa besiktning) as the card's facts show them."""
    if facts is None:
        return translate("DeviceInspection", "besiktigas inte"), "–"
    last = (facts.last_inspected.isoformat() if facts.last_inspected
            else translate("DeviceInspection", "aldrig"))
    plan = translate("DeviceInspection", "var %1:e månad, senast %2").replace(
        "%1", str(facts.interval_months)).replace("%2", last)
    due = facts.due.isoformat() if facts.due else "–"
    if facts.overdue:
        due = translate("DeviceInspection", "%1 – försenad").replace("%1", due)
    if facts.visit_at is not None:
        due += translate("DeviceInspection", " (besök bokat %1)").replace(
            "%1", facts.visit_at.strftime("%Y-%m-%d %H:%M"))
    return plan, due


class DeviceInspectionBar(QWidget):
    """``deviceInspection``: Besiktiga… (Ctrl+Shift+T) and the latest protocol (Ctrl+Shift+Y)."""

    changed = Signal()  # an inspection was recorded: the card reloads
    orderRequested = Signal(str)

    def __init__(self, ctx: ServiceContext, card_tab: QWidget) -> None:
        super().__init__(card_tab)
        self.setObjectName("deviceInspection")
        self.ctx, self.card_tab = ctx, card_tab
        self.card: DeviceCard | None = None
        self.last_dialog: InspectionDialog | None = None
        self.last_job: PdfJob | None = None
        role = ctx.user.role
        self.may_inspect = role is not None and allowed(role, Action.INSPECT)
        self.inspect_action = self._action(
            "actionInspectDevice", self.tr("&Besiktiga…"), "Ctrl+Shift+T",
            self.tr("Registrera en besiktning av hjälpmedlet"), self.inspect)
        self.protocol_action = self._action(
            "actionPrintInspectionProtocol", self.tr("Skriv ut besik&tningsprotokoll"),
            "Ctrl+Shift+Y", self.tr("Det senaste besiktningsprotokollet"), self.print_protocol)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for action in (self.inspect_action, self.protocol_action):
            layout.addWidget(action_button(action))
        self.set_card(None)

    def _action(self, name: str, text: str, keys: str, tip: str,
                slot: Callable[[], object]) -> QAction:
        return scoped_action(self.card_tab, name, text, keys, tip, slot)

    def set_card(self, card: DeviceCard | None) -> None:
        self.card = card
        inspected = card is not None and card.inspection is not None
        self.inspect_action.setEnabled(inspected and self.may_inspect)
        self.protocol_action.setEnabled(card is not None and any(
            h.kind is HistoryKind.INSPECTION for h in card.history))

    def inspect(self) -> InspectionDialog | None:
        """The checklist of the card's device (PM4)."""
        if self.card is None or not self.inspect_action.isEnabled():
            return None
        dialog = InspectionDialog(self.ctx, self.card.individual_no, self.card_tab)
        dialog.saved.connect(lambda _v: self.changed.emit())
        dialog.orderRequested.connect(self.orderRequested)
        self.last_dialog = dialog
        open_dialog(dialog)
        return dialog

    def print_protocol(self) -> PdfJob | None:
        if self.card is None or not self.protocol_action.isEnabled():
            return None
        printing, number = InspectionPrintService(self.ctx), self.card.individual_no
        job = preview(self.card_tab, lambda: printing.protocol(number),
                      self.tr("Besiktningsprotokoll %1").replace("%1", number),
                      f"besiktning-{number}.pdf")
        job.opened.connect(lambda _d: self.changed.emit())  # the print is in the history
        self.last_job = job
        return job
