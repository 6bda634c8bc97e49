"""The dialog shown when a save is refused because someone else saved first (shared database).

Both versions side by side, field by field, the fields that differ marked; the person
chooses to reload the stored version (default), to go on editing (their text stays in
the form), or — deliberately — to save their version over the other. Nothing is
overwritten without that choice.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.services.orders.editing import Conflict, StaleEdit
from hmc_desktop.ui.common import i18n
from hmc_desktop.ui.common.screen_fit import fit_to_screen

RELOAD, KEEP_EDITING, OVERWRITE = "reload", "keep", "overwrite"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def field_label(name: str) -> str:
    labels = {
        "description": translate("Conflict", "Beskrivning"),
        "medical_risk": translate("Conflict", "Medicinsk risk (prioritet)"),
        "location": translate("Conflict", "Placering"),
        "assigned_to": translate("Conflict", "Tagen av"),
    }
    return labels.get(name, name)


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("Conflict", "Ja") if value else translate("Conflict", "Nej")
    return str(value)


class ConflictDialog(QDialog):
    """``conflictDialog``: your version and the stored one; :attr:`choice` says what to do."""

    def __init__(self, error: StaleEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict: Conflict = error.conflict
        self.choice = KEEP_EDITING
        title = self.tr("Någon annan har sparat en ändring")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = QLabel(error.message(i18n.current_language()))
        intro.setObjectName("conflictSentence")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._table())
        self.buttons = QDialogButtonBox()
        self.reload_button = self._button(self.tr("&Läs in sparad version"), RELOAD,
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = self._button(self.tr("&Fortsätt redigera"), KEEP_EDITING,
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.overwrite_button = self._button(self.tr("&Spara min version ändå"), OVERWRITE,
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.overwrite_button.setToolTip(self.tr(
            "Ersätter den andras ändring med din version. Den andras ändring finns kvar i "
            "ändringsloggen."))
        self.reload_button.setDefault(True)
        layout.addWidget(self.buttons)
        fit_to_screen(self, "conflictDialog", QSize(720, 320))  # clipped to the screen

    def _button(self, text: str, choice: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setObjectName(f"conflict_{choice}")
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _c=False: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != KEEP_EDITING else self.reject()

    def _table(self) -> QTableWidget:
        fields = self.conflict.fields
        table = QTableWidget(len(fields), 3, self)
        table.setObjectName("conflictTable")
        table.setAccessibleName(self.tr("Din version och den sparade, fält för fält"))
        table.setHorizontalHeaderLabels([self.tr("Fält"), self.tr("Din version"),
                                         self.tr("Sparad version")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        bold = QFont()
        bold.setBold(True)
        for row, f in enumerate(fields):
            cells = [field_label(f.field), show_value(f.yours), show_value(f.stored)]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if f.differs:
                    item.setBackground(QBrush(QColor("#fff4d6")))
                    item.setFont(bold)
                    item.setToolTip(self.tr("Skiljer sig"))
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        return table


def ask(parent: QWidget | None, error: StaleEdit) -> str:
    """Show the dialog modally; RELOAD, KEEP_EDITING or OVERWRITE."""
    dialog = ConflictDialog(error, parent)
    dialog.exec()
    return dialog.choice
