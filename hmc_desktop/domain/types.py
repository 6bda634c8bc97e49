"""Enumerations shared by every layer (W1, D2, roles, billing)."""

from enum import StrEnum


class OrderStatus(StrEnum):
    """W1: the status of a work order."""

    REGISTERED = "registered"
    STARTED = "started"
    WAITING = "waiting"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in (OrderStatus.COMPLETED, OrderStatus.CANCELLED)


OPEN_STATUSES = (OrderStatus.REGISTERED, OrderStatus.STARTED, OrderStatus.WAITING)


class DeviceStatus(StrEnum):
    """D2: where a device is in its lifecycle."""

    IN_USE = "in_use"
    PICKUP_ORDERED = "pickup_ordered"
    RETURNED = "returned"
    IN_RECONDITIONING = "in_reconditioning"
    IN_STOCK = "in_stock"
    SCRAPPED = "scrapped"
    AT_WORKSHOP = "at_workshop"


class Role(StrEnum):
    """What a staff member does at the centre."""

    TECHNICIAN = "technician"
    SUPPORT = "support"
    CUSTOMER_SERVICE = "customer_service"
    WAREHOUSE = "warehouse"
    ADMIN = "admin"


class Billing(StrEnum):
    """How an order is paid for (the DOMAIN table's billing column)."""

    INCLUDED = "included"
    INVOICED = "invoiced"
    AGREEMENT = "agreement"


class AttachmentKind(StrEnum):
    """What an attached file is, for the completeness rule W6."""

    CONSULTATION_BASIS = "consultation_basis"
    SPECIAL_ADAPTATION_INSTRUCTION = "special_adaptation_instruction"
    OTHER = "other"
