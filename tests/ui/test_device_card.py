"""The device card tab (D1, D3, S5) on a demo database, offscreen."""


import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from hmc_desktop.db.models import Device, Holder, WorkOrder
from hmc_desktop.services.devices.device_card import DeviceCardService
from hmc_desktop.ui.device.card import DeviceCardTab
from hmc_desktop.ui.device.history_model import DeviceHistoryModel

AS_OF = "2026-11-24 10:00"


@pytest.fixture
def ctx(ui_ctx):
    """The demo centre (tests/ui/conftest.py)."""
    return ui_ctx


@pytest.fixture
def tab(qtbot, ctx):
    widget = DeviceCardTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def busiest_device(ctx) -> str:
    with ctx.db.reading() as s:
        return s.execute(
            select(Device.individual_no).join(WorkOrder, WorkOrder.device_id == Device.id)
            .group_by(Device.individual_no).order_by(func.count().desc(), Device.individual_no)
            .limit(1)).scalar_one()


def open_card(qtbot, tab, number):
    with qtbot.waitSignal(tab.deviceLoaded, timeout=10_000) as blocker:
        tab.open_device(number)
    assert blocker.args == [number]


def test_open_device_shows_facts_and_history(qtbot, tab, ctx):
    number = busiest_device(ctx)
    card = DeviceCardService(ctx).card(number)
    open_card(qtbot, tab, number)
    assert tab.findChild(type(tab.facts), "deviceFacts") is tab.facts
    assert tab.values["individual_no"].text() == number
    assert tab.values["article"].text() == f"{card.article_no} {card.article_name}"
    assert tab.values["status"].text().lower() == card.status_label
    assert number in tab.title.text()
    model = tab.table.model()
    assert model.rowCount() == len(card.history) >= 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Datum", "Händelse", "Beskrivning", "Order", "Av"]
    dates = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first
    orders = {model.index(r, 3).data() for r in range(model.rowCount())} - {""}
    assert orders == {h.order_no for h in card.history if h.order_no}
    assert not tab.message.isVisible()


def test_lifetime_warning_only_when_past(qtbot, tab, ctx):
    with ctx.db.reading() as s:
        numbers = list(s.scalars(select(Device.individual_no).order_by(Device.id).limit(60)))
    service = DeviceCardService(ctx)
    past = next(n for n in numbers if service.card(n).past_lifetime)
    young = next(n for n in numbers if not service.card(n).past_lifetime)
    open_card(qtbot, tab, past)
    assert tab.lifetime_warning.isVisible()
    assert tab.lifetime_warning.text() == "Passerat förväntad livslängd – bedöm kassation"
    open_card(qtbot, tab, young)
    assert not tab.lifetime_warning.isVisible()


def test_double_click_and_enter_emit_order_requested(qtbot, tab, ctx):
    open_card(qtbot, tab, busiest_device(ctx))
    model = tab.table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(DeviceHistoryModel.ORDER_NO_ROLE))
    order_no = model.index(row, 0).data(DeviceHistoryModel.ORDER_NO_ROLE)
    rect = tab.table.visualRect(model.index(row, 2))
    with qtbot.waitSignal(tab.orderRequested, timeout=2000) as blocker:
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [order_no]
    tab.table.setFocus()
    with qtbot.waitSignal(tab.orderRequested, timeout=2000) as blocker:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert blocker.args == [order_no]


def test_tech_doc_requested_by_button_and_ctrl_d(qtbot, tab, ctx):
    open_card(qtbot, tab, busiest_device(ctx))
    model = tab.table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(DeviceHistoryModel.ORDER_NO_ROLE))
    tab.table.selectRow(row)
    order_no = tab.selected_order()
    assert order_no and tab.techdoc_button.isEnabled()
    with qtbot.waitSignal(tab.techDocRequested, timeout=2000) as blocker:
        qtbot.mouseClick(tab.techdoc_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [order_no]
    tab.activateWindow()
    tab.table.setFocus()
    with qtbot.waitSignal(tab.techDocRequested, timeout=2000) as blocker:
        qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [order_no]


def test_rows_without_order_offer_no_order_actions(qtbot, tab, ctx):
    open_card(qtbot, tab, busiest_device(ctx))
    model = tab.table.model()
    last = model.rowCount() - 1  # the delivery, oldest
    assert model.index(last, 1).data() == "Leverans"
    tab.table.selectRow(last)
    assert tab.selected_order() is None
    assert not tab.techdoc_button.isEnabled() and not tab.order_button.isEnabled()


def test_unknown_device_shows_a_sentence(qtbot, tab):
    tab.number_field.setText("0000000")
    qtbot.keyClick(tab.number_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "finns inte" in tab.message.text(), timeout=10_000)
    assert tab.message.text() == "Hjälpmedel 0000000 finns inte"
    assert tab.message.isVisible()


def test_every_control_has_an_accessible_name(qtbot, tab, ctx):
    open_card(qtbot, tab, busiest_device(ctx))
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTableView

    for cls in (QAbstractButton, QLineEdit, QTableView):
        for widget in tab.findChildren(cls):
            if isinstance(widget.parent(), QLineEdit | QTableView):
                continue  # Qt's own inner buttons (clear button, table corner)
            assert widget.accessibleName(), widget.objectName()
    assert tab.findChild(QTableView, "deviceHistoryTable") is tab.table


def test_a_card_is_found_by_its_users_name_with_the_keys(qtbot, tab, ctx):
    """Not only by number: part of the user's name offers their devices; arrows and Enter
    open the chosen one's card (W10: a role that sees personal data, the look logged)."""
    with ctx.db.reading() as s:
        number, holder = s.execute(
            select(Device.individual_no, Holder.name).join(Holder, Holder.id == Device.holder_id)
            .order_by(Device.id).limit(1)).one()
    field = tab.number_field
    field.setFocus()
    qtbot.keyClicks(field, holder.split()[-1].lower())
    search = tab.holder_search
    qtbot.waitUntil(lambda: search.looked_up > 0, timeout=10_000)
    lines = search.choices.stringList()
    assert any(line.startswith(f"{number} · ") and line.endswith(holder) for line in lines)
    popup = search.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    row = next(i for i, line in enumerate(lines) if line.startswith(f"{number} · "))
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(tab.deviceLoaded, timeout=10_000) as loaded:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert loaded.args == [number]


def test_ctrl_n_on_a_devices_card_registers_an_order_for_that_device(qtbot, open_window):
    from hmc_desktop.ui.new_order.dialog import NewOrderDialog
    from tests.ui.conftest import settle
    from tests.ui.test_flow_centre import activate

    window = open_window()
    number = busiest_device(window.ctx)
    card = window.device_tab
    with qtbot.waitSignal(card.deviceLoaded, timeout=10_000):
        window.open_device(number)
    assert window.tabs.currentWidget() is card
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(NewOrderDialog)),
                    timeout=10_000)
    dialog = next(d for d in window.findChildren(NewOrderDialog) if d.isVisible())
    assert dialog.number.text() == number
    dialog.reject()
    settle()


def test_the_history_reads_in_english_under_lang_en(qtbot):
    """D3: the history's lines follow the interface language (the service returns data)."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from hmc_desktop.domain.calendar import TZ
    from hmc_desktop.services.devices.device_card import HistoryItem, HistoryKind
    from hmc_desktop.ui.common import i18n
    from hmc_desktop.ui.device.history_model import DeviceHistoryModel

    item = HistoryItem(datetime(2026, 11, 24, 10, 0, tzinfo=TZ), HistoryKind.STATUS, "status",
                       (("old", "in_use"), ("new", "pickup_ordered"), ("action", "pickup")))
    app = QApplication.instance()
    assert i18n.install(app, "en") == "en"  # type: ignore[arg-type]
    try:
        model = DeviceHistoryModel()
        model.set_items((item,))
        text = model.data(model.index(0, DeviceHistoryModel.COL_TEXT))
    finally:
        i18n.uninstall(app)  # type: ignore[arg-type]
    assert text == "Status: in use → pickup ordered – pickup ordered"
    model.set_items((item,))
    swedish = model.data(model.index(0, DeviceHistoryModel.COL_TEXT))
    assert swedish == "Status: utlånad → beställd för hämtning – hämtning beställd"
