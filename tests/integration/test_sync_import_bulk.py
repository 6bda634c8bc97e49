"""The bulk path for new orders (services/imports/bulk/) stores exactly what the ORM path stores."""

import shutil

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.imports.importer import ImportService
from tests import conftest

COLUMNS = ("order_no;type;registered;individual_no;article_no;article_name;digital;orderer_name;"
           "orderer_unit;payer_no;service_product;user_name;user_address;user_phone;"
           "user_personnummer;description;attachments;attachment_kinds;technical_review;"
           "medical_risk;started;completed;cancelled;cancel_reason")
SEED = [
    "S-1;1;2026-11-02 09:00;D-SEED;A-OLD;;nej;Eva Ek;Rehab Borås;;;Åsa Öberg;"
    "Storgatan 1, 411 01 Göteborg;0701;19121212-1212;Gammal;;;nej;nej;;;;",
    "S-2;1;2026-11-02 09:00;D-SEED2;120601;Rollator;nej;Per Holm;Rehab Skövde;555;;Nils Berg;"
    "Ekvägen 2, 431 30 Mölndal;;;Gammal;;;nej;nej;;;;",
]
ROWS = [
    # a new user, device and article; attachments
    "N-1;1;2026-11-23 09:00;D-1;B-NEW;Ny stol;ja;Karin Lund;Rehab Borås;;;Ulla Ek;"
    "Lärkgatan 3, 441 30 Alingsås;0702;19400101-0000;Trasig;a.pdf|b.jpg;other|other;nej;ja;;;;",
    # the same person, a new phone number: the holder is updated and audited
    "N-2;2;2026-11-23 10:00;D-2;B-NEW;;;Karin Lund;Rehab Borås;777;;Ulla Ek;"
    "Lärkgatan 3, 441 30 Alingsås;0799;19400101-0000;Gnisslar;;;nej;nej;2026-11-23 11:00;;;",
    # found by name and street (no personnummer)
    "N-3;1;2026-11-23 10:00;D-3;B-NEW;;;Karin Lund;Rehab Borås;;;Ulla Ek;"
    "Lärkgatan 3, 441 30 Alingsås;;;x;;;nej;nej;;;2026-11-24 08:00;Fel arbetsordertyp",
    # a known device; a known person who moved
    "N-4;SDH;2026-10-25 02:30;D-SEED;;;;Eva Ek;Rehab Borås;123;;Åsa Öberg;"
    "Vasagatan 9, 411 24 Göteborg;;19121212-1212;Startar inte;;;nej;nej;;;;",
    # unknown device and no article: rejected
    "N-5;1;2026-11-23 09:00;D-NONE;;;;Eva Ek;Rehab Borås;;;;;;;x;;;nej;nej;;;;",
    # a consultation without device, complete (W6)
    "N-6;5;2026-11-23 09:00;;;;;Eva Ek;Rehab Borås;123;Konsultation sittande;;;;;Råd;"
    "u.pdf;consultation_basis;nej;nej;;;;",
    # acute (working hours), a technical review, the known article whose name was empty
    "N-7;3;2026-11-27 15:30;D-7;A-OLD;Gammal artikel;nej;Per Holm;Rehab Skövde;;;Nils Berg;"
    "Ekvägen 2, 431 30 Mölndal;;19390202-0001;Akut;;;nej;ja;;2026-11-30 09:00;;",
    "N-8;1;2026-11-23 09:00;D-8;120601;;;Per Holm;Rehab Skövde;;;Ny Person;;;;Översyn;;;ja;nej;;;;",
    # incomplete consultation (W6 flagged, not rejected)
    "N-9;5;2026-11-23 09:00;;;;;Eva Ek;Rehab Borås;;;;;;;Råd;;;nej;nej;;;;",
]
TABLES = ("articles", "holders", "orderers", "devices", "work_orders", "attachments", "audit_log")


def twin(db_url: str) -> str:
    """A copy of the (disposed) database at ``db_url``."""
    u = make_url(db_url)
    if u.get_backend_name() == "sqlite":
        copy = u.database + ".twin"  # type: ignore[operator]
        shutil.copy(u.database, copy)  # type: ignore[arg-type]
        return u.set(database=copy).render_as_string(hide_password=False)
    name = f"{u.database}_twin"
    with conftest._pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {u.database}")
    return u.set(database=name).render_as_string(hide_password=False)


def dump(ctx: ServiceContext) -> dict[str, list[tuple]]:
    with ctx.db.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
                for t in TABLES}


def context(url: str) -> ServiceContext:
    ctx = ServiceContext(Database(url), Clock.parse("2026-11-24 10:00"), login="tester")
    ctx.reload()
    return ctx


@pytest.fixture
def twins(db_url, tmp_path):
    seed = context(db_url)
    f = tmp_path / "seed.csv"
    f.write_text("\n".join([COLUMNS, *SEED]) + "\n", encoding="cp1252")
    assert ImportService(seed).import_file(str(f)).new == 2
    seed.db.dispose()
    other = twin(db_url)
    pair = context(db_url), context(other)
    yield pair
    for ctx in pair:
        ctx.db.dispose()
    if not other.startswith("sqlite"):
        with conftest._pg_admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {make_url(other).database} WITH (FORCE)")


def test_the_bulk_path_stores_exactly_what_the_orm_path_stores(twins, tmp_path):
    orm_ctx, bulk_ctx = twins
    f = tmp_path / "new.csv"
    f.write_text("\n".join([COLUMNS, *ROWS]) + "\n", encoding="cp1252")
    orm = ImportService(orm_ctx).import_file(str(f))
    bulk_service = BulkImportService(bulk_ctx)
    bulk_service.min_rows = 0
    bulk = bulk_service.import_file(str(f))
    assert bulk.summary() == orm.summary() == "imported: 8 new, 0 updated, 0 unchanged, 1 rejected"
    assert bulk.rejected_lines() == orm.rejected_lines()
    expected, got = dump(orm_ctx), dump(bulk_ctx)
    for table in TABLES:
        assert got[table] == expected[table], table
    again = bulk_service.import_file(str(f))  # known orders now: the ORM path for both
    assert again.summary() == ImportService(orm_ctx).import_file(str(f)).summary()
    assert dump(bulk_ctx)["work_orders"] == dump(orm_ctx)["work_orders"]


def test_reimporting_a_time_in_the_repeated_autumn_hour_changes_nothing(make_ctx, tmp_path):
    ctx = make_ctx("2026-11-24 10:00")
    f = tmp_path / "dst.csv"
    row = ("T-1;SDH;2026-10-25 02:30;D-DST;A-1;Stol;;Eva Ek;Rehab Borås;;;;;;;x;;;nej;nej;"
           "2026-10-25 02:45;;;")
    f.write_text("\n".join([COLUMNS, row]) + "\n", encoding="cp1252")
    assert ImportService(ctx).import_file(str(f)).new == 1
    assert ImportService(ctx).import_file(str(f)).unchanged == 1


def _indexes(ctx: ServiceContext) -> set[tuple[str, str]]:
    with ctx.db.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))}


def _first_load(tmp_path, rows: int):
    f = tmp_path / "load.csv"
    lines = [f"L-{i};1;2026-11-23 09:00;LD-{i};A-L;Stol;nej;Eva Ek;Rehab Borås;;;;;;;Trasig;;;"
             "nej;nej;;;;" for i in range(rows)]
    f.write_text("\n".join([COLUMNS, *lines]) + "\n", encoding="cp1252")
    return f


def test_a_first_load_builds_the_indexes_it_set_aside(make_ctx, tmp_path, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL keeps its indexes during a load")
    ctx = make_ctx("2026-11-24 10:00")
    before = _indexes(ctx)
    assert {"ix_work_orders_queue", "ix_audit_log_entity", "ix_devices_holder_id"} <= {
        name for name, _ in before}
    report = BulkImportService(ctx).import_file(str(_first_load(tmp_path, 1_200)))
    assert report.new == 1_200
    assert _indexes(ctx) == before
    with ctx.db.engine.connect() as conn:  # the planner finds them again
        plan = conn.execute(text("EXPLAIN QUERY PLAN SELECT id FROM work_orders "
                                 "WHERE device_id = 5")).all()
    assert "ix_work_orders_device" in str(plan)


def test_a_failed_first_load_leaves_no_rows_and_every_index(make_ctx, tmp_path, db_url,
                                                             monkeypatch):
    if not db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL keeps its indexes during a load")
    from hmc_desktop.services.imports.bulk import writer

    ctx = make_ctx("2026-11-24 10:00")
    before = _indexes(ctx)
    real_insert = writer.BulkWriter.insert

    def failing(self, table, *args, **kwargs):
        if table.name == "audit_log":  # the last table: the order indexes are already dropped
            raise OSError("disk full")
        return real_insert(self, table, *args, **kwargs)

    monkeypatch.setattr(writer.BulkWriter, "insert", failing)
    with pytest.raises(OSError):
        BulkImportService(ctx).import_file(str(_first_load(tmp_path, 1_200)))
    assert _indexes(ctx) == before
    with ctx.db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM work_orders")) == 0


def test_the_orm_path_finds_known_people_and_articles_as_the_bulk_path_does(twins, tmp_path):
    """One query per kind for the whole file; a name at one street twice is ambiguous: the
    row is refused with the same sentence on both paths, never given to the older holder."""
    orm_ctx, bulk_ctx = twins
    for ctx in twins:
        with ctx.db.engine.begin() as conn:  # a second Nils Berg at the same street, newer
            conn.execute(text("INSERT INTO holders (name, street, postal_code, city, phone) "
                              "VALUES ('Nils Berg', 'Ekvägen 2', '431 30', 'Mölndal', '')"))
    rows = ["K-1;1;2026-11-23 09:00;D-K1;120601;;;Per Holm;Rehab Skövde;;;Nils Berg;"
            "Ekvägen 2, 431 30 Mölndal;;;Knarrar;;;nej;nej;;;;",
            "K-2;1;2026-11-23 09:30;D-K2;A-OLD;;;Eva Ek;Rehab Borås;;;;;;19121212-1212;"
            "Glapp;;;nej;nej;;;;"]
    f = tmp_path / "known.csv"
    f.write_text("\n".join([COLUMNS, *rows]) + "\n", encoding="cp1252")
    before = dump(orm_ctx)
    orm = ImportService(orm_ctx).import_file(str(f))
    bulk_service = BulkImportService(bulk_ctx)
    bulk_service.min_rows = 0
    bulk = bulk_service.import_file(str(f))
    assert orm.summary() == bulk.summary() == "imported: 1 new, 0 updated, 0 unchanged, 1 rejected"
    assert orm.rejected_lines() == bulk.rejected_lines() == [
        f"{f}:2: user_name: 2 users named 'Nils Berg' are registered at 'Ekvägen 2'; give "
        "user_personnummer to say which one"]
    after = dump(orm_ctx)
    for table in ("articles", "holders", "orderers"):
        assert after[table] == before[table], table  # nothing new: all of them were known
    for table in TABLES:
        assert dump(bulk_ctx)[table] == after[table], table


def test_an_import_logs_where_its_time_went(make_ctx, tmp_path, db_url, caplog):
    """IT reading the log of a slow intake sees which phase took the time."""
    ctx = make_ctx("2026-11-24 10:00")
    f = _first_load(tmp_path, 1_200)
    with caplog.at_level("INFO", logger="hmc_desktop.services.imports.importer"):
        report = BulkImportService(ctx).import_file(str(f))
    phases = ["reading", "validating", "looking up", "applying", "writing", "committing"]
    if db_url.startswith("sqlite"):  # a first load builds the indexes it set aside
        phases.insert(5, "building indexes")
    assert list(report.seconds) == phases
    assert all(s >= 0 for s in report.seconds.values())
    line = caplog.records[-1].getMessage()
    assert line.startswith(f"{f}: imported: 1200 new, 0 updated, 0 unchanged, 0 rejected (reading ")
    assert ", building indexes " in line if "building indexes" in phases else "indexes" not in line


def test_a_lookup_finds_a_row_once_however_often_its_key_is_given(make_ctx):
    from sqlalchemy import select

    from hmc_desktop.db.models import Article
    from hmc_desktop.services.imports.lookup import among

    ctx = make_ctx("2026-11-24 10:00")
    with ctx.db.transaction() as session:
        session.add_all([Article(article_no="A-1", name="Stol"), Article(article_no="A-2", name="Säng")])
    with ctx.db.reading() as session:
        dialect = session.get_bind().dialect.name
        found = session.scalars(among(select(Article.article_no), Article.article_no,
                                      ["A-1", "A-1", "A-3", "A-1"], dialect)).all()
    assert found == ["A-1"]
