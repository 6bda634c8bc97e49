"""Recall campaigns (R1–R5): the action, the scope, where each unit is and when it is done.

A campaign fixes its devices when it opens (the notice concerns the units delivered until
then): every device of the article, or those delivered in a date range, or a list of
individual numbers. The units at the centre are blocked at once (R3, D2); each unit with a
user gets one order (R4). A unit's action is *done* when its order is completed, when a
technician released its block (a unit at the centre was checked or fixed), or when it is
scrapped (R2, R4).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.types import DeviceStatus, OrderStatus


class RecallAction(StrEnum):
    """What is done for each unit (R1, R4)."""

    REPAIR = "repair"  # repaired at the user's: a type-2 order
    INSPECT = "inspect"  # inspected at the user's: a type-2 order
    EXCHANGE = "exchange"  # a replacement device and a pickup order for the unit, as in S2


ACTION_SV = {RecallAction.REPAIR: "reparation hos brukaren",
             RecallAction.INSPECT: "kontroll hos brukaren",
             RecallAction.EXCHANGE: "byte mot ett annat hjälpmedel"}

#: R4: "repair or inspect at the user's (a type-2 order)" — Avhjälpande underhåll hos brukare.
RECALL_ORDER_TYPE = "2"

DS = DeviceStatus
#: R3: where a unit is at the centre, and so blocked the moment the campaign opens.
AT_CENTRE = frozenset({DS.IN_STOCK, DS.RETURNED, DS.IN_RECONDITIONING, DS.AT_WORKSHOP})
#: R2: the order in which the places are listed: with users first, scrapped (done) last.
WHERE_ORDER: tuple[DeviceStatus, ...] = (DS.IN_USE, DS.PICKUP_ORDERED, DS.AT_WORKSHOP,
                                         DS.RETURNED, DS.IN_RECONDITIONING, DS.IN_STOCK,
                                         DS.SCRAPPED)
ORDER_PREFIX = "RC"  # order numbers RC<campaign>-<n>


def parse_action(value: str) -> RecallAction:
    """The action named ``value``; a :class:`ValidationError` lists the valid ones."""
    try:
        return RecallAction(value.strip().lower())
    except ValueError:
        raise ValidationError("recall_action_unknown", field="action", action=value,
                              valid=", ".join(RecallAction)) from None


def gets_order(status: str, has_holder: bool) -> bool:
    """R4: a unit with a user (in use and held) gets an order; the others are at the centre,
    on their way back (pickup ordered: blocked when they arrive), or scrapped."""
    return status == DS.IN_USE.value and has_holder


def is_done(status: str, order_status: str | None, released: bool) -> bool:
    """R2, R4: scrapped, or its order completed, or its block released by a technician."""
    return (status == DS.SCRAPPED.value or order_status == OrderStatus.COMPLETED.value
            or released)


def blocks_on_return(action: str | None, order_status: str | None, released: bool) -> bool:
    """A unit coming back to the centre is blocked (R3) unless the unit itself has been dealt
    with: released, or repaired/inspected at the user's. An exchange completes when the user has
    the replacement; the recalled unit still needs its fix before anyone gets it again."""
    if released:
        return False
    return not (order_status == OrderStatus.COMPLETED.value
                and action in (RecallAction.REPAIR.value, RecallAction.INSPECT.value))


def parse_individual_numbers(lines: Iterable[str]) -> list[str]:
    """One individual number a line (a file, or scans): blanks and '#' comments skipped,
    a number listed twice taken once, in the order given."""
    seen: dict[str, None] = {}
    for line in lines:
        number = line.split("#", 1)[0].strip().strip('"').strip()
        if number:
            seen.setdefault(number, None)
    return list(seen)


@dataclass(frozen=True, slots=True)
class RecallScope:
    """R1: the article's units, optionally narrowed by delivery date and/or a list."""

    delivered_from: date | None = None
    delivered_to: date | None = None
    individuals: tuple[str, ...] | None = None  # None: no list; a list must not be empty

    def check(self) -> None:
        """Refuse a scope that cannot be meant: an empty list, a range ending before it starts."""
        if (self.delivered_from is not None and self.delivered_to is not None
                and self.delivered_from > self.delivered_to):
            raise ValidationError("recall_dates", field="delivered",
                                  start=self.delivered_from.isoformat(),
                                  end=self.delivered_to.isoformat())
        if self.individuals is not None and not self.individuals:
            raise ValidationError("recall_list_empty", field="individuals")

    def admits(self, delivered: date | None) -> bool:
        """Whether a unit delivered on ``delivered`` falls in the range (no date: only without
        a range)."""
        if self.delivered_from is None and self.delivered_to is None:
            return True
        if delivered is None:
            return False
        return ((self.delivered_from is None or delivered >= self.delivered_from)
                and (self.delivered_to is None or delivered <= self.delivered_to))


@dataclass(slots=True)
class RecallProgress:
    """R5: affected, done and remaining, in all and by where the units are now."""

    affected: int = 0
    done: int = 0
    by_status: dict[str, list[int]] = field(default_factory=dict)  # status → [affected, done]

    def add(self, status: str, done: bool, count: int = 1) -> None:
        cell = self.by_status.setdefault(status, [0, 0])
        cell[0] += count
        self.affected += count
        if done:
            cell[1] += count
            self.done += count

    @property
    def remaining(self) -> int:
        return self.affected - self.done

    def remaining_by_status(self) -> dict[str, int]:
        """Device status → how many of the remaining units have it (those with any), R2 order."""
        return {s.value: a - d for s in WHERE_ORDER
                for a, d in [self.by_status.get(s.value, [0, 0])] if a - d}

    def rows(self) -> list[tuple[str, int, int, int]]:
        """(status, affected, done, remaining) for each place that has units, R2 order."""
        return [(s.value, a, d, a - d) for s in WHERE_ORDER
                for a, d in [self.by_status.get(s.value, [0, 0])] if a]


def order_number(campaign_id: int, n: int) -> str:
    """The number of the campaign's ``n``-th order: RC12-00001."""
    return f"{ORDER_PREFIX}{campaign_id}-{n:05d}"


def order_description(campaign_id: int, title: str, reference: str,
                      action: RecallAction) -> str:
    """What the technician reads on the order (Swedish, as the queue's texts)."""
    ref = f" (ref. {reference})" if reference else ""
    what = {RecallAction.REPAIR: "Åtgärda hjälpmedlet hos brukaren enligt tillverkarens "
                                 "anvisning.",
            RecallAction.INSPECT: "Kontrollera hjälpmedlet hos brukaren enligt tillverkarens "
                                  "anvisning.",
            RecallAction.EXCHANGE: "Lämna ett ersättningshjälpmedel till brukaren och ta med "
                                   "det återkallade hjälpmedlet tillbaka (hämtorder skapad)."}
    return f"Återkallelse {campaign_id}: {title}{ref}. {what[action]}"
