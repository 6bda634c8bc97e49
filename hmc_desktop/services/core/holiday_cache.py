"""Sweden's holidays, remembered on disk from the holidays library (C1; for start-up time).

The SLA calendar asks about three years of days as the queue shows its first rows. Asking
the ``holidays`` library means importing it first: 25 ms, a thirtieth of the window's
start-up. The library's answer for a year never changes while the library stays the same
version, so :class:`CachedHolidays` keeps each year's dates and names in a small JSON file
in the per-user cache folder, written from the library's own answer the first time a year
is needed. A file from another version of the library, or one that cannot be read, is
ignored and written anew; a folder that cannot be written only costs the import again.
"""

import json
import logging
import os
import tempfile
import threading
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from hmc_desktop.domain.calendar import CATEGORIES, HolidayLookup, swedish_holidays
from hmc_desktop.paths import cache_dir

log = logging.getLogger(__name__)
FILE_NAME = "holidays-SE.json"
AROUND = 2  # a year missing from the file brings the two before and after it along


class CachedHolidays:
    """Public and de-facto holidays of Sweden by year: from ``path``, else from the library."""

    def __init__(self, path: Path, source: str) -> None:
        """``source``: names the library's version; a file written by another one is not used."""
        self._path, self._source = path, source
        self._years: dict[int, dict[date, str]] = self._read()
        self._lock = threading.Lock()

    def __contains__(self, day: object, /) -> bool:
        return isinstance(day, date) and day in self._year(day.year)

    def get(self, day: date, /) -> str | None:
        return self._year(day.year).get(day)

    def _year(self, year: int) -> dict[date, str]:
        known = self._years.get(year)
        if known is None:
            with self._lock:
                known = self._years.get(year)
                if known is None:
                    known = self._learn(year)
        return known

    def _learn(self, year: int) -> dict[date, str]:
        """Ask the library about ``year`` and the years around it; remember them in the file."""
        library = swedish_holidays()
        years = dict(self._years)
        for y in range(year - AROUND, year + AROUND + 1):
            if y not in years:
                library.get(date(y, 1, 1))  # the library fills in a year when first asked
                years[y] = {d: str(name) for d, name in library.items() if d.year == y}
        self._years = years
        self._write()
        return years[year]

    def _read(self) -> dict[int, dict[date, str]]:
        try:
            stored: Any = json.loads(self._path.read_text(encoding="utf-8"))
            if stored.get("source") != self._source:
                return {}
            return {int(y): {date.fromisoformat(d): str(n) for d, n in days.items()}
                    for y, days in stored["years"].items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, TypeError, AttributeError, KeyError):
            log.info("holiday cache %s unreadable; asking the library again", self._path,
                     exc_info=True)
            return {}

    def _write(self) -> None:
        """Replace the file whole (another workstation process may read it at the same time)."""
        data = {"source": self._source,
                "years": {str(y): {d.isoformat(): n for d, n in sorted(days.items())}
                          for y, days in sorted(self._years.items())}}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".holidays-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False, indent=0)
                os.replace(tmp, self._path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            log.info("holiday cache %s not written", self._path, exc_info=True)


def library_source() -> str | None:
    """The holidays library's version and our categories; None when the version is unknown.

    The version is read from the head of the library's METADATA file: ``metadata.version``
    parses the whole file as an e-mail message, its long description included (5 ms).
    """
    try:
        text = metadata.distribution("holidays").read_text("METADATA") or ""
    except metadata.PackageNotFoundError:
        return None
    for line in text.splitlines():
        if not line:  # the headers end here
            break
        if line.startswith("Version:"):
            return f"holidays {line.removeprefix('Version:').strip()} SE {'+'.join(CATEGORIES)}"
    return None


_shared: HolidayLookup | None = None
_sharing = threading.Lock()


def cached_swedish_holidays() -> HolidayLookup:
    """The process's one holiday source for the SLA calendar (every reload shares it)."""
    global _shared
    with _sharing:
        if _shared is None:
            source = library_source()
            _shared = (CachedHolidays(cache_dir() / FILE_NAME, source) if source is not None
                       else swedish_holidays())
        return _shared
