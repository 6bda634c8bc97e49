"""Every `print …` of CONTRACT.md in a fresh process: the PDF's pages, its text, its barcodes.

Barcodes are read back with zbarimg from the pages rasterised by pdftoppm (when those tools
are installed; scripts/test.sh installs them).
"""

from datetime import date

import pytest
from sqlalchemy import func, select

from hmc_desktop.db.models import Pickup
from hmc_desktop.services.devices.returns import ReturnService
from hmc_desktop.services.orders.shipments import ShipmentService
from hmc_desktop.services.orders.support import SupportService
from tests.e2e.conftest import AS_OF, one_sentence, pdf_pages, scanned_barcodes
from tests.integration.test_flow_data import add_order, build_centre

ORDERS = """order_no;type;registered;individual_no;article_no;article_name;user_name;user_address;\
user_phone;user_personnummer;description
P-1;SDH;2026-11-23 09:00;IND-500001;222101;Talapparat Tobii Dynavox I-13;Åsa Öberg;\
Storgatan 1, 411 01 Göteborg;070-123 45 67;19400101-0018;Startar inte
P-2;1;2026-11-23 09:30;IND-500002;120601;Rollator Topro Olympos;Nils Berg;\
Ekvägen 2, 431 30 Mölndal;070-765 43 21;19390202-0001;Bromsvajern har gått av
"""


@pytest.fixture
def with_orders(hmc, tmp_path):
    (tmp_path / "orders.csv").write_text(ORDERS, encoding="utf-8")
    assert hmc("import", "orders.csv").code == 0
    return hmc


def test_print_pickup_order_one_page_address_no_personnummer_and_a_scannable_number(
        with_orders, tmp_path):
    done = with_orders("print", "pickup-order", "P-1", "--out", "p1.pdf")
    assert (done.code, done.err) == (0, "")
    pages = pdf_pages(tmp_path / "p1.pdf")
    assert len(pages) == 1
    assert all(text in pages[0] for text in ("IND-500001", "Åsa Öberg", "Storgatan 1", "411 01",
                                             "Talapparat Tobii Dynavox I-13", "Startar inte"))
    assert "19400101" not in pages[0] and "400101-0018" not in pages[0]  # never on a slip
    codes = scanned_barcodes(tmp_path / "p1.pdf", tmp_path)
    assert codes is None or "IND-500001" in codes
    label = with_orders("print", "pickup-order", "P-1", "--label", "--out", "label.pdf")
    assert label.code == 0 and len(pdf_pages(tmp_path / "label.pdf")) == 1


def test_print_pickup_orders_a_page_per_pickup_of_the_day_and_exit_1_when_none(with_orders, tmp_path):
    for order_no in ("P-1", "P-2"):
        assert with_orders("order", "pickup", order_no, "--date", "2026-11-26").code == 0
    done = with_orders("print", "pickup-orders", "--date", "2026-11-26", "--out", "day.pdf")
    assert done.code == 0, done.err
    pages = pdf_pages(tmp_path / "day.pdf")
    assert len(pages) == 2
    assert {n for n in ("IND-500001", "IND-500002") for p in pages if n in p} == {
        "IND-500001", "IND-500002"}
    codes = scanned_barcodes(tmp_path / "day.pdf", tmp_path)
    assert codes is None or {"IND-500001", "IND-500002"} <= set(codes)
    none = with_orders("print", "pickup-orders", "--date", "2026-11-27", "--out", "none.pdf")
    assert none.code == 1 and "2026-11-27" in one_sentence(none.err)
    assert not (tmp_path / "none.pdf").exists()


def test_print_pickup_orders_of_the_demo_centre_the_next_working_days(hmc_demo, demo_url, tmp_path,
                                                                      make_ctx_on):
    """Utskrifter's list: the demo's pickup_ordered devices are due in the next working days."""
    ctx = make_ctx_on(demo_url)
    with ctx.db.reading() as s:
        due = dict(s.execute(select(Pickup.pickup_date, func.count()).where(
            Pickup.status == "planned").group_by(Pickup.pickup_date)).all())
    assert due and min(due) > date(2026, 11, 24)
    day = min(due)
    done = hmc_demo("print", "pickup-orders", "--date", day.isoformat(), "--out", "demo.pdf")
    assert done.code == 0, done.err
    assert len(pdf_pages(tmp_path / "demo.pdf")) == due[day]


def test_print_shipping_note_and_recon_log_from_the_flows(hmc, make_ctx, tmp_path):
    centre = make_ctx(AS_OF)
    build_centre(centre)
    add_order(centre, "SDH-1", "SDH", "D-100", description="Laddar inte")
    SupportService(centre).spare_part_repair("SDH-1", [("R-4001", 2)], "Byt laddkabeln",
                                             "Brukaren", express=True)
    shipment = ShipmentService(centre).ship("SDH-1")
    done = hmc("print", "shipping-note", str(shipment.shipment_id), "--out", "note.pdf")
    assert (done.code, done.err) == (0, "")
    (note,) = pdf_pages(tmp_path / "note.pdf")
    assert all(text in note for text in ("EXPRESS", "R-4001", "Laddkabel USB-C", "Byt laddkabeln",
                                         "SDH-1"))
    codes = scanned_barcodes(tmp_path / "note.pdf", tmp_path)
    assert codes is None or "SDH-1" in codes

    returns = ReturnService(centre)
    returns.scan_return("D-200")
    view = returns.start_reconditioning("D-200")
    for step in view.steps:
        view = returns.record_step(view.recon_id, step.step_id, "ok")
    returns.sign_off(view.recon_id, "in_stock")
    log = hmc("print", "recon-log", "D-200", "--out", "log.pdf")
    assert (log.code, log.err) == (0, "")
    pages = pdf_pages(tmp_path / "log.pdf")
    assert len(pages) >= 1 and "D-200" in pages[0] and "Tillbaka i lager" in "".join(pages)
    codes = scanned_barcodes(tmp_path / "log.pdf", tmp_path)
    assert codes is None or "D-200" in codes


def test_print_of_nothing_is_exit_1_and_a_bad_place_exit_2_and_no_file_is_left(with_orders, tmp_path):
    unknown = with_orders("print", "shipping-note", "999", "--out", "n.pdf")
    assert unknown.code == 1 and "999" in one_sentence(unknown.err)
    never = with_orders("print", "recon-log", "IND-500001", "--out", "r.pdf")
    assert never.code == 1 and "IND-500001" in one_sentence(never.err)
    nowhere = with_orders("print", "pickup-order", "P-1", "--out", "no/such/dir/p.pdf")
    assert nowhere.code == 2 and "does not exist" in one_sentence(nowhere.err)
    assert not any(tmp_path.glob("*.pdf"))
