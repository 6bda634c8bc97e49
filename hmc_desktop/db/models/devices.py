"""Articles, holders (users with personal data) and individual devices (D1, D2)."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hmc_desktop.db.base import Base


class Article(Base):
    """A product in the catalogue of aids."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    product_group: Mapped[str] = mapped_column(String(120), default="")
    digital: Mapped[bool] = mapped_column(default=False)
    simple_aid: Mapped[bool] = mapped_column(default=False)  # type 8 is then invoiced


class Holder(Base):
    """A user (brukare) who holds devices. Personal data: shown only where needed."""

    __tablename__ = "holders"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    personnummer: Mapped[str | None] = mapped_column(String(13), unique=True)


class Device(Base):
    """One individually numbered device (individkort)."""

    __tablename__ = "devices"
    __table_args__ = (
        Index("ix_devices_article_status", "article_id", "status"),
        # PM2: the due list reads devices in due order from this index alone (it covers every
        # device column the list shows); most devices are never inspected, so only those with
        # a due day are in it (migration 0010).
        Index("ix_devices_inspection_due", "inspection_due", "individual_no", "status",
              "article_id", "holder_id", "last_inspected", "id",
              sqlite_where=text("inspection_due IS NOT NULL"),
              postgresql_where=text("inspection_due IS NOT NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    individual_no: Mapped[str] = mapped_column(String(40), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("holders.id"), index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    delivered: Mapped[date | None]
    lifetime_years: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(24))
    last_inspected: Mapped[date | None]  # PM2: the latest inspection, recorded or imported
    # PM2: last_inspected (else delivered) + the plan's interval; None: not inspected. Kept by
    # services/inspections/plans.refresh_due whenever one of those changes (a stored column, so
    # that the due list is an index range scan over a million devices).
    inspection_due: Mapped[date | None]
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime | None]

    article: Mapped[Article] = relationship(lazy="joined")
    holder: Mapped[Holder | None] = relationship(lazy="joined")

    __mapper_args__ = {"version_id_col": version}


class DeviceBlock(Base):
    """A block (spärr, D2) on a device: by a recall campaign (R3) or an overdue inspection (PM2).

    In force while ``released_at`` is empty; ending it records who, when and why (W10).
    """

    __tablename__ = "device_blocks"
    __table_args__ = (
        Index("ix_device_blocks_active", "device_id", "kind", "ref_id",
              sqlite_where=text("released_at IS NULL"),
              postgresql_where=text("released_at IS NULL")),
        Index("ix_device_blocks_ref", "kind", "ref_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    kind: Mapped[str] = mapped_column(String(16))  # domain.blocking.BlockKind
    ref_id: Mapped[int | None]  # the recall campaign's id; empty for an inspection block
    detail: Mapped[str] = mapped_column(String(300), default="")
    blocked_at: Mapped[datetime]
    blocked_by: Mapped[str] = mapped_column(String(80))
    released_at: Mapped[datetime | None]
    released_by: Mapped[str | None] = mapped_column(String(80))
    release_reason: Mapped[str | None] = mapped_column(Text)
