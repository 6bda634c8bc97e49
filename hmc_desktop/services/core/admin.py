"""Administration: the type catalogue, the calendar and staff (admins only; audited, W10).

A changed calendar or lead time moves the deadlines of *open* orders; closed orders
keep the deadlines they were measured against (C5).
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import ClosingDay, Mailbox, OpeningHours, OrderTypeRow, Staff, WorkOrder
from hmc_desktop.domain.calendar import CalendarSettings, WorkCalendar
from hmc_desktop.domain.errors import DomainError, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.sla import compute_deadlines
from hmc_desktop.domain.types import OPEN_STATUSES, Role
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.reference import load_calendar, load_catalogue

EDITABLE_TYPE_FIELDS = frozenset({
    "name", "start_days", "finish_days", "finish_hours", "billing", "help_text",
    "requires_service_product", "requires_payer_no", "prescriber_only",
})


@dataclass(frozen=True, slots=True)
class StaffMember:
    """One row of the staff list."""

    login: str
    display_name: str
    role: Role
    active: bool
    service_account: bool


class AdminService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def update_order_type(self, code: str, *, mailbox: str | None = None, **changes: Any) -> None:
        """Change a type's routing, lead times, billing or help text; never its code (W2)."""
        self.ctx.user.require(Action.EDIT_CATALOGUE)
        unknown = set(changes) - EDITABLE_TYPE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        now, who = self.ctx.clock.now(), self.ctx.user.login
        with self.ctx.db.transaction() as session:
            row = session.get(OrderTypeRow, code)
            if row is None:
                raise ValidationError("unknown_type", field="type", code=code,
                                      valid=", ".join(t.code for t in self.ctx.catalogue))
            if mailbox is not None:
                box = session.scalar(select(Mailbox).where(Mailbox.name == mailbox))
                if box is None:
                    box = Mailbox(name=mailbox)
                    session.add(box)
                    session.flush()
                changes["mailbox_id"] = box.id
            set_and_record(session, row, changes, who=who, at=now, entity="catalogue", key=code,
                           action="edit")
            session.flush()
            session.expire(row, ["mailbox"])  # the relationship follows the new mailbox_id
            self._recompute_open(session, now, who)
        self.ctx.reload()

    def set_opening_hours(self, opens: time, closes: time) -> None:
        """C3: the centre's opening hours; open orders' deadlines follow."""
        self.ctx.user.require(Action.EDIT_CALENDAR)
        WorkCalendar(CalendarSettings(opens=opens, closes=closes))  # validates the order of times
        now, who = self.ctx.clock.now(), self.ctx.user.login
        with self.ctx.db.transaction() as session:
            hours = session.get(OpeningHours, 1) or OpeningHours(id=1, opens=opens, closes=closes)
            session.add(hours)
            set_and_record(session, hours, {"opens": opens, "closes": closes}, who=who, at=now,
                           entity="calendar", key="opening_hours", action="edit")
            session.flush()
            self._recompute_open(session, now, who)
        self.ctx.reload()

    def add_closing_day(self, day: date, reason: str) -> None:
        """C1: one of the centre's own closing days; open orders' deadlines follow."""
        self.ctx.user.require(Action.EDIT_CALENDAR)
        now, who = self.ctx.clock.now(), self.ctx.user.login
        with self.ctx.db.transaction() as session:
            if session.get(ClosingDay, day) is None:
                session.add(ClosingDay(day=day, reason=reason))
                record(session, who=who, at=now, entity="calendar", key=day.isoformat(),
                       action="closing_day", new=reason)
                session.flush()
                self._recompute_open(session, now, who)
        self.ctx.reload()

    def remove_closing_day(self, day: date) -> None:
        self.ctx.user.require(Action.EDIT_CALENDAR)
        now, who = self.ctx.clock.now(), self.ctx.user.login
        with self.ctx.db.transaction() as session:
            row = session.get(ClosingDay, day)
            if row is not None:
                record(session, who=who, at=now, entity="calendar", key=day.isoformat(),
                       action="closing_day", old=row.reason)
                session.delete(row)
                session.flush()
                self._recompute_open(session, now, who)
        self.ctx.reload()

    def save_staff(self, login: str, display_name: str, role: Role, active: bool = True,
                   service_account: bool = False) -> None:
        """Add or change a staff member: login name, display name, role, whether active, and
        whether ``HMC_USER`` may name the login (a service account; services/core/staff.py).

        Refused in one sentence when it would leave the database without an active
        administrator.
        """
        self.ctx.user.require(Action.MANAGE_STAFF)
        login = login.strip()
        if not login or len(login) > 80 or any(ch.isspace() for ch in login):
            raise ValidationError("staff_login_required", field="login")
        display_name = display_name.strip() or login
        now, who = self.ctx.clock.now(), self.ctx.user.login
        with self.ctx.db.transaction() as session:
            staff = session.scalar(select(Staff).where(Staff.login == login).with_for_update())
            if staff is None:
                staff = Staff(login=login, display_name=display_name, role=role.value,
                              active=active, service_account=service_account)
                session.add(staff)
                record(session, who=who, at=now, entity="staff", key=login, action="create",
                       field="role", new=role.value)
                if service_account:
                    record(session, who=who, at=now, entity="staff", key=login, action="create",
                           field="service_account", new=True)
            else:
                if staff.role == Role.ADMIN.value and staff.active and (
                        role is not Role.ADMIN or not active):
                    self._keep_an_admin(session, login)
                set_and_record(session, staff, {"display_name": display_name, "role": role.value,
                                                "active": active,
                                                "service_account": service_account},
                               who=who, at=now, entity="staff", key=login, action="edit")
        self.ctx.reload()

    def staff(self) -> list[StaffMember]:
        """Every staff member, by login (administrators only: it lists the service accounts)."""
        self.ctx.user.require(Action.MANAGE_STAFF)
        with self.ctx.db.reading() as session:
            return [StaffMember(s.login, s.display_name, Role(s.role), s.active, s.service_account)
                    for s in session.scalars(select(Staff).order_by(Staff.login))]

    @staticmethod
    def _keep_an_admin(session: Session, leaving: str) -> None:
        others = session.scalar(select(func.count(Staff.id)).where(
            Staff.role == Role.ADMIN.value, Staff.active.is_(True), Staff.login != leaving))
        if not others:
            raise DomainError("last_admin", login=leaving)

    def _recompute_open(self, session: Session, now: datetime, who: str) -> int:
        """New deadlines for open orders after a catalogue or calendar change; returns how many moved."""
        catalogue, calendar = load_catalogue(session), load_calendar(session)
        moved = 0
        orders = session.scalars(select(WorkOrder).where(WorkOrder.status.in_(OPEN_STATUSES)))
        for order in orders.unique():
            t = catalogue.get(order.type_code)
            d = compute_deadlines(t, order.registered, calendar, order.technical_review)
            changed = set_and_record(
                session, order, {"start_by": d.start_by, "finish_by": d.finish_by,
                                 "contact_by": d.contact_by, "mailbox": t.mailbox},
                who=who, at=now, entity="order", key=order.order_no, action="recalculate")
            moved += bool(changed)
        return moved

