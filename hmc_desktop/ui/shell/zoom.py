"""Zoom of the interface's text: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 back to normal; remembered.

The factor scales the application's font; what the program drew larger on purpose (titles,
headings) keeps its proportion, and the tables' rows and fixed columns grow with the text.
The layouts follow the font, and what no longer fits scrolls (:mod:`hmc_desktop.ui.common.scrolling`).
The factor is kept per user (``QSettings``, ``ui/zoom``) for the next start.
"""

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QMenu, QTableView

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
SETTING = "ui/zoom"
BASE_SIZE = "zoomBasePointSize"  # a widget's own font size at 100 %
_base: QFont | None = None  # the application's font before any zoom
_factor = 1.0


def saved_factor() -> float:
    value = QSettings().value(SETTING)
    try:
        factor = float(str(value)) if value is not None else 1.0
    except (TypeError, ValueError):
        return 1.0
    return factor if factor in STEPS else 1.0


def current_factor() -> float:
    return _factor


def set_factor(factor: float, remember: bool = True) -> None:
    """Scale the interface's text to ``factor`` of its normal size (one of :data:`STEPS`)."""
    global _base, _factor
    app = QApplication.instance()
    if not isinstance(app, QApplication) or factor not in STEPS:
        return
    if _base is None:
        _base = QFont(app.font())
    ratio = factor / _factor
    if ratio != 1.0:
        font = QFont(_base)
        if _base.pointSizeF() > 0:
            font.setPointSizeF(_base.pointSizeF() * factor)
        else:
            font.setPixelSize(max(1, round(_base.pixelSize() * factor)))
        app.setFont(font)
        _rescale_widgets(app, _factor, factor)
        _factor = factor
    if remember:
        QSettings().setValue(SETTING, factor)


def _rescale_widgets(app: QApplication, old: float, new: float) -> None:
    """Fonts set on purpose (a title 1.3 × the text) and table geometry follow the zoom; a
    font's unzoomed size is kept on the widget, so that steps there and back end where they
    began (no drift of 11.25 to 11.250000000000002)."""
    ratio = new / old
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            font = QFont(widget.font())
            if font.pointSizeF() > 0:
                base = widget.property(BASE_SIZE)
                if not isinstance(base, float):
                    base = font.pointSizeF() / old
                    widget.setProperty(BASE_SIZE, base)
                font.setPointSizeF(base * new)
                widget.setFont(font)
        if isinstance(widget, QTableView):
            rows = widget.verticalHeader()
            rows.setDefaultSectionSize(max(1, round(rows.defaultSectionSize() * ratio)))
            columns = widget.horizontalHeader()
            for i in range(columns.count()):
                if columns.sectionResizeMode(i) in (QHeaderView.ResizeMode.Interactive,
                                                    QHeaderView.ResizeMode.Fixed):
                    columns.resizeSection(i, round(columns.sectionSize(i) * ratio))


def reset_for_tests() -> None:
    """Back to the normal size without remembering (tests open many windows)."""
    set_factor(1.0, remember=False)


class InterfaceZoom(QObject):
    """Visa → Större text / Mindre text / Normal textstorlek on ``window``."""

    changed = Signal(float)

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        menu.addSeparator()
        self.larger = self._action(menu, "actionZoomIn",
                                   translate("Zoom", "&Större text"), ["Ctrl++", "Ctrl+="],
                                   lambda: self.step(1))
        self.smaller = self._action(menu, "actionZoomOut",
                                    translate("Zoom", "M&indre text"), ["Ctrl+-"],
                                    lambda: self.step(-1))
        self.normal = self._action(menu, "actionZoomReset",
                                   translate("Zoom", "&Normal textstorlek"), ["Ctrl+0"],
                                   lambda: self.apply(1.0))
        self.apply(saved_factor(), remember=False, quiet=True)

    def _action(self, menu: QMenu, name: str, text: str, keys: list[str],
                slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({native})")
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        menu.addAction(action)
        return action

    def step(self, direction: int) -> None:
        """One step larger (1) or smaller (-1), within :data:`STEPS`."""
        i = STEPS.index(current_factor()) if current_factor() in STEPS else STEPS.index(1.0)
        self.apply(STEPS[max(0, min(len(STEPS) - 1, i + direction))])

    def apply(self, factor: float, remember: bool = True, quiet: bool = False) -> None:
        set_factor(factor, remember)
        self.larger.setEnabled(factor < STEPS[-1])
        self.smaller.setEnabled(factor > STEPS[0])
        if not quiet:
            self.window.statusBar().showMessage(translate("Zoom", "Textstorlek %1 %").replace(
                "%1", str(round(factor * 100))), 5_000)
        self.changed.emit(factor)


def install_zoom(window: QMainWindow) -> InterfaceZoom:
    """The zoom actions in the window's Visa menu, the remembered factor applied."""
    menu = getattr(window, "view_menu", None)
    if not isinstance(menu, QMenu):
        menu = window.menuBar().addMenu(translate("Zoom", "&Visa"))
    return InterfaceZoom(window, menu)
