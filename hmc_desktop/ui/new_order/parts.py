"""Parts of the new-order dialog: the orderer picker and the attachment list.

The picker searches in the background (name, unit or payer number) and offers the
matches in a completer; Enter takes the highlighted or first match. The attachment list
keeps paths only: files are read when the order is saved, off the GUI thread.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.types import AttachmentKind
from hmc_desktop.services.orders.techdoc import ATTACHMENT_LIMIT
from hmc_desktop.services.registration.registration import OrdererFacts
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import FileChooser, alive, human_size

SEARCH_MS = 200


def orderer_label(o: OrdererFacts) -> str:
    return ", ".join(p for p in (o.name, o.unit) if p) + (f" · {o.payer_no}" if o.payer_no else "")


class OrdererPicker(QWidget):
    """``ordererSearch`` with matches as you type; ``ordererChanged`` with the chosen one (or None)."""

    ordererChanged = Signal(object)
    addRequested = Signal()
    committed = Signal()  # Enter in the field: the dialog moves on to the next field

    def __init__(self, search: Callable[[str], list[OrdererFacts]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.chosen: OrdererFacts | None = None
        self.matches: list[OrdererFacts] = []
        self._request = 0
        self._waiting = False  # a search is on its way
        self._pick_first = False  # Enter was pressed before the answer came
        self.field = QLineEdit()
        self.field.setObjectName("ordererSearch")
        self.field.setAccessibleName(self.tr("Beställare: sök på namn, enhet eller betalarnummer"))
        self.field.setPlaceholderText(self.tr("Sök namn, enhet eller betalarnummer – Enter väljer"))
        self.field.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.field)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            lambda index: self.choose(self.matches[index.row()]))
        self.add_button = QPushButton(self.tr("&Ny beställare…"))
        self.add_button.setObjectName("addOrdererButton")
        self.add_button.setAccessibleName(self.tr("Lägg till en ny beställare"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.addRequested.emit)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("ordererChosen")
        self.chosen_label.setAccessibleName(self.tr("Vald beställare"))
        self.chosen_label.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.chosen_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textEdited.connect(self._edited)
        self.field.installEventFilter(self)
        self.field.returnPressed.connect(self._enter)  # with the list open (see eventFilter)
        self._show_chosen()

    def _edited(self, _text: str) -> None:
        if self.chosen is not None:
            self.chosen = None
            self._show_chosen()
            self.ordererChanged.emit(None)
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._request += 1
        self._waiting = True
        request, text = self._request, self.field.text()
        Op(lambda: self._search(text)).success(lambda found: self._found(request, found)).run()

    def _found(self, request: int, found: list[OrdererFacts]) -> None:
        if request != self._request or not alive(self):
            return
        self._waiting = False
        self.matches = found
        self.model.clear()
        for o in found:
            self.model.appendRow(QStandardItem(orderer_label(o)))
        if self._pick_first and found:
            self.choose(found[0])
        elif found and self.field.hasFocus() and self.chosen is None:
            self.completer.complete()
        self._pick_first = False

    def choose(self, orderer: OrdererFacts | None) -> None:
        """Take ``orderer`` (None clears the choice)."""
        self._timer.stop()
        self._request += 1  # an answer still on its way is no longer wanted
        self._waiting = self._pick_first = False
        self.chosen = orderer
        self._popup_visible(hide=True)
        self.field.setText(orderer_label(orderer) if orderer else "")
        self.field.setCursorPosition(0)  # a long unit: the name stays in view
        self._show_chosen()
        self.ordererChanged.emit(orderer)

    def _show_chosen(self) -> None:
        o = self.chosen
        text = (self.tr("✓ Vald – skriv för att söka en annan") if o is not None
                else self.tr("Ingen vald – tomt går bra när brukaren själv ringer"))
        self.chosen_label.setText(text)
        self.chosen_label.setAccessibleDescription(
            self.tr("Vald: %1").replace("%1", orderer_label(o)) if o is not None else text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the field (no list open) takes the first match; it never saves the dialog."""
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not self._popup_visible()
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._enter()
            return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        """Take the first match unless one is chosen (with the list open, the completer then
        takes the highlighted one); the dialog moves on."""
        if self.chosen is None and self.field.text().strip():
            if self._timer.isActive() or self._waiting:  # take the first of the answer
                self._pick_first = True
                if self._timer.isActive():
                    self.search_now()
            elif self.matches:
                self.choose(self.matches[0])
        self.committed.emit()

    def _popup_visible(self, hide: bool = False) -> bool:
        popup = self.completer.popup()
        if popup is None:
            return False
        if hide:
            popup.hide()
        return popup.isVisible()


class AttachmentList(QWidget):
    """``attachmentTable``: files to attach and the kind of each (W6); ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, chooser: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chooser = chooser
        self.kinds = {AttachmentKind.CONSULTATION_BASIS.value: self.tr("Konsultationsunderlag"),
                      AttachmentKind.SPECIAL_ADAPTATION_INSTRUCTION.value:
                          self.tr("Specialanpassningsanvisning"),
                      AttachmentKind.OTHER.value: self.tr("Övrigt")}
        self.wanted: tuple[str, ...] = ()  # kinds the chosen type requires, offered first
        self.paths: list[Path] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("attachmentTable")
        self.table.setAccessibleName(self.tr("Bilagor"))
        self.table.setHorizontalHeaderLabels([self.tr("Fil"), self.tr("Storlek"),
                                              self.tr("Typ av bilaga")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.table.fontMetrics().height() + 10
        self.table.setMinimumHeight(rows * 3)
        self.table.setMaximumHeight(rows * 5)
        self.add_button = QPushButton(self.tr("&Lägg till fil…"))
        self.add_button.setObjectName("addAttachmentButton")
        self.remove_button = QPushButton(self.tr("Ta &bort"))
        self.remove_button.setObjectName("removeAttachmentButton")
        for button, name in ((self.add_button, self.tr("Lägg till en bilaga")),
                             (self.remove_button, self.tr("Ta bort markerad bilaga"))):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_from_chooser)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.remove_button.setEnabled(False)

    def add_from_chooser(self) -> None:
        path = self._chooser(self)
        if path:
            self.add(Path(path))

    def add(self, path: Path, kind: str | None = None) -> str | None:
        """Add a file; returns a sentence when it cannot be attached (too large, unreadable)."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            return self.tr("Filen %1 kan inte läsas: %2").replace("%1", path.name).replace(
                "%2", exc.strerror or str(exc))
        if size > ATTACHMENT_LIMIT:
            return self.tr("Filen %1 är %2; gränsen är 25 MB.").replace("%1", path.name).replace(
                "%2", human_size(size))
        have = set(self.selected_kinds())
        kind = kind or next((k for k in self.wanted if k not in have), AttachmentKind.OTHER.value)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.paths.append(path)
        self.table.setItem(row, 0, QTableWidgetItem(path.name))
        self.table.setItem(row, 1, QTableWidgetItem(human_size(size)))
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Typ av bilaga för %1").replace("%1", path.name))
        for code, label in self.kinds.items():
            combo.addItem(label, code)
        combo.setCurrentIndex(combo.findData(kind))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 2, combo)
        self.table.setCurrentCell(row, 0)
        self.remove_button.setEnabled(True)
        self.changed.emit()
        return None

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self.paths[row]
        self.remove_button.setEnabled(bool(self.paths))
        self.changed.emit()

    def selected_kinds(self) -> list[str]:
        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            out.append(str(combo.currentData()) if isinstance(combo, QComboBox) else "other")
        return out

    def files(self) -> list[tuple[Path, str]]:
        """(path, kind) of every file, in the list's order."""
        return list(zip(self.paths, self.selected_kinds(), strict=True))
