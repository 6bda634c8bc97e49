"""Orders every queue test can count on, added to a demo database whatever its seed gives.

As of Tuesday 24 Nov 2026 10:00 (the tests' AS_OF) and Thursday 26 Nov 09:00 (LATER):
at-risk and breached orders (C2, C3), medical risk among the open ones (P1), and an
incomplete consultation (W6). No tests here.
"""

from pathlib import Path

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.importer import ImportService

CASES = """order_no;type;registered;individual_no;article_no;medical_risk;description
AO0900001;1;2026-11-23 09:00;91000001;120601;nej;Bromsen tar dåligt
AO0900002;SDH;2026-11-23 12:00;91000002;222101;ja;Talapparaten startar inte
AO0900003;1;2026-11-18 09:00;91000003;120601;nej;Hjul glappar
AO0900004;3;2026-11-24 08:00;91000004;122301;ja;Elrullstolen har stannat helt
AO0900005;5;2026-11-23 09:00;;;nej;Råd om sittlösning
"""
# AO0900001/2: start by Thu 26 Nov 16:00, at risk at LATER; AO0900003: start by Mon 23 Nov 16:00,
# breached; AO0900004: finish by Wed 25 Nov 08:00, at risk at AS_OF; AO0900005 lacks W6 items.
COUNT = CASES.count("\n") - 1


def add_queue_cases(ctx: ServiceContext, folder: Path) -> None:
    """Import :data:`CASES` into the database of ``ctx``."""
    src = folder / "queue-cases.csv"
    src.write_text(CASES, encoding="utf-8")
    assert ImportService(ctx).import_file(str(src)).new == COUNT
