"""The order actions (menu Arbetsorder, the details panel's buttons, the table's context menu).

Each action is one service call, i.e. one audited transaction, run off the GUI thread.
What may be done is the services' and the domain's business: a refusal comes back
as a :class:`DomainError` whose one sentence is shown. The enabled state asks the same
state machine (:mod:`hmc_desktop.domain.order_flow`): a move W1 does not have is greyed
out; one another rule refuses now (W6, W9, S5, a claim) stays pressable, says why in its
tooltip, and refuses with that sentence. Their shortcuts wait while a text field has focus.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import DomainError, IllegalTransition
from hmc_desktop.domain.lifecycle import DEVICE_TRANSITIONS
from hmc_desktop.domain.order_flow import OrderAction, refusal
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.failures import is_stale_save
from hmc_desktop.services.orders.actions import OrderService, OrderView
from hmc_desktop.services.orders.flow_rules import OrderRulesService
from hmc_desktop.services.orders.pickups import PickupService
from hmc_desktop.services.queue.queries import QueueService
from hmc_desktop.ui.common import i18n
from hmc_desktop.ui.common.errors import describe
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.shortcut_guard import TextFieldShortcutGuard
from hmc_desktop.ui.orders.dialogs import Dialogs
from hmc_desktop.ui.orders.flow_actions import FlowActions


class OrderActions(QObject):
    """QActions on the selected order: :attr:`done` after a change, :attr:`refused` a sentence."""

    done = Signal(str, str)  # order number, what happened (one sentence)
    refused = Signal(str)  # the rule's sentence
    reread = Signal()  # a flow's dialog was refused: the order may have changed elsewhere
    openDevice = Signal(str)  # individual number
    openTechDoc = Signal(str)  # order number

    def __init__(self, ctx: ServiceContext, parent_widget: QWidget,
                 current: Callable[[], OrderView | None],
                 report: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.widget = parent_widget
        self.current = current
        self.report = report
        self.dialogs: Any = Dialogs()  # replaced by a stub in tests
        self.read_only = not ctx.user.known
        self.orders = OrderService(ctx)
        self.pickups = PickupService(ctx)
        self.queue = QueueService(ctx)
        self.rules = OrderRulesService(ctx)
        self._busy = False
        a = self._action
        self.start = a("actionStart", self.tr("&Påbörja"), ["Ctrl+Return", "Ctrl+Enter"],
                       self.tr("Påbörja arbetet med ordern"), self._start)
        self.hold = a("actionHold", self.tr("&Vilande…"), ["F7"],
                      self.tr("Sätt ordern som vilande, med orsak"), self._hold)
        self.resume = a("actionResume", self.tr("&Återuppta"), ["F8"],
                        self.tr("Återuppta en vilande order"), self._resume)
        self.complete = a("actionComplete", self.tr("&Avsluta…"), ["F9"],
                          self.tr("Avsluta ordern som utförd"), self._complete)
        self.cancel = a("actionCancel", self.tr("&Makulera…"), ["Ctrl+Delete"],
                        self.tr("Makulera ordern med orsak; beställaren meddelas"), self._cancel)
        self.contacted = a("actionContacted", self.tr("&Kontakt tagen"), ["Ctrl+K"],
                           self.tr("Teknisk översyn: brukaren är kontaktad om tid"),
                           self._contacted)
        self.message = a("actionMessage", self.tr("Meddelande till &beställare…"), ["Ctrl+M"],
                         self.tr("Skriv ett meddelande till beställaren"), self._message)
        self.pickup = a("actionPickup", self.tr("Beställ &hämtning…"), ["Ctrl+Shift+H"],
                        self.tr("Beställ hämtning av hjälpmedlet"), self._pickup)
        self.device = a("actionOpenDevice", self.tr("Öppna &individkort"), ["Ctrl+I"],
                        self.tr("Visa hjälpmedlets individkort"), self._device)
        self.techdoc = a("actionTechDoc", self.tr("&Teknisk dokumentation"), ["Ctrl+D"],
                         self.tr("Visa orderns tekniska dokumentation"), self._techdoc)
        self.details = a("actionOrderDetails", self.tr("Komplettera &uppgifter…"), ["F2"],
                         self.tr("Fyll i tjänsteprodukt och betalarnummer som ordern saknar"),
                         self._details)
        self.changing = [self.start, self.hold, self.resume, self.complete, self.cancel,
                         self.contacted, self.message, self.pickup, self.details]
        self.all = [*self.changing, self.device, self.techdoc]
        self.flows = FlowActions(self, self)  # the centre's flows and the pickup-order print
        self.guard = TextFieldShortcutGuard(parent_widget, lambda: [*self.all, *self.flows.all])
        self._moves = {self.start: OrderAction.START, self.hold: OrderAction.WAIT,
                       self.resume: OrderAction.RESUME, self.complete: OrderAction.COMPLETE,
                       self.cancel: OrderAction.CANCEL}
        self.update_for(None)

    def make_action(self, name: str, text: str, keys: list[str], tip: str,
                    slot: Callable[[], None]) -> QAction:
        """An action scoped to the queue tab, like the order actions (for :class:`FlowActions`)."""
        return self._action(name, text, keys, tip, slot)

    def _action(self, name: str, text: str, keys: list[str], tip: str,
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.widget)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Scoped to the queue tab: Ctrl+Return also saves a documentation entry, Ctrl+D opens
        # documentation from the device card; window-wide keys would make both ambiguous.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})")
        action.setProperty("baseToolTip", f"{tip} ({shortcut})")
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.widget.addAction(action)
        return action

    # -- enabled state ----------------------------------------------------------------------
    def update_for(self, view: OrderView | None) -> None:
        """Grey out what W1 (and D2 for pickups) cannot do from the order's status."""
        for action in self.all:
            action.setEnabled(False)
        self.flows.update_for(view, not (self.read_only or self._busy))
        self._message_text(view)
        if view is None:
            return
        self.techdoc.setEnabled(True)
        self.device.setEnabled(view.individual_no is not None)
        if self.read_only or self._busy:
            return
        status = OrderStatus(view.status)
        for action, move in self._moves.items():
            self._enable_move(action, view, move)
        self.details.setEnabled(status.is_open)
        self.contacted.setEnabled(view.technical_review and view.contacted is None
                                  and status.is_open)
        self.message.setEnabled(True)
        device = DeviceStatus(view.device_status) if view.device_status else None
        self.pickup.setEnabled(device is not None
                               and DeviceStatus.PICKUP_ORDERED in DEVICE_TRANSITIONS[device])

    def _enable_move(self, action: QAction, view: OrderView, move: OrderAction) -> None:
        """Greyed out when W1 has no such move; otherwise pressable, and if another rule
        refuses it now, the tooltip says which (the press shows the same sentence)."""
        base = str(action.property("baseToolTip"))
        err = refusal(view.state, move, self.ctx.user.login) if view.state else None
        structural = isinstance(err, IllegalTransition) or (err is not None
                                                            and err.key == "order_closed")
        action.setEnabled(not structural)
        action.setToolTip(base if err is None or structural
                          else f"{base} – {err.message(i18n.current_language())}")

    def _message_text(self, view: OrderView | None) -> None:
        """W5: for an open order at risk of (or past) its lead time, the message is the delay
        notice the service drafts; the action says so."""
        late = view is not None and OrderStatus(view.status).is_open and \
            (view.sla.at_risk or bool(view.sla.breached))
        self.message.setText(self.tr("Meddela &försening…") if late
                             else self.tr("Meddelande till &beställare…"))
        self.message.setToolTip(
            (self.tr("Meddela beställaren att ledtiden inte hålls") if late
             else self.tr("Skriv ett meddelande till beställaren")) + " (Ctrl+M)")

    # -- the actions ----------------------------------------------------------------------------
    def _order(self) -> OrderView | None:
        return self.current()

    def _start(self) -> None:
        if v := self._order():
            no = v.order_no
            self._run(no, lambda: self.orders.start(no), self.tr("%1 är påbörjad."))

    def _hold(self) -> None:
        if v := self._order():
            no = v.order_no
            reason = self.dialogs.hold_reason(self.widget, no)
            if reason:
                self._run(no, lambda: self.orders.hold(no, reason),
                          self.tr("%1 är vilande."))

    def _resume(self) -> None:
        if v := self._order():
            no = v.order_no
            self._run(no, lambda: self.orders.resume(no), self.tr("%1 är återupptagen."))

    def _complete(self) -> None:
        if (v := self._order()) and self.dialogs.confirm_complete(self.widget, v.order_no):
            no = v.order_no
            self._run(no, lambda: self.orders.complete(no), self.tr("%1 är avslutad."))

    def _cancel(self) -> None:
        if v := self._order():
            no = v.order_no
            chosen = self.dialogs.cancel(self.widget, v)
            if chosen:
                reason, subject, body = chosen
                self._run(no, lambda: self.orders.cancel(no, reason, message=(subject, body)),
                          self.tr("%1 är makulerad; beställaren får ett meddelande."))

    def _details(self) -> None:
        if v := self._order():
            no, version = v.order_no, v.version
            filled = self.dialogs.details(self.widget, v)
            if filled:
                product, payer = filled
                self._run(no, lambda: self.orders.complete_details(
                    no, version, service_product=product, payer_no=payer),
                    self.tr("Uppgifterna för %1 är sparade."))

    def _contacted(self) -> None:
        if v := self._order():
            no = v.order_no
            self._run(no, lambda: self.orders.mark_contacted(no),
                      self.tr("Kontakten med brukaren är registrerad för %1."))

    def _message(self) -> None:
        if not (v := self._order()):
            return
        no = v.order_no
        Op(lambda: self.queue.draft_message(no)).success(
            lambda draft: self._edit_message(no, *draft)).failure(self._failed).run()

    def _edit_message(self, no: str, kind: str, subject: str, body: str) -> None:
        if kind == "at_risk":  # W5: the delay notice with its new date, through the rules
            today = self.ctx.clock.now().astimezone(TZ).date()
            delay = self.dialogs.delay_message(self.widget, no, subject, body, today)
            if delay:
                subject, body, expected = delay
                self._run(no, lambda: self.rules.send_delay_message(no, subject, body, expected),
                          self.tr("Förseningsmeddelandet till beställaren av %1 är sparat."))
            return
        edited = self.dialogs.message(self.widget, no, subject, body)
        if not edited:
            return
        subject, body = edited
        self._run(no, lambda: self.orders.add_message(no, kind, subject, body),
                  self.tr("Meddelandet till beställaren av %1 är sparat."))

    def _pickup(self) -> None:
        if v := self._order():
            no = v.order_no
            when = self.dialogs.pickup_date(self.widget, no, self.pickups.default_date())
            if when:
                self._run(no, lambda: self.pickups.order_pickup(no, when),
                          self.tr("Hämtning av hjälpmedlet i %1 är beställd till %2.").replace(
                              "%2", when.isoformat()))

    def _device(self) -> None:
        if (v := self._order()) and v.individual_no:
            self.openDevice.emit(v.individual_no)

    def _techdoc(self) -> None:
        if v := self._order():
            self.openTechDoc.emit(v.order_no)

    # -- running ---------------------------------------------------------------------------------
    def _run(self, order_no: str, fn: Callable[[], object], message: str) -> None:
        self._busy = True
        self.update_for(self.current())
        text = message.replace("%1", order_no)
        Op(fn).success(lambda _r: self._finished(order_no, text)).failure(self._failed).run()

    def _finished(self, order_no: str, text: str) -> None:
        self._busy = False
        self.update_for(self.current())
        self.done.emit(order_no, text)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.update_for(self.current())
        if isinstance(exc, DomainError) or is_stale_save(exc):
            # a rule's sentence, or another workstation saved the order first (optimistic locking):
            # either way the panel says why and shows the order as it now is
            self.refused.emit(describe(exc))
        elif self.report is not None:
            self.report(exc)
