"""Content that scrolls instead of being cut when the screen is small (or the font large).

A form or a page is put in a :func:`scroll_area`: as long as the window is as large as the
content needs, nothing changes; when it is smaller (1366 × 768 at 150 %, or zoomed text)
scroll bars appear, and the widget that gets the keyboard focus is scrolled into view
(Tab into a button below the edge shows it).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget
from shiboken6 import Shiboken


def scroll_area(content: QWidget, name: str, *, sideways: bool = True) -> QScrollArea:
    """``content`` in a frameless scroll area that is no Tab stop of its own."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    follow_focus(area)
    return area


def follow_focus(area: QScrollArea) -> None:
    """Scroll the widget that gets the focus into view, however it got there."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return

    def changed(_old: QWidget | None, new: QWidget | None) -> None:
        if not Shiboken.isValid(area):
            app.focusChanged.disconnect(changed)
            return
        content = area.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            area.ensureWidgetVisible(new, 8, 8)

    app.focusChanged.connect(changed)
