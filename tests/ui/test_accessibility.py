"""What a screen reader and a keyboard get: the main window and every dialog, read through
Qt's own accessibility interface (``QAccessible``), at a 1280 × 720 workstation's size.

Each interactive control has a role, a name a reader can say and a keyboard path
(:mod:`tests.ui.accessibility`); each dialog fits the screen and is wide enough for its title
(a cut title read "Beställ…— HMC"). One window and one database for all of it.
"""

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hmc_desktop.documents import PickupOrderRenderer
from hmc_desktop.documents.samples import pickup
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.services.recalls.campaigns import RecallService
from hmc_desktop.services.registration.registration import RegistrationService
from hmc_desktop.ui.common import screen_fit
from hmc_desktop.ui.common.print_preview import PrintPreviewDialog
from hmc_desktop.ui.inspections.booking import VisitDialog
from hmc_desktop.ui.inspections.dialog import InspectionDialog
from hmc_desktop.ui.inspections.plans import InspectionPlansDialog
from hmc_desktop.ui.new_order.dialog import NewOrderDialog
from hmc_desktop.ui.new_order.prompts import AddOrdererDialog, RegisterDeviceDialog
from hmc_desktop.ui.orders.dialogs import HoldDialog, MessageDialog, PickupDialog
from hmc_desktop.ui.orders.flow_orders import (
    CostAnswerDialog,
    CostProposalDialog,
    OrdererDialog,
    PickupFormatDialog,
    TimeReportDialog,
)
from hmc_desktop.ui.orders.flow_quick import BookingDialog
from hmc_desktop.ui.orders.flow_shipment import ShipmentDialog
from hmc_desktop.ui.orders.flow_support import SupportDialog
from hmc_desktop.ui.orders.order_dialogs import CancelDialog, DelayMessageDialog, OrderDetailsDialog
from hmc_desktop.ui.printing.billing_export import BillingExportDialog
from hmc_desktop.ui.recalls.dialogs import NewRecallDialog
from hmc_desktop.ui.shell.main_window import MainWindow
from hmc_desktop.ui.shell.shortcut_list import ShortcutListDialog, shortcut_groups
from hmc_desktop.ui.shell.sync_settings import SyncSettingsDialog
from tests.ui.accessibility import audit
from tests.ui.conftest import settle

SMALL = QRect(0, 0, 1280, 720)  # the smallest workstation screen the program is used on
SCALED = QRect(0, 0, 910, 485)  # 1366 × 728 (less a task bar) at 150 %, in logical pixels


def catalogue(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """Every dialog of the program, made as the window makes it (over the window)."""
    ctx = window.ctx
    no = QueueService(ctx).rows(QueueService(ctx).order_ids(QueueFilter()))
    order_no = next(iter(no.values())).order_no
    view = OrderService(ctx).show(order_no)
    device = view.individual_no or "X-1"
    pdf = PickupOrderRenderer("a4").render_batch([pickup(pickup_id=1)])
    w: QWidget = window
    return {
        "hold": lambda: HoldDialog(order_no, w),
        "message": lambda: MessageDialog(order_no, "Ärende", "Text", w),
        "pickup": lambda: PickupDialog(order_no, date(2026, 11, 25), w),
        "cancel": lambda: CancelDialog(view, w),
        "delay": lambda: DelayMessageDialog(order_no, "Försening", "Text", date(2026, 11, 24), w),
        "details": lambda: OrderDetailsDialog(view, w),
        "costProposal": lambda: CostProposalDialog(ctx, view, w),
        "costAnswer": lambda: CostAnswerDialog(ctx, view, w),
        "orderer": lambda: OrdererDialog(ctx, view, w),
        "timeReport": lambda: TimeReportDialog(ctx, view, w),
        "pickupFormat": lambda: PickupFormatDialog(view, w),
        "booking": lambda: BookingDialog(ctx, datetime(2026, 11, 25, 9, 0), w),
        "shipment": lambda: ShipmentDialog(ctx, view, w),
        "support": lambda: SupportDialog(ctx, view, w),
        "billing": lambda: BillingExportDialog(ctx, w),
        "inspection": lambda: InspectionDialog(ctx, device, w),
        "visit": lambda: VisitDialog(ctx, [device], [device], w),
        "plans": lambda: InspectionPlansDialog(ctx, w),
        "newOrder": lambda: NewOrderDialog(ctx, w),
        "addOrderer": lambda: AddOrdererDialog("", w),
        "registerDevice": lambda: RegisterDeviceDialog(
            "X-1", RegistrationService(ctx).find_articles, w),
        "newRecall": lambda: NewRecallDialog(RecallService(ctx), w),
        "sync": lambda: SyncSettingsDialog(ctx, w),
        "preview": lambda: PrintPreviewDialog(pdf, "Hämtorder", w),
        "shortcuts": lambda: ShortcutListDialog(shortcut_groups(window, window.tabs), w),
    }


def test_every_tab_of_the_main_window_can_be_read_and_reached(qtbot, window):
    window.lazy_tabs.build_all()
    problems = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        settle()
        problems += [f"{window.tabs.tabText(i)}: {p}" for p in audit(window)]
    assert not problems, "\n".join(problems)


def test_every_dialog_can_be_read_reached_and_fits_a_small_screen(
        qtbot, window, monkeypatch: pytest.MonkeyPatch):
    """At 1280 × 720 each dialog is read (QAccessible) and measured; at 150 % measured too."""
    problems = _dialogs(window, monkeypatch, SMALL, read=True)
    problems += _dialogs(window, monkeypatch, SCALED, read=False)
    assert not problems, "\n".join(problems)


def _dialogs(window: MainWindow, monkeypatch: pytest.MonkeyPatch, area: QRect,
             read: bool) -> list[str]:
    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: area)
    room = screen_fit.room_in(area)
    problems: list[str] = []
    for name, make in catalogue(window).items():
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        if read:
            problems += [f"{name}: {p}" for p in audit(dialog)]
        if dialog.width() > room.width() or dialog.height() > room.height():
            problems.append(f"{name}: {dialog.width()} × {dialog.height()} does not fit "
                            f"{room.width()} × {room.height()}")
        title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle() + " — HMC")
        if dialog.width() < title + screen_fit.TITLE_ROOM:
            problems.append(f"{name}: {dialog.width()} px cuts its title {dialog.windowTitle()!r}")
        dialog.close()
        dialog.deleteLater()
        settle()
    return problems
