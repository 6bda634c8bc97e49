"""The sync log: what each intake file and outbox run did, by whom, on which workstation."""

import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from hmc_desktop.db.models.sync import SyncLogEntry
from hmc_desktop.services.core.context import ServiceContext

PROBLEM_WINDOW = timedelta(hours=24)  # the status bar mentions problems this recent


def workstation() -> str:
    """This computer's name, as the sync log records it."""
    try:
        return socket.gethostname() or "okänd"
    except OSError:
        return "okänd"


@dataclass(frozen=True, slots=True)
class SyncEntry:
    """One row of the sync log, detached from the database."""

    at: datetime
    who: str
    workstation: str
    direction: str  # intake|outbox
    file: str
    new: int
    updated: int
    unchanged: int
    rejected: int
    status: str  # ok|rejects|error
    message: str

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True, slots=True)
class SyncOverview:
    """What the status bar shows: the latest run each way and the recent problems."""

    last_intake: SyncEntry | None = None
    last_outbox: SyncEntry | None = None
    problems: list[SyncEntry] = field(default_factory=list)  # newest first, last 24 h

    @property
    def last(self) -> SyncEntry | None:
        known = [e for e in (self.last_intake, self.last_outbox) if e is not None]
        return max(known, key=lambda e: e.at) if known else None


def _entry(row: SyncLogEntry) -> SyncEntry:
    return SyncEntry(at=row.at, who=row.who, workstation=row.workstation,
                     direction=row.direction, file=row.file, new=row.new, updated=row.updated,
                     unchanged=row.unchanged, rejected=row.rejected, status=row.status,
                     message=row.message)


class SyncLog:
    """Writing and reading the ``sync_log`` table."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, direction: str, status: str, *, file: str = "", message: str = "",
               new: int = 0, updated: int = 0, unchanged: int = 0,
               rejected: int = 0) -> SyncEntry:
        """Add one entry (its own transaction: the log survives a failed import)."""
        row = SyncLogEntry(at=self.ctx.clock.now(), who=self.ctx.login,
                           workstation=workstation()[:120], direction=direction,
                           file=file[-400:], new=new, updated=updated, unchanged=unchanged,
                           rejected=rejected, status=status, message=message)
        with self.ctx.db.transaction() as session:
            session.add(row)
        return _entry(row)

    def latest(self, limit: int = 50, direction: str | None = None) -> list[SyncEntry]:
        """The newest entries first."""
        stmt = select(SyncLogEntry).order_by(SyncLogEntry.at.desc(), SyncLogEntry.id.desc())
        if direction is not None:
            stmt = stmt.where(SyncLogEntry.direction == direction)
        with self.ctx.db.reading() as session:
            return [_entry(r) for r in session.scalars(stmt.limit(limit))]

    def overview(self) -> SyncOverview:
        """The latest intake and outbox entries and the problems of the last 24 hours."""
        since = self.ctx.clock.now() - PROBLEM_WINDOW
        with self.ctx.db.reading() as session:
            last = {}
            for direction in ("intake", "outbox"):
                row = session.scalars(
                    select(SyncLogEntry).where(SyncLogEntry.direction == direction)
                    .order_by(SyncLogEntry.at.desc(), SyncLogEntry.id.desc()).limit(1)).first()
                last[direction] = _entry(row) if row is not None else None
            problems = [_entry(r) for r in session.scalars(
                select(SyncLogEntry).where(SyncLogEntry.status != "ok", SyncLogEntry.at >= since)
                .order_by(SyncLogEntry.at.desc(), SyncLogEntry.id.desc()).limit(20))]
        return SyncOverview(last["intake"], last["outbox"], problems)
