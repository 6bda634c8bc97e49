"""Converters from one raw cell (a CSV string or a JSON value) to a typed value.

Each converter returns the value (``None`` for an empty cell) or raises
:class:`BadValue` with a short lowercase reason. CSV cells are already stripped
strings; JSON values may be anything ``json`` produces, so every converter checks
the type first. The string case comes first because it is by far the common one.
"""

import json
import re
from datetime import date, datetime

from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.recon import MAX_LIFETIME_YEARS
from hmc_desktop.domain.types import AttachmentKind, DeviceStatus
from hmc_desktop.domain.wallclock import EARLIEST_YEAR, LATEST_YEAR, check_day, skipped, stockholm

TIMESTAMP_FORMAT = "YYYY-MM-DD HH:MM"
DATE_FORMAT = "YYYY-MM-DD"

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", re.ASCII)  # CONTRACT: both
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

_BOOLEANS: dict[str, bool] = {
    "ja": True, "nej": False, "true": True, "false": False,
    "1": True, "0": False, "yes": True, "no": False,
}  # fmt: skip
_BOOLEAN_HELP = "expected ja/nej, true/false or 1/0"

_ATTACHMENT_KINDS: dict[str, AttachmentKind] = {k.value: k for k in AttachmentKind}
_DEVICE_STATUSES: dict[str, DeviceStatus] = {s.value: s for s in DeviceStatus}

_SHOW_MAX = 60


class OutOfRange(str):
    """A JSON number no column can hold (thousands of digits, 1e400): kept as its text so
    that the row it is in is refused with a reason, not the whole file."""

    def describe(self) -> str:
        digits = len(self.lstrip("-"))
        return f"a number of {digits} characters" if digits > 20 else f"the number {self}"


class BadValue(Exception):
    """A cell that cannot be converted; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def show(value: object) -> str:
    """A cell as it appears in an error: strings quoted, JSON values as JSON, long ones cut."""
    if isinstance(value, OutOfRange):
        return value.describe()
    if isinstance(value, list | dict):
        return _describe(value)
    text = f"'{value}'" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(text) > _SHOW_MAX:
        text = text[: _SHOW_MAX - 1] + "…"
    return text


def _describe(value: object) -> str:
    if isinstance(value, OutOfRange):
        return value.describe()
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return show(value)


def text(value: object) -> str | None:
    """Free text; empty → None. JSON numbers are taken as their text ("order_no": 123)."""
    if type(value) is str:
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise BadValue(f"expected text, got {_describe(value)}")


def boolean(value: object) -> bool | None:
    """ja/nej, true/false, 1/0, yes/no in any case (JSON: true/false/1/0); empty → None."""
    if type(value) is str:
        s = value.strip()
        if not s:
            return None
        try:
            return _BOOLEANS[s.lower()]
        except KeyError:
            raise BadValue(f"{_BOOLEAN_HELP}, got {show(value)}") from None
    if value is None or type(value) is bool:
        return value
    if type(value) is int and value in (0, 1):
        return bool(value)
    raise BadValue(f"{_BOOLEAN_HELP}, got {_describe(value)}")


def timestamp(value: object) -> datetime | None:
    """``YYYY-MM-DD HH:MM`` or ``YYYY-MM-DDTHH:MM``, naive Stockholm wall time; empty → None."""
    if value is None:
        return None
    if type(value) is not str:
        raise BadValue(f"expected {TIMESTAMP_FORMAT}, got {_describe(value)}")
    s = value.strip()
    if not s:
        return None
    if _TIMESTAMP.fullmatch(s) is None:
        raise BadValue(f"expected {TIMESTAMP_FORMAT}, got {show(s)}")
    try:
        moment = datetime.fromisoformat(s)
    except ValueError:
        pass
    else:
        if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR or skipped(moment):
            try:
                stockholm(moment)
            except ValidationError as err:
                raise BadValue(str(err)) from None
        return moment
    # Well-formed digits, impossible value: say which kind of impossible.
    month, hour, minute = int(s[5:7]), int(s[11:13]), int(s[14:16])
    if not 1 <= month <= 12 or hour > 23 or minute > 59:
        raise BadValue(f"expected {TIMESTAMP_FORMAT}, got {show(s)}") from None
    raise BadValue(f"no such date: {show(s)}") from None


def day(value: object) -> date | None:
    """``YYYY-MM-DD``; empty → None."""
    if value is None:
        return None
    if type(value) is not str:
        raise BadValue(f"expected {DATE_FORMAT}, got {_describe(value)}")
    s = value.strip()
    if not s:
        return None
    if _DATE.fullmatch(s) is None:
        raise BadValue(f"expected {DATE_FORMAT}, got {show(s)}")
    try:
        day = date.fromisoformat(s)
    except ValueError:
        pass
    else:
        try:
            return check_day(day)
        except ValidationError as err:
            raise BadValue(str(err)) from None
    if not 1 <= int(s[5:7]) <= 12:
        raise BadValue(f"expected {DATE_FORMAT}, got {show(s)}") from None
    raise BadValue(f"no such date: {show(s)}") from None


def whole_number(value: object, most: int = 2**31 - 1) -> int | None:
    """A whole number from 0 to ``most`` ("5" or JSON 5); empty → None.

    An integer column holds at most 2³¹ − 1 on PostgreSQL; SQLite would take more, so the
    limit is checked here, the same for both."""
    number: int | None = None
    if type(value) is int:
        number = value
    elif value is None:
        return None
    elif type(value) is str:
        s = value.strip()
        if not s:
            return None
        if s.isascii() and s.isdigit() and len(s) <= 12:
            number = int(s)
        elif s.isascii() and s.isdigit():
            raise BadValue(f"expected a whole number from 0 to {most}, got {len(s)} digits")
    if number is not None and 0 <= number <= most:
        return number
    if number is not None:
        raise BadValue(f"expected a whole number from 0 to {most}, got {number}")
    raise BadValue(f"expected a whole number ≥ 0, got {_describe(value)}")


def lifetime(value: object) -> int | None:
    """An expected lifetime in whole years (D1), at most :data:`MAX_LIFETIME_YEARS`."""
    return whole_number(value, MAX_LIFETIME_YEARS)


def name_list(value: object) -> tuple[str, ...]:
    """``a.pdf|b.pdf`` → ('a.pdf', 'b.pdf'): split on '|', stripped, empties dropped.

    A JSON list of strings is accepted too.
    """
    if type(value) is str:
        parts: list[object] = list(value.split("|"))
    elif value is None:
        return ()
    elif isinstance(value, list):
        parts = value
    else:
        raise BadValue(f"expected names separated by '|', got {_describe(value)}")
    names: list[str] = []
    for part in parts:
        if type(part) is not str:
            raise BadValue(f"expected names separated by '|', got {_describe(value)}")
        name = part.strip()
        if name:
            names.append(name)
    return tuple(names)


def attachment_kind(name: str) -> AttachmentKind:
    """One attachment kind (W6), case-insensitive."""
    try:
        return _ATTACHMENT_KINDS[name.lower()]
    except KeyError:
        valid = "|".join(_ATTACHMENT_KINDS)
        raise BadValue(f"unknown attachment kind {show(name)} (valid: {valid})") from None


def device_status(value: object) -> DeviceStatus | None:
    """One of the D2 statuses, case-insensitive; empty → None."""
    s = text(value)
    if s is None:
        return None
    try:
        return _DEVICE_STATUSES[s.lower()]
    except KeyError:
        valid = ", ".join(_DEVICE_STATUSES)
        raise BadValue(f"unknown device status {show(s)} (valid: {valid})") from None
