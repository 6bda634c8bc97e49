"""Reference data: default catalogue/calendar/settings on a new database; loading them as domain objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from hmc_desktop.db import models, tables
from hmc_desktop.domain.calendar import CalendarSettings, WorkCalendar
from hmc_desktop.domain.catalogue import DEFAULT_TYPES, MAILBOXES, Catalogue, Family, WorkOrderType
from hmc_desktop.domain.types import AttachmentKind, Billing, Role
from hmc_desktop.services.core.holiday_cache import cached_swedish_holidays
from hmc_desktop.services.core.staff import Login

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import OrderTypeRow

    Reader = Connection | Session  # reads work on either; start-up reads without the ORM

_MAILBOXES, _HOURS = tables.mailboxes, tables.opening_hours

DEFAULT_SETTINGS: dict[str, str] = {
    "centre.name": "Hjälpmedelscentralen",
    "centre.address": "Verkstadsgatan 4\n417 07 Göteborg",
    "centre.phone": "010-473 00 00",
    "centre.email": "hjalpmedelscentralen@example.se",
    "centre.logo_png_base64": "",
}


# S4: the default reconditioning checklist: (step, digital aids only, mandatory, is the data wipe)
DEFAULT_CHECKLIST: tuple[tuple[str, bool, bool, bool], ...] = (
    ("Rengöring och desinfektion", False, True, False),
    ("Okulär- och säkerhetskontroll", False, True, False),
    ("Funktionstest", False, True, False),
    ("Utbytta delar", False, False, False),
    ("Batterikontroll", False, False, False),
    ("Dataradering / fabriksåterställning", True, True, True),
)


@dataclass(frozen=True, slots=True)
class MissingDefaults:
    """What of the DOMAIN defaults a database lacks (nothing, once it has been prepared)."""

    mailboxes: bool  # and with them the type catalogue
    opening_hours: bool
    settings: frozenset[str]
    checklist: bool
    staff: bool
    recount: bool = False  # deadlines stored before C2 was made precise (deadline_recount)

    def __bool__(self) -> bool:
        return (self.mailboxes or self.opening_hours or bool(self.settings) or self.checklist
                or self.staff or self.recount)


def missing_defaults(db: Reader) -> MissingDefaults:
    """What the database lacks of the defaults; :func:`ensure_defaults` adds it.

    Read with Core tables: the start-up asks this every time, and needs no ORM for it
    (start-up time).
    """
    existing = set(db.scalars(select(tables.settings.c.key)))
    return MissingDefaults(
        mailboxes=db.scalar(select(_MAILBOXES.c.id).limit(1)) is None,
        opening_hours=db.scalar(select(_HOURS.c.id).where(_HOURS.c.id == 1)) is None,
        settings=frozenset(DEFAULT_SETTINGS.keys() - existing),
        checklist=db.scalar(select(tables.checklist_steps.c.id).limit(1)) is None,
        staff=db.scalar(select(tables.staff.c.id).limit(1)) is None,
        recount=RECOUNT_MARKER not in existing,
    )


RECOUNT_MARKER = "deadlines.registration_day"  # a setting: present once deadline_recount ran


def ensure_defaults(session: Session, bootstrap_login: str | Login,
                    now: datetime | None = None) -> None:
    """Fill an empty database with the DOMAIN defaults; the first login becomes its administrator.

    A first login named by ``HMC_USER`` (a script making its database) is recorded as a
    service account, so that the same script may go on using it (services/core/staff.py).
    A database from before C2 was made precise gets its affected deadlines counted again
    (:mod:`hmc_desktop.services.core.deadline_recount`), once, as ``bootstrap_login`` at ``now``.
    """
    missing = missing_defaults(session)
    if missing.mailboxes:
        boxes = {name: models.Mailbox(name=name) for name in MAILBOXES}
        session.add_all(boxes.values())
        session.flush()
        for t in DEFAULT_TYPES:
            session.add(type_row_from_domain(t, boxes[t.mailbox].id))
    if missing.opening_hours:
        session.add(models.OpeningHours(id=1, opens=time(8, 0), closes=time(16, 0)))
    session.add_all(models.Setting(key=k, value=v)
                    for k, v in DEFAULT_SETTINGS.items() if k in missing.settings)
    if missing.checklist:
        session.add_all(models.ChecklistStep(product_group="", name=name, sort_order=i,
                                             digital_only=digital, mandatory=mandatory,
                                             is_data_wipe=wipe)
                        for i, (name, digital, mandatory, wipe) in enumerate(DEFAULT_CHECKLIST))
    if missing.staff:
        first = Login(bootstrap_login) if isinstance(bootstrap_login, str) else bootstrap_login
        session.add(models.Staff(login=first.name, display_name=first.name,
                                 role=Role.ADMIN.value, service_account=first.override))
    if missing.recount:
        from hmc_desktop.services.core.deadline_recount import recount_registered_on_closed_days

        who = bootstrap_login if isinstance(bootstrap_login, str) else bootstrap_login.name
        session.flush()  # the catalogue and calendar just added are what it counts with
        when = now or datetime.now().astimezone()
        recount_registered_on_closed_days(session, load_catalogue(session), load_calendar(session),
                                          who, when)
        session.add(models.Setting(key=RECOUNT_MARKER, value="never counts (C2)"))


def type_row_from_domain(t: WorkOrderType, mailbox_id: int) -> OrderTypeRow:
    return models.OrderTypeRow(
        code=t.code, name=t.name, mailbox_id=mailbox_id, sort_order=t.sort_order,
        billing=t.billing.value, family=t.family.value, start_days=t.start_days,
        finish_days=t.finish_days,
        finish_hours=t.finish_hours, invoiced_if_simple_aid=t.invoiced_if_simple_aid,
        prescriber_only=t.prescriber_only, requires_device=t.requires_device,
        requires_service_product=t.requires_service_product,
        requires_payer_no=t.requires_payer_no,
        required_attachments="|".join(k.value for k in t.required_attachments),
        waits_for_approval=t.waits_for_approval, help_text=t.help_text,
    )


def type_from_row(row: Any, mailbox: str) -> WorkOrderType:
    """The domain type of an ``order_types`` row (anything with its columns as attributes)."""
    return WorkOrderType(
        code=row.code, name=row.name, mailbox=mailbox, sort_order=row.sort_order,
        billing=Billing(row.billing), family=_family(row.family), start_days=row.start_days, finish_days=row.finish_days,
        finish_hours=row.finish_hours, invoiced_if_simple_aid=row.invoiced_if_simple_aid,
        prescriber_only=row.prescriber_only, requires_device=row.requires_device,
        requires_service_product=row.requires_service_product,
        requires_payer_no=row.requires_payer_no,
        required_attachments=tuple(
            AttachmentKind(k) for k in row.required_attachments.split("|") if k
        ),
        waits_for_approval=row.waits_for_approval, help_text=row.help_text,
    )


def _family(value: str) -> Family:
    try:
        return Family(value)
    except ValueError:  # written by a newer program: no family rule applies to it here
        return Family.OTHER


def load_catalogue(db: Reader) -> Catalogue:
    """The live catalogue from the database (Core tables: see :func:`missing_defaults`)."""
    types = tables.order_types
    stmt = (select(types, _MAILBOXES.c.name.label("mailbox_name"))
            .join(_MAILBOXES, types.c.mailbox_id == _MAILBOXES.c.id)
            .order_by(types.c.sort_order, types.c.code))
    return Catalogue([type_from_row(r, r.mailbox_name) for r in db.execute(stmt)])


def load_calendar(db: Reader) -> WorkCalendar:
    """The SLA calendar with the centre's opening hours and closing days."""
    hours = db.execute(select(_HOURS.c.opens, _HOURS.c.closes).where(_HOURS.c.id == 1)).first()
    closed = frozenset(db.scalars(select(tables.closing_days.c.day)))
    settings = (CalendarSettings(closed_days=closed) if hours is None else
                CalendarSettings(opens=hours.opens, closes=hours.closes, closed_days=closed))
    return WorkCalendar(settings, cached_swedish_holidays())


def load_settings(session: Session) -> dict[str, str]:
    return {s.key: s.value for s in session.scalars(select(models.Setting))}
