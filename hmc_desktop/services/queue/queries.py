"""The work-order queue as queries: ids in order, rows by id, the daily follow-up (P1, P2, W5).

Built for 500,000 orders: filtering, searching and sorting happen in SQL and return
only ids; the interface fetches the few rows it shows by id. The search is
:mod:`hmc_desktop.services.queue.search`'s.
"""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
)

from hmc_desktop.db import models, tables
from hmc_desktop.db.types import UTCDateTime
from hmc_desktop.domain.errors import NotFound
from hmc_desktop.domain.sla import Deadlines, SlaState, evaluate, risk_horizon
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders import messages
from hmc_desktop.services.queue.conditions import _PENDING
from hmc_desktop.services.queue.conditions import OPEN as OPEN
from hmc_desktop.services.queue.conditions import at_risk_condition as at_risk_condition
from hmc_desktop.services.queue.conditions import breached_condition as breached_condition
from hmc_desktop.services.queue.search import case_variants as case_variants
from hmc_desktop.services.queue.search import escape_like as escape_like
from hmc_desktop.services.queue.search import prefix_range as prefix_range
from hmc_desktop.services.queue.search import search_ids

# The queue reads the tables with SQLAlchemy Core (db/tables.py): its first rows need
# neither the ORM nor the models (start-up time). Orders as objects: ``models.WorkOrder``.
W, D, A, M = (tables.work_orders.c, tables.devices.c, tables.articles.c,
              tables.messages.c)
_DEVICES, _ARTICLES = tables.devices, tables.articles
SORT_KEYS = ("order", "type", "status", "priority", "article", "registered", "due", "sla")
STATUS_RANK = {s.value: i for i, s in enumerate(OrderStatus)}
_FAR = datetime(9999, 1, 1, tzinfo=UTC)  # "no deadline": sorts after every real one


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue shows. ``status`` is 'open', 'all' or an order status.

    The two SLA flags combine with OR (orders that need attention); everything else with AND.
    ``followup``: a follow-up filter (:mod:`hmc_desktop.services.queue.followup`) as sorted
    (key, value) pairs; its orders exactly, on top of the rest.
    """

    mailbox: str | None = None
    status: str = "open"
    type_code: str | None = None
    at_risk: bool = False
    breached: bool = False
    medical_risk: bool = False
    mine: bool = False
    incomplete: bool = False  # W6: orders that lack what they need to be started
    search: str = ""
    sort: str = "due"
    descending: bool = False
    followup: tuple[tuple[str, str], ...] | None = None


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One line of the queue, with its SLA state as of now (same rules as ``order show``)."""

    id: int
    order_no: str
    type_code: str
    type_name: str
    mailbox: str
    status: str
    registered: datetime
    medical_risk: bool
    acute: bool
    has_deadlines: bool
    incomplete: tuple[str, ...]
    individual_no: str | None
    article_name: str | None
    sla: SlaState
    delay_notified: datetime | None = None  # W5: the orderer was last told of a delay then


@dataclass(frozen=True, slots=True)
class FollowUp:
    """P2: one mailbox's open orders, those at risk and those breached (``mailbox`` None = all)."""

    mailbox: str | None
    open: int
    at_risk: int
    breached: int


@dataclass(frozen=True, slots=True)
class Located:
    """What a scanned or typed number is: an order (``kind`` 'order') or a device ('device')."""

    kind: str
    key: str
    order_id: int | None = None


class QueueService:
    """Read-only queries behind the work-order queue; every call is one short read transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the id list --------------------------------------------------------------
    def order_ids(self, flt: QueueFilter, limit: int | None = None) -> list[int]:
        """The ids of the orders matching ``flt``, medical risk first (P1), then by the sort key.

        ``limit``: only the first ones (a top-N sort, cheaper than ordering every match).
        """
        with self.ctx.db.engine.connect() as conn:  # Core: no ORM bookkeeping for 500,000 ints
            stmt = self.ids_statement(conn, flt)
            if limit is not None:
                stmt = stmt.limit(limit)
            return list(conn.execute(stmt).scalars())

    def ids_statement(self, conn: Connection, flt: QueueFilter) -> Select[Any]:
        """The query of :meth:`order_ids`; the search's small lookups run on ``conn`` first."""
        now = self.ctx.clock.now()
        matches = search_ids(conn, flt.search)
        stmt = select(W.id).where(*self._conditions(flt, now, matches is not None))
        if matches is not None:
            found = matches.subquery("found")
            stmt = stmt.join(found, found.c.id == W.id)
        open_only = flt.status in ("open", *OPEN) or flt.at_risk or flt.breached
        key = self._sort_expression(flt.sort, open_only)
        if flt.sort == "article":
            stmt = stmt.outerjoin(_DEVICES, W.device_id == D.id).outerjoin(
                _ARTICLES, D.article_id == A.id)
        order: list[Any] = [W.medical_risk.desc()]
        if flt.sort in ("due", "sla") and flt.descending:
            order.append(case((key == _far(), 1), else_=0))  # no deadline: last either way
        order.append(key.desc() if flt.descending else key.asc())
        if flt.sort in ("due", "sla"):
            order.append(W.registered.asc())
        order.append(W.id.desc() if flt.descending else W.id.asc())
        return stmt.order_by(*order)

    def _conditions(self, flt: QueueFilter, now: datetime, searching: bool
                    ) -> list[ColumnElement[bool]]:
        # With a search, `column || ''` keeps SQLite (which has no statistics) from driving
        # the query by the status/mailbox index instead of by the few matching orders.
        status, mailbox, type_code = ((W.status + "", W.mailbox + "", W.type_code + "")
                                      if searching else (W.status, W.mailbox, W.type_code))
        conds: list[ColumnElement[bool]] = []
        if flt.status == "open" or flt.at_risk or flt.breached:
            conds.append(status.in_(OPEN))
        if flt.status not in ("open", "all"):
            conds.append(status == flt.status)
        if flt.mailbox:
            conds.append(mailbox == flt.mailbox)
        if flt.type_code:
            conds.append(type_code == flt.type_code)
        if flt.medical_risk:
            conds.append(W.medical_risk.is_(True))
        if flt.mine:
            conds.append(W.assigned_to == self.ctx.user.login)
        if flt.incomplete:  # as written, so SQLite uses the partial index of these (0006)
            conds.append(W.incomplete != literal_column("''"))
        sla: list[ColumnElement[bool]] = []
        if flt.at_risk:
            sla.append(at_risk_condition(now, risk_horizon(now, self.ctx.calendar)))
        if flt.breached:
            sla.append(breached_condition(now))
        if sla:
            conds.append(or_(*sla))
        if flt.followup is not None:
            from hmc_desktop.services.queue.followup_filter import followup_conditions  # start-up

            conds += followup_conditions(dict(flt.followup), now, self.ctx.calendar)
        return conds

    def _sort_expression(self, key: str, open_only: bool) -> Any:
        if key == "order":
            return W.order_no
        if key == "type":
            return case({t.code: t.sort_order for t in self.ctx.catalogue}, value=W.type_code,
                        else_=999)
        if key == "status":
            return case(STATUS_RANK, value=W.status, else_=99)
        if key == "priority":
            return case((W.type_code.in_(self._acute_codes()), 0), else_=1)
        if key == "article":
            return A.name
        if key == "registered":
            return W.registered
        return self.next_due_expression(open_only)

    def _acute_codes(self) -> list[str]:
        return [t.code for t in self.ctx.catalogue if t.finish_hours is not None]

    def next_due_expression(self, open_only: bool = False) -> ColumnElement[Any]:
        """The nearest deadline not yet met of an open order; the far sentinel when there is none.

        ``open_only``: the query already keeps only open orders, so the status test is left out.
        """
        parts = [func.coalesce(case((met.is_(None), due)), _far()) for due, met in _PENDING]
        least = func.least if self.ctx.db.backend == "postgresql" else func.min
        nearest = least(*parts)
        return nearest if open_only else case((W.status.in_(OPEN), nearest), else_=_far())

    # -- rows and facts -------------------------------------------------------------
    def rows(self, ids: Sequence[int]) -> dict[int, QueueRow]:
        """The queue rows of ``ids`` (any order; unknown ids are left out)."""
        if not ids:
            return {}
        notified = (select(func.max(M.created_at)).where(M.order_id == W.id, M.kind == "at_risk")
                    .correlate(tables.work_orders).scalar_subquery().label("notified"))
        stmt = (
            select(W.id, W.order_no, W.type_code, W.mailbox, W.status, W.registered, W.start_by,
                   W.finish_by, W.contact_by, W.started, W.completed, W.cancelled, W.contacted,
                   W.medical_risk, W.incomplete, D.individual_no, A.name, notified)
            .outerjoin(_DEVICES, W.device_id == D.id)
            .outerjoin(_ARTICLES, D.article_id == A.id)
            .where(W.id.in_(list(ids)))
        )
        cat, acute = self.ctx.catalogue, set(self._acute_codes())
        out: dict[int, QueueRow] = {}
        with self.ctx.db.engine.connect() as conn:
            for r in conn.execute(stmt):
                out[r.id] = QueueRow(
                    id=r.id, order_no=r.order_no, type_code=r.type_code,
                    type_name=cat.get(r.type_code).name if r.type_code in cat else r.type_code,
                    mailbox=r.mailbox, status=r.status, registered=r.registered,
                    medical_risk=r.medical_risk, acute=r.type_code in acute,
                    has_deadlines=any((r.start_by, r.finish_by, r.contact_by)),
                    incomplete=tuple(i for i in r.incomplete.split("|") if i),
                    individual_no=r.individual_no, article_name=r.name, sla=self._sla(r),
                    delay_notified=r.notified)
        return out

    def _sla(self, o: Any) -> SlaState:
        """``evaluate`` on a row or an order (anything with the deadline and moment fields)."""
        return evaluate(Deadlines(o.start_by, o.finish_by, o.contact_by), started=o.started,
                        completed=o.completed, contacted=o.contacted, cancelled=o.cancelled,
                        now=self.ctx.clock.now(), calendar=self.ctx.calendar)

    def follow_up(self) -> list[FollowUp]:
        """P2: per mailbox (catalogue order, then 'all' last) open, at-risk and breached orders."""
        now = self.ctx.clock.now()
        risk = at_risk_condition(now, risk_horizon(now, self.ctx.calendar))
        late = breached_condition(now)
        # grouped by status too: the queue index's own order, so SQLite sorts nothing
        stmt = (select(W.mailbox, func.count(), func.sum(case((risk, 1), else_=0)),
                       func.sum(case((late, 1), else_=0)))
                .where(W.status.in_(OPEN)).group_by(W.status, W.mailbox))
        counts: dict[str, tuple[int, int, int]] = {}
        with self.ctx.db.engine.connect() as conn:
            for m, o, r, b in conn.execute(stmt):
                have = counts.get(m, (0, 0, 0))
                counts[m] = (have[0] + int(o), have[1] + int(r or 0), have[2] + int(b or 0))
        boxes = list(dict.fromkeys(itertools.chain(self.ctx.catalogue.mailboxes, sorted(counts))))
        rows = [FollowUp(m, *counts.get(m, (0, 0, 0))) for m in boxes]
        total = FollowUp(None, *(sum(c[i] for c in counts.values()) for i in range(3)))
        return [*rows, total]

    def locate(self, text: str) -> Located | None:
        """A scanned/typed order number (exact, any case) or individual number; None if neither."""
        key = text.strip()
        if not key:
            return None
        with self.ctx.db.engine.connect() as conn:
            for variant in dict.fromkeys((key, key.upper())):
                row = conn.execute(select(W.id, W.order_no)
                                      .where(W.order_no == variant)).first()
                if row is not None:
                    return Located("order", row.order_no, row.id)
            device = conn.scalar(select(D.individual_no).where(D.individual_no == key))
        return Located("device", device) if device is not None else None

    def is_empty(self) -> bool:
        """True when the database holds neither orders nor devices (a first run)."""
        with self.ctx.db.engine.connect() as conn:
            return (conn.scalar(select(W.id).limit(1)) is None
                    and conn.scalar(select(D.id).limit(1)) is None)

    def draft_message(self, order_no: str) -> tuple[str, str, str]:
        """(kind, subject, body) of a message to the orderer: W5's delay text if at risk or late."""
        with self.ctx.db.reading() as session:
            wo = models.WorkOrder
            order = session.scalars(select(wo).where(wo.order_no == order_no)
                                    ).unique().one_or_none()
            if order is None:
                raise NotFound("order_not_found", order_no=order_no)
            sla = self._sla(order)
            kind = "at_risk" if order.status in OPEN and (sla.at_risk or sla.breached) else "free"
            subject, body = messages.draft(order, kind, self.ctx)
        return kind, subject, body


def _far() -> ColumnElement[Any]:
    return literal(_FAR, UTCDateTime())
