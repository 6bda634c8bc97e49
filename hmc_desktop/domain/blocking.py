"""Blocked devices (spärr, D2): a recall (R3) or an overdue periodic inspection (PM2).

Apart from its status, a device can be blocked: it is then not delivered or handed out by
any path (quick service, SDH replacement, delivery, the pickup/return flow, import) until
the block ends — a technician releases it with a reason, its recall action is done, or
it is inspected. A device may carry several blocks at once (two campaigns, or a campaign
and an overdue inspection); each ends on its own.
"""

from dataclasses import dataclass
from enum import StrEnum

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.types import DeviceStatus


class BlockKind(StrEnum):
    RECALL = "recall"  # R3: ref is the campaign's id
    INSPECTION = "inspection"  # PM2: overdue periodic inspection
    INSPECTION_FAILED = "inspection_failed"  # PM4: not OK, its corrective order still open


@dataclass(frozen=True, slots=True)
class ActiveBlock:
    """One block in force on a device: why, and what it refers to (a campaign's id …)."""

    kind: BlockKind
    detail: str  # the campaign's title, or the day the inspection fell due / failed (YYYY-MM-DD)
    ref_id: int | None = None
    order_no: str | None = None  # a failed inspection: the corrective order that ends the block


# Transitions that put a device in someone's hands: refused while the device is blocked.
HANDOUT_TARGETS = frozenset({DeviceStatus.IN_USE})


def check_can_hand_out(individual_no: str, blocks: list[ActiveBlock]) -> None:
    """Raise a :class:`DomainError` naming the first block when ``blocks`` is not empty (D2)."""
    if not blocks:
        return
    block = blocks[0]
    if block.kind is BlockKind.RECALL:
        raise DomainError("device_blocked_recall", individual_no=individual_no,
                          campaign=block.ref_id, title=block.detail)
    if block.kind is BlockKind.INSPECTION_FAILED:
        raise DomainError("device_blocked_failed_inspection", individual_no=individual_no,
                          date=block.detail, order_no=block.order_no or "–")
    raise DomainError("device_blocked_inspection", individual_no=individual_no,
                      due=block.detail)
