"""How many characters each import column may hold: read from the models, so they cannot drift.

PostgreSQL refuses a value longer than its column (and the whole file failed with it);
SQLite stores it. The import checks every cell against these limits before it writes
anything (interchange.cells), so both databases take and refuse the same rows.
"""

from functools import cache
from typing import Any


def _length(column: Any) -> int:
    length = column.property.columns[0].type.length
    assert isinstance(length, int), column
    return length


@cache
def column_limits() -> dict[str, int]:
    """Import column (orders and devices files) → the characters its database column holds."""
    from hmc_desktop.db.models import Article, Attachment, Device, Holder, Orderer, WorkOrder

    return {
        "order_no": _length(WorkOrder.order_no),
        "individual_no": _length(Device.individual_no),
        "article_no": _length(Article.article_no),
        "article_name": _length(Article.name),
        "orderer_name": _length(Orderer.name),
        "orderer_unit": _length(Orderer.unit),
        "payer_no": min(_length(WorkOrder.payer_no), _length(Orderer.payer_no)),
        "service_product": _length(WorkOrder.service_product),
        "user_name": _length(Holder.name),
        "user_address": _length(Holder.street),  # unsplit, the whole address is the street
        "user_address:city": _length(Holder.city),
        "user_phone": _length(Holder.phone),
        "attachments": _length(Attachment.file_name),  # each name
        "holder": _length(Holder.name),
        "location": _length(Device.location),
    }
