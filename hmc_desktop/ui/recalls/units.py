"""A campaign's units in the Återkallelser tab (R2): which place to show, and the lazy table.

``recallPlaceFilter`` (all places, or one), ``recallRemainingOnly``, the count, and
``recallDeviceTable`` over :class:`~hmc_desktop.ui.recalls.model.RecallDeviceModel`. Enter or a
double-click on a row asks for that unit's device card.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.recall import WHERE_ORDER
from hmc_desktop.services.recalls.campaigns import RecallService
from hmc_desktop.services.recalls.view import RecallDeviceRow
from hmc_desktop.ui.common.formatting import number
from hmc_desktop.ui.recalls.model import ROW_ROLE, RecallDeviceModel, place_name

# Column widths come from texts like these, never from the rows: a lazy model must not fetch
# every page to measure them.
SAMPLES = ("1000000000", "Under rekonditionering", "Spärrad", "Margareta Söderberg",
           "Knutpunkt Borås", "RC12-00001 (Registrerad)")


class RecallUnits(QWidget):
    """The filter row and the table of one campaign's units."""

    deviceRequested = Signal(str)  # an individual number
    selectionChanged = Signal()
    loadFailed = Signal(object)

    def __init__(self, service: RecallService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign_id: int | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self._filters())
        self.model = RecallDeviceModel(service, self)
        self.model.loaded.connect(self._loaded)
        self.model.loadFailed.connect(self.loadFailed)
        box.addWidget(self._table(), 1)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Visa:"))
        self.place_filter = QComboBox()
        self.place_filter.setObjectName("recallPlaceFilter")
        self.place_filter.setAccessibleName(self.tr("Var hjälpmedlen finns"))
        self.place_filter.addItem(self.tr("Alla platser"), None)
        for status in WHERE_ORDER:
            self.place_filter.addItem(place_name(status.value), status.value)
        label.setBuddy(self.place_filter)
        self.remaining_only = QCheckBox(self.tr("Bara &återstående"))
        self.remaining_only.setObjectName("recallRemainingOnly")
        self.remaining_only.setAccessibleName(self.tr("Visa bara återstående hjälpmedel"))
        self.count = QLabel()
        self.count.setObjectName("recallCount")
        self.place_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.remaining_only.toggled.connect(lambda _b: self.reload())
        for widget in (label, self.place_filter, self.remaining_only):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.count)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("recallDeviceTable")
        table.setAccessibleName(self.tr("Berörda hjälpmedel, grupperade efter var de finns"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = table.fontMetrics()
        for col, sample in enumerate(SAMPLES):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(fm.horizontalAdvance(sample),
                                          fm.horizontalAdvance(title) + 12) + 24)
        table.activated.connect(lambda index: self.open_device(index.row()))
        table.selectionModel().currentRowChanged.connect(lambda *_: self.selectionChanged.emit())
        self.table = table
        return table

    # -- loading -------------------------------------------------------------------------------
    def show_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        self.reload()

    def reload(self) -> None:
        status = self.place_filter.currentData()
        self.count.setText(self.tr("Hämtar …") if self.campaign_id is not None else "")
        self.model.show_campaign(self.campaign_id, status if isinstance(status, str) else None,
                                 self.remaining_only.isChecked())

    def _loaded(self, count: int) -> None:
        self.count.setText(self.tr("%1 hjälpmedel").replace("%1", number(count)))
        if count and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.selectionChanged.emit()

    def choose_place(self, status: str | None) -> None:
        """Show only the units at ``status`` (None: every place); the table takes the keys."""
        self.place_filter.setCurrentIndex(max(0, self.place_filter.findData(status)))
        self.table.setFocus()

    # -- the chosen unit -----------------------------------------------------------------------
    def selected(self) -> RecallDeviceRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.data(self.model.index(index.row(), 0), ROW_ROLE)
        return row if isinstance(row, RecallDeviceRow) else None

    def open_device(self, row: int) -> None:
        unit = self.model.row(row)
        if unit is not None:
            self.deviceRequested.emit(unit.individual_no)
