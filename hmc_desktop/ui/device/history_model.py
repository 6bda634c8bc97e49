"""Table model of a device's history (D3): one row per :class:`HistoryItem`, newest first."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hmc_desktop.services.devices.device_card import HistoryItem, HistoryKind
from hmc_desktop.ui.common import i18n
from hmc_desktop.ui.common.widgets import local_time

Index = QModelIndex | QPersistentModelIndex


class DeviceHistoryModel(QAbstractTableModel):
    """Rows arrive ordered by the service; the model only formats them."""

    COL_AT, COL_KIND, COL_TEXT, COL_ORDER, COL_WHO = range(5)
    ORDER_NO_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's order number, or None
    ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the HistoryItem itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[HistoryItem, ...] = ()
        self._headers = (self.tr("Datum"), self.tr("Händelse"), self.tr("Beskrivning"),
                         self.tr("Order"), self.tr("Av"))
        self._kinds = {
            HistoryKind.ORDER: self.tr("Arbetsorder"),
            HistoryKind.STATUS: self.tr("Statusändring"),
            HistoryKind.HOLDER: self.tr("Byte av innehavare"),
            HistoryKind.LOCATION: self.tr("Ny placering"),
            HistoryKind.DOCUMENT: self.tr("Dokument"),
            HistoryKind.PICKUP: self.tr("Hämtorder"),
            HistoryKind.RECONDITIONING: self.tr("Rekonditionering"),
            HistoryKind.DELIVERED: self.tr("Leverans"),
            HistoryKind.INSPECTION: self.tr("Besiktning"),
            HistoryKind.RECALL: self.tr("Återkallelse"),
        }

    def set_items(self, items: tuple[HistoryItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> HistoryItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def kind_label(self, kind: HistoryKind) -> str:
        return self._kinds.get(kind, str(kind))

    # -- Qt overrides ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TEXT:
            lang = i18n.current_language()
            return "\n".join(t for t in (item.title(lang), item.detail(lang)) if t)
        if role == self.ORDER_NO_ROLE:
            return item.order_no
        if role == self.ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_AT, self.COL_ORDER):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: HistoryItem, col: int) -> str:
        if col == self.COL_AT:
            return local_time(item.at, with_time=item.kind is not HistoryKind.DELIVERED)
        if col == self.COL_KIND:
            return self.kind_label(item.kind)
        if col == self.COL_TEXT:
            lang = i18n.current_language()
            title, detail = item.title(lang), item.detail(lang)
            return f"{title} – {detail}" if detail else title
        if col == self.COL_ORDER:
            return item.order_no or ""
        return item.who
