"""Writing many rows at once with ids chosen beforehand: ``executemany`` (SQLite), ``COPY`` (PostgreSQL)."""

from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, text

BATCH = 10_000


class Ids:
    """Ids reserved for new rows: the table's sequence (PostgreSQL) or max(id) under the write lock."""

    def __init__(self, conn: Connection, table: str) -> None:
        self.conn, self.table = conn, table
        self.pg = conn.dialect.name == "postgresql"
        self.free: list[int] = []
        self.top = 0 if self.pg else (conn.scalar(text(f"SELECT max(id) FROM {table}")) or 0)

    def next(self) -> int:
        if not self.pg:
            self.top += 1
            return self.top
        if not self.free:
            self.free = list(self.conn.scalars(text(
                f"SELECT nextval(pg_get_serial_sequence('{self.table}', 'id')) "
                "FROM generate_series(1, 1000)")))[::-1]
        return self.free.pop()


class BulkWriter:
    """Inserts and updates on the session's own connection (so: in its transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        if self.sqlite:  # the write lock first: max(id) must stay ours until commit
            conn.execute(text("UPDATE work_orders SET id = id WHERE 1 = 0"))
        self.mark = "?" if self.sqlite else "%s"

    def ids(self, table: str) -> Ids:
        return Ids(self.conn, table)

    def store(self, moment: datetime | None) -> Any:
        """An instant as a ``UTCDateTime`` column stores it: naive UTC (SQLite: its text)."""
        if moment is None:
            return None
        plain = moment.astimezone(UTC).replace(tzinfo=None)
        return plain.isoformat(sep=" ", timespec="microseconds") if self.sqlite else plain

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows`` (values as stored); columns they lack get their Python default."""
        if not rows:
            return
        columns = [c for c in table.columns if c.name in rows[0] or c.name != "id"]
        defaults = {c.name: c.default.arg  # type: ignore[attr-defined]
                    if c.default is not None and c.default.is_scalar else None for c in columns}
        names = [c.name for c in columns]
        quoted = ", ".join(f'"{n}"' for n in names)
        row_of = itemgetter(*names)
        data = [row_of(defaults | r) for r in rows]
        if self.sqlite:
            marks = ", ".join([self.mark] * len(names))
            self._many(f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})", data)
            return
        raw = self.conn.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
                f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
            for values in data:  # COPY: far quicker than INSERTs on PostgreSQL
                copy.write_row(values)

    def update(self, table: Table, rows: list[tuple[int, dict[str, Any]]]) -> None:
        """``UPDATE … WHERE id = ?`` for each (id, values); every row has the same keys."""
        if not rows:
            return
        names = [n for n in rows[0][1] if n in table.c and n != "id"]
        sets = ", ".join(f'"{n}" = {self.mark}' for n in names)
        self._many(f"UPDATE {table.name} SET {sets} WHERE id = {self.mark}",
                   [[values[n] for n in names] + [row_id] for row_id, values in rows])

    def _many(self, sql: str, data: list[Any]) -> None:
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
