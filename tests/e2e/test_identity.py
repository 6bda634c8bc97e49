"""Who is working: the login is the identity; HMC_USER is honoured for service accounts only.

Before: ``HMC_USER=admin1`` gave anyone an administrator's rights, e.g. ``sync --save``
changed every workstation's folders.
"""

from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry, Setting, Staff
from hmc_desktop.domain.types import Role
from hmc_desktop.services.core.admin import AdminService
from tests.conftest import SCRIPT_LOGIN


def _add(make_ctx, login: str, role: Role, service_account: bool = False) -> None:
    AdminService(make_ctx(login=SCRIPT_LOGIN)).save_staff(login, login.title(), role,
                                                          service_account=service_account)


def test_hmc_user_naming_an_administrator_who_is_no_service_account_is_refused(
        hmc, make_ctx, tmp_path):
    _add(make_ctx, "admin1", Role.ADMIN)
    intake = tmp_path / "in"
    intake.mkdir()
    run = hmc("sync", "--intake", str(intake), "--save", login="admin1", service_account=False)
    assert run.code == 2
    assert run.err.startswith("error: HMC_USER=admin1 is refused: 'admin1' is not a service "
                              "account of this database")
    assert len(run.err.strip().splitlines()) == 1
    with make_ctx().db.reading() as s:  # nothing changed: no folder saved
        assert s.scalar(select(Setting.value).where(Setting.key == "sync.intake_dir")) is None


def test_hmc_user_naming_no_staff_member_is_refused(hmc):
    run = hmc("order", "show", "X-1", "--json", login="nobody", service_account=False)
    assert (run.code, "HMC_USER=nobody is refused" in run.err) == (2, True)


def test_an_administrator_marks_a_service_account_and_hmc_user_may_then_name_it(hmc, make_ctx):
    added = hmc("staff", "add", "sched", "--name", "Schemalagd synk", "--role", "technician",
                "--service-account")
    assert (added.code, added.out.strip()) == (0, "sched: technician (service account)")
    shown = hmc("order", "show", "NONE-1", "--json", login="sched", service_account=False)
    assert (shown.code, shown.err.strip()) == (1, "error: no order NONE-1")  # not refused
    listing = hmc("staff", "list").lines()
    assert "sched\ttechnician\tSchemalagd synk  (service account)" in listing
    unmarked = hmc("staff", "add", "sched", "--name", "Schemalagd synk", "--role", "technician")
    assert unmarked.code == 0
    assert hmc("order", "show", "NONE-1", login="sched", service_account=False).code == 2
    with make_ctx().db.reading() as s:  # W10: both changes recorded, with who
        changes = s.execute(select(AuditEntry.who, AuditEntry.field, AuditEntry.new).where(
            AuditEntry.entity == "staff", AuditEntry.entity_key == "sched")).all()
    assert ("tester", "service_account", "true") in changes
    assert ("tester", "service_account", "false") in changes


def test_only_an_administrator_manages_staff(hmc, make_ctx):
    _add(make_ctx, "tek1", Role.TECHNICIAN)
    run = hmc("staff", "add", "tek1", "--name", "Tek", "--role", "admin", "--service-account",
              login="tek1")
    assert run.code == 1
    assert run.err.strip() == "error: Tek1 (technician) may not manage staff"
    with make_ctx().db.reading() as s:
        assert s.scalar(select(Staff.role).where(Staff.login == "tek1")) == "technician"


def test_the_last_administrator_cannot_step_down(hmc):
    run = hmc("staff", "add", "tester", "--name", "Testare", "--role", "technician")
    assert run.code == 1
    assert "'tester' is the last active administrator" in run.err


def test_the_script_that_creates_a_database_is_its_administrator_and_may_use_it_again(
        hmc, tmp_path):
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    first = hmc("staff", "list", db=fresh, login="acceptance", service_account=False)
    assert first.code == 0
    assert first.lines() == ["acceptance\tadmin\tacceptance  (service account)"]
    demo = hmc("demo", "--devices", "20", "--orders", "10", db=fresh, login="acceptance",
               service_account=False)
    assert demo.code == 0
    # demo data's made-up staff are service accounts: a script tries each role through them
    as_tech = hmc("staff", "list", db=fresh, login="tekniker1", service_account=False)
    assert (as_tech.code, as_tech.err.strip()) == (
        1, "error: Kalle Tekniker (technician) may not manage staff")
