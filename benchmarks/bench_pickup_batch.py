"""Benchmark: 500 pickup orders rendered into one batch PDF.

Run from the repository root:  .venv/bin/python benchmarks/bench_pickup_batch.py [N] [--label]
The target is well under 10 s for 500 slips on a 2-core machine.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run without installing

from hmc_desktop.documents.data import CentreInfo, PickupOrderData
from hmc_desktop.documents.pickup_order import (
    PickupFormat,
    PickupOrderRenderer,
    sort_for_route,
)

FIRST = [
    "Åsa",
    "Örjan",
    "Märta",
    "Björn",
    "Gunnel",
    "Håkan",
    "Lena",
    "Sven-Erik",
    "Ingrid",
    "Karl-Åke",
    "Elsa",
    "Göran",
    "Birgitta",
    "Nils",
    "Solveig",
    "Jörgen",
]
LAST = [
    "Öberg",
    "Åkesson",
    "Lindström",
    "Ekström",
    "Nyström",
    "Söderberg",
    "Bäckman",
    "Sjögren",
    "Hägglund",
    "Larsson",
    "Grönqvist",
    "Strömberg",
    "Wästberg",
    "Ängström",
]
STREETS = [
    "Storgatan",
    "Kungsgatan",
    "Östra Längdgatan",
    "Västra Hamngatan",
    "Åvägen",
    "Björkvägen",
    "Södra Vägen",
    "Lövgången",
    "Kvarnbäcksvägen",
    "Skärgårdsgatan",
]
CITIES = [
    ("411", "Göteborg"),
    ("431", "Mölndal"),
    ("442", "Kungälv"),
    ("451", "Uddevalla"),
    ("461", "Trollhättan"),
    ("503", "Borås"),
    ("541", "Skövde"),
    ("462", "Vänersborg"),
]
ARTICLES = [
    ("756321", "Kommunikationshjälpmedel Tobii Dynavox I-13"),
    ("120455", "Rollator Dolomite Futura, 4 hjul"),
    ("304112", "Manuell rullstol Panthera S3 Swing"),
    ("881020", "Larmklocka med GSM, Doro Secure 580"),
    ("540077", "Dagskalender digital, MEMOplanner Medium"),
]


def synthetic_pickups(n: int, seed: int = 1) -> list[PickupOrderData]:
    """``n`` plausible pickup orders with Swedish names and addresses (no real people)."""
    rng = random.Random(seed)
    tz = ZoneInfo("Europe/Stockholm")
    centre = CentreInfo(
        "Hjälpmedelscentralen Västra Götaland",
        ("Box 1234", "405 20 Göteborg"),
        "010-473 00 00",
        "hjalpmedel@example.se",
    )
    items = []
    for i in range(n):
        prefix, city = rng.choice(CITIES)
        article_no, article_name = rng.choice(ARTICLES)
        items.append(
            PickupOrderData(
                centre=centre,
                pickup_id=10_000 + i,
                pickup_date=date(2026, 11, 23) + timedelta(days=rng.randrange(5)),
                order_no=f"2026-{rng.randrange(1, 999_999):06d}",
                order_type_code="SDH",
                order_type_name="Support digitala hjälpmedel",
                reason="Fungerar inte efter felsökning via telefon; brukaren har fått en "
                "ersättningsenhet. Den gamla hämtas för reparation och rekonditionering.",
                individual_no=f"{rng.randrange(10**9, 10**10)}",
                article_no=article_no,
                article_name=article_name,
                holder_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                street=f"{rng.choice(STREETS)} {rng.randrange(1, 120)}",
                postal_code=f"{prefix} {rng.randrange(10, 99)}",
                city=city,
                phone=f"07{rng.randrange(0, 10)}-{rng.randrange(100, 999)} {rng.randrange(10, 99)} "
                f"{rng.randrange(10, 99)}",
                orderer_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                orderer_unit="Arbetsterapin, Vårdcentralen Högsbo",
                created_by="Lagret",
                created_at=datetime(2026, 11, 20, 9, 0, tzinfo=tz),
            )
        )
    return items


def main(argv: list[str]) -> None:
    n = int(next((a for a in argv if a.isdigit()), "500"))
    fmt: PickupFormat = "label" if "--label" in argv else "a4"
    items = sort_for_route(synthetic_pickups(n))
    renderer = PickupOrderRenderer(fmt)
    renderer.render(items[0])  # warm-up: font loading is a one-off per process
    start, cpu_start = time.perf_counter(), time.process_time()
    pdf = renderer.render_batch(items)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"{n} pickup orders ({fmt}): {seconds:.2f} s ({cpu:.2f} s CPU), "
        f"{n / seconds:.0f} pages/s, {len(pdf) / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
