"""The queue's filter bar: mailbox (W3), status, type, SLA, own and incomplete (W6) orders, search.

It only describes what the person chose, as a :class:`QueueFilter`; the query is the
service's. Search is debounced (200 ms) so typing does not start a query per key. A
selection from the follow-up view (a clicked number) shows as a removable label; changing
any choice, or clearing the filters, removes it.
"""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.catalogue import Catalogue
from hmc_desktop.services.queue.queries import QueueFilter
from hmc_desktop.ui.common import formatting as fmt

DEBOUNCE_MS = 200


class QueueFilterBar(QWidget):
    """Emits :attr:`changed` with the new filter whenever a choice changes."""

    changed = Signal(object)  # QueueFilter

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._followup: tuple[tuple[str, str], ...] | None = None

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
        # the long type names are in the list; the closed box may shrink on a narrow window
        # (1366 × 768 at 150 %), else the whole queue scrolls sideways
        for combo, letters in ((self.type, 16), (self.mailbox, 14)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)

        self.at_risk = self._check(
            "riskFilter", self.tr("&Risk för försening"),
            self.tr("Öppna ordrar där en tidsgräns går ut inom en arbetsdag"))
        self.breached = self._check("breachedFilter", self.tr("&Försenad"),
                                    self.tr("Öppna ordrar där en tidsgräns redan har passerats"))
        self.medical = self._check("medicalFilter", self.tr("&Medicinsk risk"),
                                   self.tr("Ordrar där en försening kan ge medicinsk risk"))
        self.mine = self._check("mineFilter", self.tr("Mi&na"),
                                self.tr("Ordrar som du har påbörjat"))
        self.incomplete = self._check(
            "incompleteFilter", self.tr("Ofu&llständiga"),
            self.tr("Ordrar som saknar tjänsteprodukt, betalarnummer eller en bilaga och inte "
                    "kan påbörjas"))

        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setAccessibleName(self.tr("Sök i kön"))
        self.search.setPlaceholderText(
            self.tr("Ordernr, individnr, artikel, beställare eller brukare (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr(  # services/queue/search.py
            "Hittar ordrar på valfri del av ordernummer, individnummer, artikelnummer eller "
            "artikelnamn, beställarens eller brukarens namn, med stora eller små bokstäver. "
            "Ett eller två tecken: början av ett nummer eller ett namn."))
        self.search.setMinimumWidth(160)  # wider when there is room (it stretches)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._changed_by_user)
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
            combo.currentIndexChanged.connect(lambda _i: self._changed_by_user())
        search_label = QLabel(self.tr("Sö&k"))
        search_label.setBuddy(self.search)
        first.addSpacing(12)
        first.addWidget(search_label)
        first.addWidget(self.search, 1)
        for box in (self.at_risk, self.breached, self.medical, self.mine, self.incomplete):
            second.addWidget(box)
        second.addSpacing(12)
        second.addWidget(self._build_followup_label())
        second.addWidget(self.followup_clear)
        second.addStretch(1)
        rows.addLayout(first)
        rows.addLayout(second)

    def _check(self, name: str, text: str, tip: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        box.setToolTip(tip)
        box.toggled.connect(lambda _on: self._changed_by_user())
        return box

    def _build_followup_label(self) -> QLabel:
        self.followup_label = QLabel()
        self.followup_label.setObjectName("followUpSelection")
        self.followup_clear = QToolButton()
        self.followup_clear.setObjectName("followUpSelectionClear")
        self.followup_clear.setText("✕")
        self.followup_clear.setAutoRaise(True)
        tip = self.tr("Ta bort urvalet från uppföljningen")
        self.followup_clear.setToolTip(tip)
        self.followup_clear.setAccessibleName(tip)
        self.followup_clear.clicked.connect(lambda _c=False: self._changed_by_user())
        self.followup_label.hide()
        self.followup_clear.hide()
        return self.followup_label

    def _describe(self, pairs: tuple[tuple[str, str], ...]) -> str:
        """'påbörjade för sent, 2026-11-01 – 2026-11-24': the state and the period's dates."""
        flt = dict(pairs)
        states = {
            "open": self.tr("öppna"), "at_risk": self.tr("risk för försening"),
            "breached": self.tr("försenade"), "registered": self.tr("registrerade"),
            "completed": self.tr("klara"), "counted": self.tr("ordrar i perioden"),
            "start_met": self.tr("påbörjade i tid"), "start_missed": self.tr("påbörjade för sent"),
            "finish_met": self.tr("klara i tid"), "finish_missed": self.tr("klara för sent")}
        parts = [states.get(flt.get("state", "open"), flt.get("state", ""))]
        for kind in ("registered", "completed"):
            first, last = flt.get(f"{kind}_from"), flt.get(f"{kind}_to")
            if first or last:
                parts.append(f"{first or '…'} – {last or '…'}")
        return ", ".join(parts)
    # -- state ----------------------------------------------------------------------------
    def current(self) -> QueueFilter:
        return QueueFilter(
            mailbox=self.mailbox.currentData(), status=self.status.currentData(),
            type_code=self.type.currentData(), at_risk=self.at_risk.isChecked(),
            breached=self.breached.isChecked(), medical_risk=self.medical.isChecked(),
            mine=self.mine.isChecked(), incomplete=self.incomplete.isChecked(),
            search=self.search.text().strip(),
            followup=self._followup)

    def apply(self, *, mailbox: str | None = None, status: str = "open", at_risk: bool = False,
              breached: bool = False, search: str = "", keep_type: bool = False,
              followup: tuple[tuple[str, str], ...] | None = None) -> None:
        """Set several choices at once (follow-up strip and view, scan field) and emit one
        change; ``followup``: the follow-up view's selection (None: none)."""
        self._quiet = True
        self._set_followup(followup)
        try:
            self.mailbox.setCurrentIndex(max(0, self.mailbox.findData(mailbox)))
            self.status.setCurrentIndex(max(0, self.status.findData(status)))
            if not keep_type:
                self.type.setCurrentIndex(0)
            self.at_risk.setChecked(at_risk)
            self.breached.setChecked(breached)
            self.medical.setChecked(False)
            self.mine.setChecked(False)
            self.incomplete.setChecked(False)
            self.search.setText(search)
            self._debounce.stop()
        finally:
            self._quiet = False
        self._emit()

    def flush(self) -> None:
        """Apply a pending search now (Enter in the search field)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._changed_by_user()

    def _set_followup(self, pairs: tuple[tuple[str, str], ...] | None) -> None:
        self._followup = pairs
        if pairs is not None:
            self.followup_label.setText(self.tr("Urval från uppföljningen: %1").replace(
                "%1", self._describe(pairs)))
        self.followup_label.setVisible(pairs is not None)
        self.followup_clear.setVisible(pairs is not None)

    def _changed_by_user(self) -> None:
        """A choice changed: the follow-up view's selection no longer applies."""
        if not self._quiet:
            self._set_followup(None)
            self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.current())
