"""Text helpers of the documents: Swedish dates, postal codes and alphabetical order."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hmc_desktop.documents.text import (
    esc,
    fmt_date_long,
    fmt_datetime,
    fmt_postal_code,
    swedish_key,
)


def test_long_date_is_swedish_whatever_the_locale() -> None:
    assert fmt_date_long(date(2026, 11, 23)) == "måndag 23 november 2026"
    assert fmt_date_long(date(2026, 6, 19)) == "fredag 19 juni 2026"


def test_datetimes_are_shown_in_stockholm_time() -> None:
    assert fmt_datetime(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)) == "2026-07-01 12:00"
    assert fmt_datetime(datetime(2026, 1, 1, 10, 0, tzinfo=UTC)) == "2026-01-01 11:00"
    assert fmt_datetime(datetime(2026, 1, 1, 10, 0)) == "2026-01-01 10:00"


def test_postal_codes() -> None:
    assert fmt_postal_code("41101") == "411 01"
    assert fmt_postal_code(" 411 01 ") == "411 01"
    assert fmt_postal_code("DK-2100") == "DK-2100"


def test_swedish_alphabetical_order_with_numbers() -> None:
    words = ["Östra", "Zeta", "Ängen", "Åvägen", "Ava", "Storgatan 10", "Storgatan 9"]
    assert sorted(words, key=swedish_key) == [
        "Ava",
        "Storgatan 9",
        "Storgatan 10",
        "Zeta",
        "Åvägen",
        "Ängen",
        "Östra",
    ]


def test_escape_keeps_line_breaks() -> None:
    assert esc("a < b & c\nd") == "a &lt; b &amp; c<br/>d"
