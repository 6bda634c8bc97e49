"""Window sizes from the screen: each window's size is remembered, and always clipped to the screen.

A window is never given a size the screen cannot hold. Its first size comes from the
screen's *available* area (less its task bars and panels): the main window takes all of it
(a program used all day), a dialog what its layout asks for, up to a comfortable size in
lines and characters of its font (so it grows with a larger font or zoom). After that the
size the person leaves it at is remembered per window (``QSettings``, key
``windows/<name>/size``) and, each time it opens, clipped to the screen it opens on: a
dialog enlarged on a large monitor still fits a 1366 × 768 laptop the next day. What does
not fit scrolls (the layouts put their forms in scroll areas), instead of being cut.

The offscreen platform (tests, ``--screenshot`` in CI) has no real screen, only an
800 × 800 stand-in; there a 1366 × 768 workstation's area stands for it, as pictures of the
window show it. Given a screen (``QT_QPA_PLATFORM=offscreen:configfile=…``), its area counts.
"""

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ROOM = QSize(16, 48)  # a title bar and borders, typical of Windows and Linux desktops
REFERENCE = QRect(0, 0, 1366, 768)  # the smallest common workstation screen
_OFFSCREEN_STAND_IN = QRect(0, 0, 800, 800)
SETTING = "windows/%s/size"
TITLE_ROOM = 140  # the title bar's icon and buttons beside a dialog's title


def available_area(widget: QWidget | None = None) -> QRect:
    """The available area of the screen ``widget`` is on (its parent's, else the primary one)."""
    screen = None
    while widget is not None and screen is None:
        screen = widget.screen() if widget.isWindow() or widget.parentWidget() is None else None
        widget = widget.parentWidget()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return REFERENCE
    if QGuiApplication.platformName() == "offscreen" and screen.geometry() == _OFFSCREEN_STAND_IN:
        return REFERENCE
    return screen.availableGeometry()


def room_in(available: QRect) -> QSize:
    """The largest client size whose frame fits ``available``."""
    return (available.size() - FRAME_ROOM).expandedTo(QSize(1, 1))


def first_geometry(available: QRect, wanted: QSize) -> tuple[QSize, QPoint]:
    """``wanted`` clipped to the room in ``available``, and the frame's top-left corner that
    centres it there."""
    size = wanted.boundedTo(room_in(available))
    frame = size + FRAME_ROOM
    corner = available.topLeft() + QPoint(max(0, (available.width() - frame.width()) // 2),
                                          max(0, (available.height() - frame.height()) // 2))
    return size, corner


def comfortable(widget: QWidget, columns: int, lines: int) -> QSize:
    """A size in the widget's font: ``columns`` average characters by ``lines`` lines."""
    metrics = widget.fontMetrics()
    return QSize(columns * metrics.averageCharWidth(), lines * metrics.lineSpacing())


def remembered_size(key: str) -> QSize | None:
    value = QSettings().value(SETTING % key)
    return value if isinstance(value, QSize) and value.isValid() else None


def remember_size(key: str, size: QSize) -> None:
    QSettings().setValue(SETTING % key, size)


def wanted_size(widget: QWidget, key: str, first: QSize | None) -> QSize:
    """The remembered size; else the layout's wish, at least ``first`` (None: the whole room)."""
    saved = remembered_size(key)
    if saved is not None:
        return saved.expandedTo(widget.minimumSize())
    if first is None:
        return room_in(available_area(widget))
    return widget.sizeHint().expandedTo(first).expandedTo(title_width(widget))


def title_width(widget: QWidget) -> QSize:
    """As wide as the title bar needs for the whole title and the name the platform adds
    ("… — HMC"), so that a title is not cut to "Beställ…"."""
    title = widget.windowTitle()
    if not title:
        return QSize(0, 0)
    text = f"{title} — {QGuiApplication.applicationDisplayName() or 'HMC'}"
    return QSize(widget.fontMetrics().horizontalAdvance(text) + TITLE_ROOM, 0)


class ScreenFit(QObject):
    """Installed on a window: sized (remembered, clipped) as it is shown; its size kept as it
    is hidden. Dialogs are then centred over their parent by Qt, within the screen."""

    def __init__(self, window: QWidget, key: str | None, first: QSize | None) -> None:
        super().__init__(window)
        self.window, self._key, self.first = window, key, first
        self.placed = False
        self.given = QSize()  # the size place() gave: kept only if the person changed it
        window.installEventFilter(self)

    @property
    def key(self) -> str:
        """The settings' name of the window: given, else its objectName, else its class."""
        return self._key or self.window.objectName() or type(self.window).__name__

    def place(self) -> None:
        """Size the window for the screen it is about to open on; a window without a parent
        is centred there (a dialog is centred over its parent by Qt)."""
        w = self.window
        size, corner = first_geometry(available_area(w), wanted_size(w, self.key, self.first))
        w.resize(size)
        self.given = size
        if w.parentWidget() is None:
            w.move(corner)
        self.placed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not event.spontaneous() and \
                    not (self.placed and self.window.parentWidget() is None):
                self.place()  # a dialog: before QDialog's own showEvent centres it
            elif event.type() == QEvent.Type.Hide and not event.spontaneous() and \
                    not (self.window.isMaximized() or self.window.isFullScreen()) and \
                    self.window.size() != self.given:
                # the person's own size; one clipped to a small or scaled screen is not kept
                remember_size(self.key, self.window.size())
        return False


def fit_to_screen(window: QWidget, key: str | None, first: QSize | None = None) -> ScreenFit:
    """Size ``window`` from its screen each time it opens (see the module's docstring);
    ``key`` names it in the settings, ``first`` is the size it asks for the first time, if
    its layout asks for less (None: the whole available area)."""
    return ScreenFit(window, key, first)


def place_on_screen(window: QWidget, key: str = "mainWindow") -> None:
    """The main window's first size: the remembered one, else the whole available area,
    clipped to the screen and centred there (before it is shown: the window manager then
    maps it where it belongs)."""
    fit_to_screen(window, key).place()
