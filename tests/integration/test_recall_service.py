"""Recall campaigns on both databases (R1–R5): scope, blocking, release, progress, orders once."""

import csv
import io
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from hmc_desktop.db.models import Device, Pickup, RecallCampaign, RecallOrder, WorkOrder
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.errors import DomainError, NotAllowed, ValidationError
from hmc_desktop.domain.recall import RecallAction
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.recalls.campaigns import RecallService
from tests.integration.recall_data import (
    AFFECTED,
    AT_CENTRE,
    WITH_USERS,
    build_recall_centre,
)
from tests.integration.test_flow_data import NOW, add_order, audit, device_state

TITLE = "Bromsvajer kan lossna"


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_recall_centre(ctx)
    return ctx


def _work(ctx, order_no):
    OrderService(ctx).start(order_no)
    OrderService(ctx).complete(order_no)


def _devices(ctx, campaign_id):
    return {d.individual_no: d for d in RecallService(ctx).report(campaign_id).devices}


def test_r1_r2_r3_the_article_s_units_where_they_are_and_those_at_the_centre_blocked(centre):
    cid = RecallService(centre).create("120601", TITLE, reference="FSN-2026-11")
    report = RecallService(centre).report(cid).to_json()
    assert (report["id"], report["title"], report["article_no"]) == (cid, TITLE, "120601")
    assert sorted(d["individual_no"] for d in report["devices"]) == sorted(AFFECTED)
    assert [d["individual_no"] for d in report["devices"]] == sorted(AFFECTED)  # by number
    blocked = {d["individual_no"] for d in report["devices"] if d["blocked"]}
    assert blocked == set(AT_CENTRE)  # R3: stock, returned, reconditioning, workshop
    assert (report["affected"], report["done"], report["remaining"]) == (10, 1, 9)  # R-6 scrapped
    assert report["by_status"] == {"in_use": 3, "pickup_ordered": 1, "at_workshop": 1,
                                   "returned": 1, "in_reconditioning": 1, "in_stock": 2}
    holders = {d["individual_no"]: d["holder_name"] for d in report["devices"]}
    assert holders["R-1"] == "Bo Berg" and holders["R-8"] is None
    assert ("block", "recall", "", f"{cid} {TITLE}", "tester") in audit(centre, "R-8")  # W10


def test_r1_a_delivery_range_narrows_the_campaign(centre):
    cid = RecallService(centre).create("120601", TITLE, delivered_from=date(2020, 1, 1),
                                       delivered_to=date(2021, 12, 31))
    assert sorted(_devices(centre, cid)) == ["R-1", "R-2", "R-3", "R-7"]
    with pytest.raises(ValidationError, match=r"ends \(2019-01-01\) before it starts"):
        RecallService(centre).create("120601", TITLE, delivered_from=date(2020, 1, 1),
                                     delivered_to=date(2019, 1, 1))
    with pytest.raises(DomainError, match="no device of article 120601 falls within"):
        RecallService(centre).create("120601", TITLE, delivered_from=date(2030, 1, 1))


def test_r1_a_list_of_individual_numbers_and_a_refusal_that_names_the_strangers(centre):
    cid = RecallService(centre).create("120601", TITLE, individuals=["R-1", "R-3", "R-1"])
    assert sorted(_devices(centre, cid)) == ["R-1", "R-3"]
    with pytest.raises(DomainError) as err:
        RecallService(centre).create("120601", TITLE, individuals=["R-2", "NOPE", "D-100"])
    assert str(err.value).startswith("2 of the listed individual numbers are not devices of "
                                     "article 120601: NOPE, D-100")
    with centre.db.reading() as s:  # nothing of the refused campaign was kept
        assert s.scalar(select(func.count()).select_from(RecallCampaign)) == 1


def test_r1_only_an_administrator_opens_a_campaign(centre, make_ctx):
    with pytest.raises(NotAllowed, match="may not manage recall campaigns"):
        RecallService(make_ctx(NOW, login="tek1")).create("120601", TITLE)
    with pytest.raises(ValidationError, match="needs a title"):
        RecallService(centre).create("120601", "  ")


def test_r4_release_by_a_technician_with_a_reason_counts_as_done(centre, make_ctx):
    cid = RecallService(centre).create("120601", TITLE)
    tech = RecallService(make_ctx(NOW, login="tek1"))
    with pytest.raises(ValidationError):
        tech.release(cid, "R-3", " ")
    with pytest.raises(NotAllowed):  # warehouse staff do not release (DOMAIN roles)
        RecallService(make_ctx(NOW, login="lager1")).release(cid, "R-3", "bytt vajer")
    with pytest.raises(DomainError, match="D-100 is not in recall campaign"):
        tech.release(cid, "D-100", "bytt vajer")
    assert tech.release(cid, "R-3", "bytt vajer enligt FSN") == 1
    row = _devices(centre, cid)["R-3"]
    assert (row.blocked, row.done) == (False, True)
    progress = RecallService(centre).campaign(cid).progress
    assert (progress.done, progress.remaining) == (2, 8)
    assert ("release", "recall", TITLE, "bytt vajer enligt FSN", "tek1") in audit(centre, "R-3")


def test_r4_one_order_per_unit_with_a_user_and_a_rerun_creates_none(centre):
    service = RecallService(centre)
    cid = service.create("120601", TITLE, reference="FSN-7")
    seen = []
    assert service.create_orders(cid, RecallAction.REPAIR,
                                 progress=lambda d, t, _x: seen.append((d, t))) == 3
    assert seen[-1] == (3, 3)
    assert service.create_orders(cid, RecallAction.REPAIR) == 0
    assert service.create_orders(cid, RecallAction.EXCHANGE) == 0  # one order per unit, whatever
    rows = _devices(centre, cid)
    ordered = {n: r.order_no for n, r in rows.items() if r.order_no}
    assert sorted(ordered) == sorted(WITH_USERS)
    order = OrderService(centre).show(ordered["R-1"])
    assert (order.type, order.status, order.individual_no) == ("2", "registered", "R-1")
    assert order.description.startswith(f"Återkallelse {cid}: {TITLE} (ref. FSN-7).")
    # C2: registered Monday 23 Nov, type 2 starts within 3 working days: Thursday at closing
    assert to_local(order.deadlines.start_by).strftime("%Y-%m-%d %H:%M") == "2026-11-26 16:00"
    assert ("register", "created", "", f"registered (recall {cid}, repair)", "tester") in audit(
        centre, ordered["R-1"], "order")
    _work(centre, ordered["R-1"])  # R4: done when its order is completed
    assert _devices(centre, cid)["R-1"].done
    add_order(centre, "P-9", "1", "R-1")  # another order for the unit cannot join the campaign
    with pytest.raises(IntegrityError), centre.db.transaction() as s:  # the database holds R4
        link = s.scalars(select(RecallOrder)).first()
        other = s.scalar(select(WorkOrder.id).where(WorkOrder.order_no == "P-9"))
        s.add(RecallOrder(campaign_id=cid, device_id=link.device_id, order_id=other,
                          action="repair"))


def test_r4_exchange_orders_a_pickup_and_the_worked_order_hands_out_an_unblocked_replacement(
        centre, make_ctx):
    service = RecallService(centre)
    cid = service.create("120601", TITLE, action=RecallAction.EXCHANGE)
    assert service.create_orders(cid) == 3  # the campaign's action
    assert device_state(centre, "R-1")[0] == "pickup_ordered"
    order_no = _devices(centre, cid)["R-1"].order_no
    with centre.db.reading() as s:
        pickup = s.scalars(select(Pickup).join(WorkOrder, WorkOrder.id == Pickup.order_id)
                           .where(WorkOrder.order_no == order_no)).one()
        finish = s.scalar(select(WorkOrder.finish_by).where(WorkOrder.order_no == order_no))
        assert (pickup.status, pickup.pickup_date) == ("planned", to_local(finish).date())
    tech = RecallService(make_ctx(NOW, login="tek1"))
    with pytest.raises(DomainError) as err:  # a blocked unit of the campaign is no replacement
        tech.exchange(order_no, "D-201")
    assert f"återkallelse {cid} ({TITLE})" in err.value.message("sv")
    outcome = tech.exchange(order_no)
    assert (outcome.replacement_individual_no, outcome.order_status) == ("X-1", "completed")
    assert device_state(centre, "X-1") == ("in_use", "Bo Berg", "Hos brukare")
    assert _devices(centre, cid)["R-1"].done
    with pytest.raises(DomainError, match="not an open exchange order"):
        tech.exchange(order_no)


def test_r5_progress_counts_by_where_the_units_are(centre):
    cid = RecallService(centre).create("120601", TITLE)
    rows = RecallService(centre).campaign(cid).progress.rows()
    assert rows[0] == ("in_use", 3, 0, 3) and rows[-1] == ("scrapped", 1, 1, 0)
    ids = RecallService(centre).row_ids(cid)
    page = RecallService(centre).rows(cid, ids)
    statuses = [page[i].status for i in ids]
    assert statuses[:3] == ["in_use"] * 3 and statuses[-1] == "scrapped"  # grouped, R2 order
    assert len(RecallService(centre).row_ids(cid, remaining_only=True)) == 9
    assert len(RecallService(centre).row_ids(cid, status="in_stock")) == 2


def test_r5_the_export_has_no_formula_cells_and_no_personal_data(centre):
    cid = RecallService(centre).create("120601", "=HYPERLINK(\"http://x\")", reference="+46 8")
    text = RecallService(centre).export_csv(cid)
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert header[:4] == ["campaign", "title", "reference", "article_no"] and len(rows) == 10
    assert {(r[1], r[2]) for r in rows} == {("'=HYPERLINK(\"http://x\")", "'+46 8")}
    assert not any(cell[:1] in "=+-@" and cell for r in rows for cell in r)
    assert "Bo Berg" not in text and "19450303" not in text
    by_number = {r[5]: r for r in rows}
    assert by_number["R-6"][6:] == ["2017-01-01", "scrapped", "nej", "", "", "", "ja"]
    assert by_number["R-8"][7:9] == ["in_stock", "ja"]


def test_r5_the_device_card_lists_its_campaigns(centre):
    first = RecallService(centre).create("120601", TITLE)
    second = RecallService(centre).create("120601", "Hjul", individuals=["R-8"])
    memberships = RecallService(centre).memberships("R-8")
    assert [(m.campaign_id, m.blocked, m.done) for m in memberships] == [
        (second, True, False), (first, True, False)]
    assert RecallService(centre).memberships("D-100") == []


def test_r3_the_pickup_of_an_exchanged_unit_brings_it_back_blocked(centre, make_ctx):
    from hmc_desktop.services.devices.returns import ReturnService

    service = RecallService(centre)
    cid = service.create("120601", TITLE)
    service.create_orders(cid, RecallAction.EXCHANGE)
    order_no = _devices(centre, cid)["R-2"].order_no
    RecallService(make_ctx(NOW, login="tek1")).exchange(order_no)
    view = ReturnService(make_ctx(NOW, login="lager1")).scan_return("R-2")
    assert view.recalls == (cid,)
    assert _devices(centre, cid)["R-2"].blocked  # the user is safe; the unit is still unfixed
    assert ReturnService(centre).scan_return("R-7").recalls == (cid,)  # pickup ordered at opening


def test_r3_a_unit_repaired_at_the_user_s_comes_back_unblocked(centre):
    from hmc_desktop.services.devices.returns import ReturnService

    service = RecallService(centre)
    cid = service.create("120601", TITLE)
    service.create_orders(cid, RecallAction.REPAIR)
    _work(centre, _devices(centre, cid)["R-1"].order_no)
    assert ReturnService(centre).scan_return("R-1").recalls == ()
    assert not _devices(centre, cid)["R-1"].blocked


def test_r4_orders_are_created_for_thousands_in_one_step(centre):
    """Not a speed test (benchmarks/bench_recall.py): the bulk path writes every row right."""
    from tests.integration.recall_bulk import add_users_with_units

    add_users_with_units(centre, "120601", 2_500)
    service = RecallService(centre)
    cid = service.create("120601", TITLE)
    assert service.create_orders(cid, RecallAction.EXCHANGE) == 2_503
    with centre.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Pickup)) == 2_503
        numbers = list(s.scalars(select(WorkOrder.order_no).where(
            WorkOrder.order_no.like(f"RC{cid}-%")).order_by(WorkOrder.order_no)))
    assert numbers[0] == f"RC{cid}-00001" and len(set(numbers)) == 2_503
    assert RecallService(centre).campaign(cid).progress.by_status["pickup_ordered"] == [2_504, 0]


def test_r5_letters_go_to_users_with_a_unit_left_and_hold_no_personnummer(centre, make_ctx):
    from hmc_desktop.services.recalls.letters import RecallLetterService, holder_count
    from tests.unit.documents.samples import pages_text, personnummer_like

    service = RecallService(centre)
    cid = service.create("120601", TITLE)
    service.create_orders(cid, RecallAction.REPAIR)
    _work(centre, _devices(centre, cid)["R-2"].order_no)  # Cecilia's unit is done: no letter
    letters = RecallLetterService(centre).letters(cid)
    assert [(x.holder_name, [d.individual_no for d in x.devices]) for x in letters] == [
        ("Åsa Öberg", ["D-200"]), ("Bo Berg", ["R-1", "R-7"])]  # postal-code order
    assert holder_count(centre, cid) == 2
    pages = pages_text(RecallLetterService(centre).print_letters(cid))
    assert len(pages) == 2 and "R-7" in pages[1]
    assert not any(personnummer_like(p) for p in pages)
    with pytest.raises(NotAllowed):
        RecallLetterService(make_ctx(NOW, login="tek1")).print_letters(cid)
    stock_only = service.create("120601", "Lager", individuals=["R-8"])
    with pytest.raises(DomainError, match="there is no letter to print"):
        RecallLetterService(centre).print_letters(stock_only)


def test_r5_d3_the_device_card_shows_its_campaigns_and_the_block_s_history(centre, make_ctx):
    from hmc_desktop.services.devices.device_card import DeviceCardService, HistoryKind

    cid = RecallService(centre).create("120601", TITLE)
    RecallService(make_ctx("2026-11-23 11:00", login="tek1")).release(cid, "R-3", "vajer bytt")
    card = DeviceCardService(centre).card("R-3")
    assert [(m.campaign_id, m.title, m.blocked, m.done) for m in card.recalls] == [
        (cid, TITLE, False, True)]
    recall_lines = [(h.title(), h.detail(), h.who) for h in card.history
                    if h.kind is HistoryKind.RECALL]
    assert recall_lines == [(f"Spärren hävd (återkallelse {cid})", "vajer bytt", "tek1"),
                            (f"Spärrad av återkallelse {cid}", TITLE, "tester")]  # newest first
    assert DeviceCardService(centre).card("D-100").recalls == ()


def test_r4_an_exchange_refuses_as_a_whole_when_a_unit_moved_meanwhile(centre, monkeypatch):
    """Nothing is locked while the units are read; one that another workstation moved between
    the read and the write (here: R-8, in stock) refuses the step, and nothing is kept."""
    from hmc_desktop.services.recalls import orders as recall_orders

    service = RecallService(centre)
    cid = service.create("120601", TITLE)
    read = recall_orders.targets

    def stale(session, campaign_id):
        with centre.db.reading() as s:
            r8 = s.scalar(select(Device.id).where(Device.individual_no == "R-8"))
        return [*read(session, campaign_id), recall_orders.Target(r8, "R-8", 1)]

    monkeypatch.setattr(recall_orders, "targets", stale)
    with pytest.raises(DomainError, match="1 of the campaign's devices changed"):
        service.create_orders(cid, RecallAction.EXCHANGE)
    monkeypatch.setattr(recall_orders, "targets", read)
    assert device_state(centre, "R-1")[0] == "in_use"
    assert not any(d.order_no for d in _devices(centre, cid).values())
    assert service.create_orders(cid, RecallAction.EXCHANGE) == 3
