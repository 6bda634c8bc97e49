"""Snabbservice through the GUI (customer service): book a time, cancel one, register the repair
as a type-1 quick-service order that the queue then shows."""

from PySide6.QtCore import Qt

from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.quick_service import QuickServiceService
from hmc_desktop.ui.flow_quick import BookingDialog
from hmc_desktop.ui.quick_service_tab import QuickServiceTab
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import activate, closed, wait_done

pytest_plugins = ("tests.ui.test_flow_centre",)


def quick_tab(qtbot, window) -> QuickServiceTab:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    tab = window.findChild(QuickServiceTab, "quickServiceTab")
    assert window.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: len(tab.rows) == 10, timeout=10_000)  # 09:00 … 13:30
    return tab


def row_of(tab: QuickServiceTab, hhmm: str) -> int:
    return next(r for r, (t, _s, _f) in enumerate(tab.rows) if t.strftime("%H:%M") == hhmm)


def book(qtbot, tab: QuickServiceTab, hhmm: str, name: str, number: str = "") -> None:
    tab.table.selectRow(row_of(tab, hhmm))
    assert tab.book_action.isEnabled()
    qtbot.mouseClick(tab.findChild(object, "quickBook"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.last_dialog, BookingDialog))
    dialog = tab.last_dialog
    qtbot.waitUntil(dialog.name.hasFocus)
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.phone, "070-555 12 34")
    dialog.individual_no.setText(number)
    dialog.description.setPlainText("Bromsen tar dåligt")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter books
    wait_done(qtbot, dialog)
    assert closed(dialog)
    qtbot.waitUntil(lambda: tab.rows[row_of(tab, hhmm)][1] is not None, timeout=10_000)
    settle()


def test_book_then_register_the_repair_as_a_quick_service_order(qtbot, centre_window):
    window = centre_window(login="kund1")
    tab = quick_tab(qtbot, window)
    assert [tab.table.item(r, 1).text() for r in range(3)] == ["Passerad", "Passerad", "Ledig"]
    assert tab.table.currentRow() == row_of(tab, "10:00")  # the first bookable time
    book(qtbot, tab, "10:30", "Gunnel Andersson", "D-200")
    r = row_of(tab, "10:30")
    assert tab.table.item(r, 1).text() == "Bokad" and tab.table.item(r, 2).text() == \
        "Gunnel Andersson"
    assert "10:30 är bokad för Gunnel Andersson" in tab.message.text()
    assert tab.summary.text() == "1 bokade · 7 lediga"

    tab.table.selectRow(r)
    assert tab.register_action.isEnabled() and not tab.book_action.isEnabled()
    with qtbot.waitSignal(tab.orderCreated, timeout=10_000) as created:
        qtbot.mouseClick(tab.findChild(object, "quickRegister"), Qt.MouseButton.LeftButton)
    order_no = created.args[0]
    queue = window.queue_tab
    qtbot.waitUntil(lambda: queue.details.view is not None
                    and queue.details.view.order_no == order_no, timeout=10_000)
    assert window.tabs.currentWidget() is queue
    view = OrderService(window.ctx).show(order_no)
    assert view.type == "1" and view.quick_service and view.individual_no == "D-200"
    assert "Snabbservice" in queue.details.badges.text()
    qtbot.waitUntil(lambda: tab.table.item(r, 6) is not None
                    and tab.table.item(r, 6).text() == order_no, timeout=10_000)


def test_cancel_a_booking_and_a_refusal_is_one_sentence(qtbot, centre_window):
    window = centre_window(login="kund1")
    tab = quick_tab(qtbot, window)
    book(qtbot, tab, "13:00", "Per Lind")
    asked: list[str] = []
    tab.confirm = lambda _p, text: asked.append(text) or True
    tab.table.selectRow(row_of(tab, "13:00"))
    qtbot.mouseClick(tab.findChild(object, "quickCancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.rows[row_of(tab, "13:00")][1] is None, timeout=10_000)
    assert asked == ["Avboka 13:00 för Per Lind?"] and "avbokad" in tab.message.text()
    assert QuickServiceService(window.ctx).day_plan(tab.day()) == []

    tab.table.selectRow(row_of(tab, "13:30"))
    qtbot.mouseClick(tab.findChild(object, "quickBook"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.last_dialog, BookingDialog)
                    and tab.last_dialog.starts.strftime("%H:%M") == "13:30")
    dialog = tab.last_dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no name, no phone
    wait_done(qtbot, dialog)
    assert dialog.message.text() == ValidationError("customer_required").message("sv")
    dialog.close()

    tab.date.setDate(tab.date.date().addDays(5))  # Saturday
    qtbot.waitUntil(lambda: not tab.rows and "stängt" in tab.message.text(), timeout=10_000)
