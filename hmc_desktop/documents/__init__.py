"""PDF documents: one renderer per document; content (``data``) in, PDF bytes out.

No database and no Qt here: the services assemble the data objects, the UI runs the
renderers off the GUI thread.

The data classes load with the package; a renderer (and with it reportlab, a third of
a second) loads the first time it is asked for (PEP 562 ``__getattr__``), so that
nothing that only handles document data pays for drawing (start-up time).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from hmc_desktop.documents.data import (
    CentreInfo,
    PickupOrderData,
    ReconLogData,
    ReconStep,
    ShipmentLine,
    ShippingNoteData,
    UsedPart,
    sort_for_route,
)
from hmc_desktop.documents.inspection_data import (
    GroupInspections,
    InspectionNoticeData,
    InspectionProtocolData,
    InspectionReportData,
    InspectionStepLine,
    NoticeDevice,
)

if TYPE_CHECKING:
    from hmc_desktop.documents.inspection_notice import InspectionNoticeRenderer
    from hmc_desktop.documents.inspection_protocol import InspectionProtocolRenderer
    from hmc_desktop.documents.inspection_report import InspectionReportRenderer
    from hmc_desktop.documents.pickup_order import PickupOrderRenderer
    from hmc_desktop.documents.recall_letter import RecallLetterRenderer
    from hmc_desktop.documents.recon_log import ReconLogRenderer
    from hmc_desktop.documents.shipping_note import ShippingNoteRenderer

__all__ = [
    "CentreInfo",
    "GroupInspections",
    "InspectionNoticeData",
    "InspectionNoticeRenderer",
    "InspectionProtocolData",
    "InspectionProtocolRenderer",
    "InspectionReportData",
    "InspectionReportRenderer",
    "InspectionStepLine",
    "NoticeDevice",
    "PickupOrderData",
    "PickupOrderRenderer",
    "RecallLetterRenderer",
    "ReconLogData",
    "ReconLogRenderer",
    "ReconStep",
    "ShipmentLine",
    "ShippingNoteData",
    "ShippingNoteRenderer",
    "UsedPart",
    "sort_for_route",
]

_RENDERERS = {
    "InspectionNoticeRenderer": "inspection_notice",
    "InspectionProtocolRenderer": "inspection_protocol",
    "InspectionReportRenderer": "inspection_report",
    "PickupOrderRenderer": "pickup_order",
    "RecallLetterRenderer": "recall_letter",
    "ReconLogRenderer": "recon_log",
    "ShippingNoteRenderer": "shipping_note",
}


def __getattr__(name: str) -> Any:
    """A renderer, imported on first use."""
    module = _RENDERERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
