"""The queue's table model: a list of order ids, rows fetched lazily by page (after Anki's browser).

The id list comes from :meth:`QueueService.order_ids` off the GUI thread: first the top
page with its rows (so the first paint shows data, quickly even at 500,000 orders), then
the whole list. Other pages are fetched in the background when the view first asks for
one of their rows; until then the cells show "…". Answers to an older load (filters
changed meanwhile) are dropped.
"""

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.paths import resource_path
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.queue.queries import QueueFilter, QueueRow, QueueService
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common.ops import Op

COLUMNS = ("order", "type", "status", "priority", "article", "registered", "due", "sla")
# Rows are fetched a page at a time, the first page before anything is shown: a hundred
# fill a tall screen, and cost half of what two hundred did (7 ms of the start-up).
PAGE = 100
MAX_PAGES = 60  # rows kept in memory: 6,000 of however many ids
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_NO_ROLE = Qt.ItemDataRole.UserRole + 2
_ICONS: dict[str, QIcon] = {}
_Index = QModelIndex | QPersistentModelIndex

# The roles data() answers, as plain ints: the view asks every visible cell for seven roles on
# every paint, two of which (alignment, check state) this model leaves to the view's defaults.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _TOOLTIP, _DECORATION, _FONT, _BACKGROUND, _FOREGROUND,
                    int(ORDER_ID_ROLE), int(ORDER_NO_ROLE)})
_SLA_COLUMNS = frozenset({COLUMNS.index("sla"), COLUMNS.index("due")})
_ORDER_COLUMN = COLUMNS.index("order")
_STATUS_COLUMN = COLUMNS.index("status")
_LEVEL_COLOURS = {  # SLA level → (background, text) of the SLA and deadline cells
    1: ("#fdebc4", "#5c3d00"),
    2: ("#f9d6d5", "#7f0000"),
}
_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


def icon(name: str) -> QIcon:
    """An icon from hmc_desktop/resources/icons (cached)."""
    if name not in _ICONS:
        _ICONS[name] = QIcon(str(resource_path("icons", f"{name}.svg")))
    return _ICONS[name]


class WorkOrderTableModel(QAbstractTableModel):
    """Rows are order ids; each row's data is fetched by page and cached."""

    firstPage = Signal()  # the top rows of a new query are in place
    loaded = Signal(int)  # the whole id list is in place (its length)
    loadFailed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = QueueService(ctx)
        self.filter = QueueFilter()
        self._ids: list[int] = []
        self._rows: dict[int, QueueRow] = {}
        self._pages: OrderedDict[int, list[int]] = OrderedDict()  # page → its ids, LRU order
        self._loading_pages: set[int] = set()
        self._generation = 0
        self.busy = False
        self._headers = [self.tr("Order"), self.tr("Typ"), self.tr("Status"), self.tr("Prioritet"),
                         self.tr("Hjälpmedel/artikel"), self.tr("Registrerad"),
                         self.tr("Nästa tidsgräns"), self.tr("SLA-läge")]

    # -- loading ----------------------------------------------------------------------
    def set_filter(self, flt: QueueFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Run the queue's query again (filters changed, or an order changed), in two steps.

        First the top page (a cheap top-N query) with its rows, so the view fills at once;
        then, on the next turn of the event loop, the whole id list for scrolling.
        """
        self._generation += 1
        generation, flt, service = self._generation, self.filter, self.service

        def first_page() -> tuple[list[int], dict[int, QueueRow]]:
            ids = service.order_ids(flt, limit=PAGE)
            return ids, service.rows(ids)

        self._set_busy(True)
        Op(first_page).success(lambda result: self._on_first(generation, *result)).failure(
            lambda exc: self._on_failed(generation, exc)).run()

    def _on_first(self, generation: int, ids: list[int], rows: dict[int, QueueRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._rows = dict(rows)
        self._pages = OrderedDict({0: list(rows)})
        self._loading_pages.clear()
        self.endResetModel()
        self.firstPage.emit()
        if len(ids) < PAGE:  # that was all of them
            self._on_all(generation, ids)
            return
        QTimer.singleShot(0, self, lambda: self._load_all(generation))

    def _load_all(self, generation: int) -> None:
        if generation != self._generation:  # a newer query, or stop()
            return
        flt, service = self.filter, self.service
        Op(lambda: service.order_ids(flt)).success(
            lambda all_ids: self._on_all(generation, all_ids)).failure(
            lambda exc: self._on_failed(generation, exc)).run()

    def stop(self) -> None:
        """Start no more background work; answers still on their way are dropped."""
        self._generation += 1
        self._set_busy(False)

    def _on_all(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        shown = len(self._ids)
        if ids[:shown] == self._ids:  # the usual case: the first page stays, the rest follows
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:  # the data changed in between: start over with the new list
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self._pages.clear()
            self._loading_pages.clear()
            self.endResetModel()
        self._set_busy(False)
        self.loaded.emit(len(ids))

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.loadFailed.emit(exc)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def _request_page(self, page: int) -> None:
        if page in self._loading_pages:
            return
        self._loading_pages.add(page)
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        generation, service = self._generation, self.service
        Op(lambda: service.rows(ids)).success(
            lambda rows: self._on_page(generation, page, rows)).failure(
            lambda exc: self._on_failed_page(generation, page, exc)).run()

    def _on_page(self, generation: int, page: int, rows: dict[int, QueueRow]) -> None:
        if generation != self._generation:
            return
        self._loading_pages.discard(page)
        self._rows.update(rows)
        self._pages[page] = list(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            _old, old_ids = self._pages.popitem(last=False)
            for i in old_ids:
                self._rows.pop(i, None)
        first = page * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _on_failed_page(self, generation: int, page: int, exc: BaseException) -> None:
        self._loading_pages.discard(page)
        if generation == self._generation:
            self.loadFailed.emit(exc)

    # -- lookups ------------------------------------------------------------------------
    def order_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, order_id: int) -> int | None:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return None

    def cached(self, row: int) -> QueueRow | None:
        """The row's data if it is fetched; asks for its page otherwise."""
        order_id = self.order_id(row)
        if order_id is None:
            return None
        record = self._rows.get(order_id)
        if record is None:
            self._request_page(row // PAGE)
        return record

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.filter.sort, self.filter.descending):
            self.filter = replace(self.filter, sort=key, descending=descending)
            self.reload()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        if role == ORDER_ID_ROLE:
            return self.order_id(index.row())
        row = self.cached(index.row())
        if row is None:
            return "…" if role == _DISPLAY else None
        if role == _DISPLAY:
            return self._text(row, COLUMNS[index.column()])
        if role == _ACCESSIBLE:  # the icons' meaning in words, for a screen reader
            text = self._text(row, COLUMNS[index.column()])
            if index.column() == _STATUS_COLUMN and row.incomplete:
                text += " – " + self.tr("ofullständig")
            return text
        if role == _DECORATION:
            return self._icon(row, COLUMNS[index.column()])
        if role in (_BACKGROUND, _FOREGROUND):
            if index.column() not in _SLA_COLUMNS or not self._is_open(row):
                return None
            colours = _LEVEL_COLOURS.get(fmt.sla_level(row.sla))
            return _brush(colours[role == _FOREGROUND]) if colours else None
        if role == _FONT:
            if row.medical_risk and index.column() == _ORDER_COLUMN:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == ORDER_NO_ROLE:
            return row.order_no
        return self._tooltip(row, COLUMNS[index.column()])  # ToolTipRole

    @staticmethod
    def _is_open(row: QueueRow) -> bool:
        return OrderStatus(row.status).is_open

    def _text(self, row: QueueRow, column: str) -> str:
        now, cal = self.ctx.clock.now(), self.ctx.calendar
        if column == "order":
            return row.order_no
        if column == "type":
            return f"{row.type_code} {row.type_name}"
        if column == "status":
            return fmt.status_name(row.status)
        if column == "priority":
            return (self.tr("Medicinsk risk") if row.medical_risk else
                    self.tr("Akut") if row.acute else self.tr("Normal"))
        if column == "article":
            if row.individual_no is None:
                return self.tr("Utan hjälpmedel")
            return f"{row.article_name or ''} · {row.individual_no}"
        if column == "registered":
            return fmt.day(row.registered)
        if column == "due":
            return fmt.next_deadline(row.sla, now, cal) if self._is_open(row) else ""
        notified = row.delay_notified is not None and self._is_open(row)
        return fmt.sla_text(row.sla, row.has_deadlines, notified)

    def _tooltip(self, row: QueueRow, column: str) -> str | None:
        if column == "due" and row.sla.next_due is not None and self._is_open(row):
            return self.tr("Nästa tidsgräns (%1): %2").replace(
                "%1", fmt.deadline_kind(row.sla.next_kind)).replace(
                "%2", fmt.full_time(row.sla.next_due))
        if column == "sla" and (row.sla.breached or row.sla.at_risk):
            kinds = ", ".join(fmt.deadline_kind(k) for k in row.sla.breached)
            text = (self.tr("Tidsgränsen har passerats: %1").replace("%1", kinds)
                    if row.sla.breached else self.tr("Risk för försening"))
            if row.delay_notified is not None:  # W5: the at-risk view knows it was sent
                text += ". " + self.tr("Beställaren är meddelad %1.").replace(
                    "%1", fmt.full_time(row.delay_notified))
            return text
        if column == "status" and row.incomplete:
            return self.tr("Ofullständig – saknas: %1. Kan inte påbörjas.").replace(
                "%1", ", ".join(fmt.missing_name(i) for i in row.incomplete))
        if column == "type":
            return row.type_name
        if column == "registered":
            return fmt.full_time(row.registered)
        if column == "article" and row.incomplete:
            return self.tr("Ofullständig – saknas: %1").replace(
                "%1", ", ".join(fmt.missing_name(i) for i in row.incomplete))
        return None

    def _icon(self, row: QueueRow, column: str) -> QIcon | None:
        if column == "sla":
            level = fmt.sla_level(row.sla)
            return icon(("ok", "risk", "breached")[level]) if row.has_deadlines else None
        if column == "priority":
            return icon("medical") if row.medical_risk else icon("acute") if row.acute else None
        if column == "status" and row.incomplete and self._is_open(row):
            return icon("incomplete")
        return None
