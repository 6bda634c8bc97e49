"""The content of the lead-time report (C5): figures per type and month, the breached orders.

Assembled by services/reports/leadtime_report.py, drawn by :mod:`hmc_desktop.documents.leadtime_report`
and shown by the Uppföljning tab; kept apart from the renderer so that the tab and the
services do not load reportlab (start-up time).
"""

from dataclasses import dataclass
from datetime import date, datetime

from hmc_desktop.documents.data import CentreInfo
from hmc_desktop.documents.text import MONTHS


@dataclass(frozen=True, slots=True)
class Share:
    """Orders that met a deadline and that missed it (no deadline, or still within it: neither)."""
    met: int = 0
    missed: int = 0

    @property
    def ratio(self) -> float | None:
        return self.met / (self.met + self.missed) if self.met + self.missed else None


@dataclass(frozen=True, slots=True)
class Spread:
    """Lead times in working days (one decimal): how many orders, the median, the 90th percentile."""
    n: int = 0
    median: float | None = None
    p90: float | None = None


@dataclass(frozen=True, slots=True)
class Figures:
    """One type or all types, over the period or one month."""
    orders: int = 0
    start: Share = Share()
    finish: Share = Share()
    start_days: Spread = Spread()
    finish_days: Spread = Spread()


@dataclass(frozen=True, slots=True)
class TypeFigures:
    code: str  # a type code, or 'total'
    name: str
    period: Figures
    months: tuple[Figures, ...]  # one per LeadTimeReportData.months


@dataclass(frozen=True, slots=True)
class BreachedOrder:
    """An order that missed a deadline; ``deadline``/``late_days`` for the one missed the most."""
    order_no: str
    type_code: str
    registered: datetime
    kinds: tuple[str, ...]  # 'start', 'finish'
    deadline: datetime
    late_days: float  # working days from the deadline to when it was met, or to as_of
    met: datetime | None  # None: still not started/finished


@dataclass(frozen=True, slots=True)
class LeadTimeReportData:
    centre: CentreInfo
    first: date
    last: date
    as_of: datetime
    day_hours: float  # the opening hours that make one working day
    months: tuple[date, ...]  # the first day of each month the period touches
    types: tuple[TypeFigures, ...]  # types with orders, catalogue order
    total: TypeFigures
    breached: tuple[BreachedOrder, ...]  # the worst first, at most the cap
    breached_total: int


NBSP = "\u00a0"  # numbers and their units never split over lines


def pct(share: Share, decimals: int = 1, unit: bool = True) -> str:
    """'93,1 %' (Swedish decimal comma), '–' when nothing was judged."""
    r = share.ratio
    text = "–" if r is None else f"{r * 100:.{decimals}f}".replace(".", ",")
    return text + f"{NBSP}%" if unit and r is not None else text


def days(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def num(n: int) -> str:
    return f"{n:,}".replace(",", NBSP)


def month_label(month: date, year: bool = True, sep: str = " ") -> str:
    return MONTHS[month.month - 1][:3] + (f"{sep}{month.year}" if year else "")
