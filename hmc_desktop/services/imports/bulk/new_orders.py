"""Applying rows of new work orders to in-memory state, as ``Lookups``/``OrderApplier`` would."""

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.change_feed import notify_many
from hmc_desktop.db.models import (
    Article,
    Attachment,
    AuditEntry,
    Device,
    Holder,
    Orderer,
    WorkOrder,
)
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.completeness import missing_items
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.lifecycle import status_from_timestamps
from hmc_desktop.domain.order_flow import imported_status
from hmc_desktop.domain.people import PersonKey, clean_name, identify, person_key, split_address
from hmc_desktop.domain.sla import Deadlines
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.interchange import RowError, reason_of
from hmc_desktop.interchange.rows import OrderRow
from hmc_desktop.services.core.audit import _text
from hmc_desktop.services.imports.bulk.writer import BulkWriter
from hmc_desktop.services.imports.importer import ImportReport
from hmc_desktop.services.imports.lookup import among, holder_changes, people_details


@dataclass(slots=True, eq=False)
class _Row:
    """A holder, orderer or article as the import sees it: its column values."""

    id: int
    values: dict[str, Any]
    new: bool
    dirty: bool = False


def _pnr_of(h: _Row) -> str | None:
    return h.values["personnummer"]  # type: ignore[no-any-return]


def _name_of(h: _Row) -> str:
    return h.values["name"]  # type: ignore[no-any-return]


ORDER_COLUMNS = ("id", "order_no", "type_code", "mailbox", "status", "registered", "start_by",
                 "finish_by", "contact_by", "started", "completed", "cancelled", "cancel_reason",
                 "orderer_id", "device_id", "holder_id", "description", "service_product",
                 "payer_no", "medical_risk", "technical_review", "quick_service", "billing",
                 "incomplete")
DEVICE_COLUMNS = ("id", "individual_no", "article_id", "holder_id", "location", "status")
AUDIT_COLUMNS = ("entity", "entity_key", "field", "old", "new")
ATTACHMENT_COLUMNS = ("order_id", "file_name", "kind")


class NewOrders:
    """Applies validated rows of new orders in file order, then writes everything at once."""

    def __init__(self, session: Session, ctx: Any) -> None:
        self.session, self.ctx = session, ctx
        self.writer = BulkWriter(session.connection())
        self._store = self.writer.store
        self._wall = self.writer.wall
        self.dialect = session.get_bind().dialect.name
        self.now, self.who = ctx.clock.now(), ctx.user.login
        self.stamp = self._store(self.now)
        self._addresses: dict[str, tuple[str, str, str]] = {}
        self._names: dict[str, str] = {}  # as given → clean_name
        self.ids = {t: self.writer.ids(t) for t in ("articles", "holders", "orderers",
                                                      "devices", "work_orders")}
        self.rows: dict[str, list[_Row]] = {t: [] for t in ("articles", "holders", "orderers")}
        self.articles: dict[str, _Row] = {}
        self.orderers: dict[tuple[str, str], _Row] = {}
        self.devices: dict[str, tuple[int, bool]] = {}  # individual_no → (id, simple aid?)
        self.by_pnr: dict[str, _Row] = {}  # Lookups.holders_by_pnr
        self.at: dict[tuple[str, str], list[_Row]] = {}  # Lookups.holders_at: (name, street)
        self.known_holders: list[_Row] = []  # those the database had (updated when dirty)
        self.details: dict[PersonKey, tuple[str | None, str | None]] = {}
        self.new_devices: list[tuple[Any, ...]] = []  # DEVICE_COLUMNS
        self.orders: list[tuple[Any, ...]] = []  # ORDER_COLUMNS
        self.attachments: list[tuple[Any, ...]] = []  # ATTACHMENT_COLUMNS
        self.audit: list[tuple[Any, ...]] = []  # AUDIT_COLUMNS
        self._stored: dict[Deadlines, tuple[Any, Any, Any]] = {}  # as written, per distinct answer
        self._types: dict[str, Any] = {}
        self._billing: dict[tuple[str, bool], str] = {}
        self._incomplete: dict[tuple[Any, ...], str] = {}

    # -- loading what the file refers to ------------------------------------------------------
    def _preload(self, rows: list[OrderRow]) -> None:
        def load(model: Any, column: Any, field: str) -> list[Any]:
            wanted = set(map(attrgetter(field), rows))  # the values the rows give in ``field``
            wanted.discard(None)
            wanted.discard("")
            if not wanted:
                return []
            query = among(select(model), column, wanted, self.dialect)
            return list(self.session.scalars(query).unique())

        for a in load(Article, Article.article_no, "article_no"):
            self.articles[a.article_no] = self._known(a, ("article_no", "name", "simple_aid"))
        for o in load(Orderer, Orderer.name, "orderer_name"):
            self.orderers[(o.name, o.unit)] = self._known(o, ("payer_no",))
        for d in load(Device, Device.individual_no, "individual_no"):
            self.devices[d.individual_no] = (d.id, d.article.simple_aid)
        holders = {h.id: h for h in load(Holder, Holder.personnummer, "user_personnummer")}
        holders.update((h.id, h) for h in load(Holder, Holder.name, "user_name"))
        for h in sorted(holders.values(), key=lambda h: h.id):
            row = self._known(h, ("name", "street", "postal_code", "city", "phone", "personnummer"))
            self.known_holders.append(row)
            self._index(row)
        self.details = people_details(rows)

    @staticmethod
    def _known(obj: Any, fields: tuple[str, ...]) -> _Row:
        return _Row(obj.id, {f: getattr(obj, f) for f in fields}, False)

    def _index(self, h: _Row) -> None:
        if h.values["personnummer"]:
            self.by_pnr[h.values["personnummer"]] = h
        self.at.setdefault((h.values["name"], h.values["street"]), []).append(h)

    # -- the rules of Lookups, on plain rows ----------------------------------------------------
    def _record(self, entity: str, key: str, field: str, old: Any, new: Any) -> None:
        if not (old is None or type(old) is str):
            old = _text(old)
        if not (new is None or type(new) is str):
            new = _text(new)
        self.audit.append((entity, key, field, old, new))

    def _new(self, table: str, values: dict[str, Any]) -> _Row:
        row = _Row(self.ids[table].next(), values, True)
        self.rows[table].append(row)
        return row

    def holder(self, name: str | None, address: str | None, phone: str | None,
               pnr: str | None) -> _Row | None:
        """As ``Lookups.holder``: domain.people finds the user (or refuses the row with a
        ValidationError); the person's newest address and phone in the file are applied."""
        if not (name or pnr):
            return None
        if name:
            clean = self._names.get(name)
            if clean is None:
                clean = self._names[name] = clean_name(name)
            name = clean
        street, postal, city = self._address(address) if address else ("", "", "")
        address, phone = self.details.get(person_key(pnr, name, street), (address, phone))
        if address:
            street, postal, city = self._address(address)
        h = identify(pnr, name, street, self.by_pnr.get(pnr) if pnr else None,
                     self.at.get((name, street), ()) if name else (), _pnr_of, _name_of)
        if h is None:
            h = self._new("holders", {"name": name or "", "street": street, "postal_code": postal,
                                      "city": city, "phone": phone or "", "personnummer": pnr})
            self._index(h)
            self._record("holder", str(h.id), "created", None, h.values["name"])
        else:
            v = h.values
            self._change_holder(h, holder_changes(name, address, (street, postal, city), phone,
                                                  pnr, (v["name"], v["personnummer"])))
        return h

    def _address(self, address: str) -> tuple[str, str, str]:
        parts = self._addresses.get(address)
        if parts is None:
            parts = self._addresses[address] = split_address(address)
        return parts

    def _change_holder(self, h: _Row, changes: dict[str, Any]) -> None:
        v = h.values
        for f, new in changes.items():
            if v[f] != new:
                break
        else:
            return
        self.at[(v["name"], v["street"])].remove(h)
        for field, new in changes.items():
            if v[field] != new:
                self._record("holder", str(h.id), field, v[field], new)
                v[field] = new
        h.dirty = not h.new
        self._index(h)

    def orderer(self, name: str, unit: str, payer_no: str | None) -> _Row:
        o = self.orderers.get((name, unit))
        if o is None:
            o = self._new("orderers", {"name": name, "unit": unit, "payer_no": payer_no or ""})
            self.orderers[(name, unit)] = o
        elif payer_no and not o.values["payer_no"]:
            self._record("orderer", str(o.id), "payer_no", o.values["payer_no"], payer_no)
            o.values["payer_no"], o.dirty = payer_no, not o.new
        return o

    def article(self, article_no: str, name: str | None, digital: bool | None) -> _Row:
        a = self.articles.get(article_no)
        if a is None:
            a = self._new("articles", {"article_no": article_no, "name": name or "",
                                       "digital": bool(digital), "product_group": "",
                                       "simple_aid": False})
            self.articles[article_no] = a
        elif name and not a.values["name"]:
            self._record("article", article_no, "name", a.values["name"], name)
            a.values["name"], a.dirty = name, not a.new
        return a

    def _register(self, row: OrderRow, number: str, h: _Row | None) -> tuple[int, bool]:
        """A device the row names but the register lacks, with the row's user as its holder."""
        a = self.article(row.article_no or "", row.article_name, row.digital)
        status = (DeviceStatus.IN_USE if h else DeviceStatus.IN_STOCK).value
        d = (self.ids["devices"].next(), a.values["simple_aid"])
        self.new_devices.append((d[0], number, a.id, h.id if h else None,
                                 "Hos brukare" if h else "Lager", status))
        self.audit.append(("device", number, "status", None, status))
        self.devices[number] = d
        return d

    # -- the rules of OrderApplier for a new order ------------------------------------------------
    def apply(self, rows: list[OrderRow], report: ImportReport) -> None:
        """Apply every row (rejecting as the ORM path would), then write it all."""
        self.writer.lap = report.lap
        self._preload(rows)
        report.lap("looking up")
        for row in rows:
            problem = self._order(row)
            if problem:
                report.errors.extend(problem)
            else:
                report.new += 1
        report.lap("applying")
        self._write()
        report.lap("writing")
        notify_many(self.session, (("order", o[1]) for o in self.orders))

    def _order(self, row: OrderRow) -> list[RowError] | None:
        if row.individual_no is None:
            errors = row.new_order_errors(self.ctx.catalogue)
            if errors:
                return errors
        number = row.individual_no
        device = self.devices.get(number) if number else None
        if number and device is None and not row.article_no:
            return [RowError(row.line, "individual_no",
                             f"unknown device {number}, and no article_no to register it")]
        kinds = tuple(k.value for k in row.attachment_kinds)
        status = status_from_timestamps(row.started, row.completed, row.cancelled)
        try:  # W6: not registered as started while incomplete (the ORM path's rule)
            imported_status(None, status, tuple(i for i in self._missing(row, kinds).split("|")
                                                if i))
        except ValidationError as err:
            return [RowError(row.line, err.field or "status", str(err))]
        # The user first, then the device they hold (the order Lookups creates them in).
        try:
            h = self.holder(row.user_name, row.user_address, row.user_phone,
                            row.user_personnummer)
        except ValidationError as err:
            return [RowError(row.line, err.field or "user_personnummer", reason_of(err))]
        if number and device is None:
            device = self._register(row, number, h)
        wall = self._wall
        started, completed, cancelled = wall(row.started), wall(row.completed), wall(row.cancelled)
        name = row.orderer_name
        orderer = self.orderer(name, row.orderer_unit or "", row.payer_no).id if name else None
        mailbox, billing, start_by, finish_by, contact_by, incomplete = self._derive(
            row, bool(device and device[1]), kinds)
        order_id = self.ids["work_orders"].next()
        self.orders.append((
            order_id, row.order_no, row.type_code, mailbox, status.value, wall(row.registered),
            start_by, finish_by, contact_by, started, completed, cancelled,
            row.cancel_reason or "", orderer, device[0] if device else None, h.id if h else None,
            row.description or "", row.service_product or "", row.payer_no or "",
            bool(row.medical_risk), bool(row.technical_review), bool(row.quick_service),
            billing, incomplete))
        for file_name, kind in zip(row.attachments, kinds, strict=True):
            self.attachments.append((order_id, file_name, kind))
        self.audit.append(("order", row.order_no, "created", None, status.value))
        return None

    def _derive(self, row: OrderRow, simple_aid: bool, kinds: tuple[str, ...]) -> tuple[Any, ...]:
        """What ``orders.rules.derive`` gives: routing, billing, W6, and the deadlines from the
        context's one deriver (:class:`~hmc_desktop.domain.sla.DeadlineDeriver`), each value
        converted for writing once per distinct answer."""
        code, review = row.type_code, bool(row.technical_review)
        t = self._types.get(code)
        if t is None:
            t = self._types[code] = self.ctx.catalogue.get(code)
        d = self.ctx.deadlines(t, row.registered.replace(tzinfo=TZ), review)
        deadlines = self._stored.get(d)
        if deadlines is None:
            deadlines = self._stored[d] = (
                self._store(d.start_by), self._store(d.finish_by), self._store(d.contact_by))
        billing = self._billing.get((code, simple_aid))
        if billing is None:
            billing = self._billing[(code, simple_aid)] = t.billing_for(simple_aid).value
        incomplete = self._missing(row, kinds)
        return (t.mailbox, billing, *deadlines, incomplete)

    def _missing(self, row: OrderRow, kinds: tuple[str, ...]) -> str:
        """W6: what the order lacks, '|'-separated, worked out once per distinct input."""
        code = row.type_code
        needs = (code, bool(row.service_product), bool(row.payer_no), kinds)
        incomplete = self._incomplete.get(needs)
        if incomplete is None:
            t = self._types.get(code) or self.ctx.catalogue.get(code)
            incomplete = self._incomplete[needs] = "|".join(missing_items(
                t, service_product=row.service_product, payer_no=row.payer_no,
                attachment_kinds=kinds))
        return incomplete

    # -- writing --------------------------------------------------------------------------------
    def _write(self) -> None:
        insert, stamp = self.writer.insert, self.stamp
        for name, model in (("articles", Article), ("holders", Holder), ("orderers", Orderer)):
            rows = self.rows[name]
            if rows:
                columns = ("id", *rows[0].values)
                insert(model.__table__, columns,  # type: ignore[arg-type]
                       [(r.id, *r.values.values()) for r in rows])
        with self.writer.indexes_after("devices", len(self.new_devices)):
            insert(Device.__table__, DEVICE_COLUMNS, self.new_devices,  # type: ignore[arg-type]
                   updated_at=stamp, version=1)
        for model, known in ((Article, self.articles.values()), (Orderer, self.orderers.values()),
                             (Holder, self.known_holders)):
            self.writer.update(model.__table__,  # type: ignore[arg-type]
                               [(r.id, r.values) for r in known if r.dirty])
        with self.writer.indexes_after("work_orders", len(self.orders)):
            insert(WorkOrder.__table__, ORDER_COLUMNS, self.orders,  # type: ignore[arg-type]
                   source="portal", version=1, updated_at=stamp)
        insert(Attachment.__table__, ATTACHMENT_COLUMNS, self.attachments,  # type: ignore[arg-type]
               content=None, size=0, added_by=self.who, added_at=stamp)
        with self.writer.indexes_after("audit_log", len(self.audit)):
            insert(AuditEntry.__table__, AUDIT_COLUMNS, self.audit,  # type: ignore[arg-type]
                   at=stamp, who=self.who, action="import")
