"""Applying rows of new work orders to in-memory state, as ``Lookups``/``OrderApplier`` would."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from hmc_desktop.domain.lifecycle import status_from_timestamps
from hmc_desktop.domain.sla import compute_deadlines
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.interchange import RowError
from hmc_desktop.interchange.rows import OrderRow
from hmc_desktop.services.audit import _text
from hmc_desktop.services.changes import notify_many
from hmc_desktop.services.import_bulk.writer import BulkWriter
from hmc_desktop.services.import_lookup import chunked, split_address
from hmc_desktop.services.importer import ImportReport


@dataclass(slots=True, eq=False)
class _Row:
    """A holder, orderer, article or device as the import sees it: its column values."""

    id: int
    values: dict[str, Any]
    new: bool
    dirty: bool = False


class NewOrders:
    """Applies validated rows of new orders in file order, then writes everything at once."""

    def __init__(self, session: Session, ctx: Any) -> None:
        self.session, self.ctx = session, ctx
        self.writer = BulkWriter(session.connection())
        self._store = self.writer.store
        self.now, self.who = ctx.clock.now(), ctx.user.login
        self.stamp = self._store(self.now)
        self._last_holder: tuple[Any, ...] = ()  # (arguments, holder, changes so far)
        self._holder_changes = 0
        self.ids = {t: self.writer.ids(t) for t in ("articles", "holders", "orderers",
                                                      "devices", "work_orders")}
        self.rows: dict[str, list[_Row]] = {t: [] for t in self.ids}
        self.articles: dict[str, _Row] = {}
        self.orderers: dict[tuple[str, str], _Row] = {}
        self.devices: dict[str, _Row] = {}
        self.by_pnr: dict[str, _Row] = {}  # Lookups.holders_by_pnr
        self.by_name: dict[tuple[str, str], _Row] = {}  # Lookups.holders_by_name
        self.db_pnr: dict[str, _Row] = {}  # what a query by personnummer would find now
        self.db_name: dict[tuple[str, str], list[_Row]] = {}  # … by name and street
        self.orders: list[dict[str, Any]] = []
        self.attachments: list[dict[str, Any]] = []
        self.audit: list[dict[str, Any]] = []
        self._deadlines: dict[tuple[Any, ...], Any] = {}
        self._types: dict[str, Any] = {}

    # -- loading what the file refers to ------------------------------------------------------
    def _preload(self, rows: list[OrderRow]) -> None:
        def load(model: Any, column: Any, keys: Iterable[Any]) -> list[Any]:
            found: list[Any] = []
            for part in chunked(sorted({k for k in keys if k})):
                found += self.session.scalars(select(model).where(column.in_(part))).unique().all()
            return found

        for a in load(Article, Article.article_no, (r.article_no for r in rows)):
            self.articles[a.article_no] = self._known(a, ("article_no", "name", "simple_aid"))
        for o in load(Orderer, Orderer.name, (r.orderer_name for r in rows)):
            self.orderers[(o.name, o.unit)] = self._known(o, ("payer_no",))
        for d in load(Device, Device.individual_no, (r.individual_no for r in rows)):
            self.devices[d.individual_no] = _Row(d.id, {"simple_aid": d.article.simple_aid}, False)
        holders = {h.id: h for h in load(Holder, Holder.personnummer,
                                         (r.user_personnummer for r in rows))}
        holders.update((h.id, h) for h in load(Holder, Holder.name, (r.user_name for r in rows)))
        for h in sorted(holders.values(), key=lambda h: h.id):
            row = self._known(h, ("name", "street", "postal_code", "city", "phone", "personnummer"))
            self._index(row)

    @staticmethod
    def _known(obj: Any, fields: tuple[str, ...]) -> _Row:
        return _Row(obj.id, {f: getattr(obj, f) for f in fields}, False)

    def _index(self, h: _Row) -> None:
        if h.values["personnummer"]:
            self.db_pnr[h.values["personnummer"]] = h
        self.db_name.setdefault((h.values["name"], h.values["street"]), []).append(h)

    # -- the rules of Lookups, on plain rows ----------------------------------------------------
    def _record(self, entity: str, key: str, field: str, old: Any, new: Any) -> None:
        if not (old is None or type(old) is str):
            old = _text(old)
        if not (new is None or type(new) is str):
            new = _text(new)
        self.audit.append({"at": self.stamp, "who": self.who, "entity": entity, "entity_key": key,
                           "action": "import", "field": field, "old": old, "new": new})

    def _new(self, table: str, values: dict[str, Any]) -> _Row:
        row = _Row(self.ids[table].next(), values, True)
        self.rows[table].append(row)
        return row

    def holder(self, name: str | None, address: str | None, phone: str | None,
               pnr: str | None) -> _Row | None:
        if not (name or pnr):
            return None
        args = (name, address, phone, pnr)
        last = self._last_holder
        if last and last[0] == args and last[2] == self._holder_changes:
            same: _Row | None = last[1]
            return same  # the same call again (device, then order): it would change nothing
        street, postal, city = split_address(address) if address else ("", "", "")
        h = (self.by_pnr.get(pnr) or self.db_pnr.get(pnr)) if pnr else None
        if h is None and name:
            h = self.by_name.get((name, street)) or min(
                self.db_name.get((name, street), ()), key=lambda r: r.id, default=None)
        if h is None:
            h = self._new("holders", {"name": name or "", "street": street, "postal_code": postal,
                                      "city": city, "phone": phone or "", "personnummer": pnr})
            self._index(h)
            self._holder_changes += 1
            self._record("holder", str(h.id), "created", None, h.values["name"])
        else:
            changes: dict[str, Any] = {}
            if name:
                changes["name"] = name
            if address:
                changes.update(street=street, postal_code=postal, city=city)
            if phone:
                changes["phone"] = phone
            if pnr and h.values["personnummer"] is None:
                changes["personnummer"] = pnr
            self._change_holder(h, changes)
        if h.values["personnummer"]:
            self.by_pnr[h.values["personnummer"]] = h
        self.by_name[(h.values["name"], h.values["street"])] = h
        self._last_holder = (args, h, self._holder_changes)
        return h

    def _change_holder(self, h: _Row, changes: dict[str, Any]) -> None:
        v = h.values
        for f, new in changes.items():
            if v[f] != new:
                break
        else:
            return
        self.db_name[(v["name"], v["street"])].remove(h)
        for field, new in changes.items():
            if v[field] != new:
                self._record("holder", str(h.id), field, v[field], new)
                v[field] = new
        h.dirty = not h.new
        self._holder_changes += 1
        self._index(h)

    def orderer(self, name: str, unit: str, payer_no: str | None) -> _Row:
        o = self.orderers.get((name, unit))
        if o is None:
            o = self._new("orderers", {"name": name, "unit": unit, "payer_no": payer_no or ""})
            self.orderers[(name, unit)] = o
        elif payer_no and not o.values["payer_no"]:
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
            a.values["name"], a.dirty = name, not a.new
        return a

    def device(self, row: OrderRow) -> _Row | RowError | None:
        if not row.individual_no:
            return None
        d = self.devices.get(row.individual_no)
        if d is not None:
            return d
        if not row.article_no:
            return RowError(row.line, "individual_no", f"unknown device {row.individual_no}, "
                            "and no article_no to register it")
        h = self.holder(row.user_name, row.user_address, row.user_phone, row.user_personnummer)
        a = self.article(row.article_no, row.article_name, row.digital)
        status = DeviceStatus.IN_USE if h else DeviceStatus.IN_STOCK
        d = self._new("devices", {
            "individual_no": row.individual_no, "article_id": a.id,
            "holder_id": h.id if h else None, "location": "Hos brukare" if h else "Lager",
            "status": status.value, "updated_at": self.stamp, "version": 1,
            "simple_aid": a.values["simple_aid"]})
        self._record("device", row.individual_no, "status", None, status.value)
        self.devices[row.individual_no] = d
        return d

    # -- the rules of OrderApplier for a new order ------------------------------------------------
    def apply(self, rows: list[OrderRow], report: ImportReport) -> None:
        """Apply every row (rejecting as the ORM path would), then write it all."""
        self._preload(rows)
        for row in rows:
            problems = self._order(row)
            if problems:
                report.errors.extend(problems)
            else:
                report.count("new")
        self._write()
        notify_many(self.session, [("order", o["order_no"]) for o in self.orders])

    def _order(self, row: OrderRow) -> list[RowError]:
        errors = row.new_order_errors(self.ctx.catalogue)
        if errors:
            return errors
        device = self.device(row)
        if isinstance(device, RowError):
            return [device]
        at = self._wall_time
        registered = row.registered.replace(tzinfo=TZ)
        v: dict[str, Any] = {
            "order_no": row.order_no, "type_code": row.type_code, "source": "portal",
            "updated_at": self.stamp, "version": 1, "registered": self._store(registered),
            "description": row.description or "", "payer_no": row.payer_no or "",
            "service_product": row.service_product or "", "cancel_reason": row.cancel_reason or "",
            "medical_risk": bool(row.medical_risk), "technical_review": bool(row.technical_review),
            "quick_service": bool(row.quick_service), "started": at(row.started),
            "completed": at(row.completed), "cancelled": at(row.cancelled),
        }
        name = row.orderer_name
        v["orderer_id"] = self.orderer(name, row.orderer_unit or "", row.payer_no).id if name else None
        h = self.holder(row.user_name, row.user_address, row.user_phone, row.user_personnummer)
        v["holder_id"] = h.id if h else None
        v["device_id"] = device.id if device else None
        kinds = [k.value for k in row.attachment_kinds]
        self._derive(row, registered, v, bool(device and device.values["simple_aid"]), kinds)
        status = status_from_timestamps(v["started"], v["completed"], v["cancelled"]).value
        v["status"] = status
        v["id"] = self.ids["work_orders"].next()
        self.orders.append(v)
        for file_name, kind in zip(row.attachments, kinds, strict=True):
            self.attachments.append({"order_id": v["id"], "file_name": file_name, "kind": kind,
                                     "content": None, "size": 0, "added_by": self.who,
                                     "added_at": self.stamp})
        self._record("order", row.order_no, "created", None, status)
        return []

    def _derive(self, row: OrderRow, registered: datetime, v: dict[str, Any], simple_aid: bool,
                kinds: list[str]) -> None:
        """As ``order_rules.derive``; deadlines counted in whole days are shared per date."""
        t = self._types.get(row.type_code)
        if t is None:
            t = self._types[row.type_code] = self.ctx.catalogue.get(row.type_code)
        review = v["technical_review"]
        exact = t.finish_hours is not None and not review
        key = (t.code, review, registered if exact else row.registered.date())
        deadlines = self._deadlines.get(key)
        if deadlines is None:
            d = compute_deadlines(t, registered, self.ctx.calendar, review)
            deadlines = tuple(self._store(x) for x in (d.start_by, d.finish_by, d.contact_by))
            self._deadlines[key] = deadlines
        v.update(mailbox=t.mailbox, billing=t.billing_for(simple_aid).value,
                 start_by=deadlines[0], finish_by=deadlines[1], contact_by=deadlines[2],
                 incomplete="|".join(missing_items(t, service_product=v["service_product"],
                                                   payer_no=v["payer_no"], attachment_kinds=kinds)))

    # -- writing --------------------------------------------------------------------------------
    def _write(self) -> None:
        tables = {"articles": Article, "holders": Holder, "orderers": Orderer, "devices": Device}
        for name, model in tables.items():
            rows = [{"id": r.id, **r.values} for r in self.rows[name]]
            if name == "devices":
                for r in rows:
                    del r["simple_aid"]  # the device's article's, kept for billing only
            self.writer.insert(model.__table__, rows)  # type: ignore[arg-type]
        known_holders = {h.id: h for rows in self.db_name.values() for h in rows}
        for model, known in ((Article, self.articles.values()), (Orderer, self.orderers.values()),
                             (Holder, known_holders.values())):
            self.writer.update(model.__table__,  # type: ignore[arg-type]
                               [(r.id, r.values) for r in known if r.dirty])
        self.writer.insert(WorkOrder.__table__, self.orders)  # type: ignore[arg-type]
        self.writer.insert(Attachment.__table__, self.attachments)  # type: ignore[arg-type]
        self.writer.insert(AuditEntry.__table__, self.audit)  # type: ignore[arg-type]

    def _wall_time(self, moment: datetime | None) -> Any:
        """Import times are Stockholm wall time (CONTRACT), stored as instants (C4)."""
        return self._store(moment.replace(tzinfo=TZ)) if moment is not None else None
