"""The SLA calendar's Swedish holidays come from the holidays library, loading only Sweden (start-up time)."""

import subprocess
import sys
from datetime import date, timedelta

import holidays

from hmc_desktop.domain.calendar import CATEGORIES, swedish_holidays


def test_the_same_holidays_as_the_librarys_own_way_for_fifty_years():
    ours, library = swedish_holidays(), holidays.country_holidays("SE", categories=CATEGORIES)
    assert type(ours) is type(library)
    days = [date(2000, 1, 1) + timedelta(days=n) for n in range(366 * 50)]
    assert [(d, ours.get(d)) for d in days] == [(d, library.get(d)) for d in days]
    assert date(2026, 6, 19) in ours and date(2026, 12, 24) in ours  # midsommar-, julafton


def test_only_swedens_module_loads_and_the_package_stays_whole():
    code = (
        "import sys\n"
        "from hmc_desktop.domain.calendar import swedish_holidays\n"
        "swedish_holidays()\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('holidays.countries'))\n"
        "print(loaded)\n"
        "from holidays.countries import Norway, Sweden\n"  # the real package, later
        "assert Sweden is sys.modules['holidays.countries.sweden'].Sweden\n"
        "print(len([m for m in sys.modules if m.startswith('holidays.countries.')]) > 100)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split("\n")
    assert out[:2] == ["['holidays.countries.sweden']", "True"]
