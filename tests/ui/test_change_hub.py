"""One change bus in the window: local commits and other workstations' changes reach the views
through the change hub once; the window's own echoes are dropped (W10: the audit log names what
changed)."""

from collections.abc import Callable
from typing import Any

from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import select as select_order
from tests.ui.conftest import settle


def _counting(obj: Any, name: str) -> list[int]:
    """Count the calls of ``obj.name`` (still calling it); returns the one-element counter."""
    calls = [0]
    original: Callable[[], None] = getattr(obj, name)

    def counted() -> None:
        calls[0] += 1
        original()

    setattr(obj, name, counted)
    return calls


def _registered(window: MainWindow, n: int = 1) -> list[tuple[str, str]]:
    """``n`` registered orders (order number, individual number), each of another device."""
    q = QueueService(window.ctx)
    ids = q.order_ids(QueueFilter(status="registered"))
    rows = q.rows(ids)
    found: dict[str, str] = {}
    for i in ids:
        view = OrderService(window.ctx).show(rows[i].order_no)
        if view.individual_no and view.individual_no not in found.values() \
                and not rows[i].incomplete:
            found[view.order_no] = view.individual_no
        if len(found) == n:
            break
    return list(found.items())


def _cancel(qtbot: Any, window: MainWindow, order_no: str) -> None:
    tab = window.queue_tab
    select_order(qtbot, window, order_no)
    tab.details.message.clear()
    tab.order_actions.cancel.trigger()
    qtbot.waitUntil(lambda: "makulerad" in tab.details.message.text() and not tab.model.busy,
                    timeout=10_000)
    settle()


def _heard_elsewhere(qtbot: Any, window: MainWindow, *keys: tuple[str, str]) -> None:
    """What the change watcher hears (from another workstation, or this one's echo)."""
    watcher = window.teamwork.changes
    with qtbot.waitSignal(watcher.changed, timeout=5_000):
        for entity, key in keys:
            watcher._collect(entity, key)
    settle()


def _teamwork_online(qtbot: Any, window: MainWindow) -> None:
    window.teamwork.changes.listener.poll_seconds = 0.2
    qtbot.waitUntil(lambda: window.teamwork.started and window.teamwork.changes.online is True,
                    timeout=10_000)


def test_a_local_cancel_reloads_the_queue_once_also_after_the_watcher_hears_it(qtbot, window):
    _teamwork_online(qtbot, window)
    [(order_no, _device)] = _registered(window)
    select_order(qtbot, window, order_no)
    reloads = _counting(window.queue_tab.model, "reload")
    heard: list[tuple[str, str]] = []
    window.teamwork.changes.changed.connect(lambda e, k: heard.append((e, k)))
    _cancel(qtbot, window, order_no)
    # The watcher hears the window's own write (the audit log, W10) a moment later.
    qtbot.waitUntil(lambda: ("order", order_no) in heard, timeout=5_000)
    settle()
    assert reloads[0] == 1
    assert OrderService(window.ctx).show(order_no).status == "cancelled"


def test_another_workstations_change_of_an_order_reloads_the_queue_once(qtbot, window):
    _teamwork_online(qtbot, window)
    (first, _d1), (second, _d2) = _registered(window, 2)
    reloads = _counting(window.queue_tab.model, "reload")
    _heard_elsewhere(qtbot, window, ("order", first))  # another workstation cancels one
    assert reloads[0] == 1
    _heard_elsewhere(qtbot, window, ("order", first), ("order", second))  # two at once
    assert reloads[0] == 2


def test_the_echo_of_the_windows_own_write_does_not_reload_again(qtbot, window):
    [(order_no, _device)] = _registered(window)
    select_order(qtbot, window, order_no)
    reloads = _counting(window.queue_tab.model, "reload")
    _cancel(qtbot, window, order_no)
    assert reloads[0] == 1
    _heard_elsewhere(qtbot, window, ("order", order_no))  # the audit log's echo of the cancel
    assert reloads[0] == 1


def test_the_device_card_reloads_for_its_own_device_only(qtbot, window):
    (shown_order, shown), (other_order, _other) = _registered(window, 2)
    card = window.device_tab
    with qtbot.waitSignal(card.deviceLoaded, timeout=10_000):
        window.open_device(shown)
    settle()
    reloads = _counting(card, "reload")
    _cancel(qtbot, window, other_order)  # an order of another device, from this window
    _heard_elsewhere(qtbot, window, ("device", "ANNAN-1"))  # another workstation's device
    assert reloads[0] == 0
    _cancel(qtbot, window, shown_order)  # the shown device's order
    assert reloads[0] == 1
    _heard_elsewhere(qtbot, window, ("device", shown))  # another workstation changed it
    assert reloads[0] == 2
