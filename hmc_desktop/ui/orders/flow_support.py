"""Support for digital aids (S1, S2, S5): troubleshooting steps, then one of three outcomes.

Each step and the outcome is one :class:`SupportService` call. The outcomes: solved
remotely; a spare part the user fits (S3 — the parts are then shipped from
"Reservdelar och leverans"); or a replacement device from stock with a pickup order
for the old one (both device cards show it).
"""


from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderView
from hmc_desktop.services.orders.support import ReplacementCandidate, SupportService
from hmc_desktop.services.orders.techdoc import DocEntryView, TechDocService
from hmc_desktop.services.registration.registration import RegistrationService
from hmc_desktop.ui.common.article_search import search_articles
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive, day_of, local_time, make_table
from hmc_desktop.ui.orders.flow_forms import FlowDialog, PartsEditor, text_edit

PERFORMERS = ("Brukaren", "Stödperson", "Anhörig", "Personal på boendet")  # stored in Swedish
SOLVED, SPARE_PART, REPLACE = range(3)


class SupportDialog(FlowDialog):
    """``supportDialog``: the support team's work on one SDH order."""

    def __init__(self, ctx: ServiceContext, view: OrderView, parent: QWidget | None = None) -> None:
        device = f" · {view.article_name} ({view.individual_no})" if view.individual_no else ""
        super().__init__(self.tr("Support – %1").replace("%1", view.order_no), parent,
                         self.tr("&Registrera utfall"), f"{view.order_no}{device}",
                         scrolling=True)
        self.setObjectName("supportDialog")
        self.ctx, self.order_no = ctx, view.order_no
        self.service = SupportService(ctx)
        self.steps_saved = 0  # steps documented in this dialog (the queue refreshes after)
        self.body.addWidget(self._steps_box(), 1)
        self.body.addWidget(self._outcome_box(), 1)
        self.cancel_button.setText(self.tr("Stäng"))  # the steps are saved one by one
        self.screen_fit.first = QSize(820, 760)  # clipped to the screen
        self._load_steps()
        self.step_text.setFocus()

    # -- troubleshooting ---------------------------------------------------------------
    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Felsökning"))
        self.steps: QTableWidget = make_table(
            "supportSteps", self.tr("Dokumenterade steg"),
            [self.tr("Tid"), self.tr("Steg"), self.tr("Min"), self.tr("Av")])
        self.steps.horizontalHeader().setStretchLastSection(False)
        self.steps.horizontalHeader().setSectionResizeMode(
            1, self.steps.horizontalHeader().ResizeMode.Stretch)
        self.step_text = text_edit(self.tr("Felsökningssteg"), 3)
        self.step_text.setObjectName("supportStepText")
        self.step_text.setPlaceholderText(self.tr("Vad gjordes i telefon- eller videosamtalet "
                                                  "och vad blev resultatet?"))
        self.step_minutes = QSpinBox()
        self.step_minutes.setObjectName("supportStepMinutes")
        self.step_minutes.setAccessibleName(self.tr("Tidsåtgång i minuter"))
        self.step_minutes.setRange(0, 600)
        self.step_minutes.setSingleStep(5)
        self.step_minutes.setSuffix(self.tr(" min"))
        self.step_button = QPushButton(self.tr("Spara &steg (Ctrl+Retur)"))
        self.step_button.setObjectName("supportStepSave")
        self.step_button.setAccessibleName(self.tr("Spara felsökningssteget"))
        self.step_button.setAutoDefault(False)
        self.step_button.clicked.connect(self.save_step)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self.step_text,
                      context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.save_step)
        minutes_label = QLabel(self.tr("T&id:"))
        minutes_label.setBuddy(self.step_minutes)
        row = QHBoxLayout()
        row.addWidget(minutes_label)
        row.addWidget(self.step_minutes)
        row.addStretch(1)
        row.addWidget(self.step_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.step_text)
        layout.addLayout(row)
        return box

    def _load_steps(self) -> None:
        no = self.order_no
        Op(lambda: TechDocService(self.ctx).entries(no)).success(self._show_steps).failure(
            self.load_failed).run()

    def _show_steps(self, entries: list[DocEntryView]) -> None:
        if not alive(self):
            return
        self.steps.setRowCount(0)
        for entry in entries:
            self._append_step(entry)

    def _append_step(self, entry: DocEntryView) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        for col, text in enumerate((local_time(entry.at), entry.text, str(entry.minutes),
                                    entry.author)):
            item = QTableWidgetItem(text)
            item.setToolTip(entry.text if col == 1 else "")
            self.steps.setItem(row, col, item)
        self.steps.scrollToBottom()

    def save_step(self) -> None:
        text, minutes, no = self.step_text.toPlainText(), self.step_minutes.value(), self.order_no
        self.run(lambda: self.service.record_step(no, text, minutes), self._step_saved,
                 self.tr("Sparar steget …"))

    def _step_saved(self, entry: DocEntryView) -> None:
        self.steps_saved += 1
        self._append_step(entry)
        self.step_text.clear()
        self.step_minutes.setValue(0)
        self.message.show_message(self.tr("Steget är dokumenterat."), "info")
        self.step_text.setFocus()

    # -- outcomes -------------------------------------------------------------------------
    def _outcome_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Utfall"))
        self.choice = QButtonGroup(self)
        radios = QHBoxLayout()
        for code, text, name in ((SOLVED, self.tr("&Löst på distans"), "outcomeSolved"),
                                 (SPARE_PART, self.tr("Reservdel – &brukaren lagar själv"),
                                  "outcomeSparePart"),
                                 (REPLACE, self.tr("&Ersättningshjälpmedel"), "outcomeReplace")):
            radio = QRadioButton(text)
            radio.setObjectName(name)
            radio.setAccessibleName(text.replace("&", ""))
            self.choice.addButton(radio, code)
            radios.addWidget(radio)
        radios.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._solved_page())
        self.pages.addWidget(self._spare_page())
        self.pages.addWidget(self._replace_page())
        self.choice.idToggled.connect(self._toggled)
        layout = QVBoxLayout(box)
        layout.addLayout(radios)
        layout.addWidget(self.pages, 1)
        self.choice.button(SOLVED).setChecked(True)
        return box

    def _toggled(self, code: int, on: bool) -> None:
        if not on:
            return
        self.pages.setCurrentIndex(code)
        if code == REPLACE and self.candidates.rowCount() == 0:
            self._load_candidates()

    def _solved_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.solved_note = text_edit(self.tr("Hur problemet löstes"), 3)
        self.solved_note.setObjectName("solvedNote")
        form.addRow(self.tr("&Lösning"), self.solved_note)
        return page

    def _spare_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.parts = PartsEditor()
        search_articles(self.parts.article, RegistrationService(self.ctx).find_articles)
        self.instruction = text_edit(self.tr("Vad ska göras"), 2)
        self.instruction.setObjectName("repairInstruction")
        self.performer = QComboBox()
        self.performer.setObjectName("repairPerformer")
        self.performer.setEditable(True)
        self.performer.addItems(PERFORMERS)
        self.performer.setAccessibleName(self.tr("Vem som lagar"))
        self.express = QCheckBox(self.tr("E&xpressleverans"))
        self.express.setObjectName("repairExpress")
        self.express.setAccessibleName(self.tr("Expressleverans"))
        form.addRow(self.tr("&Reservdelar"), self.parts)
        form.addRow(self.tr("&Vad ska göras"), self.instruction)
        form.addRow(self.tr("&Utförs av"), self.performer)
        form.addRow("", self.express)
        return page

    def _replace_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.candidates = make_table(
            "replacementCandidates", self.tr("Ersättningshjälpmedel i lager"),
            [self.tr("Individnummer"), self.tr("Artikel"), self.tr("Samma artikel"),
             self.tr("Placering"), self.tr("Levererad")])
        self.pickup_date = QDateEdit()
        self.pickup_date.setObjectName("replacementPickupDate")
        self.pickup_date.setAccessibleName(self.tr("Hämtdatum för det gamla hjälpmedlet"))
        self.pickup_date.setCalendarPopup(True)
        self.pickup_date.setDisplayFormat("yyyy-MM-dd")
        day = self.ctx.calendar.next_working_day(self.ctx.clock.now().date())
        self.pickup_date.setDate(QDate(day.year, day.month, day.day))
        form.addRow(self.tr("&Ersätts av"), self.candidates)
        form.addRow(self.tr("&Hämtas den"), self.pickup_date)
        return page

    def _load_candidates(self) -> None:
        no = self.order_no
        Op(lambda: self.service.candidates(no)).success(self._show_candidates).failure(
            self.load_failed).run()

    def _show_candidates(self, found: list[ReplacementCandidate]) -> None:
        if not alive(self):
            return
        table = self.candidates
        table.setRowCount(len(found))
        for row, c in enumerate(found):
            texts = (c.individual_no, f"{c.article_no} {c.article_name}",
                     self.tr("Ja") if c.same_article else self.tr("Nej (samma produktgrupp)"),
                     c.location, c.delivered.isoformat() if c.delivered else "")
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.individual_no)
                table.setItem(row, col, item)
        if found:
            table.selectRow(0)
        else:
            self.message.show_message(self.tr("Det finns inget likvärdigt hjälpmedel i lager."),
                                      "warning")

    def chosen_candidate(self) -> str | None:
        item = self.candidates.item(self.candidates.currentRow(), 0)
        return item.text() if item is not None else None

    def submit(self) -> None:
        code, no, s = self.choice.checkedId(), self.order_no, self.service
        if code == SOLVED:
            note = self.solved_note.toPlainText()
            self.run(lambda: s.solve_remotely(no, note))
        elif code == SPARE_PART:
            parts, text = self.parts.parts(), self.instruction.toPlainText()
            who, fast = self.performer.currentText(), self.express.isChecked()
            self.run(lambda: s.spare_part_repair(no, parts, text, who, fast))
        else:
            wanted = self.chosen_candidate()
            if wanted is None:
                self.show_refusal(self.tr("Välj ett ersättningshjälpmedel i listan."))
                return
            when = day_of(self.pickup_date.date())
            self.run(lambda: s.replace_device(no, wanted, when))
