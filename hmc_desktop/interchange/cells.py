"""What a text cell may hold, checked in the import itself — the same on SQLite and PostgreSQL.

SQLite stores whatever it is given; PostgreSQL refuses a NUL character or a value longer than
its column, and then the whole file failed with no FILE:LINE. So each cell is checked here:

* its length against the column it goes into (the limits come from the models, passed in by
  the importer; free text has a generous cap of its own);
* its characters: no control characters (line breaks and tabs only in free text), no
  bidirectional-text controls (they make a value read differently from what it is: the
  "Trojan Source" trick), no byte-order marks, zero-width spaces, noncharacters or lone
  surrogates (a JSON file's "\\ud800").
"""

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter, le

from hmc_desktop.domain.people import split_address

# Cells whose text is prose: line breaks and tabs are part of it.
FREE_TEXT = frozenset({"description", "cancel_reason"})
FREE_TEXT_MAX = 20_000  # characters of prose in one cell (a description of several pages)

_INVISIBLE = "\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff"
_STRICT_BAD = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}\ud800-\udfff]")
_FREE_BAD = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_INVISIBLE}\ud800-\udfff]")


def char_problem(key: str, value: str) -> str | None:
    """Why ``value`` may not be stored in the column ``key``, or None."""
    if value.isascii() and value.isprintable():
        return None  # the common case, quickly
    bad = (_FREE_BAD if key in FREE_TEXT else _STRICT_BAD).search(value)
    if bad is None:
        return None
    ch = bad.group()
    try:
        name = unicodedata.name(ch)
    except ValueError:
        name = "a control character" if ord(ch) < 0xA0 else "not a character"
    return (f"contains U+{ord(ch):04X} ({name.lower()}) at character {bad.start() + 1}, "
            "which no text here may hold")


def length_problem(key: str, value: str, limits: Mapping[str, int]) -> str | None:
    """Why ``value`` is too long for the column ``key``, or None."""
    limit = limits.get(key, FREE_TEXT_MAX if key in FREE_TEXT else None)
    if limit is not None and len(value) > limit:
        return f"{len(value)} characters, but at most {limit} fit"
    return None


@dataclass(frozen=True, slots=True)
class CsvLengths:
    """A CSV file's columns that have a limit, and the limits: compared all at once, in C."""

    cells: Callable[[dict[str, object]], tuple[str, ...]]  # operator.itemgetter of the columns
    most: tuple[int, ...]

    @classmethod
    def of(cls, columns: Iterable[str], limits: Mapping[str, int]) -> "CsvLengths | None":
        # an address longer than a town may be goes to the detailed check (its town)
        pairs = [(c, min(limits.get(c, FREE_TEXT_MAX), limits.get(f"{c}:city", FREE_TEXT_MAX)))
                 for c in columns if c in limits or c in FREE_TEXT]
        if len(pairs) < 2:
            return None  # itemgetter of one key gives no tuple; such a file is small anyway
        return cls(itemgetter(*(c for c, _m in pairs)), tuple(m for _c, m in pairs))


def plain_csv_row(values: dict[str, object], lengths: CsvLengths) -> bool:
    """A CSV row (every value a string) with nothing to refuse in any cell: one look at all
    its text, and its lengths, each in C. False: :func:`cell_problems` finds what."""
    return "".join(values.values()).isprintable() and all(  # type: ignore[arg-type]
        map(le, map(len, lengths.cells(values)), lengths.most))


def cell_problems(cells: list[tuple[str, str]], limits: Mapping[str, int]
                  ) -> list[tuple[str, str]]:
    """(column, reason) for each of a row's text cells that cannot be stored.

    Written for a file of 150,000 rows: one C-level look at all the row's text decides that
    no cell holds a character to refuse (the common case); lengths are then compared.
    """
    found: list[tuple[str, str]] = []
    if not "".join([v for _k, v in cells]).isprintable():  # a control, bidi, NBSP … somewhere
        found.extend((key, p) for key, value in cells if (p := char_problem(key, value)))
    found.extend((key, p) for key, value in cells
                 if len(value) > limits.get(key, FREE_TEXT_MAX)
                 and (p := length_problem(key, value, limits)))
    city_limit = limits.get("user_address:city")
    for key, value in cells:
        if key == "user_address" and city_limit is not None and len(value) > city_limit:
            city = split_address(value)[2]  # (a whole address within the limit: its town too)
            if len(city) > city_limit:
                found.append((key, f"the town '{city[:40]}…' is {len(city)} characters, but at "
                                   f"most {city_limit} fit"))
    return found
