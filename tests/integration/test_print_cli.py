"""Printing through the command line: each document from real data, scannable, recorded, re-printable."""

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hmc_desktop.cli import main
from hmc_desktop.db.models import PrintedDocument
from hmc_desktop.services.devices.device_card import DeviceCardService
from hmc_desktop.services.devices.returns import ReturnService
from hmc_desktop.services.orders.shipments import ShipmentService
from hmc_desktop.services.orders.support import SupportService
from hmc_desktop.services.printing.printing import PrintService
from tests.integration.test_flow_data import NOW, add_order, build_centre


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    add_order(ctx, "SDH-1", "SDH", "D-100", description="Startar inte")
    add_order(ctx, "AU-1", "1", "D-200", description="Bromsen tar dåligt")
    return ctx


def cli(db_url: str, *args: str) -> int:
    return main(["--db", db_url, "--as-of", NOW, *args])


def test_pickup_order_pdf_names_device_address_and_no_personnummer(centre, db_url, tmp_path, capsys):
    out = tmp_path / "pickup.pdf"
    assert cli(db_url, "print", "pickup-order", "AU-1", "--out", str(out)) == 0
    text = pdf_text(out)
    assert "D-200" in text and "Storgatan 1" in text and "411 01" in text and "Åsa Öberg" in text
    assert "19400101" not in text and "0016" not in text  # never on a pickup slip
    history = DeviceCardService(centre).card("D-200").history
    assert any(i.kind == "document" for i in history)
    capsys.readouterr()


def test_batch_one_page_per_pickup_and_exit_1_when_none(centre, db_url, tmp_path, capsys):
    for order in ("SDH-1", "AU-1"):
        assert cli(db_url, "order", "pickup", order, "--date", "2026-11-25") == 0
    out = tmp_path / "batch.pdf"
    assert cli(db_url, "print", "pickup-orders", "--date", "2026-11-25", "--out", str(out)) == 0
    assert len(PdfReader(str(out)).pages) == 2
    assert cli(db_url, "print", "pickup-orders", "--date", "2026-11-26", "--out",
               str(tmp_path / "none.pdf")) == 1
    assert not (tmp_path / "none.pdf").exists()
    capsys.readouterr()


def test_shipping_note_and_recon_log_from_the_flows_and_reprint_identical(centre, db_url, tmp_path,
                                                                         capsys):
    SupportService(centre).spare_part_repair("SDH-1", [("R-4001", 2)], "Byt kabeln", "Brukaren",
                                             express=True)
    shipment = ShipmentService(centre).ship("SDH-1", items=None)
    note = tmp_path / "note.pdf"
    assert cli(db_url, "print", "shipping-note", str(shipment.shipment_id), "--out", str(note)) == 0
    text = pdf_text(note)
    assert "EXPRESS" in text and "R-4001" in text and "Byt kabeln" in text

    returns = ReturnService(centre)
    returns.scan_return("D-200")
    view = returns.start_reconditioning("D-200")
    for step in view.steps:
        view = returns.record_step(view.recon_id, step.step_id, "ok")
    returns.sign_off(view.recon_id, "in_stock")
    log = tmp_path / "log.pdf"
    assert cli(db_url, "print", "recon-log", "D-200", "--out", str(log)) == 0
    assert "Tillbaka i lager" in pdf_text(log)
    assert cli(db_url, "print", "recon-log", "D-300", "--out", str(log)) == 1
    assert cli(db_url, "print", "shipping-note", "999", "--out", str(note)) == 1

    with centre.db.reading() as s:
        printed = s.scalars(select(PrintedDocument).order_by(PrintedDocument.id)).all()
    assert [p.kind for p in printed] == ["shipping_note", "recon_log"]
    assert PrintService(centre).reprint(printed[1].id) == PrintService(centre).reprint(printed[1].id)
    with centre.db.reading() as s:  # each re-print is in the device's history too
        kinds = s.scalars(select(PrintedDocument.kind).order_by(PrintedDocument.id)).all()
    assert kinds == ["shipping_note", "recon_log", "recon_log", "recon_log"]
    capsys.readouterr()


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs poppler-utils and zbar-tools")
def test_batch_barcodes_scan(centre, db_url, tmp_path, capsys):
    assert cli(db_url, "order", "pickup", "AU-1", "--date", "2026-11-25") == 0
    out = tmp_path / "batch.pdf"
    assert cli(db_url, "print", "pickup-orders", "--date", "2026-11-25", "--out", str(out)) == 0
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(out), str(tmp_path / "p")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", str(tmp_path / "p-1.png")], capture_output=True,
                             text=True, check=False).stdout
    assert "CODE-128:D-200" in scanned and "AU-1" in scanned
    capsys.readouterr()
