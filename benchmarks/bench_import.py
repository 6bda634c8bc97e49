"""Benchmark: importing a 150,000-row work-order file (Windows-1252, ';', every column).

Run from the repository root:  .venv/bin/python benchmarks/bench_import.py
Options: --rows 150000  --orm-rows 3000  --pg URL (or HMC_TEST_PG_URL)  --profile  --keep DIR

The file is generated reproducibly: realistic order types and timestamps, one device
per order, users with valid personnummer recurring over about three orders each, 300
orderers, a few attachments, cancellations with reasons. Each database is fresh and
migrated. Measured: the bulk path (services/imports/bulk/: a file of new orders) on the
whole file; the ORM path (services/imports/orders.py, for files naming known orders) on a
smaller file (its rows go through the ORM's unit of work: about a millisecond each) — with a
re-import of that small file (every row unchanged: CONTRACT idempotency). Reading and
validating are timed apart (they are part of the import's time too).

Target: ≥ 20,000 rows/s for the first import on SQLite. PostgreSQL is printed only.
"""

import argparse
import cProfile
import gc
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HMC_USER", "bench")
os.environ.setdefault("HMC_LOG_DIR", tempfile.gettempdir())

from hmc_desktop.db.unit_of_work import Database  # noqa: E402
from hmc_desktop.domain.personnummer import check_digit  # noqa: E402
from hmc_desktop.domain.wallclock import skipped  # noqa: E402
from hmc_desktop.interchange import read_source, validate_file  # noqa: E402
from hmc_desktop.services.core.clock import Clock  # noqa: E402
from hmc_desktop.services.core.context import ServiceContext  # noqa: E402
from hmc_desktop.services.demo.data import (  # noqa: E402
    ARTICLES,
    CITIES,
    FIRST_NAMES,
    LAST_NAMES,
    SERVICE_PRODUCTS,
    STREETS,
    UNITS,
    descriptions,
)
from hmc_desktop.services.imports.bulk import BulkImportService  # noqa: E402
from hmc_desktop.services.imports.importer import ImportService  # noqa: E402

TARGET = 20_000
AS_OF = "2027-03-01 10:00"
HEADER = ("order_no;type;registered;individual_no;article_no;article_name;digital;orderer_name;"
          "orderer_unit;payer_no;service_product;user_name;user_address;user_phone;"
          "user_personnummer;description;attachments;attachment_kinds;technical_review;"
          "medical_risk;started;completed;cancelled;cancel_reason")
TYPES = ["0", "1", "1", "2", "3", "4", "5", "6", "8", "9", "10", "12", "SDH", "SDH"]


def _when(moment: datetime) -> str:
    """A Stockholm wall-clock time that exists (the import refuses the skipped spring hour)."""
    return (moment + timedelta(hours=1) if skipped(moment) else moment).strftime("%Y-%m-%d %H:%M")


def _pnr(rng: random.Random) -> str:
    born = datetime(1930, 1, 1) + timedelta(days=rng.randrange(365 * 75))
    nine = born.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
    return f"{born:%Y%m%d}-{nine[6:]}{check_digit(nine)}"


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Write ``rows`` work orders to ``path`` as a Swedish Excel export would."""
    rng = random.Random(seed)
    users, pnrs = [], set()
    while len(users) < max(rows // 3, 1):  # one person, one personnummer, one address
        pnr = _pnr(rng)
        if pnr in pnrs:
            continue
        pnrs.add(pnr)
        city, postal = rng.choice(CITIES)
        address = f"{rng.choice(STREETS)} {rng.randrange(1, 80)}, {postal} {rng.randrange(10, 99)} {city}"
        users.append((f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", address,
                      f"07{rng.randrange(10**8):08d}", pnr))
    orderers = [(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", rng.choice(UNITS),
                 f"{rng.randrange(10**5):05d}") for _ in range(300)]
    start = datetime(2026, 1, 2, 8, 0)
    lines = [HEADER]
    for i in range(rows):
        code = rng.choice(TYPES)
        reg = start + timedelta(minutes=rng.randrange(60 * 24 * 400))
        article_no, article_name, group, digital, *_ = rng.choice(ARTICLES)
        name, address, phone, pnr = rng.choice(users)
        o_name, unit, payer = rng.choice(orderers)
        started = completed = cancelled = ""
        reason = ""
        roll = rng.random()
        if roll < 0.55:
            started = _when(reg + timedelta(hours=rng.randrange(1, 72)))
            if roll < 0.40:
                completed = _when(reg + timedelta(hours=rng.randrange(72, 400)))
        elif roll < 0.60:
            cancelled = _when(reg + timedelta(hours=rng.randrange(1, 100)))
            reason = "Fel arbetsordertyp"
        attachments = kinds = ""
        if code == "5":
            attachments, kinds = f"underlag-{i}.pdf", "consultation_basis"
        elif code == "6":
            attachments, kinds = f"anvisning-{i}.pdf", "special_adaptation_instruction"
        elif rng.random() < 0.05:
            attachments, kinds = f"foto-{i}.jpg|kvitto-{i}.pdf", "other|other"
        fields = [
            f"HMC-{2026000000 + i}", code, _when(reg),
            f"{900000000 + i}", article_no, article_name, "ja" if digital else "nej",
            o_name, unit, payer, rng.choice(SERVICE_PRODUCTS) if code == "5" else "",
            name, address, phone, pnr, rng.choice(descriptions(code, group)), attachments, kinds,
            "ja" if code in ("0", "1") and rng.random() < 0.05 else "nej",
            "ja" if rng.random() < 0.03 else "nej", started, completed, cancelled, reason,
        ]
        lines.append(";".join(fields))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def _fresh(url: str | None, folder: Path, tag: str) -> str:
    if url is None:
        db = folder / f"bench_{tag}.sqlite3"
        for old in folder.glob(f"{db.name}*"):
            old.unlink()
        return f"sqlite:///{db}"
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    name = f"hmc_bench_import_{tag}_{os.getpid()}"
    with psycopg.connect(dbname="postgres", user=u.username or "postgres",
                         host=u.query.get("host") or u.host, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    return u.set(database=name).render_as_string(hide_password=False)


def _drop(url: str) -> None:
    if url.startswith("sqlite"):
        return
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    with psycopg.connect(dbname="postgres", user=u.username or "postgres",
                         host=u.query.get("host") or u.host, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {u.database} WITH (FORCE)")


def run(label: str, url: str, path: Path, rows: int, service_class: type[ImportService],
        reimport: bool, profile: bool) -> float:
    """Import ``path`` into a fresh database (and again, if ``reimport``); returns rows/s."""
    ctx = ServiceContext(Database(url), Clock.parse(AS_OF), login="bench")
    ctx.prepare()  # the first login of a new database is its administrator
    t0 = time.perf_counter()
    source = read_source(path)
    read = time.perf_counter() - t0
    _rows, errors = validate_file(source, catalogue=ctx.catalogue, today=ctx.clock.now().date())
    validate = time.perf_counter() - t0 - read
    assert not errors, errors[:3]
    del source, _rows  # the import reads and validates again, timed with the rest
    gc.collect()
    service = service_class(ctx)
    profiler = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    report = service.import_file(str(path))
    if profiler:
        profiler.disable()
    first = time.perf_counter() - t0
    assert report.new == rows and not report.rejected, report.summary()
    rate = rows / first
    line = (f"{label}: {rows:>7,} rows in {first:6.1f} s = {rate:7,.0f} rows/s "
            f"(of which reading {read:.1f} s, validating {validate:.1f} s)")
    if reimport:
        t0 = time.perf_counter()
        again = service.import_file(str(path))
        second = time.perf_counter() - t0
        assert again.unchanged == rows, again.summary()
        line += f"; re-import (all unchanged) {rows / second:,.0f} rows/s"
    print(line, flush=True)
    print(f"    where the first import's time went: {report.timings()}", flush=True)
    ctx.db.dispose()
    _drop(url)
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    return rate


def _loop_seconds() -> float:
    t0 = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=150_000)
    ap.add_argument("--orm-rows", type=int, default=3_000,
                    help="rows for the ORM path (20,000 rows take about 15 s)")
    ap.add_argument("--pg", default=os.environ.get("HMC_TEST_PG_URL"))
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the generated files and databases here")
    ap.add_argument("--sqlite-only", action="store_true")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="hmc_bench_import_"))
    folder.mkdir(parents=True, exist_ok=True)
    path, small = folder / f"orders_{args.rows}.csv", folder / f"orders_{args.orm_rows}.csv"
    print(f"machine: a pure-Python loop of 10,000,000 steps takes {_loop_seconds():.2f} s "
          "(figures scale with it; it varies by a factor of two on a shared VM)")
    t0 = time.perf_counter()
    generate(path, args.rows)
    generate(small, args.orm_rows)
    print(f"generated {path.name}: {args.rows:,} rows, {path.stat().st_size / 2**20:.1f} MiB "
          f"in {time.perf_counter() - t0:.1f} s")
    targets = [("SQLite    ", None)]
    if args.pg and not args.sqlite_only:
        targets.append(("PostgreSQL", args.pg))
    try:
        rates = {}
        for label, url in targets:
            rates[label] = run(f"{label} bulk path", _fresh(url, folder, "bulk"), path, args.rows,
                               BulkImportService, False, args.profile)
            run(f"{label} ORM path ", _fresh(url, folder, "orm"), small, args.orm_rows,
                ImportService, True, False)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    rate = rates["SQLite    "]
    verdict = "meets" if rate >= TARGET else "MISSES"
    print(f"SQLite first import {verdict} the target of {TARGET:,} rows/s ({rate:,.0f})")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
