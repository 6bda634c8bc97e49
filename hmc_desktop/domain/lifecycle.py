"""State machines: the work order (W1) and the device lifecycle (D2)."""

from hmc_desktop.domain.errors import IllegalTransition
from hmc_desktop.domain.types import DeviceStatus, OrderStatus

O = OrderStatus
# W1: registered → started → (waiting) → completed; cancelled from any open status.
ORDER_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    O.REGISTERED: frozenset({O.STARTED, O.WAITING, O.CANCELLED}),
    O.STARTED: frozenset({O.WAITING, O.COMPLETED, O.CANCELLED}),
    O.WAITING: frozenset({O.STARTED, O.CANCELLED}),
    O.COMPLETED: frozenset(),
    O.CANCELLED: frozenset(),
}

ORDER_ACTION_WORDS: dict[OrderStatus, str] = {
    O.STARTED: "started",
    O.WAITING: "put on hold",
    O.COMPLETED: "completed",
    O.CANCELLED: "cancelled",
}


def check_order_transition(current: OrderStatus, target: OrderStatus) -> None:
    """Raise :class:`IllegalTransition` unless W1 allows ``current`` → ``target``."""
    if target not in ORDER_TRANSITIONS[current]:
        action = "resumed" if (current, target) == (O.WAITING, O.STARTED) else ORDER_ACTION_WORDS.get(
            target, str(target)
        )
        raise IllegalTransition("order_transition", current=current.value, action=action)


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
        return O.CANCELLED
    if completed is not None:
        return O.COMPLETED
    if started is not None:
        return O.STARTED
    return O.REGISTERED
