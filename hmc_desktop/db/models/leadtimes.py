"""The lead-time figures kept counted (C5): what the follow-up view reads instead of every
order of its period. Kept current by :mod:`hmc_desktop.services.reports.leadtime_summary` from a
change log that triggers on ``work_orders`` fill, whatever writes (migration 0008).

Per order, its part as last counted (:class:`LeadTimeFact`); summed per type and month of
registration (:class:`LeadTimeSum`); its lead times counted per type, month and hour of
working time (:class:`LeadTimeBin`), which find the median's neighbourhood, whose exact value
the facts' indexes then give.
"""

from datetime import date, datetime

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from hmc_desktop.db.base import Base


class LeadTimeFact(Base):
    """One order that is not cancelled: its outcome flags and lead times (working seconds)."""

    __tablename__ = "leadtime_facts"
    __table_args__ = (
        Index("ix_leadtime_facts_recheck", "recheck_at"),
        Index("ix_leadtime_facts_start", "type_code", "start_span", "month"),
        Index("ix_leadtime_facts_finish", "type_code", "finish_span", "month"),
        Index("ix_leadtime_facts_start_all", "start_span", "month"),
        Index("ix_leadtime_facts_finish_all", "finish_span", "month"),
    )
    order_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    type_code: Mapped[str] = mapped_column(String(8))
    month: Mapped[date]  # the first day of the (Stockholm) month of registration
    bits: Mapped[int]  # services/reports/leadtime_report.FLAG_BITS
    start_span: Mapped[int | None] = mapped_column(BigInteger)
    finish_span: Mapped[int | None] = mapped_column(BigInteger)
    # epoch seconds when a deadline not yet met passes and the flags change without a write
    recheck_at: Mapped[int | None] = mapped_column(BigInteger)


class LeadTimeSum(Base):
    """The facts of one type and month, summed."""

    __tablename__ = "leadtime_sums"
    type_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    month: Mapped[date] = mapped_column(primary_key=True)
    orders: Mapped[int]
    start_met: Mapped[int]
    start_missed: Mapped[int]
    finish_met: Mapped[int]
    finish_missed: Mapped[int]
    late: Mapped[int]  # orders that missed a deadline (either)


class LeadTimeBin(Base):
    """How many lead times of one type, month and kind ('s' start, 'f' finish) fall in two
    hours of working time (``bin`` = working seconds // 7200)."""

    __tablename__ = "leadtime_bins"
    type_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    month: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    bin: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    n: Mapped[int]


class LeadTimeChange(Base):
    """An order written since the figures were last counted (by triggers, migration 0008)."""

    __tablename__ = "leadtime_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int]


class LeadTimeState(Base):
    """When the figures were counted, and under which calendar (a changed calendar recounts)."""

    __tablename__ = "leadtime_state"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    calendar: Mapped[str] = mapped_column(String(64))
    counted_at: Mapped[datetime]
