"""The centre's flows as actions on the selected order and its pickup-order print.

They join the order actions of a :class:`FlowHost` (the queue's ``OrderActions``): the same menu,
details buttons and context menu, the same ``done``/``refused`` signals (so the queue
reloads the order after each). Each opens a dialog (``open()``, never ``exec()``) whose
OK is one service call. Type-specific actions are only *shown* for their type (Support
for SDH, cost proposals for type 7, W7 for prescriber-only types); the others are greyed
out when the order's status does not allow them.

The dialogs, the print service and the PDF preview load when an action is first used: the
queue (and with it these actions) is built at start-up, they are not needed then (start-up time).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from hmc_desktop.domain.catalogue import SUPPORT_TYPE
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderView

if TYPE_CHECKING:
    from hmc_desktop.services.orders.cost_proposals import CostProposalView
    from hmc_desktop.services.orders.flow_rules import OrdererRecord
    from hmc_desktop.services.orders.shipments import ShipmentView
    from hmc_desktop.services.orders.support import SupportOutcome
    from hmc_desktop.ui.orders.flow_forms import FlowDialog
    from hmc_desktop.ui.orders.flow_print import PdfJob

PRINTABLE_DEVICE = {DeviceStatus.IN_USE, DeviceStatus.AT_WORKSHOP, DeviceStatus.PICKUP_ORDERED}


class FlowHost(Protocol):
    """What the flows need from the actions they join: the selected order, the widget their
    keys are scoped to, and the signals that say what happened (the queue reloads on them)."""

    ctx: ServiceContext
    widget: QWidget
    current: Callable[[], OrderView | None]

    @property
    def done(self) -> SignalInstance: ...  # (order number, one sentence)

    @property
    def refused(self) -> SignalInstance: ...  # the rule's sentence

    @property
    def reread(self) -> SignalInstance: ...  # the order may have changed elsewhere

    def make_action(self, name: str, text: str, keys: list[str], tip: str,
                    slot: Callable[[], None]) -> QAction: ...


class FlowActions(QObject):
    """The flow actions; :attr:`all` in menu order, :attr:`last_dialog` the one opened last."""

    def __init__(self, host: FlowHost, parent: QObject) -> None:
        super().__init__(parent)
        self.host = host
        self.ctx = host.ctx
        a = host.make_action
        self.print_pickup = a("actionPrintPickup", self.tr("Skriv ut &hämtorder…"),
                              ["Ctrl+Shift+P"], self.tr("Hämtorder för hjälpmedlet, A4 eller "
                                                        "etikett (även Ctrl+P)"),
                              self._print_pickup)
        self.support = a("actionSupport", self.tr("&Support…"), ["Ctrl+Shift+S"],
                         self.tr("Felsökning och utfall för en SDH-order"), self._support)
        self.shipment = a("actionShipment", self.tr("&Reservdelar och leverans…"),
                          ["Ctrl+Shift+R"], self.tr("Skicka reservdelar, hela eller delleverans"),
                          self._shipment)
        self.cost = a("actionCostProposal", self.tr("&Kostnadsförslag…"), ["Ctrl+Shift+K"],
                      self.tr("Prissätt specialanpassningen; ordern väntar på svar"),
                      self._cost)
        self.cost_answer = a("actionCostAnswer", self.tr("Svar på kostnads&förslag…"),
                             ["Ctrl+Shift+G"], self.tr("Beställaren har godkänt eller avböjt"),
                             self._cost_answer)
        self.orderer = a("actionOrderer", self.tr("Beställd &av…"), ["Ctrl+Shift+B"],
                         self.tr("Vem beställde den akuta ordern"), self._orderer)
        self.time = a("actionTimeReport", self.tr("Rapportera &tid…"), ["Ctrl+T"],
                      self.tr("Rapportera arbetstid på ordern"), self._time)
        self.all = [self.support, self.shipment, self.cost, self.cost_answer, self.orderer,
                    self.time, self.print_pickup]
        self.last_dialog: QDialog | None = None
        self.last_job: PdfJob | None = None

    # -- enabled and visible -----------------------------------------------------------------
    def update_for(self, view: OrderView | None, can_change: bool) -> None:
        t = self.ctx.catalogue.get(view.type) if view is not None and \
            view.type in self.ctx.catalogue else None
        self.support.setVisible(view is not None and view.type == SUPPORT_TYPE)
        self.cost.setVisible(t is not None and t.waits_for_approval)
        self.cost_answer.setVisible(t is not None and t.waits_for_approval)
        self.orderer.setVisible(t is not None and t.prescriber_only)
        for action in self.all:
            action.setEnabled(False)
        if view is None:
            return
        self.shipment.setEnabled(True)  # a closed order still shows its deliveries
        if not can_change:
            return
        status = OrderStatus(view.status)
        device = DeviceStatus(view.device_status) if view.device_status else None
        self.print_pickup.setEnabled(device in PRINTABLE_DEVICE)
        self.support.setEnabled(status.is_open)
        self.cost.setEnabled(status.is_open and not view.proposal_pending)
        self.cost_answer.setEnabled(view.proposal_pending)  # W9: only a waiting proposal
        self.orderer.setEnabled(status.is_open)
        self.time.setEnabled(True)

    # -- the actions ---------------------------------------------------------------------------
    def _open(self, dialog: "FlowDialog", view: OrderView, sentence: Callable[[Any], str]) -> None:
        from hmc_desktop.ui.orders.flow_forms import open_dialog

        no = view.order_no
        dialog.succeeded.connect(lambda result: self.host.done.emit(no, sentence(result)))
        # The dialog shows a refusal itself; the order behind it is read again, for another
        # workstation may have changed it (the dialog's sentence then says so).
        dialog.refused.connect(lambda _sentence: self.host.reread.emit())
        self.last_dialog = open_dialog(dialog)

    def _view(self) -> OrderView | None:
        return self.host.current()

    def _support(self) -> None:
        from hmc_desktop.services.orders.support import SupportOutcome
        from hmc_desktop.ui.orders.flow_support import SupportDialog

        if not (v := self._view()):
            return
        dialog = SupportDialog(self.ctx, v, self.host.widget)
        no, outcome = v.order_no, list[SupportOutcome]()
        dialog.succeeded.connect(outcome.append)

        def closed(_result: int) -> None:
            # Steps documented but no outcome: the first step started the order; show that.
            if dialog.steps_saved and not outcome:
                self.host.done.emit(no, self.tr("Felsökningen av %1 är dokumenterad.")
                                     .replace("%1", no))

        dialog.finished.connect(closed)
        self._open(dialog, v, self._support_text)

    def _support_text(self, r: "SupportOutcome") -> str:
        if r.outcome == "solved_remotely":
            return self.tr("%1 är löst på distans och avslutad; beställaren får ett "
                           "meddelande.").replace("%1", r.order_no)
        if r.outcome == "spare_part":
            parts = ", ".join(f"{p.article_no} × {p.quantity}" for p in r.parts)
            return self.tr("Reservdelar för %1: %2. Skicka dem med Reservdelar och leverans "
                           "(Ctrl+Shift+R).").replace("%1", r.order_no).replace("%2", parts)
        return self.tr("Ersättningshjälpmedel %2 är lämnat till brukaren; %3 hämtas %4. %1 "
                       "är avslutad.").replace("%1", r.order_no).replace(
            "%2", r.replacement_individual_no or "").replace(
            "%3", r.returned_individual_no or "").replace(
            "%4", r.pickup_date.isoformat() if r.pickup_date else "")

    def _shipment(self) -> None:
        from hmc_desktop.ui.orders.flow_shipment import ShipmentDialog

        if v := self._view():
            self._open(ShipmentDialog(self.ctx, v, self.host.widget), v, self._shipment_text)

    def _shipment_text(self, s: "ShipmentView") -> str:
        text = self.tr("Leverans %2 av reservdelar för %1 är registrerad.").replace(
            "%1", s.order_no).replace("%2", str(s.delivery_no))
        if s.order_status == OrderStatus.COMPLETED.value:
            text += " " + self.tr("Ordern är avslutad.")
        return text

    def _cost(self) -> None:
        from hmc_desktop.services.orders.cost_proposals import format_kronor
        from hmc_desktop.ui.orders.flow_orders import CostProposalDialog

        if v := self._view():
            self._open(CostProposalDialog(self.ctx, v, self.host.widget), v, lambda p: self.tr(
                "Kostnadsförslag på %2 för %1 är skickat; ordern väntar på svar.").replace(
                "%1", p.order_no).replace("%2", format_kronor(p.amount)))

    def _cost_answer(self) -> None:
        from hmc_desktop.ui.orders.flow_orders import CostAnswerDialog

        if v := self._view():
            self._open(CostAnswerDialog(self.ctx, v, self.host.widget), v, self._answer_text)

    def _answer_text(self, p: "CostProposalView") -> str:
        from hmc_desktop.services.orders.cost_proposals import format_kronor

        if p.status == "approved":
            text = self.tr("Kostnadsförslaget för %1 på %3 är godkänt av %2; arbetet återupptas.")
        else:
            text = self.tr("Kostnadsförslaget för %1 är avböjt av %2; ordern är makulerad.")
        return text.replace("%1", p.order_no).replace("%2", p.answered_by or "").replace(
            "%3", format_kronor(p.approved_amount or p.amount))

    def _orderer(self) -> None:
        from hmc_desktop.ui.orders.flow_orders import OrdererDialog

        if v := self._view():
            self._open(OrdererDialog(self.ctx, v, self.host.widget), v, self._orderer_text)

    def _orderer_text(self, r: "OrdererRecord") -> str:
        text = self.tr("Beställare av %1: %2.").replace("%1", r.order_no).replace("%2", r.name)
        if r.home_medical_treatment:
            text += " " + self.tr("Undantaget för medicinsk behandling i hemmet är noterat.")
        return text

    def _time(self) -> None:
        from hmc_desktop.ui.orders.flow_orders import TimeReportDialog

        if v := self._view():
            self._open(TimeReportDialog(self.ctx, v, self.host.widget), v, lambda r: self.tr(
                "%2 min rapporterade på %1 (%3).").replace("%1", r.order_no).replace(
                "%2", str(r.minutes)).replace("%3", r.day.isoformat()))

    def _print_pickup(self) -> None:
        from hmc_desktop.ui.orders.flow_forms import open_dialog
        from hmc_desktop.ui.orders.flow_orders import PickupFormatDialog

        if not (v := self._view()):
            return
        dialog = PickupFormatDialog(v, self.host.widget)
        dialog.succeeded.connect(lambda fmt: self._build_pickup(v.order_no, str(fmt)))
        self.last_dialog = open_dialog(dialog)

    def _build_pickup(self, order_no: str, fmt: str) -> None:
        from hmc_desktop.services.printing.printing import PrintService
        from hmc_desktop.ui.orders.flow_print import PdfJob

        printing = PrintService(self.ctx)
        job = PdfJob(self.host.widget, lambda: printing.pickup_order(order_no, fmt),
                     self.tr("Hämtorder %1").replace("%1", order_no),
                     f"hamtorder-{order_no}.pdf", on_failure=self.host.refused.emit)
        job.opened.connect(lambda _d: self.host.done.emit(order_no, self.tr(
            "Hämtordern för %1 är skapad och noterad i hjälpmedlets historik.").replace(
            "%1", order_no)))
        self.last_job = job.start()

