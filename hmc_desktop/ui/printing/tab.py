"""The Utskrifter tab: the warehouse's day of pickup orders, printed in one batch,
and the receiving of returned devices (S4, D2).

The list is the service's route order (postal code, street). "Skriv ut alla" builds one PDF
with a page per pickup on the operation pool; the progress bar follows the pages, the
window stays usable, and the preview opens when the PDF is done.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.documents import PickupOrderData
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.printing.printing import PrintService
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, alive, day_of, error_text, make_table
from hmc_desktop.ui.orders.flow_print import PdfJob
from hmc_desktop.ui.orders.flow_return import ReturnReceiver


class PrintingTab(QWidget):
    """``printingTab``: pickups due on a day (route order), Skriv ut alla, Ta emot retur."""

    deviceRequested = Signal(str)
    pickupsShown = Signal(int)  # the list for the chosen day is in (its length)
    printed = Signal()  # a batch was built and its preview opened

    COLUMNS = 6

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printingTab")
        self.setAccessibleName(self.tr("Utskrifter"))
        self.ctx = ctx
        self.printing = PrintService(ctx)
        self.items: list[PickupOrderData] = []
        self.job: PdfJob | None = None
        self._request = 0

        heading = QLabel(self.tr("Hämtordrar att skriva ut"))
        heading.setFont(scaled_font(heading, 1.2))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 4)
        outer.addWidget(heading)
        outer.addLayout(self._bar())
        self.progress = QProgressBar()
        self.progress.setObjectName("printProgress")
        self.progress.setAccessibleName(self.tr("Förlopp för utskriften"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        outer.addWidget(self.progress)
        self.message = MessageBar("printingMessage", self.tr("Meddelande"))
        outer.addWidget(self.message)
        self.table = self._table()
        self.receiver = ReturnReceiver(ctx)
        self.receiver.received.connect(lambda _v: self.reload())
        self.receiver.deviceRequested.connect(self.deviceRequested)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.receiver)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([950, 420])
        outer.addWidget(splitter, 1)
        day = ctx.calendar.next_working_day(ctx.clock.now().date())
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.dateChanged.connect(lambda _d: self.reload())
        QWidget.setTabOrder(self.date, self.format)
        QWidget.setTabOrder(self.format, self.print_all_button)
        QWidget.setTabOrder(self.print_all_button, self.table)

    # -- building --------------------------------------------------------------------------
    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Hämtdatum:"))
        self.date = QDateEdit()
        self.date.setObjectName("printDate")
        self.date.setAccessibleName(self.tr("Hämtdatum"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd yyyy-MM-dd")
        label.setBuddy(self.date)
        earlier = QToolButton()
        earlier.setText("◀")
        earlier.setObjectName("printDayBefore")
        earlier.setAccessibleName(self.tr("Föregående arbetsdag"))
        earlier.setToolTip(self.tr("Föregående arbetsdag"))
        earlier.clicked.connect(lambda: self._step_day(-1))
        later = QToolButton()
        later.setText("▶")
        later.setObjectName("printDayAfter")
        later.setAccessibleName(self.tr("Nästa arbetsdag"))
        later.setToolTip(self.tr("Nästa arbetsdag"))
        later.clicked.connect(lambda: self._step_day(1))
        format_label = QLabel(self.tr("&Format:"))
        self.format = QComboBox()
        self.format.setObjectName("printFormat")
        self.format.setAccessibleName(self.tr("Utskriftsformat"))
        self.format.addItem(self.tr("A4-sidor"), "a4")
        self.format.addItem(self.tr("Etiketter 10 × 15 cm"), "label")
        format_label.setBuddy(self.format)
        self.count = QLabel()
        self.count.setObjectName("printCount")
        self.count.setAccessibleName(self.tr("Antal hämtordrar"))
        self.print_all_button = QPushButton(self.tr("Skriv ut &alla…"))
        self.print_all_button.setObjectName("printAllButton")
        self.print_all_button.setAccessibleName(self.tr("Skriv ut alla hämtordrar för dagen"))
        self.print_all_button.setToolTip(self.tr("Alla dagens hämtordrar i en PDF, i "
                                                 "körordning (Ctrl+P)"))
        self.print_all_button.clicked.connect(self.print_all)
        for widget in (label, earlier, self.date, later):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(format_label)
        bar.addWidget(self.format)
        bar.addSpacing(16)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.print_all_button)
        return bar

    def _table(self) -> QTableWidget:
        table = make_table("pickupTable", self.tr("Dagens hämtordrar i körordning"), [
            self.tr("Nr"), self.tr("Postnummer"), self.tr("Adress"), self.tr("Hjälpmedel"),
            self.tr("Arbetsorder"), self.tr("Orsak")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(lambda index: self._open_device(index.row()))
        return table

    def showEvent(self, event: QShowEvent) -> None:
        """Fetched when the tab comes to the front (not at start-up for everyone), and again
        each time, so the day's list is current."""
        super().showEvent(event)
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def day(self) -> date:
        return day_of(self.date.date())

    def _step_day(self, step: int) -> None:
        cal, day = self.ctx.calendar, self.day()
        target = cal.next_working_day(day) if step > 0 else cal.previous_working_day(day)
        self.date.setDate(QDate(target.year, target.month, target.day))

    def reload(self) -> None:
        """Fetch the chosen day's pickups (in the background)."""
        self._request += 1
        request, day = self._request, self.day()
        self.count.setText(self.tr("Hämtar …"))
        Op(lambda: self.printing.pickups_due(day)).success(
            lambda items: self._show(request, items)).failure(self._failed).run()

    def _show(self, request: int, items: list[PickupOrderData]) -> None:
        if not alive(self) or request != self._request:
            return
        self.items = items
        self.table.setRowCount(len(items))
        for row, p in enumerate(items):
            texts = (str(row + 1), p.postal_code, f"{p.street}, {p.city}",
                     f"{p.individual_no} {p.article_name}", p.order_no, p.reason)
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.count.setText(self.tr("1 hämtorder") if len(items) == 1 else
                           self.tr("%1 hämtordrar").replace("%1", str(len(items))))
        self.print_all_button.setEnabled(bool(items) and self.job is None)
        if not items:
            self.message.show_message(self.tr("Inga hämtningar är planerade %1.").replace(
                "%1", self.day().isoformat()), "info")
        else:
            self.message.clear_message()
        self.pickupsShown.emit(len(items))

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.count.clear()
            self.message.show_message(error_text(exc), "error")

    def _open_device(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.deviceRequested.emit(self.items[row].individual_no)

    # -- printing ------------------------------------------------------------------------------
    def print_all(self) -> PdfJob | None:
        """Every pickup of the day in one PDF (route order), with a real progress bar."""
        if self.job is not None or not self.items:
            return None
        day, fmt, printing = self.day(), str(self.format.currentData()), self.printing

        def build(progress: Callable[[int, int, str], None]) -> bytes:
            return printing.pickup_batch(day, fmt, progress=lambda done, total: progress(
                done, total, ""))

        self.print_all_button.setEnabled(False)
        self.message.clear_message()
        job = PdfJob(self, build, self.tr("Hämtordrar %1").replace("%1", day.isoformat()),
                     f"hamtordrar-{day.isoformat()}.pdf", with_progress=True,
                     progress_bar=self.progress, on_failure=self._print_failed,
                     label=self.tr("Skapar 1 hämtorder …") if len(self.items) == 1 else
                     self.tr("Skapar %1 hämtordrar …").replace("%1", str(len(self.items))))
        job.opened.connect(lambda _d: self._printed())
        job.failed.connect(lambda _s: self._job_done())
        self.job = job.start()
        return job

    def _printed(self) -> None:
        self._job_done()
        done = (self.tr("1 hämtorder är skapad och noterad i hjälpmedlets historik.")
                if len(self.items) == 1 else
                self.tr("%1 hämtordrar är skapade och noterade i hjälpmedlens historik.").replace(
                    "%1", str(len(self.items))))
        self.message.show_message(done, "info")
        self.printed.emit()

    def _job_done(self) -> None:
        self.job = None
        if alive(self):
            self.print_all_button.setEnabled(bool(self.items))

    def _print_failed(self, sentence: str) -> None:
        self.message.show_message(sentence, "error")

    def print_current(self) -> bool:
        """Ctrl+P on this tab: print the day's pickup orders."""
        return self.print_all() is not None

    def focus_return(self) -> None:
        self.receiver.focus_scan()
