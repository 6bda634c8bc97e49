"""A technician's morning with the keyboard only: find an order, act on it, register a new
one, print the day's pickups. Keys go where a person's keys go (the focused widget, or the
window for its shortcuts); nothing is clicked and no slot is called directly."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.ui.new_order.dialog import NewOrderDialog
from hmc_desktop.ui.printing.tab import PrintingTab
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import activate, wait_preview
from tests.ui.test_new_order import free_devices
from tests.ui.test_printing import _plan_pickups

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def tab_until(qtbot, predicate, limit=40):
    """Press Tab (on whatever has the focus) until ``predicate(focus)``; the stops passed."""
    passed = []
    for _ in range(limit):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        passed.append(focused())
        if predicate(focused()):
            return passed
    raise AssertionError(f"Tab never got there: {[w.objectName() for w in passed]}")


def test_find_act_register_and_print_with_the_keyboard_only(qtbot, window):
    ctx = window.ctx
    planned = _plan_pickups(window, 2)  # on tomorrow's route
    queue = QueueService(ctx)
    rows = queue.rows(queue.order_ids(QueueFilter(status="registered")))
    order_no = next(r.order_no for r in rows.values()
                    if not r.incomplete and r.order_no not in planned)
    device = OrderService(ctx).show(order_no).individual_no
    activate(qtbot, window)
    tab = window.queue_tab

    # find the order: Ctrl+L, type its number, Enter
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert focused() is window.scan_field
    qtbot.keyClicks(window.scan_field, order_no)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.details.view is not None and tab.details.view.order_no == order_no,
                    timeout=10_000)

    # the found order is selected in the table; Tab leaves the table for its actions
    assert focused() is tab.table
    selected = tab.table.currentIndex().row()
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)  # not cell by cell: out of the table
    assert tab.table.currentIndex().row() == selected  # the selected order did not change
    start = focused()
    assert start.objectName() == "actionStartButton" and start.accessibleName() == "Påbörja"
    qtbot.keyClick(start, Qt.Key.Key_Space)  # act on it
    qtbot.waitUntil(lambda: OrderService(ctx).show(order_no).status == "started", timeout=10_000)
    settle()

    # the Tab order follows the eye: scan field, filters, …, table, actions; not the tab bar
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    passed = tab_until(qtbot, lambda w: w is tab.table)
    assert passed[0] is tab.filters.mailbox and window.tabs.tabBar() not in passed
    assert tab.filters.search in passed and all(p.isEnabled() for p in passed)
    passed = tab_until(qtbot, lambda w: w is tab.table)  # round: actions, tab bar, scan field
    assert tab.details.isAncestorOf(passed[0]) and window.scan_field in passed
    assert passed.index(window.tabs.tabBar()) < passed.index(window.scan_field)

    # register a new order: Ctrl+N, scan, type code, describe, orderer, Ctrl+Enter
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewOrderDialog)
                    or bool(window.findChildren(NewOrderDialog)), timeout=10_000)
    dialog = next(d for d in window.findChildren(NewOrderDialog) if d.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.number, timeout=5_000)
    number = next(n for n in free_devices(ctx, 5) if n != device)
    qtbot.keyClicks(dialog.number, number)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.chooser, "1")
    qtbot.waitUntil(lambda: dialog.facts is not None and dialog.facts.individual_no == number,
                    timeout=10_000)
    qtbot.keyClick(dialog.chooser, Qt.Key.Key_Return)  # says what is missing, focus goes there
    qtbot.waitUntil(lambda: dialog.form.description.hasFocus(), timeout=10_000)
    qtbot.keyClicks(dialog.form.description, "Hjulet glappar")
    field = dialog.form.orderer.field
    tab_until(qtbot, lambda w: w is field, limit=15)
    qtbot.keyClicks(field, dialog.service.find_orderers("")[0].name[:4])
    qtbot.waitUntil(lambda: bool(dialog.form.orderer.matches), timeout=10_000)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.orderer.chosen is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.orderRegistered, timeout=10_000) as registered:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert OrderService(ctx).show(registered.args[0]).description == "Hjulet glappar"
    settle()

    # print the day's pickups: Ctrl+4 (Utskrifter), Ctrl+P, the preview; Esc closes it
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    printing = window.findChild(PrintingTab, "printingTab")
    assert window.tabs.currentWidget() is printing
    qtbot.waitUntil(lambda: printing.table.rowCount() > 0, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    preview = wait_preview(qtbot, window)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    settle()

    # back in the queue (Ctrl+1), Enter on the selected order opens its documentation
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.tabs.currentWidget() is tab
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.techdoc_tab
    settle()
