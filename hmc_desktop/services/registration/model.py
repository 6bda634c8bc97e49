"""The data of registering an order: drafts, previews, facts, and the rules that need
no database: which values are valid, which orders are of one kind (likely duplicates), and
how a later correction is merged into a draft so the registration rules check it again.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hmc_desktop.db.models import WorkOrder
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.catalogue import WorkOrderType
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.messages import render
from hmc_desktop.domain.sla import Deadlines
from hmc_desktop.domain.types import OPEN_STATUSES, AttachmentKind
from hmc_desktop.services.orders.flow_rules import ORDERER_KINDS
from hmc_desktop.services.orders.techdoc import ATTACHMENT_LIMIT, ATTACHMENT_LIMIT_MB, file_name_of

SOURCES = ("portal", "phone", "fax", "walk_in")
WORK_LOCATIONS = ("centre", "unit", "home")  # seed 001 "Anpassning": the centre, the unit, home
ADAPTATION_TYPES = frozenset({"4", "6", "7"})
CORRECTIVE_TYPES = frozenset({"0", "1", "2", "3", "12", "13"})  # one kind for duplicates
UPDATABLE = ("description", "orderer_id", "individual_no", "source", "service_product",
             "payer_no", "medical_risk", "technical_review", "registered", "ordered_by_role",
             "ordered_by_name", "home_medical_treatment", "work_location",
             "prescriber_participates", "type_code")
OPEN = tuple(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True, slots=True)
class DeviceFacts:
    """What the dialog shows about a device; ``holder_name`` None without a holder or the right."""

    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    digital: bool
    simple_aid: bool
    status: str
    holder_name: str | None
    open_orders: tuple[tuple[str, str], ...]  # (order number, type code)


@dataclass(frozen=True, slots=True)
class OrdererFacts:
    """An orderer (förskrivare/beställare) to pick for an order."""

    id: int
    name: str
    unit: str
    payer_no: str


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """An article to register an unknown device as."""

    article_no: str
    name: str
    product_group: str
    digital: bool
    simple_aid: bool


@dataclass(frozen=True, slots=True)
class AttachmentDraft:
    """A file to attach; ``kind`` is an :class:`AttachmentKind` value (W6)."""

    file_name: str
    kind: str
    content: bytes


@dataclass(frozen=True, slots=True)
class OrderDraft:
    """An order being registered. ``ordered_by_*``: who ordered (W7); adaptations: where (4, 6, 7)."""

    type_code: str
    individual_no: str = ""
    orderer_id: int | None = None
    source: str = "phone"
    description: str = ""
    service_product: str = ""
    payer_no: str = ""
    attachments: tuple[AttachmentDraft, ...] = ()
    medical_risk: bool = False
    technical_review: bool = False
    ordered_by_role: str = "prescriber"
    ordered_by_name: str = ""  # empty for a prescriber: the orderer's name
    home_medical_treatment: bool = False  # W7's exception
    work_location: str = ""
    prescriber_participates: bool | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """A problem or warning as a message key; :meth:`message` is its sentence."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: str = "sv") -> str:
        return render(self.key, lang, dict(self.params))


@dataclass(frozen=True, slots=True)
class Preview:
    """What the order would get if registered now; ``problems`` block saving, the rest warn."""

    type_code: str
    registered: datetime
    mailbox: str
    deadlines: Deadlines
    billing: str
    missing: tuple[str, ...]  # W6, as in CONTRACT
    duplicates: tuple[str, ...]  # open orders of the same kind on the device
    problems: tuple[Notice, ...]
    warnings: tuple[Notice, ...]
    device: DeviceFacts | None
    device_unknown: bool

    @property
    def can_save(self) -> bool:
        return not self.problems


def kind_of(code: str) -> str:
    """Orders of one kind on one device are likely duplicates: corrective maintenance is one kind."""
    return "corrective" if code in CORRECTIVE_TYPES else code


def _check_choice(value: str, valid: tuple[str, ...], key: str, param: str, empty_ok: bool) -> None:
    if value not in valid and not (empty_ok and value == ""):
        raise ValidationError(key, field=param, valid=", ".join(valid), **{param: value})


def check_draft(draft: OrderDraft, t: WorkOrderType, with_files: bool = True) -> None:
    """Values no form offers (programming errors, bad files): refused outright."""
    _check_choice(draft.source, SOURCES, "source_unknown", "source", False)
    _check_choice(draft.work_location, WORK_LOCATIONS, "work_location_unknown", "location", True)
    if draft.work_location and t.code not in ADAPTATION_TYPES:
        raise ValidationError("work_location_type", field="work_location", code=t.code)
    if draft.ordered_by_role not in ORDERER_KINDS:
        raise ValidationError("orderer_kind_unknown", field="role", kind=draft.ordered_by_role,
                              valid=", ".join(ORDERER_KINDS))
    for a in draft.attachments if with_files else ():
        name = file_name_of(a.file_name)
        if not name:
            raise ValidationError("attachment_name_required", field="file")
        _check_choice(a.kind, tuple(AttachmentKind), "attachment_kind_unknown", "kind", False)
        if len(a.content) > ATTACHMENT_LIMIT:
            raise ValidationError("attachment_too_large", field="file", name=name,
                                  size_mb=len(a.content) / 2**20, limit_mb=ATTACHMENT_LIMIT_MB)
        if not a.content:
            raise ValidationError("attachment_empty", field="file", name=name)


# Which changed fields make a problem found by _assess block an update.
PROBLEM_FIELDS: dict[str, set[str]] = {
    "orderer_not_found": {"orderer_id"},
    "description_required": {"description"},
    "prescriber_only": {"ordered_by_role", "home_medical_treatment"},
    "orderer_name_required": {"ordered_by_role", "ordered_by_name", "orderer_id"},
    "technical_review_type": {"technical_review"},
}
_FLAGS = ("medical_risk", "technical_review")


def clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The stored columns ``changes`` asks for, with texts stripped and flags as bools."""
    values: dict[str, Any] = {}
    for k, v in changes.items():
        if k in ("type_code", "individual_no", "home_medical_treatment"):
            continue
        if k in _FLAGS:
            v = bool(v)
        elif k == "registered":
            v = to_local(v)
        elif isinstance(v, str):
            v = v.strip()
        values[k] = v
    return values


def merged_draft(order: WorkOrder, values: dict[str, Any], changes: dict[str, Any]) -> OrderDraft:
    """The order with ``values`` applied, as a draft, so the registration rules re-check it."""
    def get(name: str) -> Any:
        return values.get(name, getattr(order, name))
    device = changes.get("individual_no", order.device.individual_no if order.device else "")
    return OrderDraft(
        type_code=order.type_code, individual_no=str(device or ""), orderer_id=get("orderer_id"),
        source=get("source"), description=get("description"),
        service_product=get("service_product"), payer_no=get("payer_no"),
        attachments=tuple(AttachmentDraft(a.file_name, a.kind, b"") for a in order.attachments),
        technical_review=get("technical_review"), ordered_by_role=get("ordered_by_role"),
        ordered_by_name=get("ordered_by_name"), work_location=get("work_location"),
        home_medical_treatment=bool(changes.get("home_medical_treatment", False)),
        prescriber_participates=get("prescriber_participates"))
