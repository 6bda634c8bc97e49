"""Small text helpers for the documents: escaping, Swedish dates, postal codes, sorting."""

from __future__ import annotations

import re
from datetime import date, datetime
from xml.sax.saxutils import escape

from hmc_desktop.domain.calendar import to_local

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def esc(text: str) -> str:
    """``text`` made safe for a reportlab Paragraph; line breaks are kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def fmt_date(day: date) -> str:
    """ISO date, the Swedish standard form: ``2026-11-23``."""
    return day.isoformat()


def fmt_date_long(day: date) -> str:
    """``måndag 23 november 2026``: independent of the machine's locale."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def fmt_datetime(moment: datetime) -> str:
    """``2026-11-23 10:15`` in Stockholm time (a naive value is taken as Stockholm time)."""
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


def fmt_postal_code(code: str) -> str:
    """Swedish postal codes are written ``411 01``; anything else is left as given."""
    digits = re.sub(r"\s", "", code)
    return f"{digits[:3]} {digits[3:]}" if re.fullmatch(r"\d{5}", digits) else code.strip()


# Swedish alphabetical order: … x y z å ä ö; ü sorts as y, é as e, æ as ä, ø as ö.
_SV_ORDER = str.maketrans(
    {
        "å": "{",
        "ä": "|",
        "æ": "|",
        "ö": "}",
        "ø": "}",
        "ü": "y",
        "é": "e",
        "è": "e",
        "á": "a",
        "à": "a",
    }
)


def swedish_key(text: str) -> tuple[object, ...]:
    """Sort key in Swedish alphabetical order, with numbers compared as numbers
    ("Storgatan 9" before "Storgatan 10")."""
    parts = re.split(r"(\d+)", text.strip().casefold().translate(_SV_ORDER))
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)
