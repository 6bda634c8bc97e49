"""The SQLite triggers the schema relies on (migration 0008), and their repair.

A later migration that *rebuilds* a table on SQLite (Alembic's batch "move and copy")
drops the table's triggers with it, silently: the search index and the lead-time change
log would then miss writes. :func:`ensure_sqlite_triggers` runs after every upgrade and
puts back whichever is missing (the rows they fill are keyed by ids, which do not change).
"""

from sqlalchemy import Connection, text

from hmc_desktop.db import leadtime_log, search_index


def sqlite_triggers() -> dict[str, tuple[str, str]]:
    """Every trigger by name: (the table it writes to, the body after its name)."""
    out = {name: ("leadtime_changes", body) for name, body in leadtime_log.sqlite_triggers().items()}
    for base in search_index.SEARCHED:
        out.update({name: (search_index.fts_name(base), body)
                    for name, body in search_index.sqlite_triggers(base).items()})
    return out


def ensure_sqlite_triggers(conn: Connection) -> None:
    """Create any trigger that is missing while the table it writes to exists."""
    present = {(t, n) for t, n in conn.execute(text(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')"))}
    for name, (target, body) in sqlite_triggers().items():
        if ("table", target) in present and ("trigger", name) not in present:
            conn.execute(text(f"CREATE TRIGGER {name} {body}"))
