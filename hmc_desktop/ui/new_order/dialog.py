"""Ny arbetsorder: registering an order by phone, fax or at the counter, keyboard first.

Focus starts in the individual number; a scan (number + Enter) goes on to the type list,
where typing the code jumps to the type. The preview shows what the order will get before
saving. Ctrl+Return (or Enter outside the number and orderer fields) saves; Esc cancels.
Database work runs in the background (:class:`~hmc_desktop.ui.common.ops.Op`)."""

import itertools
from dataclasses import astuple, replace
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderView
from hmc_desktop.services.registration.registration import (
    AttachmentDraft,
    DeviceFacts,
    OrderDraft,
    OrdererFacts,
    Preview,
    RegistrationService,
)
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.screen_fit import fit_to_screen
from hmc_desktop.ui.common.scrolling import scroll_area
from hmc_desktop.ui.common.widgets import FileChooser, MessageBar, alive, choose_file, error_text
from hmc_desktop.ui.new_order.device import DeviceField
from hmc_desktop.ui.new_order.form import OrderForm
from hmc_desktop.ui.new_order.preview import PreviewPanel
from hmc_desktop.ui.new_order.prompts import DeviceRegistration, NewOrderPrompts
from hmc_desktop.ui.new_order.type_chooser import TypeChooser, TypeGuide

REFRESH_MS = 250


class NewOrderDialog(QDialog):
    """``newOrderDialog``; ``orderRegistered(order_no)`` once the order is saved."""

    orderRegistered = Signal(str)
    previewShown = Signal()  # the preview (or the device's facts) is up to date

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 prompts: Any = None, file_chooser: FileChooser | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newOrderDialog")
        self.setWindowTitle(self.tr("Ny arbetsorder"))
        self.setAccessibleName(self.tr("Ny arbetsorder"))
        self.service = RegistrationService(ctx)
        self.prompts = prompts if prompts is not None else NewOrderPrompts()
        self.preview: Preview | None = None
        self.facts: DeviceFacts | None = None
        self.registered: OrderView | None = None
        self._request = 0
        self._saving = False
        self._build(file_chooser or choose_file)
        self.chooser.set_types(ctx.catalogue)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_now)
        self._connect()
        Op(self.service.service_products).success(self.form.set_service_products).run()
        self.refresh_now()

    # -- building -----------------------------------------------------------------------------
    def _build(self, file_chooser: FileChooser) -> None:
        self.device = DeviceField()
        self.number = self.device.number
        self.chooser = TypeChooser()
        self.guide = TypeGuide()
        self.form = OrderForm(self.service.find_orderers, file_chooser)
        self.preview_panel = PreviewPanel()
        self.message = MessageBar("newOrderMessage", self.tr("Meddelande"))
        self.save_button = _button(self.tr("&Spara"), "saveOrderButton",
                                   self.tr("Spara arbetsordern"),
                                   self.tr("Spara (Enter eller Ctrl+Retur)"))
        self.save_button.setDefault(True)
        self.cancel_button = _button(self.tr("Avbryt"), "cancelOrderButton",
                                     self.tr("Avbryt utan att spara"), self.tr("Avbryt (Esc)"))

        type_label = QLabel(self.tr("T&yp av arbetsorder – skriv koden"))
        type_label.setBuddy(self.chooser)
        left = QVBoxLayout()
        left.addWidget(self.device)
        left.addSpacing(6)
        left.addWidget(type_label)
        left.addWidget(self.chooser, 1)
        right = QVBoxLayout()
        right.addWidget(self.guide)
        right.addSpacing(6)
        right.addWidget(self.form)
        right.addStretch(1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        # the form scrolls on a low screen (1366 × 768 at 150 %); Spara and Avbryt stay in view
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(grid, 1)
        inner.addWidget(self.preview_panel)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll_area(content, "newOrderScroll"), 1)
        outer.addWidget(self.message)
        outer.addLayout(buttons)
        chain = [self.number, self.device.register_button, self.chooser, *self.form.chain(),
                 self.save_button, self.cancel_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        fit_to_screen(self, "newOrderDialog", QSize(1200, 820))  # clipped to the screen

    def _connect(self) -> None:
        self.device.changed.connect(self.schedule)
        self.device.submitted.connect(self._number_entered)
        self.device.registerRequested.connect(self._register_device)
        self.chooser.typeChanged.connect(self._type_changed)
        self.form.changed.connect(self.schedule)
        self.form.description.textChanged.connect(
            lambda: self.preview_panel.reveal("description_required"))
        self.form.by_name.textEdited.connect(
            lambda _t: self.preview_panel.reveal("orderer_name_required"))
        self.form.orderer.addRequested.connect(self._add_orderer)
        self.form.orderer.committed.connect(
            lambda: self.form.source.setFocus(Qt.FocusReason.TabFocusReason))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self.number.setFocus(Qt.FocusReason.OtherFocusReason))

    def _number_entered(self) -> None:
        """A scan ends with Enter: look the number up now and go on to the type."""
        self.refresh_now()
        self.chooser.setFocus(Qt.FocusReason.TabFocusReason)

    # -- the live preview --------------------------------------------------------------------
    def _type_changed(self, _code: str) -> None:
        t = self.chooser.current_type()
        self.guide.show_type(t)
        self.form.set_type(t)
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def refresh_now(self) -> None:
        """Ask for the preview (or, without a type, the device's facts) now."""
        self._timer.stop()
        self._request += 1
        request, draft = self._request, self.draft()
        if draft.type_code:
            Op(lambda: self.service.preview(draft)).success(
                lambda p: self._show(request, p, p.device, p.device_unknown)).failure(
                lambda e: self._refresh_failed(request, e)).run()
            return
        number = draft.individual_no
        Op(lambda: self.service.device_facts(number) if number else None).success(
            lambda facts: self._show(request, None, facts, bool(number) and facts is None)
        ).failure(lambda e: self._refresh_failed(request, e)).run()

    def _show(self, request: int, p: Preview | None, facts: DeviceFacts | None,
              unknown: bool) -> None:
        if request != self._request or not alive(self):
            return
        if self.message.property("refreshError"):  # the database answers again
            self.message.clear_message()
            self.message.setProperty("refreshError", False)
        self.preview, self.facts = p, facts
        self.preview_panel.show_preview(p)
        self.device.show_facts(facts, unknown)
        self.previewShown.emit()

    def _refresh_failed(self, request: int, exc: BaseException) -> None:
        if request == self._request and alive(self):
            self.message.show_message(error_text(exc), "error")
            self.message.setProperty("refreshError", True)
            self.previewShown.emit()

    def draft(self) -> OrderDraft:
        """The order as the dialog now describes it."""
        return self.form.draft(self.device.text())

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Check the draft afresh, ask what must be asked (W6, duplicates), then register it."""
        if self._saving:
            return
        if self.chooser.code() is None:
            self.message.show_message(self.tr("Välj typ av arbetsorder."), "error")
            self.chooser.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy(True)
        self.preview_panel.reveal()
        draft = self.draft()
        Op(lambda: self.service.preview(draft)).success(
            lambda p: self._checked(draft, p)).failure(self._failed).run()

    def _checked(self, draft: OrderDraft, p: Preview) -> None:
        if not alive(self):
            return
        self._request += 1  # this answer is the freshest
        self._show(self._request, p, p.device, p.device_unknown)
        if p.device_unknown:
            self._busy(False)
            if self.prompts.offer_device_registration(self, draft.individual_no):
                self._register_device()
            return
        if p.problems:
            self._busy(False)
            self.message.show_message(self.tr("Åtgärda det som är markerat innan du sparar."),
                                      "error")
            target = self.form.widget_for(p.problems[0].key) or self.number
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if p.duplicates and not self.prompts.confirm_duplicate(self, draft.individual_no,
                                                               list(p.duplicates)):
            return self._busy(False)
        if p.missing and not self.prompts.confirm_incomplete(self, list(p.missing)):
            return self._busy(False)
        files = self.form.attachments.files()

        def work() -> OrderView:  # the files are read here, off the GUI thread
            attachments = tuple(AttachmentDraft(path.name, kind, path.read_bytes())
                                for path, kind in files)
            return self.service.register(replace(draft, attachments=attachments))

        Op(work).success(self._registered).failure(self._failed).run()

    def _registered(self, view: OrderView) -> None:
        self._busy(False)
        self.registered = view
        self.orderRegistered.emit(view.order_no)
        if alive(self):
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self._busy(False)
            self.message.show_message(error_text(exc), "error")

    def _busy(self, busy: bool) -> None:
        self._saving = busy
        self.save_button.setEnabled(not busy)
        if busy:
            self.message.show_message(self.tr("Sparar …"), "info")
        elif self.message.text() == self.tr("Sparar …"):
            self.message.clear_message()

    # -- the sub-dialogs -----------------------------------------------------------------------
    def _register_device(self) -> None:
        number = self.device.text()
        reg: DeviceRegistration | None = self.prompts.new_device(self, number,
                                                                 self.service.find_articles)
        if reg is None:
            return
        Op(lambda: self.service.register_device(*astuple(reg))).success(
            self._device_registered).failure(self._failed).run()

    def _device_registered(self, facts: DeviceFacts) -> None:
        if alive(self):
            self.message.show_message(self.tr("Hjälpmedel %1 är registrerat.").replace(
                "%1", facts.individual_no), "info")
            self.refresh_now()
            self.chooser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_orderer(self) -> None:
        values = self.prompts.new_orderer(self, self.form.orderer.field.text().strip())
        if values is None:
            return
        Op(lambda: self.service.add_orderer(*values)).success(self._orderer_added).failure(
            self._failed).run()

    def _orderer_added(self, orderer: OrdererFacts) -> None:
        if alive(self):
            self.form.orderer.choose(orderer)
            self.form.source.setFocus(Qt.FocusReason.OtherFocusReason)


def _button(text: str, name: str, accessible: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button
