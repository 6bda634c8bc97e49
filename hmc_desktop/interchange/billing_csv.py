"""The billing basis as the CSV file the finance office reads (faktureringsunderlag).

';'-separated UTF-8 with a stable Swedish header; decimal comma (Swedish Excel). Every cell
goes through :mod:`hmc_desktop.interchange.spreadsheet`: an order's text, an orderer's name
or a part's number beginning with '=', '+', '-' or '@' is never run as a formula.
"""

from collections.abc import Sequence
from decimal import Decimal

from hmc_desktop.domain.billing import BillingLine
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.interchange.spreadsheet import to_csv

CSV_HEADER: tuple[str, ...] = (
    "betalarnummer", "arbetsorder", "typ", "typnamn", "avslutad", "debitering", "faktureras",
    "minuter", "timmar", "reservdelar", "kostnadsforslag_kr", "individnummer", "artikelnummer",
    "bestallare", "enhet", "snabbservice",
)


def sv_decimal(value: Decimal) -> str:
    """12345.5 → '12345,50': Swedish Excel reads a decimal comma."""
    return f"{value:.2f}".replace(".", ",")


def billing_csv(lines: Sequence[BillingLine]) -> str:
    """The billing basis, :data:`CSV_HEADER` first, one line per completed order."""
    return to_csv(CSV_HEADER, [(
        ln.payer_no, ln.order_no, ln.type_code, ln.type_name,
        to_local(ln.completed).strftime("%Y-%m-%d %H:%M"), ln.billing,
        "ja" if ln.invoiced else "nej", ln.minutes, sv_decimal(Decimal(ln.minutes) / 60),
        "|".join(f"{p.article_no} x {p.quantity}" for p in ln.parts),
        "" if ln.cost_proposal is None else sv_decimal(ln.cost_proposal),
        ln.individual_no or "", ln.article_no or "", ln.orderer_name, ln.orderer_unit,
        "ja" if ln.quick_service else "nej",
    ) for ln in lines])
