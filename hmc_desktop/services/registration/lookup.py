"""What the new-order dialog looks up while the person types, and the registers it may add to:
devices (with their open orders), orderers, articles, service products.

:class:`RegistryLookups` is the base of
:class:`~hmc_desktop.services.registration.registration.RegistrationService`; each write is one
transaction with its audit entry (W10).
"""

from collections.abc import Sequence
from datetime import datetime
from operator import attrgetter

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hmc_desktop.db.models import Article, Device, Holder, Orderer, WorkOrder
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.people import clean_name, identify, split_address
from hmc_desktop.domain.permissions import SEES_PERSONAL_DATA, Action
from hmc_desktop.domain.personnummer import parse_personnummer
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.queue.queries import case_variants, escape_like
from hmc_desktop.services.registration.model import OPEN, ArticleFacts, DeviceFacts, OrdererFacts

AT_USER, IN_STOCK = "Hos brukare", "Lager"  # a new device's location, as the importer writes it


def find_device(session: Session, individual_no: str) -> Device | None:
    """The device with this individual number, or None."""
    return session.scalars(select(Device).where(Device.individual_no == individual_no)
                           ).unique().one_or_none()


def _open_orders(session: Session, device_id: int) -> tuple[tuple[str, str], ...]:
    rows = session.execute(select(WorkOrder.order_no, WorkOrder.type_code).where(
        WorkOrder.device_id == device_id, WorkOrder.status.in_(OPEN)).order_by(WorkOrder.id))
    return tuple((no, code) for no, code in rows)


def _contains(columns: Sequence[InstrumentedAttribute[str]], word: str) -> ColumnElement[bool]:
    """Any of ``columns`` contains ``word``, any case (å/ä/ö too, see :func:`case_variants`)."""
    pats = [f"%{escape_like(v)}%" for v in case_variants(word)]
    return or_(*(c.ilike(p, escape="\\") for p in pats for c in columns))


class RegistryLookups:
    """Looking up and adding devices, orderers and articles for a new order."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def device_facts(self, individual_no: str) -> DeviceFacts | None:
        """The device with this individual number and its open orders; None if unknown."""
        with self.ctx.db.reading() as session:
            device = find_device(session, individual_no.strip())
            return self.facts(session, device) if device is not None else None

    def facts(self, session: Session, d: Device) -> DeviceFacts:
        """The device's facts; the holder's name only for roles that see personal data."""
        sees = self.ctx.user.role in SEES_PERSONAL_DATA
        return DeviceFacts(d.individual_no, d.article.article_no, d.article.name,
                           d.article.product_group, d.article.digital, d.article.simple_aid,
                           d.status, d.holder.name if d.holder is not None and sees else None,
                           _open_orders(session, d.id))

    def find_orderers(self, text: str, limit: int = 20) -> list[OrdererFacts]:
        """Orderers whose name, unit or payer number contains every word of ``text`` (any case).

        Those whose name starts with the first word come first, then by name. The orderer
        table is small (thousands of rows): a contains-scan takes a few milliseconds.
        """
        words = text.split()
        stmt = select(Orderer).order_by(Orderer.name, Orderer.unit)
        columns = (Orderer.name, Orderer.unit, Orderer.payer_no)
        for word in words:
            stmt = stmt.where(_contains(columns, word))
        with self.ctx.db.reading() as session:
            found = [OrdererFacts(o.id, o.name, o.unit, o.payer_no)
                     for o in session.scalars(stmt.limit(limit * 10 if words else limit))]
        first = words[0].casefold() if words else ""
        found.sort(key=lambda o: not o.name.casefold().startswith(first))  # stable: by name
        return found[:limit]

    def add_orderer(self, name: str, unit: str = "", payer_no: str = "") -> OrdererFacts:
        """A new orderer. Name and unit are unique: an existing one is returned (payer filled in)."""
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)
        name, unit, payer_no = name.strip(), unit.strip(), payer_no.strip()
        if not name:
            raise ValidationError("orderer_new_name_required", field="name")
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            o = session.scalar(select(Orderer).where(Orderer.name == name, Orderer.unit == unit))
            if o is None:
                o = Orderer(name=name, unit=unit, payer_no=payer_no)
                session.add(o)
                session.flush()
                record(session, who=user.login, at=now, entity="orderer", key=str(o.id),
                       action="create", field="created", new=f"{name}, {unit} ({payer_no})")
            elif payer_no and not o.payer_no:
                set_and_record(session, o, {"payer_no": payer_no}, who=user.login, at=now,
                               entity="orderer", key=str(o.id), action="update")
            return OrdererFacts(o.id, o.name, o.unit, o.payer_no)

    def find_articles(self, text: str, limit: int = 20) -> list[ArticleFacts]:
        """Articles whose number starts with ``text`` or whose name contains it."""
        t = text.strip()
        stmt = select(Article)
        if t:
            stmt = stmt.where(or_(Article.article_no.like(f"{escape_like(t)}%", escape="\\"),
                                  _contains((Article.name,), t)))
        with self.ctx.db.reading() as session:
            return [ArticleFacts(a.article_no, a.name, a.product_group, a.digital, a.simple_aid)
                    for a in session.scalars(stmt.order_by(Article.article_no).limit(limit))]

    def service_products(self) -> list[str]:
        """The service products (tjänsteprodukter) already used on orders, for the picker (W6)."""
        with self.ctx.db.reading() as session:
            return list(session.scalars(
                select(WorkOrder.service_product).where(WorkOrder.service_product != "")
                .distinct().order_by(WorkOrder.service_product).limit(200)))

    def register_device(self, individual_no: str, article_no: str, holder_name: str = "",
                        holder_personnummer: str = "", holder_address: str = "",
                        holder_phone: str = "") -> DeviceFacts:
        """Register a device the register lacks (D1): in use by its holder, else in stock."""
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)  # a new device for an order, not a change of one
        number = individual_no.strip()
        if not number:
            raise ValidationError("individual_no_required", field="individual_no")
        now = self.ctx.clock.now()
        pnr = (str(parse_personnummer(holder_personnummer, now.date()))
               if holder_personnummer.strip() else None)
        with self.ctx.db.transaction() as session:
            if find_device(session, number) is not None:
                raise DomainError("device_exists", individual_no=number)
            article = session.scalar(select(Article).where(Article.article_no == article_no.strip()))
            if article is None:
                raise NotFound("article_not_found", article_no=article_no.strip())
            holder = self._holder(session, holder_name.strip(), pnr, holder_address.strip(),
                                  holder_phone.strip(), now)
            status = DeviceStatus.IN_USE if holder else DeviceStatus.IN_STOCK
            device = Device(individual_no=number, article=article, holder=holder,
                            location=AT_USER if holder else IN_STOCK, status=status.value,
                            updated_at=now)
            session.add(device)
            session.flush()
            record(session, who=user.login, at=now, entity="device", key=number,
                   action="register", field="status", new=status.value)
            return self.facts(session, device)

    def _holder(self, session: Session, name: str, pnr: str | None, address: str, phone: str,
                now: datetime) -> Holder | None:
        """The holder as domain.people finds them (personnummer first; an ambiguous or
        contradicting entry is refused in one sentence); created (and audited) when new."""
        if not (name or pnr):
            return None
        name = clean_name(name)
        street, postal, city = split_address(address) if address else ("", "", "")
        by_pnr = session.scalar(select(Holder).where(Holder.personnummer == pnr)) if pnr else None
        at = list(session.scalars(select(Holder).where(Holder.name == name, Holder.street == street)
                                  .order_by(Holder.id))) if name else []
        h = identify(pnr, name, street, by_pnr, at, attrgetter("personnummer"), attrgetter("name"))
        who = self.ctx.user.login
        if h is None:
            h = Holder(name=name, street=street, postal_code=postal, city=city, phone=phone,
                       personnummer=pnr)
            session.add(h)
            session.flush()
            record(session, who=who, at=now, entity="holder", key=str(h.id),
                   action="register", field="created", new=name)
        elif pnr and h.personnummer is None:  # first seen without one
            set_and_record(session, h, {"personnummer": pnr}, who=who, at=now, entity="holder",
                           key=str(h.id), action="register")
        return h
