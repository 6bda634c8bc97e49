"""The window's side of bench_queue.py, run in a fresh process: ``bench_window.py URL AS_OF JSON``.

JSON: ``{"terms": {label: text}, "device": individual number}``. Prints one JSON object:

* per search term: the service's first page (the top 100 ids and their rows, as the window
  asks first) and the whole id list, medians of 5; in the window, from the filter change
  (the debounce is left out) to the first rows in the model (``firstPage``) and to the
  whole list (``loaded``), medians of 4;
* the follow-up strip: the query and the strip filled;
* the device card: opened in the window (query, history model filled), first and median;
* the follow-up view over the last 12 months: refreshed (today's figures, the period's
  compliance per type, the 12-month trend, tables and charts filled), first and median.
"""

import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from hmc_desktop.app import create_main_window
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.ui.common import ops
from hmc_desktop.ui.followup.period import preset_period

PAGE = 100


def wait(signal: SignalInstance, until: Callable[..., bool] = lambda *a: True) -> None:
    loop = QEventLoop()

    def check(*args: Any) -> None:
        if until(*args):
            loop.quit()

    signal.connect(check)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    signal.disconnect(check)


def timed(fn: Callable[[], Any], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def figures(times: list[float]) -> dict[str, float]:
    return {"first": times[0], "median": statistics.median(times[1:] or times)}


def main() -> None:
    url, as_of, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    app = QApplication(sys.argv[:1])
    window = create_main_window(url, as_of)
    q = QueueService(window.ctx)
    out: dict[str, Any] = {"search": {}}
    for label, text in spec["terms"].items():
        flt = QueueFilter(search=text, status="all")
        first = timed(lambda f=flt: q.rows(q.order_ids(f, limit=PAGE)), 5)  # type: ignore[misc]
        whole = timed(lambda f=flt: q.order_ids(f), 3)  # type: ignore[misc]
        out["search"][label] = {"service_first_page": statistics.median(first),
                                "service_all_ids": statistics.median(whole),
                                "matches": len(q.order_ids(flt))}

    tab = window.queue_tab
    window.show()
    wait(tab.model.loaded)
    for label, text in spec["terms"].items():
        rows, whole = [], []
        for i in range(4):  # a trailing space: a new filter, the same search
            t0 = time.perf_counter()
            tab.filters.apply(status="all", search=text if i % 2 == 0 else text + " ")
            wait(tab.model.firstPage)
            rows.append((time.perf_counter() - t0) * 1000)
            if tab.model.busy:
                wait(tab.model.loaded)
            whole.append((time.perf_counter() - t0) * 1000)
        out["search"][label].update(window_first_rows=statistics.median(rows),
                                    window_all=statistics.median(whole))
    tab.filters.apply()  # back to the open orders; nothing left running in the background
    wait(tab.model.loaded)
    ops.wait_for_all()

    out["strip"] = figures(timed(lambda: tab.strip.show_figures(q.follow_up()), 5))

    device_times = []
    for _ in range(4):
        t0 = time.perf_counter()
        device_tab = window.device_tab  # built on first use, as when the user opens it
        device_tab.open_device(spec["device"])
        wait(device_tab.deviceLoaded)
        device_times.append((time.perf_counter() - t0) * 1000)
        device_tab.card = None
    out["device_card"] = figures(device_times)
    out["device_card"]["rows"] = window.device_tab.model.rowCount()

    follow_times = []
    for _ in range(4):
        t0 = time.perf_counter()
        follow = window.followup_tab  # built on first use, as when the user opens it
        follow.period_bar.set_period(*preset_period("12_months", window.ctx.clock.now().date()))
        follow.refresh()  # today's figures, the period's and the trend, as when it is shown
        if follow.busy:
            wait(follow.busyChanged, lambda busy: not busy)
        follow_times.append((time.perf_counter() - t0) * 1000)
    out["followup_12_months"] = figures(follow_times)
    first, last = follow.period()
    out["followup_12_months"]["period"] = f"{first} – {last}"

    tab.stop_loading()
    ops.wait_for_all()
    print(json.dumps(out))
    app.quit()


if __name__ == "__main__":
    main()
