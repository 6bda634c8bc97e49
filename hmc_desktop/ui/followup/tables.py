"""The follow-up view's tables: today per mailbox (P2) and compliance per type (C5).

Every cell knows the orders behind its number: ``filter_for`` gives the follow-up filter
(see :mod:`hmc_desktop.services.queue.followup`); :class:`FiguresTable` emits :attr:`~FiguresTable.chosen`
when a number is clicked or Enter is pressed on it.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hmc_desktop.documents.leadtime_data import (
    Figures,
    LeadTimeReportData,
    TypeFigures,
    days,
    pct,
)
from hmc_desktop.services.queue.followup import MailboxToday
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.queue.model import icon

_Index = QModelIndex | QPersistentModelIndex
ALERT = QColor("#B00020")
WARN = QColor("#8A4B00")


class _FiguresModel(QAbstractTableModel):
    """Shared: numbers right-aligned, the total row bold, a tooltip on what a click does."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._bold = QFont()
        self._bold.setBold(True)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: int, column: int) -> str:
        raise NotImplementedError

    def is_total(self, row: int) -> bool:
        return row == self.rowCount() - 1

    def filter_for(self, index: _Index) -> dict[str, Any] | None:
        raise NotImplementedError

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole and c > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(r):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and self.filter_for(index) is not None:
            return self.tr("Klicka (eller tryck Enter) för att visa ordrarna i kön")
        return None


class TodayModel(_FiguresModel):
    """One row per mailbox, then all mailboxes: open, at risk, breached, new and done today."""

    STATES = (None, "open", "at_risk", "breached", "registered", "completed")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Brevlåda"), self.tr("Öppna"), self.tr("Risk för\nförsening"),
                          self.tr("Försenade"), self.tr("Nya\nidag"), self.tr("Klara\nidag")], parent)
        self.rows: list[MailboxToday] = []
        self.today = date.today()

    def set_rows(self, rows: list[MailboxToday], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def _value(self, row: MailboxToday, column: int) -> int:
        return (row.open, row.at_risk, row.breached, row.new_today, row.completed_today)[column - 1]

    def text(self, row: int, column: int) -> str:
        r = self.rows[row]
        if column == 0:
            return r.mailbox or self.tr("Alla brevlådor")
        return fmt.number(self._value(r, column))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = index.column()
        if index.isValid() and c in (2, 3) and role in (Qt.ItemDataRole.ForegroundRole,
                                                        Qt.ItemDataRole.DecorationRole):
            count = self._value(self.rows[index.row()], c)
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(("risk" if c == 2 else "breached") if count else "ok")
            return QBrush(ALERT if c == 3 else WARN) if count else None
        return super().data(index, role)

    def filter_for(self, index: _Index) -> dict[str, Any] | None:
        """The orders behind a number: open/at risk/breached now, or registered/completed today."""
        if not index.isValid() or index.column() == 0:
            return None
        state = self.STATES[index.column()]
        flt: dict[str, Any] = {"mailbox": self.rows[index.row()].mailbox, "type": None,
                               "state": state}
        day = self.today.isoformat()
        if state == "registered":
            flt |= {"registered_from": day, "registered_to": day}
        elif state == "completed":
            flt |= {"completed_from": day, "completed_to": day}
        return flt


class ComplianceModel(_FiguresModel):
    """One row per type with orders in the period, then all types (C5)."""

    # column → (what it shows, the state a click asks for)
    COLUMNS = (("type", None), ("orders", "counted"), ("start_met", "start_met"),
               ("start_missed", "start_missed"), ("start_share", "start_missed"),
               ("finish_met", "finish_met"), ("finish_missed", "finish_missed"),
               ("finish_share", "finish_missed"), ("start_days", "counted"),
               ("finish_days", "counted"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Typ"), self.tr("Ordrar"), self.tr("Påbörjade\ni tid"),
                          self.tr("Påbörjade\nför sent"), self.tr("Andel\npåbörjade"),
                          self.tr("Klara\ni tid"), self.tr("Klara\nför sent"),
                          self.tr("Andel\nklara"), self.tr("Start, dagar\nmedian / P90"),
                          self.tr("Klar, dagar\nmedian / P90")], parent)
        self.report: LeadTimeReportData | None = None
        self.rows: list[TypeFigures] = []

    def set_report(self, report: LeadTimeReportData | None) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = [*report.types, report.total] if report is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def text(self, row: int, column: int) -> str:
        t = self.rows[row]
        f: Figures = t.period
        key = self.COLUMNS[column][0]
        if key == "type":
            return self.tr("Alla typer") if t.code == "total" else f"{t.code}  {t.name}"
        if key in ("start_met", "start_missed", "finish_met", "finish_missed"):
            share = f.start if key.startswith("start") else f.finish
            # no order judged against such a deadline (none applies, or none due yet): a dash
            return "–" if share.ratio is None else fmt.number(getattr(share, key.split("_")[1]))
        values = {"orders": fmt.number(f.orders), "start_share": pct(f.start),
                  "finish_share": pct(f.finish),
                  "start_days": f"{days(f.start_days.median)} / {days(f.start_days.p90)}",
                  "finish_days": f"{days(f.finish_days.median)} / {days(f.finish_days.p90)}"}
        return values[key]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and role == Qt.ItemDataRole.ForegroundRole
                and self.COLUMNS[index.column()][0] in ("start_missed", "finish_missed")):
            f = self.rows[index.row()].period
            missed = f.start.missed if index.column() == 3 else f.finish.missed
            return QBrush(ALERT) if missed else None
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.rows[index.row()].name
        return super().data(index, role)

    def filter_for(self, index: _Index) -> dict[str, Any] | None:
        """The orders behind a number, registered in the period: all counted, met or missed."""
        if (not index.isValid() or self.report is None or index.column() == 0
                or self.text(index.row(), index.column()) == "–"):
            return None
        code = self.rows[index.row()].code
        return {"mailbox": None, "type": None if code == "total" else code,
                "state": self.COLUMNS[index.column()][1],
                "registered_from": self.report.first.isoformat(),
                "registered_to": self.report.last.isoformat()}


class FiguresTable(QTableView):
    """A read-only table of a :class:`_FiguresModel` whose numbers are links."""

    chosen = Signal(dict)  # the follow-up filter of the clicked or entered number

    def __init__(self, name: str, accessible: str, model: _FiguresModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setModel(model)
        self.figures = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._choose)

    def _choose(self, index: QModelIndex) -> None:
        flt = self.figures.filter_for(index)
        if flt is not None:
            self.chosen.emit(flt)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
