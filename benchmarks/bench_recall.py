"""Benchmark: a recall campaign over an article with 50,000 units among 1,000,000 devices (R1–R5).

Run from the repository root:  .venv/bin/python benchmarks/bench_recall.py
Options: --devices 1000000 --orders 500000 --units 50000  --base DIR (where the big SQLite
database is built once and kept; default /tmp/hmc-bench-recall)  --pg URL (or
HMC_TEST_PG_URL: the same data in PostgreSQL, its base database kept beside the server's
others)  --drop (delete the kept bases after the run).

The big database is the demo (``generate_demo``: a million devices in every status with their
users, half a million orders); then every 20th device becomes a unit of the recalled
article (999001), so its 50,000 units sit in every place a unit can be (about 76 % with
users). Each measurement runs on a fresh copy of that base (SQLite: the file copied;
PostgreSQL: ``CREATE DATABASE … TEMPLATE``), so a run changes nothing the next one sees.

Measured, each through the service the window and the command line call:
  open      RecallService.create: find the 50,000 units, fix them, block those at the centre
  progress  RecallService.campaign: affected / done / remaining by where they are
  window    the window's first page: the grouped ids and 100 rows
  show      RecallService.report: every unit (what `recall show --json` prints)
  orders    RecallService.create_orders: one order per unit with a user (repair; and exchange,
            which adds a pickup order and moves each device to pickup_ordered); a re-run (none)
            and the progress again, as the tab reads it right after
Targets (SQLite): open ≤ 5 s and orders ≤ 5 s. PostgreSQL is printed only.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HMC_USER", "bench")
os.environ.setdefault("HMC_LOG_DIR", tempfile.gettempdir())

import psycopg  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from hmc_desktop.db.unit_of_work import Database  # noqa: E402
from hmc_desktop.domain.recall import RecallAction  # noqa: E402
from hmc_desktop.services.core.clock import Clock  # noqa: E402
from hmc_desktop.services.core.context import ServiceContext  # noqa: E402
from hmc_desktop.services.demo.demo import generate_demo  # noqa: E402
from hmc_desktop.services.recalls.campaigns import RecallService  # noqa: E402

AS_OF = "2026-11-24 10:00"
ARTICLE = "999001"
TARGET = 5.0
BASE_PG = "hmc_bench_recall_base"


def _ctx(url: str) -> ServiceContext:
    ctx = ServiceContext(Database(url), Clock.parse(AS_OF), login="bench")
    ctx.prepare()
    return ctx


def build(url: str, devices: int, orders: int, units: int) -> None:
    """The demo, then every n-th device a unit of the recalled article."""
    ctx = _ctx(url)
    t0 = time.perf_counter()
    generate_demo(ctx, devices, orders, seed=1)
    step = max(devices // units, 1)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO articles (article_no, name, product_group, digital, "
                          "simple_aid) VALUES (:no, 'Rollator Återkallad X', 'Rollatorer', "
                          "false, false)"), {"no": ARTICLE})
        article = conn.scalar(text("SELECT id FROM articles WHERE article_no = :no"),
                              {"no": ARTICLE})
        conn.execute(text("UPDATE devices SET article_id = :a WHERE id % :s = 0 AND id <= :n"),
                     {"a": article, "s": step, "n": step * units})
        if conn.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))
    ctx.db.dispose()
    print(f"  built {devices:,} devices, {orders:,} orders, {units:,} units of {ARTICLE} "
          f"in {time.perf_counter() - t0:.0f} s")


def timed(label: str, fn: Callable[[], Any], extra: Callable[[Any], str] = lambda r: "") -> Any:
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    note = extra(result)
    print(f"  {label:<12} {seconds:6.2f} s  {note}")
    timed.seconds[label] = max(seconds, timed.seconds.get(label, 0.0))  # type: ignore[attr-defined]
    return result


timed.seconds = {}  # type: ignore[attr-defined]


def measure(fresh: Callable[[], str], name: str) -> dict[str, float]:
    """Open, read and act on the campaign, on fresh copies of the base (repair, then exchange)."""
    timed.seconds = {}  # type: ignore[attr-defined]
    print(f"{name}:")
    for action in (RecallAction.REPAIR, RecallAction.EXCHANGE):
        _run(fresh(), action)
    return dict(timed.seconds)  # type: ignore[attr-defined]


def _run(url: str, action: RecallAction) -> None:
    ctx = _ctx(url)
    service = RecallService(ctx)
    cid = timed("open", lambda: service.create(ARTICLE, "Bromsvajern kan lossna"),
                lambda c: f"campaign {c}")
    timed("progress", lambda: service.campaign(cid),
          lambda v: f"{v.progress.affected:,} affected, {v.progress.remaining:,} remaining")

    def first_page() -> int:
        ids = service.row_ids(cid)
        service.rows(cid, ids[:100])
        return len(ids)

    timed("window", first_page, lambda n: f"{n:,} ids, first 100 rows")
    timed("show", lambda: service.report(cid), lambda r: f"{len(r.devices):,} devices")
    timed(f"orders/{action.value[:4]}", lambda: service.create_orders(cid, action),
          lambda n: f"{n:,} orders ({action.value})")
    timed("rerun", lambda: service.create_orders(cid, action), lambda n: f"{n} orders")
    timed("progress'", lambda: service.campaign(cid),
          lambda v: f"after the orders: {v.progress.remaining:,} remaining")
    ctx.db.dispose()


def sqlite_run(base_dir: Path, args: argparse.Namespace) -> dict[str, float]:
    base = base_dir / "base.sqlite3"
    if not base.exists():
        base_dir.mkdir(parents=True, exist_ok=True)
        build(f"sqlite:///{base}", args.devices, args.orders, args.units)
    work = base_dir / "work.sqlite3"

    def fresh() -> str:
        for p in base_dir.glob("work.sqlite3*"):
            p.unlink()
        shutil.copy(base, work)
        return f"sqlite:///{work}"

    try:
        return measure(fresh, f"SQLite ({base.stat().st_size / 2**20:,.0f} MiB)")
    finally:
        for p in base_dir.glob("work.sqlite3*"):
            p.unlink()


def _admin(url: str) -> psycopg.Connection:
    u = make_url(url)
    return psycopg.connect(dbname="postgres", user=u.username or "postgres",
                           host=u.query.get("host") or u.host, autocommit=True)


def pg_run(url: str, args: argparse.Namespace) -> dict[str, float]:
    with _admin(url) as admin:
        have = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (BASE_PG,)).fetchone()
        if not have:
            admin.execute(f"CREATE DATABASE {BASE_PG}")
    if not have:
        build(make_url(url).set(database=BASE_PG).render_as_string(hide_password=False),
              args.devices, args.orders, args.units)
    work = "hmc_bench_recall_work"

    def fresh() -> str:
        with _admin(url) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {work} WITH (FORCE)")
            # FILE_COPY (PostgreSQL 15+): a gigabyte copied as files, not written through the WAL
            strategy = " STRATEGY FILE_COPY" if admin.info.server_version >= 150000 else ""
            admin.execute(f"CREATE DATABASE {work} TEMPLATE {BASE_PG}{strategy}")
        return make_url(url).set(database=work).render_as_string(hide_password=False)

    try:
        return measure(fresh, "PostgreSQL")
    finally:
        with _admin(url) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {work} WITH (FORCE)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--devices", type=int, default=1_000_000)
    p.add_argument("--orders", type=int, default=500_000)
    p.add_argument("--units", type=int, default=50_000)
    p.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "hmc-bench-recall")
    p.add_argument("--pg", default=os.environ.get("HMC_TEST_PG_URL"))
    p.add_argument("--skip-sqlite", action="store_true")
    p.add_argument("--drop", action="store_true", help="delete the kept bases afterwards")
    args = p.parse_args()
    figures = {} if args.skip_sqlite else sqlite_run(args.base, args)
    if args.pg:
        pg_run(args.pg, args)
    if figures:
        worst = max(figures["open"], figures["orders/repa"], figures["orders/exch"])
        print(f"SQLite targets (open and orders each ≤ {TARGET:.0f} s): "
              f"{'met' if worst <= TARGET else 'MISSED'} (slowest {worst:.2f} s)")
    if args.drop:
        shutil.rmtree(args.base, ignore_errors=True)
        if args.pg:
            with _admin(args.pg) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {BASE_PG} WITH (FORCE)")


if __name__ == "__main__":
    main()
