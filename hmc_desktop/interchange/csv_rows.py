"""Splitting a CSV file's lines into rows, so that one broken row costs only itself.

Line numbers are the physical lines where rows start (the header is usually line 1).
Entirely blank lines, and lines whose every cell is empty (``;;;`` from Excel), are skipped.
A row is rejected, with a reason, and the reading goes on at the next line when

* it has more or fewer fields than the header (trailing separators are tolerated);
* a quote opens in it and is never closed: the csv module would read the rest of the file
  into that one field ("0 rejected", and every row after it lost);
* a quoted field runs over line breaks and swallows lines that look like rows of their own
  (as many separators as the header): the same unclosed quote, closed by a later row;
* it is not readable as CSV at all (text after a closing quote, a field over the limit).
"""

import csv
from collections.abc import Iterator

from hmc_desktop.interchange.errors import RawRow, RowError

FIELD_LIMIT = 1_000_000  # characters in one cell: far past any description, short of a whole file


def csv_rows(lines: list[str], header_line: int, sep: str,
             columns: list[str]) -> tuple[list[RawRow], list[RowError]]:
    """The rows after the header (``header_line``: 1-based) and the problems of broken ones."""
    rows: list[RawRow] = []
    problems: list[RowError] = []
    width = len(columns)
    strip = str.strip
    csv.field_size_limit(FIELD_LIMIT)
    for line, fields in _records(lines, header_line, sep, width, problems):
        if len(fields) != width:
            if not "".join(fields).strip():
                continue  # a blank line
            if len(fields) > width and not "".join(fields[width:]).strip():
                fields = fields[:width]  # trailing separators only
            else:
                reason = f"the row has {len(fields)} fields but the header has {width}"
                if len(fields) > width:
                    reason += " (an unquoted separator in a value?)"
                problems.append(RowError(line, "row", reason))
                continue
        cells = list(map(strip, fields))
        if not any(cells):
            continue  # every cell empty (";;;;")
        # strict=False: the widths are equal here, and strict=True costs a third of the dict.
        rows.append(RawRow(line, dict(zip(columns, cells, strict=False))))
    return rows, problems


def _records(lines: list[str], header_line: int, sep: str, width: int,
             problems: list[RowError]) -> Iterator[tuple[int, list[str]]]:
    """(first line, fields) of each record; a broken record is a problem, and reading starts
    again on the line after its first."""
    start = header_line  # 0-based index of the next unread line
    while start < len(lines):
        reader = csv.reader(iter(lines[start:]) if start else iter(lines), delimiter=sep,
                            quotechar='"', strict=True)
        consumed = 0
        try:
            for fields in reader:
                first = start + consumed  # 0-based
                span = reader.line_num - consumed
                consumed = reader.line_num
                if span > 1 and width > 2 and _swallows(lines, first, span, sep, width):
                    problems.append(RowError(first + 1, "row", _unclosed(first + 1 + span - 1)))
                    start = first + 1
                    break
                yield first + 1, fields
            else:
                return
        except csv.Error as err:
            first = start + consumed
            span = reader.line_num - consumed  # the lines this broken record took
            if "unexpected end of data" in str(err):
                reason = _unclosed(None)
            elif span > 1:  # a quote ran over line breaks, then closed in the wrong place
                reason = _unclosed(first + span)
            else:
                reason = f"not readable as CSV ({err})"
            problems.append(RowError(first + 1, "row", reason))
            start = first + 1


def _swallows(lines: list[str], first: int, span: int, sep: str, width: int) -> bool:
    """Whether a record spread over ``span`` lines took in lines that look like rows."""
    return any(lines[i].count(sep) >= width - 1 for i in range(first + 1, first + span))


def _unclosed(closed_on: int | None) -> str:
    where = "never closed" if closed_on is None else f"not closed before line {closed_on}"
    return (f"a quote opened in this row is {where}, so the lines after it were read into one "
            "value; the row is left out and the next line read on its own")
