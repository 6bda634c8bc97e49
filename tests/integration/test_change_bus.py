"""The unit of work reports what each committed operation changed, as (entity, key) — the
audit's names (W10) — so that a view can reload what changed and tell its own writes from
another workstation's; a refused action (W1) changed nothing and reports nothing."""

import pytest

from hmc_desktop.domain.changes import Changes
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.claims import ClaimService
from tests.integration.test_flow_data import add_order, build_centre
from tests.integration.test_sync_import_bulk import COLUMNS


@pytest.fixture
def heard(ctx):
    build_centre(ctx)
    add_order(ctx, "K-1", "1", "D-101")
    add_order(ctx, "K-2", "1", "D-102")
    got: list[Changes] = []
    stop = ctx.db.on_committed(got.append)
    yield got
    stop()


def test_an_action_reports_the_order_it_changed_and_nothing_else(ctx, heard):
    assert ClaimService(ctx).claim("K-1").claimed
    assert heard == [Changes.of({("order", "K-1")})]
    assert heard[0].touches("order", "K-1") and not heard[0].touches("order", "K-2")


def test_a_refused_action_reports_nothing(ctx, heard):
    OrderService(ctx).cancel("K-2", "Fel typ")
    heard.clear()
    with pytest.raises(DomainError):  # W1: a cancelled order is not claimed
        ClaimService(ctx).claim("K-2")
    assert heard == []


def test_the_bulk_import_reports_every_new_order(ctx, heard, tmp_path):
    f = tmp_path / "new.csv"
    f.write_text("\n".join([COLUMNS, *(
        f"N-{i};1;2026-11-23 09:00;ND-{i};A-1;Stol;nej;Eva Ek;Rehab Borås;;;;;;;x;;;nej;nej;;;;"
        for i in range(3))]) + "\n", encoding="cp1252")
    service = BulkImportService(ctx)
    service.min_rows = 0
    assert service.import_file(str(f)).new == 3
    assert {k for c in heard for k in c.of_entity("order")} == {"N-0", "N-1", "N-2"}
