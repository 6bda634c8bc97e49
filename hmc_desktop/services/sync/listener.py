"""Hearing other workstations' changes (sending: :mod:`hmc_desktop.db.change_feed`).

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
from collections.abc import Callable

from sqlalchemy import Engine, func, select

from hmc_desktop.db import tables
from hmc_desktop.db.change_feed import CHANNEL, EVERYTHING, MAX_KEYS, parse_payload

__all__ = ["BACKOFF", "EVERYTHING", "ChangeListener", "Engine", "parse_payload"]  # Engine: for the window's type hints

log = logging.getLogger(__name__)
BACKOFF = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)

OnChange = Callable[[str, str], None]
OnState = Callable[[bool, str], None]


class ChangeListener:
    """A background thread reporting other workstations' changes and whether the database answers.

    ``on_change(entity, key)`` and ``on_state(online, reason)`` are called on the thread;
    a GUI forwards them through a queued signal (``ui/shell/connection.py``).
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
