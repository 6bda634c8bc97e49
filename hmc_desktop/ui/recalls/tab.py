"""The Återkallelser tab (R1–R5): the campaigns, and for the chosen one where every unit is.

Left, the campaigns with their progress; right, the chosen campaign: what it is, how far it
has come (affected / done / remaining by where the units are: R5), and its units grouped by
where they are (R2) in a lazy table (:mod:`hmc_desktop.ui.recalls.model`). Enter or a
double-click opens a unit's device card. The actions — open a campaign, create its orders,
release a unit, work an exchange, letters, the list for the manufacturer — call
:class:`~hmc_desktop.services.recalls.campaigns.RecallService` off the GUI thread; the buttons only
reflect who may do what (the services decide).
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.permissions import Action, allowed
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.recalls.campaigns import RecallService
from hmc_desktop.services.recalls.letters import RecallLetterService
from hmc_desktop.services.recalls.view import CampaignView, RecallDeviceRow
from hmc_desktop.ui.common.formatting import number, scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text, local_time, make_table
from hmc_desktop.ui.orders.flow_forms import open_dialog
from hmc_desktop.ui.orders.flow_print import PdfJob
from hmc_desktop.ui.printing.billing_export import choose_csv_path
from hmc_desktop.ui.recalls.dialogs import (
    ExchangeDialog,
    NewRecallDialog,
    OrdersDialog,
    ReleaseDialog,
)
from hmc_desktop.ui.recalls.model import RecallDeviceModel, action_name
from hmc_desktop.ui.recalls.summary import CampaignSummary
from hmc_desktop.ui.recalls.units import RecallUnits


class RecallTab(QWidget):
    """``recallTab``: campaigns (``recallCampaignTable``), the chosen one's units
    (``recallDeviceTable``) and the actions."""

    deviceRequested = Signal(str)  # an individual number: open its device card
    campaignShown = Signal(int)  # the chosen campaign's figures are in place

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recallTab")
        self.setAccessibleName(self.tr("Återkallelser"))
        self.ctx = ctx
        self.service = RecallService(ctx)
        self.campaigns: list[CampaignView] = []
        self.current: CampaignView | None = None
        self.save_chooser: Callable[[QWidget, str], str | None] = choose_csv_path
        self.last_dialog: QWidget | None = None
        self.last_job: PdfJob | None = None
        self._stale = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=700)
        self._refresh_timer.timeout.connect(self.refresh)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 4)
        outer.addLayout(self._top_bar())
        self.message = MessageBar("recallMessage", self.tr("Meddelande"))
        outer.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._campaign_list())
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 1000])
        outer.addWidget(splitter, 1)
        self._update_actions()
        QWidget.setTabOrder(self.new_button, self.campaign_table)
        QWidget.setTabOrder(self.campaign_table, self.summary.table)
        QWidget.setTabOrder(self.summary.table, self.place_filter)
        QWidget.setTabOrder(self.place_filter, self.remaining_only)
        QWidget.setTabOrder(self.remaining_only, self.table)
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _button(self, name: str, text: str, accessible: str, slot: Callable[[], object]
                ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Återkallelser och säkerhetsmeddelanden"))
        heading.setFont(scaled_font(heading, 1.2))
        self.new_button = self._button("recallNewButton", self.tr("&Ny återkallelse…"),
                                       self.tr("Ny återkallelse"), self.new_campaign)
        self.new_button.setToolTip(self.tr("Öppna en återkallelse för en artikel (Ctrl+Shift+N)"))
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False: self.new_campaign())
        self.addAction(action)
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        return bar

    def _campaign_list(self) -> QWidget:
        self.campaign_table = make_table(
            "recallCampaignTable", self.tr("Återkallelser"),
            [self.tr("Nr"), self.tr("Rubrik"), self.tr("Artikel"), self.tr("Kvar")])
        header = self.campaign_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.campaign_table.setWordWrap(False)
        self.campaign_table.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        return self.campaign_table

    def _detail(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel(self.tr("Välj en återkallelse"))
        self.heading.setObjectName("recallHeading")
        self.heading.setFont(scaled_font(self.heading, 1.15))
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("recallFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        units = self.units = RecallUnits(self.service, self)
        units.deviceRequested.connect(self.deviceRequested)
        units.selectionChanged.connect(self._update_actions)
        units.loadFailed.connect(self._failed)
        # the parts the tab's keyboard path (and its tests) reach directly
        self.place_filter: QComboBox = units.place_filter
        self.remaining_only: QCheckBox = units.remaining_only
        self.table: QTableView = units.table
        self.model: RecallDeviceModel = units.model
        self.count: QLabel = units.count
        self.summary = CampaignSummary(self)
        self.summary.placeChosen.connect(units.choose_place)
        box.addWidget(self.heading)
        box.addWidget(self.facts)
        box.addWidget(self.summary)
        box.addWidget(units, 1)
        self.work_progress = QProgressBar()
        self.work_progress.setObjectName("recallWorkProgress")
        self.work_progress.setAccessibleName(self.tr("Förlopp"))
        self.work_progress.hide()
        box.addWidget(self.work_progress)
        box.addLayout(self._actions())
        return panel

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.orders_button = self._button("recallOrdersButton", self.tr("Skapa &arbetsordrar…"),
                                          self.tr("Skapa arbetsordrar"), self.create_orders)
        self.release_button = self._button("recallReleaseButton", self.tr("&Häv spärr…"),
                                           self.tr("Häv spärren på markerat hjälpmedel"),
                                           self.release)
        self.exchange_button = self._button("recallExchangeButton", self.tr("&Byt ut…"),
                                            self.tr("Lämna ut ersättning för markerat "
                                                    "hjälpmedel"), self.exchange)
        self.letters_button = self._button("recallLettersButton", self.tr("Skriv ut b&rev…"),
                                           self.tr("Skriv ut brev till brukarna"), self.letters)
        self.export_button = self._button("recallExportButton", self.tr("E&xportera lista…"),
                                          self.tr("Exportera lista till tillverkare och "
                                                  "myndighet"), self.export)
        self.device_button = self._button("recallOpenDeviceButton", self.tr("Öppna &individkort"),
                                          self.tr("Öppna markerat hjälpmedels individkort"),
                                          lambda: self.open_device(self.table.currentIndex().row()))
        for button in (self.orders_button, self.release_button, self.exchange_button,
                       self.letters_button, self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.device_button)
        return row

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Every campaign's figures again (F5, and when another workstation changed something)."""
        self._stale = False
        Op(self.service.campaigns).success(self._listed).failure(self._failed).run()

    def changed_elsewhere(self, entity: str, _key: str) -> None:
        """Another workstation (or another tab) changed units, orders or campaigns."""
        if entity in ("*", "recall", "order", "device"):
            if self.isVisible():
                self._refresh_timer.start()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _listed(self, campaigns: list[CampaignView]) -> None:
        if not alive(self):
            return
        keep = self.current.id if self.current else None
        self.campaigns = campaigns
        table = self.campaign_table
        table.blockSignals(True)
        table.setRowCount(len(campaigns))
        for row, c in enumerate(campaigns):
            p = c.progress
            cells = (str(c.id), c.title, c.article_no,
                     f"{number(p.remaining)} / {number(p.affected)}")
            tips = (c.title, c.title, f"{c.article_no} {c.article_name}",
                    self.tr("%1 återstår av %2 berörda").replace("%1", number(p.remaining))
                    .replace("%2", number(p.affected)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tips[col])
                if col in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.blockSignals(False)
        if not campaigns:
            self.message.show_message(self.tr("Inga återkallelser ännu. En administratör öppnar "
                                              "en med Ny återkallelse…"), "info")
            self._show(None)
            return
        self.message.clear_message()
        ids = [c.id for c in campaigns]
        row = ids.index(keep) if keep in ids else 0
        table.selectRow(row)
        self._chosen(row)

    def show_campaign(self, campaign_id: int) -> None:
        """Choose the campaign (after opening one, or from elsewhere)."""
        self.current = next((c for c in self.campaigns if c.id == campaign_id), self.current)
        Op(lambda: self.service.campaign(campaign_id)).success(self._one).failure(
            self._failed).run()

    def _one(self, view: CampaignView) -> None:
        if alive(self):
            self.current = view
            self.refresh()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.campaigns):
            self._show(self.campaigns[row])

    def _show(self, view: CampaignView | None) -> None:
        self.current = view
        if view is None:
            self.heading.setText(self.tr("Välj en återkallelse"))
            self.facts.clear()
            self.summary.show_progress(None)
            self.units.show_campaign(None)
            self._update_actions()
            return
        self.heading.setText(self.tr("Återkallelse %1: %2").replace("%1", str(view.id))
                             .replace("%2", view.title))
        parts = [self.tr("Artikel %1 %2").replace("%1", view.article_no)
                 .replace("%2", view.article_name), action_name(view.action)]
        if view.reference:
            parts.append(self.tr("Referens %1").replace("%1", view.reference))
        if view.delivered_from or view.delivered_to:
            parts.append(self.tr("Levererade %1–%2").replace(
                "%1", view.delivered_from.isoformat() if view.delivered_from else "")
                .replace("%2", view.delivered_to.isoformat() if view.delivered_to else ""))
        if view.by_list:
            parts.append(self.tr("Avgränsad med lista"))
        parts.append(self.tr("Öppnad %1 av %2").replace(
            "%1", local_time(view.created_at, with_time=False)).replace("%2", view.created_by))
        self.facts.setText(" · ".join(parts))
        self.summary.show_progress(view.progress)
        self.units.show_campaign(view.id)
        self._update_actions()
        self.campaignShown.emit(view.id)

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.message.show_message(error_text(exc), "error")

    # -- state ---------------------------------------------------------------------------------
    def selected(self) -> RecallDeviceRow | None:
        return self.units.selected()

    def _may(self, action: Action) -> bool:
        role = self.ctx.user.role
        return role is not None and allowed(role, action)

    def _update_actions(self) -> None:
        admin, chosen, unit = self._may(Action.RECALL), self.current is not None, self.selected()
        self.new_button.setEnabled(admin)
        for button in (self.orders_button, self.letters_button, self.export_button):
            button.setEnabled(admin and chosen)
        if not admin:
            tip = self.tr("Bara en administratör hanterar återkallelser.")
            for button in (self.new_button, self.orders_button, self.letters_button,
                           self.export_button):
                button.setToolTip(tip)
        self.release_button.setEnabled(
            unit is not None and unit.blocked and self._may(Action.RELEASE_BLOCK))
        self.exchange_button.setEnabled(
            unit is not None and unit.action == "exchange" and unit.order_no is not None
            and unit.order_status in ("registered", "started", "waiting")
            and self._may(Action.WORK_ORDER))
        self.device_button.setEnabled(unit is not None)

    # -- acting --------------------------------------------------------------------------------
    def open_device(self, row: int) -> None:
        self.units.open_device(row)

    def _open(self, dialog: QWidget, done: Callable[[object], None]) -> QWidget:
        dialog.succeeded.connect(done)  # type: ignore[attr-defined]
        self.last_dialog = dialog
        open_dialog(dialog)  # type: ignore[arg-type]
        return dialog

    def new_campaign(self) -> QWidget | None:
        if not self.new_button.isEnabled():
            return None
        return self._open(NewRecallDialog(self.service, self), self._opened)

    def _opened(self, campaign_id: object) -> None:
        self.message.show_message(self.tr("Återkallelse %1 är öppnad.").replace(
            "%1", str(campaign_id)), "info")
        if isinstance(campaign_id, int):
            self.show_campaign(campaign_id)

    def create_orders(self) -> QWidget | None:
        if self.current is None or not self.orders_button.isEnabled():
            return None
        return self._open(OrdersDialog(self.service, self.current.id, self.current.action, self),
                          lambda _n: self.refresh())

    def release(self) -> QWidget | None:
        unit = self.selected()
        if self.current is None or unit is None or not self.release_button.isEnabled():
            return None
        return self._open(ReleaseDialog(self.service, self.current.id, unit.individual_no, self),
                          lambda _n: self.refresh())

    def exchange(self) -> QWidget | None:
        unit = self.selected()
        if unit is None or unit.order_no is None or not self.exchange_button.isEnabled():
            return None
        return self._open(ExchangeDialog(self.service, unit.order_no, self),
                          lambda _o: self.refresh())

    def letters(self) -> PdfJob | None:
        if self.current is None or not self.letters_button.isEnabled():
            return None
        cid, letters = self.current.id, RecallLetterService(self.ctx)
        self.last_job = PdfJob(self, lambda report: letters.print_letters(cid, report),
                               self.tr("Brev, återkallelse %1").replace("%1", str(cid)),
                               f"aterkallelse-{cid}-brev.pdf", progress_bar=self.work_progress,
                               with_progress=True,
                               on_failure=lambda s: self.message.show_message(s, "error")).start()
        return self.last_job

    def export(self) -> None:
        if self.current is None or not self.export_button.isEnabled():
            return
        cid = self.current.id
        Op(lambda: self.service.export_csv(cid)).success(
            lambda text: self._save_export(cid, text)).failure(self._failed).run()

    def _save_export(self, cid: int, text: str) -> None:
        if not alive(self):
            return
        path = self.save_chooser(self, f"aterkallelse-{cid}.csv")
        if not path:
            return
        try:
            Path(path).write_bytes(text.encode("utf-8-sig"))
        except OSError as exc:
            self._failed(exc)
            return
        self.message.show_message(self.tr("Listan är sparad i %1.").replace("%1", path), "info")
