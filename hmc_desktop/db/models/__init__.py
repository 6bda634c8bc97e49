"""All tables; importing this package registers them on ``Base.metadata``."""

from hmc_desktop.db.models.audit import AuditEntry, PrintedDocument
from hmc_desktop.db.models.devices import Article, Device, Holder
from hmc_desktop.db.models.orders import (
    Attachment,
    DocEntry,
    Message,
    Orderer,
    Pickup,
    WorkOrder,
)
from hmc_desktop.db.models.reference import (
    ClosingDay,
    Mailbox,
    OpeningHours,
    OrderTypeRow,
    Setting,
    Staff,
)

__all__ = [
    "Article",
    "Attachment",
    "AuditEntry",
    "ClosingDay",
    "Device",
    "DocEntry",
    "Holder",
    "Mailbox",
    "Message",
    "OpeningHours",
    "OrderTypeRow",
    "Orderer",
    "Pickup",
    "PrintedDocument",
    "Setting",
    "Staff",
    "WorkOrder",
]
