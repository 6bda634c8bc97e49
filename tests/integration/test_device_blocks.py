"""D2 blocks (spärr) on both databases: a blocked device is handed out by no path until released."""

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry, Device
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.errors import DomainError, NotAllowed, ValidationError
from hmc_desktop.services.core import blocking
from hmc_desktop.services.orders.support import SupportService
from tests.integration.test_flow_data import NOW, add_order, build_centre, device_state


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    add_order(ctx, "S-1", "SDH", "D-100", description="Talapparaten startar inte")
    return ctx


def _block(ctx, individual_no, kind=BlockKind.RECALL, detail="Fältsäkerhetsmeddelande", ref=7):
    with ctx.db.transaction() as s:
        device = s.scalars(select(Device).where(Device.individual_no == individual_no)).one()
        return blocking.block(s, device, kind, detail, "tester", ctx.clock.now(), ref)


def test_d2_a_blocked_device_is_not_handed_out_and_the_sentence_names_the_campaign(centre):
    assert _block(centre, "D-101")
    assert not _block(centre, "D-101")  # the same block twice is one block
    with pytest.raises(DomainError) as err:
        SupportService(centre).replace_device("S-1", "D-101")
    assert "återkallelse 7 (Fältsäkerhetsmeddelande)" in err.value.message("sv")
    assert device_state(centre, "D-101")[0] == "in_stock"
    assert device_state(centre, "D-100")[0] == "in_use"  # nothing of the action happened


def test_d2_an_automatic_replacement_skips_blocked_devices(centre):
    _block(centre, "D-101")
    assert [c.individual_no for c in SupportService(centre).candidates("S-1")] == ["D-102"]
    assert SupportService(centre).replace_device("S-1").replacement_individual_no == "D-102"


def test_d2_release_needs_a_reason_and_the_role_and_is_audited(centre, make_ctx):
    _block(centre, "D-101")
    _block(centre, "D-101", BlockKind.INSPECTION, "2026-11-01", None)
    service = blocking.BlockService(centre)
    with pytest.raises(ValidationError):
        service.release("D-101", "  ")
    with pytest.raises(NotAllowed):  # warehouse staff may not release a block
        blocking.BlockService(make_ctx(NOW, login="lager1")).release("D-101", "kontrollerad")
    assert service.release("D-101", "kontrollerad", kind=BlockKind.RECALL) == 1
    with pytest.raises(DomainError) as err:  # the inspection block still holds
        SupportService(centre).replace_device("S-1", "D-101")
    assert "besiktningen skulle ha gjorts senast 2026-11-01" in err.value.message("sv")
    assert service.release("D-101", "besiktad") == 1
    with pytest.raises(DomainError, match="no block in force"):
        service.release("D-101", "igen")
    assert service.blocks("D-101") == []
    SupportService(centre).replace_device("S-1", "D-101")
    with centre.db.reading() as s:
        trail = [(a.action, a.field, a.new, a.who) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.entity_key == "D-101").order_by(AuditEntry.id))]
    assert ("block", "recall", "7 Fältsäkerhetsmeddelande", "tester") in trail
    assert ("release", "recall", "kontrollerad", "tester") in trail
    assert ("release", "inspection", "besiktad", "tester") in trail
