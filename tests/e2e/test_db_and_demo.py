"""`db upgrade` and `demo` in fresh processes; the schema is created on first use (CONTRACT)."""

import re

from sqlalchemy import select

from hmc_desktop.db.engine import SCHEMA_HEAD
from hmc_desktop.db.models import Article, Device, Holder, WorkOrder
from tests.e2e.conftest import one_sentence


def test_db_upgrade_creates_a_new_database_then_says_it_is_up_to_date(hmc, tmp_path):
    fresh = f"sqlite:///{tmp_path / 'new' / 'hmc.sqlite3'}"
    created = hmc("db", "upgrade", db=fresh)
    assert (created.code, created.lines()) == (0, [f"database upgraded from empty to {SCHEMA_HEAD}"])
    again = hmc("db", "upgrade", db=fresh)
    assert (again.code, again.lines()) == (0, [f"database is up to date (revision {SCHEMA_HEAD})"])
    assert hmc("db", "upgrade").lines() == [f"database is up to date (revision {SCHEMA_HEAD})"]


def test_any_command_creates_the_schema_of_a_new_database_on_first_use(hmc, tmp_path):
    fresh = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    done = hmc("order", "show", "X-1", "--json", db=fresh)
    assert (done.code, one_sentence(done.err)) == (1, "no order X-1")
    assert hmc("db", "upgrade", db=fresh).lines() == [f"database is up to date (revision {SCHEMA_HEAD})"]


def orders_of(ctx):
    with ctx.db.reading() as s:
        return s.execute(select(WorkOrder.order_no, WorkOrder.type_code, WorkOrder.status,
                                WorkOrder.registered, WorkOrder.description)
                         .order_by(WorkOrder.order_no)).all()


def test_demo_all_types_all_statuses_digital_or_not_swedish_names_reproducible(
        hmc, db_url, make_ctx_on, tmp_path):
    done = hmc("demo", "--devices", "300", "--orders", "200", "--seed", "4")
    assert done.code == 0, done.err
    assert re.fullmatch(r"demo: 300 devices, 200 orders, 180 users, \d+ orderers created in "
                        r"[\d.]+ s", done.out.strip()), done.out
    ctx = make_ctx_on(db_url)
    made = orders_of(ctx)
    assert len(made) == 200
    assert {code for _n, code, *_ in made} == {t.code for t in ctx.catalogue}
    assert {status for _n, _c, status, *_ in made} == {
        "registered", "started", "waiting", "completed", "cancelled"}
    with ctx.db.reading() as s:
        assert set(s.scalars(select(Article.digital).join(Device, Device.article_id == Article.id)
                             )) == {True, False}
        names = s.scalars(select(Holder.name)).all()
    assert any(ch in "".join(names) for ch in "åäöÅÄÖ")
    other = f"sqlite:///{tmp_path / 'again.sqlite3'}"
    assert hmc("demo", "--devices", "300", "--orders", "200", "--seed", "4", db=other).code == 0
    assert orders_of(make_ctx_on(other)) == made  # the same seed, the same centre


def test_demo_with_bad_counts_is_exit_2(hmc):
    done = hmc("demo", "--devices", "-5", "--orders", "10")
    assert done.code == 2 and "--devices" in one_sentence(done.err)
