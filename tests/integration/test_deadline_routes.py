"""One deadline rule, two import routes (C2, C3, W8): the ORM route (``orders.rules.derive``)
and the bulk route (``imports/bulk``) ask the same deriver, so they store the same deadlines
for every catalogue type, around Swedish holidays too; and a new type of an existing lead-time
shape is one catalogue row, with nothing else to teach either route."""

from datetime import date

import pytest
from sqlalchemy import insert, select

from hmc_desktop.db import tables
from hmc_desktop.services.imports import bulk
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.imports.importer import ImportService
from tests.integration.test_sync_import_bulk import COLUMNS

MOMENTS = (
    "2026-04-02 15:30",  # Maundy Thursday: Good Friday and Easter Monday follow
    "2026-06-18 10:00",  # before Midsummer Eve
    "2026-12-23 14:00",  # before Christmas Eve, Christmas Day and Boxing Day
    "2026-12-31 11:00",  # New Year's Eve: New Year's Day, then Epiphany the week after
    "2026-11-28 10:00",  # a Saturday
    "2026-11-23 07:30",  # before opening
    "2026-11-23 15:45",  # a quarter of an hour before closing (C3 hours roll over)
)


def _rows(prefix: str, codes: list[str], reviewable: set[str]) -> list[str]:
    rows = []
    for code in codes:
        for review in ("nej", "ja") if code in reviewable else ("nej",):
            for i, moment in enumerate(MOMENTS):
                key = f"{code}-{review}-{i}"
                rows.append(f"{prefix}{key};{code};{moment};{prefix}D-{key};A-1;Stol;nej;Eva Ek;"
                            f"Rehab Borås;123;Tjänst;;;;;Trasig;;;{review};nej;;;;")
    return rows


def _import_both_ways(ctx, tmp_path, monkeypatch, codes, reviewable):
    """Import the same rows through each route; the deadlines each stored, by row."""
    bulk_runs = []
    apply = bulk.NewOrders.apply
    monkeypatch.setattr(bulk.NewOrders, "apply",
                        lambda self, *a: (bulk_runs.append(1), apply(self, *a))[1])
    for prefix in ("O", "B"):
        f = tmp_path / f"{prefix}.csv"
        f.write_text("\n".join([COLUMNS, *_rows(prefix, codes, reviewable)]) + "\n",
                     encoding="cp1252")
        service = ImportService(ctx) if prefix == "O" else BulkImportService(ctx)
        if prefix == "B":
            service.min_rows = 0  # type: ignore[attr-defined]
        report = service.import_file(str(f))
        assert report.rejected == 0, report.rejected_lines()
    assert bulk_runs == [1]  # the second file really took the bulk route
    w = tables.work_orders.c
    with ctx.db.engine.connect() as conn:
        stored = conn.execute(select(w.order_no, w.start_by, w.finish_by, w.contact_by)).all()
    by_route: dict[str, dict[str, tuple]] = {"O": {}, "B": {}}
    for no, *deadlines in stored:
        by_route[no[0]][no[1:]] = tuple(deadlines)
    return by_route["O"], by_route["B"]


def test_both_import_routes_store_the_same_deadlines_for_every_type(ctx, tmp_path, monkeypatch):
    codes = [t.code for t in ctx.catalogue]
    reviewable = {t.code for t in ctx.catalogue if t.allows_technical_review}
    orm, fast = _import_both_ways(ctx, tmp_path, monkeypatch, codes, reviewable)
    assert len(orm) == len(fast) == len(MOMENTS) * (len(codes) + len(reviewable))
    assert fast == orm
    # the holidays count: 3 working days after 23 December is not 28 December (C1, C2)
    start_by = orm["1-nej-2"][0]
    assert start_by is not None and start_by.date() > date(2026, 12, 28)


@pytest.mark.parametrize("row", [
    # a corrective type in C2's shape (3 / 10 working days) that may be a technical review (W8)
    {"code": "14", "name": "Avhjälpande underhåll – Hemtjänst", "family": "corrective",
     "start_days": 3, "finish_days": 10, "finish_hours": None, "like": "1"},
    # an acute type in C3's shape (8 working hours)
    {"code": "15", "name": "Akut – Hemtjänst", "family": "acute",
     "start_days": None, "finish_days": None, "finish_hours": 8, "like": "3"},
])
def test_a_new_type_of_an_existing_shape_is_one_catalogue_row(ctx, tmp_path, monkeypatch, row):
    row = dict(row)  # the parameters are shared by the SQLite and PostgreSQL runs
    like = row.pop("like")
    with ctx.db.engine.begin() as conn:
        mailbox = conn.scalar(select(tables.order_types.c.mailbox_id)
                              .where(tables.order_types.c.code == like))
        conn.execute(insert(tables.order_types).values(
            **row, mailbox_id=mailbox, sort_order=20, billing="included",
            invoiced_if_simple_aid=False, prescriber_only=False, requires_device=True,
            requires_service_product=False, requires_payer_no=False, required_attachments="",
            waits_for_approval=False, help_text=""))
    ctx.reload()
    new = ctx.catalogue.get(row["code"])
    assert new.allows_technical_review == (row["family"] == "corrective")  # W8 by family
    reviewable = {new.code, like} if new.allows_technical_review else set()
    orm, fast = _import_both_ways(ctx, tmp_path, monkeypatch, [new.code, like], reviewable)
    assert fast == orm
    for i in range(len(MOMENTS)):  # exactly the deadlines of the type it is shaped like
        assert orm[f"{new.code}-nej-{i}"] == orm[f"{like}-nej-{i}"]
        if reviewable:
            assert orm[f"{new.code}-ja-{i}"] == orm[f"{like}-ja-{i}"]
