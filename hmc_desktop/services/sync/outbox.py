"""The outbox (W4, W5, P3): messages to orderers exported as files, each exactly once, in order.

1. In one transaction, serialised between workstations (PostgreSQL advisory lock,
   SQLite write lock), the oldest messages without a sequence number get the next
   numbers (``messages.seq``, unique).
2. Each numbered, unexported message is written *atomically* as ``000123-ORDERNO.json``
   (temporary file, fsync, rename, fsync of the folder). The name follows from the
   number, so writing it again after a crash replaces the file, never doubles it.
3. Then its ``exported_at`` is set. A message with a number but no ``exported_at``
   (the program died between 2 and 3) is simply written again on the next run.

The file holds JSON: ``seq, order_no, orderer {name, unit, payer_no}, kind, subject,
body, created_at, created_by`` (times ISO 8601 with the Stockholm offset).
"""

import errno
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from hmc_desktop import safe_files
from hmc_desktop.db.models import Message, Orderer, WorkOrder
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.sync.log import SyncLog

log = logging.getLogger(__name__)
SEQ_LOCK = 0x484D_4353  # 'HMCS': pg_advisory_xact_lock key of the numbering
BATCH = 500
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

# Test hook: called after a file is written and before it is recorded (a crash point).
after_write: Callable[[int, Path], None] | None = None


def file_name(seq: int, order_no: str) -> str:
    """``000123-K-1.json``: the sequence number first, so the files sort in export order."""
    return f"{seq:06d}-{_UNSAFE.sub('_', order_no).strip('._') or 'order'}.json"


def write_atomically(folder: Path, name: str, data: bytes) -> Path:
    """``folder/name`` is either absent or complete: temp file, fsync, rename, fsync the folder;
    a full disk leaves neither a half file nor its temporary file."""
    return safe_files.write_atomically(folder / name, data, sync_folder=True, fixed_temp=True)


@dataclass(slots=True)
class OutboxResult:
    """One export run: the files written, in order."""

    exported: list[tuple[int, str]] = field(default_factory=list)  # (seq, file name)
    skipped: str = ""
    error: str = ""  # why the export stopped (a full disk …): the rest stay queued

    def summary(self) -> str:
        if self.skipped:
            return f"outbox: {self.skipped}"
        stopped = f"; stopped: {self.error}; the rest stay queued" if self.error else ""
        if not self.exported:
            return f"outbox: nothing exported{stopped}" if stopped else "outbox: nothing to export"
        n = len(self.exported)
        first, last = self.exported[0][0], self.exported[-1][0]
        span = f"seq {first}" if first == last else f"seq {first}-{last}"
        return f"outbox: {n} message{'s' if n != 1 else ''} exported ({span}){stopped}"


class OutboxService:
    """Exports the messages of the ``messages`` table into one folder."""

    def __init__(self, ctx: ServiceContext, folder: Path) -> None:
        self.ctx = ctx
        self.folder = folder

    def export(self) -> OutboxResult:
        """Number what is new, then write and record every numbered, unexported message."""
        result = OutboxResult()
        self.assign_numbers()
        while True:
            pending = self._pending()
            for seq, message_id, payload in pending:
                name = file_name(seq, payload["order_no"])
                try:
                    path = write_atomically(self.folder, name, _encode(payload))
                except OSError as exc:  # full disk, vanished share: written again next time
                    result.error = _os_problem(exc)
                    log.warning("outbox stopped at %s: %s", name, exc)
                    break
                if after_write is not None:
                    after_write(seq, path)
                self._mark(message_id)
                result.exported.append((seq, name))
            if len(pending) < BATCH or result.error:
                break
        if result.exported or result.error:
            SyncLog(self.ctx).record("outbox", "error" if result.error else "ok",
                                     file=result.exported[-1][1] if result.exported else "",
                                     new=len(result.exported), message=result.summary())
        return result

    def assign_numbers(self) -> int:
        """Give the unnumbered messages the next sequence numbers, oldest first; returns how many."""
        with self.ctx.db.transaction() as session:
            _lock(session)
            top = session.scalar(select(func.max(Message.seq))) or 0
            ids = session.scalars(select(Message.id).where(Message.seq.is_(None))
                                  .order_by(Message.created_at, Message.id)).all()
            if ids:
                session.execute(update(Message), [{"id": i, "seq": top + n}
                                                  for n, i in enumerate(ids, start=1)])
            return len(ids)

    def _pending(self) -> list[tuple[int, int, dict[str, Any]]]:
        stmt = (select(Message, WorkOrder.order_no, Orderer)
                .join(WorkOrder, WorkOrder.id == Message.order_id)
                .outerjoin(Orderer, Orderer.id == WorkOrder.orderer_id)
                .where(Message.seq.is_not(None), Message.exported_at.is_(None))
                .order_by(Message.seq).limit(BATCH))
        with self.ctx.db.reading() as session:
            out = []
            for m, order_no, orderer in session.execute(stmt):
                assert m.seq is not None
                out.append((m.seq, m.id, payload(m, order_no, orderer)))
            return out

    def _mark(self, message_id: int) -> None:
        with self.ctx.db.transaction() as session:
            session.execute(update(Message)
                            .where(Message.id == message_id, Message.exported_at.is_(None))
                            .values(exported_at=self.ctx.clock.now())
                            .execution_options(synchronize_session=False))


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"cannot write {exc.filename}: the disk is full"
    return f"cannot write {exc.filename} ({exc.strerror or exc})"


def _lock(session: Session) -> None:
    """Serialise the numbering: an advisory lock on PostgreSQL, the write lock on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEQ_LOCK})
    else:  # a write that changes nothing still takes SQLite's one write lock, until commit
        session.execute(text("UPDATE messages SET seq = seq WHERE 1 = 0"))


def payload(m: Message, order_no: str, orderer: Orderer | None) -> dict[str, Any]:
    """The exported file's content as data."""
    return {
        "seq": m.seq,
        "order_no": order_no,
        "orderer": None if orderer is None else {
            "name": orderer.name, "unit": orderer.unit, "payer_no": orderer.payer_no},
        "kind": m.kind,
        "subject": m.subject,
        "body": m.body,
        "created_at": to_local(m.created_at).isoformat(timespec="seconds"),
        "created_by": m.created_by,
    }


def _encode(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
