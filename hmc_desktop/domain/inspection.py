"""Periodic inspection (förebyggande underhåll), PM1–PM6: plans, due dates, notices and results.

A plan (PM1) gives an article an interval in months and a checklist; what an article lacks it
takes from its product group. A device falls due ``interval`` months after its last
inspection, or after its delivery if it was never inspected (PM2); a day past the month's end
falls on the month's last day (31 January + 1 month = 28/29 February). The user must be told
at least 10 working days (C1) before the visit (PM3).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from hmc_desktop.domain.blocking import ActiveBlock, BlockKind
from hmc_desktop.domain.calendar import WorkCalendar
from hmc_desktop.domain.errors import DomainError, ValidationError
from hmc_desktop.domain.types import DeviceStatus

INTERVAL_MAX = 120  # months: ten years is longer than any aid's inspection interval
NOTICE_WORKING_DAYS = 10  # PM3
STEP_RESULTS: tuple[str, ...] = ("ok", "not_ok", "fixed")  # OK / not OK / remedied on the spot
RESULTS: tuple[str, ...] = ("ok", "not_ok")  # the inspection as a whole
RESULT_SV: dict[str, str] = {"ok": "OK", "not_ok": "Ej OK", "fixed": "Åtgärdat"}
OUTCOME_SV: dict[str, str] = {"ok": "Godkänd", "not_ok": "Ej godkänd"}
# The checklist of a plan that names none, for its article nor its group: an inspection
# must check something, and these are what every safety inspection of an aid covers.
DEFAULT_STEPS: tuple[str, ...] = (
    "Okulär kontroll av skador, sprickor och slitage",
    "Funktionskontroll enligt tillverkarens anvisning",
    "Märkning, bruksanvisning och individnummer finns",
)
# A device here is inspected at the centre and blocked while overdue (PM2); one in use (or
# ordered for pickup) is still with its user and is inspected where it is used.
AT_CENTRE = frozenset({DeviceStatus.RETURNED.value, DeviceStatus.IN_RECONDITIONING.value,
                       DeviceStatus.IN_STOCK.value, DeviceStatus.AT_WORKSHOP.value})
CORRECTIVE_AT_USER = "2"  # Avhjälpande underhåll – Hos kund/brukare
CORRECTIVE_AT_CENTRE = "1"  # Avhjälpande underhåll – Utföres på HMC


@dataclass(frozen=True, slots=True)
class PlanRule:
    """One configured plan: for a product group (``article_id`` None) or for one article.

    ``interval_months`` None: the rule says nothing about the interval (the group's applies);
    0: the article is not inspected. ``steps`` empty: the checklist comes from the group.
    """

    product_group: str
    article_id: int | None
    interval_months: int | None
    steps: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    """What applies to one article: its interval (None: not inspected) and its checklist."""

    interval_months: int | None
    steps: tuple[str, ...]


class PlanBook:
    """Every configured plan; answers for an article, falling back to its product group (PM1)."""

    def __init__(self, rules: Iterable[PlanRule]) -> None:
        self.by_article: dict[int, PlanRule] = {}
        self.by_group: dict[str, PlanRule] = {}
        for rule in rules:
            if rule.article_id is not None:
                self.by_article[rule.article_id] = rule
            else:
                self.by_group[rule.product_group] = rule

    def plan(self, article_id: int, product_group: str) -> Plan:
        """The article's own interval and checklist where it has them, else its group's."""
        own = self.by_article.get(article_id)
        group = self.by_group.get(product_group) if product_group else None
        interval = own.interval_months if own is not None else None
        if interval is None and group is not None:
            interval = group.interval_months
        steps = (own.steps if own is not None and own.steps else
                 group.steps if group is not None and group.steps else DEFAULT_STEPS)
        return Plan(interval or None, steps)

    def interval(self, article_id: int, product_group: str) -> int | None:
        """Months between inspections; None when the article is not inspected."""
        return self.plan(article_id, product_group).interval_months


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months; a day past the new month's end falls on its last day."""
    result: date = day + relativedelta(months=months)
    return result


def due_date(last_inspected: date | None, delivered: date | None,
             interval_months: int | None) -> date | None:
    """PM2: the last inspection (else the delivery) plus the interval; None when not inspected
    (no interval) or nothing to count from."""
    basis = last_inspected or delivered
    if not interval_months or basis is None:
        return None
    return add_months(basis, interval_months)


def notice_by(due: date, calendar: WorkCalendar) -> date:
    """PM3: the last day to send the user the notice, the 10th working day before ``due``."""
    return calendar.working_day_before(due, NOTICE_WORKING_DAYS)


def is_overdue(due: date | None, today: date) -> bool:
    """Past its due day without an inspection (a device due today is not overdue yet)."""
    return due is not None and due < today


def check_interval(months: int | None) -> None:
    """An interval is 0 (not inspected) to :data:`INTERVAL_MAX` months, or absent."""
    if months is not None and not 0 <= months <= INTERVAL_MAX:
        raise ValidationError("inspection_interval_range", field="interval_months",
                              months=months, max=INTERVAL_MAX)


def clean_steps(steps: Iterable[str]) -> tuple[str, ...]:
    """Checklist step names as an administrator typed them: trimmed, blanks and repeats dropped."""
    seen: dict[str, None] = {}
    for name in steps:
        text = " ".join(name.split())
        if text:
            seen.setdefault(text[:200], None)
    return tuple(seen)


# -- recording (PM4) -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StepResult:
    """One checklist step as the technician recorded it; ``result`` None: not assessed."""

    name: str
    result: str | None
    note: str = ""


def check_inspection(steps: Sequence[StepResult], result: str | None) -> str:
    """The inspection's outcome ('ok' or 'not_ok'), refusing what PM4 does not allow.

    Every step has a result, or none has one and ``result`` gives the outcome (the command
    line records the inspection as a whole). A step not OK makes the inspection not OK and
    needs a note: it becomes the corrective order's description.
    """
    if result is not None and result not in RESULTS:
        raise ValidationError("inspection_result_unknown", field="result", result=result,
                              valid=", ".join(RESULTS))
    for s in steps:
        if s.result is not None and s.result not in STEP_RESULTS:
            raise ValidationError("inspection_step_result_unknown", field="result",
                                  result=s.result, valid=", ".join(STEP_RESULTS))
    assessed = [s for s in steps if s.result is not None]
    if not assessed:
        if result is None:
            raise DomainError("inspection_steps_missing", steps=", ".join(s.name for s in steps))
        return result
    missing = [s.name for s in steps if s.result is None]
    if missing:
        raise DomainError("inspection_steps_missing", steps=", ".join(missing))
    for s in steps:
        if s.result == "not_ok" and not s.note.strip():
            raise ValidationError("inspection_note_required", field="note", step=s.name)
    outcome = "not_ok" if any(s.result == "not_ok" for s in steps) else "ok"
    if result is not None and result != outcome:
        raise DomainError("inspection_result_conflict", result=result, outcome=outcome,
                          result_sv=OUTCOME_SV[result].lower(), outcome_sv=OUTCOME_SV[outcome].lower())
    return outcome


def check_inspection_day(day: date, today: date, last_inspected: date | None,
                         individual_no: str) -> None:
    """An inspection is dated today or earlier, and not before the device's last one."""
    if day > today:
        raise ValidationError("inspection_date_future", field="date", date=day.isoformat())
    if last_inspected is not None and day < last_inspected:
        raise DomainError("inspection_date_before_last", individual_no=individual_no,
                          date=day.isoformat(), last=last_inspected.isoformat())


def corrective_type(device_status: str) -> str:
    """PM4: the corrective order is done where the device is: at the user's (type 2) for a
    device in use, at the centre (type 1) otherwise."""
    return CORRECTIVE_AT_USER if device_status == DeviceStatus.IN_USE.value else CORRECTIVE_AT_CENTRE


def corrective_description(day: date, steps: Sequence[StepResult], note: str) -> str:
    """What the corrective order is to fix: the steps not OK with their notes, and the note."""
    lines = [f"Besiktning {day.isoformat()}: ej godkänd."]
    lines += [f"- {s.name}: {s.note.strip()}" for s in steps if s.result == "not_ok"]
    if note.strip():
        lines.append(note.strip())
    return "\n".join(lines)


# -- booking visits and telling the user (PM3) ----------------------------------------------
def earliest_visit(today: date, calendar: WorkCalendar) -> date:
    """The first day a visit can be booked for, so that a notice sent today is in time."""
    return calendar.add_working_days(today, NOTICE_WORKING_DAYS)


def check_visit(moment: datetime, today: date, calendar: WorkCalendar) -> None:
    """A visit is on a working day, within opening hours, and 10 working days ahead (PM3).

    ``moment`` is Stockholm wall time (naive or aware).
    """
    day, at = moment.date(), moment.time().replace(tzinfo=None)
    if not calendar.is_working_day(day):
        raise DomainError("visit_day_closed", date=day.isoformat())
    s = calendar.settings
    if not s.opens <= at < s.closes:
        raise DomainError("visit_outside_hours", opens=s.opens.strftime("%H:%M"),
                          closes=s.closes.strftime("%H:%M"), time=at.strftime("%H:%M"))
    if notice_by(day, calendar) < today:
        raise DomainError("visit_too_soon", date=day.isoformat(),
                          earliest=earliest_visit(today, calendar).isoformat())


def route_times(start: datetime, count: int, minutes: int, closes: time) -> list[datetime]:
    """The visits of a route one after the other from ``start``; refused if the last would end
    after closing time."""
    if minutes < 5 or minutes > 480:
        raise ValidationError("route_minutes", field="minutes", minutes=minutes)
    times = [start + timedelta(minutes=minutes * i) for i in range(count)]
    end = times[-1] + timedelta(minutes=minutes) if times else start
    if end.date() != start.date() or end.time() > closes:
        raise DomainError("route_too_long", count=count, minutes=minutes,
                          start=start.strftime("%H:%M"), closes=closes.strftime("%H:%M"))
    return times


def postal_area(postal_code: str) -> str:
    """The postal area of a Swedish postal code: its first three digits ('411 01' → '411')."""
    digits = "".join(ch for ch in postal_code if ch.isdigit())
    return digits[:3]


def check_one_area(areas: Mapping[str, str]) -> str:
    """A route covers one postal area: ``areas`` maps individual number → postal area."""
    distinct = sorted(set(areas.values()))
    if len(distinct) != 1 or not distinct[0]:
        raise DomainError("route_one_area", areas=", ".join(a or "–" for a in distinct))
    return distinct[0]


# -- follow-up (PM6) -------------------------------------------------------------------------
TIMELINESS: tuple[str, ...] = ("on_time", "late", "overdue", "pending")


def timeliness(due: date, performed: date | None, today: date) -> str:
    """PM6: an inspection that fell due was done by its due day ('on_time') or after it
    ('late'); not done, it is 'overdue' once the day has passed, else 'pending'."""
    if performed is not None:
        return "on_time" if performed <= due else "late"
    return "overdue" if due < today else "pending"


def inspection_blocks(due: date | None, today: date, failed_on: date | None = None,
                      open_order_no: str | None = None) -> list[ActiveBlock]:
    """The blocks an inspection puts on a device (D2), computed from what is stored, so that no
    clock has to set them: overdue (PM2), or failed with its corrective order still open (PM4)."""
    blocks = []
    if due is not None and is_overdue(due, today):
        blocks.append(ActiveBlock(BlockKind.INSPECTION, due.isoformat()))
    if failed_on is not None and open_order_no is not None:
        blocks.append(ActiveBlock(BlockKind.INSPECTION_FAILED, failed_on.isoformat(),
                                  order_no=open_order_no))
    return blocks
