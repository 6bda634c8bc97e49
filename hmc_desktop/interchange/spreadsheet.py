"""CSV files that people open in Excel: no cell may start a formula (OWASP CSV injection).

Free text from orders, users and files (a description "=HYPERLINK(…)", a name "+46 …")
would be run as a formula when the finance office or a manufacturer opens the file. Text
cells that begin with one of the formula characters are written with a leading apostrophe,
which spreadsheets show as text; numbers we formatted ourselves are written as they are.
"""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

# = + - @ and the characters Excel skips before them (tab, carriage return, line feed),
# and their full-width forms, which some spreadsheet programs also take as formulas
FORMULA_START = frozenset("=+-@\t\r\n＝＋－＠")

Cell = str | int | float | Decimal | date | datetime | None


def safe_cell(value: Cell) -> str:
    """The cell's text, neutralised when it is text that would start a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text[:1] in FORMULA_START else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]], delimiter: str = ";") -> str:
    """A whole CSV file (header first), every cell through :func:`safe_cell`."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return buf.getvalue()
