"""Building blocks of the flow dialogs: a dialog that performs one service call, a parts list.

:class:`FlowDialog` is opened with ``open()`` (never ``exec()``), runs its service call on
the operation pool, shows a refusal as one sentence and stays open so the person can
correct it; success emits :attr:`FlowDialog.succeeded` with the service's answer.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.ui.common import screen_fit
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.screen_fit import fit_to_screen
from hmc_desktop.ui.common.scrolling import scroll_area
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text, make_table

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def note_label(text: str) -> QLabel:
    """An explanatory sentence under a form."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def text_edit(accessible_name: str, lines: int = 4) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on (the form is keyboard-first)."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


class _EnterFilter(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.callback()
            return True  # consumed: the dialog's default button must not fire as well
        return False


def on_enter(widget: QWidget, callback: Callable[[], None]) -> None:
    """Enter in ``widget`` calls ``callback`` *instead of* pressing the dialog's default button
    (a line edit passes Enter on to the dialog after emitting returnPressed)."""
    widget.installEventFilter(_EnterFilter(widget, callback))


def open_dialog(dialog: QDialog) -> QDialog:
    """Window-modal, non-blocking, deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    dialog.activateWindow()  # the keyboard goes where the person types next
    return dialog


class FlowDialog(QDialog):
    """Inputs in :attr:`form`, an OK button doing :meth:`submit`, a sentence on refusal."""

    succeeded = Signal(object)  # the service's answer
    refused = Signal(str)  # the sentence shown

    def __init__(self, title: str, parent: QWidget | None, ok_text: str,
                 heading: str = "", scrolling: bool = False) -> None:
        """``scrolling``: the body (a tall one) scrolls on a low screen (1366 × 768 at 150 %),
        the heading, the message and the buttons stay in view."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.outer = QVBoxLayout(self)
        if heading:
            label = QLabel(heading)
            label.setObjectName("flowHeading")
            label.setFont(scaled_font(label, 1.15))
            label.setWordWrap(True)
            self.outer.addWidget(label)
        self.body = QVBoxLayout()  # subclasses add to the form, or below it here
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.addLayout(self.form)
        if scrolling:
            holder = QWidget()
            holder.setLayout(self.body)
            self.outer.addWidget(scroll_area(holder, "flowBodyScroll"), 1)
        else:
            self.outer.addLayout(self.body, 1)
        self.message = MessageBar("flowMessage", self.tr("Meddelande"))
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("flowOk")
        self.ok_button.setAccessibleName(ok_text.replace("&", "").rstrip("…"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.cancel_button.setAccessibleName(self.tr("Avbryt"))
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.outer.addWidget(self.message)
        self.outer.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.busy = False
        # sized for the screen it opens on (a subclass sets ``screen_fit.first``), wide
        # enough for its title
        self.screen_fit = fit_to_screen(self, None, QSize(0, 0))

    # -- height for wrapped text ----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            QTimer.singleShot(0, self, self._fit_height)
        return super().event(event)

    def _fit_height(self) -> None:
        """A window does not ask its layout how tall wrapped text is at its width: a help text
        was squeezed under the message that appeared below it. The dialog is kept at least
        that tall (within the screen; higher than that, the body scrolls)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        need = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        need = min(need, screen_fit.room_in(screen_fit.available_area(self)).height())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    # -- to override ---------------------------------------------------------------------
    def submit(self) -> None:
        """Check the inputs and :meth:`run` the service call."""

    # -- running ---------------------------------------------------------------------------
    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            busy_text: str = "") -> None:
        if self.busy:
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        self.message.show_message(busy_text or self.tr("Sparar …"), "info")
        Op(fn).success(lambda result: self._done(result, on_success)).failure(
            self._failed).run()

    def _done(self, result: Any, on_success: Callable[[Any], None] | None) -> None:
        if not alive(self):
            return
        self.busy = False
        self.ok_button.setEnabled(True)
        self.message.clear_message()
        if on_success is not None:
            on_success(result)
        else:
            self.succeeded.emit(result)
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.busy = False
        self.ok_button.setEnabled(True)
        self.show_refusal(error_text(exc))

    def load_failed(self, exc: BaseException) -> None:
        """Failure callback of a background read (the dialog may have closed meanwhile)."""
        if alive(self):
            self.show_refusal(error_text(exc))

    def show_refusal(self, sentence: str) -> None:
        self.message.show_message(sentence, "error")
        self.refused.emit(sentence)


def part_inputs(article_name: str, quantity_name: str,
                article_accessible: str) -> tuple[QLineEdit, QSpinBox]:
    """The article-number field and quantity box every spare-part entry starts from."""
    article = QLineEdit()
    article.setObjectName(article_name)
    article.setAccessibleName(article_accessible)
    article.setPlaceholderText(translate("PartInputs", "Artikelnummer"))
    quantity = QSpinBox()
    quantity.setObjectName(quantity_name)
    quantity.setAccessibleName(translate("PartInputs", "Antal"))
    quantity.setRange(1, 999)
    quantity.setSuffix(translate("PartInputs", " st"))
    return article, quantity


class PartsEditor(QWidget):
    """Spare parts as (article number, quantity): type the number, Tab, quantity, Enter adds."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partsEditor")
        self.article, self.quantity = part_inputs(
            "partArticle", "partQuantity", self.tr("Artikelnummer för reservdel"))
        self.add_button = QPushButton(self.tr("&Lägg till"))
        self.add_button.setObjectName("partAdd")
        self.add_button.setAccessibleName(self.tr("Lägg till reservdelen i listan"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("&Ta bort rad"))
        self.remove_button.setObjectName("partRemove")
        self.remove_button.setAccessibleName(self.tr("Ta bort markerad reservdel"))
        self.remove_button.setAutoDefault(False)
        self.table: QTableWidget = make_table("partsTable", self.tr("Reservdelar"),
                                              [self.tr("Artikel"), self.tr("Antal")])
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4)
        self.table.horizontalHeader().setSectionResizeMode(
            0, self.table.horizontalHeader().ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(self.article, 2)
        row.addWidget(self.quantity)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        self.on_add: Callable[[], None] = self.add_current  # a dialog may store it at once
        self.add_button.clicked.connect(lambda _c=False: self.on_add())
        self.remove_button.clicked.connect(self.remove_selected)
        for widget in (self.article, self.quantity):
            on_enter(widget, lambda: self.on_add())

    def add(self, article_no: str, quantity: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(article_no))
        count = QTableWidgetItem(str(quantity))
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, count)
        self.changed.emit()

    def add_current(self) -> None:
        number = self.article.text().strip()
        if number:
            self.add(number, self.quantity.value())
            self.article.clear()
            self.quantity.setValue(1)
        self.article.setFocus()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def parts(self) -> list[tuple[str, int]]:
        """The listed parts; a number typed but not yet added counts too."""
        out = []
        for row in range(self.table.rowCount()):
            number, count = self.table.item(row, 0), self.table.item(row, 1)
            if number is not None and count is not None:
                out.append((number.text(), int(count.text())))
        if self.article.text().strip():
            out.append((self.article.text().strip(), self.quantity.value()))
        return out
