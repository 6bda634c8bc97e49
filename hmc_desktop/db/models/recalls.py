"""Recall campaigns (R1–R5): the campaign, the devices it concerns, and the order made for each."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hmc_desktop.db.base import Base


class RecallCampaign(Base):
    """A field safety notice or a warning from Läkemedelsverket, turned into work (R1)."""

    __tablename__ = "recall_campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))  # domain.recall.RecallAction
    reference: Mapped[str] = mapped_column(String(120), default="")  # the notice's reference
    delivered_from: Mapped[date | None]
    delivered_to: Mapped[date | None]
    by_list: Mapped[bool] = mapped_column(default=False)  # narrowed to listed individual numbers
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime]


class RecallDevice(Base):
    """One affected device, fixed when the campaign opens (R1, R2)."""

    __tablename__ = "recall_devices"
    __table_args__ = (
        UniqueConstraint("campaign_id", "device_id"),
        Index("ix_recall_devices_device_id", "device_id"),  # the device card's campaigns
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("recall_campaigns.id"))
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    status_at_open: Mapped[str] = mapped_column(String(24))  # where it was when the notice came


class RecallOrder(Base):
    """The order a campaign made for one of its devices (R4): one per device and campaign,
    held by the unique constraint whatever path or workstation asks."""

    __tablename__ = "recall_orders"
    __table_args__ = (UniqueConstraint("campaign_id", "device_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("recall_campaigns.id"))
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), unique=True)
    action: Mapped[str] = mapped_column(String(16))  # repair | inspect | exchange
