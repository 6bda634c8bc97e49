"""Claims ("Ta ärende") and version-checked edits on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry
from hmc_desktop.domain.errors import DomainError, ValidationError
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.claims import ClaimService
from hmc_desktop.services.orders.editing import EditService, StaleEdit
from tests.integration.test_sync_support import AS_OF, add_staff, at_head, import_orders


@pytest.fixture
def team(make_ctx, tmp_path):
    admin = at_head(make_ctx(AS_OF))
    add_staff(admin, "tech1", "tech2")
    import_orders(admin, tmp_path, "CL", 3)
    return admin, make_ctx(AS_OF, login="tech1"), make_ctx(AS_OF, login="tech2")


def test_the_first_claim_wins_and_the_second_is_told_who_has_it(team):
    _admin, one, two = team
    won = ClaimService(one).claim("CL-0")
    assert (won.claimed, won.owner, won.changed) == (True, "tech1", True)
    lost = ClaimService(two).claim("CL-0")
    assert (lost.claimed, lost.owner, lost.changed) == (False, "tech1", False)
    assert lost.message("en") == "order CL-0 has already been taken by tech1"
    assert lost.message("sv") == "Arbetsorder CL-0 har redan tagits av tech1"
    again = ClaimService(one).claim("CL-0")
    assert (again.claimed, again.changed) == (True, False)  # claiming your own is harmless
    assert OrderService(two).show("CL-0").assigned_to == "tech1"


def test_release_gives_the_order_back_only_by_its_owner_or_an_admin(team):
    admin, one, two = team
    ClaimService(one).claim("CL-1")
    with pytest.raises(DomainError) as refused:
        ClaimService(two).release("CL-1")
    assert refused.value.key == "claim_not_owner"
    assert ClaimService(one).release("CL-1").owner is None
    assert ClaimService(two).claim("CL-1").claimed
    assert ClaimService(admin).release("CL-1").changed  # e.g. the owner is off sick
    with admin.db.reading() as s:
        trail = [(a.action, a.who, a.old, a.new) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.entity_key == "CL-1",
                                     AuditEntry.action.in_(("claim", "release")))
            .order_by(AuditEntry.id))]
    assert trail == [("claim", "tech1", None, "tech1"), ("release", "tech1", "tech1", None),
                     ("claim", "tech2", None, "tech2"), ("release", "tester", "tech2", None)]


def test_a_closed_order_cannot_be_claimed(team):
    admin, one, _two = team
    OrderService(admin).cancel("CL-2", "Fel arbetsordertyp")
    with pytest.raises(DomainError) as closed:
        ClaimService(one).claim("CL-2")
    assert closed.value.key == "order_closed"


def test_a_claim_is_a_change_the_version_counts(team):
    _admin, one, _two = team
    before = OrderService(one).show("CL-0").version
    ClaimService(one).claim("CL-0")
    assert OrderService(one).show("CL-0").version == before + 1


def test_saving_over_a_newer_change_is_refused_with_both_versions(team):
    _admin, one, two = team
    base = OrderService(one).show("CL-0")
    assert OrderService(two).show("CL-0").version == base.version  # both open the same order
    saved = EditService(one).update_order("CL-0", base.version, {"description": "Ny broms"})
    assert saved.version == base.version + 1 and saved.changed == ("description",)
    with pytest.raises(StaleEdit) as stale:
        EditService(two).update_order("CL-0", base.version, {"description": "Byt hjul"},
                                      base={"description": base.description})
    conflict = stale.value.conflict
    assert (conflict.your_version, conflict.stored_version) == (base.version, base.version + 1)
    assert conflict.changed_by == "tech1"
    description = next(f for f in conflict.fields if f.field == "description")
    assert (description.yours, description.stored, description.base) == (
        "Byt hjul", "Ny broms", "Bromsen tar dåligt")
    assert [f.field for f in conflict.differing] == ["description"]
    assert str(stale.value).startswith("order CL-0 was changed by tech1 at 2026-11-24 10:00")
    assert stale.value.message("sv").startswith("Arbetsorder CL-0 ändrades av tech1")
    assert OrderService(one).show("CL-0").description == "Ny broms"  # nothing overwritten
    # After reloading, the same edit goes through on the new version.
    assert EditService(two).update_order("CL-0", conflict.stored_version,
                                         {"description": "Byt hjul"}).version == base.version + 2


def test_only_the_editable_fields_can_be_edited(team):
    _admin, one, _two = team
    version = OrderService(one).show("CL-0").version
    with pytest.raises(ValidationError):
        EditService(one).update_order("CL-0", version, {"type_code": "2"})


def test_device_edits_are_version_checked_too(team):
    _admin, one, two = team
    from hmc_desktop.db.models import Device

    with one.db.reading() as s:
        version = s.scalars(select(Device.version).where(Device.individual_no == "CL00000")).one()
    EditService(one).update_device("CL00000", version, {"location": "Verkstaden hylla 3"})
    with pytest.raises(StaleEdit) as stale:
        EditService(two).update_device("CL00000", version, {"location": "Lager"})
    assert stale.value.conflict.stored()["location"] == "Verkstaden hylla 3"
