"""Admins edit the catalogue and calendar (C1, C3, W3); others may not; open orders follow."""

from datetime import date, time

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry
from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.domain.types import Role
from hmc_desktop.services.core.admin import AdminService
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import OrderService


@pytest.fixture
def admin(make_ctx, tmp_path):
    ctx = make_ctx("2026-11-23 10:00")
    f = tmp_path / "o.csv"
    f.write_text("order_no;type;registered;individual_no;article_no\n"
                 "Q-1;1;2026-11-23 09:00;9001;120601\nQ-2;1;2026-11-23 09:00;9002;120601\n",
                 encoding="utf-8")
    ImportService(ctx).import_file(str(f))
    OrderService(ctx).start("Q-2")
    OrderService(ctx).complete("Q-2")
    return ctx


def test_c1_a_new_closing_day_moves_open_deadlines_but_not_closed_ones(admin):
    AdminService(admin).add_closing_day(date(2026, 11, 25), "Personaldag")
    orders = OrderService(admin)
    assert orders.show("Q-1").to_json()["start_by"] == "2026-11-27T16:00"
    assert orders.show("Q-2").to_json()["start_by"] == "2026-11-26T16:00"  # measured as it was
    AdminService(admin).remove_closing_day(date(2026, 11, 25))
    assert orders.show("Q-1").to_json()["start_by"] == "2026-11-26T16:00"


def test_c3_opening_hours_change(admin):
    AdminService(admin).set_opening_hours(time(7, 0), time(15, 30))
    assert OrderService(admin).show("Q-1").to_json()["start_by"] == "2026-11-26T15:30"


def test_w3_routing_is_data(admin):
    AdminService(admin).update_order_type("1", mailbox="Verkstad HMC", start_days=2)
    view = OrderService(admin).show("Q-1")
    assert view.mailbox == "Verkstad HMC"
    assert view.to_json()["start_by"] == "2026-11-25T16:00"
    with admin.db.reading() as s:
        fields = set(s.scalars(select(AuditEntry.field).where(AuditEntry.entity == "catalogue")))
    assert {"mailbox_id", "start_days"} <= fields


def test_only_admins_edit_catalogue_calendar_and_staff(admin, make_ctx):
    AdminService(admin).save_staff("tek7", "Tove Tekniker", Role.TECHNICIAN)
    tech = make_ctx("2026-11-23 10:00", login="tek7")
    assert tech.user.role is Role.TECHNICIAN and tech.user.display_name == "Tove Tekniker"
    with pytest.raises(NotAllowed, match="may not edit the catalogue"):
        AdminService(tech).update_order_type("1", name="x")
    with pytest.raises(NotAllowed, match="may not edit the calendar"):
        AdminService(tech).add_closing_day(date(2026, 12, 1), "x")
    with pytest.raises(NotAllowed, match="may not manage staff"):
        AdminService(tech).save_staff("x", "x", Role.ADMIN)
