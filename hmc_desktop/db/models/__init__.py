"""All tables, by class name: ``from hmc_desktop.db.models import WorkOrder``.

The package itself is cheap to import: the window's first rows are read with the Core
tables of :mod:`hmc_desktop.db.tables`, and no model module loads before they show
(start-up time). The first model asked for loads *every* model module (:func:`load_all`),
and :mod:`hmc_desktop.db.base` does the same before SQLAlchemy configures any mapping:
a unit of work sorts the tables by their foreign keys, so a process that has loaded
``WorkOrder`` but not ``OrderTypeRow`` could not save an order (``NoReferencedTableError``).
Whatever a process imports first, the ORM always sees every table.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hmc_desktop.db.models.audit import AuditEntry, PersonalDataRead, PrintedDocument
    from hmc_desktop.db.models.devices import Article, Device, DeviceBlock, Holder
    from hmc_desktop.db.models.inspections import (
        Inspection,
        InspectionPlan,
        InspectionPlanStep,
        InspectionStepRow,
        InspectionVisit,
    )
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
    from hmc_desktop.db.models.recalls import RecallCampaign, RecallDevice, RecallOrder
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
    "audit": ("AuditEntry", "PersonalDataRead", "PrintedDocument"),
    "devices": ("Article", "Device", "DeviceBlock", "Holder"),
    "inspections": ("Inspection", "InspectionPlan", "InspectionPlanStep", "InspectionStepRow",
                    "InspectionVisit"),
    "leadtimes": ("LeadTimeBin", "LeadTimeChange", "LeadTimeFact", "LeadTimeState", "LeadTimeSum"),
    "orders": ("Attachment", "DocEntry", "Message", "Orderer", "Pickup", "WorkOrder"),
    "recalls": ("RecallCampaign", "RecallDevice", "RecallOrder"),
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
    "Inspection",
    "InspectionPlan",
    "InspectionPlanStep",
    "InspectionStepRow",
    "InspectionVisit",
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
    "PersonalDataRead",
    "Pickup",
    "PrintedDocument",
    "QuickServiceSlot",
    "RecallCampaign",
    "RecallDevice",
    "RecallOrder",
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
    load_all()  # outside SQLAlchemy's configure lock: see hmc_desktop.db.base
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def load_all() -> None:
    """Import every model module: all tables on ``Base.metadata``, all mappers registered."""
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")
