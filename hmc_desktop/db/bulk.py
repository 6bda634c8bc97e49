"""Fast bulk inserts for demo data and big imports: the driver's ``executemany`` directly;
and ids reserved for rows before they are written (the imports).

SQLAlchemy's per-row compile and type processing costs more than the insert itself at
a million rows. Here values are converted once per column kind — the UTC datetime
columns as the dialect stores them — and handed to the driver in chunks.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, text

from hmc_desktop.db.search_index import indexed_afterwards
from hmc_desktop.db.types import UTCDateTime

CHUNK = 20_000
IN_LIST = 500  # keys per IN (...) list: far below every driver's parameter limit
T = TypeVar("T")


def utc_naive(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None)


def sqlite_utc(value: datetime | None) -> str | None:
    """The text SQLAlchemy's SQLite DateTime stores (always with microseconds, so it sorts)."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def bulk_insert(conn: Connection, table: Table, rows: Iterable[dict[str, Any]],
                progress: Callable[[int], None] | None = None) -> int:
    """Insert ``rows`` (dicts keyed by column name; every column of the first row) into ``table``."""
    iterator: Iterator[dict[str, Any]] = iter(rows)
    first = next(iterator, None)
    if first is None:
        return 0
    columns = list(first)
    sqlite = conn.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})")
    convert = sqlite_utc if sqlite else utc_naive
    utc_cols = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, UTCDateTime)]
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    if sqlite:  # random-key index inserts thrash a small page cache
        cursor.execute("PRAGMA cache_size=-393216")
    done = 0

    def tuples(batch: Iterable[dict[str, Any]]) -> list[list[Any]]:
        out = []
        for row in batch:
            values = [row[c] for c in columns]
            for i in utc_cols:
                values[i] = convert(values[i])
            out.append(values)
        return out

    pending: Iterable[dict[str, Any]] = [first, *islice(iterator, CHUNK - 1)]
    with indexed_afterwards(conn, table.name):  # the search index: one statement at the end
        while True:
            batch = tuples(pending)
            if not batch:
                break
            cursor.executemany(sql, batch)
            done += len(batch)
            if progress is not None:
                progress(done)
            pending = list(islice(iterator, CHUNK))
    if sqlite:
        cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()
    if not sqlite:  # explicit ids leave the serial sequence behind
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                          f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"))
    return done


def take_write_lock(conn: Connection) -> None:
    """SQLite: hold the database's write lock from now until commit, so max(id) stays ours."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("UPDATE work_orders SET id = id WHERE 1 = 0"))


class Ids:
    """Ids reserved for new rows: the table's sequence (PostgreSQL) or max(id) under the write lock."""

    def __init__(self, conn: Connection, table: str, block: int = 1_000) -> None:
        self.conn, self.table = conn, table
        self.pg = conn.dialect.name == "postgresql"
        self.free: list[int] = []
        self.block = block  # PostgreSQL: ids fetched at a time, doubling (a large file: few trips)
        self.top = 0 if self.pg else (conn.scalar(text(f"SELECT max(id) FROM {table}")) or 0)

    def next(self) -> int:
        if not self.pg:
            self.top += 1
            return self.top
        if not self.free:
            self.free = list(self.conn.scalars(text(
                f"SELECT nextval(pg_get_serial_sequence('{self.table}', 'id')) "
                f"FROM generate_series(1, {self.block})")))[::-1]
            self.block = min(self.block * 2, 64_000)
        return self.free.pop()


def chunked(items: Sequence[T], size: int = IN_LIST) -> Iterable[Sequence[T]]:
    """``items`` in slices of ``size``: one IN list each."""
    for i in range(0, len(items), size):
        yield items[i:i + size]
