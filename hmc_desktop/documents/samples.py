"""Sample document data (Swedish names, addresses, devices): for `self-test`, previews and tests."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from hmc_desktop.documents.data import (
    CentreInfo,
    PickupOrderData,
    ReconLogData,
    ReconStep,
    ShipmentLine,
    ShippingNoteData,
    UsedPart,
)

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
