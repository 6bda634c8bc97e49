"""Order actions' shortcuts never fire while a text field has focus.

Ctrl+Delete in the queue's search field deletes a word; it must not open Makulera (and
Ctrl+Return, F7 … must not start or put on hold the selected order while someone types).
A line edit does not claim every key it could use, so Qt would fire the shortcut of an
action on an ancestor. The guard, an event filter on that ancestor, sees the key's
``ShortcutOverride`` event on its way up from the text field and accepts it when the key
is one of the guarded actions' shortcuts: Qt then gives the key to the text field.
"""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def is_text_field(widget: QWidget | None) -> bool:
    """A widget that takes typed text (an editable combo box's line edit included)."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not (isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit)
                    and widget.isReadOnly())
    return isinstance(widget, QComboBox) and widget.isEditable()


class TextFieldShortcutGuard(QObject):
    """Installed on ``host``: the shortcuts of ``actions()`` wait while a text field has focus."""

    def __init__(self, host: QWidget, actions: Callable[[], Iterable[QAction]]) -> None:
        super().__init__(host)
        self.actions = actions
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not is_text_field(QApplication.focusWidget()):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions():
            if any(key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for key in action.shortcuts()):
                event.accept()  # the text field gets the key as a key press
                return True
        return False
