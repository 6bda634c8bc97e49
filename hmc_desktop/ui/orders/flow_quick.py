"""Booking a Snabbservice time (customer service): name, phone, device, what is wrong."""

from datetime import datetime

from PySide6.QtWidgets import QLineEdit, QWidget

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.quick_service import QuickServiceService
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive
from hmc_desktop.ui.orders.flow_forms import FlowDialog, note_label, text_edit


class BookingDialog(FlowDialog):
    """``bookingDialog``: one QuickServiceService.book call for the chosen time."""

    def __init__(self, ctx: ServiceContext, starts: datetime, parent: QWidget | None = None) -> None:
        when = starts.strftime("%Y-%m-%d %H:%M")
        super().__init__(self.tr("Boka snabbservice – %1").replace("%1", when), parent,
                         self.tr("&Boka"), self.tr("Snabbservice %1").replace("%1", when))
        self.setObjectName("bookingDialog")
        self.service, self.starts = QuickServiceService(ctx), starts
        self.name = QLineEdit()
        self.name.setObjectName("bookingName")
        self.name.setAccessibleName(self.tr("Kundens namn"))
        self.phone = QLineEdit()
        self.phone.setObjectName("bookingPhone")
        self.phone.setAccessibleName(self.tr("Kundens telefonnummer"))
        self.individual_no = QLineEdit()
        self.individual_no.setObjectName("bookingIndividualNo")
        self.individual_no.setAccessibleName(self.tr("Hjälpmedlets individnummer"))
        self.individual_no.setPlaceholderText(self.tr("Behövs för att registrera reparationen"))
        self.description = text_edit(self.tr("Vad är fel"), 3)
        self.description.setObjectName("bookingDescription")
        self.form.addRow(self.tr("&Namn"), self.name)
        self.form.addRow(self.tr("&Telefon"), self.phone)
        self.form.addRow(self.tr("&Individnummer"), self.individual_no)
        self.form.addRow(self.tr("&Vad är fel"), self.description)
        self.form.addRow(note_label(self.tr("Snabbservice gäller främst manuella rullstolar och "
                                            "rollatorer. Kunden kommer till verkstaden på den "
                                            "bokade tiden (30 minuter).")))
        # the device's number fills in its user's name and phone (what is typed stays)
        self.individual_no.editingFinished.connect(self.fill_customer)
        self.name.setFocus()

    def fill_customer(self) -> Op | None:
        """Look up who holds the typed device, off the GUI thread; fill the empty fields."""
        number = self.individual_no.text().strip()
        if not number or (self.name.text().strip() and self.phone.text().strip()):
            return None
        return Op(lambda: self.service.customer_of(number)).success(self._customer).failure(
            lambda _exc: None).run()  # only a help: Boka says what is wrong, if anything

    def _customer(self, found: tuple[str, str] | None) -> None:
        if found is None or not alive(self):
            return
        for field, value in zip((self.name, self.phone), found, strict=True):
            if not field.text().strip():
                field.setText(value)

    def submit(self) -> None:
        starts, name, phone = self.starts, self.name.text(), self.phone.text()
        number, text = self.individual_no.text(), self.description.toPlainText()
        self.run(lambda: self.service.book(starts, name, phone, number, text))
