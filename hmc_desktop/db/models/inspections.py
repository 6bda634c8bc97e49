"""Periodic inspection (PM1–PM6): plans per product group or article, inspections with their
checklist, and the visits booked to inspect a device where it is used."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hmc_desktop.db.base import Base

# The tables these refer to (devices, work orders and, through them, the type catalogue) must be
# on the metadata before a flush: the models package imports modules lazily.
from hmc_desktop.db.models import devices as _devices  # noqa: F401
from hmc_desktop.db.models import orders as _orders  # noqa: F401
from hmc_desktop.db.models import reference as _reference  # noqa: F401


class InspectionPlan(Base):
    """PM1: an interval and a checklist for a product group (``article_id`` empty) or an article.

    An article's plan overrides its group's; what it leaves empty (interval None, no steps)
    comes from the group. Interval 0: the article is not inspected.
    """

    __tablename__ = "inspection_plans"
    __table_args__ = (
        Index("ux_inspection_plans_article", "article_id", unique=True,
              sqlite_where=text("article_id IS NOT NULL"),
              postgresql_where=text("article_id IS NOT NULL")),
        Index("ux_inspection_plans_group", "product_group", unique=True,
              sqlite_where=text("article_id IS NULL"),
              postgresql_where=text("article_id IS NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    product_group: Mapped[str] = mapped_column(String(120), default="")
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    interval_months: Mapped[int | None]

    steps: Mapped[list["InspectionPlanStep"]] = relationship(
        cascade="all, delete-orphan", order_by="InspectionPlanStep.sort_order", lazy="selectin")


class InspectionPlanStep(Base):
    __tablename__ = "inspection_plan_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("inspection_plans.id", ondelete="CASCADE"),
                                         index=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)


class Inspection(Base):
    """PM4: one inspection of a device: who, when, each step's result, and the corrective order."""

    __tablename__ = "inspections"
    __table_args__ = (
        Index("ix_inspections_device", "device_id", "performed_on"),
        # PM6: the inspections that fell due in a period, by product group, from the index alone
        Index("ix_inspections_due_article", "due", "article_id", "performed_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    performed_on: Mapped[date]
    recorded_at: Mapped[datetime]
    technician: Mapped[str] = mapped_column(String(80))
    result: Mapped[str] = mapped_column(String(16))  # ok | not_ok
    note: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None]  # the due day this inspection answered (PM6: in time or late)
    next_due: Mapped[date | None]
    # the device's article when inspected: PM6 figures group by product group without a
    # device read per inspection
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)

    steps: Mapped[list["InspectionStepRow"]] = relationship(
        cascade="all, delete-orphan", order_by="InspectionStepRow.sort_order")


class InspectionStepRow(Base):
    __tablename__ = "inspection_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"),
                                               index=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    result: Mapped[str | None] = mapped_column(String(16))  # ok | not_ok | fixed; None: not assessed
    note: Mapped[str] = mapped_column(Text, default="")


class InspectionVisit(Base):
    """PM3: a visit booked to inspect a device where it is used, and the notice to its user."""

    __tablename__ = "inspection_visits"
    __table_args__ = (
        Index("ux_inspection_visits_open", "device_id", unique=True,
              sqlite_where=text("status = 'booked'"), postgresql_where=text("status = 'booked'")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"), index=True)
    visit_at: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(default=45)
    status: Mapped[str] = mapped_column(String(16), default="booked")  # booked|done|cancelled
    booked_by: Mapped[str] = mapped_column(String(80))
    booked_at: Mapped[datetime]
    notified_at: Mapped[datetime | None]
    notified_by: Mapped[str | None] = mapped_column(String(80))
    notice: Mapped[str] = mapped_column(String(16), default="")  # letter | message
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"))
