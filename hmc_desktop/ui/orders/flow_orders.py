"""Small order flows, one service call each: cost proposal and its answer (W9), who ordered
(W7), time report, and the pickup-order print choice."""

from decimal import Decimal

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderView
from hmc_desktop.services.orders.cost_proposals import CostProposalService, format_kronor
from hmc_desktop.services.orders.flow_rules import OrderRulesService
from hmc_desktop.services.orders.timereport import MAX_MINUTES, TimeReportService
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.common.widgets import day_of
from hmc_desktop.ui.orders.flow_forms import FlowDialog, note_label, text_edit

FORMAT_SETTING = "print/pickup_format"


class CostProposalDialog(FlowDialog):
    """W9: price a type 7 order; it waits until the orderer answers."""

    def __init__(self, ctx: ServiceContext, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kostnadsförslag – %1").replace("%1", view.order_no), parent,
                         self.tr("&Skicka förslaget"),
                         self.tr("Kostnadsförslag för %1").replace("%1", view.order_no))
        self.setObjectName("costProposalDialog")
        self.service, self.order_no = CostProposalService(ctx), view.order_no
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("costAmount")
        self.amount.setAccessibleName(self.tr("Belopp i kronor"))
        self.amount.setRange(0, 10_000_000)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(self.tr(" kr"))
        self.description = text_edit(self.tr("Vad förslaget omfattar"), 5)
        self.description.setObjectName("costDescription")
        self.form.addRow(self.tr("&Belopp"), self.amount)
        self.form.addRow(self.tr("&Omfattning"), self.description)
        self.form.addRow(note_label(self.tr("Ordern blir vilande tills beställaren har svarat. "
                                       "Förslaget läggs i beställarens utkorg.")))
        self.amount.setFocus()

    def submit(self) -> None:
        amount = Decimal(str(round(self.amount.value(), 2)))
        text, no = self.description.toPlainText(), self.order_no
        self.run(lambda: self.service.propose(no, amount, text))


class CostAnswerDialog(FlowDialog):
    """W9: the orderer's answer — Godkänt (work resumes) or Avböjt (order closed)."""

    def __init__(self, ctx: ServiceContext, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Svar på kostnadsförslag – %1").replace("%1", view.order_no),
                         parent, self.tr("&Godkänt"),
                         self.tr("Beställarens svar på kostnadsförslaget för %1").replace(
                             "%1", view.order_no))
        self.setObjectName("costAnswerDialog")
        self.service, self.order_no = CostProposalService(ctx), view.order_no
        # W9: the answer approves an amount; the person sees which before recording it
        pending = view.pending_proposal
        self.amount: Decimal | None = pending[0] if pending else None
        scope = pending[1] if pending else ""
        self.proposal = QLabel(self.tr("%1 för: %2").replace(
            "%1", format_kronor(self.amount) if self.amount is not None else "–").replace(
            "%2", scope))
        self.proposal.setObjectName("costAnswerAmount")
        self.proposal.setAccessibleName(self.tr("Kostnadsförslagets belopp"))
        self.proposal.setWordWrap(True)
        self.proposal.setFont(scaled_font(self.proposal, 1.15))
        self.form.addRow(self.tr("Förslaget"), self.proposal)
        self.answered_by = QLineEdit(view.orderer_name or "")
        self.answered_by.setObjectName("costAnsweredBy")
        self.answered_by.setAccessibleName(self.tr("Vem som svarade"))
        self.form.addRow(self.tr("&Svar från"), self.answered_by)
        self.form.addRow(note_label(self.tr("Godkänt: arbetet återupptas (tillverkning). Avböjt: "
                                       "ordern makuleras och beställaren får ett meddelande.")))
        self.ok_button.setToolTip(self.tr("Beställaren har godkänt förslaget"))
        self.decline_button = QPushButton(self.tr("&Avböjt"))
        self.decline_button.setObjectName("costDecline")
        self.decline_button.setAccessibleName(self.tr("Avböjt"))
        self.decline_button.setToolTip(self.tr("Beställaren har avböjt förslaget"))
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.decline_button.clicked.connect(self.decline)
        self.answered_by.setFocus()
        self.answered_by.selectAll()

    def submit(self) -> None:
        who, no, amount = self.answered_by.text(), self.order_no, self.amount
        self.run(lambda: self.service.approve(no, who, amount))

    def decline(self) -> None:
        who, no = self.answered_by.text(), self.order_no
        self.run(lambda: self.service.decline(no, who))


class OrdererDialog(FlowDialog):
    """W7: who ordered an acute order; a patient may call only for home medical treatment."""

    def __init__(self, ctx: ServiceContext, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Beställd av – %1").replace("%1", view.order_no), parent,
                         self.tr("&Spara"), self.tr("Vem beställde %1?").replace(
                             "%1", view.order_no))
        self.setObjectName("ordererDialog")
        self.service, self.order_no = OrderRulesService(ctx), view.order_no
        self.role = QComboBox()
        self.role.setObjectName("ordererRole")
        self.role.setAccessibleName(self.tr("Beställarens roll"))
        for code, text in (("prescriber", self.tr("Förskrivare")),
                           ("patient", self.tr("Patienten själv")),
                           ("relative", self.tr("Anhörig")), ("staff", self.tr("Vårdpersonal"))):
            self.role.addItem(text, code)
        self.name = QLineEdit(view.orderer_name or "")
        self.name.setObjectName("ordererName")
        self.name.setAccessibleName(self.tr("Beställarens namn"))
        self.home = QCheckBox(self.tr("Hjälpmedel för &medicinsk behandling i hemmet"))
        self.home.setObjectName("ordererHomeTreatment")
        self.home.setAccessibleName(self.tr("Undantag: medicinsk behandling i hemmet"))
        self.form.addRow(self.tr("&Roll"), self.role)
        self.form.addRow(self.tr("&Namn"), self.name)
        self.form.addRow("", self.home)
        self.form.addRow(note_label(self.tr("Akut avhjälpande underhåll ska beställas av en "
                                       "förskrivare. Undantag: vissa hjälpmedel för medicinsk "
                                       "behandling i hemmet, där patienten får ringa själv.")))
        self.role.currentIndexChanged.connect(lambda _i: self._refresh())
        self._refresh()
        self.role.setFocus()

    def _refresh(self) -> None:
        other = self.role.currentData() != "prescriber"
        self.home.setEnabled(other)
        if not other:
            self.home.setChecked(False)

    def submit(self) -> None:
        role, name, home, no = (str(self.role.currentData()), self.name.text(),
                                self.home.isChecked(), self.order_no)
        self.run(lambda: self.service.record_orderer(no, role, name, home))


class TimeReportDialog(FlowDialog):
    """Working time on an order (the billing basis): minutes, day, note."""

    def __init__(self, ctx: ServiceContext, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rapportera tid – %1").replace("%1", view.order_no), parent,
                         self.tr("&Rapportera"), self.tr("Arbetstid på %1").replace(
                             "%1", view.order_no))
        self.setObjectName("timeReportDialog")
        self.service, self.order_no = TimeReportService(ctx), view.order_no
        today = ctx.clock.now().date()
        self.minutes = QSpinBox()
        self.minutes.setObjectName("timeMinutes")
        self.minutes.setAccessibleName(self.tr("Minuter"))
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("timeDay")
        self.day.setAccessibleName(self.tr("Datum"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.note.setObjectName("timeNote")
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.form.addRow(self.tr("&Tid"), self.minutes)
        self.form.addRow(self.tr("&Datum"), self.day)
        self.form.addRow(self.tr("&Anteckning"), self.note)
        self.minutes.setFocus()
        self.minutes.selectAll()

    def submit(self) -> None:
        minutes, day, note, no = (self.minutes.value(), day_of(self.day.date()),
                                  self.note.text(), self.order_no)
        self.run(lambda: self.service.report(no, minutes, day, note))


class PickupFormatDialog(FlowDialog):
    """Skriv ut hämtorder: A4 or a 10 × 15 cm label (remembered); the PDF is built after OK."""

    def __init__(self, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Skriv ut hämtorder – %1").replace("%1", view.order_no),
                         parent, self.tr("&Förhandsgranska"))
        self.setObjectName("pickupFormatDialog")
        self.a4 = QRadioButton(self.tr("&A4"))
        self.a4.setObjectName("formatA4")
        self.a4.setAccessibleName(self.tr("A4-sida"))
        self.label = QRadioButton(self.tr("&Etikett 10 × 15 cm"))
        self.label.setObjectName("formatLabel")
        self.label.setAccessibleName(self.tr("Etikett 10 gånger 15 centimeter"))
        (self.label if QSettings().value(FORMAT_SETTING) == "label" else self.a4).setChecked(True)
        self.form.addRow(self.tr("Format"), self.a4)
        self.form.addRow("", self.label)
        if view.device_status != "pickup_ordered":
            self.form.addRow(note_label(self.tr("Hjälpmedlet har ingen planerad hämtning: en "
                                           "hämtning beställs till nästa arbetsdag när "
                                           "hämtordern skapas.")))
        (self.label if self.label.isChecked() else self.a4).setFocus()

    def fmt(self) -> str:
        return "label" if self.label.isChecked() else "a4"

    def submit(self) -> None:
        QSettings().setValue(FORMAT_SETTING, self.fmt())
        self.succeeded.emit(self.fmt())
        self.accept()
