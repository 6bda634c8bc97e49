"""The follow-up view's lead-time figures (C5), kept counted: milliseconds for a year of
500,000 orders, where counting them anew takes seconds.

Every order that is not cancelled has a *fact*: its type and month of registration, the
CSV's outcome flags as of now (:mod:`hmc_desktop.services.reports.leadtimes`) and its lead times in
working seconds (the report's rules, :mod:`hmc_desktop.services.reports.leadtime_report`). Facts are
summed per type and month (``leadtime_sums``) and their lead times counted per two hours
of working time (``leadtime_bins``). A fact changes only when its order is written — triggers
log every written order, whoever writes it (:mod:`hmc_desktop.db.leadtime_log`) — or when a
deadline not yet met passes (``recheck_at``). :meth:`LeadTimeSummary.refresh` recounts
exactly those orders, holding the write lock, so that two workstations never count one
change twice; a changed calendar (opening hours, closing days) recounts every order.

Reading them for a period: :mod:`hmc_desktop.services.reports.leadtime_figures`.
"""

import hashlib
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    case,
    delete,
    func,
    literal,
    literal_column,
    select,
    table,
)
from sqlalchemy.sql.elements import ColumnElement

from hmc_desktop.db import tables
from hmc_desktop.db.bulk import take_write_lock
from hmc_desktop.db.models.leadtimes import (
    LeadTimeBin,
    LeadTimeChange,
    LeadTimeFact,
    LeadTimeState,
    LeadTimeSum,
)
from hmc_desktop.domain.calendar import TZ, WorkCalendar
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.domain.worktime import WorkTimeIndex
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.reports.leadtime_report import (
    FLAG_BITS,
    MISSED,
    epoch,
    month_starts,
    stream_rows,
)
from hmc_desktop.services.reports.leadtimes import outcome_condition

W = tables.work_orders.c
F, S, B, CHANGES, STATE = (cast(Table, m.__table__) for m in (
    LeadTimeFact, LeadTimeSum, LeadTimeBin, LeadTimeChange, LeadTimeState))
BIN = 7_200  # working seconds per bin: two hours
SKEW = timedelta(minutes=15)  # a clock this far behind the last count is corrected
CHUNK = 5_000
COUNTS = ("orders", "start_met", "start_missed", "finish_met", "finish_missed", "late")
SPANS = {"s": F.c.start_span, "f": F.c.finish_span}
Counts = list[int]  # in COUNTS order


@dataclass(frozen=True, slots=True)
class Fact:
    """One order's part in the figures."""

    type_code: str
    month: date
    bits: int
    start: int | None
    finish: int | None
    recheck: int | None = None  # not part of the figures: when to count the order again

    def counts(self) -> Counts:
        b = self.bits
        return [1, *(int(bool(b & bit)) for bit in FLAG_BITS.values()), int(bool(b & MISSED))]

    def spans(self) -> Iterator[tuple[str, int]]:
        if self.start is not None:
            yield "s", self.start
        if self.finish is not None:
            yield "f", self.finish


def calendar_key(calendar: WorkCalendar) -> str:
    """What the counts depend on besides the orders: opening hours and closing days (and the
    bins' width: a program that counts otherwise recounts)."""
    s = calendar.settings
    raw = f"{BIN}|{s.opens}|{s.closes}|{','.join(sorted(d.isoformat() for d in s.closed_days))}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


class LeadTimeSummary:
    """Keeps the figures counted (:meth:`refresh`); :meth:`count_orders` counts any orders."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- counting -----------------------------------------------------------------------------
    def refresh(self) -> int:
        """Recount the orders written since the last count and those whose deadline has passed
        unmet; everything under a changed calendar. Returns how many orders were counted."""
        now, key = self.ctx.clock.now(), calendar_key(self.ctx.calendar)
        engine = self.ctx.db.engine
        with engine.connect() as conn:
            if not self._pending(conn, now, key):
                return 0
        pg = engine.dialect.name == "postgresql"
        # one snapshot for the whole count (PostgreSQL): the changes it clears are the ones it saw
        with engine.connect().execution_options(
                isolation_level="REPEATABLE READ" if pg else "SERIALIZABLE") as conn, conn.begin():
            if pg:  # before the snapshot: a second workstation waits here, then sees this count
                conn.exec_driver_sql("LOCK TABLE leadtime_state IN EXCLUSIVE MODE")
            else:
                take_write_lock(conn)
            state = conn.execute(select(STATE.c.calendar, STATE.c.counted_at)
                                 .where(STATE.c.id == 1)).first()
            at = now if state is None else max(now, state.counted_at)  # never counts backwards
            top = conn.scalar(select(func.max(CHANGES.c.id)))
            everything = state is None or state.calendar != key
            counted = self._count_all(conn, at) if everything else self._count_again(conn, at, top)
            if top is not None:
                conn.execute(delete(CHANGES).where(CHANGES.c.id <= top))
            conn.execute(delete(STATE))
            conn.execute(STATE.insert().values(id=1, calendar=key, counted_at=at))
        if everything and pg:  # the tables' statistics, and a visibility map for the index-only
            # reads of the medians: without it each would visit the old rows' dead copies
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM (ANALYZE) leadtime_facts, leadtime_sums, leadtime_bins")
        return counted

    def _pending(self, conn: Connection, now: datetime, key: str) -> bool:
        state = conn.execute(select(STATE.c.calendar, STATE.c.counted_at)
                             .where(STATE.c.id == 1)).first()
        if state is None or state.calendar != key:
            return True
        at = int(max(now, state.counted_at).timestamp())
        return (conn.scalar(select(CHANGES.c.id).limit(1)) is not None
                or conn.scalar(select(F.c.order_id).where(F.c.recheck_at <= at).limit(1))
                is not None)

    def _count_all(self, conn: Connection, at: datetime) -> int:
        """Every order anew: the facts written in bulk, then summed by the database."""
        if conn.dialect.name == "postgresql":  # no dead copies left for VACUUM to step round
            conn.exec_driver_sql("TRUNCATE leadtime_facts, leadtime_sums, leadtime_bins")
        else:
            for emptied in (F, S, B):
                conn.execute(delete(emptied))
        counted = _load_facts(conn, self.count_orders(conn, [], at))
        flags = [func.sum(case((F.c.bits.op("&")(bit) != 0, 1), else_=0))
                 for bit in (*FLAG_BITS.values(), MISSED)]
        conn.execute(S.insert().from_select(
            ["type_code", "month", *COUNTS],
            select(F.c.type_code, F.c.month, func.count(), *flags)
            .group_by(F.c.type_code, F.c.month)))
        for kind, span in SPANS.items():
            bucket = span // literal_column(str(BIN))  # one expression, grouped by as selected
            conn.execute(B.insert().from_select(
                ["type_code", "month", "kind", "bin", "n"],
                select(F.c.type_code, F.c.month, literal(kind), bucket, func.count())
                .where(span.is_not(None)).group_by(F.c.type_code, F.c.month, bucket)))
        return counted

    def _count_again(self, conn: Connection, at: datetime, top: int | None) -> int:
        ids: set[int] = set()
        if top is not None:
            ids.update(conn.scalars(select(CHANGES.c.order_id).where(CHANGES.c.id <= top)))
        ids.update(conn.scalars(select(F.c.order_id).where(
            F.c.recheck_at <= int(at.timestamp()))))
        sums: dict[Any, Counts] = defaultdict(lambda: [0] * len(COUNTS))
        bins: dict[Any, int] = defaultdict(int)
        for chunk in _batches(sorted(ids), CHUNK):
            old = {r.order_id: Fact(r.type_code, r.month, r.bits, r.start_span, r.finish_span)
                   for r in conn.execute(select(F).where(F.c.order_id.in_(chunk)))}
            new = dict(self.count_orders(conn, [W.id.in_(chunk)], at))
            for oid in chunk:
                if oid in old:
                    _add(sums, bins, old[oid], -1)
                if oid in new:
                    _add(sums, bins, new[oid], +1)
            conn.execute(delete(F).where(F.c.order_id.in_(chunk)))
            if new:
                conn.execute(F.insert(), [_fact_row(oid, f) for oid, f in new.items()])
        _write(conn, sums, bins)
        return len(ids)

    def count_orders(self, conn: Connection, where: Sequence[ColumnElement[bool]],
                     now: datetime) -> Iterator[tuple[int, Fact]]:
        """(order id, fact) of the orders ``where`` selects, cancelled ones left out: flags by
        the CSV's conditions as of ``now``, lead times by the report's rules."""
        be = conn.dialect.name
        flags: ColumnElement[int] = sum((case((outcome_condition(k, now), bit), else_=0)
                                         for k, bit in FLAG_BITS.items()), literal(0))
        planned = W.contact_by.is_not(None)  # W8 technical reviews: no lead times
        stmt = select(
            epoch(W.registered, be),
            case((planned, None), else_=epoch(W.started, be)),
            case((planned, None), else_=epoch(W.completed, be)),
            W.type_code, flags, W.id,
            case((and_(W.started.is_(None), W.start_by >= now), epoch(W.start_by, be))),
            case((and_(W.completed.is_(None), W.finish_by >= now), epoch(W.finish_by, be))),
        ).where(W.status != OrderStatus.CANCELLED.value, *where)
        today = now.astimezone(TZ).date()
        index = WorkTimeIndex(self.ctx.calendar, today - timedelta(days=400),
                              today + timedelta(days=60))
        rows: Iterator[Sequence[Any]]
        if be == "postgresql":  # a server-side cursor: a year of orders is not held at once
            result = conn.execute(stmt.execution_options(stream_results=True, yield_per=10_000))
            rows = (r for part in result.partitions() for r in part)
        else:  # SQLite's cursor steps through the rows itself; its plain tuples are cheaper
            rows = stream_rows(conn.execute(stmt))
        for row, start, finish in index.spans(rows):
            due = [d - 1 for d in (row[6], row[7]) if d is not None]  # a second early is safe
            yield row[5], Fact(row[3], month_of(row[0]), row[4], start, finish,
                               min(due) if due else None)


# -- helpers ------------------------------------------------------------------------------------
def next_month(m: date) -> date:
    """The first day of the month after ``m``'s."""
    return date(m.year + m.month // 12, m.month % 12 + 1, 1)


_MONTH_STARTS = month_starts(date(2000, 1, 1), date(2100, 1, 1))
_MONTH_BOUNDS = [int(datetime(m.year, m.month, 1, tzinfo=TZ).timestamp()) for m in _MONTH_STARTS]


def month_of(epoch_s: int) -> date:
    """The first day of the Stockholm month of a UTC epoch second."""
    i = bisect_right(_MONTH_BOUNDS, epoch_s) - 1
    if 0 <= i < len(_MONTH_STARTS) - 1:
        return _MONTH_STARTS[i]
    local = datetime.fromtimestamp(epoch_s, UTC).astimezone(TZ)
    return date(local.year, local.month, 1)


def _add(sums: dict[Any, Counts], bins: dict[Any, int], fact: Fact, sign: int) -> None:
    row = sums[fact.type_code, fact.month]
    for i, v in enumerate(fact.counts()):
        row[i] += sign * v
    for kind, value in fact.spans():
        bins[fact.type_code, fact.month, kind, value // BIN] += sign


def _fact_row(order_id: int, f: Fact) -> dict[str, Any]:
    return {"order_id": order_id, "type_code": f.type_code, "month": f.month, "bits": f.bits,
            "start_span": f.start, "finish_span": f.finish, "recheck_at": f.recheck}


def _write(conn: Connection, sums: dict[Any, Counts], bins: dict[Any, int]) -> None:
    """Add the changes to the stored sums and bins; drop what became empty."""
    insert: Any
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    rows = [{"type_code": c, "month": m, **dict(zip(COUNTS, v, strict=True))}
            for (c, m), v in sums.items() if any(v)]
    if rows:
        stmt = insert(S)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["type_code", "month"],
            set_={c: S.c[c] + stmt.excluded[c] for c in COUNTS}), rows)
        conn.execute(delete(S).where(S.c.orders == 0))
    rows = [{"type_code": c, "month": m, "kind": k, "bin": b, "n": n}
            for (c, m, k, b), n in bins.items() if n]
    if rows:
        stmt = insert(B)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["type_code", "month", "kind", "bin"], set_={"n": B.c.n + stmt.excluded.n}),
            rows)
        conn.execute(delete(B).where(B.c.n == 0))


def _load_facts(conn: Connection, facts: Iterable[tuple[int, Fact]]) -> int:
    """Write every order's fact into the emptied table: SQLite builds the table's indexes
    afterwards (once sorted, not row by row); PostgreSQL copies them in (``COPY``)."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    names = ("order_id", "type_code", "month", "bits", "start_span", "finish_span", "recheck_at")
    n = 0
    if conn.dialect.name == "postgresql":  # a batch at a time: the orders stream on the same
        for batch in _batches(facts, 20_000):  # connection, which a COPY in progress holds
            with raw.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
                    f"COPY leadtime_facts ({', '.join(names)}) FROM STDIN") as copy:
                for oid, f in batch:
                    copy.write_row((oid, f.type_code, f.month, f.bits, f.start, f.finish,
                                    f.recheck))
            n += len(batch)
        return n
    indexes: Sequence[Any] = conn.execute(select(literal_column("name"), literal_column("sql")).select_from(
        table("sqlite_master")).where(literal_column("type") == "index",
                                      literal_column("tbl_name") == F.name,
                                      literal_column("sql").is_not(None))).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    cursor = raw.cursor()
    sql = f"INSERT INTO leadtime_facts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    for batch in _batches(facts, 20_000):
        cursor.executemany(sql, [(oid, f.type_code, f.month.isoformat(), f.bits, f.start,
                                  f.finish, f.recheck) for oid, f in batch])
        n += len(batch)
    cursor.close()
    for _name, sql_ in indexes:
        conn.exec_driver_sql(sql_)
    return n


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


