"""Actions that belong to one part of the window (a card, a tab) and the buttons that show them.

The shortcut works while focus is inside ``owner``; the tooltip names it; the F1 list reads
the action from the window. A button mirrors its action (enabled, text) and is named after it
(``actionX`` → ``buttonX``) with a spoken name without the mnemonic and ellipsis.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


def scoped_action(owner: QWidget, name: str, text: str, keys: str, tip: str,
                  slot: Callable[[], object]) -> QAction:
    """An action of ``owner`` with shortcut ``keys``, live while focus is inside ``owner``."""
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({native})")
    action.triggered.connect(lambda _c=False: slot())
    owner.addAction(action)
    return action


def action_button(action: QAction) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state and text."""
    button = QPushButton(action.text())
    button.setObjectName(action.objectName().replace("action", "button"))
    button.setToolTip(action.toolTip())
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda b=button, a=action: (b.setEnabled(a.isEnabled()),
                                                       b.setText(a.text())))
    return button
