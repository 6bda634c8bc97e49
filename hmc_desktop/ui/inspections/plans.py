"""Arkiv → Besiktningsplaner… (PM1, administrators): the interval and checklist of each product
group and article. Saving recomputes the due days of the plan's devices at once; every change
is audited by the service."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.inspection import INTERVAL_MAX
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.inspections.plans import InspectionPlanService, PlanView
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.screen_fit import fit_to_screen
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text, make_table


class InspectionPlansDialog(QDialog):
    """``inspectionPlansDialog``: the plans in a table; the marked one edited beside it."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionPlansDialog")
        self.setWindowTitle(self.tr("Besiktningsplaner"))
        self.setAccessibleName(self.tr("Besiktningsplaner"))
        self.service = InspectionPlanService(ctx)
        self.plans: list[PlanView] = []
        self.table: QTableWidget = make_table(
            "inspectionPlansTable", self.tr("Besiktningsplaner"),
            [self.tr("Gäller"), self.tr("Intervall"), self.tr("Kontrollpunkter"),
             self.tr("Hjälpmedel")])
        self.table.horizontalHeader().setSectionResizeMode(
            0, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.message = MessageBar("inspectionPlansMessage", self.tr("Meddelande"))
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self._editor(), 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "En artikels egen plan gäller före produktgruppens; det den saknar (intervall eller "
            "kontrollpunkter) tas från gruppen. Intervall 0: besiktigas inte.")))
        layout.addLayout(body, 1)
        layout.addLayout(self._new_row())
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, "inspectionPlansDialog", QSize(960, 560))  # clipped to the screen
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vald plan"))
        form = QFormLayout(box)
        self.scope = QLabel("–")
        self.scope.setObjectName("planScope")
        self.interval = QSpinBox()
        self.interval.setObjectName("planInterval")
        self.interval.setAccessibleName(self.tr("Intervall i månader"))
        self.interval.setRange(-1, INTERVAL_MAX)
        self.interval.setSpecialValueText(self.tr("från produktgruppen"))
        self.interval.setSuffix(self.tr(" mån"))
        self.steps = QPlainTextEdit()
        self.steps.setObjectName("planSteps")
        self.steps.setAccessibleName(self.tr("Kontrollpunkter, en per rad"))
        self.steps.setTabChangesFocus(True)
        self.save_button = self._button("planSave", self.tr("&Spara plan"), self.save)
        self.remove_button = self._button("planRemove", self.tr("&Ta bort plan"), self.remove)
        form.addRow(self.tr("Gäller:"), self.scope)
        form.addRow(self.tr("&Intervall:"), self.interval)
        form.addRow(self.tr("&Kontrollpunkter\n(en per rad):"), self.steps)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        form.addRow(row)
        return box

    def _new_row(self) -> QHBoxLayout:
        self.new_group = QComboBox()
        self.new_group.setObjectName("planNewGroup")
        self.new_group.setAccessibleName(self.tr("Produktgrupp för ny plan"))
        self.new_group.setEditable(True)
        self.new_article = QLineEdit()
        self.new_article.setObjectName("planNewArticle")
        self.new_article.setAccessibleName(self.tr("Artikelnummer för ny plan"))
        self.new_article.setPlaceholderText(self.tr("Artikelnummer"))
        row = QHBoxLayout()
        for label, widget, name, text, slot in (
                (self.tr("Ny plan för &produktgrupp:"), self.new_group, "planAddGroup",
                 self.tr("Lägg till"), self.add_group),
                (self.tr("för &artikel:"), self.new_article, "planAddArticle",
                 self.tr("Lägg till"), self.add_article)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1)
            row.addWidget(self._button(name, text, slot))
        return row

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- loading and showing ----------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        service = self.service
        Op(lambda: (service.plans(), service.groups())).success(
            lambda found: self._loaded(found[0], found[1], select_id)).failure(self._failed).run()

    def _loaded(self, plans: list[PlanView], groups: list[str], select_id: int | None) -> None:
        if not alive(self):
            return
        self.plans = plans
        self.table.setRowCount(0)
        for plan in plans:
            row = self.table.rowCount()
            self.table.insertRow(row)
            scope = (self.tr("Artikel %1 %2").replace("%1", plan.article_no).replace(
                "%2", plan.article_name or "") if plan.article_no else plan.product_group)
            months = ("–" if plan.interval_months is None else self.tr("besiktigas inte")
                      if plan.interval_months == 0 else
                      self.tr("%1 mån").replace("%1", str(plan.interval_months)))
            steps = str(len(plan.steps)) if plan.steps else self.tr("från gruppen")
            for col, text in enumerate((scope, months, steps, str(plan.devices))):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        current = self.new_group.currentText()
        self.new_group.clear()
        self.new_group.addItems(groups)
        self.new_group.setEditText(current)
        index = next((i for i, p in enumerate(plans) if p.plan_id == select_id), 0)
        if plans:
            self.table.setCurrentCell(index, 0)
        self._show_current()

    def current(self) -> PlanView | None:
        row = self.table.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def _show_current(self) -> None:
        plan = self.current()
        for widget in (self.interval, self.steps, self.save_button, self.remove_button):
            widget.setEnabled(plan is not None)
        if plan is None:
            return
        item = self.table.item(self.table.currentRow(), 0)
        self.scope.setText(item.text() if item is not None else "–")
        self.interval.setMinimum(-1 if plan.article_no else 0)
        self.interval.setValue(-1 if plan.interval_months is None else plan.interval_months)
        self.steps.setPlainText("\n".join(plan.steps))

    # -- acting --------------------------------------------------------------------------------
    def save(self) -> None:
        plan = self.current()
        if plan is None:
            return
        months = None if self.interval.value() < 0 else self.interval.value()
        steps = self.steps.toPlainText().splitlines()
        self._call(lambda: self.service.save_plan(plan.plan_id, interval_months=months,
                                                  steps=steps), self.tr("Planen är sparad."))

    def remove(self) -> None:
        plan = self.current()
        if plan is not None:
            self._call(lambda: self.service.remove_plan(plan.plan_id),
                       self.tr("Planen är borttagen."))

    def add_group(self) -> None:
        group = self.new_group.currentText().strip()
        if group:
            self._call(lambda: self.service.save_plan(None, product_group=group,
                                                      interval_months=12, steps=[]),
                       self.tr("Planen är skapad: välj intervall och kontrollpunkter."))

    def add_article(self) -> None:
        article = self.new_article.text().strip()
        if article:
            self._call(lambda: self.service.save_plan(None, article_no=article,
                                                      interval_months=None, steps=[]),
                       self.tr("Planen är skapad: välj intervall och kontrollpunkter."))

    def _call(self, fn: Callable[[], Any], done: str) -> None:
        def finished(result: Any) -> None:
            if alive(self):
                self.message.show_message(done)
                self.reload(result.plan_id if isinstance(result, PlanView) else None)

        self.message.show_message(self.tr("Sparar …"))
        Op(fn).success(finished).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.message.show_message(error_text(exc), "error")
