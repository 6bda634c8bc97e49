"""Change notification between workstations : every audited change tells the others.

*Sending.* A session event looks at every flush: each new :class:`AuditEntry` names
what changed (``entity``, ``entity_key``). On PostgreSQL the flush then runs
``pg_notify('hmc_changes', 'entity:key')`` in the same transaction, so the others hear
of it exactly when it commits, and never when it rolls back. Code that writes without
the ORM (bulk paths) calls :func:`notify`. A transaction touching more than
:data:`MAX_KEYS` keys sends one ``'*:'`` ("reload everything") instead of flooding.
The events are registered by :func:`register_session_events`, which the database handle
calls as it makes its first session (the ORM itself loads no sooner: a fast start-up).

The receiving side, :class:`~hmc_desktop.services.sync.listener.ChangeListener`, lives
with the services (the window may use it; it may not reach ``db``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, text

from hmc_desktop.db import models

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, UOWTransaction

CHANNEL = "hmc_changes"
MAX_KEYS = 100
EVERYTHING = "*"  # entity of a "reload everything" change; its key is ''
_SENT = "hmc_notified"  # session.info: keys already sent in this transaction (None: overflowed)
CHANGED = "hmc_changed"  # session.info: every key this transaction changed (for its own process)

_REGISTERING = threading.Lock()



# -- sending ------------------------------------------------------------------------------------
def notify(session: Session, entity: str, key: str) -> None:
    """Tell the other workstations, when this transaction commits, that ``entity`` ``key`` changed."""
    _send(session, [(entity, key)])


def notify_many(session: Session, keys: Iterable[tuple[str, str]]) -> None:
    """:func:`notify` for many keys at once (bulk writes that bypass the ORM)."""
    _send(session, keys)


def _send(session: Session, keys: Iterable[tuple[str, str]]) -> None:
    keys = list(keys)
    session.info.setdefault(CHANGED, set()).update(keys)  # the unit of work reports them
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: the others poll the audit log
    sent: set[tuple[str, str]] | None = session.info.get(_SENT, set())
    if sent is None:
        return  # already told everyone to reload everything
    fresh = [k for k in dict.fromkeys(keys) if k not in sent]
    if not fresh:
        return
    if len(sent) + len(fresh) > MAX_KEYS:
        payloads = [f"{EVERYTHING}:"]
        session.info[_SENT] = None
    else:
        payloads = [f"{entity}:{key}"[:7000] for entity, key in fresh]
        session.info[_SENT] = sent | set(fresh)
    session.connection().execute(
        text("SELECT pg_notify(:channel, p) FROM unnest(CAST(:payloads AS text[])) AS p"),
        {"channel": CHANNEL, "payloads": payloads})


def register_session_events() -> None:
    """Send every flush's audited changes (see the module's text); once per process."""
    from sqlalchemy.orm import Session

    with _REGISTERING:  # the first sessions may be made by several threads at once
        if not event.contains(Session, "after_flush", _audited_changes):
            event.listen(Session, "after_flush", _audited_changes)
            event.listen(Session, "after_transaction_end", _forget_sent)


def _audited_changes(session: Session, _flush: UOWTransaction) -> None:
    audit = models.AuditEntry
    keys = [(o.entity, o.entity_key) for o in session.new if isinstance(o, audit)]
    if keys:
        _send(session, keys)


def _forget_sent(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_SENT, None)


def take_changed(session: Session) -> set[tuple[str, str]]:
    """The keys the session's transaction changed, forgotten as they are taken."""
    found: set[tuple[str, str]] = session.info.pop(CHANGED, set())
    return found


def parse_payload(payload: str) -> tuple[str, str]:
    """``'order:K-1'`` → ``('order', 'K-1')``."""
    entity, _, key = payload.partition(":")
    return entity, key
