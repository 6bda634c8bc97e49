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
from collections.abc import Mapping

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


def cell_problem(key: str, value: str, limits: Mapping[str, int]) -> str | None:
    """The first reason ``value`` cannot go into the column ``key``, or None."""
    return char_problem(key, value) or length_problem(key, value, limits)
