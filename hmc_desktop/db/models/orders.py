"""Orderers, work orders (W1) and what hangs off an order: attachments, pickups, documentation, messages."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hmc_desktop.db.base import Base
from hmc_desktop.db.models.devices import Device, Holder


class Orderer(Base):
    """A prescriber/orderer (förskrivare/beställare) outside the centre."""

    __tablename__ = "orderers"
    __table_args__ = (Index("ix_orderers_name_unit", "name", "unit", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    payer_no: Mapped[str] = mapped_column(String(40), default="")


class WorkOrder(Base):
    """A work order (arbetsorder). Deadlines are computed at registration and stored (C2–C4)."""

    __tablename__ = "work_orders"
    __table_args__ = (
        Index("ix_work_orders_mailbox_status", "mailbox", "status"),
        Index("ix_work_orders_status_finish", "status", "finish_by"),
        Index("ix_work_orders_status_start", "status", "start_by"),
        Index("ix_work_orders_status_contact", "status", "contact_by"),
        Index("ix_work_orders_registered", "registered"),
        Index("ix_work_orders_device", "device_id"),
        Index("ix_work_orders_completed", "completed"),  # the follow-up's "done today" (0008)
        # The queue (services/queue/queries.py): covers its filters, SLA conditions and default sort,
        # so the open-order view is read from this index alone (migration 0002).
        Index("ix_work_orders_queue", "status", "mailbox", "medical_risk", "start_by",
              "finish_by", "contact_by", "started", "completed", "contacted", "registered",
              "type_code"),
        # The queue's "Ofullständiga" (W6): the few incomplete orders, without a scan (0006).
        Index("ix_work_orders_incomplete", "status", sqlite_where=text("incomplete <> ''"),
              postgresql_where=text("incomplete <> ''")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str] = mapped_column(String(40), unique=True)
    type_code: Mapped[str] = mapped_column(ForeignKey("order_types.code"))
    mailbox: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16))
    registered: Mapped[datetime]
    start_by: Mapped[datetime | None]
    finish_by: Mapped[datetime | None]
    contact_by: Mapped[datetime | None]
    started: Mapped[datetime | None]
    completed: Mapped[datetime | None]
    completed_by: Mapped[str | None] = mapped_column(String(80))  # W10: who completed it
    cancelled: Mapped[datetime | None]
    contacted: Mapped[datetime | None]  # W8: the user was contacted to agree a time
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    waiting_reason: Mapped[str] = mapped_column(Text, default="")
    orderer_id: Mapped[int | None] = mapped_column(ForeignKey("orderers.id"), index=True)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("holders.id"), index=True)
    assigned_to: Mapped[str | None] = mapped_column(String(80), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    service_product: Mapped[str] = mapped_column(String(120), default="")
    payer_no: Mapped[str] = mapped_column(String(40), default="")
    medical_risk: Mapped[bool] = mapped_column(default=False)  # P1
    technical_review: Mapped[bool] = mapped_column(default=False)  # W8
    quick_service: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(16), default="portal")
    billing: Mapped[str] = mapped_column(String(16))
    incomplete: Mapped[str] = mapped_column(String(200), default="")  # W6, '|'-separated
    deviation_class: Mapped[str | None] = mapped_column(String(40))  # type 9
    ordered_by_role: Mapped[str] = mapped_column(String(24), default="prescriber")  # W7
    ordered_by_name: Mapped[str] = mapped_column(String(200), default="")  # W7: who called
    work_location: Mapped[str] = mapped_column(String(24), default="")  # adaptations: centre|unit|home
    prescriber_participates: Mapped[bool | None]  # adaptations without exact instructions
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime | None]

    device: Mapped[Device | None] = relationship(lazy="joined")
    holder: Mapped[Holder | None] = relationship(lazy="joined")
    orderer: Mapped[Orderer | None] = relationship(lazy="joined")
    attachments: Mapped[list["Attachment"]] = relationship(
        back_populates="order", order_by="Attachment.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Attachment(Base):
    """A file attached to an order, stored in the database so every workstation sees it."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(40), default="other")
    content: Mapped[bytes | None] = mapped_column(LargeBinary)  # None: announced, not received
    size: Mapped[int] = mapped_column(default=0)
    added_by: Mapped[str] = mapped_column(String(80))
    added_at: Mapped[datetime]

    order: Mapped[WorkOrder] = relationship(back_populates="attachments")


class Pickup(Base):
    """A pickup order (hämtorder): fetch a device back to the centre (D2 pickup_ordered)."""

    __tablename__ = "pickups"
    __table_args__ = (Index("ix_pickups_date_status", "pickup_date", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    pickup_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="planned")  # planned|done|cancelled
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime]

    device: Mapped[Device] = relationship(lazy="joined")
    order: Mapped[WorkOrder | None] = relationship()


class DocEntry(Base):
    """Technical documentation of an order (S5): troubleshooting steps, findings, outcome."""

    __tablename__ = "doc_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # step|finding|outcome|note
    text: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(default=0)
    author: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime]


class Message(Base):
    """A message to the orderer (W4, W5, P3), kept in the order's outbox until exported."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # cancelled|at_risk|completed|free
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime]
    expected_date: Mapped[date | None]  # W5: the new date the orderer can expect
    seq: Mapped[int | None] = mapped_column(unique=True)  # export sequence, set by the outbox
    exported_at: Mapped[datetime | None]
