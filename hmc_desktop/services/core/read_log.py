"""Reads of personal data are logged: who looked at whose data, when, in which view (W10).

webSesam logs every look at a user's personal data; so do we. A user's address, phone or
personnummer shown on a device card, or printed on a pickup order or shipping note, is one
row of ``personal_data_reads`` — not an audit entry: reading changes nothing, and every
audit entry makes the other workstations reload (db/change_feed.py).

Cheap enough not to slow the device card (benchmarks/bench_read_log.py): on PostgreSQL the
row goes in on the card's own connection, committed with it (no second round of
connecting); on SQLite, where an import may hold the one write lock for many seconds, the
card does not wait for it: a row that cannot be written within a quarter of a second is
kept and written with the next one (or when the program ends).
"""

import atexit
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from hmc_desktop.db.models import PersonalDataRead
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.context import ServiceContext

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReadEntry:
    """One look at a user's personal data."""

    at: datetime
    who: str
    holder_id: int
    view: str  # device_card | pickup_order | shipping_note
    ref: str  # the individual number or order number shown


def log_read(session: Session, who: str, at: datetime, holder_id: int, view: str,
             ref: str) -> None:
    """Log a look inside a transaction that is open anyway (printing records its document)."""
    session.execute(insert(PersonalDataRead).values(at=at, who=who, holder_id=holder_id,
                                                    view=view, ref=ref[:80]))


_PENDING: dict[str, list[dict[str, Any]]] = {}  # SQLite: database URL → reads not yet written


def flush_pending(db: Database, wait_seconds: float = 30.0) -> bool:
    """Write the reads kept for ``db`` (SQLite); False when its write lock stayed taken."""
    rows = _PENDING.get(db.url)
    if not rows:
        return True
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute(f"PRAGMA busy_timeout = {int(wait_seconds * 1000)}")
            try:
                conn.execute(insert(PersonalDataRead), rows)
                conn.commit()
            finally:
                raw.execute("PRAGMA busy_timeout = 30000")  # the engine's (connect_args)
    except OperationalError as exc:  # 'database is locked': kept for the next look
        log.info("%d personal-data reads kept for later: %s", len(rows), exc.orig)
        return False
    del rows[:]
    return True


@atexit.register
def _flush_at_exit() -> None:
    for url, rows in list(_PENDING.items()):
        if rows:
            db = Database(url)
            try:
                flush_pending(db)
            except Exception:  # the program is ending: the log says what was lost
                log.exception("%d personal-data reads could not be written", len(rows))
            finally:
                db.dispose()


class ReadLogService:
    """Writing and (for administrators) reading the log of personal-data reads."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, holder_id: int, view: str, ref: str, session: Session | None = None) -> None:
        """Log that the person working has just been shown ``holder_id``'s personal data.

        ``session``: the reading session that showed it (PostgreSQL: the row is written and
        committed on it)."""
        row = dict(at=self.ctx.clock.now(), who=self.ctx.user.login, holder_id=holder_id,
                   view=view, ref=ref[:80])
        if self.ctx.db.backend == "postgresql":
            if session is None:
                with self.ctx.db.transaction() as own:
                    own.execute(insert(PersonalDataRead).values(**row))
            else:
                session.execute(insert(PersonalDataRead).values(**row))
                session.commit()
            return
        _PENDING.setdefault(self.ctx.db.url, []).append(row)
        flush_pending(self.ctx.db, wait_seconds=0.25)

    def reads(self, holder_id: int | None = None, who: str | None = None) -> list[ReadEntry]:
        """The looks at one user's data (or by one login), newest first; administrators only."""
        self.ctx.user.require(Action.MANAGE_STAFF)
        if self.ctx.db.backend == "sqlite":
            flush_pending(self.ctx.db)
        r = PersonalDataRead
        stmt = select(r.at, r.who, r.holder_id, r.view, r.ref).order_by(r.id.desc())
        if holder_id is not None:
            stmt = stmt.where(r.holder_id == holder_id)
        if who is not None:
            stmt = stmt.where(r.who == who)
        with self.ctx.db.reading() as session:
            return [ReadEntry(*row) for row in session.execute(stmt.limit(10_000))]
