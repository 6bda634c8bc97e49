"""Reference data an administrator edits: type catalogue, mailboxes, calendar, settings, staff."""

from datetime import date, time

from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hmc_desktop.db.base import Base


class Mailbox(Base):
    """W3: where orders land so that the right competence gets them."""

    __tablename__ = "mailboxes"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class OrderTypeRow(Base):
    """The live work-order type catalogue (DOMAIN table as defaults; W2 codes are immutable)."""

    __tablename__ = "order_types"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    sort_order: Mapped[int]
    billing: Mapped[str] = mapped_column(String(16))
    family: Mapped[str] = mapped_column(String(24), default="other", server_default="other")
    start_days: Mapped[int | None]
    finish_days: Mapped[int | None]
    finish_hours: Mapped[int | None]
    invoiced_if_simple_aid: Mapped[bool] = mapped_column(default=False)
    prescriber_only: Mapped[bool] = mapped_column(default=False)
    requires_device: Mapped[bool] = mapped_column(default=True)
    requires_service_product: Mapped[bool] = mapped_column(default=False)
    requires_payer_no: Mapped[bool] = mapped_column(default=False)
    required_attachments: Mapped[str] = mapped_column(String(200), default="")  # '|'-separated
    waits_for_approval: Mapped[bool] = mapped_column(default=False)
    help_text: Mapped[str] = mapped_column(Text, default="")

    mailbox: Mapped[Mailbox] = relationship(lazy="joined")


class OpeningHours(Base):
    """C3: the centre's opening hours (a single row)."""

    __tablename__ = "opening_hours"
    id: Mapped[int] = mapped_column(primary_key=True)
    opens: Mapped[time]
    closes: Mapped[time]


class ClosingDay(Base):
    """C1: the centre's own closing days, on top of the Swedish holidays."""

    __tablename__ = "closing_days"
    day: Mapped[date] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Setting(Base):
    """Key/value settings: the centre's name, address, phone, logo …"""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Staff(Base):
    """A person working at the centre, found by operating-system login name."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True)
    # HMC_USER may name this login (a scheduled task's account, a test script's); a person's
    # login may not be taken that way: the operating-system login is who is working.
    service_account: Mapped[bool] = mapped_column(default=False, server_default=false())


class ChecklistStep(Base):
    """A reconditioning checklist step per product group ('' = every group); admins edit these."""

    __tablename__ = "checklist_steps"
    __table_args__ = (Index("ix_checklist_steps_group", "product_group", "sort_order"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    product_group: Mapped[str] = mapped_column(String(120), default="")
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    digital_only: Mapped[bool] = mapped_column(default=False)
    mandatory: Mapped[bool] = mapped_column(default=False)  # the data wipe of a digital aid (S4)
    is_data_wipe: Mapped[bool] = mapped_column(default=False)
