"""Uppföljning's periodic-inspection figures (PM6): per product group, the inspections that fell
due in the chosen period — done in time, late, overdue, not yet due — and the share in time."""

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hmc_desktop.documents import GroupInspections, InspectionReportData
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.followup.tables import ALERT, _FiguresModel

_Index = QModelIndex | QPersistentModelIndex


class InspectionFiguresModel(_FiguresModel):
    """One row per product group, then all groups."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Produktgrupp"), self.tr("Skulle\nbesiktigas"),
                          self.tr("I tid"), self.tr("För sent"), self.tr("Försenade"),
                          self.tr("Ej\nförfallna"), self.tr("Andel\ni tid")], parent)
        self.rows: list[GroupInspections] = []
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    def set_report(self, report: InspectionReportData | None) -> None:
        self.beginResetModel()
        self.rows = [*report.groups, report.total] if report is not None and report.groups else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.rows)

    def text(self, row: int, column: int) -> str:
        g = self.rows[row]
        if column == 0:
            return self.tr("Alla produktgrupper") if self.is_total(row) else (
                g.product_group or self.tr("(ingen produktgrupp)"))
        if column == 6:
            share = g.share_on_time
            return "–" if share is None else f"{round(share * 100)} %"
        return fmt.number((g.due, g.on_time, g.late, g.overdue, g.pending)[column - 1])

    def filter_for(self, index: _Index) -> dict[str, Any] | None:
        return None  # the devices behind a figure are in the Besiktning tab, not the queue

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return QBrush(ALERT) if self.rows[index.row()].overdue else None
        return super().data(index, role)


class InspectionFiguresTable(QTableView):
    """``followUpInspectionTable``: read-only."""

    def __init__(self, model: InspectionFiguresModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpInspectionTable")
        self.setAccessibleName(self.tr("Besiktningar per produktgrupp"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
