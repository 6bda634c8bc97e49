"""A campaign's progress (R5): a bar for done of affected, and a table by where the units are.

Columns are the places that have units (R2 order) and the total; rows are affected, done and
remaining. Choosing a column (click, or Enter on a cell) shows only that place's units.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.recall import RecallProgress
from hmc_desktop.ui.common.formatting import number
from hmc_desktop.ui.recalls.model import place_name

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class CampaignSummary(QWidget):
    """``recallProgressBar`` and ``recallSummaryTable``."""

    placeChosen = Signal(object)  # a device status, or None for every place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName("recallProgressBar")
        self.bar.setAccessibleName(self.tr("Åtgärdade av berörda"))
        self.bar.setTextVisible(True)
        self.table = QTableWidget(3, 0)
        self.table.setObjectName("recallSummaryTable")
        self.table.setAccessibleName(self.tr("Berörda, åtgärdade och återstående per plats"))
        self.table.setVerticalHeaderLabels([self.tr("Berörda"), self.tr("Åtgärdade"),
                                            self.tr("Återstår")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()
        self.table.cellActivated.connect(self._chosen)
        self.table.cellClicked.connect(self._chosen)
        self.table.horizontalHeader().sectionClicked.connect(lambda col: self._chosen(0, col))
        box.addWidget(self.bar)
        box.addWidget(self.table)
        self.progress: RecallProgress | None = None

    def show_progress(self, progress: RecallProgress | None) -> None:
        self.progress = progress
        rows = progress.rows() if progress else []
        self.table.setColumnCount(len(rows) + (1 if progress else 0))
        labels = [place_name(status) for status, *_ in rows]
        if progress:
            labels.append(self.tr("Totalt"))
        self.table.setHorizontalHeaderLabels(labels)
        cells: list[tuple[str | None, int, int, int]] = list(rows)
        if progress:
            cells.append((None, progress.affected, progress.done, progress.remaining))
        for col, (status, *counts) in enumerate(cells):
            for row, count in enumerate(counts):
                item = QTableWidgetItem(number(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(STATUS_ROLE, status)
                item.setToolTip(self.tr("Visa bara hjälpmedlen här"))
                self.table.setItem(row, col, item)
        if progress is None or not progress.affected:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.bar.setFormat(self.tr("Ingen återkallelse vald"))
            return
        self.bar.setRange(0, progress.affected)
        self.bar.setValue(progress.done)
        percent = round(100 * progress.done / progress.affected)
        self.bar.setFormat(self.tr("%1 av %2 åtgärdade (%3 %), %4 återstår")
                           .replace("%1", number(progress.done))
                           .replace("%2", number(progress.affected))
                           .replace("%3", str(percent))
                           .replace("%4", number(progress.remaining)))
        self.bar.setAccessibleDescription(self.bar.text())

    def _fit_height(self) -> None:
        """Exactly the three rows, the header and (when the places do not fit) a scroll bar."""
        t = self.table
        scroll = t.horizontalScrollBar().sizeHint().height()
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + 3 * t.verticalHeader()
                         .defaultSectionSize() + 2 * t.frameWidth() + scroll + 2)

    def _chosen(self, row: int, col: int) -> None:
        item = self.table.item(max(row, 0), col)
        if item is not None:
            self.placeChosen.emit(item.data(STATUS_ROLE))
