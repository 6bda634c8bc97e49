"""Pickup orders (hämtorder): what the driver and the warehouse read on the slip."""

from __future__ import annotations

import dataclasses
import io
import time

import pytest
from pypdf import PdfReader

from hmc_desktop.documents.data import PickupOrderData
from hmc_desktop.documents.pickup_order import PickupOrderRenderer, sort_for_route
from tests.unit.documents.samples import pages_text, personnummer_like, pickup, text


@pytest.fixture(params=["a4", "label"])
def renderer(request: pytest.FixtureRequest) -> PickupOrderRenderer:
    return PickupOrderRenderer(request.param)


def test_shows_what_the_pickup_needs(renderer: PickupOrderRenderer) -> None:
    content = text(renderer.render(pickup()))
    for expected in (
        "HÄMTORDER",
        "Nr 4711",
        "Hjälpmedelscentralen Västra Götaland",
        "Hämtas hos",
        "Åsa Öberg",
        "Östra Längdgatan 12 B",
        "411 01 Göteborg",
        "070-123 45 67",
        "2026-11-23",
        "1002345678",
        "756321",
        "Kommunikationshjälpmedel Tobii",
        "2026-004711",
        "Märta Ståhl",
        "Beställare",
        "Orsak",
    ):
        assert expected.casefold() in content.casefold(), expected


def test_a4_shows_weekday_type_and_the_full_reason() -> None:
    content = text(PickupOrderRenderer("a4").render(pickup()))
    assert "måndag 23 november 2026" in content
    assert "Support digitala hjälpmedel (typ SDH)" in content
    assert "Ersättningsenhet levererad; den gamla hämtas." in " ".join(content.split())
    assert "Kvittens vid hämtning".upper() in content


def test_label_is_10_by_15_cm_and_one_page_even_with_a_long_reason() -> None:
    pdf = PickupOrderRenderer("label").render(pickup(reason="Mycket lång beskrivning. " * 80))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        100,
        150,
    )
    assert "…" in text(pdf)  # the label shortens the reason


def test_a4_is_one_page_even_with_a_very_long_reason() -> None:
    pdf = PickupOrderRenderer("a4").render(pickup(reason="Lång text om felet. " * 300))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_no_personal_identity_number_field_or_text(renderer: PickupOrderRenderer) -> None:
    names = {f.name for f in dataclasses.fields(PickupOrderData)}
    assert not any("personnummer" in n or "ssn" in n or "identity" in n for n in names)
    with pytest.raises(TypeError):
        pickup(personnummer="19121212-1212")
    assert personnummer_like("Brukare 19121212-1212") == ["19121212-1212"]  # the probe works
    assert personnummer_like(text(renderer.render(pickup()))) == []


def test_text_is_escaped_not_interpreted_as_markup(renderer: PickupOrderRenderer) -> None:
    content = text(renderer.render(pickup(reason="Knapp <b> & kabel > 2 m", holder_name="A & B")))
    assert "<b> & kabel > 2 m" in content
    assert "A & B" in content


def test_metadata_title_and_author() -> None:
    reader = PdfReader(io.BytesIO(PickupOrderRenderer().render(pickup())))
    assert reader.metadata is not None
    assert reader.metadata.title == "Hämtorder 4711"
    assert reader.metadata.author == "Hjälpmedelscentralen Västra Götaland"
    assert str(reader.metadata["/CreationDate"]).startswith("D:20261120091200+01'00'")


def test_same_data_gives_identical_bytes(renderer: PickupOrderRenderer) -> None:
    assert renderer.render(pickup()) == renderer.render(pickup())
    assert PickupOrderRenderer(renderer.fmt).render(pickup()) == renderer.render(pickup())


def test_reprint_from_stored_dict_is_identical(renderer: PickupOrderRenderer) -> None:
    stored = pickup().to_dict()
    assert renderer.render(PickupOrderData.from_dict(stored)) == renderer.render(pickup())


def test_batch_has_one_page_per_item_in_the_given_order(renderer: PickupOrderRenderer) -> None:
    items = [
        pickup(pickup_id=100 + i, individual_no=f"90000000{i:02d}", holder_name=name)
        for i, name in enumerate(["Örjan Ek", "Åke Berg", "Ärla Ström", "Bo Ek"])
    ]
    calls: list[tuple[int, int]] = []
    pdf = renderer.render_batch(items, progress=lambda done, total: calls.append((done, total)))
    pages = pages_text(pdf)
    assert len(pages) == len(items)
    for page, item in zip(pages, items, strict=True):
        assert f"Nr {item.pickup_id}" in page
        assert item.holder_name in page
        assert item.individual_no in page
        assert "Sida 1" in page  # each slip is numbered on its own
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_batch_is_deterministic_and_needs_items() -> None:
    items = [pickup(pickup_id=1), pickup(pickup_id=2)]
    renderer = PickupOrderRenderer()
    assert renderer.render_batch(items) == renderer.render_batch(items)
    with pytest.raises(ValueError):
        renderer.render_batch([])


def test_sort_for_route_by_postal_code_then_street() -> None:
    items = [
        pickup(pickup_id=1, postal_code="431 30", street="Storgatan 10"),
        pickup(pickup_id=2, postal_code="41101", street="Östra vägen 1"),
        pickup(pickup_id=3, postal_code="411 01", street="Åvägen 2"),
        pickup(pickup_id=4, postal_code="431 30", street="Storgatan 9"),
        pickup(pickup_id=5, postal_code="411 01", street="Zetterlunds väg 3"),
    ]
    # Swedish order: Z < Å < Ö; house numbers compare as numbers (9 before 10).
    assert [p.pickup_id for p in sort_for_route(items)] == [5, 3, 2, 4, 1]


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        PickupOrderRenderer("a5")  # type: ignore[arg-type]


@pytest.mark.slow
def test_500_slips_render_well_under_ten_seconds() -> None:
    items = [
        pickup(pickup_id=i, individual_no=f"{5_000_000 + i}", order_no=f"2026-{i:06d}")
        for i in range(500)
    ]
    renderer = PickupOrderRenderer()
    # CPU time, not wall time: other processes on a busy CI machine must not fail it.
    start = time.process_time()
    pdf = renderer.render_batch(items)
    assert time.process_time() - start < 10
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 500


def test_an_individual_number_that_code_128_cannot_hold_is_refused() -> None:
    with pytest.raises(ValueError, match="Code 128"):
        PickupOrderRenderer().render(pickup(individual_no="ÅÄÖ-1"))
