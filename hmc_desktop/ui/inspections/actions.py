"""The Besiktning tab's actions: record an inspection, book a visit or a route, print the
notices in one batch, tell the orderers, open the device card. Each is a keyboard action and
a button; what the person's role may not do is disabled, with the reason as its tooltip."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from hmc_desktop.domain.inspection import postal_area
from hmc_desktop.domain.permissions import Action, allowed
from hmc_desktop.services.inspections.documents import InspectionPrintService
from hmc_desktop.services.inspections.due import DueRow
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.scoped_actions import scoped_action
from hmc_desktop.ui.common.widgets import alive, error_text
from hmc_desktop.ui.inspections.booking import VisitDialog
from hmc_desktop.ui.inspections.dialog import InspectionDialog
from hmc_desktop.ui.orders.flow_forms import open_dialog
from hmc_desktop.ui.orders.flow_print import PdfJob

if TYPE_CHECKING:
    from hmc_desktop.ui.inspections.tab import InspectionTab


class InspectionActions(QObject):
    """Installs the actions and their buttons on ``tab``."""

    def __init__(self, tab: "InspectionTab") -> None:
        super().__init__(tab)
        self.tab = tab
        role = tab.ctx.user.role
        self.may_inspect = role is not None and allowed(role, Action.INSPECT)
        self.may_message = self.may_inspect and allowed(role, Action.MESSAGE_ORDERER) \
            if role is not None else False
        self.last_dialog: InspectionDialog | VisitDialog | None = None
        self.last_job: PdfJob | None = None
        self.inspect_action = self._action("inspectionRecord", self.tr("&Besiktiga…"),
                                           "Ctrl+Shift+T", self.tr("Registrera besiktningen av "
                                                                   "markerat hjälpmedel"),
                                           lambda: self.inspect())
        self.book_action = self._action("inspectionBook", self.tr("Boka be&sök…"), "Ctrl+Shift+J",
                                        self.tr("Boka besök hos brukaren för markerat hjälpmedel"),
                                        self.book)
        self.route_action = self._action("inspectionRoute", self.tr("Boka &rutt…"), "Ctrl+Shift+U",
                                         self.tr("Boka markerade hjälpmedel i ett "
                                                 "postnummerområde samma dag"), self.route)
        self.notice_action = self._action("inspectionNotices", self.tr("Skriv ut &aviseringar…"),
                                          "Ctrl+Shift+V", self.tr("Aviseringsbrev till brukarna, "
                                                                  "ett per sida"), self.notices)
        self.message_action = self._action("inspectionMessage", self.tr("Medd&ela beställare"),
                                           "Ctrl+Shift+M", self.tr("Lägg ett meddelande om besöket "
                                                                   "i beställarens utkorg"),
                                           self.message)
        self.card_action = self._action("inspectionCard", self.tr("Öppna &individkort"),
                                        "Ctrl+Shift+I", self.tr("Visa hjälpmedlets individkort"),
                                        self.card)
        for action in self.all:
            button = QPushButton(action.text())
            button.setObjectName(action.objectName() + "Button")
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: (b.setEnabled(a.isEnabled()),
                                                               b.setToolTip(a.toolTip())))
            tab.buttons.addWidget(button)
        tab.buttons.addStretch(1)

    @property
    def all(self) -> list[QAction]:
        return [self.inspect_action, self.book_action, self.route_action, self.notice_action,
                self.message_action, self.card_action]

    def _action(self, name: str, text: str, keys: str, tip: str,
                slot: Callable[[], object]) -> QAction:
        action = scoped_action(self.tab, name, text, keys, tip, slot)
        action.setData(action.toolTip())  # the tip to restore when a refusal replaced it
        return action

    def update_state(self) -> None:
        current = self.tab.current_row()
        rows = self.tab.selected_rows()
        in_use = [r for r in rows if r.device_status == "in_use"]
        refusal = self.tr("Bara tekniker, supportteamet och administratörer besiktigar.")
        for action, ok, may in (
                (self.inspect_action, current is not None, self.may_inspect),
                (self.book_action, current is not None and current.device_status == "in_use",
                 self.may_inspect),
                (self.route_action, bool(in_use), self.may_inspect),
                (self.notice_action, bool(self.tab.model.rows), self.may_inspect),
                (self.message_action, any(r.visit_at for r in rows), self.may_message),
                (self.card_action, current is not None, True)):
            action.setEnabled(ok and may)
            action.setToolTip(str(action.data()) if may else refusal)

    # -- acting ----------------------------------------------------------------------------------
    def inspect(self, individual_no: str | None = None) -> InspectionDialog | None:
        """The checklist of the scanned or marked device (PM4)."""
        number = individual_no or (r.individual_no if (r := self.tab.current_row()) else None)
        if not number or not self.may_inspect:
            return None
        dialog = InspectionDialog(self.tab.ctx, number, self.tab)
        dialog.saved.connect(lambda _v: self.tab.model.reload())
        dialog.orderRequested.connect(self.tab.orderRequested)
        self.last_dialog = dialog
        open_dialog(dialog)
        return dialog

    def book(self) -> VisitDialog | None:
        r = self.tab.current_row()
        if r is None or r.device_status != "in_use":
            return None
        return self._visit_dialog([r])

    def route(self) -> VisitDialog | None:
        """The marked devices in use; one marked: every listed device of its postal area that
        has no visit yet."""
        rows = [r for r in self.tab.selected_rows() if r.device_status == "in_use"]
        if len(rows) == 1:
            area = postal_area(rows[0].postal_code)
            rows = [r for r in self.tab.model.rows if r.device_status == "in_use"
                    and r.visit_at is None and postal_area(r.postal_code) == area] or rows
        return self._visit_dialog(rows) if rows else None

    def _visit_dialog(self, rows: list[DueRow]) -> VisitDialog:
        lines = [f"{r.individual_no}  {r.article_name} – {r.holder_name or ''}, {r.street} "
                 f"{r.postal_code} {r.city}".strip() for r in rows]
        dialog = VisitDialog(self.tab.ctx, [r.individual_no for r in rows], lines, self.tab)
        dialog.succeeded.connect(self._booked)
        self.last_dialog = dialog
        open_dialog(dialog)
        return dialog

    def _booked(self, views: list[object]) -> None:
        self.tab.statusMessage.emit(self.tr("%1 besök bokade.").replace("%1", str(len(views))))
        self.tab.model.reload()

    def _with_visits(self) -> list[str]:
        """The marked rows with a booked visit, else every listed one not yet told."""
        marked = [r.individual_no for r in self.tab.selected_rows() if r.visit_at is not None]
        return marked or [r.individual_no for r in self.tab.model.rows
                          if r.visit_at is not None and not r.notified]

    def notices(self) -> PdfJob | None:
        """One PDF of the notices, a page a user, built off the GUI thread (PM3)."""
        numbers = self._with_visits()
        if not numbers:
            self.tab.message.show_message(self.tr(
                "Inga bokade besök att avisera. Boka besök först."), "warning")
            return None
        printing = InspectionPrintService(self.tab.ctx)
        job = PdfJob(self.tab, lambda progress: printing.notices(
            numbers, lambda done, total: progress(done, total, "")),
            self.tr("Aviseringar om besiktning"), "aviseringar.pdf",
            progress_bar=self.tab.progress, with_progress=True,
            on_failure=lambda text: self.tab.message.show_message(text, "error"))
        job.opened.connect(lambda _d: self.tab.model.reload())
        self.last_job = job.start()
        return job

    def message(self) -> None:
        numbers = [r.individual_no for r in self.tab.selected_rows() if r.visit_at is not None]
        if not numbers:
            return
        visits = self.tab.visits
        Op(lambda: visits.message_orderers(numbers)).success(self._messaged).failure(
            self._failed).run()

    def _messaged(self, count: int) -> None:
        if alive(self.tab):
            self.tab.message.show_message(self.tr("%1 meddelanden lagda i utkorgen till "
                                                  "beställarna.").replace("%1", str(count)))
            self.tab.model.reload()

    def _failed(self, exc: BaseException) -> None:
        if alive(self.tab):
            self.tab.message.show_message(error_text(exc), "error")

    def card(self) -> None:
        r = self.tab.current_row()
        if r is not None:
            self.tab.deviceRequested.emit(r.individual_no)
