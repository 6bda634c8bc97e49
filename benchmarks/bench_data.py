"""The benchmarks' databases: demo data at regional scale, built once and reused, on SQLite
or on a PostgreSQL server (a throw-away cluster: ``scripts/pg-test-cluster.sh start DIR``).

``prepare(target, orders)`` returns the URL of a database with ``orders`` demo orders (and
1,000,000 devices from 500,000 orders up), at the newest schema, plus what the figures need:

* one user with one open order and a name nobody else has (the search by name);
* one device with 500 history rows: orders, status changes, pickups and printed documents
  (the device card).

``target`` is ``sqlite`` (a file in ``$HMC_BENCH_CACHE``, default /tmp/hmc_queue_bench) or a
PostgreSQL URL naming the server: the database ``hmc_bench_<orders>`` is created on it.
"""

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("HMC_BENCH_CACHE", "/tmp/hmc_queue_bench"))
AS_OF = "2026-11-24 10:00"
UNIQUE_NAME = "Zelma Bänkström-Queueson"  # one user with one open order, for the name search
HISTORY_DEVICE = "BENCH-HIST-500"  # a device with 500 history rows, for the device card
HISTORY_PREFIX = "BH-"  # its orders' numbers (not demo orders: left out of the count)
CLI = [sys.executable, "-m", "hmc_desktop"]


def devices_for(orders: int) -> int:
    return 1_000_000 if orders >= 500_000 else orders * 2


def prepare(target: str, orders: int) -> str:
    """The URL of the benchmark database for ``orders`` on ``target`` (built on first use)."""
    url = _sqlite_url(orders) if target == "sqlite" else _postgresql_url(target, orders)
    if not _complete(url, orders):
        _reset(url, orders)
        devices = devices_for(orders)
        print(f"building {_name(url)}: {devices:,} devices, {orders:,} orders …", flush=True)
        t0 = time.perf_counter()
        subprocess.run([*CLI, "--db", url, "--as-of", AS_OF, "demo", "--devices", str(devices),
                        "--orders", str(orders)], check=True, cwd=ROOT)
        print(f"  built in {time.perf_counter() - t0:.0f} s", flush=True)
    subprocess.run([*CLI, "--db", url, "db", "upgrade"], check=True, cwd=ROOT, capture_output=True)
    if url.startswith("sqlite"):
        for backup in CACHE.glob(f"orders_{orders}.sqlite3.before-*.bak"):
            backup.unlink()
    engine = create_engine(url)
    try:
        _unique_user(engine)
        _history_device(engine)
        if engine.dialect.name == "postgresql":  # statistics as autovacuum soon has them
            with engine.begin() as conn:  # (SQLite has none unless asked: the program never asks)
                conn.execute(text("ANALYZE"))
    finally:
        engine.dispose()
    return url


def _name(url: str) -> str:
    return make_url(url).database or url


def _sqlite_url(orders: int) -> str:
    CACHE.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{CACHE / f'orders_{orders}.sqlite3'}"


def _postgresql_url(server: str, orders: int) -> str:
    name = f"hmc_bench_{orders}"
    with _admin(server) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            admin.execute(f"CREATE DATABASE {name}")
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _admin(server: str):  # type: ignore[no-untyped-def]
    import psycopg

    u = make_url(server)
    return psycopg.connect(dbname="postgres", user=u.username or "postgres", password=u.password,
                           host=u.query.get("host") or u.host, port=u.port, autocommit=True)


def _complete(url: str, orders: int) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.scalar(text(
                "SELECT count(*) FROM work_orders WHERE order_no NOT LIKE :bench"),
                {"bench": f"{HISTORY_PREFIX}%"}) == orders
    except Exception:  # no schema yet, or a broken file: build anew
        return False
    finally:
        engine.dispose()


def _reset(url: str, orders: int) -> None:
    """Start from an empty database."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        for stale in CACHE.glob(f"orders_{orders}.sqlite3*"):
            stale.unlink()
        return
    server = u.set(database="postgres").render_as_string(hide_password=False)
    with _admin(server) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {u.database} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {u.database}")


def _unique_user(engine) -> None:  # type: ignore[no-untyped-def]
    """Give one user who has exactly one open order a name nobody else has."""
    with engine.begin() as conn:
        if conn.scalar(text("SELECT 1 FROM holders WHERE name = :n"), {"n": UNIQUE_NAME}):
            return
        holder = conn.scalar(text(
            "SELECT holder_id FROM work_orders WHERE holder_id IS NOT NULL GROUP BY holder_id "
            "HAVING count(*) = 1 AND max(status) IN ('registered', 'started', 'waiting') "
            "LIMIT 1"))
        conn.execute(text("UPDATE holders SET name = :n WHERE id = :h"),
                     {"n": UNIQUE_NAME, "h": holder})


def _history_device(engine) -> None:  # type: ignore[no-untyped-def]
    """A device with 250 orders, 150 status changes, 50 pickups and 50 printed documents."""
    from hmc_desktop.db.models import (
        AuditEntry,
        Device,
        Pickup,
        PrintedDocument,
        WorkOrder,
        load_all,
    )

    load_all()
    with Session(engine) as s, s.begin():
        if s.scalar(select(Device.id).where(Device.individual_no == HISTORY_DEVICE)):
            return
        template = s.scalars(select(Device).where(Device.status == "in_use")
                             .order_by(Device.id).limit(1)).unique().one()
        device = Device(individual_no=HISTORY_DEVICE, article_id=template.article_id,
                        holder_id=template.holder_id, location=template.location,
                        delivered=template.delivered, lifetime_years=template.lifetime_years,
                        status="in_use")
        s.add(device)
        s.flush()
        columns = [c.key for c in WorkOrder.__table__.columns if c.key not in ("id", "version")]
        sources = s.scalars(select(WorkOrder).where(WorkOrder.device_id.is_not(None))
                            .order_by(WorkOrder.id).limit(250)).unique().all()
        orders = []
        for i, src in enumerate(sources):
            values = {c: getattr(src, c) for c in columns}
            values.update(order_no=f"{HISTORY_PREFIX}{i:04d}", device_id=device.id,
                          holder_id=device.holder_id)
            orders.append(WorkOrder(**values))
        s.add_all(orders)
        s.flush()
        moments = [o.registered for o in orders]
        statuses = ("at_workshop", "in_use")
        s.add_all(AuditEntry(at=at + timedelta(hours=1), who="bench", entity="device",
                             entity_key=HISTORY_DEVICE, action="receive", field="status",
                             old=statuses[i % 2 - 1], new=statuses[i % 2])
                  for i, at in enumerate(moments[:150]))
        s.add_all(Pickup(device_id=device.id, order_id=o.id, pickup_date=o.registered.date(),
                         status="done", reason="Byte", created_by="bench",
                         created_at=o.registered) for o in orders[:50])
        s.add_all(PrintedDocument(kind="pickup_order", device_id=device.id, order_id=o.id,
                                  data_json="{}", printed_by="bench", printed_at=o.registered)
                  for o in orders[50:100])
