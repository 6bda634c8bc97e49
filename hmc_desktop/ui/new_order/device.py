"""The individual-number field of the new-order dialog, with the device's facts under it (D1).

A barcode scanner types the number and presses Enter: Enter here means "look it up and
go on", never "save". An unknown number offers to register the device.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hmc_desktop.services.registration.registration import DeviceFacts
from hmc_desktop.ui.new_order.preview import device_text

UNKNOWN_STYLE = "color: #ffffff; background: #b3261e; border-radius: 3px; padding: 2px 6px;"
QUIET_STYLE = "color: palette(placeholder-text);"


class DeviceField(QWidget):
    """``individualNoField`` and ``deviceFacts``; ``submitted`` on Enter, ``changed`` on typing."""

    changed = Signal()
    submitted = Signal()
    registerRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setObjectName("individualNoField")
        self.number.setAccessibleName(self.tr("Individnummer"))
        self.number.setPlaceholderText(self.tr("Skanna eller skriv – tomt för konsultation utan "
                                               "hjälpmedel"))
        self.number.setClearButtonEnabled(True)
        self.register_button = QPushButton(self.tr("Re&gistrera hjälpmedel…"))
        self.register_button.setObjectName("registerDeviceButton")
        self.register_button.setAccessibleName(self.tr("Registrera hjälpmedlet med detta nummer"))
        self.register_button.setAutoDefault(False)
        self.register_button.hide()
        self.facts = QLabel()
        self.facts.setObjectName("deviceFacts")
        self.facts.setAccessibleName(self.tr("Hjälpmedlet"))
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setMinimumHeight(self.facts.fontMetrics().lineSpacing() * 2 + 6)
        label = QLabel(self.tr("&Individnummer"))
        label.setBuddy(self.number)
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.facts)
        self.number.textChanged.connect(lambda _t: self.changed.emit())
        self.number.installEventFilter(self)
        self.register_button.clicked.connect(self.registerRequested.emit)
        self.show_facts(None, unknown=False)

    def text(self) -> str:
        return self.number.text().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.number and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            return True  # not the dialog's default button: a scan never saves
        return super().eventFilter(watched, event)

    def show_facts(self, facts: DeviceFacts | None, unknown: bool) -> None:
        """The device's facts; a clear notice for an unknown number, a hint for none."""
        self.register_button.setVisible(unknown)
        if facts is not None:
            text, style = device_text(facts), ""
        elif unknown:
            text = self.tr("Okänt individnummer – rätta numret eller registrera hjälpmedlet.")
            style = UNKNOWN_STYLE
        elif self.text():
            text, style = "", ""
        else:
            text = self.tr("Skanna streckkoden eller skriv individnumret och tryck Enter.")
            style = QUIET_STYLE
        self.facts.setText(text)
        self.facts.setStyleSheet(f"QLabel#deviceFacts {{ {style} }}" if style else "")
        self.facts.setAccessibleDescription(text)
