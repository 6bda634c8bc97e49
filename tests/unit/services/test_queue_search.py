"""The queue's search by any fragment (services/queue/search.py, migration 0008), SQLite and
PostgreSQL: numbers, articles, orderers and users (W1, D1), case and å/ä/ö, 1–2 characters,
and an index that follows every write: import, bulk import, registration, renames, other programs."""

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from hmc_desktop.db import search_index
from hmc_desktop.db.models import Article, Device, Holder, Orderer, WorkOrder
from hmc_desktop.db.triggers import sqlite_triggers
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.queue import search as queue_search
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.services.registration.registration import OrderDraft, RegistrationService

NOW = "2026-11-24 10:00"
COLUMNS = "order_no;type;registered;individual_no;article_no;article_name;orderer_name;user_name"
ROWS = [
    "HMC-26-004711;1;2026-11-23 09:00;IND-88231;A-ROLL;Rollator Topro Olympos;"
    "Karin Lund, Arbetsterapeut;Åsa Öberg",
    "HMC-26-004712;1;2026-11-23 09:00;IND-99100;A-SANG;Vårdsäng Carpe Diem;Per Holm;Asa Oberg",
    "HMC-26-005000;2;2026-11-23 10:00;IND-12345;A-LYFT;Taklyft Liko;Eva Ek;Örjan Ängqvist",
]
A, B, C = "HMC-26-004711", "HMC-26-004712", "HMC-26-005000"


def _import(ctx: ServiceContext, tmp_path: Path, rows: list[str], bulk: bool = False) -> None:
    f = tmp_path / f"orders{random.random()}.csv"
    f.write_text("\n".join([COLUMNS, *rows]) + "\n", encoding="utf-8")
    service = BulkImportService(ctx) if bulk else ImportService(ctx)
    if bulk:
        service.min_rows = 0  # type: ignore[attr-defined]
    report = service.import_file(str(f))
    assert report.rejected == 0, report.rejected_lines()


@pytest.fixture
def sctx(make_ctx: Callable[..., ServiceContext], tmp_path: Path) -> ServiceContext:
    ctx = make_ctx(NOW)
    _import(ctx, tmp_path, ROWS)
    return ctx


def found(ctx: ServiceContext, text_: str) -> set[str]:
    q = QueueService(ctx)
    ids = q.order_ids(QueueFilter(status="all", search=text_))
    return {r.order_no for r in q.rows(ids).values()}


@pytest.mark.parametrize(("fragment", "expected"), [
    ("004711", {A}), ("26-0047", {A, B}), ("hmc-26-005", {C}),  # order number, any case
    ("8823", {A}), ("ind-99", {B}),  # individual number (D1)
    ("topro", {A}), ("RDSÄNG", {B}), ("a-roll", {A}),  # article name and number
    ("lund", {A}), ("HOLM", {B}), ("arbetsterap", {A}),  # orderer
    ("åsa", {A}), ("ÅSA", {A}), ("ÖBERG", {A}), ("öberg åsa", {A}),  # user; å is not a
    ("asa", {B}), ("oberg", {B}), ("ängq", {C}), ("ÖRJAN ÄNGQVIST", {C}),
    ("åsa ö", {A}), ("asa o", {B}), ("åsa o", set()),  # a short word narrows the field
    ("åsa lund", set()),  # every word in the same field
    ("zzz", set()), ("%%%", set()), ("___", set()),
])
def test_any_fragment_of_a_number_article_or_name_finds_the_order(sctx, fragment, expected):
    assert found(sctx, fragment) == expected


@pytest.mark.parametrize(("start", "expected"), [
    ("HM", {A, B, C}), ("hm", {A, B, C}),  # order numbers
    ("in", {A, B, C}),  # individual numbers
    ("Ö", {C}), ("ö", {C}), ("ÅS", {A}), ("As", {B}),  # users' names, as they start
    ("Pe", {B}),  # orderer
    ("x", set()), ("%", set()), ("_", set()), ("26", set()),  # nothing starts with them
])
def test_one_or_two_characters_find_what_starts_with_them(sctx, start, expected):
    assert found(sctx, start) == expected


def test_one_or_two_characters_look_at_a_bounded_number_of_orders(sctx, monkeypatch):
    monkeypatch.setattr(queue_search, "SHORT_LIMIT", 2)
    assert len(found(sctx, "HM")) == 2  # three numbers start with it; the look stops at two


def test_the_index_follows_renames_on_every_path(sctx):
    with sctx.db.transaction() as s:  # through the ORM, as the program's own edits
        holder = s.scalars(select(Holder).where(Holder.name == "Åsa Öberg")).one()
        holder.name = "Åsa Lindqvist"
        article = s.scalars(select(Article).where(Article.article_no == "A-SANG")).one()
        article.name = "Vårdsäng Invacare Medley"
    with sctx.db.engine.begin() as conn:  # plain SQL, as another program or workstation
        conn.execute(text("UPDATE orderers SET name = 'Eva Ekström' WHERE name = 'Eva Ek'"))
        conn.execute(text("UPDATE devices SET individual_no = 'IND-77777' "
                          "WHERE individual_no = 'IND-88231'"))
    assert found(sctx, "öberg") == set() and found(sctx, "lindqv") == {A}
    assert found(sctx, "carpe") == set() and found(sctx, "medley") == {B}
    assert found(sctx, "ekström") == {C}
    assert found(sctx, "88231") == set() and found(sctx, "77777") == {A}


def test_a_bulk_import_and_a_registration_are_found_at_once(sctx, tmp_path):
    rows = [f"B-{i:04d};1;2026-11-23 09:00;BULK-{i};A-ROLL;;Per Holm;Märta Sjögren {i}"
            for i in range(3)]
    _import(sctx, tmp_path, rows, bulk=True)  # services/imports/bulk: executemany / COPY
    assert found(sctx, "SJÖGREN") == {"B-0000", "B-0001", "B-0002"}
    assert found(sctx, "bulk-2") == {"B-0002"}
    with sctx.db.reading() as s:
        orderer = s.scalar(select(Orderer.id).where(Orderer.name == "Per Holm"))
    view = RegistrationService(sctx).register(OrderDraft(
        type_code="1", individual_no="IND-12345", orderer_id=orderer, description="Gnisslar"))
    assert view.order_no in found(sctx, view.order_no[-5:])
    assert view.order_no in found(sctx, "ängqvist")


def test_a_write_by_another_program_is_found(sctx):
    url = make_url(str(sctx.db.engine.url))
    if url.get_backend_name() == "sqlite":  # not even SQLAlchemy: the sqlite3 module alone
        with sqlite3.connect(str(url.database)) as conn:
            conn.execute("UPDATE holders SET name = 'Ebba Ödmark' WHERE name = 'Asa Oberg'")
    else:
        with sctx.db.engine.begin() as conn:
            conn.execute(text("UPDATE holders SET name = 'Ebba Ödmark' WHERE name = 'Asa Oberg'"))
    assert found(sctx, "ödmark") == {B} and found(sctx, "oberg") == set()


def _brute_force(ctx: ServiceContext) -> list[tuple[str, tuple[str, ...]]]:
    """Every order with its searched fields, read plainly."""
    with ctx.db.reading() as s:
        rows = s.execute(
            select(WorkOrder.order_no, Device.individual_no, Article.article_no, Article.name,
                   Orderer.name, Holder.name)
            .outerjoin(Device, Device.id == WorkOrder.device_id)
            .outerjoin(Article, Article.id == Device.article_id)
            .outerjoin(Orderer, Orderer.id == WorkOrder.orderer_id)
            .outerjoin(Holder, Holder.id == WorkOrder.holder_id)).all()
    return [(r[0], tuple(v or "" for v in r)) for r in rows]


def test_the_search_finds_exactly_what_contains_the_fragment(make_ctx):
    """Fragments drawn from demo data, against a plain reading of every order."""
    ctx = make_ctx(NOW)
    generate_demo(ctx, 300, 200, seed=7)
    orders = _brute_force(ctx)
    rng = random.Random(7)
    for _ in range(25):
        _no, fields = rng.choice(orders)
        value = rng.choice([f for f in fields if len(f) >= 3])
        start = rng.randrange(len(value) - 2)
        fragment = value[start:start + rng.randint(3, 7)].strip()
        words = fragment.split() or [fragment]
        if any(len(w) < 3 for w in words):
            continue
        fragment = rng.choice([fragment, fragment.upper(), fragment.lower()])
        expected = {no for no, fs in orders
                    if any(all(w.lower() in f.lower() for w in fragment.split()) for f in fs)}
        assert found(ctx, fragment) == expected, fragment


def test_the_sqlite_index_holds_exactly_its_tables_after_every_write_path(sctx, tmp_path):
    """FTS5's own check against the tables, after the bulk paths (their index is written by
    one statement at the end) and the row-by-row ones."""
    if sctx.db.backend != "sqlite":
        pytest.skip("PostgreSQL maintains its GIN indexes itself")
    generate_demo(sctx, 300, 200, seed=4)  # db/bulk.py
    rows = [f"B-{i:04d};1;2026-11-23 09:00;BULK-{i};A-NEW{i};Ny artikel {i};Ny Beställare;"
            f"Ny Brukare {i}" for i in range(5)]
    _import(sctx, tmp_path, rows, bulk=True)  # services/imports/bulk
    with sctx.db.transaction() as s:
        s.scalars(select(Holder).where(Holder.name == "Åsa Öberg")).one().name = "Åsa Lind"
    with sctx.db.engine.begin() as conn:
        for base in search_index.SEARCHED:
            fts = search_index.fts_name(base)
            conn.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))
        triggers = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert set(sqlite_triggers()) <= triggers  # every trigger the bulk paths set aside is back
    assert found(sctx, "ny brukare 3") == {"B-0003"}
