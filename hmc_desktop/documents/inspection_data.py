"""The content of the periodic-inspection documents (PM3, PM5, PM6), assembled before drawing.

As in :mod:`hmc_desktop.documents.data`, ``to_dict()`` is stored with a printed document so
that it prints again identically. The notice to a user holds only what the user needs — when,
what, whom to call — and has no field for a personal identity number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, NamedTuple

from hmc_desktop.documents.data import CentreInfo, _freeze, _Serializable

Result = Literal["ok", "not_ok"]


class InspectionStepLine(NamedTuple):
    """One checklist step and what the technician found."""

    name: str
    result: str  # "OK", "Ej OK", "Åtgärdat", "–" (not assessed)
    note: str


@dataclass(frozen=True)
class InspectionProtocolData(_Serializable):
    """An inspection protocol (besiktningsprotokoll), PM5."""

    centre: CentreInfo
    inspection_id: int
    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    location: str
    performed_on: date
    recorded_at: datetime
    technician: str
    result: Result
    note: str
    steps: tuple[InspectionStepLine, ...]
    interval_months: int | None
    due: date | None  # the due day this inspection answered
    next_due: date | None
    order_no: str = ""  # the corrective order of an inspection not OK
    order_type: str = ""

    def __post_init__(self) -> None:
        _freeze(self, "steps", InspectionStepLine)
        if self.result not in ("ok", "not_ok"):
            raise ValueError(f"result must be 'ok' or 'not_ok', not {self.result!r}")


class NoticeDevice(NamedTuple):
    """A device a visit will inspect, and when."""

    individual_no: str
    article_name: str
    visit_at: datetime
    minutes: int


@dataclass(frozen=True)
class InspectionNoticeData(_Serializable):
    """A notice to a user (avisering), PM3: the visit's time, the devices, whom to call."""

    centre: CentreInfo
    holder_name: str
    street: str
    postal_code: str
    city: str
    devices: tuple[NoticeDevice, ...]
    change_by: date  # the last working day to call and move the visit
    issued_at: datetime

    def __post_init__(self) -> None:
        _freeze(self, "devices", NoticeDevice)
        if not self.devices:
            raise ValueError("a notice names at least one device")


class GroupInspections(NamedTuple):
    """PM6 for one product group: inspections that fell due in the period and how they went."""

    product_group: str
    due: int
    on_time: int
    late: int
    overdue: int
    pending: int

    @property
    def share_on_time(self) -> float | None:
        """Done by the due day, of those whose due day has passed (None when none has)."""
        judged = self.on_time + self.late + self.overdue
        return self.on_time / judged if judged else None


@dataclass(frozen=True)
class InspectionReportData(_Serializable):
    """PM6: inspections due from ``first`` to ``last``, per product group, as of ``as_of``."""

    centre: CentreInfo
    first: date
    last: date
    as_of: datetime
    groups: tuple[GroupInspections, ...]
    total: GroupInspections

    def __post_init__(self) -> None:
        _freeze(self, "groups", GroupInspections)
        if not isinstance(self.total, GroupInspections):
            object.__setattr__(self, "total", GroupInspections(*self.total))
