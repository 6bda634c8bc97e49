"""Dialogs of the order actions that show what the orderer will read (W4, W5), and completing
an order's details (W6).

- :class:`CancelDialog`: no reason is chosen for the person; they pick one or write their
  own, and read (and may edit) the message to the orderer before anything is queued.
- :class:`DelayMessageDialog`: the W5 message names the deadline at risk and carries the
  new expected date, which the technician gives (none is pre-filled).
- :class:`OrderDetailsDialog`: the service product and payer number an order lacks.

None of them touches the database: their OK is the caller's one service call.
"""

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from hmc_desktop.services.orders.actions import CANCEL_UNREACHABLE, CANCEL_WRONG_TYPE, OrderView
from hmc_desktop.services.orders.messages import (
    CANCEL_REASON_LINE,
    cancel_message,
    expected_sentence,
)
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common.form_dialog import FormDialog
from hmc_desktop.ui.common.widgets import day_of

# Reasons are stored (and sent to the orderer) in Swedish whatever the interface language.
CANCEL_REASONS = (CANCEL_WRONG_TYPE, CANCEL_UNREACHABLE, "Beställaren har återkallat ordern",
                  "Brukaren behöver inte längre åtgärden")
_EXPECTED_LINE = re.compile(r"^(Ny beräknad klardag: .*|Vi återkommer med ny tid\.)$",
                            re.MULTILINE)


def _message_fields(dialog: FormDialog, subject: str, body: str) -> tuple[QLineEdit,
                                                                            QPlainTextEdit]:
    subject_edit = QLineEdit(subject)
    subject_edit.setObjectName("messageSubject")
    subject_edit.setAccessibleName(dialog.tr("Ämne"))
    body_edit = QPlainTextEdit(body)
    body_edit.setObjectName("messageBody")
    body_edit.setAccessibleName(dialog.tr("Meddelandetext"))
    body_edit.setTabChangesFocus(True)  # Tab leaves the text: the keyboard reaches OK
    body_edit.setMinimumHeight(160)
    return subject_edit, body_edit


class CancelDialog(FormDialog):
    """Makulera (W4): a reason picked or written — never pre-selected — and the message to the
    orderer, shown and editable before it is queued."""

    def __init__(self, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Makulera %1").replace("%1", view.order_no), parent)
        self.setObjectName("cancelDialog")
        self.view = view
        note = QLabel(self.tr("Makuleringen kan inte ångras. Beställaren får meddelandet nedan; "
                              "behövs åtgärden, registreras en ny arbetsorder."))
        note.setWordWrap(True)
        self.form.addRow(note)
        if view.medical_risk:
            risk = QLabel(self.tr("Ordern är markerad med medicinsk risk."))
            risk.setObjectName("cancelMedicalRisk")
            risk.setStyleSheet("QLabel { color: #a31515; font-weight: bold; }")
            self.form.addRow(risk)
        self.reason = QComboBox()
        self.reason.setObjectName("cancelReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(CANCEL_REASONS)
        self.reason.setCurrentIndex(-1)  # nothing chosen until the person chooses
        self.reason.setAccessibleName(self.tr("Orsak till makulering"))
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Välj eller skriv orsaken"))
        self._generated = cancel_message(*self._order(), "")
        self.subject, self.body = _message_fields(self, *self._generated)
        self.form.addRow(self.tr("&Orsak"), self.reason)
        self.form.addRow(self.tr("Ä&mne"), self.subject)
        self.form.addRow(self.tr("Meddelande till &beställaren"), self.body)
        self.reason.currentTextChanged.connect(self._reason_changed)
        self.subject.textChanged.connect(lambda _t: self._refresh())
        self.body.textChanged.connect(self._refresh)
        self._refresh()
        self.reason.setFocus()

    def _order(self) -> tuple[str, str, str | None, str | None]:
        v = self.view
        return v.order_no, v.type_name, v.individual_no, v.orderer_name

    def _reason_changed(self, text: str) -> None:
        reason = text.strip()
        subject, body = cancel_message(*self._order(), reason)
        if self.body.toPlainText() == self._generated[1]:  # untouched: the whole new draft
            self.body.setPlainText(body)
        else:  # edited: only the reason's line follows the choice
            self.body.setPlainText(re.sub(rf"^{CANCEL_REASON_LINE}.*$",
                                          f"{CANCEL_REASON_LINE}{reason}",
                                          self.body.toPlainText(), count=1, flags=re.MULTILINE))
        if self.subject.text() == self._generated[0]:
            self.subject.setText(subject)
        self._generated = (subject, body)
        self._refresh()

    def _refresh(self) -> None:
        self._ok_enabled(bool(self.reason.currentText().strip() and self.subject.text().strip()
                              and self.body.toPlainText().strip()))

    def value(self) -> tuple[str, str, str]:
        """(reason, subject, body)."""
        return (self.reason.currentText().strip(), self.subject.text().strip(),
                self.body.toPlainText().strip())


class DelayMessageDialog(FormDialog):
    """W5: the delay message, with the new expected date the technician gives."""

    def __init__(self, order_no: str, subject: str, body: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meddela försening – %1").replace("%1", order_no), parent)
        self.setObjectName("delayMessageDialog")
        self.today = today
        self.expected = QDateEdit()
        self.expected.setObjectName("delayExpectedDate")
        self.expected.setAccessibleName(self.tr("Ny beräknad klardag"))
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("yyyy-MM-dd")
        first = QDate(today.year, today.month, today.day)
        self.expected.setMinimumDate(first)  # today itself stands for "not chosen yet"
        self.expected.setSpecialValueText(self.tr("Välj datum"))
        self.expected.setDate(first)
        self.subject, self.body = _message_fields(self, subject, body)
        note = QLabel(self.tr("Beställaren får veta vilken tidsgräns som inte hålls och när "
                              "arbetet beräknas vara klart."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(self.tr("&Ny beräknad klardag"), self.expected)
        self.form.addRow(self.tr("Ä&mne"), self.subject)
        self.form.addRow(self.tr("&Text"), self.body)
        self.expected.dateChanged.connect(lambda _d: self._date_changed())
        self.subject.textChanged.connect(lambda _t: self._refresh())
        self.body.textChanged.connect(self._refresh)
        self._refresh()
        self.expected.setFocus()

    def chosen(self) -> date | None:
        day = day_of(self.expected.date())
        return day if day > self.today else None

    def _date_changed(self) -> None:
        day = self.chosen()
        if day is not None:
            line = expected_sentence(day)
            text = self.body.toPlainText()
            new, found = _EXPECTED_LINE.subn(line, text, count=1)
            self.body.setPlainText(new if found else f"{text.rstrip()}\n{line}")
        self._refresh()

    def _refresh(self) -> None:
        self._ok_enabled(self.chosen() is not None and bool(self.subject.text().strip())
                         and bool(self.body.toPlainText().strip()))

    def value(self) -> tuple[str, str, date | None]:
        """(subject, body, the new expected date)."""
        return self.subject.text().strip(), self.body.toPlainText().strip(), self.chosen()


class OrderDetailsDialog(FormDialog):
    """W6: the service product and payer number, for an order that lacks them."""

    def __init__(self, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Komplettera %1").replace("%1", view.order_no), parent)
        self.setObjectName("orderDetailsDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        if view.incomplete:
            missing = ", ".join(fmt.missing_name(i) for i in view.incomplete)
            lacking = QLabel(self.tr("Saknas: %1").replace("%1", missing))
            lacking.setObjectName("orderDetailsMissing")
            lacking.setWordWrap(True)
            self.form.addRow(lacking)
        self.service_product = QLineEdit(view.service_product)
        self.service_product.setObjectName("detailServiceProduct")
        self.service_product.setAccessibleName(self.tr("Tjänsteprodukt"))
        self.service_product.setMaxLength(120)
        self.payer_no = QLineEdit(view.payer_no)
        self.payer_no.setObjectName("detailPayerNo")
        self.payer_no.setAccessibleName(self.tr("Betalarnummer"))
        self.payer_no.setMaxLength(40)
        self.form.addRow(self.tr("&Tjänsteprodukt"), self.service_product)
        self.form.addRow(self.tr("&Betalarnummer"), self.payer_no)
        if any(i.startswith("attachment:") for i in view.incomplete):
            hint = QLabel(self.tr("Bilagor läggs till under Teknisk dokumentation (Ctrl+D), "
                                  "med sin typ."))
            hint.setWordWrap(True)
            self.form.addRow(hint)
        self.service_product.setFocus()

    def value(self) -> tuple[str, str]:
        """(service product, payer number)."""
        return self.service_product.text().strip(), self.payer_no.text().strip()
