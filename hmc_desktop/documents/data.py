"""The content of each document, assembled before anything is drawn.

A renderer only draws what is in these objects, so storing ``to_dict()`` with the
printed document is enough to print it again identically later (``from_dict``).
Dictionaries are JSON-safe: dates and datetimes as ISO 8601 strings, bytes as base64.

The pickup order deliberately has no field for a personal identity number: the
slip travels with drivers and must only hold what the pickup needs (DOMAIN,
"Documents").
"""

from __future__ import annotations

import base64
import dataclasses
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, NamedTuple, Self, get_args, get_origin, get_type_hints

from hmc_desktop.documents.text import fmt_postal_code, swedish_key

Outcome = Literal["in_stock", "scrapped"]


def _encode(value: Any) -> Any:
    if isinstance(value, _Serializable):
        return value.to_dict()
    if isinstance(value, datetime | date):  # datetime is a date: one branch serves both
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple) and hasattr(value, "_asdict"):  # NamedTuple: keyed by name
        return {k: _encode(v) for k, v in value._asdict().items()}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _decode(tp: Any, raw: Any) -> Any:
    if raw is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in get_args(tp) if a is not type(None)]
        return _decode(inner, raw)
    if origin is tuple:
        item_type = get_args(tp)[0]
        return tuple(_decode(item_type, r) for r in raw)
    if origin is Literal:
        if raw not in get_args(tp):
            raise ValueError(f"{raw!r} is not one of {get_args(tp)}")
        return raw
    if tp is datetime:
        return datetime.fromisoformat(raw)
    if tp is date:
        return date.fromisoformat(raw)
    if tp is bytes:
        return base64.b64decode(raw, validate=True)
    if isinstance(tp, type) and issubclass(tp, _Serializable):
        return tp.from_dict(raw)
    if isinstance(tp, type) and issubclass(tp, tuple):  # a NamedTuple, stored as a dict
        hints = get_type_hints(tp)
        return tp(**{k: _decode(hints[k], v) for k, v in raw.items()})
    return raw


class _Serializable:
    """``to_dict``/``from_dict`` for the frozen dataclasses below, driven by their type hints."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dictionary of every field."""
        assert dataclasses.is_dataclass(self)
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild the object from ``to_dict()``'s output; unknown keys are an error."""
        assert dataclasses.is_dataclass(cls)
        hints = get_type_hints(cls)
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
        return cls(**{k: _decode(hints[k], v) for k, v in data.items()})


def _freeze(obj: object, name: str, item: Callable[..., Any] | None = None) -> None:
    """Turn a list argument into a tuple (of ``item``s, if plain tuples were given),
    so that equal content compares equal and the object stays immutable."""
    values = getattr(obj, name)
    if item is not None:
        values = (v if isinstance(v, item) else item(*v) for v in values)  # type: ignore[arg-type]
    object.__setattr__(obj, name, tuple(values))


@dataclass(frozen=True)
class CentreInfo(_Serializable):
    """The centre that issues a document: printed in every header."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None

    def __post_init__(self) -> None:
        _freeze(self, "address_lines")


@dataclass(frozen=True)
class PickupOrderData(_Serializable):
    """A pickup order (hämtorder): which device to fetch, where, from whom and why."""

    centre: CentreInfo
    pickup_id: int
    pickup_date: date
    order_no: str
    order_type_code: str
    order_type_name: str
    reason: str  # why the device is fetched: the order's description
    individual_no: str
    article_no: str
    article_name: str
    holder_name: str
    street: str
    postal_code: str
    city: str
    phone: str
    orderer_name: str
    orderer_unit: str
    created_by: str
    created_at: datetime


class ShipmentLine(NamedTuple):
    """One part on a shipping note; ``quantity`` = ``delivered_now`` + ``delivered_later``."""

    article_no: str
    article_name: str
    quantity: int
    delivered_now: int
    delivered_later: int


@dataclass(frozen=True)
class ShippingNoteData(_Serializable):
    """A spare-part shipping note (följesedel), S3: parts for a user-performed repair."""

    centre: CentreInfo
    shipment_id: int
    delivery_no: int  # which delivery of the order this is: 1, 2, …
    partial: bool
    express: bool
    order_no: str
    recipient_name: str
    recipient_street: str
    recipient_postal_code: str
    recipient_city: str
    recipient_phone: str
    lines: tuple[ShipmentLine, ...]
    instruction: str  # what the recipient should do with the parts
    performed_by: str  # who does the repair, e.g. "Brukaren med stöd av anhörig"
    technician: str
    shipped_at: datetime
    delivery_count: int | None = None  # total deliveries, if known ("Delleverans 1 av 2")

    def __post_init__(self) -> None:
        _freeze(self, "lines", ShipmentLine)


class ReconStep(NamedTuple):
    """One checklist step of a reconditioning and its result."""

    name: str
    result: str  # "OK", "Åtgärdat", "Ej OK", …
    note: str
    done_by: str


class UsedPart(NamedTuple):
    """A part fitted during reconditioning."""

    article_no: str
    name: str
    quantity: int


@dataclass(frozen=True)
class ReconLogData(_Serializable):
    """A reconditioning log (rekonditioneringsprotokoll), S4."""

    centre: CentreInfo
    recon_id: int
    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    digital: bool
    steps: tuple[ReconStep, ...]
    parts_used: tuple[UsedPart, ...]
    data_wiped: bool | None  # None for a non-digital aid
    outcome: Outcome
    scrap_reason: str
    technician: str
    signed_off_at: datetime

    def __post_init__(self) -> None:
        _freeze(self, "steps", ReconStep)
        _freeze(self, "parts_used", UsedPart)
        if self.outcome not in ("in_stock", "scrapped"):
            raise ValueError(f"outcome must be 'in_stock' or 'scrapped', not {self.outcome!r}")


def sort_for_route(items: Iterable[PickupOrderData]) -> list[PickupOrderData]:
    """The pickups in driving order: by postal code, then street (Swedish order,
    house numbers as numbers); pickups at the same address keep their given order."""
    return sorted(
        items,
        key=lambda p: (fmt_postal_code(p.postal_code).replace(" ", ""), swedish_key(p.street)),
    )
