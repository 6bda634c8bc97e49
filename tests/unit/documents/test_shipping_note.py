"""Spare-part shipping notes (följesedel – reservdelar), S3."""

from __future__ import annotations

import io

from pypdf import PdfReader

from hmc_desktop.documents.data import ShipmentLine, ShippingNoteData
from hmc_desktop.documents.shipping_note import ShippingNoteRenderer, delivery_text
from tests.unit.documents.samples import pages_text, shipping, text


def render(data: ShippingNoteData) -> str:
    return " ".join(text(ShippingNoteRenderer().render(data)).split())  # wrapped lines joined


def test_shows_recipient_order_parts_and_instruction() -> None:
    content = render(shipping())
    for expected in (
        "FÖLJESEDEL – RESERVDELAR",
        "Nr 812",
        "Åsa Öberg",
        "Östra Längdgatan 12 B",
        "411 01 Göteborg",
        "2026-004712",
        "Artikelnr",
        "Benämning",
        "Antal",
        "Levereras nu",
        "100234",
        "Laddkabel USB-C, 2 m",
        "100877",
        "Skyddsfodral med bärrem",
        "ATT GÖRA FÖR MOTTAGAREN",
        "Byt laddkabeln och ladda surfplattan i två timmar.",
        "Brukaren med hjälp av stödperson",
        "Jörgen Ärlig",
        "2026-11-24 14:05",
    ):
        assert expected in content, expected


def test_express_mark_only_when_express() -> None:
    assert "EXPRESS" in render(shipping(express=True))
    assert "EXPRESS" not in render(shipping(express=False))


def test_partial_delivery_is_marked_with_its_number() -> None:
    content = render(shipping(partial=True, delivery_no=1, delivery_count=2))
    assert "DELLEVERANS 1 AV 2" in content
    assert "Restnoterat: 1 st." in content
    assert "Delleverans 2" in render(shipping(delivery_no=2, delivery_count=None))


def test_complete_delivery_has_no_partial_marks() -> None:
    data = shipping(partial=False, express=False, lines=[ShipmentLine("100234", "Kabel", 1, 1, 0)])
    content = render(data)
    assert "Delleverans".casefold() not in content.casefold()
    assert "Restnoterat" not in content
    assert "Komplett leverans" in content
    assert delivery_text(data) == "Komplett leverans"


def test_many_lines_flow_onto_more_pages_with_header_on_each() -> None:
    lines = [ShipmentLine(f"{100000 + i}", f"Reservdel nr {i}", 1, 1, 0) for i in range(90)]
    pdf = ShippingNoteRenderer().render(shipping(lines=lines))
    pages = pages_text(pdf)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert "FÖLJESEDEL" in page and "Nr 812" in page and f"Sida {number}" in page
    assert "Reservdel nr 89" in pages[-1]
    assert "Benämning" in pages[-1]  # the table header repeats


def test_metadata_and_determinism() -> None:
    renderer = ShippingNoteRenderer()
    pdf = renderer.render(shipping())
    assert pdf == ShippingNoteRenderer().render(shipping())
    assert pdf == renderer.render(ShippingNoteData.from_dict(shipping().to_dict()))
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Följesedel – reservdelar 812"
    assert meta.author == "Hjälpmedelscentralen Västra Götaland"
