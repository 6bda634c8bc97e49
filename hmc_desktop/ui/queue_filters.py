"""The queue's filter bar: mailbox (W3), status, type, SLA and own-order checkboxes, search.

It only describes what the person chose, as a :class:`QueueFilter`; the query is the
service's. Search is debounced (200 ms) so typing does not start a query per key.
"""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.catalogue import Catalogue
from hmc_desktop.services.queue import QueueFilter
from hmc_desktop.ui import queue_format as fmt

DEBOUNCE_MS = 200


class QueueFilterBar(QWidget):
    """Emits :attr:`changed` with the new filter whenever a choice changes."""

    changed = Signal(object)  # QueueFilter

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False

        self.mailbox = QComboBox()
        self.mailbox.setObjectName("mailboxSelector")
        self.mailbox.setAccessibleName(self.tr("Brevlåda"))
        self.mailbox.setToolTip(self.tr("Visa arbetsordrar i en brevlåda (Alt+B)"))
        self.mailbox.addItem(self.tr("Alla brevlådor"), None)
        for name in catalogue.mailboxes:
            self.mailbox.addItem(name, name)

        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Öppna"), "open")
        for value in ("registered", "started", "waiting", "completed", "cancelled"):
            self.status.addItem(fmt.status_name(value), value)
        self.status.addItem(self.tr("Alla statusar"), "all")

        self.type = QComboBox()
        self.type.setObjectName("typeFilter")
        self.type.setAccessibleName(self.tr("Arbetsordertyp"))
        self.type.addItem(self.tr("Alla typer"), None)
        for t in catalogue:
            self.type.addItem(f"{t.code} {t.name}", t.code)
        self.type.setMaximumWidth(240)

        self.at_risk = self._check(
            "riskFilter", self.tr("&Risk för försening"),
            self.tr("Öppna ordrar där en tidsgräns går ut inom en arbetsdag"))
        self.breached = self._check("breachedFilter", self.tr("&Försenad"),
                                    self.tr("Öppna ordrar där en tidsgräns redan har passerats"))
        self.medical = self._check("medicalFilter", self.tr("&Medicinsk risk"),
                                   self.tr("Ordrar där en försening kan ge medicinsk risk (P1)"))
        self.mine = self._check("mineFilter", self.tr("Mi&na"),
                                self.tr("Ordrar som du har påbörjat"))

        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setAccessibleName(self.tr("Sök i kön"))
        self.search.setPlaceholderText(
            self.tr("Ordernr, individnr, artikel, beställare eller brukare (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        for label_text, combo in ((self.tr("&Brevlåda"), self.mailbox),
                                  (self.tr("S&tatus"), self.status), (self.tr("T&yp"), self.type)):
            label = QLabel(label_text)
            label.setBuddy(combo)
            first.addWidget(label)
            first.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        search_label = QLabel(self.tr("Sö&k"))
        search_label.setBuddy(self.search)
        first.addSpacing(12)
        first.addWidget(search_label)
        first.addWidget(self.search, 1)
        for box in (self.at_risk, self.breached, self.medical, self.mine):
            second.addWidget(box)
        second.addStretch(1)
        rows.addLayout(first)
        rows.addLayout(second)

    def _check(self, name: str, text: str, tip: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        box.setToolTip(tip)
        box.toggled.connect(lambda _on: self._emit())
        return box

    # -- state ----------------------------------------------------------------------------
    def current(self) -> QueueFilter:
        return QueueFilter(
            mailbox=self.mailbox.currentData(), status=self.status.currentData(),
            type_code=self.type.currentData(), at_risk=self.at_risk.isChecked(),
            breached=self.breached.isChecked(), medical_risk=self.medical.isChecked(),
            mine=self.mine.isChecked(), search=self.search.text().strip())

    def apply(self, *, mailbox: str | None = None, status: str = "open", at_risk: bool = False,
              breached: bool = False, search: str = "", keep_type: bool = False) -> None:
        """Set several choices at once (follow-up strip, scan field) and emit one change."""
        self._quiet = True
        try:
            self.mailbox.setCurrentIndex(max(0, self.mailbox.findData(mailbox)))
            self.status.setCurrentIndex(max(0, self.status.findData(status)))
            if not keep_type:
                self.type.setCurrentIndex(0)
            self.at_risk.setChecked(at_risk)
            self.breached.setChecked(breached)
            self.medical.setChecked(False)
            self.mine.setChecked(False)
            self.search.setText(search)
            self._debounce.stop()
        finally:
            self._quiet = False
        self._emit()

    def flush(self) -> None:
        """Apply a pending search now (Enter in the search field)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.current())
