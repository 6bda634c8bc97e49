"""C1: the SLA calendar's holidays remembered on disk give the library's answers (start-up time)."""

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from hmc_desktop.domain.calendar import CalendarSettings, WorkCalendar, swedish_holidays
from hmc_desktop.services.core.holiday_cache import CachedHolidays, library_source

SOURCE = library_source() or "test"


def _days(first: int, years: int) -> list[date]:
    return [date(first, 1, 1) + timedelta(days=n) for n in range(366 * years)]


def test_c1_the_remembered_holidays_are_the_librarys_for_thirty_years(tmp_path: Path) -> None:
    path = tmp_path / "h.json"
    library = swedish_holidays()
    learning = CachedHolidays(path, SOURCE)
    days = _days(2010, 30)
    expected = [(d, library.get(d), d in library) for d in days]
    assert [(d, learning.get(d), d in learning) for d in days] == expected
    reread = CachedHolidays(path, SOURCE)  # a later start: from the file alone
    assert [(d, reread.get(d), d in reread) for d in days] == expected
    assert date(2026, 6, 19) in reread and date(2026, 12, 24) in reread  # midsommar-, julafton
    assert date(2026, 6, 22) not in reread


def test_c1_a_calendar_on_the_cache_counts_working_days_as_on_the_library(tmp_path) -> None:
    settings = CalendarSettings(closed_days=frozenset({date(2026, 11, 27)}))
    ours = WorkCalendar(settings, CachedHolidays(tmp_path / "h.json", SOURCE))
    library = WorkCalendar(settings)
    for start in _days(2025, 2)[::7]:
        assert ours.add_working_days(start, 5) == library.add_working_days(start, 5)
        assert ours.holiday_name(start) == library.holiday_name(start)
    assert ours.add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 28)  # jul, C2


def test_a_known_year_is_answered_without_importing_the_library(tmp_path: Path) -> None:
    path = tmp_path / "h.json"
    CachedHolidays(path, SOURCE).get(date(2026, 1, 1))  # written by an earlier start
    code = ("import sys\n"
            "from datetime import date\n"
            "from pathlib import Path\n"
            "from hmc_desktop.services.core.holiday_cache import CachedHolidays\n"
            f"h = CachedHolidays(Path({str(path)!r}), {SOURCE!r})\n"
            "print(date(2026, 12, 25) in h, date(2026, 12, 22) in h, 'holidays' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    assert out == ["True", "False", "False"]


@pytest.mark.parametrize("content", ["{not json", json.dumps({"source": "holidays 0.1 SE",
                                                                "years": {"2026": {}}})])
def test_an_unreadable_or_outdated_file_is_replaced_by_the_librarys_answer(tmp_path, content):
    path = tmp_path / "h.json"
    path.write_text(content, encoding="utf-8")
    cache = CachedHolidays(path, SOURCE)
    assert date(2026, 12, 25) in cache  # not the empty 2026 of the old file
    assert json.loads(path.read_text(encoding="utf-8"))["source"] == SOURCE


def test_a_cache_folder_that_cannot_be_made_still_gives_the_holidays(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")  # the cache folder's name is taken by a file
    cache = CachedHolidays(blocker / "h.json", SOURCE)
    assert date(2026, 12, 25) in cache and date(2026, 12, 22) not in cache
    assert blocker.is_file()


def test_the_cache_is_keyed_by_the_installed_librarys_version():
    from importlib import metadata

    assert library_source() == f"holidays {metadata.version('holidays')} SE public+de_facto"
