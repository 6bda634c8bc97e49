"""What an order gets at registration from its type: mailbox, deadlines, billing, completeness."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from hmc_desktop.domain.catalogue import WorkOrderType
from hmc_desktop.domain.completeness import missing_items
from hmc_desktop.domain.sla import DeadlineDeriver, Deadlines


@dataclass(frozen=True, slots=True)
class Derived:
    mailbox: str
    deadlines: Deadlines
    billing: str
    incomplete: str  # '|'-separated W6 items


def derive(
    order_type: WorkOrderType,
    registered: datetime,
    deadlines: DeadlineDeriver,
    *,
    technical_review: bool,
    simple_aid: bool,
    service_product: str | None,
    payer_no: str | None,
    attachment_kinds: Iterable[str],
) -> Derived:
    """Routing (W3), deadlines (C2/C3/W8, by the context's one ``deadlines`` deriver), billing
    (type 8 rule) and missing items (W6)."""
    return Derived(
        mailbox=order_type.mailbox,
        deadlines=deadlines(order_type, registered, technical_review),
        billing=order_type.billing_for(simple_aid).value,
        incomplete="|".join(
            missing_items(order_type, service_product=service_product, payer_no=payer_no,
                          attachment_kinds=attachment_kinds)
        ),
    )
