"""Who a user (brukare) is: one person is one holder, and two people are never merged.

A person is identified by personnummer when one is given; by name and street only when
none is. A father and his son of the same name at the same address are two people, and so
are namesakes: a row that cannot say which one it means is refused with a sentence, never
guessed. Used by every path that finds or adds a user: both import routes and the window.

* personnummer given, and a user has it: that user, unless the names differ (then the
  personnummer or the name is wrong: refused). Address and phone are updates (people move).
* personnummer given, no user has it: the one user of that name and street registered
  *without* a personnummer (first seen without one) becomes this person; none: a new user;
  two or more, or one beside a namesake with another personnummer: refused (ambiguous).
* no personnummer: the one user of that name and street; none: a new user; two or more:
  refused (ambiguous).
"""

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from hmc_desktop.domain.errors import ValidationError

P = TypeVar("P")

_ADDRESS = re.compile(r"^(?P<street>.*?),\s*(?P<postal>\d{3}\s?\d{2})\s+(?P<city>.+)$", re.ASCII)
_SPACES = re.compile(r"\s+")


def clean_name(name: str) -> str:
    """A name as stored: composed characters (NFC), single spaces, no space at the ends."""
    if "  " not in name and name.isprintable() and unicodedata.is_normalized("NFC", name):
        return name.strip()  # already so (nearly every name: checked in C, no copy)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name the same person's name: case and spacing do not count."""
    return clean_name(a).casefold() == clean_name(b).casefold()


def split_address(text: str) -> tuple[str, str, str]:
    """'Storgatan 1, 411 01 Göteborg' → ('Storgatan 1', '411 01', 'Göteborg')."""
    text = clean_name(text)
    m = _ADDRESS.match(text)
    if not m:
        return text, "", ""
    postal = m["postal"].replace(" ", "")
    return m["street"].strip(), f"{postal[:3]} {postal[3:]}", m["city"].strip()


def identify(pnr: str | None, name: str | None, street: str, by_pnr: P | None,
             at_address: Sequence[P], pnr_of: Callable[[P], str | None],
             name_of: Callable[[P], str]) -> P | None:
    """The known person a row means, or None for a new one; :class:`ValidationError` when
    the row's data contradict the register or cannot say which person it means.

    ``by_pnr``: the user with the row's personnummer, if any; ``at_address``: every user
    with the row's name and street. ``pnr_of``/``name_of`` read a user.
    """
    if pnr:
        if by_pnr is not None:
            if name and name_of(by_pnr) and not same_name(name, name_of(by_pnr)):
                raise ValidationError("person_name_conflict", field="user_personnummer")
            return by_pnr
        without = [p for p in at_address if not pnr_of(p)]
        others = len(at_address) - len(without)
        if len(without) == 1 and not others:
            return without[0]
        if without:
            raise ValidationError("person_ambiguous_pnr", field="user_personnummer",
                                  name=name or "", street=street or "–")
        return None
    if len(at_address) > 1:
        raise ValidationError("person_ambiguous", field="user_name", name=name or "",
                              street=street or "–", count=len(at_address))
    return at_address[0] if at_address else None


PersonKey = str | tuple[str, str]  # the personnummer itself, else (name, street)


def person_key(pnr: str | None, name: str | None, street: str) -> PersonKey:
    """Whom a row's user columns speak of, within one file: the personnummer, else name and
    street (the name without case or spacing)."""
    return pnr if pnr else (clean_name(name or "").casefold(), street)


def latest_details(rows: Iterable[tuple[PersonKey, datetime, str | None, str | None]]
                   ) -> dict[PersonKey, tuple[str | None, str | None]]:
    """Per person, the address and phone of their newest row: ``rows`` are (key, registered,
    address, phone) in file order; of equal times the later row counts as newer.

    A file may list a user's old orders with the old address and new ones with the new: the
    newest is applied as the person's current data, once per file, never flipped from row to
    row (and a second import of the same file changes nothing). An empty value says
    nothing: an older row's value stands.
    """
    best: dict[PersonKey, list[Any]] = {}  # key → [newest time, address, phone]
    for key, when, address, phone in rows:
        found = best.get(key)
        if found is None:
            best[key] = [when, address, phone]
        elif found[1] == address and found[2] == phone:  # the same again: nearly every row
            if when > found[0]:
                found[0] = when
        elif when >= found[0]:
            found[:] = [when, address or found[1], phone or found[2]]
        else:
            found[1], found[2] = found[1] or address, found[2] or phone
    return {k: (v[1], v[2]) for k, v in best.items()}
