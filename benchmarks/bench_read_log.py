"""Benchmark: what logging a read of personal data (W10) costs a device card.

Run from the repository root:
    .venv/bin/python benchmarks/bench_read_log.py [--cards 300] [--devices 20000] [--pg URL]

Opens the device cards of devices that have a user, as a technician (who sees the user's
address and personnummer, so every card logs a read), and the same cards with the read log
switched off; prints the median and 95th percentile of each and the difference. The target:
the log adds well under 5 ms to a card (a person notices 100 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run without installing
os.environ.setdefault("HMC_LOG_DIR", tempfile.gettempdir())

from sqlalchemy import select

from hmc_desktop.db.models import Device, Staff
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core import read_log
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.devices.device_card import DeviceCardService

AS_OF = "2026-11-24 10:00"


def _times(service: DeviceCardService, numbers: list[str]) -> list[float]:
    out = []
    for number in numbers:
        t0 = time.perf_counter()
        service.card(number)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def run(label: str, url: str, devices: int, cards: int) -> None:
    admin = ServiceContext(Database(url), Clock.parse(AS_OF), login="bench")
    admin.prepare()
    generate_demo(admin, devices, max(devices // 4, 10))
    with admin.db.reading() as s:
        held = list(s.scalars(select(Device.individual_no).where(Device.holder_id.is_not(None))))
        assert s.scalar(select(Staff.role).where(Staff.login == "tekniker1")) == "technician"
    numbers = random.Random(1).sample(held, min(cards, len(held)))
    tech = ServiceContext(admin.db, Clock.parse(AS_OF), login="tekniker1")
    service = DeviceCardService(tech)
    _times(service, numbers[:20])  # warm the caches
    logged = _times(service, numbers)
    real = read_log.ReadLogService.record
    read_log.ReadLogService.record = lambda *_a, **_k: None  # type: ignore[method-assign]
    try:
        silent = _times(service, numbers)
    finally:
        read_log.ReadLogService.record = real  # type: ignore[method-assign]
    assert len(read_log.ReadLogService(admin).reads(who="tekniker1")) == len(numbers) + 20

    def fig(ms: list[float]) -> str:
        return f"median {statistics.median(ms):6.2f} ms, p95 {sorted(ms)[int(len(ms) * .95)]:6.2f} ms"

    print(f"{label:10} with the read log:    {fig(logged)}")
    print(f"{label:10} without the read log: {fig(silent)}")
    print(f"{label:10} the log adds {statistics.median(logged) - statistics.median(silent):+.2f} ms "
          "to a card (median)")
    admin.db.dispose()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=300)
    ap.add_argument("--devices", type=int, default=20_000)
    ap.add_argument("--pg", default=os.environ.get("HMC_TEST_PG_URL"),
                    help="a PostgreSQL server URL whose database 'postgres' may create others")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hmc_bench_read_log_"))
    run("SQLite", f"sqlite:///{folder / 'cards.sqlite3'}", args.devices, args.cards)
    if args.pg:
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(args.pg)
        name = "hmc_bench_read_log"
        admin_conn = dict(dbname="postgres", user=u.username or "postgres",
                          host=u.query.get("host") or u.host, autocommit=True)
        with psycopg.connect(**admin_conn) as conn:  # type: ignore[arg-type]
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        try:
            run("PostgreSQL", u.set(database=name).render_as_string(hide_password=False),
                args.devices, args.cards)
        finally:
            with psycopg.connect(**admin_conn) as conn:  # type: ignore[arg-type]
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
