"""Swedish personal identity numbers: format, date and Luhn check digit."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from hmc_desktop.domain.errors import ValidationError

# ASCII digits only: \d would also take full-width and other scripts' digits, and
# '１９１２…' stored as given would be a second identity of the same person.
_PATTERN = re.compile(r"^(\d{2})?(\d{2})(\d{2})(\d{2})([-+])(\d{3})(\d)$", re.ASCII)


@dataclass(frozen=True, slots=True)
class Personnummer:
    """A validated personnummer, normalised to ``YYYYMMDD-NNNN``."""

    value: str

    @property
    def masked(self) -> str:
        """What a list may show: the birth date, never the last four digits."""
        return self.value[:8] + "-****"

    def __str__(self) -> str:
        return self.value


def luhn_ok(digits: str) -> bool:
    """The Luhn check over the ten digits YYMMDDNNNC."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def parse_personnummer(text: str, today: date | None = None) -> Personnummer:
    """Validate ``YYYYMMDD-NNNN`` or ``YYMMDD-NNNN``; a samordningsnummer (day + 60) is accepted.

    Full-width digits and dashes (typed with an East Asian input method, pasted from a
    PDF) are read as the ASCII ones (NFKC), so one person has one normalised number.
    """
    raw = text.strip()
    m = _PATTERN.match(unicodedata.normalize("NFKC", raw).replace("\u2010", "-")
                       .replace("\u2011", "-").replace("\u2212", "-"))
    if not m:
        raise ValidationError("personnummer_format", field="user_personnummer", value=raw)
    century, yy, mm, dd, sep, serial, check = m.groups()
    today = today or date.today()
    if century is None:
        year = 2000 + int(yy)
        if year > today.year:
            year -= 100
        if sep == "+":  # '+' marks a person aged 100 or more
            year -= 100
        century = str(year // 100)
    day = int(dd) - 60 if int(dd) > 60 else int(dd)
    try:
        date(int(century + yy), int(mm), day)
    except ValueError:
        raise ValidationError("personnummer_date", field="user_personnummer", value=raw) from None
    if not luhn_ok(yy + mm + dd + serial + check):
        raise ValidationError("personnummer_check", field="user_personnummer", value=raw)
    return Personnummer(f"{century}{yy}{mm}{dd}-{serial}{check}")


def check_digit(nine_digits: str) -> str:
    """The Luhn digit that completes YYMMDDNNN (used by the demo generator)."""
    total = 0
    for i, ch in enumerate(nine_digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)
