"""The daily follow-up strip (P2): per mailbox open orders, those at risk and those breached.

Each number is a flat button: clicking it asks the queue to show exactly those orders.
"""

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from hmc_desktop.services.queue.queries import FollowUp
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common.focus_chain import ArrowGroup
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.queue.model import icon


class FollowUpStrip(QScrollArea):
    """Shows :class:`FollowUp` figures; :attr:`picked` (mailbox or None, 'open'|'risk'|'late').

    Figures are never cut: when the mailboxes' cells are wider than the window (large
    counts, large fonts), the strip scrolls sideways.
    """

    picked = Signal(object, str)
    rebuilt = Signal()  # new buttons: the queue puts the group's Tab stop in its chain

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpStrip")
        self.setAccessibleName(self.tr("Dagens uppföljning per brevlåda"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its figures are the Tab stop
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        content = QWidget()
        self.setWidget(content)
        self._layout = QHBoxLayout(content)
        self._layout.setContentsMargins(6, 3, 6, 3)
        self._layout.setSpacing(10)
        title = QLabel(self.tr("<b>Dagens uppföljning</b><br>öppna · risk · sena"))
        title.setAccessibleName(self.tr("Dagens uppföljning: öppna, risk för försening, sena"))
        self._layout.addWidget(title)
        self._cells: list[QWidget] = []
        self.buttons: dict[tuple[str | None, str], QPushButton] = {}
        self.group = ArrowGroup(self, "followUpStrip")  # one Tab stop; arrows move in it

    def show_figures(self, figures: list[FollowUp]) -> None:
        while self._layout.count() > 1:  # everything after the title: cells and the stretch
            item = self._layout.takeAt(1)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self._cells.clear()
        self.buttons.clear()
        for f in figures:
            cell = self._cell(f)
            self._cells.append(cell)
            self._layout.addWidget(cell)
        self._layout.addStretch(0)
        self.group.set_members(list(self.buttons.values()))
        self.updateGeometry()
        self.rebuilt.emit()

    def tab_stop(self) -> QPushButton | None:
        """The figure Tab reaches (the one last used, at first the first)."""
        stop = self.group.tab_stop()
        return stop if isinstance(stop, QPushButton) else None

    def sizeHint(self) -> QSize:
        """The cells' height, and the scroll bar's when they are wider than the strip."""
        content = self.widget()
        assert content is not None
        height = content.sizeHint().height() + 2 * self.frameWidth()
        if content.minimumSizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the scroll bar may come or go with the width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The cells' width changes once they are styled (QScrollArea watches its widget)."""
        if watched is self.widget() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _cell(self, f: FollowUp) -> QWidget:
        cell = QFrame()
        cell.setObjectName("followUpCell")
        grid = QGridLayout(cell)
        grid.setContentsMargins(4, 0, 4, 0)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        name = f.mailbox or self.tr("Alla brevlådor")
        heading = QLabel(name)
        heading.setFont(scaled_font(heading, 0.92))
        grid.addWidget(heading, 0, 0, 1, 3)
        specs = (("open", f.open, None), ("risk", f.at_risk, "risk"),
                 ("late", f.breached, "breached"))
        for col, (kind, count, icon_name) in enumerate(specs):
            button = QPushButton(fmt.number(count))
            button.setFlat(True)
            button.setObjectName(f"followUp_{kind}_{f.mailbox or 'all'}")
            button.setAccessibleName(self._accessible(name, kind, count))
            button.setToolTip(self._accessible(name, kind, count) + " – "
                              + self.tr("klicka för att visa dem i kön"))
            if icon_name:
                button.setIcon(icon(icon_name) if count else icon("ok"))
            if kind != "open" and count:
                button.setFont(scaled_font(button, 1.0))
            button.setStyleSheet("QPushButton { padding: 1px 4px; text-align: left; }")
            button.clicked.connect(lambda _c=False, m=f.mailbox, k=kind: self.picked.emit(m, k))
            grid.addWidget(button, 1, col)
            self.buttons[(f.mailbox, kind)] = button
        return cell

    def _accessible(self, mailbox: str, kind: str, count: int) -> str:
        what = {"open": self.tr("öppna ordrar"),
                "risk": self.tr("ordrar med risk för försening"),
                "late": self.tr("försenade ordrar")}[kind]
        return f"{mailbox}: {count} {what}"
