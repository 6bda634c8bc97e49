"""DOMAIN "Who uses it", walked role by role through the services, so that it cannot drift.

``TABLE`` is the table of DOMAIN.md as written there (one entry per line, the roles that
have "yes"; an administrator may do everything). Every line names service calls that do
its action on data made for them; for each role each call must either succeed or be
refused as ``NotAllowed`` with nothing changed, exactly as the table says. Before: warehouse
staff could edit devices, start reconditioning and write technical documentation.
"""

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hmc_desktop.db.models import AuditEntry, Device, Orderer, Staff, WorkOrder
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.domain.permissions import ALLOWED, Action
from hmc_desktop.domain.types import Role
from hmc_desktop.services.core import blocking
from hmc_desktop.services.core.admin import AdminService
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.devices.checklist import ChecklistService
from hmc_desktop.services.devices.returns import ReturnService
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.editing import EditService
from hmc_desktop.services.orders.pickups import PickupService
from hmc_desktop.services.orders.quick_service import QuickServiceService
from hmc_desktop.services.orders.shipments import ShipmentService
from hmc_desktop.services.orders.support import SupportService
from hmc_desktop.services.orders.techdoc import TechDocService
from hmc_desktop.services.orders.timereport import TimeReportService
from hmc_desktop.services.printing.printing import PrintService
from hmc_desktop.services.registration.model import OrderDraft
from hmc_desktop.services.registration.registration import RegistrationService
from hmc_desktop.services.sync.settings import SyncSettings, save_sync_settings
from tests.integration.test_flow_data import NOW, add_order, build_centre

T, S, C, W = Role.TECHNICIAN, Role.SUPPORT, Role.CUSTOMER_SERVICE, Role.WAREHOUSE
REGISTER = "register orders; message orderers"
WORK = "start, wait, resume, complete, claim orders; technical documentation"
CANCEL = "cancel orders (with a reason)"
PICKUP = "order a pickup; print pickup slips and shipping notes; receive returns by scan"
RECONDITION = "reconditioning, inspections, releasing a blocked device"
DEVICE = "change a device's holder, location or status outside those flows"
PARTS = "spare-part shipments"
ADMIN = "recall campaigns; settings, catalogue, calendar, sync folders, staff"
TABLE: dict[str, frozenset[Role]] = {  # DOMAIN.md, "Who uses it": who has "yes"
    REGISTER: frozenset({T, S, C}),
    WORK: frozenset({T, S}),
    CANCEL: frozenset({T, S, C}),
    PICKUP: frozenset({T, S, C, W}),
    RECONDITION: frozenset({T, S}),
    DEVICE: frozenset({T}),
    PARTS: frozenset({T, S, W}),
    ADMIN: frozenset(),
}
ACTIONS: dict[str, tuple[Action, ...]] = {  # permissions.py's names for each line
    REGISTER: (Action.REGISTER_ORDER, Action.MESSAGE_ORDERER),
    WORK: (Action.WORK_ORDER, Action.TECH_DOC),
    CANCEL: (Action.CANCEL_ORDER,),
    PICKUP: (Action.ORDER_PICKUP, Action.PRINT_SLIPS, Action.RECEIVE_RETURN),
    RECONDITION: (Action.RECONDITION, Action.INSPECT, Action.RELEASE_BLOCK),
    DEVICE: (Action.CHANGE_DEVICE,),
    PARTS: (Action.SHIP_PARTS,),
    ADMIN: (Action.RECALL, Action.EDIT_SETTINGS, Action.EDIT_CATALOGUE, Action.EDIT_CALENDAR,
            Action.MANAGE_STAFF),
}
LOGINS = {T: "tek1", S: "sup1", C: "kund1", W: "lager1", Role.ADMIN: "tester"}
Call = Callable[[ServiceContext, Path], object]


def _version(ctx: ServiceContext, model: type, column: object, key: str) -> int:
    with ctx.db.reading() as s:
        return int(s.scalar(select(model.version).where(column == key)))  # type: ignore[attr-defined]


def _orderer(ctx: ServiceContext) -> int:
    with ctx.db.reading() as s:
        return int(s.scalar(select(Orderer.id)))


def _devices_file(ctx: ServiceContext, folder: Path) -> object:
    f = folder / "devices.csv"
    f.write_text("individual_no;article_no;location\nD-201;120601;Hylla 7\n", encoding="utf-8")
    return ImportService(ctx).import_file(str(f))


CALLS: dict[str, list[tuple[str, Call]]] = {
    REGISTER: [
        ("register", lambda ctx, _f: RegistrationService(ctx).register(OrderDraft(
            "1", individual_no="D-300", orderer_id=_orderer(ctx), description="Trasig"))),
        ("add orderer", lambda ctx, _f: RegistrationService(ctx).add_orderer("Ny", "Enhet")),
        ("book quick service", lambda ctx, _f: QuickServiceService(ctx).book(
            datetime(2026, 11, 24, 9, 0, tzinfo=TZ), "Nils Berg", "070-1")),
        ("edit an order", lambda ctx, _f: EditService(ctx).update_order(
            "R-REG", _version(ctx, WorkOrder, WorkOrder.order_no, "R-REG"),
            {"description": "Bromsen"})),
    ],
    WORK: [
        ("document", lambda ctx, _f: TechDocService(ctx).add_entry("R-DOC", "note", "Testat")),
        ("attach", lambda ctx, _f: TechDocService(ctx).add_attachment("R-DOC", "bild.jpg", b"x")),
        ("report time", lambda ctx, _f: TimeReportService(ctx).report("R-DOC", 30)),
        ("support step", lambda ctx, _f: SupportService(ctx).record_step("R-SDH", "Ringt")),
    ],
    PICKUP: [
        ("order pickup", lambda ctx, _f: PickupService(ctx).order_pickup("R-PICK")),
        ("print pickup order", lambda ctx, _f: PrintService(ctx).pickup_order("R-PRINT")),
        ("receive return", lambda ctx, _f: ReturnService(ctx).scan_return("D-200")),
    ],
    RECONDITION: [
        ("recondition", lambda ctx, _f: ReturnService(ctx).start_reconditioning("D-RET")),
        ("release block", lambda ctx, _f: blocking.BlockService(ctx).release("D-102", "Kontrollerad")),
    ],
    DEVICE: [
        ("edit a device", lambda ctx, _f: EditService(ctx).update_device(
            "D-101", _version(ctx, Device, Device.individual_no, "D-101"),
            {"location": "Hylla 3"})),
        ("import devices", _devices_file),
    ],
    PARTS: [
        ("add parts", lambda ctx, _f: ShipmentService(ctx).add_parts("R-PART", [("R-4001", 1)])),
        ("ship", lambda ctx, _f: ShipmentService(ctx).ship(
            "R-SHIP", instruction="Byt kabeln", performed_by="Brukaren")),
    ],
    ADMIN: [
        ("catalogue", lambda ctx, _f: AdminService(ctx).update_order_type("4", help_text="Ny")),
        ("calendar", lambda ctx, _f: AdminService(ctx).add_closing_day(date(2026, 12, 28), "Stängt")),
        ("staff", lambda ctx, _f: AdminService(ctx).save_staff("ny1", "Ny", Role.TECHNICIAN)),
        ("checklist", lambda ctx, _f: ChecklistService(ctx).save_step(
            None, product_group="", name="Nytt steg")),
        ("sync folders", lambda ctx, folder: save_sync_settings(ctx, SyncSettings(
            intake_dir=folder))),
    ],
}


def _centre(ctx: ServiceContext) -> None:
    """The data every call needs, made by the administrator before the role acts."""
    build_centre(ctx)
    for order_no, code, device in (("R-REG", "1", "D-300"), ("R-DOC", "1", "D-300"),
                                   ("R-SDH", "SDH", "D-100"), ("R-PICK", "1", "D-100"),
                                   ("R-PRINT", "1", "D-300"), ("R-PART", "SDH", "D-100"),
                                   ("R-SHIP", "SDH", "D-100")):
        add_order(ctx, order_no, code, device)
    ShipmentService(ctx).add_parts("R-SHIP", [("R-4002", 1)])
    TechDocService(ctx).add_entry("R-SHIP", "step", "Kabeln glappar")  # S5: shipping closes it
    with ctx.db.transaction() as s:
        article = s.scalars(select(Device).where(Device.individual_no == "D-201")).unique().one()
        s.add(Device(individual_no="D-RET", article_id=article.article_id, status="returned",
                     location="Returhyllan"))
        d102 = s.scalars(select(Device).where(Device.individual_no == "D-102")).unique().one()
        blocking.block(s, d102, BlockKind.INSPECTION, "2026-11-01", "tester", ctx.clock.now())


def _changes(ctx: ServiceContext) -> int:
    with ctx.db.reading() as s:
        return int(s.scalar(select(func.count(AuditEntry.id))))


@pytest.mark.parametrize("role", list(Role))
def test_each_role_does_exactly_what_who_uses_it_says(make_ctx, tmp_path, role):
    admin = make_ctx(NOW)
    _centre(admin)
    with admin.db.transaction() as s:
        s.merge(Staff(id=s.scalar(select(Staff.id).where(Staff.login == LOGINS[role])),
                      login=LOGINS[role], display_name=LOGINS[role], role=role.value))
    ctx = make_ctx(NOW, login=LOGINS[role])
    outcomes = {}
    for line, calls in CALLS.items():
        may = role is Role.ADMIN or role in TABLE[line]
        for name, call in calls:
            before = _changes(ctx)
            try:
                call(ctx, tmp_path)
            except NotAllowed:
                outcomes[name] = "refused"
                assert _changes(ctx) == before, f"{name}: refused, but something changed"
            else:
                outcomes[name] = "done"
            assert outcomes[name] == ("done" if may else "refused"), (role, line, name)


def test_permissions_name_the_table_line_by_line():
    for line, actions in ACTIONS.items():
        for action in actions:
            assert ALLOWED[action] == TABLE[line] | {Role.ADMIN}, (line, action)


# start, wait, resume, complete, claim, cancel and messages go through services/orders/actions.py,
# claims.py and order_flow_rules.py: WORK_ORDER and CANCEL_ORDER, through the state machine.
def test_warehouse_staff_cannot_claim_start_or_cancel_orders(make_ctx):
    from hmc_desktop.services.orders.actions import OrderService
    from hmc_desktop.services.orders.claims import ClaimService

    admin = make_ctx(NOW)
    build_centre(admin)
    add_order(admin, "R-W1", "1", "D-300")
    ctx = make_ctx(NOW, login="lager1")
    for act in (lambda: ClaimService(ctx).claim("R-W1"), lambda: OrderService(ctx).start("R-W1"),
                lambda: OrderService(ctx).cancel("R-W1", "Fel arbetsordertyp")):
        with pytest.raises(NotAllowed):
            act()
