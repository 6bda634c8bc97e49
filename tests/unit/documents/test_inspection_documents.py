"""The inspection documents (PM3, PM5, PM6): the protocol's text and barcode, a notice a page
per user with no personnummer, the follow-up report; their data survives a re-print."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hmc_desktop.documents import (
    InspectionNoticeData,
    InspectionNoticeRenderer,
    InspectionProtocolData,
    InspectionProtocolRenderer,
    InspectionReportData,
    InspectionReportRenderer,
)
from hmc_desktop.documents.inspection_protocol import months_text
from hmc_desktop.documents.samples import inspection_notice, inspection_protocol, inspection_report


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_pm5_the_protocol_has_device_steps_results_next_due_technician_and_signature():
    [text] = pages(InspectionProtocolRenderer().render(inspection_protocol()))
    for expected in ("BESIKTNINGSPROTOKOLL", "1004567890", "Taklyft Liko LikoGuard", "Lyftar",
                     "Upphängning och selkrokar", "Ej OK", "Selkrok sliten, ska bytas", "Åtgärdat",
                     "Ej godkänd", "HMC2026-000123", "2 Avhjälpande underhåll – Hos kund/brukare",
                     "2027-11-24", "var 12:e månad", "Örjan Söderberg", "Signatur"):
        assert expected in text, expected
    [passed] = pages(InspectionProtocolRenderer().render(inspection_protocol(
        result="ok", order_no="", order_type="", steps=[])))
    assert "Godkänd" in passed and "HMC2026" not in passed


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="pdftoppm (poppler-utils) or zbarimg (zbar-tools) not installed")
def test_pm5_the_protocols_barcode_scans_as_the_individual_number(tmp_path: Path):
    source = tmp_path / "protocol.pdf"
    source.write_bytes(InspectionProtocolRenderer().render(
        inspection_protocol(individual_no="HMC-LIFT-0042")))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "p")], check=True)
    found = subprocess.run(["zbarimg", "--quiet", str(tmp_path / "p-1.png")],
                           capture_output=True, text=True, check=False).stdout
    assert "CODE-128:HMC-LIFT-0042" in found.splitlines()


def test_pm3_a_notice_a_page_a_user_saying_when_what_and_whom_to_call():
    batch = [inspection_notice(), inspection_notice(holder_name="Bo Ek", street="Allégatan 3")]
    first, second = pages(InspectionNoticeRenderer().render_batch(batch))
    assert "Åsa Öberg" in first and "Bo Ek" in second
    assert "torsdag 10 december 2026 kl. 09:00–10:05" in first
    assert "Taklyft Liko LikoGuard" in first and "1004567891" in first
    assert "Ring oss på 010-473 00 00 senast tisdag 8 december 2026" in first
    assert "personnummer" not in first.lower()
    fields = set(InspectionNoticeData.__dataclass_fields__)
    assert not any("personnummer" in f or "pnr" in f for f in fields)  # nowhere to put one


def test_pm6_the_report_has_the_groups_shares_and_total():
    [text] = pages(InspectionReportRenderer().render(inspection_report()))
    for expected in ("BESIKTNINGSRAPPORT", "Lyftar", "Lyftselar", "Sängar", "Alla produktgrupper",
                     "425", "87 %", "75 %"):
        assert expected in text, expected


def test_the_data_of_each_document_survives_storage_for_a_reprint():
    for data in (inspection_protocol(), inspection_notice(), inspection_report()):
        again = type(data).from_dict(data.to_dict())
        assert again == data
    assert isinstance(InspectionProtocolData.from_dict(inspection_protocol().to_dict()).due, date)
    assert InspectionReportData.from_dict(inspection_report().to_dict()).total.due == 425


def test_intervals_read_as_swedish():
    assert [months_text(m) for m in (1, 6, 12, 24, 21, 22, 11)] == [
        "varje månad", "var 6:e månad", "var 12:e månad", "var 24:e månad", "var 21:a månad",
        "var 22:a månad", "var 11:e månad"]
