"""Shared data for the flow tests (test_flow_*.py): a small centre built by ORM inserts.

No tests here. Monday 23 November 2026 is the tests' working day.
"""

from datetime import date, datetime

from sqlalchemy import select

from hmc_desktop.db.models import (
    Article,
    Attachment,
    AuditEntry,
    Device,
    Holder,
    Message,
    Orderer,
    Staff,
    WorkOrder,
)
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.rules import derive

NOW = "2026-11-23 10:00"
ARTICLES = (  # article_no, name, product group, digital, simple aid
    ("222101", "Talapparat Tobii Dynavox I-13", "Kommunikation", True, False),
    ("222102", "Ögonstyrning Tobii PCEye 5", "Kommunikation", True, False),
    ("120601", "Rollator Topro Olympos", "Rollatorer", False, False),
    ("093304", "Duschpall Etac Swift", "Hygienhjälpmedel", False, True),
    ("R-4001", "Laddkabel USB-C", "Reservdelar", False, False),
    ("R-4002", "Skyddsfodral surfplatta", "Reservdelar", False, False),
)
DEVICES = (  # individual_no, article_no, status, with the holder, delivered, lifetime
    ("D-100", "222101", "in_use", True, date(2024, 3, 1), 5),
    ("D-101", "222101", "in_stock", False, date(2023, 5, 2), 5),
    ("D-102", "222102", "in_stock", False, date(2025, 1, 15), 5),
    ("D-200", "120601", "in_use", True, date(2018, 1, 10), 6),
    ("D-201", "120601", "in_stock", False, date(2024, 9, 1), 6),
    ("D-300", "093304", "in_use", True, date(2022, 6, 1), 6),
)
STAFF = (("lager1", "Lena Lager", "warehouse"), ("tek1", "Kalle Tekniker", "technician"),
         ("kund1", "Anders Kundtjänst", "customer_service"), ("sup1", "Sofia Support", "support"))


def local(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def build_centre(ctx: ServiceContext) -> None:
    """Articles, one user with an address, one orderer, five devices and the staff."""
    with ctx.db.transaction() as s:
        s.add_all(Staff(login=lg, display_name=n, role=r) for lg, n, r in STAFF)
        arts = {no: Article(article_no=no, name=n, product_group=g, digital=d, simple_aid=simple)
                for no, n, g, d, simple in ARTICLES}
        s.add_all(arts.values())
        holder = Holder(name="Åsa Öberg", street="Storgatan 1", postal_code="411 01",
                        city="Göteborg", phone="070-123 45 67", personnummer="19400101-0016")
        s.add_all([holder, Orderer(name="Eva Ek", unit="Rehab Borås", payer_no="111")])
        for no, art, status, held, delivered, life in DEVICES:
            s.add(Device(individual_no=no, article=arts[art], holder=holder if held else None,
                         location="Hos brukare" if held else "Lager", status=status,
                         delivered=delivered, lifetime_years=life))


def add_order(ctx: ServiceContext, order_no: str, code: str, individual_no: str | None, *,
              registered: str = "2026-11-23 09:00", payer_no: str = "",
              attachments: tuple[str, ...] = (), description: str = "Fungerar inte") -> None:
    """A registered order as the importer would create it (derive: mailbox, deadlines, billing)."""
    with ctx.db.transaction() as s:
        device = (s.scalars(select(Device).where(Device.individual_no == individual_no))
                  .unique().one() if individual_no else None)
        orderer = s.scalars(select(Orderer)).one()
        reg = local(registered)
        d = derive(ctx.catalogue.get(code), reg, ctx.deadlines, technical_review=False,
                   simple_aid=bool(device and device.article.simple_aid), service_product="",
                   payer_no=payer_no, attachment_kinds=attachments)
        order = WorkOrder(
            order_no=order_no, type_code=code, mailbox=d.mailbox, status="registered",
            registered=reg, start_by=d.deadlines.start_by, finish_by=d.deadlines.finish_by,
            contact_by=d.deadlines.contact_by, billing=d.billing, incomplete=d.incomplete,
            orderer_id=orderer.id, device_id=device.id if device else None,
            holder_id=device.holder_id if device else None, description=description,
            payer_no=payer_no)
        order.attachments = [Attachment(file_name=f"{k}.pdf", kind=k, content=b"%PDF", size=4,
                                        added_by="tester", added_at=reg) for k in attachments]
        s.add(order)


def audit(ctx: ServiceContext, key: str, entity: str | None = None) -> list[tuple[str, ...]]:
    """(action, field, old, new, who) of every audit entry of ``key``, oldest first."""
    stmt = select(AuditEntry).where(AuditEntry.entity_key == key).order_by(AuditEntry.id)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    with ctx.db.reading() as s:
        return [(a.action, a.field, a.old or "", a.new or "", a.who) for a in s.scalars(stmt)]


def outbox(ctx: ServiceContext, order_no: str) -> list[tuple[str, str, str]]:
    """(kind, subject, body) of the order's messages, oldest first."""
    with ctx.db.reading() as s:
        order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.order_no == order_no))
        return [(m.kind, m.subject, m.body) for m in s.scalars(
            select(Message).where(Message.order_id == order_id).order_by(Message.id))]


def device_state(ctx: ServiceContext, individual_no: str) -> tuple[str, str | None, str]:
    """(status, holder name, location)."""
    with ctx.db.reading() as s:
        d = s.scalars(select(Device).where(Device.individual_no == individual_no)).unique().one()
        return d.status, d.holder.name if d.holder else None, d.location
