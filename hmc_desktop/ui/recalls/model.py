"""The campaign's units as a lazy table (after the queue's model): ids first, rows by page.

The ids come grouped by where the units are (R2: with users first, scrapped last) from one
query off the GUI thread, with the first page's rows; other pages are fetched in the
background when the view first shows one of their rows ("…" until then). 50,000 units cost
50,000 integers in memory and a hundred rows at a time. Answers to an older load are dropped.
"""

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from hmc_desktop.services.recalls.campaigns import RecallService
from hmc_desktop.services.recalls.view import RecallDeviceRow
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common.ops import Op

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
COLUMNS = ("individual_no", "where", "blocked", "holder", "location", "order", "done")
PAGE = 100
MAX_PAGES = 40
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the unit's individual number
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the RecallDeviceRow, when fetched
_Index = QModelIndex | QPersistentModelIndex
_BLOCKED = (QBrush(QColor("#f9d6d5")), QBrush(QColor("#7f0000")))
_DONE = QBrush(QColor("#5d6b5d"))


def place_name(status: str) -> str:
    """R2: where a unit is, as the centre says it."""
    names = {
        "in_use": translate("RecallFormat", "Hos brukare"),
        "pickup_ordered": translate("RecallFormat", "Hämtning beställd"),
        "at_workshop": translate("RecallFormat", "På verkstaden"),
        "returned": translate("RecallFormat", "Återlämnad"),
        "in_reconditioning": translate("RecallFormat", "Under rekonditionering"),
        "in_stock": translate("RecallFormat", "I lager"),
        "scrapped": translate("RecallFormat", "Kasserad (klar)"),
    }
    return names.get(status, status)


def action_name(action: str) -> str:
    names = {"repair": translate("RecallFormat", "Reparation hos brukaren"),
             "inspect": translate("RecallFormat", "Kontroll hos brukaren"),
             "exchange": translate("RecallFormat", "Byte (ersättning och hämtorder)")}
    return names.get(action, action)


class RecallDeviceModel(QAbstractTableModel):
    """Rows are a campaign's units; each row's data is fetched by page and cached."""

    loaded = Signal(int)  # the id list of a new load is in place (its length)
    loadFailed = Signal(object)

    def __init__(self, service: RecallService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.campaign_id: int | None = None
        self.status: str | None = None
        self.remaining_only = False
        self._ids: list[int] = []
        self._rows: dict[int, RecallDeviceRow] = {}
        self._pages: OrderedDict[int, list[int]] = OrderedDict()
        self._loading: set[int] = set()
        self._generation = 0
        self.busy = False
        self._headers = [self.tr("Individnummer"), self.tr("Var"), self.tr("Spärr"),
                         self.tr("Brukare"), self.tr("Placering"), self.tr("Arbetsorder"),
                         self.tr("Åtgärdad")]

    # -- loading --------------------------------------------------------------------------
    def show_campaign(self, campaign_id: int | None, status: str | None = None,
                      remaining_only: bool = False) -> None:
        self.campaign_id, self.status, self.remaining_only = campaign_id, status, remaining_only
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, cid, service = self._generation, self.campaign_id, self.service
        status, remaining = self.status, self.remaining_only
        if cid is None:
            self._reset([], {})
            return

        def first() -> tuple[list[int], dict[int, RecallDeviceRow]]:
            ids = service.row_ids(cid, status, remaining)
            return ids, service.rows(cid, ids[:PAGE])

        self.busy = True
        Op(first).success(lambda r: self._on_first(generation, *r)).failure(
            lambda exc: self._failed(generation, exc)).run()

    def _on_first(self, generation: int, ids: list[int], rows: dict[int, RecallDeviceRow]) -> None:
        if generation == self._generation:
            self._reset(ids, rows)

    def _reset(self, ids: list[int], rows: dict[int, RecallDeviceRow]) -> None:
        self.beginResetModel()
        self._ids, self._rows = ids, dict(rows)
        self._pages = OrderedDict({0: list(rows)}) if rows else OrderedDict()
        self._loading.clear()
        self.endResetModel()
        self.busy = False
        self.loaded.emit(len(ids))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.busy = False
            self.loadFailed.emit(exc)

    def _request(self, page: int) -> None:
        if page in self._loading or self.campaign_id is None:
            return
        self._loading.add(page)
        ids, cid = self._ids[page * PAGE:(page + 1) * PAGE], self.campaign_id
        generation, service = self._generation, self.service
        Op(lambda: service.rows(cid, ids)).success(
            lambda rows: self._on_page(generation, page, rows)).failure(
            lambda exc: self._failed(generation, exc)).run()

    def _on_page(self, generation: int, page: int, rows: dict[int, RecallDeviceRow]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(page)
        self._rows.update(rows)
        self._pages[page] = list(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            for old in self._pages.popitem(last=False)[1]:
                self._rows.pop(old, None)
        first, last = page * PAGE, min((page + 1) * PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- lookups ---------------------------------------------------------------------------
    def row(self, row: int) -> RecallDeviceRow | None:
        """The unit at ``row`` if fetched (asks for its page otherwise)."""
        if not 0 <= row < len(self._ids):
            return None
        found = self._rows.get(self._ids[row])
        if found is None:
            self._request(row // PAGE)
        return found

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        column = COLUMNS[index.column()]
        if r is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(r, column)
        if role == NUMBER_ROLE:
            return r.individual_no
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.BackgroundRole and column == "blocked" and r.blocked:
            return _BLOCKED[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "blocked" and r.blocked:
                return _BLOCKED[1]
            return _DONE if r.done else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "order" and r.order_no:
            return self.tr("Dubbelklicka på raden för individkortet; arbetsordern finns i "
                           "dess historik")
        return None

    def _text(self, r: RecallDeviceRow, column: str) -> str:
        if column == "individual_no":
            return r.individual_no
        if column == "where":
            return place_name(r.status)
        if column == "blocked":
            return self.tr("Spärrad") if r.blocked else ""
        if column == "holder":
            return r.holder_name or ""
        if column == "location":
            return r.location
        if column == "order":
            if r.order_no is None:
                return ""
            return f"{r.order_no} ({fmt.status_name(r.order_status or '')})"
        return self.tr("Ja") if r.done else ""
