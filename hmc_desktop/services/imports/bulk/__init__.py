"""A fast path for files of new work orders: the same rules as ``imports.orders``, written set-wise.

Where the ORM path's time goes: a unit-of-work flush per new device and holder to learn
its id, and ORM inserts of each order and audit entry — milliseconds a row, where this
path takes tens of microseconds (benchmarks/bench_import.py). Here the rows are applied
in file order to plain in-memory state that does what ``Lookups`` and ``OrderApplier``
do — the same lookups by personnummer, then name and street, the same caches, the same
audit entries (W10); the deadlines come from the one deriver both routes ask
(``ctx.deadlines``, :class:`~hmc_desktop.domain.sla.DeadlineDeriver`) — with ids reserved
up front; then everything is
written with ``executemany`` (SQLite) or ``COPY`` (PostgreSQL), in the import's one
transaction (CONTRACT). ``tests/integration/test_sync_import_bulk.py`` compares both
paths table by table, ``test_deadline_routes.py`` their deadlines for every type.

Used when every valid row of an orders file is a new order (an initial load, a day's new
orders); a file naming a known order takes the ORM path, since its updates interleave
with the rows around them.
"""

from collections.abc import Iterable
from operator import attrgetter

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import WorkOrder
from hmc_desktop.interchange.rows import OrderRow
from hmc_desktop.services.imports.bulk.new_orders import NewOrders
from hmc_desktop.services.imports.importer import ImportReport, ImportService
from hmc_desktop.services.imports.lookup import among

__all__ = ["BulkImportService", "NewOrders"]


class BulkImportService(ImportService):
    """:class:`ImportService` whose orders files of only new orders take the fast path."""

    min_rows = 200  # below this the ORM path is as quick, and one path is simpler to reason about

    def _apply_orders(self, session: Session, rows: Iterable[OrderRow], report: ImportReport) -> None:
        rows = list(rows)
        if len(rows) < self.min_rows or _any_known(session, set(map(attrgetter("order_no"), rows))):
            super()._apply_orders(session, rows, report)
            return
        NewOrders(session, self.ctx).apply(rows, report)


def _any_known(session: Session, numbers: set[str]) -> bool:
    dialect = session.get_bind().dialect.name
    query = among(select(WorkOrder.id), WorkOrder.order_no, numbers, dialect).limit(1)
    return session.scalar(query) is not None
