"""The new-order dialog's form: orderer, channel, description and what the chosen type needs.

Rows appear for the types they belong to: the service product for a consultation (W6),
the home-medical-treatment exception for acute types (W7), where the work happens and
whether the prescriber takes part for adaptations (seed 001 "Anpassning"), technical
review only for 0–2 (W8). ``changed`` fires on every edit, for the live preview.
"""

import itertools
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hmc_desktop.domain.catalogue import WorkOrderType
from hmc_desktop.services.registration.registration import (
    ADAPTATION_TYPES,
    AttachmentDraft,
    OrderDraft,
    OrdererFacts,
)
from hmc_desktop.ui.common.widgets import FileChooser, alive
from hmc_desktop.ui.new_order.parts import AttachmentList, OrdererPicker


class OrderForm(QWidget):
    """Everything of a new order but its device and type."""

    changed = Signal()

    def __init__(self, search_orderers: Callable[[str], list[OrdererFacts]], chooser: FileChooser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type: WorkOrderType | None = None
        self._auto_payer = ""
        self.orderer = OrdererPicker(search_orderers)
        self.source = self._combo("sourceCombo", self.tr("Kanal"), [
            (self.tr("Telefon"), "phone"), (self.tr("Fax"), "fax"),
            (self.tr("Besök"), "walk_in"), (self.tr("Portal"), "portal")])
        self.description = QPlainTextEdit()
        self.description.setObjectName("descriptionEdit")
        self.description.setAccessibleName(self.tr("Beskrivning"))
        self.description.setPlaceholderText(self.tr("Vad ska göras? Vid anpassning: exakt vad, "
                                                    "t.ex. flytta drivhjul till läge B1."))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        self.service_product = self._combo("serviceProductCombo", self.tr("Tjänsteprodukt"), [])
        self.service_product.setEditable(True)
        self.service_product.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.payer = self._line("payerField", self.tr("Betalarnummer"),
                                self.tr("Fylls i från beställaren"))
        self.role = self._combo("orderedByRole", self.tr("Beställd av (roll)"), [
            (self.tr("Förskrivare"), "prescriber"), (self.tr("Patienten"), "patient"),
            (self.tr("Anhörig"), "relative"), (self.tr("Vårdpersonal"), "staff")])
        self.by_name = self._line("orderedByName", self.tr("Beställd av (namn)"),
                                  self.tr("Namn – tomt: den valda beställaren"))
        self.exception = self._check("homeTreatmentException", self.tr(
            "&Undantag: hjälpmedel för medicinsk behandling i hemmet"), self.tr(
            "Akut avhjälpande underhåll beställs av förskrivare. För vissa hjälpmedel för "
            "medicinsk behandling i hemmet får patienten själv ringa."))
        self.location = self._combo("workLocationCombo", self.tr("Plats för anpassningen"), [
            (self.tr("På hjälpmedelscentralen"), "centre"),
            (self.tr("På förskrivarens enhet"), "unit"), (self.tr("I patientens hem"), "home")])
        self.participates = self._check("prescriberParticipates", self.tr(
            "Förskrivaren &deltar vid anpassningen"), self.tr(
            "Kan anvisningen inte göras exakt ska förskrivaren ha beredskap att delta."))
        self.medical_risk = self._check("medicalRiskCheck", self.tr(
            "&Medicinsk risk – prioriteras först"), self.tr(
            "Försening kan innebära medicinsk risk för patienten: ordern sorteras först i kön."))
        self.review = self._check("technicalReviewCheck", self.tr(
            "Teknisk öve&rsyn (planerad, utan ledtid)"), self.tr(
            "Endast typ 0–2. Förskrivaren har själv sett över hjälpmedlet; teknikern kontaktar "
            "brukaren inom 10 arbetsdagar för att boka tid."))
        self.attachments = AttachmentList(chooser)
        self._layout()
        self.orderer.ordererChanged.connect(self._orderer_changed)
        self.role.currentIndexChanged.connect(lambda _i: self._update_rows())
        for signal in (self.source.currentIndexChanged, self.description.textChanged,
                       self.service_product.currentTextChanged, self.payer.textChanged,
                       self.role.currentIndexChanged, self.by_name.textChanged,
                       self.exception.toggled, self.location.currentIndexChanged,
                       self.participates.toggled, self.medical_risk.toggled, self.review.toggled,
                       self.attachments.changed):
            signal.connect(lambda *_: self.changed.emit())
        self.set_type(None)

    # -- building --------------------------------------------------------------------------
    def _combo(self, name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _check(self, name: str, text: str, tip: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        box.setAccessibleDescription(tip)
        box.setToolTip(tip)
        return box

    def _layout(self) -> None:
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        who = QWidget()
        row = QHBoxLayout(who)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.role)
        row.addWidget(self.by_name, 1)
        self.who = who
        form.addRow(self.tr("&Beställare"), self.orderer)
        form.addRow(self.tr("&Kanal"), self.source)
        form.addRow(self.tr("B&eskrivning"), self.description)
        form.addRow(self.tr("&Tjänsteprodukt"), self.service_product)
        form.addRow(self.tr("Betal&arnummer"), self.payer)
        form.addRow(self.tr("Beställd a&v"), who)
        form.addRow("", self.exception)
        form.addRow(self.tr("&Plats"), self.location)
        form.addRow("", self.participates)
        form.addRow(self.tr("Prioritet"), self.medical_risk)
        form.addRow("", self.review)
        form.addRow(self.tr("Bilagor"), self.attachments)
        for a, b in itertools.pairwise(self.chain()):
            QWidget.setTabOrder(a, b)

    def chain(self) -> list[QWidget]:
        """The form's controls in tab order (hidden ones are skipped by Qt)."""
        return [self.orderer.field, self.orderer.add_button, self.source, self.description,
                self.service_product, self.payer, self.role, self.by_name, self.exception,
                self.location, self.participates, self.medical_risk, self.review,
                self.attachments.table, self.attachments.add_button,
                self.attachments.remove_button]

    # -- the type decides the rows -------------------------------------------------------------
    def set_type(self, t: WorkOrderType | None) -> None:
        self.type = t
        self.attachments.wanted = tuple(k.value for k in t.required_attachments) if t else ()
        self._update_rows()

    def _update_rows(self) -> None:
        t = self.type
        code = t.code if t else ""
        acute = bool(t and t.prescriber_only)
        self.form.setRowVisible(self.service_product, bool(t and t.requires_service_product))
        self.form.setRowVisible(self.exception, acute)
        prescriber = self.role.currentData() == "prescriber"
        self.exception.setEnabled(acute and not prescriber)
        self.by_name.setPlaceholderText(self.tr("Namn – tomt: den valda beställaren") if prescriber
                                        else self.tr("Namn på den som ringde"))
        for w in (self.location, self.participates):
            self.form.setRowVisible(w, code in ADAPTATION_TYPES)
        reviewable = bool(t and t.allows_technical_review)  # W8: the type's family says
        self.review.setEnabled(reviewable)
        if not reviewable:
            self.review.setChecked(False)

    def _orderer_changed(self, orderer: OrdererFacts | None) -> None:
        """The payer number follows the orderer unless the person typed another."""
        if self.payer.text().strip() in ("", self._auto_payer):
            self._auto_payer = orderer.payer_no if orderer else ""
            self.payer.setText(self._auto_payer)
        self.changed.emit()

    def widget_for(self, problem: str) -> QWidget | None:
        """Where the person fixes the problem with this key (None: not in this form)."""
        return {"description_required": self.description, "orderer_not_found": self.orderer.field,
                "prescriber_only": self.role, "orderer_name_required": self.by_name,
                "technical_review_type": self.review}.get(problem)

    def set_service_products(self, names: list[str]) -> None:
        """The service products to offer (a background answer: the form may be gone)."""
        if not alive(self):
            return
        current = self.service_product.currentText()
        self.service_product.clear()
        self.service_product.addItems(["", *names])
        self.service_product.setCurrentText(current)

    def draft(self, individual_no: str) -> OrderDraft:
        """The order as the form now describes it (attachments by kind: files are read on saving)."""
        t = self.type
        code = t.code if t else ""
        adaptation = code in ADAPTATION_TYPES
        role = str(self.role.currentData())
        return OrderDraft(
            type_code=code, individual_no=individual_no,
            orderer_id=self.orderer.chosen.id if self.orderer.chosen else None,
            source=str(self.source.currentData()), description=self.description.toPlainText(),
            service_product=(self.service_product.currentText()
                             if t and t.requires_service_product else ""),
            payer_no=self.payer.text(),
            attachments=tuple(AttachmentDraft(p.name, k, b"") for p, k in self.attachments.files()),
            medical_risk=self.medical_risk.isChecked(),
            technical_review=self.review.isChecked() and bool(t and t.allows_technical_review),
            ordered_by_role=role, ordered_by_name=self.by_name.text(),
            home_medical_treatment=(bool(t and t.prescriber_only) and role != "prescriber"
                                    and self.exception.isChecked()),
            work_location=str(self.location.currentData()) if adaptation else "",
            prescriber_participates=self.participates.isChecked() if adaptation else None)
