"""The Tab order: explicit chains that follow the eye, and arrow-key groups that are one Tab stop.

Qt's focus chain is the order widgets were created in, and a page built later (a tab the
person opens for the first time) lands at its end: Tab then wandered from a filter to the
tab bar and back, or skipped the buttons. A view lists its Tab stops in reading order
(:func:`set_chain`); whatever it does not list keeps Qt's order.

A row of many similar buttons (the follow-up strip's figures) is one Tab stop, as a
toolbar is: Tab reaches the current one, Left/Right (Home/End) move among them
(:class:`ArrowGroup`), so Tab from the filters reaches the table without 24 stops between.
"""

import itertools
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

ARROW_GROUP = "arrowGroup"  # property on a group's members: the key a Tab stop leads to


def takes_tab(widget: QWidget) -> bool:
    """Tab stops at ``widget`` (when it is visible and enabled)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def set_chain(widgets: Iterable[QWidget | None]) -> None:
    """Tab visits ``widgets`` in this order (None entries are left out)."""
    present = [w for w in widgets if w is not None]
    for first, second in itertools.pairwise(present):
        QWidget.setTabOrder(first, second)


class ArrowGroup(QObject):
    """Buttons that are one Tab stop: the current one takes Tab, arrows move among them."""

    def __init__(self, parent: QObject, name: str) -> None:
        super().__init__(parent)
        self.name = name
        self.members: list[QAbstractButton] = []

    def set_members(self, members: Sequence[QAbstractButton]) -> QAbstractButton | None:
        """Make ``members`` the group (replacing the old ones); returns its Tab stop."""
        self.members = list(members)
        for button in self.members:
            button.setProperty(ARROW_GROUP, self.name)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.installEventFilter(self)
        if self.members:
            self.members[0].setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return self.tab_stop()

    def tab_stop(self) -> QAbstractButton | None:
        return next((b for b in self.members if takes_tab(b)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.members:
            for button in self.members:  # the one last used is where Tab comes back to
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is watched
                                      else Qt.FocusPolicy.ClickFocus)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or \
                watched not in self.members:
            return False
        i = self.members.index(watched)
        moves = {Qt.Key.Key_Right: i + 1, Qt.Key.Key_Down: i + 1, Qt.Key.Key_Left: i - 1,
                 Qt.Key.Key_Up: i - 1, Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.members) - 1}
        target = moves.get(Qt.Key(event.key()))
        if target is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        target = max(0, min(len(self.members) - 1, target))
        self.members[target].setFocus(Qt.FocusReason.TabFocusReason)
        return True
