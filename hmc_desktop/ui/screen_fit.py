"""The main window's first size: the size it was designed for, within the screen it opens on.

1400 × 900 does not fit a 1366 × 768 screen (still common on workstations and laptops):
the status bar and the lower rows would open below the screen's edge. The window takes
the designed size where there is room, else the screen's available area less room for the
window manager's title bar and borders (not known before the window is shown), and its
frame is centred in that area.
"""

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

DESIGNED = QSize(1400, 900)
FRAME_ROOM = QSize(16, 48)  # a title bar and borders, typical of Windows and Linux desktops


def first_geometry(available: QRect, designed: QSize = DESIGNED) -> tuple[QSize, QPoint]:
    """The window's client size and its frame's top-left corner within ``available``."""
    room = (available.size() - FRAME_ROOM).expandedTo(QSize(1, 1))
    size = designed.boundedTo(room)
    frame = size + FRAME_ROOM
    corner = available.topLeft() + QPoint(max(0, (available.width() - frame.width()) // 2),
                                          max(0, (available.height() - frame.height()) // 2))
    return size, corner


def place_on_screen(window: QWidget, screen: QScreen | None = None) -> None:
    """Give ``window`` its first size and place within ``screen`` (default: the primary one).

    The offscreen platform (tests, ``--screenshot`` in CI) has no real screen, only an
    800 × 800 stand-in: there the window keeps its designed size, as pictures of it show it.
    """
    if QGuiApplication.platformName() == "offscreen":
        window.resize(DESIGNED)
        return
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(DESIGNED)
        return
    size, corner = first_geometry(screen.availableGeometry())
    window.resize(size)
    window.move(corner)
