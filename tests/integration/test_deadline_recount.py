"""C2 on a database from before it was made precise: open orders registered on a day that is
not a working day get their deadlines counted again, once, audited (W10)."""

from datetime import datetime

from sqlalchemy import delete, select, update

from hmc_desktop.db.models import AuditEntry, Setting, WorkOrder
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.reference import RECOUNT_MARKER
from hmc_desktop.services.imports.importer import ImportService


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def test_c2_open_orders_registered_on_a_weekend_are_counted_again_once(make_ctx, tmp_path):
    ctx = make_ctx("2026-11-30 09:00")
    src = tmp_path / "o.csv"
    src.write_text("order_no;type;registered;individual_no;article_no;completed;started\n"
                   "SAT;1;2026-11-28 10:00;I-1;120601;;\n"
                   "SAT-DONE;1;2026-11-28 11:00;I-2;120601;2026-11-30 08:30;2026-11-30 08:00\n"
                   "MON;1;2026-11-23 09:00;I-3;120601;;\n", encoding="utf-8")
    assert ImportService(ctx).import_file(str(src)).new == 3
    old_rule = {"start_by": at("2026-12-03 16:00"), "finish_by": at("2026-12-14 16:00")}
    with ctx.db.transaction() as s:  # as the program stored them before: from Monday 30 Nov
        s.execute(update(WorkOrder).where(WorkOrder.order_no.in_(["SAT", "SAT-DONE"]))
                  .values(**old_rule))
        s.execute(delete(Setting).where(Setting.key == RECOUNT_MARKER))

    ServiceContext(ctx.db, ctx.clock, login="tester").prepare()  # the next start

    with ctx.db.reading() as s:
        orders = {o.order_no: o for o in s.scalars(select(WorkOrder)).unique()}
        audited = s.execute(select(AuditEntry.entity_key, AuditEntry.field).where(
            AuditEntry.action == "recalculate")).all()
    assert (orders["SAT"].start_by, orders["SAT"].finish_by) == (
        at("2026-12-02 16:00"), at("2026-12-11 16:00"))  # Mon, Tue, Wed; ten days on Fri 11
    assert (orders["SAT-DONE"].start_by, orders["SAT-DONE"].finish_by) == (
        old_rule["start_by"], old_rule["finish_by"])  # closed: measured as it was
    assert orders["MON"].start_by == at("2026-11-26 16:00")
    assert sorted(audited) == [("SAT", "finish_by"), ("SAT", "start_by")]

    ServiceContext(ctx.db, ctx.clock, login="tester").prepare()  # and never again
    with ctx.db.reading() as s:
        assert len(s.scalars(select(AuditEntry.id).where(
            AuditEntry.action == "recalculate")).all()) == 2
