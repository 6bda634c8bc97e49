"""Writing many rows at once with ids chosen beforehand: ``executemany`` (SQLite), ``COPY`` (PostgreSQL).

Rows arrive as tuples in a stated column order, values already as stored. Values that
are the same for every row of an import (who, when, ``version`` 1, the columns' Python
defaults) are given once: on SQLite they become constants of the one prepared statement
rather than parameters bound for every row, which is a third of an order's insert cost.
"""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, text

from hmc_desktop.db.bulk import Ids, sqlite_utc, take_write_lock, utc_naive
from hmc_desktop.db.search_index import indexed_afterwards
from hmc_desktop.domain.calendar import TZ

BATCH = 10_000


class WallClock:
    """Stockholm wall time (naive, as an import file states it) → the instant as a column stores it.

    The same as ``moment.replace(tzinfo=TZ)`` then UTC, but a day's offset is looked up
    once: on all but the two days a year when the clocks change, one offset holds for
    the whole day. Those two days take the exact path (C4: the repeated autumn hour is
    its first occurrence, as ``replace`` gives it).
    """

    def __init__(self, sqlite: bool) -> None:
        self.sqlite = sqlite
        self._offsets: dict[date, timedelta | None] = {}

    def __call__(self, moment: datetime | None) -> Any:
        if moment is None:
            return None
        day = moment.date()
        offset = self._offsets.get(day, False)
        if offset is False:
            offset = self._offsets[day] = self._day_offset(day)
        if offset is None:  # a day the clocks change
            plain = moment.replace(tzinfo=TZ).astimezone(UTC).replace(tzinfo=None)
        else:
            plain = moment - offset  # type: ignore[operator]
        return plain.isoformat(" ", "microseconds") if self.sqlite else plain

    @staticmethod
    def _day_offset(day: date) -> timedelta | None:
        first = datetime.combine(day, datetime.min.time(), tzinfo=TZ).utcoffset()
        last = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=TZ).utcoffset()
        return first if first == last else None


class BulkWriter:
    """Inserts and updates on the session's own connection (so: in its transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        take_write_lock(conn)
        self.mark = "?" if self.sqlite else "%s"
        self.wall = WallClock(self.sqlite)
        self.lap: Callable[[str], None] = lambda phase: None  # ImportReport.lap, to time phases

    def ids(self, table: str) -> Ids:
        return Ids(self.conn, table)

    def store(self, moment: datetime | None) -> Any:
        """An instant as a ``UTCDateTime`` column stores it: naive UTC (SQLite: its text)."""
        return sqlite_utc(moment) if self.sqlite else utc_naive(moment)

    def insert(self, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]],
               **constants: Any) -> None:
        """Insert ``rows`` (tuples in ``columns`` order, values as stored).

        ``constants`` hold for every row; any other column gets its scalar Python default.
        """
        if not rows:
            return
        fixed = {c.name: c.default.arg  # type: ignore[attr-defined]
                 if c.default is not None and c.default.is_scalar else None
                 for c in table.columns if c.name not in columns and c.name != "id"}
        fixed.update(constants)
        names = [*columns, *fixed]
        quoted = ", ".join(f'"{n}"' for n in names)
        if self.sqlite:
            values = ", ".join([self.mark] * len(columns) + [_sqlite_literal(v) for v in fixed.values()])
            with indexed_afterwards(self.conn, table.name):  # new ids only: reserved above max
                self._many(f"INSERT INTO {table.name} ({quoted}) VALUES ({values})", rows)
            return
        tail = tuple(fixed.values())
        raw = self.conn.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
                f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
            write = copy.write_row
            for row in rows:  # COPY: far quicker than INSERTs on PostgreSQL
                write((*row, *tail))

    @contextmanager
    def indexes_after(self, table: str, incoming: int) -> Iterator[None]:
        """SQLite: a load that at least doubles ``table`` builds its secondary indexes afterwards.

        Building an index from the loaded rows sorts them once; keeping it up to date
        row by row costs twice as much (an initial load of 150,000 orders: 2.9 s against
        6.2 s). Dropping and creating indexes is part of the import's transaction, so a
        failed import leaves them as they were; other workstations read the snapshot
        from before (WAL). PostgreSQL keeps its indexes: dropping one would lock the
        table against every other workstation until the import commits.
        """
        existing = self.conn.scalar(text(f"SELECT max(id) FROM {table}")) if self.sqlite else None
        if not self.sqlite or incoming < max(existing or 0, 1_000):
            yield
            return
        indexes = self.conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
            "AND sql IS NOT NULL"), {"t": table}).all()
        for name, _sql in indexes:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
        yield
        self.lap("writing")
        for _name, sql in indexes:
            self.conn.exec_driver_sql(sql)
        self.lap("building indexes")

    def update(self, table: Table, rows: list[tuple[int, dict[str, Any]]]) -> None:
        """``UPDATE … WHERE id = ?`` for each (id, values); every row has the same keys."""
        if not rows:
            return
        names = [n for n in rows[0][1] if n in table.c and n != "id"]
        sets = ", ".join(f'"{n}" = {self.mark}' for n in names)
        self._many(f"UPDATE {table.name} SET {sets} WHERE id = {self.mark}",
                   [[values[n] for n in names] + [row_id] for row_id, values in rows])

    def _many(self, sql: str, data: Sequence[Sequence[Any]]) -> None:
        raw = self.conn.connection.dbapi_connection
        assert raw is not None
        cursor = raw.cursor()
        try:
            if self.sqlite:  # index inserts at random keys thrash a small page cache
                cursor.execute("PRAGMA cache_size=-393216")
            for start in range(0, len(data), BATCH):
                cursor.executemany(sql, data[start:start + BATCH])
        finally:
            if self.sqlite:
                cursor.execute("PRAGMA cache_size=-65536")
            cursor.close()


def _sqlite_literal(value: Any) -> str:
    """A constant as SQLite text: only the kinds an import's constants take."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQLite literal for {value!r}")
