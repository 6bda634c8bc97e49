"""The audit log (W10) and the record of printed documents (D3)."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hmc_desktop.db.base import Base


class AuditEntry(Base):
    """Who changed what, when, from which value to which (W10, D2)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    who: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(24))  # order|device|catalogue|calendar|staff|…
    entity_key: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class PrintedDocument(Base):
    """A document printed for a device: its data is kept so it re-prints identically."""

    __tablename__ = "printed_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # pickup_order|shipping_note|recon_log
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    data_json: Mapped[str] = mapped_column(Text)
    printed_by: Mapped[str] = mapped_column(String(80))
    printed_at: Mapped[datetime]


class PersonalDataRead(Base):
    """Who looked at whose personal data, when, in which view (webSesam logs this too).

    Not an audit entry: reading changes nothing, and the audit log tells the other
    workstations about every entry (db/change_feed.py).
    """

    __tablename__ = "personal_data_reads"
    __table_args__ = (Index("ix_personal_data_reads_holder", "holder_id", "at"),
                      Index("ix_personal_data_reads_who", "who", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    who: Mapped[str] = mapped_column(String(80))
    holder_id: Mapped[int] = mapped_column(ForeignKey("holders.id"))
    view: Mapped[str] = mapped_column(String(24))  # device_card | user_details | …
    ref: Mapped[str] = mapped_column(String(80))  # the individual or order number shown
