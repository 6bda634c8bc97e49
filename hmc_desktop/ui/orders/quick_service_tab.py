"""The Snabbservice tab (customer service): a day's 30-minute times 09:00–14:00, booked or free;
book, cancel, and register the repair as a type-1 order with the quick-service flag.

Every change is one QuickServiceService call off the GUI thread; the day is fetched again
after each. The registered order is selected in the queue (``orderCreated``).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.quick_service import slot_starts
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.quick_service import BOOKED, QuickServiceService, SlotView
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, alive, day_of, error_text, make_table
from hmc_desktop.ui.orders.flow_forms import open_dialog
from hmc_desktop.ui.orders.flow_quick import BookingDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

Confirm = Callable[[QWidget, str], bool]


def confirm(parent: QWidget, text: str) -> bool:
    """A yes/no question (the default; tests replace :attr:`QuickServiceTab.confirm`)."""
    answer = QMessageBox.question(parent, translate("QuickServiceTab", "Snabbservice"), text)
    return answer == QMessageBox.StandardButton.Yes


@dataclass(frozen=True, slots=True)
class _Day:
    free: list[datetime]
    plan: list[SlotView]


class QuickServiceTab(QWidget):
    """``quickServiceTab``: day picker, day plan, Boka… / Avboka / Registrera reparation."""

    orderCreated = Signal(str)
    dayShown = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickServiceTab")
        self.setAccessibleName(self.tr("Snabbservice"))
        self.ctx = ctx
        self.service = QuickServiceService(ctx)
        self.confirm: Confirm = confirm
        self.rows: list[tuple[datetime, SlotView | None, bool]] = []  # start, booking, free
        self.last_dialog: BookingDialog | None = None
        self._request = 0
        self._closed_day = False
        heading = QLabel(self.tr("Snabbservice – bokade tider på verkstaden, vardagar 09–14"))
        heading.setObjectName("quickServiceHeading")
        heading.setFont(scaled_font(heading, 1.2))
        self.message = MessageBar("quickServiceMessage", self.tr("Meddelande"))
        self.table = make_table("quickServiceTable", self.tr("Dagens tider"), [
            self.tr("Tid"), self.tr("Status"), self.tr("Kund"), self.tr("Telefon"),
            self.tr("Individnummer"), self.tr("Vad är fel"), self.tr("Arbetsorder")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        em = self.table.fontMetrics().horizontalAdvance("M")
        for col, width in ((1, 14), (2, 16), (3, 10), (4, 11), (6, 10)):  # empty days too
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width * em)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.table.activated.connect(lambda _i: self._default_action())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 4)
        outer.addWidget(heading)
        outer.addLayout(self._bar())
        outer.addWidget(self.message)
        outer.addWidget(self.table, 1)
        today = ctx.clock.now().date()
        day = today if ctx.calendar.is_working_day(today) else ctx.calendar.next_working_day(today)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.dateChanged.connect(lambda _d: self.reload())

    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Dag:"))
        self.date = QDateEdit()
        self.date.setObjectName("quickServiceDate")
        self.date.setAccessibleName(self.tr("Dag"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd yyyy-MM-dd")
        label.setBuddy(self.date)
        bar.addWidget(label)
        buttons = []
        for text, step, name in (("◀", -1, "quickDayBefore"), ("▶", 1, "quickDayAfter")):
            button = QToolButton()
            button.setText(text)
            button.setObjectName(name)
            tip = self.tr("Föregående dag") if step < 0 else self.tr("Nästa dag")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _c=False, s=step: self.date.setDate(
                self.date.date().addDays(s)))
            buttons.append(button)
        for widget in (buttons[0], self.date, buttons[1]):
            bar.addWidget(widget)
        self.summary = QLabel()
        self.summary.setObjectName("quickServiceSummary")
        self.summary.setAccessibleName(self.tr("Bokade och lediga tider"))
        bar.addSpacing(16)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        self.book_action = self._button(bar, "quickBook", self.tr("&Boka…"), "Ctrl+B",
                                        self.tr("Boka den markerade lediga tiden"), self.book)
        self.cancel_action = self._button(bar, "quickCancel", self.tr("&Avboka"), "Ctrl+Delete",
                                          self.tr("Avboka den markerade bokningen"), self.cancel)
        self.register_action = self._button(
            bar, "quickRegister", self.tr("&Registrera reparation"), "Ctrl+Return",
            self.tr("Kunden har kommit: skapa arbetsordern (typ 1, snabbservice)"), self.register)
        return bar

    def _button(self, bar: QHBoxLayout, name: str, text: str, keys: str, tip: str,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name + "Action")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(action.toolTip())
        button.setAccessibleName(tip)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        bar.addWidget(button)
        return action

    def showEvent(self, event: QShowEvent) -> None:
        """Fetched when the tab comes to the front (not at start-up for everyone), and again
        each time, so the day's list is current."""
        super().showEvent(event)
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def day(self) -> date:
        return day_of(self.date.date())

    def reload(self, select: datetime | None = None) -> None:
        self._request += 1
        request, day, service = self._request, self.day(), self.service
        Op(lambda: _Day(service.free_slots(day), service.day_plan(day))).success(
            lambda data: self._show(request, data, select)).failure(self._failed).run()

    def _show(self, request: int, data: _Day, select: datetime | None) -> None:
        if not alive(self) or request != self._request:
            return
        booked = {s.starts: s for s in data.plan}
        free = set(data.free)
        self.rows = [(t, booked.get(t), t in free) for t in slot_starts(self.day(),
                                                                        self.ctx.calendar)]
        self.table.setRowCount(len(self.rows))
        for row, (starts, slot, is_free) in enumerate(self.rows):
            status = (self.tr("Ledig") if is_free else self.tr("Passerad")) if slot is None else \
                self.tr("Bokad") if slot.status == BOOKED else self.tr("Reparation registrerad")
            texts = (starts.strftime("%H:%M"), status) + ((slot.customer_name,
                     slot.customer_phone, slot.individual_no, slot.description,
                     slot.order_no or "") if slot else ("",) * 5)
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if slot is None and not is_free:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, col, item)
        n_booked = sum(1 for _t, slot, _f in self.rows if slot is not None)
        self.summary.setText(self.tr("%1 bokade · %2 lediga").replace("%1", str(n_booked))
                             .replace("%2", str(len(free))))
        if not self.rows:
            self.message.show_message(self.tr("Verkstaden har stängt %1; ingen snabbservice.")
                                      .replace("%1", self.day().isoformat()), "info")
        elif self._closed_day:
            self.message.clear_message()
        self._closed_day = not self.rows
        target = next((r for r, (t, _s, _f) in enumerate(self.rows) if t == select), None)
        if target is None:
            target = next((r for r, (_t, s, f) in enumerate(self.rows) if f or s), 0)
        if self.rows:
            self.table.selectRow(target)
        self._update()
        self.dayShown.emit()

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.message.show_message(error_text(exc), "error")

    def selected(self) -> tuple[datetime, SlotView | None, bool] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update(self) -> None:
        chosen, known = self.selected(), self.ctx.user.known
        slot = chosen[1] if chosen else None
        self.book_action.setEnabled(known and chosen is not None and chosen[2])
        booked = known and slot is not None and slot.status == BOOKED
        self.cancel_action.setEnabled(booked)
        self.register_action.setEnabled(booked)

    def _default_action(self) -> None:
        if self.book_action.isEnabled():
            self.book()
        elif self.register_action.isEnabled():
            self.register()

    # -- acting ----------------------------------------------------------------------------------
    def book(self) -> BookingDialog | None:
        chosen = self.selected()
        if chosen is None or not self.book_action.isEnabled():
            return None
        dialog = BookingDialog(self.ctx, chosen[0], self)
        dialog.succeeded.connect(lambda slot: self._changed(slot, self.tr(
            "%1 är bokad för %2.").replace("%1", slot.starts.strftime("%H:%M")).replace(
            "%2", slot.customer_name)))
        self.last_dialog = dialog
        open_dialog(dialog)
        return dialog

    def cancel(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[1] is None or not self.cancel_action.isEnabled():
            return
        slot = chosen[1]
        if not self.confirm(self, self.tr("Avboka %1 för %2?").replace(
                "%1", slot.starts.strftime("%H:%M")).replace("%2", slot.customer_name)):
            return
        self._act(lambda: self.service.cancel(slot.slot_id), lambda s: self.tr(
            "Bokningen %1 är avbokad; tiden är ledig igen.").replace(
            "%1", s.starts.strftime("%H:%M")))

    def register(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[1] is None or not self.register_action.isEnabled():
            return
        slot = chosen[1]
        slot_id = slot.slot_id
        # a work order is made at once and cannot be undone here: ask, and say so when the
        # customer's time has not come yet (tomorrow's slot chosen by mistake)
        question = self.tr("Registrera reparation för %1 kl. %2 som arbetsorder?").replace(
            "%1", slot.customer_name).replace("%2", slot.starts.strftime("%H:%M"))
        if slot.starts.date() > self.ctx.clock.now().date():
            question = self.tr("Tiden %1 har inte kommit än.").replace(
                "%1", slot.starts.strftime("%Y-%m-%d %H:%M")) + " " + question
        if not self.confirm(self, question):
            return

        def done(s: SlotView) -> str:
            if s.order_no:
                self.orderCreated.emit(s.order_no)
            return self.tr("Arbetsorder %1 (snabbservice) är registrerad.").replace(
                "%1", s.order_no or "")

        self._act(lambda: self.service.register_repair(slot_id), done)

    def _act(self, fn: Callable[[], SlotView], text: Callable[[SlotView], str]) -> None:
        for action in (self.book_action, self.cancel_action, self.register_action):
            action.setEnabled(False)
        Op(fn).success(lambda slot: self._changed(slot, text(slot))).failure(
            self._refused).run()

    def _changed(self, slot: SlotView, text: str) -> None:
        if alive(self):
            self.message.show_message(text, "info")
            self.reload(select=slot.starts)

    def _refused(self, exc: BaseException) -> None:
        if alive(self):
            self.message.show_message(error_text(exc), "error")
            self._update()
