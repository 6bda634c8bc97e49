"""The device card (individkort, D1) and its full history, newest first (D3, S5).

The history is assembled from independent *sources* — work orders, the device's
audit trail, printed documents, pickups — each an indexed lookup by the device's
id or individual number, so a card opens in milliseconds with a million devices.
A new kind of history is one more function in :data:`HISTORY_SOURCES` and its line in
:mod:`hmc_desktop.domain.history_text`; the items carry data, never sentences.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import (
    Article,
    AuditEntry,
    Device,
    DeviceBlock,
    Holder,
    Inspection,
    Pickup,
    PrintedDocument,
    Reconditioning,
    WorkOrder,
)
from hmc_desktop.domain import history_text
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import NotAllowed, NotFound
from hmc_desktop.domain.messages import STATUS_SV
from hmc_desktop.domain.permissions import SEES_PERSONAL_DATA
from hmc_desktop.domain.personnummer import Personnummer
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.read_log import ReadLogService
from hmc_desktop.services.inspections.recording import InspectionFacts, inspection_facts
from hmc_desktop.services.queue.search import case_variants, escape_like
from hmc_desktop.services.recalls.view import Membership, memberships


class HistoryKind(StrEnum):
    """What a history line is; the interface gives each a translated label."""

    ORDER = "order"
    STATUS = "status"
    HOLDER = "holder"
    LOCATION = "location"
    DOCUMENT = "document"
    PICKUP = "pickup"
    RECONDITIONING = "reconditioning"  # S4
    DELIVERED = "delivered"
    INSPECTION = "inspection"  # PM4
    RECALL = "recall"  # R3: a recall campaign's block on the device, and its release


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One line of the device's history. ``order_no`` links to the order and its documentation (S5).

    What happened is data — ``event`` and its ``params`` (codes, ISO dates, the centre's own
    names) and ``note``, a person's own words — and is said in the interface language by
    :meth:`title` and :meth:`detail` (:mod:`hmc_desktop.domain.history_text`).
    """

    at: datetime  # aware
    kind: HistoryKind
    event: str  # a key of history_text.LINES
    params: tuple[tuple[str, str], ...] = ()
    note: str = ""
    order_no: str | None = None
    who: str = ""
    document_id: int | None = None  # a printed document: PrintService.reprint(document_id)

    def title(self, lang: str = "sv") -> str:
        """What happened, in ``lang``."""
        return history_text.line(self.event, dict(self.params), lang)

    def detail(self, lang: str = "sv") -> str:
        """The audited action, the note, the next due day, in ``lang``."""
        return history_text.detail(dict(self.params), self.note, lang)

    def param(self, key: str) -> str | None:
        return dict(self.params).get(key)


@dataclass(frozen=True, slots=True)
class HolderFacts:
    """The current holder. Address, phone and personnummer are None unless the role needs them."""

    name: str
    address: str | None
    phone: str | None
    personnummer_masked: str | None


@dataclass(frozen=True, slots=True)
class DeviceCard:
    """Everything the device card shows (D1, D3)."""

    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    digital: bool
    holder: HolderFacts | None  # None: in stock / no holder
    personal_data_visible: bool
    location: str
    status: str
    status_label: str  # Swedish (STATUS_SV)
    delivered: date | None
    lifetime_years: int | None
    lifetime_ends: date | None
    past_lifetime: bool
    history: tuple[HistoryItem, ...]
    inspection: InspectionFacts | None = None  # None: the device is not inspected (PM1)
    recalls: tuple[Membership, ...] = ()  # R5: the recall campaigns the device is in


@dataclass(frozen=True, slots=True)
class DeviceRef:
    id: int
    individual_no: str


HistorySource = Callable[[Session, DeviceRef, ServiceContext], Iterable[HistoryItem]]

AUDITED_FIELDS = ("status", "holder_id", "location", "replaces")  # the device changes the history shows


def add_years(day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=TZ)


def _status_sv(value: str | None) -> str:
    return "–" if value is None else STATUS_SV.get(value, value)


# -- history sources -----------------------------------------------------------
def order_history(session: Session, ref: DeviceRef, ctx: ServiceContext) -> Iterable[HistoryItem]:
    """Every work order of the device (ix_work_orders_device); "who" is the technician who
    did the work (who completed it, else who started it; W10's audit), not the orderer."""
    rows = list(session.execute(
        select(WorkOrder.order_no, WorkOrder.type_code, WorkOrder.status, WorkOrder.registered,
               WorkOrder.description, WorkOrder.completed_by)
        .where(WorkOrder.device_id == ref.id)
    ))
    started_by = _starters(session, [r[0] for r in rows])
    catalogue = ctx.catalogue
    for order_no, code, status, registered, description, completed_by in rows:
        params: tuple[tuple[str, str], ...]
        if code in catalogue:
            event, params = "order", (("code", code), ("type_name", catalogue.get(code).name),
                                      ("status", status))
        else:
            event, params = "order_unknown_type", (("code", code), ("status", status))
        yield HistoryItem(at=registered, kind=HistoryKind.ORDER, event=event, params=params,
                          note=description or "", order_no=order_no,
                          who=completed_by or started_by.get(order_no, ""))


def _starters(session: Session, order_nos: list[str]) -> dict[str, str]:
    """Who last started each order (the audit log's status → started; ix_audit_log_entity)."""
    if not order_nos:
        return {}
    rows = session.execute(
        select(AuditEntry.entity_key, AuditEntry.who)
        .where(AuditEntry.entity == "order", AuditEntry.entity_key.in_(order_nos),
               AuditEntry.field == "status", AuditEntry.new == "started")
        .order_by(AuditEntry.at, AuditEntry.id))
    return {key: who for key, who in rows}


def audit_history(session: Session, ref: DeviceRef, ctx: ServiceContext) -> Iterable[HistoryItem]:
    """Status, holder and location changes from the audit log (ix_audit_log_entity)."""
    entries = list(session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "device",
                                 AuditEntry.entity_key == ref.individual_no,
                                 AuditEntry.field.in_(AUDITED_FIELDS))
    ))
    holder_ids = {int(v) for e in entries if e.field == "holder_id"
                  for v in (e.old, e.new) if v is not None and v.isdigit()}
    names: dict[int, str] = {}
    if holder_ids:
        for hid, hname in session.execute(select(Holder.id, Holder.name).where(Holder.id.in_(holder_ids))):
            names[hid] = hname

    def holder(value: str | None) -> str:  # '' = no holder
        if value is None or not value.isdigit():
            return ""
        return names.get(int(value), "")

    for e in entries:
        if e.field == "status":
            kind, event, old, new = HistoryKind.STATUS, "status", e.old or "", e.new or ""
        elif e.field == "replaces":  # D3: handed out in place of another device, on an order
            yield HistoryItem(e.at, HistoryKind.ORDER, "replaces",
                              (("old", e.old or ""), ("new", e.new or "")),
                              order_no=e.new, who=e.who)
            continue
        elif e.field == "holder_id":
            kind, event, old, new = HistoryKind.HOLDER, "holder", holder(e.old), holder(e.new)
        else:
            kind, event, old, new = HistoryKind.LOCATION, "location", e.old or "", e.new or ""
        yield HistoryItem(e.at, kind, event, (("old", old), ("new", new), ("action", e.action)),
                          who=e.who)


def document_history(session: Session, ref: DeviceRef, ctx: ServiceContext) -> Iterable[HistoryItem]:
    """Every printed document (pickup order, shipping note, reconditioning log)."""
    rows = session.execute(
        select(PrintedDocument.id, PrintedDocument.kind, PrintedDocument.printed_at,
               PrintedDocument.printed_by, WorkOrder.order_no)
        .outerjoin(WorkOrder, WorkOrder.id == PrintedDocument.order_id)
        .where(PrintedDocument.device_id == ref.id)
    )
    for doc_id, kind, printed_at, printed_by, order_no in rows:
        yield HistoryItem(printed_at, HistoryKind.DOCUMENT, "document", (("document", kind),),
                          order_no=order_no, who=printed_by, document_id=doc_id)


def pickup_history(session: Session, ref: DeviceRef, ctx: ServiceContext) -> Iterable[HistoryItem]:
    """Every pickup order (hämtorder) of the device."""
    rows = session.execute(
        select(Pickup.pickup_date, Pickup.status, Pickup.reason, Pickup.created_by,
               Pickup.created_at, WorkOrder.order_no)
        .outerjoin(WorkOrder, WorkOrder.id == Pickup.order_id)
        .where(Pickup.device_id == ref.id)
    )
    for day, status, reason, by, at, order_no in rows:
        yield HistoryItem(at, HistoryKind.PICKUP, "pickup",
                          (("day", day.isoformat()), ("status", status)), reason or "",
                          order_no=order_no, who=by)


# -- reconditionings (S4) in the history


def recon_history(session: Session, ref: DeviceRef, ctx: ServiceContext) -> Iterable[HistoryItem]:
    """Every reconditioning of the device: started, and signed off with its outcome (S4)."""
    rows = session.execute(
        select(Reconditioning.started_at, Reconditioning.started_by,
               Reconditioning.signed_off_at, Reconditioning.signed_off_by,
               Reconditioning.outcome, Reconditioning.scrap_reason)
        .where(Reconditioning.device_id == ref.id))
    for started_at, started_by, signed_at, signed_by, outcome, reason in rows:
        yield HistoryItem(started_at, HistoryKind.RECONDITIONING, "recon_started", who=started_by)
        if signed_at is not None:
            yield HistoryItem(signed_at, HistoryKind.RECONDITIONING, "recon_done",
                              (("outcome", outcome or ""),), reason or "", who=signed_by or "")


# -- inspections (PM4) in the history
def inspection_history(session: Session, ref: DeviceRef,
                       ctx: ServiceContext) -> Iterable[HistoryItem]:
    """Every inspection of the device, with its outcome and corrective order (PM4)."""
    rows = session.execute(
        select(Inspection.performed_on, Inspection.recorded_at, Inspection.result,
               Inspection.note, Inspection.next_due, Inspection.technician, WorkOrder.order_no)
        .outerjoin(WorkOrder, WorkOrder.id == Inspection.order_id)
        .where(Inspection.device_id == ref.id))
    for day, recorded_at, result, note, next_due, who, order_no in rows:
        params = (("day", day.isoformat()), ("outcome", result),
                  ("next_due", next_due.isoformat() if next_due else ""))
        at = recorded_at if recorded_at.astimezone(TZ).date() == day else _start_of(day)
        yield HistoryItem(at, HistoryKind.INSPECTION, "inspection", params, note or "",
                          order_no=order_no, who=who)


# -- recall campaigns (R3) in the history
def recall_history(session: Session, ref: DeviceRef, ctx: ServiceContext) -> Iterable[HistoryItem]:
    """Each recall campaign's block on the device and, when it ended, its release with the reason."""
    b = DeviceBlock
    rows = session.execute(
        select(b.ref_id, b.detail, b.blocked_at, b.blocked_by, b.released_at, b.released_by,
               b.release_reason)
        .where(b.device_id == ref.id, b.kind == BlockKind.RECALL.value))
    for campaign, title, at, by, released_at, released_by, reason in rows:
        yield HistoryItem(at, HistoryKind.RECALL, "recall_blocked", (("campaign", str(campaign)),),
                          title, who=by)
        if released_at is not None:
            yield HistoryItem(released_at, HistoryKind.RECALL, "recall_released",
                              (("campaign", str(campaign)),), reason or "", who=released_by or "")


HISTORY_SOURCES: list[HistorySource] = [order_history, audit_history, document_history,
                                        pickup_history, recon_history, inspection_history,
                                        recall_history]


class DeviceCardService:
    """Reads device cards; read-only, so any known or unknown login may look."""

    def __init__(self, ctx: ServiceContext, sources: Iterable[HistorySource] | None = None) -> None:
        self.ctx = ctx
        self.sources = list(HISTORY_SOURCES if sources is None else sources)

    def card(self, individual_no: str) -> DeviceCard:
        """The device's card with its history newest first; :class:`NotFound` if there is none."""
        number = individual_no.strip()
        sees_personal = self.ctx.user.role in SEES_PERSONAL_DATA
        today = self.ctx.clock.now().date()
        with self.ctx.db.reading() as session:
            device = session.scalars(select(Device).where(Device.individual_no == number)
                                     ).unique().one_or_none()
            if device is None:
                raise NotFound("device_not_found", individual_no=number)
            ref = DeviceRef(device.id, device.individual_no)
            items = [item for source in self.sources for item in source(session, ref, self.ctx)]
            holder = _holder(device.holder, sees_personal)
            inspection = inspection_facts(session, device, today)
            recalls = tuple(memberships(session, device.id))
            if sees_personal and device.holder_id is not None:  # W10: who looked at whose data
                ReadLogService(self.ctx).record(device.holder_id, "device_card",
                                                device.individual_no, session)
        if device.delivered is not None:
            items.append(HistoryItem(_start_of(device.delivered), HistoryKind.DELIVERED, "delivered"))
        # newest first; for equal moments keep the sources' order (order before its changes)
        items.sort(key=lambda i: i.at.astimezone(UTC), reverse=True)
        ends = (add_years(device.delivered, device.lifetime_years)
                if device.delivered is not None and device.lifetime_years else None)
        article = device.article
        return DeviceCard(
            individual_no=device.individual_no, article_no=article.article_no,
            article_name=article.name, product_group=article.product_group,
            digital=article.digital, holder=holder, personal_data_visible=sees_personal,
            location=device.location, status=device.status,
            status_label=_status_sv(device.status), delivered=device.delivered,
            lifetime_years=device.lifetime_years, lifetime_ends=ends,
            past_lifetime=ends is not None and ends <= today, history=tuple(items),
            inspection=inspection,
            recalls=recalls,
        )


@dataclass(frozen=True, slots=True)
class HeldDevice:
    """A device found by its holder's name, for choosing which card to open."""

    individual_no: str
    article_name: str
    holder_name: str


def find_by_holder(ctx: ServiceContext, name: str, limit: int = 20) -> list[HeldDevice]:
    """The devices held by users whose name contains ``name`` (any case; å/ä/ö too), for a
    role that sees personal data (else :class:`NotAllowed`); each holder listed is a logged
    read (W10), as opening the card is."""
    if ctx.user.role not in SEES_PERSONAL_DATA:
        raise NotAllowed("personal_data_hidden")
    word = name.strip()
    if len(word) < 2:
        return []
    pats = [f"%{escape_like(v)}%" for v in case_variants(word)]
    stmt = (select(Device.individual_no, Article.name, Holder.name, Holder.id)
            .join(Holder, Holder.id == Device.holder_id).join(Article, Article.id == Device.article_id)
            .where(or_(*(Holder.name.ilike(p, escape="\\") for p in pats)))
            .order_by(Holder.name, Device.individual_no).limit(limit))
    with ctx.db.reading() as session:
        rows = list(session.execute(stmt))
        log = ReadLogService(ctx)
        for holder_id in dict.fromkeys(r[3] for r in rows):
            log.record(holder_id, "device_search", word, session)
    return [HeldDevice(number, article, holder) for number, article, holder, _id in rows]


def _holder(holder: Holder | None, personal: bool) -> HolderFacts | None:
    if holder is None:
        return None
    if not personal:
        return HolderFacts(holder.name, None, None, None)
    address = ", ".join(p for p in (holder.street, f"{holder.postal_code} {holder.city}".strip()) if p)
    masked = Personnummer(holder.personnummer).masked if holder.personnummer else None
    return HolderFacts(holder.name, address or None, holder.phone or None, masked)

