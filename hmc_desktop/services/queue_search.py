"""The queue's search: the ids of the orders a typed text finds, through indexed lookups.

Order and individual numbers are matched by key range, names through the small name
tables' id lists; never a ``LIKE '%…%'`` over the joined order rows.
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, false, or_, select, union

from hmc_desktop.db import tables

# Core tables, not mapped classes: see services/queue.py (no ORM before the first rows).
W, D, A = tables.work_orders.c, tables.devices.c, tables.articles.c
H, ORD = tables.holders.c, tables.orderers.c
MIN_SEARCH = 2  # a single character would match nearly every order


def search_ids(text: str, backend: str) -> Select[Any] | CompoundSelect[Any] | None:
    """Ids of the orders ``text`` finds, or None for no search (module docstring)."""
    words = text.split()[:6]
    if len("".join(words)) < MIN_SEARCH:
        return None
    pg = backend == "postgresql"
    branches: list[Select[Any]] = []
    if len(words) == 1 and any(ch.isdigit() for ch in words[0]):
        for variant in dict.fromkeys((words[0], words[0].upper())):
            lo, hi = prefix_range(variant)
            devices = select(D.id).where(D.individual_no >= lo, D.individual_no < hi)
            branches += [select(W.id).where(W.order_no >= lo, W.order_no < hi),
                         select(W.id).where(W.device_id.in_(devices))]
    else:  # people's names hold no digits: the big name table is scanned only for words
        holders = select(H.id).where(*_all_words(H.name, words, pg))
        orderers = select(ORD.id).where(*_all_words(ORD.name, words, pg))
        branches += [select(W.id).where(W.holder_id.in_(holders)),
                     select(W.id).where(W.orderer_id.in_(orderers))]
    articles = select(A.id).where(*_all_words(A.name, words, pg))
    devices = select(D.id).where(D.article_id.in_(articles))
    branches.append(select(W.id).where(W.device_id.in_(devices)))
    return union(*branches)


def _all_words(column: Any, words: Sequence[str], pg: bool) -> list[ColumnElement[bool]]:
    return [name_like(column, w, pg) for w in words]


def name_like(column: Any, word: str, pg: bool) -> ColumnElement[bool]:
    """Case-insensitive 'contains' on a name: ASCII by the database, å/ä/ö/é by variants."""
    pats = [f"%{escape_like(v)}%" for v in case_variants(word)]
    return or_(*(column.ilike(p, escape="\\") if pg else column.like(p, escape="\\")
                 for p in pats)) if pats else false()


def prefix_range(prefix: str) -> tuple[str, str]:
    """[lo, hi) covering every string that starts with ``prefix`` (an index range, any backend)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def case_variants(word: str) -> list[str]:
    """The spellings to look for: as typed in lower case, and with each name part capitalised.

    The databases fold ASCII case themselves, but SQLite's LIKE does not fold å/Å, ä/Ä,
    ö/Ö, é/É. Names are stored capitalised, so such a letter is upper case only where a
    name part starts ("Åsa", "Karl-Åke", "Öberg"): two patterns cover what people type.
    """
    low = word.lower()
    title = "".join(p[:1].upper() + p[1:] for p in re.split(r"([-\s])", low))
    folded_anyway = all(a.isascii() or a == b for a, b in zip(low, title, strict=True))
    return [low] if folded_anyway else [low, title]
