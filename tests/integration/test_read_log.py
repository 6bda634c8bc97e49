"""Reads of personal data are logged (W10): who looked at whose data, when, in which view.
Before: a device card or a printed pickup order showed a user's address and left no trace."""

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import Holder
from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.services.core.read_log import ReadLogService
from hmc_desktop.services.devices.device_card import DeviceCardService
from hmc_desktop.services.printing.printing import PrintService
from tests.integration.test_flow_data import NOW, add_order, build_centre, local


@pytest.fixture
def centre(make_ctx):
    admin = make_ctx(NOW)
    build_centre(admin)
    with admin.db.reading() as s:
        holder = s.scalar(select(Holder.id).where(Holder.name == "Åsa Öberg"))
    return admin, holder


def test_a_device_card_with_the_users_data_is_a_logged_read(make_ctx, centre):
    admin, holder = centre
    card = DeviceCardService(make_ctx(NOW, login="tek1")).card("D-100")
    assert card.holder is not None and card.holder.address == "Storgatan 1, 411 01 Göteborg"
    reads = ReadLogService(admin).reads(holder)
    assert [(r.who, r.view, r.ref, r.at) for r in reads] == [
        ("tek1", "device_card", "D-100", local(NOW))]


def test_no_read_is_logged_where_no_personal_data_is_shown(make_ctx, centre):
    admin, _holder = centre
    DeviceCardService(make_ctx(NOW, login="lager1")).card("D-100")  # name only for warehouse
    DeviceCardService(make_ctx(NOW, login="tek1")).card("D-101")  # in stock: nobody's data
    assert ReadLogService(admin).reads() == []


def test_a_printed_pickup_order_is_a_logged_read(make_ctx, centre):
    admin, holder = centre
    add_order(admin, "R-1", "1", "D-200")
    PrintService(make_ctx(NOW, login="lager1")).pickup_order("R-1")
    assert [(r.who, r.holder_id, r.view, r.ref) for r in ReadLogService(admin).reads()] == [
        ("lager1", holder, "pickup_order", "R-1")]


def test_only_an_administrator_reads_the_log(make_ctx, centre):
    with pytest.raises(NotAllowed):
        ReadLogService(make_ctx(NOW, login="tek1")).reads()


def test_on_sqlite_a_card_does_not_wait_for_an_import_holding_the_write_lock(make_ctx, centre,
                                                                            db_url):
    """The read is kept and written later; the card shows at once (SQLite has one writer)."""
    import sqlite3
    import time

    if not db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL has no single write lock")
    admin, holder = centre
    importer = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")  # an import is writing
    try:
        t0 = time.monotonic()
        DeviceCardService(make_ctx(NOW, login="tek1")).card("D-100")
        assert time.monotonic() - t0 < 5  # not the 30 s busy timeout
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    assert [(r.who, r.holder_id, r.view) for r in ReadLogService(admin).reads()] == [
        ("tek1", holder, "device_card")]
