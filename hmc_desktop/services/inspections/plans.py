"""Inspection plans (PM1) and the due day they give each device (PM2).

A device's due day is stored (``devices.inspection_due``) so that the due list reads an index
over a million devices. :func:`refresh_due` recomputes it from the plan, the last inspection
and the delivery date, and is called wherever one of those changes: an inspection recorded, a
plan edited, an import setting an interval, a delivery date or a last inspection.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, bindparam, func, or_, select, update

from hmc_desktop.db import models, tables
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.inspection import (
    Plan,
    PlanBook,
    PlanRule,
    check_interval,
    clean_steps,
    due_date,
)
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

ENTITY = "inspection_plan"
CHUNK = 5_000


def plan_book(session: Session, where: ColumnElement[bool] | None = None) -> PlanBook:
    """Every configured plan (a few dozen rows), or those ``where`` selects."""
    p, s = models.InspectionPlan, models.InspectionPlanStep
    query = select(p.id, p.product_group, p.article_id, p.interval_months)
    rows = session.execute(query if where is None else query.where(where)).all()
    if not rows:
        return PlanBook(())
    steps: dict[int, list[str]] = {}
    step_query = select(s.plan_id, s.name).order_by(s.plan_id, s.sort_order, s.id)
    if where is not None:
        step_query = step_query.where(s.plan_id.in_([r.id for r in rows]))
    for plan_id, name in session.execute(step_query):
        steps.setdefault(plan_id, []).append(name)
    return PlanBook(PlanRule(group, article_id, months, tuple(steps.get(plan_id, ())))
                    for plan_id, group, article_id, months in rows)


def plan_of(session: Session, article: models.Article) -> Plan:
    """One article's plan, reading only its own and its group's rows (the device card, PM4)."""
    p = models.InspectionPlan
    own = p.article_id == article.id
    group = and_(p.article_id.is_(None), p.product_group == article.product_group)
    return plan_book(session, or_(own, group)).plan(article.id, article.product_group)


def refresh_due(session: Session, where: ColumnElement[bool], book: PlanBook | None = None) -> int:
    """Recompute the due day of the devices ``where`` selects (a condition on Device/Article);
    returns how many changed. Derived data: its causes are audited, not this."""
    d, a = models.Device, models.Article
    book = book or plan_book(session)
    changed: list[dict[str, Any]] = []
    rows = session.execute(select(d.id, d.article_id, a.product_group, d.delivered,
                                  d.last_inspected, d.inspection_due)
                           .join(a, a.id == d.article_id).where(where))
    for device_id, article_id, group, delivered, last, stored in rows:
        due = due_date(last, delivered, book.interval(article_id, group))
        if due != stored:
            changed.append({"d_id": device_id, "due": due})
    table = tables.devices
    stmt = (update(table).where(table.c.id == bindparam("d_id"))
            .values(inspection_due=bindparam("due")))
    conn = session.connection()
    for start in range(0, len(changed), CHUNK):
        conn.execute(stmt, changed[start:start + CHUNK])
    if changed:
        session.expire_all()  # loaded devices see the new due day
    return len(changed)


def refresh_devices(session: Session, device_ids: Iterable[int],
                    book: PlanBook | None = None) -> int:
    """:func:`refresh_due` for these devices."""
    ids = list(dict.fromkeys(device_ids))
    changed = 0
    for start in range(0, len(ids), CHUNK):
        changed += refresh_due(session, models.Device.id.in_(ids[start:start + CHUNK]), book)
    return changed


def set_article_interval(session: Session, article: models.Article, months: int | None,
                         who: str, now: datetime) -> bool:
    """The article's own interval (the import's ``inspection_interval_months``); True if it
    changed. Its devices' due days follow."""
    check_interval(months)
    p = models.InspectionPlan
    plan = session.scalars(select(p).where(p.article_id == article.id)).first()
    if plan is None:
        if months is None:
            return False
        plan = p(product_group="", article_id=article.id, interval_months=None)
        session.add(plan)
        session.flush()
        record(session, who=who, at=now, entity=ENTITY, key=f"article:{article.article_no}",
               action="create", field="scope", new=article.article_no)
    if not set_and_record(session, plan, {"interval_months": months}, who=who, at=now,
                          entity=ENTITY, key=f"article:{article.article_no}", action="import"):
        return False
    session.flush()
    refresh_due(session, models.Device.article_id == article.id)
    return True


@dataclass(frozen=True, slots=True)
class PlanView:
    """A configured plan as the administrator's dialog lists it."""

    plan_id: int
    product_group: str  # '' for an article's plan
    article_no: str | None
    article_name: str | None
    interval_months: int | None
    steps: tuple[str, ...]
    devices: int  # devices it covers (scrapped ones not counted)

    @property
    def scope(self) -> str:
        return self.article_no or self.product_group


class InspectionPlanService:
    """Plans per product group or article (PM1); administrators edit them, each change audited."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def plans(self) -> list[PlanView]:
        """Every plan: the groups' first, then the articles', each by name."""
        p, a, s, d = (models.InspectionPlan, models.Article, models.InspectionPlanStep,
                      models.Device)
        with self.ctx.db.reading() as session:
            rows = session.execute(select(p.id, p.product_group, a.article_no, a.name,
                                          p.interval_months, p.article_id)
                                   .outerjoin(a, a.id == p.article_id)).all()
            steps: dict[int, list[str]] = {}
            for plan_id, name in session.execute(select(s.plan_id, s.name)
                                                 .order_by(s.plan_id, s.sort_order, s.id)):
                steps.setdefault(plan_id, []).append(name)
            views = []
            for plan_id, group, art_no, art_name, months, article_id in rows:
                scope = (d.article_id == article_id if article_id is not None else
                         d.article_id.in_(select(a.id).where(a.product_group == group)))
                count = session.scalar(select(func.count()).select_from(d)
                                       .where(scope, d.status != "scrapped"))
                views.append(PlanView(plan_id, group, art_no, art_name, months,
                                      tuple(steps.get(plan_id, ())), int(count or 0)))
        return sorted(views, key=lambda v: (v.article_no is not None, v.scope.casefold()))

    def groups(self) -> list[str]:
        """The catalogue's product groups, for choosing a plan's scope."""
        a = models.Article
        with self.ctx.db.reading() as session:
            return sorted(g for g in session.scalars(select(a.product_group).distinct()) if g)

    def save_plan(self, plan_id: int | None, *, product_group: str = "", article_no: str = "",
                  interval_months: int | None, steps: Sequence[str]) -> PlanView:
        """Create (``plan_id`` None, for a product group *or* an article) or change a plan's
        interval and checklist; the due days of its devices follow at once (PM2)."""
        user = self.ctx.user
        user.require(Action.EDIT_SETTINGS)
        check_interval(interval_months)
        names = clean_steps(steps)
        now, who = self.ctx.clock.now(), user.login
        p = models.InspectionPlan
        with self.ctx.db.transaction() as session:
            if plan_id is None:
                plan = self._new_plan(session, product_group.strip(), article_no.strip(), who, now)
            else:
                found = session.get(p, plan_id)
                if found is None:
                    raise NotFound("inspection_plan_not_found", plan_id=plan_id)
                plan = found
            key = self._key(session, plan)
            set_and_record(session, plan, {"interval_months": interval_months}, who=who, at=now,
                           entity=ENTITY, key=key, action="edit")
            old = tuple(s.name for s in plan.steps)
            if old != names:
                plan.steps = [models.InspectionPlanStep(name=n, sort_order=i)
                              for i, n in enumerate(names)]
                record(session, who=who, at=now, entity=ENTITY, key=key, action="edit",
                       field="steps", old=" | ".join(old), new=" | ".join(names))
            session.flush()
            refresh_due(session, self._devices_of(plan))
            saved = plan.id
        return next(v for v in self.plans() if v.plan_id == saved)

    def remove_plan(self, plan_id: int) -> None:
        """Remove a plan: its devices fall back to their group's plan, or are not inspected."""
        user = self.ctx.user
        user.require(Action.EDIT_SETTINGS)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            plan = session.get(models.InspectionPlan, plan_id)
            if plan is None:
                raise NotFound("inspection_plan_not_found", plan_id=plan_id)
            scope = self._devices_of(plan)
            record(session, who=user.login, at=now, entity=ENTITY, key=self._key(session, plan),
                   action="remove", field="interval_months", old=plan.interval_months)
            session.delete(plan)
            session.flush()
            refresh_due(session, scope)

    # -- helpers -------------------------------------------------------------------------
    def _new_plan(self, session: Session, group: str, article_no: str, who: str,
                  now: datetime) -> models.InspectionPlan:
        p = models.InspectionPlan
        if bool(group) == bool(article_no):
            raise ValidationError("inspection_plan_scope", field="scope")
        if article_no:
            art = session.scalar(select(models.Article).where(
                models.Article.article_no == article_no))
            if art is None:
                raise NotFound("article_not_found", article_no=article_no)
            taken = session.scalar(select(p.id).where(p.article_id == art.id))
            plan = p(product_group="", article_id=art.id)
            names = (f"article {article_no}", f"artikel {article_no}")
        else:
            taken = session.scalar(select(p.id).where(p.article_id.is_(None),
                                                      p.product_group == group))
            plan = p(product_group=group, article_id=None)
            names = (f"product group '{group}'", f"produktgruppen ”{group}”")
        if taken is not None:
            raise DomainError("inspection_plan_exists", scope=names[0], scope_sv=names[1])
        session.add(plan)
        session.flush()
        record(session, who=who, at=now, entity=ENTITY, key=self._key(session, plan),
               action="create", field="scope", new=article_no or group)
        return plan

    @staticmethod
    def _key(session: Session, plan: models.InspectionPlan) -> str:
        if plan.article_id is None:
            return f"group:{plan.product_group}"
        art = session.get(models.Article, plan.article_id)
        return f"article:{art.article_no if art else plan.article_id}"

    @staticmethod
    def _devices_of(plan: models.InspectionPlan) -> ColumnElement[bool]:
        if plan.article_id is not None:
            return models.Device.article_id == plan.article_id
        return models.Article.product_group == plan.product_group

