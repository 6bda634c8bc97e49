"""Reading the kept lead-time counts (:mod:`hmc_desktop.services.reports.leadtime_summary`) for a period.

Counts are sums over the period's whole months. A median or 90th percentile is found to two
hours of working time by the bins, then exactly among the facts there, counted off by the
database along an index — every rank of every type in one statement. Days of a month that
the period covers only in part are counted from the orders themselves, the report's way.
A clock a few minutes behind the last count (another workstation's) is corrected for the
deadlines in between; one further behind (``--as-of`` in the past) reads nothing here, and
the caller counts the orders (None).
"""

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select, text
from sqlalchemy.sql.elements import TextClause

from hmc_desktop.documents.leadtime_data import Spread
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.reports.leadtime_report import month_starts, to_days
from hmc_desktop.services.reports.leadtime_summary import (
    BIN,
    COUNTS,
    SKEW,
    STATE,
    B,
    Counts,
    F,
    Fact,
    LeadTimeSummary,
    S,
    W,
    next_month,
)
from hmc_desktop.services.reports.leadtimes import period_bounds, period_conditions

Key = tuple[str, date]  # (type code, month)
SPAN_COLUMNS = {"s": "start_span", "f": "finish_span"}


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """Counts per type code, and lead-time spreads per (type code or 'total', kind 's'/'f')."""

    counts: dict[str, Counts]
    spreads: dict[tuple[str, str], Spread]


class LeadTimeFigures:
    """The follow-up view's figures of a period, from the kept counts (after a refresh)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.summary = LeadTimeSummary(ctx)

    def period(self, first: date, last: date) -> PeriodFigures | None:
        """The figures of orders registered from ``first`` to ``last`` inclusive, as of now;
        None when the clock is far behind the last count (module docstring)."""
        read = self._read(first, last, spans=True)
        if read is None:
            return None
        counts, spreads = read
        per_type: dict[str, Counts] = defaultdict(lambda: [0] * len(COUNTS))
        for (code, _m), v in counts.items():
            per_type[code] = _plus(per_type[code], v)
        return PeriodFigures({c: v for c, v in per_type.items() if v[0]}, spreads)

    def months(self, first: date, last: date) -> dict[date, Counts] | None:
        """Per month that [first, last] touches: the counts of all types; None as :meth:`period`."""
        read = self._read(first, last, spans=False)
        if read is None:
            return None
        out = {m: [0] * len(COUNTS) for m in month_starts(first, last)}
        for (_code, m), v in read[0].items():
            out[m] = _plus(out[m], v)
        return out

    def _read(self, first: date, last: date, spans: bool
              ) -> tuple[dict[Key, Counts], dict[tuple[str, str], Spread]] | None:
        self.summary.refresh()
        now = self.ctx.clock.now()
        with self.ctx.db.engine.connect() as conn:
            _one_snapshot(conn)
            counted_at: datetime | None = conn.scalar(select(STATE.c.counted_at))
            if counted_at is None or now < counted_at - SKEW:
                return None
            full, partial = self._split(conn, first, last)
            counts: dict[Key, Counts] = {}
            if full:
                for r in conn.execute(select(S.c.type_code, S.c.month, *(S.c[c] for c in COUNTS))
                                      .where(S.c.month.in_(full))):
                    counts[r[0], r[1]] = [int(v) for v in r[2:]]
            if now < counted_at:  # another workstation's clock counted a little ahead
                for key, delta in self._behind(conn, full, now, counted_at).items():
                    counts[key] = _plus(counts.get(key), delta)
            loose: dict[tuple[str, str], list[int]] = defaultdict(list)  # partial months' spans
            for lo, hi in partial:
                m = date(lo.year, lo.month, 1)
                for _oid, fact in self.summary.count_orders(
                        conn, period_conditions(lo, hi, conn.dialect.name), now):
                    counts[fact.type_code, m] = _plus(counts.get((fact.type_code, m)),
                                                      fact.counts())
                    for kind, value in fact.spans():
                        loose[fact.type_code, kind].append(value)
            spreads = self._spreads(conn, full, loose) if spans else {}
        return counts, spreads

    def _split(self, conn: Connection, first: date, last: date
               ) -> tuple[list[date], list[tuple[date, date]]]:
        """Whole months of [first, last] (their sums are read), and the days of the rest.

        A month up to today is whole: no order of it is registered later (the index says so).
        """
        full, partial = [], []
        for m in month_starts(first, last):
            end = next_month(m) - timedelta(days=1)
            lo, hi = max(first, m), min(last, end)
            if lo == m and (hi == end or not _registered(conn, hi + timedelta(days=1), end)):
                full.append(m)
            else:
                partial.append((lo, hi))
        return full, partial

    def _behind(self, conn: Connection, full: list[date], now: datetime, counted_at: datetime
                ) -> dict[Key, Counts]:
        """How the counts of whole months differ as of ``now`` from as of ``counted_at`` (a
        little later): an order whose deadline passed unmet between the two is missed only
        at the later."""
        between = or_(and_(W.started.is_(None), W.start_by >= now, W.start_by < counted_at),
                      and_(W.completed.is_(None), W.finish_by >= now, W.finish_by < counted_at))
        delta: dict[Key, Counts] = defaultdict(lambda: [0] * len(COUNTS))
        fresh = dict(self.summary.count_orders(conn, [between], now))
        if not fresh or not full:
            return delta
        for r in conn.execute(select(F).where(F.c.order_id.in_(list(fresh)),
                                               F.c.month.in_(full))):
            old = Fact(r.type_code, r.month, r.bits, r.start_span, r.finish_span)
            key = (r.type_code, r.month)
            delta[key] = [d + b - a for d, a, b in
                          zip(delta[key], old.counts(), fresh[r.order_id].counts(), strict=True)]
        return delta

    def _spreads(self, conn: Connection, full: list[date],
                 loose: dict[tuple[str, str], list[int]]) -> dict[tuple[str, str], Spread]:
        """Median and 90th percentile per type and for all types ('total'), per kind, exactly
        as :func:`~hmc_desktop.services.reports.leadtime_report.spread` takes them from every value."""
        bins: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
        if full:
            for code, kind, b, n in conn.execute(
                    select(B.c.type_code, B.c.kind, B.c.bin, func.sum(B.c.n))
                    .where(B.c.month.in_(full)).group_by(B.c.type_code, B.c.kind, B.c.bin)):
                bins[code, kind][b] += int(n)
        codes = sorted({c for c, _ in bins} | {c for c, _ in loose})
        wanted: dict[tuple[str, str], tuple[int, dict[int, tuple[int, int]]]] = {}
        lookups = _Lookups(full)
        for kind in SPAN_COLUMNS:
            for name, members in [*((c, [c]) for c in codes), ("total", codes)]:
                hist: dict[int, int] = defaultdict(int)
                extra = [v for c in members for v in loose.get((c, kind), [])]
                for c in members:
                    for b, n in bins.get((c, kind), {}).items():
                        hist[b] += n
                for value in extra:
                    hist[value // BIN] += 1
                ranks = _ranks(hist)
                for b, offset in ranks[1].values():
                    lookups.want(None if name == "total" else name, kind, b, offset,
                                 [v for v in extra if v // BIN == b])
                wanted[name, kind] = ranks
        values = lookups.run(conn)
        day = int(self.ctx.calendar.day_length.total_seconds())
        return {key: _spread(n, {i: values[(None if key[0] == "total" else key[0], key[1], *at)]
                                 for i, at in at_rank.items()}, day)
                for key, (n, at_rank) in wanted.items()}


class _Lookups:
    """The values at given ranks within given bins, looked up in one statement."""

    def __init__(self, full: list[date]) -> None:
        self.full = full
        self.keys: dict[tuple[str | None, str, int, int], list[int]] = {}

    def want(self, code: str | None, kind: str, b: int, offset: int, here: list[int]) -> None:
        self.keys[code, kind, b, offset] = sorted(here)

    def run(self, conn: Connection) -> dict[tuple[str | None, str, int, int], int]:
        out: dict[tuple[str | None, str, int, int], int] = {}
        plain = [k for k, here in self.keys.items() if not here]
        if plain and self.full:
            row = conn.execute(self._statement(plain), {"months": self.full}).one()
            out.update((k, int(v)) for k, v in zip(plain, row, strict=True))
        for key, here in self.keys.items():  # bins that days counted here fall in too
            if here:
                code, kind, b, offset = key
                found = list(conn.scalars(_bin_values(code, kind), {
                    "months": self.full, "code": code, "lo": b * BIN, "hi": (b + 1) * BIN})
                ) if self.full else []
                out[key] = sorted(found + here)[offset]
        return out

    @staticmethod
    def _statement(keys: list[tuple[str | None, str, int, int]]) -> TextClause:
        """One row: a scalar subquery per rank, each along the facts' index for its kind."""
        parts: list[str] = []
        params: dict[str, Any] = {}
        for i, (code, kind, b, offset) in enumerate(keys):
            col = SPAN_COLUMNS[kind]
            by_type = f"type_code = :c{i} AND " if code is not None else ""
            parts.append(f"(SELECT {col} FROM leadtime_facts WHERE {by_type}{col} >= :lo{i} "
                         f"AND {col} < :hi{i} AND month IN :months ORDER BY {col} "
                         f"LIMIT 1 OFFSET {int(offset)})")
            params.update({f"lo{i}": b * BIN, f"hi{i}": (b + 1) * BIN})
            if code is not None:
                params[f"c{i}"] = code
        return text("SELECT " + ", ".join(parts)).bindparams(
            bindparam("months", expanding=True, type_=F.c.month.type), **params)


def _bin_values(code: str | None, kind: str) -> TextClause:
    col = SPAN_COLUMNS[kind]
    by_type = "type_code = :code AND " if code is not None else ""
    return text(f"SELECT {col} FROM leadtime_facts WHERE {by_type}{col} >= :lo AND {col} < :hi "
                "AND month IN :months").bindparams(
        bindparam("months", expanding=True, type_=F.c.month.type))


def _ranks(hist: dict[int, int]) -> tuple[int, dict[int, tuple[int, int]]]:
    """(how many values, {rank: (bin, offset in the bin)}) for the ranks a spread reads: the
    middle one or two, and the nearest-rank 90th percentile."""
    n = sum(hist.values())
    if not n:
        return 0, {}
    ranks = ([n // 2] if n % 2 else [n // 2 - 1, n // 2]) + [math.ceil(0.9 * n) - 1]
    out, before = {}, 0
    for b, count in sorted(hist.items()):
        for r in ranks:
            if before <= r < before + count:
                out[r] = (b, r - before)
        before += count
    return n, out


def _spread(n: int, at: dict[int, int], day: int) -> Spread:
    """:func:`~hmc_desktop.services.reports.leadtime_report.spread` from the values at its ranks."""
    if not n:
        return Spread()
    mid = at[n // 2] if n % 2 else (at[n // 2 - 1] + at[n // 2]) / 2
    return Spread(n, to_days(mid, day), to_days(at[math.ceil(0.9 * n) - 1], day))


def _one_snapshot(conn: Connection) -> None:
    """Every statement after this sees the counts as one moment left them: a recount that
    another workstation commits meanwhile must not pair old sums with new facts."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    else:  # the driver begins only before writes; a read transaction keeps one snapshot (WAL)
        conn.exec_driver_sql("BEGIN")


def _registered(conn: Connection, first: date, last: date) -> bool:
    lo, hi = period_bounds(first, last)
    return conn.scalar(select(W.id).where(W.registered >= lo, W.registered < hi)
                       .limit(1)) is not None


def _plus(a: Counts | None, b: Counts) -> Counts:
    return [x + y for x, y in zip(a or [0] * len(COUNTS), b, strict=True)]



