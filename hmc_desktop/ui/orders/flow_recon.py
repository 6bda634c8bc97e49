"""The reconditioning checklist (S4): each step's result and note, parts used, the data wipe of a
digital aid clearly marked, and the sign-off — back to stock or scrapped with a reason.

Every change is one :class:`ReturnService` call, run one after the other (a serial queue),
so results are stored in the order they were chosen and the view shown is the newest.
After the sign-off the reconditioning log is offered for preview and print.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.devices.returns import ReconStepView, ReconView, ReturnService
from hmc_desktop.services.printing.printing import PrintService
from hmc_desktop.services.registration.registration import RegistrationService
from hmc_desktop.ui.common.article_search import search_articles
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text, local_time
from hmc_desktop.ui.orders.flow_forms import FlowDialog, PartsEditor
from hmc_desktop.ui.orders.flow_print import PdfJob, preview

WIPE_STYLE = ("QLabel#wipeWarning { background: #fff4e0; border: 1px solid #c77700; "
              "border-radius: 4px; padding: 4px 8px; color: #5a3b00; }")
WIPE_NAME_STYLE = "QLabel#wipeStep { font-weight: bold; color: #7a4100; }"


class ReconDialog(FlowDialog):
    """``reconDialog``: ``load`` starts the reconditioning or fetches the open one."""

    changed = Signal(object)  # the newest ReconView

    def __init__(self, ctx: ServiceContext, load: Callable[[], ReconView],
                 individual_no: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rekonditionering – %1").replace("%1", individual_no), parent,
                         self.tr("&Signera"))
        self.setObjectName("reconDialog")
        self.ctx, self.individual_no = ctx, individual_no
        self.service = ReturnService(ctx)
        self.view: ReconView | None = None
        self.combos: dict[int, QComboBox] = {}
        self.notes: dict[int, QLineEdit] = {}
        self.done_by: dict[int, QLabel] = {}
        self._queue: list[tuple[Callable[[], Any], Callable[[Any], None] | None]] = []
        self._running = False
        self.title = QLabel(individual_no)
        self.title.setObjectName("reconTitle")
        self.title.setFont(scaled_font(self.title, 1.2))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.lifetime = MessageBar("reconLifetime", self.tr("Livslängd"))
        for i, widget in enumerate((self.title, self.facts, self.lifetime)):
            self.body.insertWidget(i, widget)
        self.steps_box = QGroupBox(self.tr("Checklista"))
        self.grid = QGridLayout(self.steps_box)
        scroll = QScrollArea()
        scroll.setWidget(self.steps_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body.addWidget(scroll, 1)
        self.missing = QLabel()
        self.missing.setObjectName("reconMissing")
        self.missing.setWordWrap(True)
        self.body.addWidget(self.missing)
        self.body.addLayout(self._lower())
        self.log_button = QPushButton(self.tr("Skriv ut &rekonditioneringsprotokoll…"))
        self.log_button.setObjectName("reconPrintLog")
        self.log_button.setAccessibleName(self.tr("Skriv ut rekonditioneringsprotokollet"))
        self.log_button.clicked.connect(self.print_log)
        self.buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button.hide()  # after addButton, which shows it
        self.cancel_button.setText(self.tr("Stäng"))
        self.ok_button.setEnabled(False)
        self.screen_fit.first = QSize(900, 680)  # clipped to the screen
        self._call(load, self._show)

    # -- building --------------------------------------------------------------------------
    def _lower(self) -> QHBoxLayout:
        parts_box = QGroupBox(self.tr("Använda reservdelar"))
        self.parts = PartsEditor()
        search_articles(self.parts.article, RegistrationService(self.ctx).find_articles)
        self.parts.remove_button.hide()  # a fitted part is logged, not taken back
        self.parts.table.setMaximumHeight(self.parts.table.verticalHeader().defaultSectionSize() * 5)
        self.parts.on_add = self.add_part  # each fitted part is logged at once
        QVBoxLayout(parts_box).addWidget(self.parts)
        sign_box = QGroupBox(self.tr("Signering"))
        self.outcome = QButtonGroup(self)
        self.to_stock = QRadioButton(self.tr("&Tillbaka i lager"))
        self.to_stock.setObjectName("reconToStock")
        self.scrap = QRadioButton(self.tr("&Kassera"))
        self.scrap.setObjectName("reconScrap")
        for radio in (self.to_stock, self.scrap):
            radio.setAccessibleName(radio.text().replace("&", ""))
            self.outcome.addButton(radio)
        self.to_stock.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reconScrapReason")
        self.reason.setAccessibleName(self.tr("Orsak till kassation"))
        self.reason.setPlaceholderText(self.tr("Orsak till kassation"))
        self.reason.setEnabled(False)
        self.scrap.toggled.connect(self.reason.setEnabled)
        sign = QVBoxLayout(sign_box)
        sign.addWidget(self.to_stock)
        sign.addWidget(self.scrap)
        sign.addWidget(self.reason)
        sign.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(parts_box, 3)
        row.addWidget(sign_box, 2)
        return row

    def _build_steps(self, steps: tuple[ReconStepView, ...]) -> None:
        headers = (self.tr("Steg"), self.tr("Resultat"), self.tr("Anteckning"), self.tr("Utfört av"))
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, col)
        wipe_rows = 0
        for row, step in enumerate(steps, start=1):
            name = QLabel(step.name + (" *" if step.mandatory else ""))
            name.setToolTip(self.tr("Obligatoriskt steg") if step.mandatory else "")
            combo = QComboBox()
            combo.setObjectName(f"reconResult_{step.step_id}")
            combo.setAccessibleName(self.tr("Resultat för %1").replace("%1", step.name))
            for code, text in ((None, "–"), ("ok", self.tr("OK")), ("fixed", self.tr("Åtgärdat")),
                               ("not_ok", self.tr("Ej OK")), ("na", self.tr("Ej aktuellt"))):
                combo.addItem(text, code)
            combo.activated.connect(lambda _i, s=step.step_id: self.record(s))
            note = QLineEdit()
            note.setObjectName(f"reconNote_{step.step_id}")
            note.setAccessibleName(self.tr("Anteckning för %1").replace("%1", step.name))
            note.editingFinished.connect(lambda s=step.step_id: self._note_done(s))
            who = QLabel()
            self.combos[step.step_id], self.notes[step.step_id] = combo, note
            self.done_by[step.step_id] = who
            grid_row = row + wipe_rows
            for col, widget in enumerate((name, combo, note, who)):
                self.grid.addWidget(widget, grid_row, col)
            if step.is_data_wipe:  # S4: marked in words and colour, never colour alone
                name.setObjectName("wipeStep")
                name.setStyleSheet(WIPE_NAME_STYLE)
                name.setText("⚠ " + name.text())
                warn = QLabel(self.tr("Obligatoriskt för digitala hjälpmedel: den tidigare "
                                      "brukarens personuppgifter ska raderas innan "
                                      "hjälpmedlet lämnar rekonditioneringen. Ange OK eller "
                                      "Åtgärdat när raderingen är gjord."))
                warn.setObjectName("wipeWarning")
                warn.setWordWrap(True)
                warn.setStyleSheet(WIPE_STYLE)
                wipe_rows += 1
                self.grid.addWidget(warn, grid_row + 1, 0, 1, 4)
        for col, stretch in enumerate((3, 0, 4, 2)):
            self.grid.setColumnStretch(col, stretch)
        self.grid.setRowStretch(len(steps) + wipe_rows + 1, 1)

    # -- showing ------------------------------------------------------------------------------
    def _show(self, view: ReconView) -> None:
        first = self.view is None
        self.view = view
        if first:
            self._build_steps(view.steps)
            kind = self.tr("digitalt hjälpmedel") if view.digital else self.tr("ej digitalt")
            self.title.setText(f"{view.individual_no} · {view.article_name}")
            self.facts.setText(self.tr("%1 · %2 · påbörjad %3 av %4").replace(
                "%1", view.product_group or "–").replace("%2", kind).replace(
                "%3", local_time(view.started_at)).replace("%4", view.started_by))
            if view.past_lifetime:
                self.lifetime.show_message(self.tr(
                    "Passerat förväntad livslängd (till %1) – beslut om kassation.").replace(
                    "%1", view.lifetime_ends.isoformat() if view.lifetime_ends else "–"),
                    "warning")
                self.scrap.setChecked(True)
            first_open = next((s for s in view.steps if s.result is None), None)
            if first_open is not None:
                self.combos[first_open.step_id].setFocus()
        for step in view.steps:
            combo = self.combos.get(step.step_id)
            if combo is None:
                continue
            combo.setCurrentIndex(max(0, combo.findData(step.result)))
            if not self.notes[step.step_id].hasFocus():
                self.notes[step.step_id].setText(step.note)
            self.done_by[step.step_id].setText(
                f"{step.done_by} {local_time(step.done_at)[-5:]}" if step.done_by else "")
        self.parts.table.setRowCount(0)
        for p in view.parts:
            self.parts.add(f"{p.article_no} {p.article_name}", p.quantity)
        missing = view.missing_mandatory
        self.missing.setText(self.tr("Kvar att göra (* obligatoriskt): %1").replace(
            "%1", ", ".join(missing)) if missing else self.tr("Alla obligatoriska steg (*) har "
                                                               "ett resultat."))
        self.ok_button.setEnabled(view.open)
        self.changed.emit(view)

    # -- acting ---------------------------------------------------------------------------------
    def _call(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None) -> None:
        self._queue.append((fn, on_success))
        self._next()

    @property
    def idle(self) -> bool:
        """No call waiting or running (tests wait for this)."""
        return not self._running and not self._queue

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        fn, on_success = self._queue.pop(0)
        self._running = True
        Op(fn).success(lambda r: self._finished(r, on_success)).failure(self._error).run()

    def _finished(self, result: Any, on_success: Callable[[Any], None] | None) -> None:
        self._running = False
        if not alive(self):
            return
        self.message.clear_message()
        if on_success is not None:
            on_success(result)
        self._next()

    def _error(self, exc: BaseException) -> None:
        self._running = False
        if not alive(self):
            return
        self.show_refusal(error_text(exc))
        self._next()

    def record(self, step_id: int) -> None:
        if self.view is None:
            return
        result = self.combos[step_id].currentData()
        if result is None:
            return  # "–": a result cannot be taken back, only changed
        rid, note = self.view.recon_id, self.notes[step_id].text()
        self._call(lambda: self.service.record_step(rid, step_id, str(result), note), self._show)

    def _note_done(self, step_id: int) -> None:
        view = self.view
        step = next((s for s in view.steps if s.step_id == step_id), None) if view else None
        if step is not None and step.result is not None and \
                self.notes[step_id].text().strip() != step.note:
            self.record(step_id)

    def add_part(self) -> None:
        if self.view is None:
            return
        number, qty, rid = (self.parts.article.text().strip(), self.parts.quantity.value(),
                            self.view.recon_id)
        if number:
            self.parts.article.clear()
            self.parts.quantity.setValue(1)
            self.parts.article.setFocus()
            self._call(lambda: self.service.add_part(rid, number, qty), self._show)

    def submit(self) -> None:
        """Signera: back to stock, or scrapped with the reason."""
        if self.view is None:
            return
        rid, scrap, reason = self.view.recon_id, self.scrap.isChecked(), self.reason.text()
        outcome = "scrapped" if scrap else "in_stock"
        self._call(lambda: self.service.sign_off(rid, outcome, reason), self._signed)

    def _signed(self, view: ReconView) -> None:
        self._show(view)
        self.succeeded.emit(view)
        text = self.tr("Signerad: tillbaka i lager.") if view.outcome == "in_stock" else \
            self.tr("Signerad: kasserad (%1).").replace("%1", view.scrap_reason)
        self.message.show_message(text + " " + self.tr("Skriv ut protokollet och lägg det "
                                                       "med hjälpmedlet."), "info")
        for widget in [*self.combos.values(), *self.notes.values(), self.parts, self.to_stock,
                       self.scrap, self.reason]:
            widget.setEnabled(False)
        self.ok_button.hide()
        self.log_button.show()
        self.log_button.setDefault(True)
        self.log_button.setFocus()

    def print_log(self) -> PdfJob:
        printing, number = PrintService(self.ctx), self.individual_no
        owner = self.parentWidget() or self
        job = preview(owner, lambda: printing.recon_log(number),
                      self.tr("Rekonditioneringsprotokoll %1").replace("%1", number),
                      f"rekond-{number}.pdf")
        self.accept()
        return job
