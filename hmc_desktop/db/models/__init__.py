"""All tables, by class name: ``from hmc_desktop.db.models import WorkOrder``.

A model module is imported when one of its classes is first asked for, so that the
window's start-up does not build the mappings of the flows it does not show yet
(reconditioning, shipments, the sync log: 30 ms; issue 3). :func:`load_all` registers
every table on ``Base.metadata`` (migrations, their test).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hmc_desktop.db.models.audit import AuditEntry, PrintedDocument
    from hmc_desktop.db.models.devices import Article, Device, DeviceBlock, Holder
    from hmc_desktop.db.models.leadtimes import (
        LeadTimeBin,
        LeadTimeChange,
        LeadTimeFact,
        LeadTimeState,
        LeadTimeSum,
    )
    from hmc_desktop.db.models.orders import (
        Attachment,
        DocEntry,
        Message,
        Orderer,
        Pickup,
        WorkOrder,
    )
    from hmc_desktop.db.models.reference import (
        ChecklistStep,
        ClosingDay,
        Mailbox,
        OpeningHours,
        OrderTypeRow,
        Setting,
        Staff,
    )
    from hmc_desktop.db.models.sync import SyncLogEntry
    from hmc_desktop.db.models.workflows import (
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

MODULES: dict[str, tuple[str, ...]] = {
    "audit": ("AuditEntry", "PrintedDocument"),
    "devices": ("Article", "Device", "DeviceBlock", "Holder"),
    "leadtimes": ("LeadTimeBin", "LeadTimeChange", "LeadTimeFact", "LeadTimeState", "LeadTimeSum"),
    "orders": ("Attachment", "DocEntry", "Message", "Orderer", "Pickup", "WorkOrder"),
    "reference": ("ChecklistStep", "ClosingDay", "Mailbox", "OpeningHours", "OrderTypeRow",
                  "Setting", "Staff"),
    "sync": ("SyncLogEntry",),
    "workflows": ("CostProposal", "OrderPart", "QuickServiceSlot", "ReconPart", "ReconStepRow",
                  "Reconditioning", "Shipment", "ShipmentItem", "TimeReport"),
}
_HOME = {name: module for module, names in MODULES.items() for name in names}
__all__ = [
    "Article",
    "Attachment",
    "AuditEntry",
    "ChecklistStep",
    "ClosingDay",
    "CostProposal",
    "Device",
    "DeviceBlock",
    "DocEntry",
    "Holder",
    "LeadTimeBin",
    "LeadTimeChange",
    "LeadTimeFact",
    "LeadTimeState",
    "LeadTimeSum",
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


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def load_all() -> None:
    """Import every model module: all tables on ``Base.metadata``, all mappers registered."""
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")
