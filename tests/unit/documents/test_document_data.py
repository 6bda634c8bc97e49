"""Document data: stored as JSON-safe dictionaries so a document can be re-printed."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from hmc_desktop.documents.data import (
    CentreInfo,
    PickupOrderData,
    ReconLogData,
    ReconStep,
    ShipmentLine,
    ShippingNoteData,
    UsedPart,
)
from tests.unit.documents.samples import CENTRE, pickup, recon, shipping

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201e221bc330000000049454e44ae426082"
)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (PickupOrderData, pickup()),
        (ShippingNoteData, shipping()),
        (ReconLogData, recon()),
        (ReconLogData, recon(digital=False, data_wiped=None, outcome="scrapped")),
        (CentreInfo, CentreInfo("HMC Östergötland", logo_png=PNG_1X1)),
    ],
)
def test_round_trip_through_json(cls: type, data: object) -> None:
    stored = json.dumps(data.to_dict(), ensure_ascii=False)  # type: ignore[attr-defined]
    assert cls.from_dict(json.loads(stored)) == data  # type: ignore[attr-defined]


def test_dates_are_iso_strings_bytes_base64_and_lines_keyed_by_name() -> None:
    d = shipping().to_dict()
    assert d["shipped_at"] == "2026-11-24T14:05:00+01:00"
    assert d["lines"][0] == {
        "article_no": "100234",
        "article_name": "Laddkabel USB-C, 2 m",
        "quantity": 1,
        "delivered_now": 1,
        "delivered_later": 0,
    }
    assert pickup().to_dict()["pickup_date"] == "2026-11-23"
    assert CentreInfo("HMC", logo_png=PNG_1X1).to_dict()["logo_png"].startswith("iVBOR")


def test_lists_and_plain_tuples_are_normalised() -> None:
    log = recon(steps=[("Rengöring", "OK", "", "Åsa")], parts_used=[("1", "Hjul", 2)])
    assert log.steps == (ReconStep("Rengöring", "OK", "", "Åsa"),)
    assert log.parts_used == (UsedPart("1", "Hjul", 2),)
    note = shipping(lines=[("1", "Kabel", 1, 1, 0)])
    assert note.lines == (ShipmentLine("1", "Kabel", 1, 1, 0),)
    centre = CentreInfo("HMC", address_lines=["Box 1"])  # type: ignore[arg-type]
    assert centre.address_lines == ("Box 1",)
    hash(pickup())  # frozen and hashable: safe to keep as a record of what was printed


def test_unknown_fields_are_refused() -> None:
    stored = pickup().to_dict()
    stored["personnummer"] = "19121212-1212"
    with pytest.raises(ValueError, match="personnummer"):
        PickupOrderData.from_dict(stored)


def test_invalid_outcome_is_refused_when_loading() -> None:
    stored = recon().to_dict()
    stored["outcome"] = "lost"
    with pytest.raises(ValueError):
        ReconLogData.from_dict(stored)


def test_types_survive() -> None:
    loaded = PickupOrderData.from_dict(json.loads(json.dumps(pickup().to_dict())))
    assert isinstance(loaded.pickup_date, date)
    assert isinstance(loaded.created_at, datetime)
    assert loaded.created_at.utcoffset() is not None
    assert loaded.centre == CENTRE
