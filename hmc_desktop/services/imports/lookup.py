"""Finding or creating the things an imported row refers to: articles, devices, holders, orderers.

Users are found by the rules of :mod:`hmc_desktop.domain.people` (personnummer first;
two people are never merged); ``split_address`` is re-exported from there.

Each lookup is cached for the file, so a 150,000-row import asks the database once
per distinct value, not once per row.
"""

import json
from collections.abc import Iterable
from datetime import datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Select, Text, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from hmc_desktop.db.bulk import Ids, take_write_lock
from hmc_desktop.db.bulk import chunked as chunked
from hmc_desktop.db.models import Article, Device, Holder, Orderer
from hmc_desktop.domain.people import (
    PersonKey,
    clean_name,
    identify,
    latest_details,
    person_key,
    split_address,
)
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.audit import record, set_and_record


def holder_changes(name: str | None, address: str | None, parts: tuple[str, str, str],
                   phone: str | None, pnr: str | None, known: tuple[str, str | None]
                   ) -> dict[str, Any]:
    """What a row sets on the user it found (``known``: their stored name and personnummer):
    the address (``parts``: it split) and phone it carries; the name only where none is
    stored (a name that differs only in case or spacing is the same name, and a different
    one never reaches here: domain.people refuses it); the personnummer only where none is
    stored — one is never replaced."""
    changes: dict[str, Any] = {}
    known_name, known_pnr = known
    if name and not known_name:
        changes["name"] = name
    if address:
        street, postal, city = parts
        changes.update(street=street, postal_code=postal, city=city)
    if phone:
        changes["phone"] = phone
    if pnr and known_pnr is None:
        changes["personnummer"] = pnr
    return changes


def people_details(rows: Iterable[Any]) -> dict[PersonKey, tuple[str | None, str | None]]:
    """Per person of an orders file, the address and phone of their newest row (both routes)."""
    streets: dict[str, str] = {}  # address → its street: a user's address recurs on each order

    def facts(r: Any) -> tuple[PersonKey, datetime, str | None, str | None]:
        if r.user_personnummer:  # the person is the number: no address to split
            return r.user_personnummer, r.registered, r.user_address, r.user_phone
        street = ""
        if r.user_address:
            street = streets.get(r.user_address) or streets.setdefault(
                r.user_address, split_address(r.user_address)[0])
        name = clean_name(r.user_name) if r.user_name else None
        return person_key(None, name, street), r.registered, r.user_address, r.user_phone

    return latest_details(facts(r) for r in rows if r.user_name or r.user_personnummer)


def among(query: Select[Any], column: Any, keys: Iterable[str], dialect: str) -> Select[Any]:
    """``query`` narrowed to the rows whose ``column`` is one of ``keys`` (an import names 150,000).

    The keys go as one parameter, however many: an ``IN`` list of that length would be
    compiled in chunks, and compiling is what costs. PostgreSQL: ``= ANY(array)``. SQLite:
    a join with ``json_each`` of the keys, which walks them and looks each up in the
    column's index; ``IN (SELECT … json_each)`` first sorts them into a temporary index
    (150,000 order numbers: 0.2 s more on an empty table, 0.6 s more on a full one).
    """
    # A key given twice must not find its row twice.
    distinct = list(keys if isinstance(keys, set | frozenset) else dict.fromkeys(keys))
    if dialect == "postgresql":
        return query.where(column == any_(bindparam(None, distinct, type_=ARRAY(Text))))
    values = func.json_each(bindparam(None, json.dumps(distinct))).table_valued("value")
    return query.join(values, column == values.c.value)


class NewIds:
    """Ids for the rows an import creates, chosen when they are made.

    Without one the unit of work had to be flushed for every new device, holder, article
    and orderer, just to learn its id for the next row and the audit entry: most of the
    time of a row. The ids are the ones the database would have given, in the same order.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._tables: dict[str, Ids] = {}

    def next(self, table: str) -> int:
        ids = self._tables.get(table)
        if ids is None:
            conn = self.session.connection()
            if not self._tables:
                take_write_lock(conn)
            ids = self._tables[table] = Ids(conn, table, block=16)  # a day's file makes few
        return ids.next()


class Lookups:
    """Per-file caches of articles, devices, holders and orderers, creating what is missing."""

    def __init__(self, session: Session, who: str, now: datetime) -> None:
        self.session, self.who, self.now = session, who, now
        self.dialect = session.get_bind().dialect.name
        self.ids = NewIds(session)
        self.articles: dict[str, Article] = {}
        self.devices: dict[str, Device] = {}
        self.holders_by_pnr: dict[str, Holder] = {}
        self.holders_at: dict[tuple[str, str], list[Holder]] = {}  # (name, street) → users
        self._indexed: dict[int, tuple[str, str]] = {}  # holder id → its key in holders_at
        # person → the address and phone of their newest row in the file (domain.people)
        self.details: dict[PersonKey, tuple[str | None, str | None]] = {}
        self.orderers: dict[tuple[str, str], Orderer] = {}
        # Keys whose database rows are all in the dicts above: a miss needs no query (and no
        # autoflush of everything pending, which made each new user cost milliseconds).
        self._pnrs_loaded: set[str] = set()
        self._names_loaded: set[str] = set()
        self._orderers_loaded: set[str] = set()
        self._articles_loaded: set[str] = set()
        self._devices_loaded: set[str] = set()

    def preload_devices(self, numbers: Iterable[str | None], lock: bool = False) -> None:
        """The devices a file names; ``lock``: locked against concurrent edits (PostgreSQL),
        for a devices file that changes them."""
        for d in self._preload(Device.individual_no, numbers, self._devices_loaded, lock):
            self.devices[d.individual_no] = d

    def preload_articles(self, numbers: Iterable[str | None]) -> None:
        for a in self._preload(Article.article_no, numbers, self._articles_loaded):
            self.articles[a.article_no] = a

    def preload_people(self, holders: Iterable[tuple[str | None, str | None]],
                       orderer_names: Iterable[str | None]) -> None:
        """The users (personnummer, name) and orderers (name) a file names, in three queries."""
        people = list(holders)
        for h in self._preload(Holder.personnummer, (p for p, _n in people), self._pnrs_loaded):
            self._index(h)
        for h in self._preload(Holder.name, (n for _p, n in people), self._names_loaded):
            self._index(h)
        for o in self._preload(Orderer.name, orderer_names, self._orderers_loaded):
            self.orderers.setdefault((o.name, o.unit), o)

    def _index(self, h: Holder) -> None:
        if h.id in self._indexed:
            return
        self._indexed[h.id] = (h.name, h.street)
        if h.personnummer:
            self.holders_by_pnr[h.personnummer] = h
        self.holders_at.setdefault((h.name, h.street), []).append(h)

    def _reindex(self, h: Holder) -> None:
        """After a user moved (or got a personnummer): found under the new street from now on."""
        old = self._indexed.pop(h.id, None)
        if old is not None:
            self.holders_at[old].remove(h)
        self._index(h)

    def _preload(self, column: Any, keys: Iterable[str | None], loaded: set[str],
                 lock: bool = False) -> list[Any]:
        """The rows whose ``column`` is one of ``keys`` not asked for before, oldest first.

        From then on those keys are in ``loaded``: all their rows are known, so a key's miss
        means no such row, and needs no query.
        """
        wanted = {k for k in keys if k} - loaded
        if not wanted:
            return []
        loaded |= wanted
        entity = column.class_
        query = among(select(entity), column, wanted, self.dialect).order_by(entity.id)
        if lock:
            query = query.with_for_update(of=entity)
        return list(self.session.scalars(query).unique())

    def article(self, article_no: str, name: str | None, digital: bool | None) -> Article:
        art = self.articles.get(article_no)
        if art is None and article_no not in self._articles_loaded:
            art = self.session.scalar(select(Article).where(Article.article_no == article_no))
        if art is None:
            art = Article(id=self.ids.next("articles"), article_no=article_no, name=name or "",
                          digital=bool(digital))
            self.session.add(art)
        elif name and not art.name:  # only fill in what the register lacks; audited (W10)
            set_and_record(self.session, art, {"name": name}, who=self.who, at=self.now,
                           entity="article", key=article_no, action="import")
        self.articles[article_no] = art
        return art

    def holder(self, name: str | None, address: str | None, phone: str | None,
               pnr: str | None) -> Holder | None:
        """The user a row names (domain.people: by personnummer, else by name and street),
        created if new; :class:`ValidationError` when the row contradicts the register or
        cannot say which user it means. Address and phone: the person's newest in the file."""
        if not (name or pnr):
            return None
        name = clean_name(name) if name else None
        street, postal, city = split_address(address) if address else ("", "", "")
        address, phone = self.details.get(person_key(pnr, name, street), (address, phone))
        if address:
            street, postal, city = split_address(address)
        by_pnr = None
        if pnr:
            by_pnr = self.holders_by_pnr.get(pnr)
            if by_pnr is None and pnr not in self._pnrs_loaded:
                self._pnrs_loaded.add(pnr)
                by_pnr = self.session.scalar(select(Holder).where(Holder.personnummer == pnr))
                if by_pnr is not None:
                    self._index(by_pnr)
        h = identify(pnr, name, street, by_pnr, self._at(name, street) if name else [],
                     attrgetter("personnummer"), attrgetter("name"))
        if h is None:
            h = Holder(id=self.ids.next("holders"), name=name or "", street=street,
                       postal_code=postal, city=city, phone=phone or "", personnummer=pnr)
            self.session.add(h)
            record(self.session, who=self.who, at=self.now, entity="holder", key=str(h.id),
                   action="import", field="created", new=h.name)
            self._index(h)
        else:
            changes = holder_changes(name, address, (street, postal, city), phone, pnr,
                                     (h.name, h.personnummer))
            if set_and_record(self.session, h, changes, who=self.who, at=self.now,
                              entity="holder", key=str(h.id), action="import"):
                self._reindex(h)
        return h

    def _at(self, name: str, street: str) -> list[Holder]:
        """Every user with this name and street (all of them known from now on)."""
        if name not in self._names_loaded:
            self._names_loaded.add(name)
            for h in self.session.scalars(select(Holder).where(Holder.name == name)
                                          .order_by(Holder.id)):
                self._index(h)
        return self.holders_at.get((name, street), [])

    def orderer(self, name: str, unit: str, payer_no: str | None) -> Orderer:
        key = (name, unit)
        o = self.orderers.get(key)
        if o is None and name not in self._orderers_loaded:
            o = self.session.scalar(
                select(Orderer).where(Orderer.name == name, Orderer.unit == unit))
        if o is None:
            o = Orderer(id=self.ids.next("orderers"), name=name, unit=unit, payer_no=payer_no or "")
            self.session.add(o)
        elif payer_no and not o.payer_no:  # filled in, never replaced; audited (W10)
            set_and_record(self.session, o, {"payer_no": payer_no}, who=self.who, at=self.now,
                           entity="orderer", key=str(o.id), action="import")
        self.orderers[key] = o
        return o

    def new_device(self, individual_no: str, article: Article, holder: Holder | None) -> Device:
        status = DeviceStatus.IN_USE if holder else DeviceStatus.IN_STOCK
        d = Device(id=self.ids.next("devices"), individual_no=individual_no, article=article,
                   article_id=article.id, holder=holder, holder_id=holder.id if holder else None,
                   location="Hos brukare" if holder else "Lager", status=status.value,
                   updated_at=self.now)
        self.session.add(d)
        record(self.session, who=self.who, at=self.now, entity="device", key=individual_no,
               action="import", field="status", new=status.value)
        self.devices[individual_no] = d
        return d
