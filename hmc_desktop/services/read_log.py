"""Reads of personal data are logged: who looked at whose data, when, in which view (W10).

webSesam logs every look at a user's personal data; so do we. A user's address, phone or
personnummer shown on a device card, or printed on a pickup order or shipping note, is one
row of ``personal_data_reads`` — not an audit entry: reading changes nothing, and every
audit entry makes the other workstations reload (services/changes.py). One short insert
per look, in its own transaction: the device card does not wait for anything else.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import PersonalDataRead
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.context import ServiceContext


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


class ReadLogService:
    """Writing and (for administrators) reading the log of personal-data reads."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, holder_id: int, view: str, ref: str) -> None:
        """Log that the person working has just been shown ``holder_id``'s personal data."""
        with self.ctx.db.transaction() as session:
            log_read(session, self.ctx.user.login, self.ctx.clock.now(), holder_id, view, ref)

    def reads(self, holder_id: int | None = None, who: str | None = None) -> list[ReadEntry]:
        """The looks at one user's data (or by one login), newest first; administrators only."""
        self.ctx.user.require(Action.MANAGE_STAFF)
        r = PersonalDataRead
        stmt = select(r.at, r.who, r.holder_id, r.view, r.ref).order_by(r.id.desc())
        if holder_id is not None:
            stmt = stmt.where(r.holder_id == holder_id)
        if who is not None:
            stmt = stmt.where(r.who == who)
        with self.ctx.db.reading() as session:
            return [ReadEntry(*row) for row in session.execute(stmt.limit(10_000))]
