"""Reading an import file into raw rows: format, encoding, separator and kind detection.

* JSON when the first non-whitespace byte (after an optional UTF-8 BOM) is ``[``
  (or ``{``, so that a lone object gets a clear error rather than a CSV one);
  otherwise CSV.
* Encoding: UTF-8 with BOM, UTF-8, else Windows-1252 (Swedish Excel exports).
* CSV separator: whichever of ``;`` and ``,`` occurs more often outside quotes in
  the header line (``;`` on a tie).
* Kind: a header with ``order_no`` is work orders; one with ``individual_no`` and
  ``article_no`` but no ``order_no`` is devices.

Line numbers: for CSV, the physical line in the file where the row starts (the
header is usually line 1); entirely blank lines, and lines whose every cell is
empty (``;;;`` from Excel), are skipped. For JSON, the "line" is the object's
1-based position in the list.

A file that cannot be read at all raises :class:`InterchangeError`. A row that
cannot be split into cells (wrong number of CSV fields, a JSON element that is
not an object) becomes a :class:`RowError` in :attr:`SourceFile.problems`, so the
rest of the file can still be imported.
"""

import csv
import gc
import io
import json
import math
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from hmc_desktop.interchange.columns import (
    DEVICE_COLUMNS,
    DEVICE_REQUIRED,
    ORDER_COLUMNS,
    ORDER_REQUIRED,
)
from hmc_desktop.interchange.csv_rows import csv_rows
from hmc_desktop.interchange.encoding import EncodingProblem, decode
from hmc_desktop.interchange.errors import InterchangeError, RawRow, RowError
from hmc_desktop.interchange.values import OutOfRange

__all__ = ["InterchangeError", "RawRow", "RowError", "SourceFile", "paused_gc", "read_source"]

Kind = Literal["orders", "devices"]

_FIRST_LINE = re.compile(r"[^\r\n]*")
_NON_SPACE = re.compile(r"\S")


@dataclass(slots=True)
class SourceFile:
    """A whole import file, read but not yet validated."""

    path: Path
    kind: Kind
    columns: list[str]  # header keys (JSON: every key seen, first-seen order), stripped, lowercase
    rows: list[RawRow]
    name: str = ""  # the file name for messages, as given on the command line
    format: Literal["csv", "json"] = "csv"
    encoding: str = "utf-8"
    separator: str | None = None  # CSV only
    problems: list[RowError] = field(default_factory=list)  # rows that could not be read
    unknown_columns: list[str] = field(default_factory=list)  # ignored; worth one warning


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Reading 150,000 rows creates millions of dicts and strings; each would-be
    collection re-scans them all, which costs about a fifth of the time. Nothing
    built here forms cycles, and collection resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_source(path: Path | str, name: str | None = None) -> SourceFile:
    """Read ``path`` as an order or device file; ``name`` (default: ``str(path)``) is used in messages.

    Raises :class:`InterchangeError` when the file cannot be read at all: missing,
    undecodable, not JSON, not a list of objects, no recognisable header, or a
    required column missing.
    """
    path = Path(path)
    name = str(path) if name is None else name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InterchangeError(name, "no such file") from None
    except IsADirectoryError:
        raise InterchangeError(name, "is a folder, not a file") from None
    except PermissionError:
        raise InterchangeError(name, "permission denied") from None
    except OSError as err:
        raise InterchangeError(name, f"cannot be read ({err.strerror or err})") from None
    text, encoding = _decode(data, name)
    first = _NON_SPACE.search(text)  # (not text.lstrip(): that would copy a large file)
    if first is None:
        raise InterchangeError(name, "the file is empty")
    is_json = first.group() in ("[", "{")
    with paused_gc():
        if is_json:
            source = _read_json(text, path, name)
        else:
            source = _read_csv(text, path, name, first.start())
    source.encoding = encoding
    return source


def _key(name: str) -> str:
    """A column name as the rows' keys: stripped, lowercase, and interned.

    Interned, because validation passes a row's values to a constructor by keyword,
    and Python matches a keyword to its parameter by identity before it falls back to
    comparing strings: 27 columns, 150,000 rows (a third of the validation time).
    """
    return sys.intern(name.strip().lower())


def _decode(data: bytes, name: str) -> tuple[str, str]:
    try:
        return decode(data)
    except EncodingProblem as problem:
        raise InterchangeError(name, str(problem)) from None


def _detect_kind(columns: list[str], name: str, what: str) -> Kind:
    present = set(columns)
    if "order_no" in present:
        kind: Kind = "orders"
        required = ORDER_REQUIRED
    elif "individual_no" in present and "article_no" in present:
        kind = "devices"
        required = DEVICE_REQUIRED
    else:
        raise InterchangeError(
            name,
            f"the {what} has neither order_no (work orders) nor individual_no and "
            "article_no (devices)",
        )
    missing = [c for c in required if c not in present]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        listed = ", ".join(f"'{c}'" for c in missing)
        raise InterchangeError(name, f"missing required column{plural} {listed}")
    return kind


def _unknown(kind: Kind, columns: list[str]) -> list[str]:
    known = ORDER_COLUMNS if kind == "orders" else DEVICE_COLUMNS
    return [c for c in columns if c not in known]


def _read_json(text: str, path: Path, name: str) -> SourceFile:
    try:
        data = json.loads(text, parse_int=_json_int, parse_float=_json_float,
                          parse_constant=_json_constant)
    except json.JSONDecodeError as err:
        raise InterchangeError(name, f"not valid JSON: {err}") from None
    except _NotJson as err:
        raise InterchangeError(name, f"not valid JSON: {err}") from None
    except RecursionError:
        raise InterchangeError(name, "not an import file: its JSON is nested thousands of "
                                     "levels deep (a list of flat objects is expected)") from None
    if not isinstance(data, list):
        raise InterchangeError(name, "a JSON import must be a list of objects")
    if not data:
        raise InterchangeError(name, "the JSON list is empty, so it is neither orders nor devices")
    rows: list[RawRow] = []
    problems: list[RowError] = []
    seen: dict[str, None] = {}
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            got = "a list" if isinstance(item, list) else json.dumps(item, ensure_ascii=False)[:40]
            problems.append(RowError(index, "row", f"expected an object, got {got}"))
            continue
        values = {_key(str(k)): v for k, v in item.items()}
        for key in values:
            if key not in seen:
                seen[key] = None
        rows.append(RawRow(index, values))
    columns = list(seen)
    kind = _detect_kind(columns, name, "JSON (no object)")
    return SourceFile(path, kind, columns, rows, name=name, format="json",
                      problems=problems, unknown_columns=_unknown(kind, columns))  # fmt: skip


class _NotJson(ValueError):
    """A constant standard JSON does not have (NaN, Infinity)."""


def _json_constant(text: str) -> object:
    raise _NotJson(f"{text} is not a number in JSON (RFC 8259); write the value or leave it out")


def _json_int(text: str) -> object:
    """A JSON integer; one too long for any column stays text for validation to refuse.

    (Python refuses to convert more than 4,300 digits, and a column holds at most 18.)
    """
    return int(text) if len(text) <= 30 else OutOfRange(text)


def _json_float(text: str) -> object:
    value = float(text)
    return value if math.isfinite(value) else OutOfRange(text)  # 1e400: infinity


def _separator(header_line: str) -> str:
    counts = {";": 0, ",": 0}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return "," if counts[","] > counts[";"] else ";"


def _read_csv(text: str, path: Path, name: str, start: int) -> SourceFile:
    header_line = _FIRST_LINE.match(text, start)
    sep = _separator(header_line.group() if header_line else "")
    lines = list(io.StringIO(text, newline=""))
    header, first = None, 0
    for first, line in enumerate(lines, start=1):
        if line.strip():
            try:
                header = next(csv.reader([line], delimiter=sep, quotechar='"', strict=True))
            except csv.Error as err:
                raise InterchangeError(name, f"line {first}: the header is not readable as "
                                             f"CSV ({err})") from None
            break
    if header is None:
        raise InterchangeError(name, "the file has no header line")
    columns = [_key(c) for c in header]
    # A trailing separator on every line gives nameless last columns: drop them.
    while columns and not columns[-1]:
        columns.pop()
    _check_header(columns, name)
    kind = _detect_kind(columns, name, "header")
    rows, problems = csv_rows(lines, first, sep, columns)
    return SourceFile(path, kind, columns, rows, name=name, format="csv", separator=sep,
                      problems=problems, unknown_columns=_unknown(kind, columns))  # fmt: skip


def _check_header(columns: list[str], name: str) -> None:
    seen: set[str] = set()
    for number, column in enumerate(columns, start=1):
        if not column:
            raise InterchangeError(name, f"column {number} of the header has no name")
        if column in seen:
            raise InterchangeError(name, f"the column '{column}' appears twice in the header")
        seen.add(column)
