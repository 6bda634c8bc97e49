"""The Besiktning tab (PM2–PM4): what falls due per month, overdue first, filtered by product
group, postal area and state; each row shows the last day to send the notice. From here a
technician books visits (one device or a route), prints the notices in one batch or queues a
message to the orderer, and records an inspection — also by scanning a device's barcode.
"""

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.inspection import postal_area
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.inspections.due import DueFilter, DueListService, DueRow
from hmc_desktop.services.inspections.visits import VisitService
from hmc_desktop.ui.common.formatting import number, scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text
from hmc_desktop.ui.inspections.actions import InspectionActions
from hmc_desktop.ui.inspections.model import InspectionDueModel

MONTHS_AHEAD = 12
DEBOUNCE_MS = 400


def month_end(day: date) -> date:
    nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


class InspectionTab(QWidget):
    """``inspectionTab``; the main window connects :attr:`deviceRequested` and
    :attr:`orderRequested` to the device card and the queue."""

    deviceRequested = Signal(str)
    orderRequested = Signal(str)
    statusMessage = Signal(str)
    message: MessageBar
    buttons: QHBoxLayout
    table: QTableView

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionTab")
        self.setAccessibleName(self.tr("Besiktning"))
        self.ctx = ctx
        self.service = DueListService(ctx)
        self.visits = VisitService(ctx)
        self.model = InspectionDueModel(self.service, lambda: ctx.clock.now().date(), self)
        self._shown = False
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply)
        self._build()
        self.model.loaded.connect(self._loaded)
        self.model.loadFailed.connect(lambda exc: self.message.show_message(error_text(exc),
                                                                            "error"))
        self.flows = InspectionActions(self)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._update_buttons())
        selection.currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Besiktning"))
        title.setFont(scaled_font(title, 1.35))
        self.scan = QLineEdit()
        self.scan.setObjectName("inspectionScan")
        self.scan.setAccessibleName(self.tr("Skanna hjälpmedel att besiktiga"))
        self.scan.setPlaceholderText(self.tr("Skanna eller skriv individnummer – Enter besiktigar"))
        self.scan.setClearButtonEnabled(True)
        self.scan.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.scan.returnPressed.connect(self._scanned)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        scan_label = QLabel(self.tr("Skanna för besi&ktning:"))
        scan_label.setBuddy(self.scan)
        top.addWidget(scan_label)
        top.addWidget(self.scan)

        self.month = self._combo("inspectionMonth", self.tr("Månad"))
        today = self.ctx.clock.now().date()
        first = date(today.year, today.month, 1)
        # the month a notice sent now is about: two weeks on (PM3's ten working days)
        soon = today + timedelta(days=14)
        for i in range(MONTHS_AHEAD):
            y, m = divmod(first.year * 12 + first.month - 1 + i, 12)
            start = date(y, m + 1, 1)
            self.month.addItem(self._month_name(start), start)
            if (start.year, start.month) == (soon.year, soon.month):
                self.month.setCurrentIndex(i)
        self.group = self._combo("inspectionGroup", self.tr("Produktgrupp"))
        self.group.addItem(self.tr("Alla produktgrupper"), None)
        self.area = QLineEdit()
        self.area.setObjectName("inspectionPostalArea")
        self.area.setAccessibleName(self.tr("Postnummerområde"))
        self.area.setPlaceholderText(self.tr("t.ex. 411"))
        self.area.setMaxLength(6)
        self.area.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.area.textEdited.connect(lambda _t: self._debounce.start())
        self.state = self._combo("inspectionState", self.tr("Läge"))
        for text, code in ((self.tr("Alla lägen"), None), (self.tr("Försenade"), "overdue"),
                           (self.tr("Ej bokade"), "not_booked"),
                           (self.tr("Bokade, ej aviserade"), "booked"),
                           (self.tr("Aviserade"), "notified"), (self.tr("På HMC"), "at_centre")):
            self.state.addItem(text, code)
        bar = QHBoxLayout()
        for text, widget in ((self.tr("&Månad:"), self.month), (self.tr("Produkt&grupp:"), self.group),
                             (self.tr("&Postnr:"), self.area), (self.tr("&Läge:"), self.state)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("inspectionCount")
        bar.addWidget(self.count)

        self.table = QTableView()
        self.table.setObjectName("inspectionTable")
        self.table.setAccessibleName(self.tr("Hjälpmedel att besiktiga, försenade först"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InspectionDueModel.COL_ARTICLE, QHeaderView.ResizeMode.Stretch)
        self._sized = False
        self.table.activated.connect(lambda _i: self.flows.inspect())
        self.progress = QProgressBar()
        self.progress.setObjectName("inspectionProgress")
        self.progress.setAccessibleName(self.tr("Förlopp för aviseringarna"))
        self.progress.hide()
        self.message = MessageBar("inspectionMessage", self.tr("Meddelande"))
        self.buttons = QHBoxLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 4)
        outer.addLayout(top)
        outer.addLayout(bar)
        outer.addWidget(self.message)
        outer.addWidget(self.progress)
        outer.addWidget(self.table, 1)
        outer.addLayout(self.buttons)
        for widget in (self.month, self.group, self.state):
            widget.activated.connect(lambda _i: self.apply())

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _month_name(self, day: date) -> str:
        names = (self.tr("januari"), self.tr("februari"), self.tr("mars"), self.tr("april"),
                 self.tr("maj"), self.tr("juni"), self.tr("juli"), self.tr("augusti"),
                 self.tr("september"), self.tr("oktober"), self.tr("november"),
                 self.tr("december"))
        return f"{names[day.month - 1]} {day.year}"

    # -- the list ---------------------------------------------------------------------------------
    def current_filter(self) -> DueFilter:
        start: date = self.month.currentData()
        area = postal_area(self.area.text())
        return DueFilter(until=month_end(start), since=start,
                         product_group=self.group.currentData(), postal_area=area or None,
                         state=self.state.currentData())

    def apply(self) -> None:
        """Load the list for the filters chosen (the first page, and how many in all)."""
        self.message.clear_message()
        self.count.setText(self.tr("Hämtar …"))
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """F5: the list and the product groups again."""
        Op(self.service.product_groups).success(self._groups).run()
        self.apply()

    def _groups(self, groups: list[str]) -> None:
        if not alive(self):
            return
        current = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("Alla produktgrupper"), None)
        for g in groups:
            self.group.addItem(g, g)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("%1 hjälpmedel").replace("%1", number(total)))
        if not self._sized and self.model.rowCount():  # once: then the person's widths stay
            self._sized = True
            limit = self.fontMetrics().averageCharWidth() * 30
            for col in range(self.model.columnCount()):
                if col != InspectionDueModel.COL_ARTICLE:
                    self.table.resizeColumnToContents(col)
                    self.table.setColumnWidth(col, min(self.table.columnWidth(col), limit))
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def selected_rows(self) -> list[DueRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = [r for r in (self.model.row(i) for i in rows) if r is not None]
        if not found:
            current = self.model.row(self.table.currentIndex().row())
            found = [current] if current is not None else []
        return found

    def current_row(self) -> DueRow | None:
        return self.model.row(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        if hasattr(self, "flows"):
            self.flows.update_state()

    def select_number(self, individual_no: str) -> bool:
        for i, r in enumerate(self.model.rows):
            if r.individual_no == individual_no:
                self.table.selectRow(i)
                return True
        return False

    def _scanned(self) -> None:
        number_text = self.scan.text().strip()
        self.scan.selectAll()  # the next scan replaces it
        if number_text:
            self.select_number(number_text)
            self.flows.inspect(number_text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the first time the tab is shown: fill it
            self._shown = True
            QTimer.singleShot(0, self.refresh)

