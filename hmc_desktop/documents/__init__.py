"""PDF documents: one renderer per document; content (``data``) in, PDF bytes out.

No database and no Qt here: the services assemble the data objects, the UI runs the
renderers off the GUI thread.
"""

from hmc_desktop.documents.data import (
    CentreInfo,
    PickupOrderData,
    ReconLogData,
    ReconStep,
    ShipmentLine,
    ShippingNoteData,
    UsedPart,
)
from hmc_desktop.documents.pickup_order import PickupOrderRenderer, sort_for_route
from hmc_desktop.documents.recon_log import ReconLogRenderer
from hmc_desktop.documents.shipping_note import ShippingNoteRenderer

__all__ = [
    "CentreInfo",
    "PickupOrderData",
    "PickupOrderRenderer",
    "ReconLogData",
    "ReconLogRenderer",
    "ReconStep",
    "ShipmentLine",
    "ShippingNoteData",
    "ShippingNoteRenderer",
    "UsedPart",
    "sort_for_route",
]
