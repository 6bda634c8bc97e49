"""The Besiktning tab's table model: the due list a page at a time (PM2, PM3).

The first page (200 rows) is fetched with the count of all rows; more pages are fetched as the
view scrolls (``canFetchMore``/``fetchMore``), each off the GUI thread. Overdue rows and rows
whose notice day has passed without a notice are marked in words and colour.
"""

from collections.abc import Callable
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
from PySide6.QtGui import QBrush, QColor, QFont

from hmc_desktop.services.inspections.due import DueFilter, DueListService, DuePage, DueRow
from hmc_desktop.ui.common.formatting import device_status_name
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ALERT = QColor("#B00020")
WARN = QColor("#8A4B00")


class InspectionDueModel(QAbstractTableModel):
    """Rows of :class:`DueRow`; ``set_filter`` starts over, scrolling fetches more."""

    (COL_DUE, COL_NOTICE, COL_STATE, COL_NUMBER, COL_ARTICLE, COL_GROUP, COL_HOLDER, COL_PLACE,
     COL_LAST) = range(9)
    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

    loaded = Signal(int)  # a page is in: the number of rows in all
    loadFailed = Signal(object)

    def __init__(self, service: DueListService, today: Callable[[], date],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.rows: list[DueRow] = []
        self.total = 0
        self.filter: DueFilter | None = None
        self.busy = False
        self._request = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [self.tr("Förfaller"), self.tr("Avisera senast"), self.tr("Läge"),
                         self.tr("Individnr"), self.tr("Artikel"), self.tr("Produktgrupp"),
                         self.tr("Brukare"), self.tr("Postnr och ort"), self.tr("Senast besiktad")]

    # -- loading --------------------------------------------------------------------------
    def set_filter(self, flt: DueFilter) -> None:
        """Show the first page of ``flt`` (an older answer still on its way is dropped)."""
        self.filter = flt
        self._request += 1
        self._fetch(self._request, 0, with_total=True)

    def reload(self) -> None:
        if self.filter is not None:
            self.set_filter(self.filter)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and not self.busy and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(self._request, len(self.rows), with_total=False)

    def _fetch(self, request: int, offset: int, with_total: bool) -> None:
        flt = self.filter
        if flt is None:
            return
        self.busy = True
        service = self.service
        Op(lambda: service.page(flt, offset, PAGE, with_total)).success(
            lambda page: self._arrived(request, page, with_total)).failure(
            lambda exc: self._failed(request, exc)).run()

    def _arrived(self, request: int, page: DuePage, first: bool) -> None:
        if not alive(self) or request != self._request:
            return
        self.busy = False
        if first:
            self.beginResetModel()
            self.rows, self.total = list(page.rows), page.total
            self.endResetModel()
        elif page.rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(self.total)

    def _failed(self, request: int, exc: BaseException) -> None:
        if alive(self) and request == self._request:
            self.busy = False
            self.loadFailed.emit(exc)

    # -- reading ------------------------------------------------------------------------------
    def row(self, index: int) -> DueRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def notice_late(self, r: DueRow) -> bool:
        """The notice day has passed, the device is with its user and no one was told (PM3)."""
        return r.holder_name is not None and not r.notified and r.notice_by < self.today()

    def state_text(self, r: DueRow) -> str:
        """What is to be done about the row, in words (never colour alone)."""
        if r.device_status != "in_use":
            text = self.tr("På HMC – spärrad") if r.overdue else self.tr("På HMC")
        elif r.notified == "letter":
            text = self.tr("Aviserad (brev)")
        elif r.notified == "message":
            text = self.tr("Aviserad (beställare)")
        elif r.visit_at is not None:
            text = self.tr("Bokad, ej aviserad")
        elif self.notice_late(r):
            text = self.tr("Avisering sen")
        else:
            text = self.tr("Ej bokad")
        if r.overdue and r.device_status == "in_use":
            text = self.tr("Försenad") + " · " + text
        return text

    def text(self, r: DueRow, column: int) -> str:
        if column == self.COL_DUE:
            return r.due.isoformat()
        if column == self.COL_NOTICE:
            return r.notice_by.isoformat() if r.holder_name is not None else "–"
        if column == self.COL_STATE:
            visit = f" {r.visit_at:%Y-%m-%d %H:%M}" if r.visit_at is not None else ""
            return self.state_text(r) + visit
        if column == self.COL_NUMBER:
            return r.individual_no
        if column == self.COL_ARTICLE:
            return f"{r.article_no} {r.article_name}".strip()
        if column == self.COL_GROUP:
            return r.product_group or "–"
        if column == self.COL_HOLDER:
            return r.holder_name or device_status_name(r.device_status)
        if column == self.COL_PLACE:
            return f"{r.postal_code} {r.city}".strip() or "–"
        return r.last_inspected.isoformat() if r.last_inspected else self.tr("aldrig")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row(index.row()) if index.isValid() else None
        if r is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(r, column)
        if role == self.NUMBER_ROLE:
            return r.individual_no
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.overdue and column in (self.COL_DUE, self.COL_STATE):
                return QBrush(ALERT)
            if self.notice_late(r) and column in (self.COL_NOTICE, self.COL_STATE):
                return QBrush(WARN)
        if role == Qt.ItemDataRole.FontRole and r.overdue and column == self.COL_DUE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTICE:
            return self.tr("Sista dag att skicka aviseringen: 10 arbetsdagar före förfallodagen")
        return None
