"""Importing order and device files (CONTRACT "Import format"): one transaction per file.

Idempotent: a row whose values are already stored changes nothing. A known order
keeps its type (W2); absent columns leave stored values untouched. Every change is
audited (W10) with the person running the import.
"""

import difflib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hmc_desktop.db.bulk import take_write_lock
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.messages import render
from hmc_desktop.domain.permissions import Action
from hmc_desktop.interchange import InterchangeError, RowError, read_source, validate_file
from hmc_desktop.interchange.columns import DEVICE_COLUMNS, ORDER_COLUMNS
from hmc_desktop.interchange.reader import paused_gc
from hmc_desktop.interchange.rows import DeviceRow, OrderRow
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.devices import DeviceApplier
from hmc_desktop.services.imports.limits import column_limits
from hmc_desktop.services.imports.orders import OrderApplier

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ImportReport:
    """What one file's import did: counts and the rejected rows' problems."""

    file: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the file imports; something was ignored
    seconds: dict[str, float] = field(default_factory=dict)  # phase → time spent (see lap)
    _mark: float = field(default_factory=perf_counter, repr=False)

    def lap(self, phase: str) -> None:
        """Add the time since the previous lap (or the report's start) to ``phase``."""
        now = perf_counter()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - self._mark
        self._mark = now

    def timings(self) -> str:
        """'reading 1.2 s, validating 2.1 s, …' — where the import's time went."""
        return ", ".join(f"{phase} {s:.1f} s" for phase, s in self.seconds.items())

    @property
    def rejected(self) -> int:
        return len({e.line for e in self.errors})

    def rejected_lines(self) -> list[str]:
        return [e.format(self.file) for e in sorted(self.errors, key=lambda e: e.line)]

    def summary(self) -> str:
        return (f"imported: {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.rejected} rejected")

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


class FileChanged(Exception):
    """The file changed while it was being imported: nothing of it was stored (try later)."""


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def import_file(self, name: str, still_same: Callable[[], bool] | None = None) -> ImportReport:
        """Import one file; raises :class:`InterchangeError` when it cannot be read at all.

        ``still_same``: asked just before the transaction commits; False (someone is still
        writing the file) rolls everything back and raises :class:`FileChanged`.

        The cyclic garbage collector is paused throughout: a large file becomes millions
        of small objects, none in a cycle, and a collection would walk them all. They
        are freed (by reference counting) before it resumes, so none is left to walk.
        """
        self.ctx.user.require(Action.IMPORT)
        with paused_gc():
            return self._import(name, still_same)

    def _import(self, name: str, still_same: Callable[[], bool] | None = None) -> ImportReport:
        report = ImportReport(file=name)
        source = read_source(Path(name))
        source.name = name
        if source.kind == "devices":  # holders, locations and statuses outside the flows
            self.ctx.user.require(Action.CHANGE_DEVICE)
        if source.unknown_columns:
            report.warnings.append(unknown_columns_warning(name, source.kind,
                                                           source.unknown_columns))
        report.lap("reading")
        rows, errors = validate_file(source, catalogue=self.ctx.catalogue,
                                     today=self.ctx.clock.now().date(), limits=column_limits())
        report.errors.extend(errors)
        report.lap("validating")
        for attempt in range(1, ATTEMPTS + 1):
            try:
                self._store(source.kind, rows, report, still_same, name)
                break
            except (DBAPIError, StaleDataError) as exc:
                if getattr(getattr(exc, "orig", None), "sqlstate", None) == "55P03":
                    raise DomainError("import_busy", wait=LOCK_WAIT) from None
                if not raced(exc):
                    raise
                log.info("%s: attempt %d met a concurrent change (%s)", name, attempt, exc)
                if attempt == ATTEMPTS:
                    raise DomainError("import_raced", attempts=ATTEMPTS) from None
                report.new = report.updated = report.unchanged = 0  # counted again
                report.errors[:] = errors
        report.lap("committing")
        for warning in report.warnings:
            log.warning("%s", warning)
        log.info("%s: %s (%s)", name, report.summary(), report.timings())
        return report

    def _store(self, kind: str, rows: list[OrderRow] | list[DeviceRow], report: ImportReport,
               still_same: Callable[[], bool] | None, name: str) -> None:
        """Apply the valid rows in one transaction, after every import before it (see
        :func:`serialise_imports`)."""
        with self.ctx.db.transaction() as session:
            serialise_imports(session)
            if kind == "orders":
                self._apply_orders(session, rows, report)  # type: ignore[arg-type]
            else:
                self._apply_devices(session, rows, report)  # type: ignore[arg-type]
            session.flush()  # the ORM path's last changes: still applying, not committing
            report.lap("applying")
            if still_same is not None and not still_same():
                raise FileChanged(name)

    def _apply_orders(self, session: Session, rows: Iterable[OrderRow], report: ImportReport) -> None:
        applier = OrderApplier(session, self.ctx)
        rows = list(rows)
        applier.preload(rows)
        report.lap("looking up")
        for row in rows:
            outcome = applier.apply(row)
            if isinstance(outcome, list):
                report.errors.extend(outcome)
            else:
                report.count(outcome)

    def _apply_devices(self, session: Session, rows: Iterable[DeviceRow], report: ImportReport) -> None:
        applier = DeviceApplier(session, self.ctx)
        rows = list(rows)
        applier.preload(rows)
        report.lap("looking up")
        for row in rows:
            outcome = applier.apply(row)
            if isinstance(outcome, list):
                report.errors.extend(outcome)
            else:
                report.count(outcome)
        applier.finish()


ATTEMPTS = 3  # a file is applied again when a concurrent change got in the way
IMPORT_LOCK = 0x484D_4349_4D50  # 'HMCIMP': pg_advisory_xact_lock key of imports
LOCK_WAIT = "300s"  # an import waits this long for the one before it, then says so


def serialise_imports(session: Session) -> None:
    """One import at a time writes: the next one waits for it, then sees its users, devices
    and orders (two at once made every user twice, or failed on a unique key).

    PostgreSQL: a transaction-scoped advisory lock (waiting at most :data:`LOCK_WAIT`).
    SQLite: the database's write lock, taken now rather than at the first write, so that
    what the import looks up is what it then changes (the busy timeout is the wait).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})
    else:
        take_write_lock(session.connection())


def raced(exc: BaseException) -> bool:
    """Whether ``exc`` is another workstation's change met at the same moment: a stale row
    (its version moved), a deadlock, a serialisation failure, or a key it just took."""
    if isinstance(exc, StaleDataError):
        return True
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in ("40001", "40P01", "23505")


def unknown_columns_warning(name: str, kind: str, unknown: list[str]) -> str:
    """'FILE: the column 'x' is not an orders column and was ignored (did you mean 'y'?)'."""
    known = sorted(ORDER_COLUMNS if kind == "orders" else DEVICE_COLUMNS)
    parts = []
    for column in unknown:
        close = difflib.get_close_matches(column, known, n=1, cutoff=0.75)
        parts.append(f"'{column}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
    what = "column" if len(unknown) == 1 else "columns"
    verb = "is" if len(unknown) == 1 else "are"
    noun = "an orders" if kind == "orders" else "a devices"
    return (f"{name}: the {what} {', '.join(parts)} {verb} not {noun} column and {verb} "
            "ignored; its values were not imported")


def type_change_reason() -> str:
    return render("type_immutable", "en", {})


__all__ = ["FileChanged", "ImportReport", "ImportService", "InterchangeError",
           "type_change_reason", "unknown_columns_warning"]
