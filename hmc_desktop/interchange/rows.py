"""Validation of raw rows into typed order and device rows (CONTRACT "Import format").

Every problem of a row is collected (one :class:`RowError` per bad field), so a
person fixing the file sees them all at once. Values follow three states that the
importer must keep apart:

* key absent from the row (``key not in row.present``): leave the stored value as it is;
* key present but empty: the value is ``None`` (or ``()`` for attachments): clear it;
* key present with a value: set it.

Rules checked here are those a row can break on its own: required values, formats,
the type catalogue, W4 (a cancellation needs a reason), W8 (technical review only on
types 0–2), personnummer check digits, and the order of the timestamps. Rules that
need the database (a changed type, W2) are the importer's; so is "a new order needs
an individual number" when the column is absent (see :meth:`OrderRow.new_order_errors`).
Incomplete orders (W6) are *not* rejected: they are imported and flagged.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from hmc_desktop.domain.catalogue import (
    DEFAULT_CATALOGUE,
    QUICK_SERVICE_TYPE,
    Catalogue,
    WorkOrderType,
)
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.inspection import INTERVAL_MAX
from hmc_desktop.domain.people import clean_name
from hmc_desktop.domain.personnummer import parse_personnummer
from hmc_desktop.domain.sla import check_technical_review
from hmc_desktop.domain.types import AttachmentKind, DeviceStatus
from hmc_desktop.interchange import values as conv
from hmc_desktop.interchange.cells import CsvLengths, cell_problems, plain_csv_row
from hmc_desktop.interchange.errors import RowError, reason_of
from hmc_desktop.interchange.reader import RawRow, SourceFile, paused_gc

__all__ = [
    "DeviceRow",
    "OrderRow",
    "RowError",
    "count_rejected",
    "parse_device_row",
    "parse_order_row",
    "validate_file",
]


@dataclass(slots=True)
class OrderRow:
    """A valid work-order row. ``present``: the optional columns the row carried.

    Treat as read-only. (Not ``frozen``: a frozen dataclass of this width costs more to
    build than the rest of the validation, and a file may hold 150,000 rows.)
    """

    line: int
    order_no: str
    type_code: str  # normalised, e.g. '01' → '1'
    registered: datetime  # naive Stockholm wall time, minute precision
    present: frozenset[str] = frozenset()
    individual_no: str | None = None
    article_no: str | None = None
    article_name: str | None = None
    digital: bool | None = None
    orderer_name: str | None = None
    orderer_unit: str | None = None
    payer_no: str | None = None
    service_product: str | None = None
    user_name: str | None = None
    user_address: str | None = None
    user_phone: str | None = None
    user_personnummer: str | None = None  # normalised YYYYMMDD-NNNN
    description: str | None = None
    attachments: tuple[str, ...] = ()
    attachment_kinds: tuple[AttachmentKind, ...] = ()  # same length as attachments
    technical_review: bool | None = None
    medical_risk: bool | None = None
    quick_service: bool | None = None
    started: datetime | None = None
    completed: datetime | None = None
    cancelled: datetime | None = None
    cancel_reason: str | None = None

    def new_order_errors(self, catalogue: Catalogue = DEFAULT_CATALOGUE) -> list[RowError]:
        """What this row lacks to *create* an order (the importer calls it for unknown order_no).

        An absent individual_no is fine for an update (the stored one stays) but a new
        order needs one unless its type is a consultation without a device.
        """
        if self.individual_no is None and catalogue.get(self.type_code).requires_device:
            err = ValidationError("device_required", field="individual_no", code=self.type_code)
            return [RowError(self.line, "individual_no", reason_of(err))]
        return []


@dataclass(slots=True)
class DeviceRow:
    """A valid device row. ``present``: the optional columns the row carried. Read-only."""

    line: int
    individual_no: str
    article_no: str
    present: frozenset[str] = frozenset()
    article_name: str | None = None
    digital: bool | None = None
    holder: str | None = None  # None: in stock
    location: str | None = None
    delivered: date | None = None
    lifetime_years: int | None = None
    status: DeviceStatus | None = None  # None: derive from the holder
    inspection_interval_months: int | None = None  # PM1: the article's; None leaves it
    last_inspected: date | None = None  # PM2

    @property
    def effective_status(self) -> DeviceStatus:
        """The status given, or derived: in use with a holder, in stock without (D1, D2)."""
        if self.status is not None:
            return self.status
        return DeviceStatus.IN_USE if self.holder else DeviceStatus.IN_STOCK


_Converter = Callable[[object], Any]

_ORDER_CONVERTERS: dict[str, _Converter] = {
    **{k: conv.text for k in (
        "individual_no", "article_no", "article_name", "orderer_name", "orderer_unit",
        "payer_no", "service_product", "user_name", "user_address", "user_phone",
        "user_personnummer", "description", "cancel_reason",
    )},
    **{k: conv.boolean for k in ("digital", "technical_review", "medical_risk", "quick_service")},
    **{k: conv.timestamp for k in ("started", "completed", "cancelled")},
    "attachments": conv.name_list,
    "attachment_kinds": conv.name_list,
}  # fmt: skip

# Exact spellings seen in practice; anything else goes through conv.boolean.
_FAST_BOOLEANS: dict[str, bool | None] = {
    "": None, "ja": True, "nej": False, "Ja": True, "Nej": False, "JA": True, "NEJ": False,
    "true": True, "false": False, "1": True, "0": False,
}  # fmt: skip

_DEVICE_CONVERTERS: dict[str, _Converter] = {
    **{k: conv.text for k in ("article_name", "holder", "location")},
    "digital": conv.boolean,
    "delivered": conv.day,
    "lifetime_years": conv.lifetime,
    "status": conv.device_status,
    "inspection_interval_months": conv.whole_number,
    "last_inspected": conv.day,
}


_ABSENT = object()


class _Problems:
    """The errors of one row, at most one per field."""

    __slots__ = ("errors", "fields", "line")

    def __init__(self, line: int) -> None:
        self.line = line
        self.errors: list[RowError] = []
        self.fields: set[str] = set()

    def add(self, field: str, reason: str) -> None:
        if field not in self.fields:
            self.fields.add(field)
            self.errors.append(RowError(self.line, field, reason))


def _required_text(values: dict[str, object], key: str, problems: _Problems) -> str | None:
    value = values.get(key, _ABSENT)
    if type(value) is str:
        text = value.strip()
        if text:
            return text
    elif value is _ABSENT:
        problems.add(key, "required, but missing")
        return None
    try:
        converted = conv.text(value)
    except conv.BadValue as bad:
        problems.add(key, bad.reason)
        return None
    if converted is None:
        problems.add(key, "required, but empty")
    return converted


@dataclass(frozen=True, slots=True)
class _Plan:
    """How to convert rows with one set of keys; all rows of a CSV file share one."""

    text: tuple[str, ...]  # keys whose converter is conv.text
    booleans: tuple[str, ...]  # keys whose converter is conv.boolean
    others: tuple[tuple[str, _Converter, object], ...]  # key, converter, value for ""
    present: frozenset[str]


_PLANS: dict[tuple[int, tuple[str, ...]], _Plan] = {}


def _plan(values: dict[str, object], converters: dict[str, _Converter]) -> _Plan:
    key = (id(converters), tuple(values))  # converters: one of the two module constants
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) > 1000:  # JSON objects may each have other keys: stay bounded
            _PLANS.clear()
        wanted = [k for k in values if k in converters]
        plan = _Plan(
            text=tuple(k for k in wanted if converters[k] is conv.text),
            booleans=tuple(k for k in wanted if converters[k] is conv.boolean),
            others=tuple(
                (k, converters[k], converters[k](""))
                for k in wanted
                if converters[k] not in (conv.text, conv.boolean)
            ),
            present=frozenset(wanted),
        )
        _PLANS[key] = plan
    return plan


def _convert_optional(
    values: dict[str, object], plan: _Plan, problems: _Problems
) -> dict[str, Any]:
    """Convert the optional columns present in ``values``; a bad one goes to ``problems``.

    This runs for every cell of a large file, so it is written for speed: plain
    strings (every CSV cell) take inline paths, the converters handle the rest.
    """
    out: dict[str, Any] = {k: v.strip() or None for k in plan.text if type(v := values[k]) is str}
    if len(out) != len(plan.text):  # JSON numbers, null, lists …
        for k in plan.text:
            if k not in out:
                try:
                    out[k] = conv.text(values[k])
                except conv.BadValue as bad:
                    problems.add(k, bad.reason)
    fast = _FAST_BOOLEANS
    flags = {k: fast[v] for k in plan.booleans if type(v := values[k]) is str and v in fast}
    out.update(flags)
    if len(flags) != len(plan.booleans):  # other spellings, JSON true/false, mistakes
        for k in plan.booleans:
            if k not in flags:
                try:
                    out[k] = conv.boolean(values[k])
                except conv.BadValue as bad:
                    problems.add(k, bad.reason)
    for k, convert, empty in plan.others:
        v = values[k]
        if v == "":
            out[k] = empty
            continue
        try:
            out[k] = convert(v)
        except conv.BadValue as bad:
            problems.add(k, bad.reason)
    return out


def _fmt(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass(slots=True)
class _FileMemo:
    """What validating one file remembers from row to row.

    A user has many orders, so a personnummer recurs, and checking one costs a third
    of a row; a type code recurs on nearly every row. The memo lives only as long as
    the file's validation: no personal data is kept in the process afterwards.
    """

    catalogue: Catalogue
    today: date
    plan: _Plan | None = None  # every row has the same keys (a CSV file's header)
    limits: Mapping[str, int] = field(default_factory=dict)  # column → characters it holds
    csv_lengths: CsvLengths | None = None  # a CSV file's columns with a limit
    personnummer: dict[str, str] = field(default_factory=dict)  # as given → normalised
    types: dict[str, WorkOrderType] = field(default_factory=dict)  # as given → type


def parse_order_row(
    raw: RawRow, *, catalogue: Catalogue = DEFAULT_CATALOGUE, today: date | None = None,
    limits: Mapping[str, int] | None = None,
) -> OrderRow | list[RowError]:
    """Validate one work-order row; ``today`` dates two-digit-year personnummer (default: today);
    ``limits``: the characters each column holds (the importer takes them from the models)."""
    return _parse_order(raw, _FileMemo(catalogue, today or date.today(), limits=limits or {}))


def _parse_order(raw: RawRow, memo: _FileMemo) -> OrderRow | list[RowError]:
    """:func:`parse_order_row`, remembering what recurs in ``memo``."""
    values = raw.values
    problems = _Problems(raw.line)
    order_no = _required_text(values, "order_no", problems)
    type_text = _required_text(values, "type", problems)
    order_type = None
    if type_text is not None:
        order_type = memo.types.get(type_text)
        if order_type is None:
            try:
                order_type = memo.types[type_text] = memo.catalogue.get(type_text)
            except ValidationError as err:
                problems.add("type", reason_of(err))
    registered = None
    if "registered" not in values:
        problems.add("registered", "required, but missing")
    else:
        try:
            registered = conv.timestamp(values["registered"])
        except conv.BadValue as bad:
            problems.add("registered", bad.reason)
        else:
            if registered is None:
                problems.add("registered", "required, but empty")
    plan = memo.plan or _plan(values, _ORDER_CONVERTERS)
    out = _convert_optional(values, plan, problems)
    if memo.csv_lengths is None or not plain_csv_row(values, memo.csv_lengths):
        cells = [(k, v) for k in plan.text if (v := out.get(k))]
        if order_no:
            cells.append(("order_no", order_no))
        cells.extend(("attachments", name) for name in out.get("attachments") or ())
        for key, reason in cell_problems(cells, memo.limits):
            problems.add(key, reason)

    # The checks below are guarded inline: most rows need none of them.
    user = out.get("user_name")
    if user is not None and ("  " in user or not user.isascii()):
        out["user_name"] = clean_name(user)  # one spelling per name: NFC, single spaces
    given = out.get("user_personnummer")
    if given is not None:
        pnr = memo.personnummer.get(given)
        if pnr is None:
            try:
                pnr = memo.personnummer[given] = parse_personnummer(given, memo.today).value
            except ValidationError as err:
                problems.add("user_personnummer", reason_of(err))
        out["user_personnummer"] = pnr
    if order_type is not None:
        if (
            order_type.requires_device
            and "individual_no" in values
            and out.get("individual_no") is None
            and "individual_no" not in problems.fields
        ):
            missing = ValidationError(
                "device_required", field="individual_no", code=order_type.code
            )
            problems.add("individual_no", reason_of(missing))
        if out.get("technical_review"):
            try:  # W8
                check_technical_review(order_type, True)
            except ValidationError as err:
                problems.add("technical_review", reason_of(err))
        if out.get("quick_service") and order_type.code != QUICK_SERVICE_TYPE:
            reason = f"quick service is recorded as a type {QUICK_SERVICE_TYPE} order, not type {order_type.code}"
            problems.add("quick_service", reason)
    if "attachments" in out or out.get("attachment_kinds"):
        _check_attachments(out, problems)
    if out.get("started") or out.get("completed") or out.get("cancelled"):
        _check_times(registered, out, problems)

    if problems.errors:
        return problems.errors
    assert order_no is not None and order_type is not None and registered is not None
    return OrderRow(line=raw.line, order_no=order_no, type_code=order_type.code,
                    registered=registered, present=plan.present, **out)  # fmt: skip


def _check_attachments(out: dict[str, Any], problems: _Problems) -> None:
    """Pair attachments with their kinds (W6): same count; absent or empty kinds → all 'other'."""
    if "attachments" in problems.fields or "attachment_kinds" in problems.fields:
        return
    names: tuple[str, ...] | None = out.get("attachments")
    kind_names: tuple[str, ...] = out.get("attachment_kinds") or ()
    if not kind_names:
        if names is not None:
            out["attachment_kinds"] = (AttachmentKind.OTHER,) * len(names)
        return
    kinds: list[AttachmentKind] = []
    for kind_name in kind_names:
        try:
            kinds.append(conv.attachment_kind(kind_name))
        except conv.BadValue as bad:
            problems.add("attachment_kinds", bad.reason)
            return
    count = len(names or ())
    if len(kinds) != count:
        problems.add("attachment_kinds", f"{len(kinds)} kinds for {count} attachments")
    else:
        out["attachment_kinds"] = tuple(kinds)


def _check_times(registered: datetime | None, out: dict[str, Any], problems: _Problems) -> None:
    started: datetime | None = out.get("started")
    completed: datetime | None = out.get("completed")
    cancelled: datetime | None = out.get("cancelled")
    if registered is not None:
        for key, moment in (
            ("started", started),
            ("completed", completed),
            ("cancelled", cancelled),
        ):
            if moment is not None and moment < registered:
                problems.add(key, f"{_fmt(moment)} is before registered {_fmt(registered)}")
    if started is not None and completed is not None and completed < started:
        problems.add("completed", f"{_fmt(completed)} is before started {_fmt(started)}")
    if completed is not None and cancelled is not None:
        problems.add("cancelled", "an order cannot be both completed and cancelled")
    if cancelled is not None and out.get("cancel_reason") is None:  # W4
        problems.add("cancel_reason", "a reason is required when an order is cancelled")


def parse_device_row(raw: RawRow, limits: Mapping[str, int] | None = None
                     ) -> DeviceRow | list[RowError]:
    """Validate one device row (``limits``: as for :func:`parse_order_row`)."""
    values = raw.values
    problems = _Problems(raw.line)
    individual_no = _required_text(values, "individual_no", problems)
    article_no = _required_text(values, "article_no", problems)
    plan = _plan(values, _DEVICE_CONVERTERS)
    out = _convert_optional(values, plan, problems)
    months = out.get("inspection_interval_months")
    if months is not None and months > INTERVAL_MAX:  # PM1
        problems.add("inspection_interval_months",
                     f"expected 0 to {INTERVAL_MAX} months (0: not inspected), got {months}")
    cells = [(k, v) for k in plan.text if (v := out.get(k))]
    cells.extend((k, v) for k, v in (("individual_no", individual_no),
                                     ("article_no", article_no)) if v)
    for key, reason in cell_problems(cells, limits or {}):
        problems.add(key, reason)
    if problems.errors:
        return problems.errors
    assert individual_no is not None and article_no is not None
    return DeviceRow(line=raw.line, individual_no=individual_no, article_no=article_no,
                     present=plan.present, **out)  # fmt: skip


_T = TypeVar("_T", OrderRow, DeviceRow)


def _validate(
    rows: list[RawRow], parse: Callable[[RawRow], _T | list[RowError]], key: str
) -> tuple[list[_T], list[RowError]]:
    valid: list[_T] = []
    errors: list[RowError] = []
    first_line: dict[str, int] = {}
    for raw in rows:
        result = parse(raw)
        duplicate = None
        if isinstance(result, list):
            try:
                value = conv.text(raw.values.get(key))
            except conv.BadValue:
                value = None
        else:
            value = getattr(result, key)
        if value is not None:
            first = first_line.setdefault(value, raw.line)
            if first != raw.line:
                reason = f"{key} appears twice in this file (first on line {first})"
                duplicate = RowError(raw.line, key, reason)
        if isinstance(result, list):
            errors.extend(result)
            if duplicate is not None and all(e.field != key for e in result):
                errors.append(duplicate)
        elif duplicate is not None:
            errors.append(duplicate)
        else:
            valid.append(result)
    return valid, errors


def validate_file(
    source: SourceFile, *, catalogue: Catalogue = DEFAULT_CATALOGUE, today: date | None = None,
    limits: Mapping[str, int] | None = None,
) -> tuple[list[OrderRow] | list[DeviceRow], list[RowError]]:
    """Validate every row of ``source``: the valid rows, and every error sorted by line.

    A key (order_no, or individual_no for devices) seen twice: the later row is
    rejected ("… appears twice in this file (first on line N)"), whether or not the
    first was valid, since the file does not say which one is meant.
    """
    valid: list[OrderRow] | list[DeviceRow]
    with paused_gc():
        if source.kind == "orders":
            memo = _FileMemo(catalogue, today or date.today(), limits=limits or {})
            if source.format == "csv":  # every row has every column of the header
                memo.plan = _plan(dict.fromkeys(source.columns), _ORDER_CONVERTERS)
                memo.csv_lengths = CsvLengths.of(source.columns, memo.limits)
            valid, errors = _validate(source.rows, lambda raw: _parse_order(raw, memo), "order_no")
        else:
            valid, errors = _validate(source.rows, lambda raw: parse_device_row(raw, limits),
                                      "individual_no")
    errors = sorted([*source.problems, *errors], key=lambda e: e.line)
    return valid, errors


def count_rejected(errors: Iterable[RowError]) -> int:
    """The number of rejected rows (an import's ``R rejected``): distinct lines with an error."""
    return len({e.line for e in errors})
