"""The centre's flows (S2–S4, W7, W9, billing, quick service): parts, shipments, reconditioning,
cost proposals, time reports and quick-service slots."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hmc_desktop.db.base import Base
from hmc_desktop.db.models.devices import Article


class OrderPart(Base):
    """A spare part an order needs or used (S3; billing basis)."""

    __tablename__ = "order_parts"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    quantity: Mapped[int]
    to_ship: Mapped[bool] = mapped_column(default=True)  # sent to the user (S3) or used at the centre
    added_by: Mapped[str] = mapped_column(String(80))
    added_at: Mapped[datetime]

    article: Mapped[Article] = relationship(lazy="joined")


class Shipment(Base):
    """One delivery of spare parts to a user (S3); several make a partial delivery."""

    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    delivery_no: Mapped[int]
    express: Mapped[bool] = mapped_column(default=False)
    instruction: Mapped[str] = mapped_column(Text, default="")  # what the recipient should do
    performed_by: Mapped[str] = mapped_column(String(120), default="")  # who does the repair
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    recipient_street: Mapped[str] = mapped_column(String(200), default="")
    recipient_postal_code: Mapped[str] = mapped_column(String(10), default="")
    recipient_city: Mapped[str] = mapped_column(String(100), default="")
    recipient_phone: Mapped[str] = mapped_column(String(40), default="")
    shipped_by: Mapped[str] = mapped_column(String(80))
    shipped_at: Mapped[datetime]

    items: Mapped[list["ShipmentItem"]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan", order_by="ShipmentItem.id")


class ShipmentItem(Base):
    __tablename__ = "shipment_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("order_parts.id"), index=True)
    quantity: Mapped[int]

    shipment: Mapped[Shipment] = relationship(back_populates="items")
    part: Mapped[OrderPart] = relationship(lazy="joined")


class Reconditioning(Base):
    """One reconditioning of a returned device (S4), signed off with an outcome."""

    __tablename__ = "reconditionings"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"), index=True)
    started_by: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime]
    signed_off_by: Mapped[str | None] = mapped_column(String(80))
    signed_off_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(16))  # in_stock | scrapped
    scrap_reason: Mapped[str] = mapped_column(Text, default="")
    data_wiped: Mapped[bool | None]

    steps: Mapped[list["ReconStepRow"]] = relationship(
        cascade="all, delete-orphan", order_by="ReconStepRow.sort_order")
    parts: Mapped[list["ReconPart"]] = relationship(cascade="all, delete-orphan")


class ReconStepRow(Base):
    __tablename__ = "recon_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    recon_id: Mapped[int] = mapped_column(ForeignKey("reconditionings.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    mandatory: Mapped[bool] = mapped_column(default=False)
    is_data_wipe: Mapped[bool] = mapped_column(default=False)
    result: Mapped[str | None] = mapped_column(String(16))  # ok | fixed | not_ok | na
    note: Mapped[str] = mapped_column(Text, default="")
    done_by: Mapped[str | None] = mapped_column(String(80))
    done_at: Mapped[datetime | None]


class ReconPart(Base):
    __tablename__ = "recon_parts"
    id: Mapped[int] = mapped_column(primary_key=True)
    recon_id: Mapped[int] = mapped_column(ForeignKey("reconditionings.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    quantity: Mapped[int]

    article: Mapped[Article] = relationship(lazy="joined")


class CostProposal(Base):
    """W9: the price of a special adaptation; the order waits for the orderer's answer."""

    __tablename__ = "cost_proposals"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|approved|declined
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime]
    answered_by: Mapped[str | None] = mapped_column(String(120))  # the orderer who answered
    answered_at: Mapped[datetime | None]
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))  # W9
    recorded_by: Mapped[str | None] = mapped_column(String(80))  # the staff login (W10)


class TimeReport(Base):
    """Working time on an order (billing basis): who, minutes, which day."""

    __tablename__ = "time_reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    who: Mapped[str] = mapped_column(String(80))
    day: Mapped[date]
    minutes: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[datetime]


class QuickServiceSlot(Base):
    """Snabbservice: a weekday time slot 09:00–14:00 booked by customer service."""

    __tablename__ = "quick_service_slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    starts: Mapped[datetime] = mapped_column(unique=True)
    minutes: Mapped[int] = mapped_column(default=30)
    status: Mapped[str] = mapped_column(String(16), default="booked")  # booked|cancelled|done
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    individual_no: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    booked_by: Mapped[str] = mapped_column(String(80))
    booked_at: Mapped[datetime]
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"))
