"""The follow-up view's period bar: a preset (this month, last month, …), from/to dates, and
the export buttons. Editing the dates is debounced so a typed date starts one query."""

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from hmc_desktop.ui.common.widgets import day_of

PRESETS = ("month", "last_month", "12_months", "year", "custom")
DEBOUNCE_MS = 400


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """This month so far (the default), last month, the last 12 months, or this year so far."""
    month = date(today.year, today.month, 1)
    if preset == "last_month":
        end = month - timedelta(days=1)
        return date(end.year, end.month, 1), end
    if preset == "12_months":
        y, m = divmod(today.year * 12 + today.month - 12, 12)
        return date(y, m + 1, 1), today
    if preset == "year":
        return date(today.year, 1, 1), today
    return month, today


def make_button(name: str, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setToolTip(tip)
    button.clicked.connect(lambda _c=False: slot())
    return button


class PeriodBar(QWidget):
    """Emits :attr:`changed` when the period changes (a preset at once, typed dates debounced)."""

    changed = Signal()
    exportPdf = Signal()
    exportCsv = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.preset = QComboBox()
        self.preset.setObjectName("followUpPreset")
        self.preset.setAccessibleName(self.tr("Period"))
        for text in (self.tr("Denna månad"), self.tr("Förra månaden"), self.tr("Senaste 12 månaderna"),
                     self.tr("Hittills i år"), self.tr("Eget intervall")):
            self.preset.addItem(text)
        self.preset.activated.connect(self.apply_preset)
        self.first_edit = self._date_edit("followUpFrom", self.tr("Från och med"))
        self.last_edit = self._date_edit("followUpTo", self.tr("Till och med"))
        self.pdf_button = make_button("followUpExportPdf", self.tr("Exportera &PDF…"),
                                      self.tr("Spara ledtidsrapporten för perioden som PDF"),
                                      self.exportPdf.emit)
        self.csv_button = make_button("followUpExportCsv", self.tr("Exportera &CSV…"),
                                      self.tr("Spara antalen per typ för perioden som CSV"),
                                      self.exportCsv.emit)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed.emit)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("P&eriod:"), self.preset), (self.tr("&Från:"), self.first_edit),
                             (self.tr("&Till:"), self.last_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        self._set_dates(*preset_period(PRESETS[0], today()))

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._edited)
        return edit

    def period(self) -> tuple[date, date]:
        """(first, last), in order whichever way the dates were entered."""
        first, last = day_of(self.first_edit.date()), day_of(self.last_edit.date())
        return (first, last) if first <= last else (last, first)

    def set_period(self, first: date, last: date) -> None:
        self._set_dates(first, last)
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self._debounce.stop()

    def apply_preset(self, index: int) -> None:
        if PRESETS[index] != "custom":
            self._set_dates(*preset_period(PRESETS[index], self._today()))
            self._debounce.stop()
            self.changed.emit()

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _edited(self) -> None:
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self._debounce.start()

    def set_exporting(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)
