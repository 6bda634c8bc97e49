"""Reconditioning rules (S4, D2): which checklist steps apply, when a reconditioning may be
signed off, and when a device has outlived its expected lifetime."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from hmc_desktop.domain.errors import DomainError, ValidationError

RESULTS: tuple[str, ...] = ("ok", "fixed", "not_ok", "na")
RESULT_SV: dict[str, str] = {"ok": "OK", "fixed": "åtgärdat", "not_ok": "ej OK",
                             "na": "ej aktuellt"}
WIPE_DONE = frozenset({"ok", "fixed"})  # S4: the previous user's data is really gone
OUTCOMES: tuple[str, ...] = ("in_stock", "scrapped")


@dataclass(frozen=True, slots=True)
class StepTemplate:
    """A checklist step as an administrator configured it (ChecklistStep)."""

    name: str
    sort_order: int = 0
    product_group: str = ""
    digital_only: bool = False
    mandatory: bool = False
    is_data_wipe: bool = False


@dataclass(frozen=True, slots=True)
class StepState:
    """A step of one reconditioning and its result so far (None: not done)."""

    name: str
    mandatory: bool
    is_data_wipe: bool
    result: str | None


def steps_for(templates: Iterable[StepTemplate], product_group: str, digital: bool,
              wipe_fallback: str) -> list[StepTemplate]:
    """The steps a device of ``product_group`` goes through.

    A group's own steps replace the defaults ('' group) when the group has any;
    digital-only steps are skipped for non-digital aids. A digital aid always gets a
    mandatory data-wipe step, named ``wipe_fallback`` if the checklist lacks one (S4):
    a misconfigured checklist must not let personal data through.
    """
    every = list(templates)
    own = [t for t in every if product_group and t.product_group == product_group]
    chosen = [t for t in (own or [t for t in every if t.product_group == ""])
              if digital or not t.digital_only]
    chosen.sort(key=lambda t: (t.sort_order, t.name))
    if digital and not any(t.is_data_wipe for t in chosen):
        last = max((t.sort_order for t in chosen), default=0)
        chosen.append(StepTemplate(wipe_fallback, last + 1, product_group, True, True, True))
    return [replace(t, mandatory=True) if t.is_data_wipe else t for t in chosen]


def check_result(result: str) -> None:
    """Raise unless ``result`` is one of :data:`RESULTS`."""
    if result not in RESULTS:
        raise ValidationError("recon_result_unknown", field="result", result=result,
                              valid=", ".join(RESULTS))


def check_sign_off(steps: Sequence[StepState], *, digital: bool, outcome: str,
                   scrap_reason: str) -> bool | None:
    """Refuse a sign-off that S4 does not allow; returns ``data_wiped`` (None: not a digital aid).

    Every mandatory step needs a result; a digital aid's data wipe must be OK or fixed
    (whatever the outcome: a scrapped device still leaves the centre); a device goes back
    to stock only when no step is 'not OK'; scrapping needs a reason.
    """
    if outcome not in OUTCOMES:
        raise ValidationError("recon_outcome_unknown", field="outcome", outcome=outcome,
                              valid=", ".join(OUTCOMES))
    if outcome == "scrapped" and not scrap_reason.strip():
        raise ValidationError("scrap_reason_required", field="scrap_reason")
    missing = [s.name for s in steps if s.mandatory and s.result is None]
    if missing:
        raise DomainError("recon_steps_missing", steps=", ".join(missing))
    if digital:
        for s in steps:
            if s.is_data_wipe and s.result not in WIPE_DONE:
                raise DomainError("recon_data_wipe", step=s.name, result=s.result or "–",
                                  result_sv=RESULT_SV.get(s.result or "", "–"))
    if outcome == "in_stock":
        not_ok = [s.name for s in steps if s.result == "not_ok"]
        if not_ok:
            raise DomainError("recon_step_not_ok", steps=", ".join(not_ok))
    return True if digital else None


MAX_LIFETIME_YEARS = 100  # an expected lifetime beyond this is a typing slip, not an aid's


def lifetime_ends(delivered: date | None, lifetime_years: int | None) -> date | None:
    """The day the expected lifetime ends; 29 February becomes 28 February in a common year."""
    if delivered is None or not lifetime_years:
        return None
    try:
        return delivered.replace(year=delivered.year + lifetime_years)
    except ValueError:
        return delivered.replace(year=delivered.year + lifetime_years, day=28)


def past_lifetime(delivered: date | None, lifetime_years: int | None, today: date) -> bool:
    """True from the day the lifetime ends (as the device card counts): time to decide on scrapping."""
    ends = lifetime_ends(delivered, lifetime_years)
    return ends is not None and ends <= today
