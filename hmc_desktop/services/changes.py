"""Change notification between workstations (issue 6): every audited change tells the others.

*Sending.* A session event looks at every flush: each new :class:`AuditEntry` names
what changed (``entity``, ``entity_key``). On PostgreSQL the flush then runs
``pg_notify('hmc_changes', 'entity:key')`` in the same transaction, so the others hear
of it exactly when it commits, and never when it rolls back. Code that writes without
the ORM (bulk paths) calls :func:`notify`. A transaction touching more than
:data:`MAX_KEYS` keys sends one ``'*:'`` ("reload everything") instead of flooding.
The events are registered by :func:`register_session_events`, which the database handle
calls as it makes its first session (the ORM itself loads no sooner: start-up, issue 3).

*Receiving* (:class:`ChangeListener`, no Qt): a thread with its own connection. On
PostgreSQL it LISTENs (autocommit, ``notifies()`` with a timeout) and pings every few
seconds; on SQLite it polls ``max(audit_log.id)`` every second. It also tells whether the
database answers, and reconnects by itself with a growing pause (1 s … 30 s); after a
reconnect it reports ``'*'``, since changes may have been missed meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event, func, select, text

from hmc_desktop.db import models, tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, UOWTransaction

log = logging.getLogger(__name__)
CHANNEL = "hmc_changes"
MAX_KEYS = 100
EVERYTHING = "*"  # entity of a "reload everything" change; its key is ''
BACKOFF = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)
_SENT = "hmc_notified"  # session.info: keys already sent in this transaction (None: overflowed)

_REGISTERING = threading.Lock()

OnChange = Callable[[str, str], None]
OnState = Callable[[bool, str], None]


# -- sending ------------------------------------------------------------------------------------
def notify(session: Session, entity: str, key: str) -> None:
    """Tell the other workstations, when this transaction commits, that ``entity`` ``key`` changed."""
    _send(session, [(entity, key)])


def notify_many(session: Session, keys: Iterable[tuple[str, str]]) -> None:
    """:func:`notify` for many keys at once (bulk writes that bypass the ORM)."""
    _send(session, keys)


def _send(session: Session, keys: Iterable[tuple[str, str]]) -> None:
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


def parse_payload(payload: str) -> tuple[str, str]:
    """``'order:K-1'`` → ``('order', 'K-1')``."""
    entity, _, key = payload.partition(":")
    return entity, key


# -- receiving ----------------------------------------------------------------------------------
class ChangeListener:
    """A background thread reporting other workstations' changes and whether the database answers.

    ``on_change(entity, key)`` and ``on_state(online, reason)`` are called on the thread;
    a GUI forwards them through a queued signal (``ui/connection.py``).
    """

    def __init__(self, engine: Engine, on_change: OnChange, on_state: OnState | None = None,
                 *, poll_seconds: float = 1.0, ping_seconds: float = 5.0,
                 backoff: tuple[float, ...] = BACKOFF) -> None:
        self.engine = engine
        self._on_change = on_change
        self._on_state = on_state or (lambda _online, _reason: None)
        self.poll_seconds = poll_seconds
        self.ping_seconds = ping_seconds
        self.backoff = backoff
        self.online: bool | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def uses_notify(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hmc-changes", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def check_now(self) -> None:
        """Try the database at once (after a failure elsewhere), not at the next pause's end."""
        self._wake.set()

    # -- the thread -----------------------------------------------------------------------
    def _run(self) -> None:
        failures = 0
        missed = False  # after an outage, whatever happened meanwhile must be reloaded
        while not self._stop.is_set():
            try:
                if self.uses_notify:
                    self._listen(missed)
                else:
                    self._poll(missed)
            except Exception as exc:  # the server went away, or never answered
                if self._stop.is_set():
                    break
                log.info("change listener: database not reachable: %s", exc)
                if self.online:
                    failures = 0  # it answered until now: start the pauses again from 1 s
                self._set_state(False, _reason(exc))
                pause = self.backoff[min(failures, len(self.backoff) - 1)]
                failures += 1
                missed = True
                self._wait(pause)

    def on_change(self, entity: str, key: str) -> None:
        try:
            self._on_change(entity, key)
        except Exception:  # a receiver gone (window closing) must not kill the thread
            log.debug("change receiver failed", exc_info=True)

    def on_state(self, online: bool, reason: str) -> None:
        try:
            self._on_state(online, reason)
        except Exception:
            log.debug("state receiver failed", exc_info=True)

    def _wait(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _set_state(self, online: bool, reason: str = "") -> None:
        if online != self.online:
            self.online = online
            self.on_state(online, reason)

    def _came_back(self, missed: bool) -> None:
        self._set_state(True)
        if missed:
            self.on_change(EVERYTHING, "")

    def _listen(self, missed: bool) -> None:
        import psycopg

        cargs, cparams = self.engine.dialect.create_connect_args(self.engine.url)
        cparams.setdefault("connect_timeout", 5)
        with psycopg.connect(*cargs, **cparams, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._came_back(missed)
            last_ping = time.monotonic()
            while not self._stop.is_set():
                for note in conn.notifies(timeout=min(0.5, self.poll_seconds)):
                    self.on_change(*parse_payload(note.payload))
                if self._wake.is_set() or time.monotonic() - last_ping >= self.ping_seconds:
                    self._wake.clear()
                    conn.execute("SELECT 1")  # a dead server raises here
                    last_ping = time.monotonic()

    def _poll(self, missed: bool) -> None:
        log_ = tables.audit_log.c
        newest = select(func.max(log_.id))
        with self.engine.connect() as conn:
            last = conn.scalar(newest) or 0
        self._came_back(missed)
        while not self._stop.is_set():
            self._wait(self.poll_seconds)
            if self._stop.is_set():
                return
            with self.engine.connect() as conn:
                top = conn.scalar(newest) or 0
                if top <= last:
                    continue
                rows = conn.execute(
                    select(log_.entity, log_.entity_key)
                    .where(log_.id > last).order_by(log_.id).limit(MAX_KEYS * 20)
                ).all()
            keys = list(dict.fromkeys((entity, key) for entity, key in rows))
            if len(keys) > MAX_KEYS or top - last > len(rows):
                self.on_change(EVERYTHING, "")
            else:
                for entity, key in keys:
                    self.on_change(entity, key)
            last = top


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()
    return first[0] if first else type(exc).__name__
