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
from hmc_desktop.db.models.sync import SyncLogEntry
from hmc_desktop.db.models.workflows import (
    ChecklistStep,
    CostProposal,
    OrderPart,
    QuickServiceSlot,
    Reconditioning,
    ReconPart,
    ReconStepRow,
    Shipment,
    ShipmentItem,
    TimeReport,
)

__all__ = [
    "Article",
    "Attachment",
    "AuditEntry",
    "ChecklistStep",
    "ClosingDay",
    "CostProposal",
    "Device",
    "DocEntry",
    "Holder",
    "Mailbox",
    "Message",
    "OpeningHours",
    "OrderPart",
    "OrderTypeRow",
    "Orderer",
    "Pickup",
    "PrintedDocument",
    "QuickServiceSlot",
    "ReconPart",
    "ReconStepRow",
    "Reconditioning",
    "Setting",
    "Shipment",
    "ShipmentItem",
    "Staff",
    "SyncLogEntry",
    "TimeReport",
    "WorkOrder",
]
