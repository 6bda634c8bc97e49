"""The device card (D1) and its history newest first (D3, S5); personal data only where needed."""

from datetime import date, datetime

import pytest
from sqlalchemy import event, select, text

from hmc_desktop.db.models import (
    Article,
    AuditEntry,
    Device,
    Holder,
    PrintedDocument,
    Staff,
    WorkOrder,
)
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import NotFound
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.devices.device_card import DeviceCardService, HistoryKind, add_years
from hmc_desktop.services.orders.pickups import PickupService

NOW = "2026-11-24 10:00"


def at(text_: str) -> datetime:
    return datetime.strptime(text_, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def add_order(session, order_no, type_code, device, registered, status="registered", **kw):
    order = WorkOrder(order_no=order_no, type_code=type_code, mailbox="Underhåll", status=status,
                      registered=at(registered), billing="included", device_id=device.id, **kw)
    session.add(order)
    session.flush()
    return order


@pytest.fixture
def seeded(make_ctx):
    ctx = make_ctx(NOW)
    with ctx.db.transaction() as s:
        art = Article(article_no="122301", name="Elrullstol Permobil M3", product_group="Elrullstolar",
                      digital=True)
        holder = Holder(name="Åsa Öberg", street="Storgatan 1", postal_code="411 01",
                        city="Göteborg", phone="070-123 45 67", personnummer="19121212-1212")
        s.add_all([art, holder])
        s.flush()
        dev = Device(individual_no="7001", article_id=art.id, holder_id=holder.id,
                     location="Hos brukare", delivered=date(2018, 1, 10), lifetime_years=6,
                     status="in_use")
        other = Device(individual_no="7002", article_id=art.id, location="Lager A",
                       delivered=date(2025, 6, 1), lifetime_years=7, status="in_stock")
        s.add_all([dev, other])
        s.flush()
        add_order(s, "A-1", "1", dev, "2026-10-01 09:00", status="completed",
                  description="Broms tar dåligt")
        a2 = add_order(s, "A-2", "SDH", dev, "2026-11-20 09:00", status="started",
                       description="Startar inte")
        add_order(s, "B-1", "1", other, "2026-11-21 09:00")
        s.add(AuditEntry(at=at("2018-01-10 12:00"), who="lager1", entity="device", entity_key="7001",
                         action="hand_out", field="holder_id", old=None, new=str(holder.id)))
        s.add(PrintedDocument(kind="shipping_note", device_id=dev.id, order_id=a2.id, data_json="{}",
                              printed_by="tekn1", printed_at=at("2026-11-24 09:30")))
    PickupService(ctx).order_pickup("A-2")  # status in_use → pickup_ordered, audited, at 10:00
    return ctx


def test_card_facts(seeded):
    card = DeviceCardService(seeded).card(" 7001 ")
    assert (card.individual_no, card.article_no, card.article_name, card.product_group) == (
        "7001", "122301", "Elrullstol Permobil M3", "Elrullstolar")
    assert card.digital and card.location == "Hos brukare"
    assert (card.status, card.status_label) == ("pickup_ordered", "beställd för hämtning")
    assert card.delivered == date(2018, 1, 10) and card.lifetime_years == 6
    assert card.lifetime_ends == date(2024, 1, 10) and card.past_lifetime
    assert card.personal_data_visible
    assert card.holder is not None
    assert card.holder.name == "Åsa Öberg"
    assert card.holder.address == "Storgatan 1, 411 01 Göteborg"
    assert card.holder.phone == "070-123 45 67"
    assert card.holder.personnummer_masked == "19121212-****"


def test_history_is_complete_and_newest_first(seeded):
    history = DeviceCardService(seeded).card("7001").history
    assert [(h.kind, h.order_no) for h in history] == [
        (HistoryKind.STATUS, None),  # the pickup's status change, 10:00
        (HistoryKind.PICKUP, "A-2"),  # the pickup itself, 10:00
        (HistoryKind.DOCUMENT, "A-2"),  # shipping note, 09:30
        (HistoryKind.ORDER, "A-2"),
        (HistoryKind.ORDER, "A-1"),
        (HistoryKind.HOLDER, None),
        (HistoryKind.DELIVERED, None),
    ]
    moments = [h.at for h in history]
    assert moments == sorted(moments, reverse=True)
    status, pickup, doc, a2, a1, holder, _ = history
    assert status.title() == "Status: utlånad → beställd för hämtning" and status.who == "tester"
    assert pickup.title().startswith("Hämtning 2026-11-25") and pickup.detail() == "Startar inte"
    assert doc.title() == "Följesedel utskriven" and doc.who == "tekn1"
    assert a2.title() == "Typ SDH Support digitala hjälpmedel · påbörjad" and a2.detail() == "Startar inte"
    assert a1.at == at("2026-10-01 09:00")
    assert holder.title() == "Innehavare: ingen innehavare → Åsa Öberg" and holder.who == "lager1"


def test_other_devices_history_is_not_mixed_in(seeded):
    card = DeviceCardService(seeded).card("7002")
    assert [h.order_no for h in card.history if h.kind is HistoryKind.ORDER] == ["B-1"]
    assert card.holder is None and not card.past_lifetime
    assert card.lifetime_ends == date(2032, 6, 1)


def test_warehouse_role_sees_no_personal_data(seeded, make_ctx):
    with seeded.db.transaction() as s:
        s.add(Staff(login="lager", display_name="Lars Lager", role="warehouse"))
    card = DeviceCardService(make_ctx(NOW, login="lager")).card("7001")
    assert not card.personal_data_visible
    assert card.holder is not None
    assert card.holder.name == "Åsa Öberg"
    assert (card.holder.address, card.holder.phone, card.holder.personnummer_masked) == (None,) * 3


def test_unknown_device_is_not_found(seeded):
    with pytest.raises(NotFound) as err:
        DeviceCardService(seeded).card("999999")
    assert err.value.key == "device_not_found"
    assert err.value.message("sv") == "Hjälpmedel 999999 finns inte"


def test_lifetime_boundary_and_leap_day():
    assert add_years(date(2020, 2, 29), 5) == date(2025, 2, 28)
    assert add_years(date(2020, 3, 1), 6) == date(2026, 3, 1)


def test_demo_devices_have_sorted_history(make_ctx):
    ctx = make_ctx(NOW)
    generate_demo(ctx, 300, 200, seed=3)
    with ctx.db.reading() as s:
        numbers = list(s.scalars(
            select(Device.individual_no).join(WorkOrder, WorkOrder.device_id == Device.id).limit(20)))
    service = DeviceCardService(ctx)
    for no in numbers:
        history = service.card(no).history
        assert any(h.kind is HistoryKind.ORDER for h in history)
        assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)


def test_card_uses_indexed_lookups_only(seeded, db_url):
    """Fast with a million devices: no statement of the card scans a whole table (SQLite plan)."""
    if not db_url.startswith("sqlite"):
        pytest.skip("query plans are checked on SQLite")
    engine = seeded.db.engine
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        DeviceCardService(seeded).card("7001")
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    selects = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 5
    with engine.connect() as conn:
        for statement, params in selects:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            scans = [row[-1] for row in plan if str(row[-1]).startswith("SCAN")]
            assert not scans, (statement, scans)
        conn.execute(text("SELECT 1"))


def test_the_history_names_the_technician_who_did_the_work_not_the_orderer(seeded):
    """"Av" on an order's line is who completed it, else who started it (W10's audit)."""
    with seeded.db.transaction() as s:
        s.add(AuditEntry(at=at("2026-11-21 08:00"), who="tekn2", entity="order", entity_key="A-2",
                         action="start", field="status", old="registered", new="started"))
        s.execute(text("UPDATE work_orders SET completed_by = 'tekn3' WHERE order_no = 'A-1'"))
    lines = {h.order_no: h.who for h in DeviceCardService(seeded).card("7001").history
             if h.kind == HistoryKind.ORDER}
    assert lines == {"A-2": "tekn2", "A-1": "tekn3"}


def test_devices_are_found_by_their_users_name_in_any_case_and_the_look_is_logged(
        seeded, make_ctx):
    from hmc_desktop.domain.errors import NotAllowed
    from hmc_desktop.services.core.read_log import ReadLogService, flush_pending
    from hmc_desktop.services.devices.device_card import find_by_holder

    found = find_by_holder(seeded, "öberg")
    assert [(d.individual_no, d.holder_name) for d in found] == [("7001", "Åsa Öberg")]
    assert find_by_holder(seeded, "Nilsson") == []
    flush_pending(seeded.db)
    assert any(r.view == "device_search" for r in ReadLogService(seeded).reads())
    with pytest.raises(NotAllowed):  # the warehouse sees no personal data (W10)
        find_by_holder(make_ctx(NOW, login="lager1"), "Öberg")


def test_the_history_is_data_said_in_the_interface_language(seeded):
    """D3 under ``--lang en``: the service returns what happened, not Swedish sentences."""
    status, pickup, doc, a2, _a1, holder, delivered = DeviceCardService(seeded).card("7001").history
    assert (status.event, dict(status.params)) == (
        "status", {"old": "in_use", "new": "pickup_ordered", "action": "pickup"})
    assert status.title("en") == "Status: in use → pickup ordered"
    assert status.detail("en") == "pickup ordered" and status.detail("sv") == "hämtning beställd"
    assert pickup.title("en").startswith("Pickup 2026-11-25 (")
    assert doc.title("en") == "Shipping note printed"
    assert a2.title("en") == "Type SDH Support digitala hjälpmedel · started"  # the name is data
    assert holder.title("en") == "Holder: no holder → Åsa Öberg"
    assert delivered.title("en") == "Delivered" and delivered.title("sv") == "Levererad"
