"""Small widgets and helpers shared by the device card and the technical documentation tabs."""

import atexit
import logging
import shutil
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.orders.techdoc import AttachmentInfo
from hmc_desktop.ui.common import errors
from hmc_desktop.ui.common.formatting import attachment_kind_name

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """One sentence for a failed operation, in the interface language (see :mod:`hmc_desktop.ui.common.errors`).

    A file that cannot be read or written is named; anything unexpected is logged here,
    since the tab shows the sentence itself instead of the window's error handler.
    """
    if isinstance(exc, OSError) and exc.filename:
        template = QCoreApplication.translate("widgets", "Filen %1 kunde inte läsas eller skrivas: %2")
        return template.replace("%1", str(exc.filename)).replace("%2", exc.strerror or str(exc))
    if not isinstance(exc, DomainError) and not errors.is_unreachable(exc):
        log.error("unexpected failure in a background operation", exc_info=exc)
    return errors.describe(exc)


def local_time(moment: datetime | None, with_time: bool = True) -> str:
    """An instant as Stockholm time, 'YYYY-MM-DD HH:MM' (C4)."""
    if moment is None:
        return ""
    return to_local(moment).strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def day_of(value: QDate) -> date:
    """A date edit's day as a Python date (PySide's ``toPython`` is typed ``object``)."""
    day = value.toPython()
    assert isinstance(day, date)
    return day


def human_size(size: int) -> str:
    """A file size as people say it: bytes, kB or MB (Swedish decimal comma)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def make_table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    """A read-only, row-selecting table with the house look."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_attachment_table(table: QTableWidget, attachments: Sequence[AttachmentInfo]) -> None:
    """Rows: file name (its id in UserRole), kind (W6), size, date added; the full story in the
    tooltip."""

    table.setRowCount(len(attachments))
    for row, a in enumerate(attachments):
        name = QTableWidgetItem(a.file_name)
        name.setData(Qt.ItemDataRole.UserRole, a.id)
        if a.received:
            name.setToolTip(QCoreApplication.translate("widgets", "%1, tillagd %2 av %3").replace(
                "%1", a.file_name).replace("%2", local_time(a.added_at)).replace("%3", a.added_by))
        else:
            name.setToolTip(QCoreApplication.translate(
                "widgets", "Anmäld i portalen men filen har inte kommit in"))
        size = QTableWidgetItem(human_size(a.size) if a.received
                                else QCoreApplication.translate("widgets", "saknas"))
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        added = QTableWidgetItem(local_time(a.added_at, with_time=False))
        kind = QTableWidgetItem(attachment_kind_name(a.kind))
        for col, item in enumerate((name, kind, size, added)):
            table.setItem(row, col, item)


class ValueLabel(QLabel):
    """A read-only fact: selectable so numbers can be copied, named for screen readers."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)


class MessageBar(QLabel):
    """An inline notice (information, warning or error) that hides itself when empty."""

    STYLES = {
        "info": "background:#eaf2fb; border:1px solid #9bbbe0; color:#17324d;",
        "warning": "background:#fff4e0; border:1px solid #e0a030; color:#5a3b00;",
        "error": "background:#fdecea; border:1px solid #e0867c; color:#611a15;",
    }

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        self.setStyleSheet(f"QLabel#{self.objectName()} {{ {self.STYLES[level]} "
                           "border-radius:4px; padding:6px 10px; }")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def alive(obj: QObject) -> bool:
    """False once the C++ side of a widget is gone (a late background answer must not touch it)."""
    return bool(Shiboken.isValid(obj))


# -- files: choosing one to attach, opening an attachment --------------------------------------
FileChooser = Callable[[QWidget], str | None]
Opener = Callable[[Path], bool]
_TEMP_DIRS: list[str] = []


def choose_file(parent: QWidget) -> str | None:
    """Ask for a file to attach (the default chooser)."""
    title = QCoreApplication.translate("widgets", "Lägg till bilaga")
    path, _filter = QFileDialog.getOpenFileName(parent, title)
    return path or None


def open_with_system(path: Path) -> bool:
    """Open a file in the program the desktop associates with it (the default opener)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def write_temp_copy(name: str, content: bytes) -> Path:
    """A private copy for the viewer, removed when the program ends (it may hold personal data)."""
    folder = tempfile.mkdtemp(prefix="hmc-bilaga-")
    _TEMP_DIRS.append(folder)
    path = Path(folder) / (Path(name).name or "bilaga")
    path.write_bytes(content)
    return path


@atexit.register
def _remove_temp_copies() -> None:
    for folder in _TEMP_DIRS:
        shutil.rmtree(folder, ignore_errors=True)


class DocEntryForm(QGroupBox):
    """The form for a new documentation entry; Ctrl+Return saves. Emits ``submitted(kind, text, minutes)``."""

    submitted = Signal(str, str, int)

    def __init__(self, max_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny post"), parent)
        self.setObjectName("docEntryForm")
        self.kinds = {"step": self.tr("Felsökningssteg"), "finding": self.tr("Iakttagelse"),
                      "outcome": self.tr("Utfall"), "note": self.tr("Anteckning")}
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("docKindCombo")
        self.kind_combo.setAccessibleName(self.tr("Typ av post"))
        for code, label in self.kinds.items():
            self.kind_combo.addItem(label, code)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("docMinutesSpin")
        self.minutes_spin.setAccessibleName(self.tr("Tidsåtgång i minuter"))
        self.minutes_spin.setRange(0, max_minutes)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("docTextEdit")
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.text_edit.setPlaceholderText(self.tr("Vad gjordes, vad såg du, vad blev resultatet?"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.save_button = QPushButton(self.tr("Spara post (Ctrl+Retur)"))
        self.save_button.setObjectName("docSaveButton")
        self.save_button.setAccessibleName(self.tr("Spara posten"))
        self.save_button.clicked.connect(self.submit)
        kind_label, time_label = QLabel(self.tr("T&yp:")), QLabel(self.tr("T&id:"))
        kind_label.setBuddy(self.kind_combo)
        time_label.setBuddy(self.minutes_spin)
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo, 1)
        top.addSpacing(12)
        top.addWidget(time_label)
        top.addWidget(self.minutes_spin)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text_edit)
        layout.addLayout(bottom)
        # an action, not a bare QShortcut: the F1 list reads it from the window's actions
        self.save_action = QAction(self.tr("Spara posten"), self)
        self.save_action.setObjectName("actionSaveDocEntry")
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _c=False: self.submit())
        self.addAction(self.save_action)
        QWidget.setTabOrder(self.kind_combo, self.minutes_spin)
        QWidget.setTabOrder(self.minutes_spin, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.save_button)

    def submit(self) -> None:
        if self.save_button.isEnabled() and self.isEnabled():
            self.submitted.emit(str(self.kind_combo.currentData()), self.text_edit.toPlainText(),
                                self.minutes_spin.value())

    def reset(self) -> None:
        self.text_edit.clear()
        self.minutes_spin.setValue(0)
        self.text_edit.setFocus()
