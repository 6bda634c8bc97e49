"""Recording an inspection (PM4): each checklist step OK / not OK / remedied with a note, the
day, the technician; saving is one service call. A step not OK creates the corrective order,
which the dialog then names and opens; the protocol (PM5) is offered for preview and print.
"""

from collections.abc import Callable

from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hmc_desktop.domain.inspection import StepResult
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.inspections.documents import InspectionPrintService
from hmc_desktop.services.inspections.recording import (
    InspectionForm,
    InspectionService,
    InspectionView,
)
from hmc_desktop.ui.common.formatting import device_status_name, scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.scrolling import scroll_area
from hmc_desktop.ui.common.widgets import MessageBar, day_of
from hmc_desktop.ui.orders.flow_forms import FlowDialog
from hmc_desktop.ui.orders.flow_print import PdfJob, preview


class InspectionDialog(FlowDialog):
    """``inspectionDialog`` for one device; :attr:`saved` carries the recorded inspection."""

    saved = Signal(object)  # InspectionView
    orderRequested = Signal(str)

    def __init__(self, ctx: ServiceContext, individual_no: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Besiktning – %1").replace("%1", individual_no), parent,
                         self.tr("&Spara besiktning"))
        self.setObjectName("inspectionDialog")
        self.ctx, self.individual_no = ctx, individual_no
        self.service = InspectionService(ctx)
        self.form_data: InspectionForm | None = None
        self.view: InspectionView | None = None
        self.combos: list[QComboBox] = []
        self.notes: list[QLineEdit] = []
        self.title = QLabel(individual_no)
        self.title.setObjectName("inspectionTitle")
        self.title.setFont(scaled_font(self.title, 1.2))
        self.facts = QLabel()
        self.facts.setObjectName("inspectionFacts")
        self.facts.setWordWrap(True)
        self.due_bar = MessageBar("inspectionDue", self.tr("Förfallodag"))
        for i, widget in enumerate((self.title, self.facts, self.due_bar)):
            self.body.insertWidget(i, widget)
        self.steps_box = QGroupBox(self.tr("Kontrollpunkter"))
        self.grid = QGridLayout(self.steps_box)
        scroll = scroll_area(self.steps_box, "inspectionStepsScroll")  # Tab scrolls with it
        self.body.addWidget(scroll, 1)
        self.day = QDateEdit()
        self.day.setObjectName("inspectionDate")
        self.day.setAccessibleName(self.tr("Besiktningsdatum"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = ctx.clock.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.note.setObjectName("inspectionNote")
        self.note.setAccessibleName(self.tr("Anmärkning till besiktningen"))
        self.technician = QLabel(ctx.user.display_name)
        self.technician.setObjectName("inspectionTechnician")
        lower = QFormLayout()
        lower.addRow(self.tr("&Datum:"), self.day)
        lower.addRow(self.tr("A&nmärkning:"), self.note)
        lower.addRow(self.tr("Tekniker:"), self.technician)
        self.body.addLayout(lower)
        self.protocol_button = self._extra("inspectionPrintProtocol",
                                           self.tr("Skriv ut &protokoll…"), self.print_protocol)
        self.order_button = self._extra("inspectionOpenOrder", self.tr("Öppna &arbetsorder"),
                                        self._open_order)
        self.cancel_button.setText(self.tr("Stäng"))
        self.ok_button.setEnabled(False)
        self.screen_fit.first = QSize(860, 640)  # clipped to the screen
        Op(lambda: self.service.form(individual_no)).success(self._show).failure(
            self.load_failed).run()

    def _extra(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _c=False: slot())
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.hide()  # after addButton, which shows it
        return button

    # -- showing --------------------------------------------------------------------------
    def _show(self, form: InspectionForm) -> None:
        self.form_data = form
        self.title.setText(f"{form.individual_no} · {form.article_name}")
        where = form.holder_name or device_status_name(form.device_status)
        self.facts.setText(self.tr("%1 · %2 · intervall %3 mån · senast besiktad %4").replace(
            "%1", form.product_group or "–").replace("%2", where).replace(
            "%3", str(form.interval_months)).replace(
            "%4", form.last_inspected.isoformat() if form.last_inspected else self.tr("aldrig")))
        if form.due is not None:
            level = "warning" if form.overdue else "info"
            text = (self.tr("Försenad: skulle ha besiktigats senast %1.") if form.overdue
                    else self.tr("Ska besiktigas senast %1.")).replace("%1", form.due.isoformat())
            self.due_bar.show_message(text, level)
        headers = (self.tr("Kontrollpunkt"), self.tr("Resultat"), self.tr("Anmärkning"))
        for col, text in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        for row, name in enumerate(form.steps, start=1):
            combo = QComboBox()
            combo.setObjectName(f"inspectionResult_{row}")
            combo.setAccessibleName(self.tr("Resultat för %1").replace("%1", name))
            for code, text in ((None, "–"), ("ok", self.tr("OK")), ("not_ok", self.tr("Ej OK")),
                               ("fixed", self.tr("Åtgärdat"))):
                combo.addItem(text, code)
            note = QLineEdit()
            note.setObjectName(f"inspectionStepNote_{row}")
            note.setAccessibleName(self.tr("Anmärkning för %1").replace("%1", name))
            label = QLabel(name)
            label.setWordWrap(True)
            label.setBuddy(combo)
            for col, widget in enumerate((label, combo, note)):
                self.grid.addWidget(widget, row, col)
            self.combos.append(combo)
            self.notes.append(note)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 3)
        self.grid.setRowStretch(len(form.steps) + 2, 1)
        all_ok = QPushButton(self.tr("Alla &OK"))
        all_ok.setObjectName("inspectionAllOk")
        all_ok.setAccessibleName(self.tr("Markera alla kontrollpunkter som OK"))
        all_ok.clicked.connect(self.mark_all_ok)
        self.grid.addWidget(all_ok, len(form.steps) + 1, 1)
        if self.combos:
            self.combos[0].setFocus()
        self.ok_button.setEnabled(True)

    def mark_all_ok(self) -> None:
        """Every step not yet assessed becomes OK (the usual outcome, one key)."""
        for combo in self.combos:
            if combo.currentData() is None:
                combo.setCurrentIndex(combo.findData("ok"))

    def steps(self) -> list[StepResult]:
        assert self.form_data is not None
        return [StepResult(name, combo.currentData(), note.text())
                for name, combo, note in zip(self.form_data.steps, self.combos, self.notes,
                                             strict=True)]

    # -- saving ---------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.form_data is None or self.view is not None:
            return
        steps, day, note = self.steps(), day_of(self.day.date()), self.note.text()
        number = self.individual_no
        self.run(lambda: self.service.record(number, steps=steps, day=day, note=note),
                 self._saved)

    def _saved(self, view: InspectionView) -> None:
        self.view = view
        next_due = view.next_due.isoformat() if view.next_due else "–"
        if view.order_no:
            text = self.tr("Sparad: ej godkänd. Avhjälpande arbetsorder %1 är skapad. Nästa "
                           "besiktning senast %2.").replace("%1", view.order_no).replace("%2", next_due)
            self.message.show_message(text, "warning")
            self.order_button.show()
        else:
            self.message.show_message(self.tr("Sparad: godkänd. Nästa besiktning senast %1.")
                                      .replace("%1", next_due), "info")
        for widget in (*self.combos, *self.notes, self.day, self.note):
            widget.setEnabled(False)
        self.ok_button.hide()
        self.protocol_button.show()
        self.protocol_button.setDefault(True)
        self.protocol_button.setFocus()
        self.saved.emit(view)
        self.succeeded.emit(view)

    def print_protocol(self) -> PdfJob:
        printing, number = InspectionPrintService(self.ctx), self.individual_no
        owner = self.parentWidget() or self
        return preview(owner, lambda: printing.protocol(number),
                       self.tr("Besiktningsprotokoll %1").replace("%1", number),
                       f"besiktning-{number}.pdf")

    def _open_order(self) -> None:
        if self.view is not None and self.view.order_no:
            self.orderRequested.emit(self.view.order_no)
            self.accept()

