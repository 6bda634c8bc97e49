"""Benchmark: the work-order queue, the device card and the follow-up view at regional scale,
on SQLite and on PostgreSQL (100,000 and 500,000 orders; 1,000,000 devices at 500,000).

Run from the repository root:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_queue.py
Options: --db sqlite (default) and/or --db postgresql+psycopg://…  (a server: the database
hmc_bench_<orders> is created on it; use a throw-away cluster, `scripts/pg-test-cluster.sh start
DIR` prints one's URL), --sizes 100000,500000, --runs 3. Several --db: a table side by side.

Databases are built once with the ``demo`` command (bench_data.py; SQLite files cached in
$HMC_BENCH_CACHE, default /tmp/hmc_queue_bench; the 500k one takes a few minutes). Every
figure comes from a fresh process:

* start-up: ``hmc-desktop --quit-after-load`` (window shown, queue's first rows in) against a
  bare PySide6 window (QMainWindow shown + one processEvents), as a ratio;
* search (bench_window.py): by a whole order number, a fragment of one, a fragment of an
  individual number, a user's whole name and a fragment of it (å/ä/ö, lower case), two
  letters, and a common surname — the service's first page and, in the window, from the
  filter change to the first rows in the model (the typing debounce is left out);
* the follow-up strip, the device card of a device with 500 history rows, and the
  follow-up view over the last 12 months, each as the window shows it;
* the follow-up's counts built anew, as after the migration or a change of the calendar;
* peak memory: ``ru_maxrss`` of the child processes.

Targets: start-up ≤ 4 × bare window; search ≤ 50 ms to the first rows (the common surname
is shown for information: it finds thousands of orders); device card and follow-up view
≤ 300 ms; peak memory ≤ 400 MiB.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_data
from bench_data import AS_OF, HISTORY_DEVICE, UNIQUE_NAME
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
CLI = [PY, "-m", "hmc_desktop"]
SEARCH_MS, VIEW_MS, RATIO, MEMORY_MIB = 50, 300, 4, 400
INFORMATIONAL = {"common surname"}

RECOUNT = """
import sys, time
from sqlalchemy import text
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.reports.leadtime_summary import LeadTimeSummary
ctx = ServiceContext(Database(sys.argv[1]), Clock.parse(sys.argv[2]), login="bench")
ctx.reload()
with ctx.db.engine.begin() as conn:  # as after the migration, or a change of the calendar
    conn.execute(text("DELETE FROM leadtime_state"))
t0 = time.perf_counter()
n = LeadTimeSummary(ctx).refresh()
print(n, time.perf_counter() - t0)
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1400, 900); w.show(); app.processEvents()
"""


def measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Run ``cmd`` in a fresh wrapper; (wall seconds, child's peak RSS in KiB, stdout)."""
    wrapper = ("import json, resource, subprocess, sys, time\n"
               "t0 = time.perf_counter()\n"
               "p = subprocess.run(json.loads(sys.argv[1]), capture_output=True, text=True)\n"
               "dt = time.perf_counter() - t0\n"
               "r = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
               "print(json.dumps([dt, r, p.returncode, p.stdout, p.stderr]))\n")
    raw = subprocess.run([PY, "-c", wrapper, json.dumps(cmd)], capture_output=True, text=True,
                         check=True, env=env).stdout
    dt, rss, code, out, err = json.loads(raw)
    if code != 0:
        raise SystemExit(f"benchmark child failed ({code}): {' '.join(cmd)}\n{err}")
    return dt, rss, out


def search_terms(url: str) -> dict[str, str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        order_no = str(conn.scalar(text(
            "SELECT order_no FROM work_orders WHERE id = (SELECT max(id) / 2 FROM work_orders)")))
        individual_no = str(conn.scalar(text(
            "SELECT individual_no FROM devices WHERE id = (SELECT max(id) / 3 FROM devices)")))
    engine.dispose()
    surname = UNIQUE_NAME.split()[-1].split("-")[0]  # "Bänkström"
    return {"order number": order_no, "order no fragment": order_no[-6:],
            "individual no fragment": individual_no[-5:], "user name": UNIQUE_NAME,
            "user name fragment": surname[:6].lower(), "two letters": UNIQUE_NAME[:2],
            "common surname": "andersson"}


def run_size(target: str, orders: int, runs: int, env: dict[str, str]) -> dict[str, object]:
    url = bench_data.prepare(target, orders)
    app_cmd = [*CLI, "--db", url, "--as-of", AS_OF, "--quit-after-load"]
    measured(app_cmd, env)  # warm-up: .pyc files and the file cache
    bare, runs_ = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(measured([PY, "-c", BARE], env))
        runs_.append(measured(app_cmd, env))
    _dt, recount_rss, out = measured([PY, "-c", RECOUNT, url, AS_OF], env)
    recounted, recount_s = out.split()
    spec = {"terms": search_terms(url), "device": HISTORY_DEVICE}
    window_cmd = [PY, str(ROOT / "benchmarks" / "bench_window.py"), url, AS_OF, json.dumps(spec)]
    _dt, window_rss, out = measured(window_cmd, env)
    return {
        "db": make_url(url).get_backend_name(), "orders": orders,
        "bare_ms": statistics.median(b[0] for b in bare) * 1000,
        "start_ms": statistics.median(r[0] for r in runs_) * 1000,
        "ratio": statistics.median(r[0] / b[0] for r, b in zip(runs_, bare, strict=True)),
        "start_mib": max(r[1] for r in runs_) / 1024, "window_mib": window_rss / 1024,
        "terms": spec["terms"], **json.loads(out),
        "recount_s": float(recount_s), "recounted": int(recounted),
        "recount_mib": recount_rss / 1024,
    }


def report(r: dict[str, object]) -> int:
    """Print one database's figures; returns 1 if a target is missed."""
    missed = 0
    print(f"\n{r['db']}, {r['orders']:,} orders (load average {os.getloadavg()[0]:.2f}):")
    print(f"  start-up to first rows: {r['start_ms']:.0f} ms; bare window {r['bare_ms']:.0f} ms;"
          f" ratio {r['ratio']:.2f} (target ≤ {RATIO})")
    missed |= r["ratio"] > RATIO  # type: ignore[operator]
    for label, s in r["search"].items():  # type: ignore[attr-defined]
        info = label in INFORMATIONAL
        print(f"  search by {label} ({r['terms'][label]!r}, {s['matches']} match(es)): "  # type: ignore[index]
              f"window {s['window_first_rows']:.0f} ms to the first rows, "
              f"{s['window_all']:.0f} ms to all; service first page {s['service_first_page']:.0f}"
              f" ms, all ids {s['service_all_ids']:.0f} ms"
              + (" (for information)" if info else f" (target ≤ {SEARCH_MS})"))
        missed |= not info and s["window_first_rows"] > SEARCH_MS
    for key, label in (("strip", "follow-up strip"),
                       ("device_card", f"device card, {r['device_card']['rows']} history rows"),  # type: ignore[index]
                       ("followup_12_months", "follow-up view, last 12 months")):
        f = r[key]
        print(f"  {label}: {f['first']:.0f} ms first, {f['median']:.0f} ms median"  # type: ignore[index]
              + (f" (target ≤ {VIEW_MS})" if key != "strip" else ""))
        missed |= key != "strip" and f["median"] > VIEW_MS  # type: ignore[index]
    print(f"  the follow-up's counts built anew (once after the migration, or after a change of"
          f" the calendar): {r['recounted']:,} orders in {r['recount_s']:.1f} s,"
          f" {r['recount_mib']:.0f} MiB")
    peak = max(r["start_mib"], r["window_mib"])  # type: ignore[type-var]
    print(f"  peak memory: start-up {r['start_mib']:.0f} MiB, window run {r['window_mib']:.0f} MiB"
          f" (target ≤ {MEMORY_MIB})")
    return int(missed or peak > MEMORY_MIB)


def side_by_side(results: list[dict[str, object]]) -> None:
    """A Markdown table of the largest size, one column per database (the README's)."""
    size = max(r["orders"] for r in results)  # type: ignore[type-var]
    cols = [r for r in results if r["orders"] == size]
    rows: list[tuple[str, list[str]]] = [
        ("start-up / bare window", [f"{c['ratio']:.2f} × ({c['start_ms']:.0f} ms)" for c in cols])]
    for label in cols[0]["search"]:  # type: ignore[attr-defined]
        rows.append((f"search: {label}, first rows",
                     [f"{c['search'][label]['window_first_rows']:.0f} ms" for c in cols]))  # type: ignore[index]
    rows += [("follow-up strip", [f"{c['strip']['median']:.0f} ms" for c in cols]),  # type: ignore[index]
             ("device card, 500 history rows",
              [f"{c['device_card']['median']:.0f} ms" for c in cols]),  # type: ignore[index]
             ("follow-up view, 12 months",
              [f"{c['followup_12_months']['median']:.0f} ms" for c in cols]),  # type: ignore[index]
             ("peak memory", [f"{max(c['start_mib'], c['window_mib']):.0f} MiB" for c in cols]),  # type: ignore[type-var]
             ("follow-up counts built anew (once)", [f"{c['recount_s']:.0f} s" for c in cols])]
    print(f"\n{size:,} orders | " + " | ".join(str(c["db"]) for c in cols))
    print("|---" * (len(cols) + 1) + "|")
    for label, values in rows:
        print(f"| {label} | " + " | ".join(values) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", help="sqlite, or a PostgreSQL server's URL")
    parser.add_argument("--sizes", default="100000,500000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program starts from .pyc files
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"load average {os.getloadavg()[0]:.2f}")
    results, worst = [], 0
    for target in args.db or ["sqlite"]:
        for orders in (int(s) for s in args.sizes.split(",")):
            result = run_size(target, orders, args.runs, env)
            results.append(result)
            worst |= report(result)
    if len({r["db"] for r in results}) > 1:
        side_by_side(results)
    return worst


if __name__ == "__main__":
    sys.exit(main())
