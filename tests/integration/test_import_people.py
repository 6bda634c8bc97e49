"""People are never merged (domain/people.py), and both import routes agree on it.

Before: a user row was matched on name and street with the personnummer ignored, so a father
and his son at one address became one person; orders got the wrong person's address and
personnummer, and re-importing flipped the address back and forth while reporting
"unchanged" (with audit entries each time).
"""

from sqlalchemy import func, select, text

from hmc_desktop.db.models import AuditEntry, Holder, WorkOrder
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.imports.importer import ImportService
from tests.integration import test_sync_import_bulk as bulk_route
from tests.integration.test_sync_import_bulk import COLUMNS, TABLES, dump

twins = bulk_route.twins  # the fixture: two copies of one seeded database

FATHER, SON, NILS = "19400101-0018", "19700315-1235", "19811224-7898"
ROWS = [
    # a father and his son of the same name at one address: two people
    f"P-1;1;2026-11-23 09:00;D-P1;B-NEW;Stol;;Eva Ek;Rehab Borås;;;Karl Ek;"
    f"Björkvägen 5, 412 01 Göteborg;0701;{FATHER};Trasig;;;nej;nej;;;;",
    f"P-2;1;2026-11-23 09:10;D-P2;B-NEW;;;Eva Ek;Rehab Borås;;;Karl Ek;"
    f"Björkvägen 5, 412 01 Göteborg;0702;{SON};Trasig;;;nej;nej;;;;",
    # the name and street without a personnummer: which Karl Ek? refused
    "P-3;1;2026-11-23 09:20;D-P3;B-NEW;;;Eva Ek;Rehab Borås;;;Karl Ek;"
    "Björkvägen 5, 412 01 Göteborg;;;Trasig;;;nej;nej;;;;",
    # the father's personnummer with another name: refused, nobody renamed
    f"P-4;1;2026-11-23 09:30;D-PQ4;B-NEW;;;Eva Ek;Rehab Borås;;;Kalle Eriksson;;;{FATHER};"
    "Trasig;;;nej;nej;;;;",
    # Åsa Öberg in other case and spacing, and with full-width digits: the same person
    "P-5;1;2026-11-23 09:40;D-SEED;;;;Eva Ek;Rehab Borås;;;ÅSA  ÖBERG;;;19121212-1212;"
    "Glapp;;;nej;nej;;;;",
    "P-6;1;2026-11-23 09:50;D-SEED;;;;Eva Ek;Rehab Borås;;;Åsa Öberg;;;"
    "１９１２１２１２－１２１２;Glapp;;;nej;nej;;;;",
    # Nils Berg, known without personnummer, now with one: the same person, number filled in
    f"P-7;1;2026-11-23 10:00;D-SEED2;;;;Per Holm;Rehab Skövde;;;Nils Berg;"
    f"Ekvägen 2, 431 30 Mölndal;;{NILS};Knarrar;;;nej;nej;;;;",
    # Åsa moved: her newest order (listed first) has the new address, an older one the old
    "P-8;1;2026-11-25 09:00;D-SEED;;;;Eva Ek;Rehab Borås;;;Åsa Öberg;"
    "Lindgatan 9, 413 10 Göteborg;;19121212-1212;Igen;;;nej;nej;;;;",
    "P-9;1;2026-11-20 09:00;D-SEED;;;;Eva Ek;Rehab Borås;;;Åsa Öberg;"
    "Storgatan 1, 411 01 Göteborg;;19121212-1212;Förra veckan;;;nej;nej;;;;",
]


def _holder_of(ctx, order_no: str) -> tuple:
    with ctx.db.reading() as s:
        h = s.scalars(select(Holder).join(WorkOrder, WorkOrder.holder_id == Holder.id)
                      .where(WorkOrder.order_no == order_no)).one()
        return h.id, h.name, h.street, h.personnummer


def test_two_people_of_one_name_and_address_stay_two_on_both_routes(twins, tmp_path):
    orm_ctx, bulk_ctx = twins
    f = tmp_path / "people.csv"
    f.write_text("\n".join([COLUMNS, *ROWS]) + "\n", encoding="utf-8")
    orm = ImportService(orm_ctx).import_file(str(f))
    bulk_service = BulkImportService(bulk_ctx)
    bulk_service.min_rows = 0
    bulk = bulk_service.import_file(str(f))
    assert orm.summary() == bulk.summary() == "imported: 7 new, 0 updated, 0 unchanged, 2 rejected"
    assert orm.rejected_lines() == bulk.rejected_lines() == [
        f"{f}:4: user_name: 2 users named 'Karl Ek' are registered at 'Björkvägen 5'; give "
        "user_personnummer to say which one",
        f"{f}:5: user_personnummer: this personnummer belongs to a user registered with another "
        "name; check the name and the personnummer (two people are never merged into one)",
    ]
    for table in TABLES:
        assert dump(bulk_ctx)[table] == dump(orm_ctx)[table], table

    father, son = _holder_of(orm_ctx, "P-1"), _holder_of(orm_ctx, "P-2")
    assert father[0] != son[0]
    assert (father[1:], son[1:]) == (("Karl Ek", "Björkvägen 5", FATHER),
                                     ("Karl Ek", "Björkvägen 5", SON))
    asa = _holder_of(orm_ctx, "P-5")
    assert asa[1:] == ("Åsa Öberg", "Lindgatan 9", "19121212-1212")  # her newest address
    assert _holder_of(orm_ctx, "P-6") == _holder_of(orm_ctx, "P-8") == _holder_of(
        orm_ctx, "P-9") == asa
    assert _holder_of(orm_ctx, "P-7")[1:] == ("Nils Berg", "Ekvägen 2", NILS)
    with orm_ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Holder)) == 4  # 2 seeded + 2 Karl Ek


def test_importing_the_same_people_again_changes_nothing_and_audits_nothing(twins, tmp_path):
    orm_ctx, bulk_ctx = twins
    f = tmp_path / "people.csv"
    f.write_text("\n".join([COLUMNS, *ROWS]) + "\n", encoding="utf-8")
    bulk_service = BulkImportService(bulk_ctx)
    bulk_service.min_rows = 0
    for ctx, service in ((orm_ctx, ImportService(orm_ctx)), (bulk_ctx, bulk_service)):
        service.import_file(str(f))
        before = dump(ctx)
        again = ImportService(ctx).import_file(str(f))
        assert again.summary() == "imported: 0 new, 0 updated, 7 unchanged, 2 rejected"
        assert dump(ctx) == before  # not one holder field, not one audit entry
        with ctx.db.reading() as s:
            moves = s.scalars(select(AuditEntry.new).where(
                AuditEntry.entity == "holder", AuditEntry.field == "street")).all()
        assert moves == ["Lindgatan 9"]  # Åsa moved once, in the first import


def test_a_conflict_with_the_register_changes_nothing_of_the_row(make_ctx, tmp_path):
    """The row is refused before its device, article or orderer is made (nothing half-stored)."""
    ctx = make_ctx("2026-11-24 10:00")
    f = tmp_path / "a.csv"
    f.write_text("\n".join([COLUMNS, ROWS[0]]) + "\n", encoding="utf-8")
    assert ImportService(ctx).import_file(str(f)).new == 1
    with ctx.db.engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
    g = tmp_path / "b.csv"
    g.write_text("\n".join([COLUMNS, ROWS[3].replace("D-PQ4;B-NEW", "D-NEW;C-NEW")
                            .replace("Eva Ek;Rehab Borås", "Ny Ordrare;Ny enhet")]) + "\n",
                 encoding="utf-8")
    report = ImportService(ctx).import_file(str(g))
    assert report.rejected == 1 and report.new == 0
    with ctx.db.engine.connect() as conn:
        assert {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in TABLES} == counts


def test_the_window_registers_a_device_for_the_son_not_the_father(make_ctx):
    import pytest

    from hmc_desktop.db.models import Article
    from hmc_desktop.domain.errors import ValidationError
    from hmc_desktop.services.registration.registration import RegistrationService

    ctx = make_ctx("2026-11-24 10:00")
    with ctx.db.transaction() as s:
        s.add(Article(article_no="A-1", name="Rollator"))
        s.add(Holder(name="Karl Ek", street="Björkvägen 5", postal_code="412 01",
                     city="Göteborg", phone="", personnummer=FATHER))
    service = RegistrationService(ctx)
    service.register_device("D-SON", "A-1", "Karl Ek", SON, "Björkvägen 5, 412 01 Göteborg")
    with pytest.raises(ValidationError) as refused:  # the father's number, another name
        service.register_device("D-X", "A-1", "Kalle Eriksson", FATHER)
    assert refused.value.key == "person_name_conflict"
    with ctx.db.reading() as s:
        people = s.execute(select(Holder.name, Holder.personnummer).order_by(Holder.id)).all()
        assert people == [("Karl Ek", FATHER), ("Karl Ek", SON)]
