"""The order actions from the queue: one service call each; refusals explain themselves (W1, W6)."""

from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from hmc_desktop.db.models import Message, Pickup, WorkOrder
from hmc_desktop.domain.errors import DomainError, NotAllowed
from hmc_desktop.services.orders.actions import CANCEL_WRONG_TYPE, OrderService
from hmc_desktop.services.queue.queries import QueueFilter, QueueRow, QueueService
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import select as select_order
from tests.ui.conftest import settle, wait_loaded


def _rows(window: MainWindow, flt: QueueFilter) -> list[QueueRow]:
    q = QueueService(window.ctx)
    ids = q.order_ids(flt)
    rows = q.rows(ids)
    return [rows[i] for i in ids]


def _first(window: MainWindow, flt: QueueFilter, ok: Callable[[QueueRow], bool]) -> str:
    return next(r.order_no for r in _rows(window, flt) if ok(r))


def _trigger(qtbot, window: MainWindow, name: str) -> str:
    """Trigger the action; returns the details pane's message once the work is done."""
    tab = window.queue_tab
    action = getattr(tab.order_actions, name)
    assert action.isEnabled(), name
    tab.details.message.clear()
    action.trigger()
    qtbot.waitUntil(lambda: bool(tab.details.message.text()) and not tab.model.busy,
                    timeout=10_000)
    settle()
    return tab.details.message.text()


def _row_status(window: MainWindow, order_no: str) -> str | None:
    model = window.queue_tab.model
    for row in range(model.rowCount()):
        cached = model.cached(row)
        if cached is not None and cached.order_no == order_no:
            return cached.status
    return None


def test_start_moves_a_registered_order_and_refreshes_row_and_strip(qtbot, window):
    no = _first(window, QueueFilter(status="registered"), lambda r: not r.incomplete)
    select_order(qtbot, window, no)
    before = window.queue_tab.strip.buttons[(None, "open")].text()
    text = _trigger(qtbot, window, "start")
    assert no in text and "påbörjad" in text
    assert OrderService(window.ctx).show(no).status == "started"
    assert _row_status(window, no) == "started"
    assert window.queue_tab.details.view is not None
    assert window.queue_tab.details.view.status == "started"
    assert window.queue_tab.strip.buttons[(None, "open")].text() == before  # still open
    assert "påbörjad" in window.statusBar().currentMessage()
    window.queue_tab.filters.apply(status="all")  # another view: the old result goes away
    wait_loaded(qtbot, window)
    assert window.queue_tab.details.message.isHidden()


def test_hold_with_a_reason_then_resume(qtbot, window):
    no = _first(window, QueueFilter(status="started"), lambda r: True)
    select_order(qtbot, window, no)
    _trigger(qtbot, window, "hold")
    view = OrderService(window.ctx).show(no)
    assert view.status == "waiting" and view.waiting_reason == "Väntar på reservdel"
    assert ("hold", no) in window.queue_tab.order_actions.dialogs.asked
    select_order(qtbot, window, no)
    assert window.queue_tab.order_actions.resume.isEnabled()
    assert not window.queue_tab.order_actions.start.isEnabled()
    _trigger(qtbot, window, "resume")
    assert OrderService(window.ctx).show(no).status == "started"


def test_complete_a_started_order(qtbot, window):
    no = _first(window, QueueFilter(status="started"), lambda r: True)
    select_order(qtbot, window, no)
    text = _trigger(qtbot, window, "complete")
    assert "avslutad" in text
    assert OrderService(window.ctx).show(no).status == "completed"
    assert no not in {r.order_no for r in _rows(window, QueueFilter())}  # left the open view


def test_cancel_with_the_wrong_type_reason(qtbot, window):
    no = _first(window, QueueFilter(status="registered"), lambda r: True)
    select_order(qtbot, window, no)
    text = _trigger(qtbot, window, "cancel")
    assert "makulerad" in text
    view = OrderService(window.ctx).show(no)
    assert view.status == "cancelled" and view.cancel_reason == CANCEL_WRONG_TYPE
    with window.ctx.db.reading() as s:
        kinds = list(s.scalars(select(Message.kind)
                               .join(WorkOrder, WorkOrder.id == Message.order_id)
                               .where(WorkOrder.order_no == no)))
    assert "cancelled" in kinds  # W4: the orderer is told


def test_refused_start_of_an_incomplete_order_shows_the_w6_sentence(qtbot, window):
    row = next(r for r in _rows(window, QueueFilter(status="registered")) if r.incomplete)
    select_order(qtbot, window, row.order_no)
    assert "Ofullständig" in window.queue_tab.details.badges.text()
    text = _trigger(qtbot, window, "start")
    expected = DomainError("incomplete", missing=list(row.incomplete)).message("sv")
    assert expected in text and "saknas" in expected
    assert OrderService(window.ctx).show(row.order_no).status == "registered"


def test_refused_cancel_for_a_warehouse_login_names_the_role(qtbot, open_window):
    window = open_window(login="lager1")
    no = _first(window, QueueFilter(status="registered"), lambda r: True)
    select_order(qtbot, window, no)
    text = _trigger(qtbot, window, "cancel")
    expected = NotAllowed("not_allowed", who="Lena Lager", role="warehouse",
                          action="cancel orders").message("sv")
    assert expected in text and "lager" in text
    assert OrderService(window.ctx).show(no).status == "registered"


def test_message_to_the_orderer_starts_from_the_w5_draft(qtbot, open_window):
    window = open_window(as_of="2026-11-26 09:00")
    no = _rows(window, QueueFilter(at_risk=True))[0].order_no
    select_order(qtbot, window, no)
    window.queue_tab.order_actions.dialogs.expected = date(2026, 12, 3)
    _trigger(qtbot, window, "message")
    asked = [a for kind, a in window.queue_tab.order_actions.dialogs.asked if kind == "delay"]
    assert asked and asked[0][0] == no and "försenas" in asked[0][1]
    with window.ctx.db.reading() as s:
        body, expected = s.execute(select(Message.body, Message.expected_date)
                                   .where(Message.kind == "at_risk")).one()
    assert expected == date(2026, 12, 3) and "Ny beräknad klardag: 2026-12-03." in body


def test_pickup_of_the_device(qtbot, window):
    q = QueueService(window.ctx)
    no = next(r.order_no for r in _rows(window, QueueFilter(status="all"))
              if r.individual_no and OrderService(window.ctx).show(r.order_no).device_status
              == "in_use")
    select_order(qtbot, window, no)
    _trigger(qtbot, window, "pickup")
    assert OrderService(window.ctx).show(no).device_status == "pickup_ordered"
    with window.ctx.db.reading() as s:
        assert s.scalars(select(Pickup.id)).first() is not None
    assert q.locate(no) is not None


def test_actions_follow_the_status(qtbot, window):
    actions = window.queue_tab.order_actions
    done = _first(window, QueueFilter(status="completed"), lambda r: True)
    select_order(qtbot, window, done)
    assert not any(a.isEnabled() for a in (actions.start, actions.hold, actions.complete,
                                            actions.cancel))
    assert actions.techdoc.isEnabled()
    for action in actions.all:
        assert action.shortcuts(), action.objectName()
        assert "(" in action.toolTip()  # the shortcut is shown in the tooltip
