"""The queue's table view: fixed row height (never measure 500,000 rows), column widths, sorting."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from hmc_desktop.ui.queue.model import COLUMNS, WorkOrderTableModel

WIDTHS = {"order": 12, "type": 23, "status": 14, "priority": 17, "registered": 11, "due": 26,
          "sla": 12}  # in average characters; the article column takes the rest


def make_queue_table(model: WorkOrderTableModel) -> QTableView:
    """``workOrderTable``: one selected row, sorted by the model (medical risk always first);
    one Tab stop (arrows move between rows, Enter opens the order)."""
    table = QTableView()
    table.setObjectName("workOrderTable")
    table.setAccessibleName(QCoreApplication.translate("QueueView", "Arbetsordrar"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    char = table.fontMetrics().averageCharWidth()
    for column, key in enumerate(COLUMNS):
        if key in WIDTHS:
            header.resizeSection(column, WIDTHS[key] * char + 16)
    header.setSectionResizeMode(COLUMNS.index("article"), QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(COLUMNS.index("due"), Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)  # header clicks call the model's sort(): a new query
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table
