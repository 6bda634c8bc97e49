"""Sample document data for the document tests: Swedish names, addresses and devices."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from hmc_desktop.documents.data import (
    CentreInfo,
    PickupOrderData,
    ReconLogData,
    ReconStep,
    ShipmentLine,
    ShippingNoteData,
    UsedPart,
)
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.personnummer import parse_personnummer

TZ = ZoneInfo("Europe/Stockholm")
CENTRE = CentreInfo(
    name="Hjälpmedelscentralen Västra Götaland",
    address_lines=("Box 1234", "405 20 Göteborg"),
    phone="010-473 00 00",
    email="hjalpmedel@example.se",
)


def pickup(**changes: Any) -> PickupOrderData:
    """A pickup order; keyword arguments replace fields."""
    fields: dict[str, Any] = dict(
        centre=CENTRE,
        pickup_id=4711,
        pickup_date=date(2026, 11, 23),
        order_no="2026-004711",
        order_type_code="SDH",
        order_type_name="Support digitala hjälpmedel",
        reason="Startar inte efter uppdatering. Ersättningsenhet levererad; den gamla hämtas.",
        individual_no="1002345678",
        article_no="756321",
        article_name="Kommunikationshjälpmedel Tobii Dynavox I-13",
        holder_name="Åsa Öberg",
        street="Östra Längdgatan 12 B",
        postal_code="41101",
        city="Göteborg",
        phone="070-123 45 67",
        orderer_name="Märta Ståhl",
        orderer_unit="Arbetsterapin, Västra Götaland",
        created_by="Göran Ek",
        created_at=datetime(2026, 11, 20, 9, 12, tzinfo=TZ),
    )
    fields.update(changes)
    return PickupOrderData(**fields)


def shipping(**changes: Any) -> ShippingNoteData:
    """A spare-part shipping note (express, first of two deliveries)."""
    fields: dict[str, Any] = dict(
        centre=CENTRE,
        shipment_id=812,
        delivery_no=1,
        delivery_count=2,
        partial=True,
        express=True,
        order_no="2026-004712",
        recipient_name="Åsa Öberg",
        recipient_street="Östra Längdgatan 12 B",
        recipient_postal_code="411 01",
        recipient_city="Göteborg",
        recipient_phone="070-123 45 67",
        lines=[
            ShipmentLine("100234", "Laddkabel USB-C, 2 m", 1, 1, 0),
            ShipmentLine("100877", "Skyddsfodral med bärrem", 2, 1, 1),
        ],
        instruction="Byt laddkabeln och ladda surfplattan i två timmar.",
        performed_by="Brukaren med hjälp av stödperson",
        technician="Jörgen Ärlig",
        shipped_at=datetime(2026, 11, 24, 14, 5, tzinfo=TZ),
    )
    fields.update(changes)
    return ShippingNoteData(**fields)


def recon(**changes: Any) -> ReconLogData:
    """A reconditioning log of a digital aid that went back to stock."""
    fields: dict[str, Any] = dict(
        centre=CENTRE,
        recon_id=3301,
        individual_no="1002345678",
        article_no="756321",
        article_name="Kommunikationshjälpmedel Tobii Dynavox I-13",
        product_group="Kommunikation – talapparater",
        digital=True,
        steps=[
            ReconStep("Rengöring och desinfektion", "OK", "Ytdesinfektion", "Jörgen Ärlig"),
            ReconStep("Batterikontroll", "Åtgärdat", "Batteri bytt", "Jörgen Ärlig"),
            ReconStep("Laddkabel", "Ej OK", "Kasserad, ersatt", "Örjan Söderberg"),
        ],
        parts_used=[UsedPart("300112", "Batteri Li-ion 7,4 V", 1)],
        data_wiped=True,
        outcome="in_stock",
        scrap_reason="",
        technician="Jörgen Ärlig",
        signed_off_at=datetime(2026, 11, 25, 15, 40, tzinfo=TZ),
    )
    fields.update(changes)
    return ReconLogData(**fields)


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, as a reader's copy-paste would give it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    """All the text of the PDF, lines joined by newlines."""
    return "\n".join(pages_text(pdf))


def personnummer_like(content: str) -> list[str]:
    """Every run of digits in ``content`` that is a valid personnummer."""
    found = []
    for token in re.findall(r"(?<!\d)\d{6,8}[-+]?\d{4}(?!\d)", content):
        candidate = token if "-" in token or "+" in token else f"{token[:-4]}-{token[-4:]}"
        try:
            parse_personnummer(candidate, today=date(2026, 11, 22))
        except ValidationError:
            continue
        found.append(token)
    return found
