"""Snabbservice through the GUI (customer service): book a time, cancel one, register the repair
as a type-1 quick-service order that the queue then shows."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from hmc_desktop.db.models import Device
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.quick_service import QuickServiceService
from hmc_desktop.ui.orders.flow_quick import BookingDialog
from hmc_desktop.ui.orders.quick_service_tab import QuickServiceTab
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
    asked: list[str] = []
    tab.confirm = lambda _p, text: asked.append(text) or True
    with qtbot.waitSignal(tab.orderCreated, timeout=10_000) as created:
        qtbot.mouseClick(tab.findChild(object, "quickRegister"), Qt.MouseButton.LeftButton)
    order_no = created.args[0]
    assert asked == ["Registrera reparation för Gunnel Andersson kl. 10:30 som arbetsorder?"]
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


def test_a_booked_time_of_a_later_day_is_registered_only_after_a_warning(qtbot, centre_window):
    """A work order is made at once: "Registrera reparation" asks first, and for a time that
    has not come yet says so; answering no creates nothing."""
    window = centre_window(login="kund1")
    tab = quick_tab(qtbot, window)
    assert "drop-in" not in tab.findChild(object, "quickServiceHeading").text()
    qtbot.keyClick(tab.findChild(object, "quickDayAfter"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(tab.rows) == 10 and tab.rows[0][2], timeout=10_000)
    book(qtbot, tab, "09:00", "Gunnel Andersson", "D-200")
    tab.table.selectRow(row_of(tab, "09:00"))
    asked: list[str] = []
    tab.confirm = lambda _p, text: asked.append(text) or False
    before = len(QuickServiceService(window.ctx).day_plan(tab.day()))
    tab.register_action.trigger()
    settle()
    assert len(asked) == 1 and asked[0].startswith("Tiden ") and "har inte kommit än" in asked[0]
    plan = QuickServiceService(window.ctx).day_plan(tab.day())
    assert len(plan) == before and all(s.order_no is None for s in plan)


def test_the_device_number_fills_in_its_users_name_and_phone(qtbot, centre_window):
    window = centre_window(login="kund1")
    tab = quick_tab(qtbot, window)
    tab.table.selectRow(row_of(tab, "10:30"))
    dialog = tab.book()
    assert dialog is not None
    dialog.individual_no.setFocus()
    qtbot.keyClicks(dialog.individual_no, "D-200")
    op = dialog.fill_customer()
    assert op is not None
    qtbot.waitUntil(lambda: bool(dialog.name.text()), timeout=10_000)
    with window.ctx.db.reading() as s:
        holder = s.scalars(select(Device).where(Device.individual_no == "D-200")
                           ).unique().one().holder
        assert holder is not None and holder.phone
        assert (dialog.name.text(), dialog.phone.text()) == (holder.name, holder.phone)
    dialog.close()
    settle()


def test_the_refusal_does_not_cover_the_help_text_on_a_narrow_dialog(qtbot, centre_window):
    """A wrapped help text kept the height of one width while the dialog was narrower; the
    refusal that appeared under it then covered its last lines."""
    window = centre_window(login="kund1")
    tab = quick_tab(qtbot, window)
    tab.table.selectRow(row_of(tab, "10:30"))
    dialog = tab.book()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSize())
    dialog.submit()  # no name, no phone: refused in one sentence
    settle()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    note = next(label for label in dialog.findChildren(QLabel) if "främst manuella" in label.text())
    assert note.height() >= note.heightForWidth(note.width())
    bottom = note.mapTo(dialog, note.rect().bottomLeft()).y()
    assert bottom < dialog.message.mapTo(dialog, dialog.message.rect().topLeft()).y()
    dialog.close()
    settle()
