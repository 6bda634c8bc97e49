"""The queue tab: filters, search, the follow-up strip, medical risk first and the lazy model."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from hmc_desktop.db.models import Holder, WorkOrder
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.queries import OPEN, FollowUp, QueueFilter, QueueService
from hmc_desktop.ui.queue import model as queue_model
from hmc_desktop.ui.queue.model import COLUMNS, ORDER_NO_ROLE
from hmc_desktop.ui.queue.strip import FollowUpStrip
from hmc_desktop.ui.shell.main_window import MainWindow
from tests import queue_cases
from tests.ui.conftest import settle, wait_loaded


def _wait_reload(qtbot, window: MainWindow) -> None:
    wait_loaded(qtbot, window)


def _shown(window: MainWindow) -> list[str]:
    """The order numbers in the table, fetching every page as the view would."""
    model = window.queue_tab.model
    out: list[str] = []
    for row in range(model.rowCount()):
        while model.cached(row) is None:
            settle()
        out.append(model.data(model.index(row, 0), ORDER_NO_ROLE))
    return out


def test_search_narrows_to_one_order(qtbot, window):
    tab = window.queue_tab
    no = _shown(window)[3]
    qtbot.keyClicks(tab.filters.search, no.lower())
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    _wait_reload(qtbot, window)
    assert _shown(window) == [no]
    assert tab.count.text() == "1 arbetsorder"  # Swedish singular
    assert tab.details.view is not None and tab.details.view.order_no == no


def test_search_by_user_name_covers_all_mailboxes(qtbot, window):
    tab = window.queue_tab
    with window.ctx.db.reading() as s:
        pairs = s.execute(select(Holder.name, WorkOrder.mailbox)
                          .join(WorkOrder, WorkOrder.holder_id == Holder.id)
                          .where(WorkOrder.status.in_(OPEN))).all()
    boxes_by_last: dict[str, set[str]] = {}
    for name, box in pairs:
        boxes_by_last.setdefault(name.split()[-1], set()).add(box)
    last = max(boxes_by_last, key=lambda n: len(boxes_by_last[n]))
    assert len(boxes_by_last[last]) >= 2
    tab.filters.apply(search=last.lower())
    _wait_reload(qtbot, window)
    shown = _shown(window)
    assert set(shown) >= {r.order_no for r in QueueService(window.ctx).rows(
        QueueService(window.ctx).order_ids(QueueFilter(search=last))).values()}
    assert {OrderService(window.ctx).show(no).mailbox for no in shown} >= boxes_by_last[last]
    assert tab.filters.mailbox.currentIndex() == 0  # "Alla brevlådor"


def test_mailbox_selector_lists_all_then_every_mailbox_and_filters(qtbot, window):
    tab = window.queue_tab
    combo = tab.filters.mailbox
    assert combo.itemText(0) == "Alla brevlådor"
    assert [combo.itemData(i) for i in range(1, combo.count())] == window.ctx.catalogue.mailboxes
    combo.setCurrentIndex(combo.findData("Underhåll"))
    _wait_reload(qtbot, window)
    shown = _shown(window)
    assert shown
    assert {OrderService(window.ctx).show(no).mailbox for no in shown} == {"Underhåll"}


def test_medical_risk_orders_come_first_in_every_view(qtbot, window):
    tab = window.queue_tab
    for status in ("open", "all"):
        tab.filters.status.setCurrentIndex(tab.filters.status.findData(status))
        _wait_reload(qtbot, window)
        flags = [OrderService(window.ctx).show(no).medical_risk for no in _shown(window)]
        assert any(flags) and flags == sorted(flags, reverse=True)
    tab.table.sortByColumn(COLUMNS.index("registered"), Qt.SortOrder.DescendingOrder)
    _wait_reload(qtbot, window)
    assert tab.model.filter.sort == "registered" and tab.model.filter.descending
    flags = [OrderService(window.ctx).show(no).medical_risk for no in _shown(window)]
    assert flags == sorted(flags, reverse=True)


def test_at_risk_and_breached_filters_match_order_show(qtbot, open_window):
    window = open_window(as_of="2026-11-26 09:00")
    tab = window.queue_tab
    service = OrderService(window.ctx)
    tab.filters.at_risk.setChecked(True)
    _wait_reload(qtbot, window)
    risky = _shown(window)
    assert risky and all(service.show(no).to_json()["at_risk"] for no in risky)
    model = tab.model
    sla_texts = {model.data(model.index(r, COLUMNS.index("sla"))) for r in range(model.rowCount())}
    assert sla_texts <= {"Risk", "Försenad"}
    assert model.data(model.index(0, COLUMNS.index("sla")), Qt.ItemDataRole.DecorationRole)
    tab.filters.at_risk.setChecked(False)
    tab.filters.breached.setChecked(True)
    _wait_reload(qtbot, window)
    late = _shown(window)
    assert late and all(service.show(no).to_json()["breached"] for no in late)
    everything = QueueService(window.ctx).order_ids(QueueFilter())
    open_nos = {r.order_no for r in QueueService(window.ctx).rows(everything).values()}
    assert {no for no in open_nos if service.show(no).to_json()["at_risk"]} == set(risky)


def test_follow_up_strip_click_sets_the_filters(qtbot, open_window):
    window = open_window(as_of="2026-11-26 09:00")
    tab = window.queue_tab
    figures = {f.mailbox: f for f in QueueService(window.ctx).follow_up()}
    box = next(m for m, f in figures.items() if m and f.breached)
    button = tab.strip.buttons[(box, "late")]
    assert button.text() == str(figures[box].breached)
    assert box in button.accessibleName()
    button.click()
    _wait_reload(qtbot, window)
    assert tab.filters.mailbox.currentData() == box and tab.filters.breached.isChecked()
    assert len(_shown(window)) == figures[box].breached
    tab.strip.buttons[(None, "open")].click()
    _wait_reload(qtbot, window)
    assert not tab.filters.breached.isChecked() and tab.filters.mailbox.currentIndex() == 0
    assert tab.model.rowCount() == figures[None].open


def test_rows_beyond_the_first_page_are_fetched_lazily(qtbot, window, monkeypatch):
    monkeypatch.setattr(queue_model, "PAGE", 20)
    tab = window.queue_tab
    tab.filters.status.setCurrentIndex(tab.filters.status.findData("all"))
    _wait_reload(qtbot, window)
    model = tab.model
    assert model.rowCount() == 200 + queue_cases.COUNT
    index = model.index(150, 0)
    assert model.data(index) == "…"  # a placeholder until its page arrives
    qtbot.waitUntil(lambda: model.data(index) != "…", timeout=10_000)
    assert model.data(index).startswith("AO")
    assert len(model._rows) < 200 + queue_cases.COUNT


def test_p2_large_follow_up_figures_scroll_sideways_instead_of_being_cut(qtbot):
    strip = FollowUpStrip()
    qtbot.addWidget(strip)
    strip.resize(700, 60)
    strip.show()
    boxes = [FollowUp(f"Brevlåda {i}", 123_456, 23_456, 11_238) for i in range(7)]
    strip.show_figures([*boxes, FollowUp(None, 864_192, 164_192, 78_666)])
    bar = strip.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0, timeout=5_000)
    for button in strip.buttons.values():  # every figure whole, however narrow the window
        assert button.width() >= button.sizeHint().width()
    assert strip.height() >= strip.widget().sizeHint().height() + bar.height()  # bar not on top
