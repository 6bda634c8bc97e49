"""The column names of the two import kinds (CONTRACT "Import format")."""

ORDER_REQUIRED: tuple[str, ...] = ("order_no", "type", "registered")
ORDER_OPTIONAL: tuple[str, ...] = (
    "individual_no",
    "article_no",
    "article_name",
    "digital",
    "orderer_name",
    "orderer_unit",
    "payer_no",
    "service_product",
    "user_name",
    "user_address",
    "user_phone",
    "user_personnummer",
    "description",
    "attachments",
    "attachment_kinds",
    "technical_review",
    "medical_risk",
    "started",
    "completed",
    "cancelled",
    "cancel_reason",
    # Not in the contract, but understood: a type-1 order booked as walk-in quick service.
    "quick_service",
)

DEVICE_REQUIRED: tuple[str, ...] = ("individual_no", "article_no")
DEVICE_OPTIONAL: tuple[str, ...] = (
    "article_name",
    "digital",
    "holder",
    "location",
    "delivered",
    "lifetime_years",
    "status",
    "inspection_interval_months",  # PM1: sets the article's interval; empty leaves it
    "last_inspected",  # PM2
)

ORDER_COLUMNS: frozenset[str] = frozenset(ORDER_REQUIRED + ORDER_OPTIONAL)
DEVICE_COLUMNS: frozenset[str] = frozenset(DEVICE_REQUIRED + DEVICE_OPTIONAL)
