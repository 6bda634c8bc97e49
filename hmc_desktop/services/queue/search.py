"""The queue's search: the ids of the orders a typed text finds, through the search index.

What a text finds, the same on SQLite and PostgreSQL:

* **Words of three characters or more** are looked up in the trigram index
  (:mod:`hmc_desktop.db.search_index`, migration 0008): an order is found when one of its
  fields contains every word — its order number, its device's individual number, its
  article's number or name, its orderer's name or its user's name. Any case: "åsa" finds
  "Åsa" and "ÖBERG" finds "Öberg"; å, ä and ö are letters of their own, not a and o.
  Shorter words beside them narrow within the same field ("anna b").
* **Only one- and two-character words** (the first keystrokes, "AO", "Bo"): a trigram
  needs three characters, so the text finds what *starts* with it — order numbers,
  individual numbers, users' and orderers' names (as stored: first name first) — by index
  range, at most :data:`SHORT_LIMIT` orders from each: a bounded look that costs a few
  milliseconds at any size.

Never a ``LIKE '%…%'`` over a big table: every branch starts from an index.
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    TableClause,
    false,
    or_,
    select,
    union,
)

from hmc_desktop.db import tables
from hmc_desktop.db.search_index import TRIGRAM, fts_name, fts_table

# Core tables, not mapped classes: see services/queue/queries.py (no ORM before the first rows).
W, D = tables.work_orders.c, tables.devices.c
MAX_WORDS = 6
SHORT_LIMIT = 500  # orders per kind for a 1–2 character text: enough to scroll, never a scan
_BASES: dict[str, TableClause] = {"work_orders": tables.work_orders, "devices": tables.devices,
                                  "articles": tables.articles, "holders": tables.holders,
                                  "orderers": tables.orderers}


def search_ids(conn: Connection, text: str) -> Select[Any] | CompoundSelect[Any] | None:
    """Ids of the orders ``text`` finds (module docstring); None when it is blank.

    The articles it names are looked up first, on ``conn``: the catalogue is small, and
    with their ids in hand PostgreSQL's planner knows how many devices follow (a guess of
    "one article" would have it read every order to join tens of thousands of devices).
    """
    words = text.split()[:MAX_WORDS]
    if not words:
        return None
    pg = conn.dialect.name == "postgresql"
    if all(len(w) < TRIGRAM for w in words):
        return _starting_with(" ".join(words))

    def found(base: str, col: str) -> Select[Any]:
        return _containing(base, col, words, pg)

    branches = [
        found("work_orders", "order_no"),
        select(W.id).where(W.device_id.in_(found("devices", "individual_no"))),
        select(W.id).where(W.holder_id.in_(found("holders", "name"))),
        select(W.id).where(W.orderer_id.in_(found("orderers", "name"))),
    ]
    articles = list(conn.scalars(union(found("articles", "article_no"), found("articles", "name"))))
    if articles:
        devices = select(D.id).where(D.article_id.in_(articles))
        branches.append(select(W.id).where(W.device_id.in_(devices)))
    return union(*branches)


def _containing(base: str, col: str, words: Sequence[str], pg: bool) -> Select[Any]:
    """Ids of ``base`` rows whose ``col`` contains every word (at least one has 3+ characters)."""
    target = _BASES[base].c[col]
    if pg:  # the GIN trigram index answers ILIKE; a 1–2 letter word is only checked (`|| ''`)
        return select(_BASES[base].c.id).where(
            *((target if len(w) >= TRIGRAM else target + "").ilike(
                f"%{escape_like(w)}%", escape="\\") for w in words))
    fts = fts_table(base)
    phrases = " ".join('"' + w.replace('"', '""') + '"' for w in words if len(w) >= TRIGRAM)
    ids = select(fts.c.rowid.label("id")).where(fts.c[fts_name(base)].op("MATCH")(f"{{{col}}} : ({phrases})"))
    short = [w for w in words if len(w) < TRIGRAM]
    if not short:
        return ids
    # trigrams cannot hold a 1–2 letter word: checked on the rows the long words found
    return select(_BASES[base].c.id).where(
        _BASES[base].c.id.in_(ids), *(name_like(target, w, pg) for w in short))


def _starting_with(prefix: str) -> CompoundSelect[Any]:
    """Orders whose number, individual number, user's or orderer's name starts with ``prefix``."""
    def first(base: str, col: str) -> CompoundSelect[Any]:
        target, ids = _BASES[base].c[col], _BASES[base].c.id
        heads = []
        for variant in spellings(prefix):  # one index range each, cut off in index order
            lo, hi = prefix_range(variant)
            # by the column's collation: under a linguistic one (PostgreSQL sv_SE) the range
            # may also hold the accented neighbours of the prefix; cut off all the same
            sub = (select(ids).where(target >= lo, target < hi).order_by(target)
                   .limit(SHORT_LIMIT).subquery())
            heads.append(select(sub.c.id))
        return union(*heads)

    def capped(orders: Select[Any]) -> Select[Any]:  # an orderer alone may have thousands
        return select(orders.limit(SHORT_LIMIT).subquery().c.id)

    return union(  # SQLite takes no compound directly inside a compound: each under an IN
        capped(select(W.id).where(W.id.in_(first("work_orders", "order_no")))),
        capped(select(W.id).where(W.device_id.in_(first("devices", "individual_no")))),
        capped(select(W.id).where(W.holder_id.in_(first("holders", "name")))),
        capped(select(W.id).where(W.orderer_id.in_(first("orderers", "name")))),
    )


def spellings(text: str) -> list[str]:
    """The ways a prefix may be stored: as typed, upper case (numbers), capitalised (names)."""
    low = text.lower()
    capitalised = "".join(p[:1].upper() + p[1:] for p in re.split(r"([-\s])", low))
    return list(dict.fromkeys((text, text.upper(), capitalised, low)))


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
