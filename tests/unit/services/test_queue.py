"""The queue's SQL on SQLite and PostgreSQL: filters, SLA, sort, search (P1, P2, W5)."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, select, update

from hmc_desktop.db.models import Article, Device, Holder, Orderer, WorkOrder
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.followup import FollowUpService
from hmc_desktop.services.queue.queries import (
    OPEN,
    SORT_KEYS,
    QueueFilter,
    QueueService,
    case_variants,
    escape_like,
    prefix_range,
)
from hmc_desktop.services.reports.leadtimes import period_bounds
from tests.queue_cases import COUNT, add_queue_cases

AS_OF = "2026-11-24 10:00"
LATER = "2026-11-26 09:00"  # two days on, some of the demo's open orders are at risk


@pytest.fixture
def qctx(make_ctx: Callable[..., ServiceContext], tmp_path: Path) -> ServiceContext:
    ctx = make_ctx(AS_OF)
    generate_demo(ctx, 300, 200, seed=3)
    add_queue_cases(ctx, tmp_path)  # at risk, breached, medical risk: whatever the seed gives
    return ctx


@pytest.fixture
def later(qctx: ServiceContext, make_ctx: Callable[..., ServiceContext]) -> ServiceContext:
    return make_ctx(LATER)


def _all_orders(ctx: ServiceContext) -> dict[int, WorkOrder]:
    with ctx.db.reading() as s:
        return {o.id: o for o in s.scalars(select(WorkOrder)).unique()}


def test_the_default_view_is_the_open_orders_medical_risk_first_then_nearest_deadline(qctx):
    q = QueueService(qctx)
    ids = q.order_ids(QueueFilter())
    orders = _all_orders(qctx)
    assert set(ids) == {i for i, o in orders.items() if o.status in OPEN}
    rows = q.rows(ids)
    flags = [rows[i].medical_risk for i in ids]
    assert flags == sorted(flags, reverse=True)  # P1: medical risk first
    assert any(flags)
    for group in (True, False):
        dues = [rows[i].sla.next_due for i in ids if rows[i].medical_risk is group]
        known = [d for d in dues if d is not None]
        assert known == sorted(known)
        assert dues == known + [None] * (len(dues) - len(known))  # no deadline: last


def test_at_risk_and_breached_filters_agree_with_order_show(later):
    q, service = QueueService(later), OrderService(later)
    shown = {o.order_no: service.show(o.order_no).to_json() for o in _all_orders(later).values()}
    risk = {r.order_no for r in q.rows(q.order_ids(QueueFilter(at_risk=True))).values()}
    late = {r.order_no for r in q.rows(q.order_ids(QueueFilter(breached=True))).values()}
    open_ = {no for no, j in shown.items() if j["status"] in OPEN}
    assert risk == {no for no in open_ if shown[no]["at_risk"]}
    assert risk and late
    for no in late:
        assert shown[no]["breached"], no
    unmet = {"start": "started", "finish": "completed", "contact": None}
    for no in open_:
        j = shown[no]
        overdue = [k for k in j["breached"] if unmet[k] is None or j[unmet[k]] is None]
        assert (no in late) == bool(overdue), no
    both = set(q.order_ids(QueueFilter(at_risk=True, breached=True)))
    assert {r.order_no for r in q.rows(list(both)).values()} == risk | late


def test_mailbox_type_status_medical_and_mine_filters(qctx):
    q = QueueService(qctx)
    orders = _all_orders(qctx)
    for box in qctx.catalogue.mailboxes:
        ids = q.order_ids(QueueFilter(mailbox=box, status="all"))
        assert set(ids) == {i for i, o in orders.items() if o.mailbox == box}
    assert set(q.order_ids(QueueFilter(type_code="SDH", status="all"))) == {
        i for i, o in orders.items() if o.type_code == "SDH"}
    assert set(q.order_ids(QueueFilter(status="cancelled"))) == {
        i for i, o in orders.items() if o.status == "cancelled"}
    assert len(q.order_ids(QueueFilter(status="all"))) == len(orders)
    assert set(q.order_ids(QueueFilter(medical_risk=True))) == {
        i for i, o in orders.items() if o.medical_risk and o.status in OPEN}
    with qctx.db.transaction() as s:
        s.execute(update(WorkOrder).where(WorkOrder.id.in_(list(orders)[:3]))
                  .values(assigned_to=qctx.user.login))
    mine = set(q.order_ids(QueueFilter(mine=True, status="all")))
    assert mine == set(list(orders)[:3])


def test_a_follow_up_selection_limits_the_queue_to_its_orders(qctx):
    """QueueFilter.followup: the follow-up service's conditions, on top of the other filters."""
    q = QueueService(qctx)
    orders = _all_orders(qctx)
    completed = (("completed_from", "2026-11-01"), ("state", "completed"))
    ids = q.order_ids(QueueFilter(status="all", followup=completed))
    lo = period_bounds(date(2026, 11, 1), date(2026, 11, 1))[0]
    assert ids and set(ids) == {i for i, o in orders.items() if o.status == "completed"
                                and o.completed is not None and o.completed >= lo}
    assert set(ids) == set(FollowUpService(qctx).order_ids(dict(completed)))
    boxed = q.order_ids(QueueFilter(status="all", mailbox=orders[ids[0]].mailbox,
                                    followup=completed))
    assert set(boxed) == {i for i in ids if orders[i].mailbox == orders[ids[0]].mailbox}
    assert q.order_ids(QueueFilter(status="open", followup=completed)) == []


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_keeps_medical_risk_first(qctx, key, descending):
    q = QueueService(qctx)
    ids = q.order_ids(QueueFilter(status="all", sort=key, descending=descending))
    assert len(ids) == len(set(ids)) == 200 + COUNT  # the demo and the queue cases
    rows = q.rows(ids)
    flags = [rows[i].medical_risk for i in ids]
    assert flags == sorted(flags, reverse=True)
    if key == "registered":
        normal = [rows[i].registered for i in ids if not rows[i].medical_risk]
        assert normal == sorted(normal, reverse=descending)


def test_search_by_order_number_finds_exactly_that_order_in_any_case(qctx):
    q = QueueService(qctx)
    order = next(iter(_all_orders(qctx).values()))
    for text in (order.order_no, order.order_no.lower(), f"  {order.order_no} "):
        assert q.order_ids(QueueFilter(status="all", search=text)) == [order.id]
    prefix = q.order_ids(QueueFilter(status="all", search=order.order_no[:-1]))
    assert order.id in prefix and 1 < len(prefix) <= 10


def test_search_by_individual_number_and_names(qctx):
    q = QueueService(qctx)
    with qctx.db.reading() as s:
        order = s.scalars(select(WorkOrder).where(WorkOrder.holder_id.is_not(None),
                                                  WorkOrder.device_id.is_not(None))
                          .limit(1)).unique().one()
        device = s.get(Device, order.device_id)
        holder = s.get(Holder, order.holder_id)
        orderer = s.get(Orderer, order.orderer_id)
        assert device is not None and holder is not None and orderer is not None
        article = s.get(Article, device.article_id)
        assert article is not None
        by_device = set(s.scalars(select(WorkOrder.id).where(WorkOrder.device_id == device.id)))
        by_holder = set(s.scalars(select(WorkOrder.id)
                                  .join(Holder, WorkOrder.holder_id == Holder.id)
                                  .where(Holder.name == holder.name)))
        by_orderer = set(s.scalars(select(WorkOrder.id).join(
            Orderer, WorkOrder.orderer_id == Orderer.id).where(Orderer.name == orderer.name)))

    def search(text: str) -> set[int]:
        return set(q.order_ids(QueueFilter(status="all", search=text)))

    assert search(device.individual_no) == by_device
    assert by_holder <= search(holder.name.upper())  # case does not matter
    assert by_holder <= search(" ".join(reversed(holder.name.split())))  # words in any order
    assert by_orderer <= search(orderer.name.split(",")[0].lower())
    assert order.id in search(article.name.split()[0].lower())
    assert search("zzzqqq") == set()
    assert search("q") == set()  # one letter: what starts with it (test_queue_search.py)


def test_search_folds_swedish_letters_and_escapes_wildcards(qctx):
    q = QueueService(qctx)
    with qctx.db.transaction() as s:
        order = s.scalars(select(WorkOrder).where(WorkOrder.holder_id.is_not(None))
                          .limit(1)).unique().one()
        s.execute(update(Holder).where(Holder.id == order.holder_id)
                  .values(name="Örjan Åström-Ängqvist"))
    for text in ("örjan", "ÖRJAN", "åström", "ÄNGQVIST", "örjan ängqvist"):
        assert order.id in q.order_ids(QueueFilter(status="all", search=text)), text
    assert q.order_ids(QueueFilter(status="all", search="%%")) == []
    assert q.order_ids(QueueFilter(status="all", search="__")) == []


def test_follow_up_counts_match_the_filters(later):
    q = QueueService(later)
    figures = q.follow_up()
    assert [f.mailbox for f in figures] == [*later.catalogue.mailboxes, None]
    for f in figures:
        assert f.open == len(q.order_ids(QueueFilter(mailbox=f.mailbox)))
        assert f.at_risk == len(q.order_ids(QueueFilter(mailbox=f.mailbox, at_risk=True)))
        assert f.breached == len(q.order_ids(QueueFilter(mailbox=f.mailbox, breached=True)))
    total = figures[-1]
    assert total.open == sum(f.open for f in figures[:-1]) > 0
    assert total.at_risk == sum(f.at_risk for f in figures[:-1]) > 0


def test_locate_tells_orders_from_devices(qctx):
    q = QueueService(qctx)
    order = next(iter(_all_orders(qctx).values()))
    found = q.locate(order.order_no.lower())
    assert found is not None and (found.kind, found.key, found.order_id) == (
        "order", order.order_no, order.id)
    with qctx.db.reading() as s:
        number = s.scalars(select(Device.individual_no).limit(1)).one()
    device = q.locate(f" {number} ")
    assert device is not None and (device.kind, device.key) == ("device", number)
    assert q.locate("NOPE-1") is None and q.locate("  ") is None
    assert not q.is_empty()


def test_draft_message_uses_the_w5_text_for_orders_at_risk(later):
    q = QueueService(later)
    risky = q.order_ids(QueueFilter(at_risk=True))[0]
    no = q.rows([risky])[risky].order_no
    kind, subject, body = q.draft_message(no)
    assert kind == "at_risk" and "försenas" in subject and no in body
    done = q.order_ids(QueueFilter(status="completed"))[0]
    kind, _s, _b = q.draft_message(q.rows([done])[done].order_no)
    assert kind == "free"


def test_helpers():
    assert prefix_range("AO01") == ("AO01", "AO02")
    assert escape_like("50%_a\\b") == "50\\%\\_a\\\\b"
    assert case_variants("åsa") == ["åsa", "Åsa"]
    assert case_variants("ÖBERG") == ["öberg", "Öberg"]
    assert case_variants("karl-åke") == ["karl-åke", "Karl-Åke"]
    assert case_variants("Abc") == ["abc"]  # ASCII case is the database's business


def test_c2_the_queue_counts_a_saturday_registration_from_monday_not_thursday(make_ctx, tmp_path):
    """Registered Saturday 28 Nov: start by Wednesday 2 Dec 16:00; on Thursday it is late."""
    src = tmp_path / "sat.csv"
    src.write_text("order_no;type;registered;individual_no;article_no\n"
                   "SAT-1;1;2026-11-28 10:00;SAT-IND;120601\n", encoding="utf-8")
    assert ImportService(make_ctx("2026-11-28 10:00")).import_file(str(src)).new == 1
    wednesday = QueueService(make_ctx("2026-12-02 10:00"))
    (row,) = wednesday.rows(wednesday.order_ids(QueueFilter(at_risk=True))).values()
    assert (row.order_no, row.sla.next_kind) == ("SAT-1", "start")
    assert row.sla.next_due.isoformat() == "2026-12-02T15:00:00+00:00"  # 16:00 in Stockholm
    thursday = QueueService(make_ctx("2026-12-03 09:00"))
    late = thursday.rows(thursday.order_ids(QueueFilter(breached=True))).values()
    assert [r.order_no for r in late] == ["SAT-1"]
def test_w6_the_incomplete_filter_finds_them_all_by_its_index(qctx, db_url):
    """Ofullständiga: exactly the orders lacking something, read through the partial index."""
    q = QueueService(qctx)
    wanted = {i for i, o in _all_orders(qctx).items() if o.incomplete}
    assert wanted and set(q.order_ids(QueueFilter(status="all", incomplete=True))) == wanted
    open_ones = {i for i in wanted if _all_orders(qctx)[i].status in OPEN}
    assert set(q.order_ids(QueueFilter(incomplete=True))) == open_ones
    if db_url.startswith("sqlite"):  # the plan, of the statement as it is sent
        seen: list[tuple[str, object]] = []

        def capture(conn, cursor, statement, parameters, context, executemany):
            seen.append((statement, parameters))

        event.listen(qctx.db.engine, "before_cursor_execute", capture)
        try:
            q.order_ids(QueueFilter(status="all", incomplete=True))
        finally:
            event.remove(qctx.db.engine, "before_cursor_execute", capture)
        [(statement, params)] = seen
        with qctx.db.engine.connect() as conn:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
        assert any("ix_work_orders_incomplete" in str(row[-1]) for row in plan), plan
