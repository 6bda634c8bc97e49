"""The device lifecycle (D2), and an imported order's status from its moments.

The work order's own state machine (W1, W4, W6, W9, S5) is :mod:`hmc_desktop.domain.order_flow`.
"""

from hmc_desktop.domain.errors import IllegalTransition
from hmc_desktop.domain.types import DeviceStatus, OrderStatus

OS = OrderStatus

D = DeviceStatus
# D2: in_use → pickup_ordered → returned → in_reconditioning → in_stock | scrapped;
# at_workshop while repaired at the centre; in_stock devices are handed out again.
DEVICE_TRANSITIONS: dict[DeviceStatus, frozenset[DeviceStatus]] = {
    D.IN_USE: frozenset({D.PICKUP_ORDERED, D.AT_WORKSHOP}),
    D.PICKUP_ORDERED: frozenset({D.RETURNED, D.IN_USE}),
    D.RETURNED: frozenset({D.IN_RECONDITIONING}),
    D.IN_RECONDITIONING: frozenset({D.IN_STOCK, D.SCRAPPED}),
    D.IN_STOCK: frozenset({D.IN_USE, D.AT_WORKSHOP, D.SCRAPPED}),
    D.AT_WORKSHOP: frozenset({D.IN_USE, D.IN_STOCK, D.IN_RECONDITIONING}),
    D.SCRAPPED: frozenset(),
}


def check_device_transition(current: DeviceStatus, target: DeviceStatus) -> None:
    """Raise :class:`IllegalTransition` unless D2 allows ``current`` → ``target``."""
    if target not in DEVICE_TRANSITIONS[current]:
        raise IllegalTransition("device_transition", current=current.value, target=target.value)


def status_from_timestamps(
    started: object | None, completed: object | None, cancelled: object | None
) -> OrderStatus:
    """The status an imported order has, from which of its moments are known."""
    if cancelled is not None:
        return OS.CANCELLED
    if completed is not None:
        return OS.COMPLETED
    if started is not None:
        return OS.STARTED
    return OS.REGISTERED
