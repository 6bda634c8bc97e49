"""W6: what an order of a type needs before it can be started."""

from collections.abc import Iterable

from hmc_desktop.domain.catalogue import WorkOrderType
from hmc_desktop.domain.types import AttachmentKind


def missing_items(
    order_type: WorkOrderType,
    *,
    service_product: str | None,
    payer_no: str | None,
    attachment_kinds: Iterable[str],
) -> list[str]:
    """The missing items, named as in CONTRACT.md (`service_product`, `attachment:…`)."""
    missing: list[str] = []
    if order_type.requires_service_product and not (service_product or "").strip():
        missing.append("service_product")
    if order_type.requires_payer_no and not (payer_no or "").strip():
        missing.append("payer_no")
    kinds = set(attachment_kinds)
    for kind in order_type.required_attachments:
        if AttachmentKind(kind).value not in kinds:
            missing.append(f"attachment:{kind.value}")
    return missing
