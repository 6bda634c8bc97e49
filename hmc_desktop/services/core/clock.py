"""The program's 'now': the real clock, or a fixed moment given by --as-of (local time)."""

from dataclasses import dataclass
from datetime import datetime

from hmc_desktop.domain.calendar import TZ, to_local


@dataclass(frozen=True, slots=True)
class Clock:
    as_of: datetime | None = None

    def now(self) -> datetime:
        """The current moment, aware, in Stockholm time."""
        return to_local(self.as_of) if self.as_of is not None else datetime.now(TZ)

    @classmethod
    def parse(cls, text: str | None) -> "Clock":
        """From 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DDTHH:MM' (local time); the real clock for None."""
        if not text:
            return cls()
        return cls(parse_minute(text).replace(tzinfo=TZ))


def parse_minute(text: str) -> datetime:
    """A naive local minute from 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DDTHH:MM' (CONTRACT: both).

    Raises ValueError for anything else.
    """
    s = text.strip()
    if len(s) > 10 and s[10] == "T":
        s = f"{s[:10]} {s[11:]}"
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def fmt_minute(moment: datetime | None) -> str | None:
    """An instant as local 'YYYY-MM-DDTHH:MM' (the contract's time format), or None."""
    if moment is None:
        return None
    return to_local(moment).strftime("%Y-%m-%dT%H:%M")
