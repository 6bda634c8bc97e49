"""The fragment-search index: which text columns the queue's search finds orders by, and
the database objects that index them (created by migration 0008).

Every indexed column is searched by *substring*, in any case, through trigrams:

* **SQLite**: one FTS5 table per base table, ``<table>_fts``, with the ``trigram``
  tokenizer (case folded by Unicode rules, so "ÖBERG" finds "Öberg"; no diacritics
  removed, so å/ä/ö stay letters of their own, as in Swedish). It is an *external
  content* table over the base table (the text is not stored twice) and three triggers
  per base table keep it in step with every write, whichever program, import or
  workstation makes it. The bulk loads (demo, services/imports/bulk) set the insert trigger
  aside while they hold the write lock and index their new rows with one statement
  (:func:`indexed_afterwards`): row by row it would cost them half a minute a million.
* **PostgreSQL**: a GIN index with ``pg_trgm``'s ``gin_trgm_ops`` on each column,
  ``ix_<table>_<column>_trgm``; the database maintains it itself. ``ILIKE`` folds case by
  the database's locale, which must be a UTF-8 one (docs/IT.md).

Neither is part of the ORM models (FTS5 tables and operator-class indexes have no
declarative form): :func:`is_search_object` lets the models-match-migrations comparison
pass over them, and a test holds the objects themselves to this module.

A later SQLite migration that *recreates* a base table drops its triggers:
:mod:`hmc_desktop.db.triggers` puts them back after every upgrade.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Integer, TableClause, column, table, text

# base table → its searched columns (the queue joins each to the orders: services/queue/search.py)
SEARCHED: dict[str, tuple[str, ...]] = {
    "work_orders": ("order_no",),
    "devices": ("individual_no",),
    "articles": ("article_no", "name"),
    "holders": ("name",),
    "orderers": ("name",),
}
TRIGRAM = 3  # the shortest fragment a trigram index can look up


def fts_name(base: str) -> str:
    """The SQLite FTS5 table over ``base``."""
    return f"{base}_fts"


def trigram_index_name(base: str, col: str) -> str:
    """The PostgreSQL trigram index on ``base.col``."""
    return f"ix_{base}_{col}_trgm"


def fts_table(base: str) -> TableClause:
    """``<base>_fts`` as a Core table: its rowid (the base row's id) and the column named like
    the table, which FTS5's ``MATCH`` takes on the left."""
    name = fts_name(base)
    return table(name, column("rowid", Integer), column(name))


# -- the objects ----------------------------------------------------------------------------
_FTS_SHADOWS = ("data", "idx", "docsize", "config", "content")


def is_search_object(name: str | None, type_: str) -> bool:
    """True for the index's own tables (FTS5 and its shadow tables) and trigram indexes."""
    if not name:
        return False
    if type_ == "index":
        return any(name == trigram_index_name(b, c) for b, cols in SEARCHED.items() for c in cols)
    if type_ == "table":
        return any(name == fts_name(b) or name in {f"{fts_name(b)}_{s}" for s in _FTS_SHADOWS}
                   for b in SEARCHED)
    return False


def sqlite_triggers(base: str) -> dict[str, str]:
    """The triggers that keep ``<base>_fts`` in step with ``base``, by name (CREATE statements).

    An external-content FTS5 table must be told the *old* text of a changed or deleted row
    ('delete' command) before the new text is added.
    """
    cols = SEARCHED[base]
    fts = fts_name(base)
    names = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return {
        f"{fts}_insert": f"AFTER INSERT ON {base} BEGIN {add} END",
        f"{fts}_delete": f"AFTER DELETE ON {base} BEGIN {remove} END",
        f"{fts}_update": f"AFTER UPDATE OF id, {names} ON {base} BEGIN {remove} {add} END",
    }


def create_sqlite(conn: Connection) -> None:
    """FTS5 tables filled from the rows already there, and their triggers."""
    for base, cols in SEARCHED.items():
        fts = fts_name(base)
        conn.execute(text(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(cols)}, content='{base}', "
            "content_rowid='id', tokenize='trigram case_sensitive 0', columnsize=0)"))
        conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"))
        for name, body in sqlite_triggers(base).items():
            conn.execute(text(f"CREATE TRIGGER {name} {body}"))


@contextmanager
def indexed_afterwards(conn: Connection, base: str) -> Iterator[None]:
    """SQLite: rows *inserted* into ``base`` in the block (with ids above every id before it:
    the bulk paths reserve them so) are indexed by one statement at its end.

    An FTS5 insert from a trigger costs 20 µs a row, ten times one from a statement: a
    million devices would spend half a minute in it. The bulk paths hold the write lock,
    so no other writer can miss the trigger while it is away; whatever happens in the
    block, the rows are indexed and the trigger is back before it ends.
    """
    name = f"{fts_name(base)}_insert"
    if conn.dialect.name != "sqlite" or base not in SEARCHED or not conn.scalar(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": name}):
        yield
        return
    top = conn.scalar(text(f"SELECT coalesce(max(id), 0) FROM {base}"))
    conn.execute(text(f"DROP TRIGGER {name}"))
    try:
        yield
    finally:
        cols = ", ".join(SEARCHED[base])
        conn.execute(text(f"INSERT INTO {fts_name(base)}(rowid, {cols}) "
                          f"SELECT id, {cols} FROM {base} WHERE id > :top"), {"top": top})
        conn.execute(text(f"CREATE TRIGGER {name} {sqlite_triggers(base)[name]}"))


def drop_sqlite(conn: Connection) -> None:
    for base in SEARCHED:
        for name in sqlite_triggers(base):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {fts_name(base)}"))


def create_postgresql(conn: Connection) -> None:
    """pg_trgm (a trusted extension: the database's owner may create it) and the GIN indexes."""
    available = conn.scalar(text(
        "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"))
    if not available:
        raise RuntimeError("the PostgreSQL server lacks the pg_trgm extension "
                           "(install the server's contrib package); see docs/IT.md")
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    for base, cols in SEARCHED.items():
        for col in cols:
            conn.execute(text(f"CREATE INDEX {trigram_index_name(base, col)} ON {base} "
                              f"USING gin ({col} gin_trgm_ops)"))


def drop_postgresql(conn: Connection) -> None:
    """The indexes; the extension stays (it may have been there before, and other objects
    in the database may use it)."""
    for base, cols in SEARCHED.items():
        for col in cols:
            conn.execute(text(f"DROP INDEX IF EXISTS {trigram_index_name(base, col)}"))
