"""Benchmark: `hmc-desktop demo --devices 1000000 --orders 500000` on SQLite (target < 180 s).

Usage: python benchmarks/bench_demo.py [DEVICES ORDERS]
Prints the wall time, the rows per second and the database size.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    devices, orders = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (1_000_000, 500_000)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        env = {**os.environ, "HMC_USER": os.environ.get("HMC_USER", "bench")}
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "hmc_desktop", "--db", f"sqlite:///{db}", "--as-of",
             "2026-11-24 10:00", "demo", "--devices", str(devices), "--orders", str(orders),
             "--seed", "1"],
            capture_output=True, text=True, env=env, check=False)
        elapsed = time.perf_counter() - t0
        if proc.returncode != 0:
            sys.exit(f"demo failed: {proc.stderr.strip()}")
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite3*"))
        rows = devices + orders
        print(proc.stdout.strip())
        print(f"demo {devices} devices + {orders} orders: {elapsed:.1f} s wall "
              f"({rows / elapsed:,.0f} rows/s), database {size / 2**20:.0f} MiB; target < 180 s: "
              f"{'met' if elapsed < 180 else 'MISSED'}")


if __name__ == "__main__":
    main()
