"""Dialogs of the order actions: hold reason, a free message, pickup date; the factory.

:class:`Dialogs` is the factory the queue asks; tests give the queue another object
with the same methods, so no modal dialog ever blocks a test. Cancelling (W4), the delay
message (W5) and completing an order's details (W6): :mod:`hmc_desktop.ui.orders.order_dialogs`.
"""

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from hmc_desktop.ui.common.form_dialog import FormDialog
from hmc_desktop.ui.common.widgets import day_of

if TYPE_CHECKING:
    from hmc_desktop.services.orders.actions import OrderView

# Reasons are stored (and sent to the orderer) in Swedish whatever the interface language.
# Waiting for an approved cost proposal is not among them: that wait is entered by sending
# the proposal (Kostnadsförslag) and ended only by its answer (W9).
HOLD_REASONS = ("Väntar på reservdel", "Väntar på besked från förskrivare",
                "Brukaren bortrest", "Väntar på besked från brukaren")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class HoldDialog(FormDialog):
    """Vilande: an editable list of common reasons; a reason is required."""

    def __init__(self, order_no: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sätt %1 som vilande").replace("%1", order_no), parent)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(HOLD_REASONS)
        self.reason.setAccessibleName(self.tr("Orsak till vilande"))
        self.form.addRow(self.tr("&Orsak"), self.reason)
        self.reason.currentTextChanged.connect(lambda t: self._ok_enabled(bool(t.strip())))

    def value(self) -> str:
        return self.reason.currentText().strip()


class MessageDialog(FormDialog):
    """A message to the orderer, drafted by the service and editable before it is stored."""

    def __init__(self, order_no: str, subject: str, body: str,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Meddelande till beställaren – %1").replace("%1", order_no)
        super().__init__(title, parent)
        self.subject = QLineEdit(subject)
        self.subject.setAccessibleName(self.tr("Ämne"))
        self.body = QPlainTextEdit(body)
        self.body.setAccessibleName(self.tr("Meddelandetext"))
        self.body.setMinimumSize(460, 200)
        self.form.addRow(self.tr("Ä&mne"), self.subject)
        self.form.addRow(self.tr("&Text"), self.body)

    def value(self) -> tuple[str, str]:
        return self.subject.text().strip(), self.body.toPlainText().strip()


class PickupDialog(FormDialog):
    """Beställ hämtning: the date the device is fetched (default: next working day)."""

    def __init__(self, order_no: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Beställ hämtning – %1").replace("%1", order_no), parent)
        self.date = QDateEdit(QDate(default.year, default.month, default.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Hämtdatum"))
        self.form.addRow(self.tr("&Hämtdatum"), self.date)

    def value(self) -> date:
        return day_of(self.date.date())


class Dialogs:
    """The real, modal dialogs; each returns None when the person cancels."""

    def hold_reason(self, parent: QWidget, order_no: str) -> str | None:
        dialog = HoldDialog(order_no, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def cancel(self, parent: QWidget, view: "OrderView") -> tuple[str, str, str] | None:
        """W4: (reason, subject, body) as the person chose and edited them."""
        from hmc_desktop.ui.orders.order_dialogs import CancelDialog

        dialog = CancelDialog(view, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def delay_message(self, parent: QWidget, order_no: str, subject: str, body: str,
                      today: date) -> tuple[str, str, date | None] | None:
        """W5: (subject, body, new expected date)."""
        from hmc_desktop.ui.orders.order_dialogs import DelayMessageDialog

        dialog = DelayMessageDialog(order_no, subject, body, today, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def details(self, parent: QWidget, view: "OrderView") -> tuple[str, str] | None:
        """W6: (service product, payer number)."""
        from hmc_desktop.ui.orders.order_dialogs import OrderDetailsDialog

        dialog = OrderDetailsDialog(view, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def message(self, parent: QWidget, order_no: str, subject: str,
                body: str) -> tuple[str, str] | None:
        dialog = MessageDialog(order_no, subject, body, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def pickup_date(self, parent: QWidget, order_no: str, default: date) -> date | None:
        dialog = PickupDialog(order_no, default, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm_complete(self, parent: QWidget, order_no: str) -> bool:
        text = translate("Dialogs", "Avsluta arbetsorder %1? Beställaren får ett meddelande "
                         "om att den är utförd.").replace("%1", order_no)
        answer = QMessageBox.question(parent, translate("Dialogs", "Avsluta arbetsorder"), text)
        return answer == QMessageBox.StandardButton.Yes
