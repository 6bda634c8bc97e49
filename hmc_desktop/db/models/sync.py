"""The sync log: every intake file and outbox export, with who, where and the counts.

Also the outbox's pending-message index: the exporter asks "which messages are not yet
exported" every few seconds, and a partial index keeps that cheap however long the
message history grows (messages are declared in ``orders.py``; the index belongs here,
with the feature that needs it).
"""

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hmc_desktop.db.base import Base
from hmc_desktop.db.models.orders import Message

DIRECTIONS = ("intake", "outbox")
STATUSES = ("ok", "rejects", "error")


class SyncLogEntry(Base):
    """One file taken in from the ordering system, or one outbox export run."""

    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_direction_at", "direction", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    who: Mapped[str] = mapped_column(String(80))  # the login running the sync
    workstation: Mapped[str] = mapped_column(String(120))  # host name
    direction: Mapped[str] = mapped_column(String(8))  # intake|outbox
    file: Mapped[str] = mapped_column(String(400), default="")
    new: Mapped[int] = mapped_column(default=0)  # outbox: messages exported
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(8))  # ok|rejects|error
    message: Mapped[str] = mapped_column(Text, default="")


# Messages waiting for the outbox, in export order (PostgreSQL and SQLite both index partially).
# The PostgreSQL condition is named here like every other partial index; the process loads
# the models (and with them the dialect's options) off the start-up path, on both databases.
UNEXPORTED = Message.exported_at.is_(None)
PENDING_MESSAGES = Index("ix_messages_unexported", Message.created_at, Message.id,
                         sqlite_where=UNEXPORTED, postgresql_where=UNEXPORTED)
