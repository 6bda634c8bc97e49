"""The work-order queue tab: filter bar, follow-up strip (P2), lazy table, details and actions."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from hmc_desktop.domain.changes import Changes
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderService, OrderView
from hmc_desktop.services.queue.queries import FollowUp, QueueFilter, QueueService
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common.focus_chain import set_chain
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.queue.actions import OrderActions
from hmc_desktop.ui.queue.details import OrderDetails
from hmc_desktop.ui.queue.filters import QueueFilterBar
from hmc_desktop.ui.queue.model import WorkOrderTableModel
from hmc_desktop.ui.queue.strip import FollowUpStrip
from hmc_desktop.ui.queue.view import make_queue_table

DETAILS_DELAY_MS = 40
SHOWN_ENTITIES = ("order", "device", "holder")  # a change of these may change a queue row


class WorkOrderQueueTab(QWidget):
    """The queue; :meth:`show_order` selects an order (from the scan field or the device card)."""

    firstRowsShown = Signal()
    orderShown = Signal(str)  # the details pane now shows this order
    deviceRequested = Signal(str)
    techDocRequested = Signal(str)
    statusMessage = Signal(str)
    chainChanged = Signal()  # the Tab order was laid anew (the window puts it in its own)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 report: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workOrderQueueTab")
        self.setAccessibleName(self.tr("Arbetsordrar"))
        self.ctx = ctx
        self.orders = OrderService(ctx)
        self.queue = QueueService(ctx)
        self.report = report
        self._first_shown = False
        self._pending: int | None = None  # an order to select once the list arrives
        self._selected: int | None = None
        self._selected_row = 0
        self._details_request = 0
        self._programmatic = False
        self._after_action = False  # the coming reload follows an action on the selected order
        self._stopped = False
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._load_selected)

        self.model = WorkOrderTableModel(ctx, self)
        self.filters = QueueFilterBar(ctx.catalogue)
        self.strip = FollowUpStrip()
        self.table = self._build_table()
        self.order_actions = OrderActions(ctx, self, self.current_view, report)
        self.details = OrderDetails(ctx.calendar, self.order_actions.all,
                                    flow_actions=self.order_actions.flows.all)
        self.count = QLabel()
        self.count.setObjectName("queueCount")
        self.count.setAccessibleName(self.tr("Antal arbetsordrar i listan"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("queueSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1030, 350])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        top = QHBoxLayout()
        top.addWidget(self.filters)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(splitter, 1)

        self.filters.changed.connect(self._filter_changed)
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.strip.picked.connect(self._strip_picked)
        self.strip.rebuilt.connect(self._tab_order)
        self.model.firstPage.connect(self._on_first_page)
        self.model.loaded.connect(self._on_loaded)
        self.model.busyChanged.connect(self._busy_changed)
        self.model.loadFailed.connect(self._failed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.order_actions.done.connect(self._action_done)
        self.order_actions.refused.connect(self._action_refused)
        self.order_actions.reread.connect(self._reread)
        self.order_actions.openDevice.connect(self.deviceRequested)
        self.order_actions.openTechDoc.connect(self.techDocRequested)
        self.details.flowsLaidOut.connect(self._tab_order)
        self._tab_order()
        self.model.set_filter(self.filters.current())  # the follow-up strip comes after it

    def _build_table(self) -> QTableView:
        table = make_queue_table(self.model)
        table.customContextMenuRequested.connect(self._context_menu)
        # Enter (and a double-click) opens the order's technical documentation
        table.activated.connect(lambda _i: self.order_actions.techdoc.trigger())
        return table

    def focus_chain(self) -> list[QWidget]:
        """Tab as the eye reads the tab: the filters row by row, the follow-up figures (one
        stop), the table, then the selected order's actions and flows."""
        f = self.filters
        return [f.mailbox, f.status, f.type, f.search, f.at_risk, f.breached, f.medical,
                f.mine, f.incomplete, f.followup_clear, *self.strip_stop(), self.table,
                *self.details.tab_stops()]

    def strip_stop(self) -> list[QWidget]:
        stop = self.strip.tab_stop()
        return [stop] if stop is not None else []

    def _tab_order(self) -> None:
        set_chain(self.focus_chain())
        self.chainChanged.emit()

    # -- loading -----------------------------------------------------------------------------
    def _filter_changed(self, flt: QueueFilter) -> None:
        self.model.set_filter(replace(flt, sort=self.model.filter.sort,
                                      descending=self.model.filter.descending))

    def reload(self) -> None:
        """Run the queue's query and the follow-up figures again (F5)."""
        self.model.reload()
        self.load_follow_up()

    def changes_arrived(self, changes: Changes) -> None:
        """The change hub: reload when an order, a device or a holder the queue shows changed."""
        if any(changes.touches(entity) for entity in SHOWN_ENTITIES):
            self.reload()

    def stop_loading(self) -> None:
        """No more background queries (the program is closing)."""
        self._stopped = True
        self._details_timer.stop()
        self.model.stop()

    def load_follow_up(self) -> None:
        if self._stopped:
            return
        Op(self.queue.follow_up).success(self._show_follow_up).failure(self._failed).run()

    def _show_follow_up(self, figures: list[FollowUp]) -> None:
        if Shiboken.isValid(self):
            self.strip.show_figures(figures)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.count.setText(self.tr("Hämtar arbetsordrar …"))

    def _on_first_page(self) -> None:
        """The top rows are in: select (the kept order, else the first row) and paint."""
        target = self._pending if self._pending is not None else self._selected
        row = self.model.row_of(target) if target is not None else None
        if row is None and not self._after_action and self.model.rowCount():
            row = 0  # corrected when the whole list arrives, if the kept order is further down
        if row is not None:
            self._select_row(row)
        if not self._first_shown:
            self._first_shown = True
            QTimer.singleShot(0, self, self.firstRowsShown.emit)
            QTimer.singleShot(0, self, self.load_follow_up)  # after the first paint

    def _on_loaded(self, n: int) -> None:
        """The whole list is in: count it; keep the selection on the same order if it is there."""
        self.count.setText(fmt.order_count(n))
        target = self._pending if self._pending is not None else self._selected
        self._pending = None
        row = self.model.row_of(target) if target is not None else None
        if row is None and n:
            # An order that an action moved out of the view: go on with the next one there.
            row = min(self._selected_row, n - 1) if self._after_action else 0
        if row is None:
            self.table.selectionModel().clear()
            self._row_changed(QModelIndex(), QModelIndex())
        elif row != self.table.currentIndex().row():
            self._select_row(row)
        self._after_action = False

    def _select_row(self, row: int) -> None:
        self._programmatic = True
        try:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._programmatic = False

    def _failed(self, exc: BaseException) -> None:
        self.count.setText(self.tr("Kön kunde inte hämtas."))
        if self.report is not None:
            self.report(exc)

    # -- selection and details ----------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order_id = self.model.order_id(current.row()) if current.isValid() else None
        if not (self._programmatic and self._after_action):  # an action's result stays put
            self.details.set_message("", False)
        self._selected = order_id
        if current.isValid():
            self._selected_row = current.row()
        self._details_timer.start()  # arrow keys held down: one query for where they stop

    def _load_selected(self) -> None:
        if not self._stopped:
            self._load_details(self._selected)

    def _load_details(self, order_id: int | None) -> None:
        self._details_request += 1
        request = self._details_request
        if order_id is None:
            self._show_details(request, None)
            return
        known = self.model.cached(self.model.row_of(order_id) or 0)
        order_no = known.order_no if known is not None and known.id == order_id else None
        queue, orders = self.queue, self.orders

        def work() -> OrderView:
            return orders.show(order_no or queue.rows([order_id])[order_id].order_no)

        Op(work).success(lambda view: self._show_details(request, view)).failure(
            self._failed_details).run()

    def _show_details(self, request: int, view: OrderView | None) -> None:
        if request != self._details_request or not Shiboken.isValid(self):
            return
        self.details.show_order(view)
        self.order_actions.update_for(view)
        if view is not None:
            self.orderShown.emit(view.order_no)

    def _failed_details(self, exc: BaseException) -> None:
        if self.report is not None:
            self.report(exc)

    def current_view(self) -> OrderView | None:
        """The selected order as the details pane shows it; None while that is still loading
        (so a quick key press after moving the selection never acts on the previous order)."""
        view = self.details.view
        current = self.table.currentIndex()
        row = self.model.cached(current.row()) if current.isValid() else None
        return view if view is not None and row is not None and row.order_no == view.order_no \
            else None

    def show_order(self, order_id: int, order_no: str) -> None:
        """Select the order; if the filters hide it, show it alone (search by its number)."""
        row = self.model.row_of(order_id)
        if row is not None:
            if self.model.busy:
                self._pending = order_id  # keep it selected when the list in flight arrives
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            return
        self._pending = order_id
        self.filters.apply(status="all", search=order_no)

    # -- actions ---------------------------------------------------------------------------------
    def _action_done(self, order_no: str, text: str) -> None:
        self._after_action = True
        self.details.set_message(text, refused=False)
        self.statusMessage.emit(text)
        # The changed order's row (and whether it still belongs here) comes with the change
        # hub's reload: the action's commit reaches the hub before its result reaches us.
        if self._selected is not None:
            self._load_details(self._selected)

    def _action_refused(self, sentence: str) -> None:
        """The sentence stays; the order is read again, for the refusal may be because another
        workstation changed it meanwhile: the panel (and its row) must show it as it now is."""
        self.details.set_message(sentence, refused=True)
        self.statusMessage.emit(sentence)
        self._reread()

    def _reread(self) -> None:
        """The selected order and its row as they are now (after a refusal in a flow's dialog)."""
        self._after_action = True
        self.model.reload()
        if self._selected is not None:
            self._load_details(self._selected)

    def _strip_picked(self, mailbox: str | None, kind: str) -> None:
        self.filters.apply(mailbox=mailbox, at_risk=kind == "risk", breached=kind == "late")
        self.table.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self.order_actions.all:
            menu.addAction(action)
        menu.addSeparator()
        for action in self.order_actions.flows.all:
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
