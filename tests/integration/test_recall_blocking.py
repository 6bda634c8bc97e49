"""R3, D2: no path hands out a unit a recall campaign blocked, and each refusal names the campaign.

The paths that put a device in someone's hands: the SDH replacement (S2), a quick-service
repair (booked and registered), a delivery by device file (import), a recall's own exchange,
and the pickup/return flow (a recalled unit comes back, is reconditioned to stock, and is
then offered as a replacement). The device edit changes only the location
(``EditService.DEVICE_FIELDS``): it hands nothing out.
"""

import pytest

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.devices.returns import ReturnService
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.quick_service import QuickServiceService
from hmc_desktop.services.orders.support import SupportService
from hmc_desktop.services.recalls.campaigns import RecallService
from tests.integration.recall_data import build_recall_centre
from tests.integration.test_flow_data import NOW, add_order, device_state, local

TITLE = "Bromsvajer kan lossna"


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_recall_centre(ctx)
    add_order(ctx, "S-2", "SDH", "D-200", description="Rollatorn går inte att fälla ihop")
    return ctx


@pytest.fixture
def campaign(centre):
    return RecallService(centre).create("120601", TITLE)


def _names_campaign(err: pytest.ExceptionInfo[DomainError], campaign: int) -> None:
    assert f"återkallelse {campaign} ({TITLE})" in err.value.message("sv")
    assert f"recall campaign {campaign} ({TITLE})" in str(err.value)


def test_r3_the_sdh_replacement_refuses_a_blocked_unit(centre, campaign):
    with pytest.raises(DomainError) as err:
        SupportService(centre).replace_device("S-2", "D-201")
    _names_campaign(err, campaign)
    assert device_state(centre, "D-201")[0] == "in_stock"
    assert SupportService(centre).replace_device("S-2").replacement_individual_no == "X-1"


def test_r3_quick_service_neither_books_nor_registers_a_blocked_unit(centre, make_ctx):
    qs = QuickServiceService(make_ctx(NOW, login="kund1"))
    slot = qs.book(local("2026-11-24 10:00"), "Per Holm", "070-1", "R-8", "Broms")  # before
    cid = RecallService(centre).create("120601", TITLE)
    with pytest.raises(DomainError) as err:
        qs.book(local("2026-11-24 10:30"), "Per Holm", "070-1", "R-8", "Broms")
    _names_campaign(err, cid)
    with pytest.raises(DomainError) as err:
        qs.register_repair(slot.slot_id)
    _names_campaign(err, cid)
    assert qs.day_plan(local("2026-11-24 10:00").date())[0].order_no is None


def test_r3_a_device_file_delivers_no_blocked_unit_and_the_rest_of_the_file_imports(
        centre, campaign, tmp_path):
    src = tmp_path / "devices.csv"
    src.write_text("individual_no;article_no;holder;status\n"
                   "R-8;120601;Per Holm;in_use\n"
                   "X-1;120602;Per Holm;in_use\n", encoding="utf-8")
    report = ImportService(centre).import_file(str(src))
    assert report.summary() == "imported: 0 new, 1 updated, 0 unchanged, 1 rejected"
    assert report.rejected_lines() == [
        f"{src}:2: status: device R-8 is blocked by recall campaign {campaign} ({TITLE}) and "
        "cannot be handed out until a technician releases it"]
    assert device_state(centre, "R-8") == ("in_stock", None, "Lager")
    assert device_state(centre, "X-1")[:2] == ("in_use", "Per Holm")


def test_r3_a_returned_recalled_unit_is_not_handed_out_again_after_reconditioning(
        centre, campaign, make_ctx):
    tech = make_ctx(NOW, login="tek1")
    assert ReturnService(tech).scan_return("R-1").recalls == (campaign,)  # with its user at opening
    returns = ReturnService(tech)
    recon = returns.start_reconditioning("R-1")
    for step in recon.steps:
        recon = returns.record_step(recon.recon_id, step.step_id, "ok")
    assert returns.sign_off(recon.recon_id, "in_stock").device_status == "in_stock"
    with pytest.raises(DomainError) as err:
        SupportService(centre).replace_device("S-2", "R-1")
    _names_campaign(err, campaign)
    RecallService(tech).release(campaign, "R-1", "bromsvajer bytt")
    assert SupportService(centre).replace_device("S-2", "R-1").replacement_individual_no == "R-1"
