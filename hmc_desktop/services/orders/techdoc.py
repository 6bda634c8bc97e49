"""Technical documentation of a work order (S2, S5): the log, attachments and, for type 9, the deviation class.

Every change is one transaction and one audit entry (W10), entity 'order'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.completeness import missing_items
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import AttachmentKind
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import Device, DocEntry, WorkOrder

ATTACHMENT_LIMIT_MB = 25
ATTACHMENT_LIMIT = ATTACHMENT_LIMIT_MB * 1024 * 1024
MAX_MINUTES = 24 * 60  # one entry covers at most a day's work; more is a typing error
DEVIATION_TYPE = "9"


class DocKind(StrEnum):
    """What a documentation entry records (S2)."""

    STEP = "step"  # a troubleshooting step
    FINDING = "finding"
    OUTCOME = "outcome"
    NOTE = "note"


DOC_KIND_SV: dict[str, str] = {"step": "Felsökningssteg", "finding": "Iakttagelse",
                               "outcome": "Utfall", "note": "Anteckning"}

# Type 9: how a suspected medical-device deviation is classified (code → Swedish label).
DEVIATION_CLASSES: dict[str, str] = {
    "product_fault": "Produktfel",
    "wrong_purpose": "Använd till fel ändamål",
    "lacking_information": "Bristande information",
    "lacking_maintenance": "Bristande underhåll",
    "handling_error": "Hanteringsfel",
    "other": "Annat",
}


@dataclass(frozen=True, slots=True)
class DocEntryView:
    id: int
    kind: str
    text: str
    minutes: int
    author: str
    at: datetime


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An attachment without its content; ``received`` False: announced by the portal only."""

    id: int
    file_name: str
    kind: str
    size: int
    added_by: str
    added_at: datetime
    received: bool


@dataclass(frozen=True, slots=True)
class OrderHeader:
    order_no: str
    type_code: str
    type_name: str
    status: str  # the code (registered, started …); the window names it in its language
    individual_no: str | None
    article_name: str | None
    description: str
    deviation_class: str | None
    incomplete: tuple[str, ...] = ()  # W6: what the order lacks (attachments among them)

    @property
    def classifiable(self) -> bool:
        """Only type 9 orders get a deviation class."""
        return self.type_code == DEVIATION_TYPE


@dataclass(frozen=True, slots=True)
class TechDoc:
    """The whole documentation view of one order, read in one go."""

    header: OrderHeader
    entries: tuple[DocEntryView, ...]
    attachments: tuple[AttachmentInfo, ...]

    @property
    def total_minutes(self) -> int:
        return sum(e.minutes for e in self.entries)


def file_name_of(path_or_name: str) -> str:
    """The bare file name of a Windows or POSIX path."""
    return re.split(r"[\\/]", path_or_name.strip())[-1].strip()[:255]


class TechDocService:
    """Reading and writing an order's technical documentation."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------
    def load(self, order_no: str) -> TechDoc:
        """Header, log and attachments of the order; :class:`NotFound` if there is none."""
        with self.ctx.db.reading() as session:
            order = self._order(session, order_no)
            return TechDoc(self._header(session, order), tuple(self._entries(session, order.id)),
                           tuple(self._attachments(session, order.id)))

    def entries(self, order_no: str) -> list[DocEntryView]:
        """The documentation log, oldest first (the order it was written in)."""
        with self.ctx.db.reading() as session:
            return self._entries(session, self._order(session, order_no).id)

    def attachments(self, order_no: str) -> list[AttachmentInfo]:
        """The order's attachments, without their content."""
        with self.ctx.db.reading() as session:
            return self._attachments(session, self._order(session, order_no).id)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        """(file name, bytes) of a received attachment."""
        with self.ctx.db.reading() as session:
            row = session.execute(select(models.Attachment.file_name, models.Attachment.content)
                                  .where(models.Attachment.id == attachment_id)).one_or_none()
        if row is None:
            raise NotFound("attachment_not_found", attachment_id=attachment_id)
        name, content = row
        if content is None:
            raise DomainError("attachment_not_received", name=name)
        return name, bytes(content)

    # -- writing -------------------------------------------------------------------
    def add_entry(self, order_no: str, kind: str, text: str, minutes: int = 0) -> DocEntryView:
        """Add a step, finding, outcome or note, by the person working, now."""
        user = self.ctx.user
        user.require(Action.TECH_DOC)
        if kind not in DOC_KIND_SV:
            raise ValidationError("doc_kind_unknown", field="kind", kind=kind, valid=", ".join(DOC_KIND_SV))
        body = text.strip()
        if not body:
            raise ValidationError("doc_text_required", field="text")
        if not 0 <= minutes <= MAX_MINUTES:
            raise ValidationError("doc_minutes_range", field="minutes", minutes=minutes, max=MAX_MINUTES)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._order(session, order_no)
            entry = models.DocEntry(order_id=order.id, kind=kind, text=body, minutes=minutes,
                                    author=user.login, at=now)
            session.add(entry)
            session.flush()
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="doc", field=kind, new=f"{body} ({minutes} min)")
            return _entry_view(entry)

    def add_attachment(self, order_no: str, path_or_name: str, content: bytes,
                       kind: str = AttachmentKind.OTHER.value) -> AttachmentInfo:
        """Attach a file (at most 25 MB). A file announced by the portal under the same name is filled in."""
        user = self.ctx.user
        user.require(Action.TECH_DOC)
        name = file_name_of(path_or_name)
        if not name:
            raise ValidationError("attachment_name_required", field="file")
        if kind not in {k.value for k in AttachmentKind}:
            raise ValidationError("attachment_kind_unknown", field="kind", kind=kind,
                                  valid=", ".join(k.value for k in AttachmentKind))
        if len(content) > ATTACHMENT_LIMIT:
            raise ValidationError("attachment_too_large", field="file", name=name,
                                  size_mb=len(content) / (1024 * 1024), limit_mb=ATTACHMENT_LIMIT_MB)
        if not content:
            raise ValidationError("attachment_empty", field="file", name=name)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._order(session, order_no, lock=True)
            announced_id = session.scalar(select(models.Attachment.id).where(
                models.Attachment.order_id == order.id, models.Attachment.file_name == name,
                models.Attachment.content.is_(None)))
            attachment = session.get(models.Attachment, announced_id) if announced_id else None
            if attachment is None:
                attachment = models.Attachment(order_id=order.id, file_name=name, kind=kind,
                                               added_by=user.login, added_at=now)
                session.add(attachment)
            attachment.content, attachment.size = content, len(content)
            attachment.added_by, attachment.added_at = user.login, now
            session.flush()
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="attach", field="attachment", old="announced" if announced_id else None,
                   new=f"{name} ({attachment.kind}, {len(content)} B)")
            self._recheck_complete(session, order, user.login, now)  # W6: it may be what was missing
            return AttachmentInfo(attachment.id, name, attachment.kind, len(content),
                                  user.login, now, True)

    def add_attachment_file(self, order_no: str, path: str | Path,
                            kind: str = AttachmentKind.OTHER.value) -> AttachmentInfo:
        """Attach a file from disk; a file over the limit is refused before it is read."""
        file = Path(path)
        size = file.stat().st_size
        if size > ATTACHMENT_LIMIT:
            raise ValidationError("attachment_too_large", field="file", name=file.name,
                                  size_mb=size / (1024 * 1024), limit_mb=ATTACHMENT_LIMIT_MB)
        return self.add_attachment(order_no, file.name, file.read_bytes(), kind)

    def set_deviation_class(self, order_no: str, cls: str | None) -> OrderHeader:
        """Classify a type 9 order's deviation (a code of :data:`DEVIATION_CLASSES`, or None to clear)."""
        user = self.ctx.user
        user.require(Action.TECH_DOC)
        if cls is not None and cls not in DEVIATION_CLASSES:
            raise ValidationError("deviation_class_unknown", field="deviation_class", cls=cls,
                                  valid=", ".join(DEVIATION_CLASSES))
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._order(session, order_no, lock=True)
            if order.type_code != DEVIATION_TYPE:
                raise DomainError("deviation_class_type", order_no=order.order_no, code=order.type_code)
            if set_and_record(session, order, {"deviation_class": cls}, who=user.login, at=now,
                              entity="order", key=order.order_no, action="classify"):
                order.updated_at = now
            session.flush()
            return self._header(session, order)

    # -- helpers -------------------------------------------------------------------
    def _order(self, session: Session, order_no: str, lock: bool = False) -> WorkOrder:
        stmt = select(models.WorkOrder).where(models.WorkOrder.order_no == order_no.strip())
        if lock:
            stmt = stmt.with_for_update(of=models.WorkOrder)
        order = session.scalars(stmt).unique().one_or_none()
        if order is None:
            raise NotFound("order_not_found", order_no=order_no.strip())
        return order

    def _header(self, session: Session, order: WorkOrder) -> OrderHeader:
        device: Device | None = order.device
        catalogue = self.ctx.catalogue
        return OrderHeader(
            order_no=order.order_no, type_code=order.type_code,
            type_name=catalogue.get(order.type_code).name if order.type_code in catalogue else "",
            status=order.status,
            individual_no=device.individual_no if device else None,
            article_name=device.article.name if device else None,
            description=order.description, deviation_class=order.deviation_class,
            incomplete=tuple(i for i in order.incomplete.split("|") if i),
        )

    def _entries(self, session: Session, order_id: int) -> list[DocEntryView]:
        doc = models.DocEntry
        stmt = select(doc).where(doc.order_id == order_id).order_by(doc.at, doc.id)
        return [_entry_view(e) for e in session.scalars(stmt)]

    def _attachments(self, session: Session, order_id: int) -> list[AttachmentInfo]:
        att = models.Attachment
        rows = session.execute(
            select(att.id, att.file_name, att.kind, att.size, att.added_by, att.added_at,
                   att.content.is_not(None))
            .where(att.order_id == order_id).order_by(att.id))
        return [AttachmentInfo(i, n, k, s, b, a, bool(r)) for i, n, k, s, b, a, r in rows]

    def _recheck_complete(self, session: Session, order: WorkOrder, who: str, now: datetime) -> None:
        if order.type_code not in self.ctx.catalogue:
            return
        att = models.Attachment
        kinds = session.scalars(select(att.kind).where(att.order_id == order.id))
        missing = "|".join(missing_items(self.ctx.catalogue.get(order.type_code),
                                         service_product=order.service_product,
                                         payer_no=order.payer_no, attachment_kinds=kinds))
        if set_and_record(session, order, {"incomplete": missing}, who=who, at=now,
                          entity="order", key=order.order_no, action="attach"):
            order.updated_at = now


def _entry_view(e: DocEntry) -> DocEntryView:
    return DocEntryView(e.id, e.kind, e.text, e.minutes, e.author, e.at)
