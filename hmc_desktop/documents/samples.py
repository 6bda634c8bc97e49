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
from hmc_desktop.documents.inspection_data import (
    GroupInspections,
    InspectionNoticeData,
    InspectionProtocolData,
    InspectionReportData,
    InspectionStepLine,
    NoticeDevice,
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


def inspection_protocol(**changes: Any) -> InspectionProtocolData:
    """An inspection protocol of a ceiling lift that failed one step (PM5)."""
    fields: dict[str, Any] = dict(
        centre=CENTRE,
        inspection_id=2201,
        individual_no="1004567890",
        article_no="121206",
        article_name="Taklyft Liko LikoGuard",
        product_group="Lyftar",
        location="Hos brukare",
        performed_on=date(2026, 11, 24),
        recorded_at=datetime(2026, 11, 24, 10, 40, tzinfo=TZ),
        technician="Örjan Söderberg",
        result="not_ok",
        note="Brukaren instruerad om nödsänkningen.",
        steps=[
            InspectionStepLine("Ram, lyftarm och bygel: sprickor och deformation", "OK", ""),
            InspectionStepLine("Upphängning och selkrokar: slitage och säkring", "Ej OK",
                               "Selkrok sliten, ska bytas"),
            InspectionStepLine("Lyftmotor och nödsänkning: funktion", "Åtgärdat",
                               "Nödsänkningens snöre bytt"),
            InspectionStepLine("Märkning: maxlast, CE-märkning och individnummer läsbara", "OK", ""),
        ],
        interval_months=12,
        due=date(2026, 12, 1),
        next_due=date(2027, 11, 24),
        order_no="HMC2026-000123",
        order_type="2 Avhjälpande underhåll – Hos kund/brukare",
    )
    fields.update(changes)
    return InspectionProtocolData(**fields)


def inspection_notice(**changes: Any) -> InspectionNoticeData:
    """A notice to a user of a visit that inspects a lift and its sling (PM3)."""
    fields: dict[str, Any] = dict(
        centre=CENTRE,
        holder_name="Åsa Öberg",
        street="Östra Längdgatan 12 B",
        postal_code="41101",
        city="Göteborg",
        devices=[
            NoticeDevice("1004567890", "Taklyft Liko LikoGuard",
                         datetime(2026, 12, 10, 9, 0, tzinfo=TZ), 45),
            NoticeDevice("1004567891", "Lyftsele Liko Original HighBack",
                         datetime(2026, 12, 10, 9, 45, tzinfo=TZ), 20),
        ],
        change_by=date(2026, 12, 8),
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=TZ),
    )
    fields.update(changes)
    return InspectionNoticeData(**fields)


def inspection_report(**changes: Any) -> InspectionReportData:
    """The PM6 follow-up of a quarter."""
    groups = (GroupInspections("Lyftar", 120, 101, 9, 6, 4),
              GroupInspections("Lyftselar", 210, 190, 12, 3, 5),
              GroupInspections("Sängar", 95, 70, 15, 8, 2))
    total = GroupInspections("", sum(g.due for g in groups), sum(g.on_time for g in groups),
                             sum(g.late for g in groups), sum(g.overdue for g in groups),
                             sum(g.pending for g in groups))
    fields: dict[str, Any] = dict(
        centre=CENTRE, first=date(2026, 9, 1), last=date(2026, 11, 30),
        as_of=datetime(2026, 11, 24, 10, 0, tzinfo=TZ), groups=groups, total=total)
    fields.update(changes)
    return InspectionReportData(**fields)
