"""Order flows through the GUI: cost proposal approved and declined (W9), who ordered (W7),
time reporting, and the billing export as a CSV file."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry
from hmc_desktop.domain.errors import DomainError, NotAllowed
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.cost_proposals import CostProposalService
from hmc_desktop.services.orders.support import SupportService
from hmc_desktop.services.orders.timereport import TimeReportService
from hmc_desktop.services.reports.billing import BillingService
from hmc_desktop.ui.orders.flow_orders import (
    CostAnswerDialog,
    CostProposalDialog,
    OrdererDialog,
    TimeReportDialog,
)
from hmc_desktop.ui.printing.billing_export import BillingExportDialog
from tests.integration.test_flow_data import outbox
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import activate, closed, open_order, wait_done

pytest_plugins = ("tests.ui.test_flow_centre",)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def run_action(qtbot, window, order_no: str, name: str, cls: type):
    """Select the order, trigger the flow action, return its dialog."""
    open_order(qtbot, window, order_no)
    flows = window.queue_tab.order_actions.flows
    action = getattr(flows, name)
    assert action.isVisible() and action.isEnabled(), name
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(flows.last_dialog, cls) and flows.last_dialog.isVisible())
    return flows.last_dialog


def ok(qtbot, window, dialog, button=None) -> str:
    """Press OK (or ``button``); the queue's sentence once it is done, else the dialog's."""
    details = window.queue_tab.details
    details.message.clear()
    qtbot.mouseClick(button or dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    if closed(dialog):
        qtbot.waitUntil(lambda: bool(details.message.text()) and not window.queue_tab.model.busy,
                        timeout=10_000)
        settle()
        return details.message.text()
    return dialog.message.text()


def propose(qtbot, window, order_no: str) -> None:
    dialog = run_action(qtbot, window, order_no, "cost", CostProposalDialog)
    assert not window.queue_tab.order_actions.flows.cost_answer.isEnabled()
    dialog.amount.setValue(12450.5)
    dialog.description.setPlainText("Specialbyggd styrbox på vänster armstöd.")
    text = ok(qtbot, window, dialog)
    assert "12 450,50 kr" in text and "väntar på svar" in text
    view = OrderService(window.ctx).show(order_no)
    assert view.status == "waiting" and view.waiting_reason == "Väntar på godkänt kostnadsförslag"
    assert outbox(window.ctx, order_no)[-1][0] == "cost_proposal"


def test_cost_proposal_approved(qtbot, centre_window):
    window = centre_window(login="tek1")
    propose(qtbot, window, "T7-1")
    answer = run_action(qtbot, window, "T7-1", "cost_answer", CostAnswerDialog)
    assert answer.answered_by.text() == "Eva Ek"  # the orderer, editable
    # W9: the dialog shows the amount being approved
    assert answer.proposal.text() == "12 450,50 kr för: Specialbyggd styrbox på vänster armstöd."
    text = ok(qtbot, window, answer)
    assert "T7-1 på 12 450,50 kr är godkänt av Eva Ek" in text
    assert OrderService(window.ctx).show("T7-1").status == "started"
    [proposal] = CostProposalService(window.ctx).proposals("T7-1")
    assert proposal.status == "approved" and proposal.approved_amount == Decimal("12450.50")
    assert proposal.recorded_by == "tek1"


def test_cost_proposal_declined_and_a_warehouse_login_is_refused(qtbot, centre_window):
    warehouse = centre_window(login="lager1")
    dialog = run_action(qtbot, warehouse, "T7-2", "cost", CostProposalDialog)
    dialog.amount.setValue(100)
    dialog.description.setPlainText("Ny dyna")
    refused = NotAllowed("not_allowed", who="Lena Lager", role="warehouse",
                         action="work on orders").message("sv")
    assert ok(qtbot, warehouse, dialog) == refused  # pricing is the workshop's work
    dialog.close()

    tech = centre_window(login="tek1")
    propose(qtbot, tech, "T7-2")
    open_order(qtbot, warehouse, "T7-1")  # away and back: the details read T7-2 anew
    answer = run_action(qtbot, warehouse, "T7-2", "cost_answer", CostAnswerDialog)
    assert ok(qtbot, warehouse, answer, answer.decline_button) == refused
    answer.close()

    answer = run_action(qtbot, tech, "T7-2", "cost_answer", CostAnswerDialog)
    answer.answered_by.setText("Eva Ek per telefon")
    text = ok(qtbot, tech, answer, answer.decline_button)
    assert "avböjt av Eva Ek per telefon" in text
    view = OrderService(tech.ctx).show("T7-2")
    assert view.status == "cancelled" and view.cancel_reason == "Kostnadsförslaget avböjdes"


def test_cost_actions_show_only_for_type_7_and_orderer_only_for_acute(qtbot, centre_window):
    window = centre_window()
    flows = window.queue_tab.order_actions.flows
    open_order(qtbot, window, "SDH-1")
    assert flows.support.isVisible() and not flows.cost.isVisible()
    assert not flows.orderer.isVisible()
    open_order(qtbot, window, "T3-1")
    assert flows.orderer.isVisible() and not flows.support.isVisible()
    menu_names = {a.objectName() for a in window.order_menu.actions()}
    assert {"actionSupport", "actionCostProposal", "actionTimeReport"} <= menu_names


def test_w7_patient_call_needs_the_home_treatment_exception(qtbot, centre_window):
    window = centre_window(login="kund1")
    dialog = run_action(qtbot, window, "T3-1", "orderer", OrdererDialog)
    assert not dialog.home.isEnabled()  # a prescriber needs no exception
    dialog.role.setCurrentIndex(dialog.role.findData("patient"))
    dialog.name.setText("Åsa Öberg")
    assert dialog.home.isEnabled()
    text = ok(qtbot, window, dialog)
    assert text == DomainError("prescriber_only", code="3", kind="patient",
                               kind_sv="patienten").message("sv")
    assert dialog.isVisible()  # stays open to be corrected
    dialog.home.setChecked(True)
    text = ok(qtbot, window, dialog)
    assert "Beställare av T3-1: Åsa Öberg" in text and "medicinsk behandling" in text
    with window.ctx.db.reading() as s:
        fields = set(s.scalars(select(AuditEntry.field).where(AuditEntry.entity_key == "T3-1")))
    assert {"ordered_by_role", "w7_exception"} <= fields


def test_time_report_then_billing_export_to_csv(qtbot, centre_window, tmp_path):
    window = centre_window(login="tek1")
    open_order(qtbot, window, "SDH-1")
    activate(qtbot, window)
    window.queue_tab.table.setFocus()
    qtbot.keyClick(window.queue_tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    flows = window.queue_tab.order_actions.flows
    qtbot.waitUntil(lambda: isinstance(flows.last_dialog, TimeReportDialog))
    dialog = flows.last_dialog
    qtbot.waitUntil(dialog.minutes.hasFocus)
    dialog.minutes.setValue(45)
    dialog.note.setText("Felsökning i telefon")
    text = ok(qtbot, window, dialog)
    assert text.endswith("45 min rapporterade på SDH-1 (2026-11-23).")
    [report] = TimeReportService(window.ctx).reports("SDH-1")
    assert (report.minutes, report.who, report.note) == (45, "tek1", "Felsökning i telefon")

    SupportService(window.ctx).solve_remotely("SDH-1", "Omstart")  # completed in November
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.flows.billing_dialog, BillingExportDialog))
    export = window.flows.billing_dialog
    assert (export.year.value(), export.month.currentData()) == (2026, 10)  # last month
    export.month.setCurrentIndex(10)  # November
    export.payer.setText("111")
    target = tmp_path / "underlag.csv"
    asked: list[str] = []
    export.save_chooser = lambda _p, name: asked.append(name) or str(target)
    qtbot.mouseClick(export.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert asked == ["faktureringsunderlag-111-2026-11.csv"]
    billing = BillingService(window.ctx)
    expected = billing.to_csv(billing.export("111", 2026, 11))
    assert target.read_bytes() == expected.encode("utf-8")
    assert "SDH-1" in expected and ";45;" in expected
    assert "1 arbetsorder (45 min) är exporterad" in export.message.text()  # singular
    qtbot.waitUntil(lambda: "underlag.csv" in window.statusBar().currentMessage())

    export.month.setCurrentIndex(9)  # October: nothing completed, nothing written
    asked.clear()
    qtbot.mouseClick(export.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Inga avslutade" in export.message.text(), timeout=10_000)
    assert asked == []
    export.close()


def test_w5_the_message_action_offers_the_delay_notice_for_an_order_at_risk(qtbot, centre_window):
    window = centre_window(as_of="2026-11-26 09:00")  # SDH-1 must be started by 16:00 today
    actions = window.queue_tab.order_actions
    open_order(qtbot, window, "SDH-1")
    assert actions.message.text() == "Meddela &försening…"
    assert "ledtiden inte hålls" in actions.message.toolTip()
    button = window.queue_tab.details.findChild(QToolButton, "actionMessageButton")
    assert button.accessibleName() == "Meddela försening"  # not the stale "Meddelande till …"
    actions.dialogs.expected = date(2026, 12, 2)  # the new date the technician gives
    actions.message.trigger()
    details = window.queue_tab.details
    qtbot.waitUntil(lambda: "Förseningsmeddelandet" in details.message.text(), timeout=10_000)
    [(kind, (no, _subject, body, today))] = actions.dialogs.asked
    assert (kind, no, today) == ("delay", "SDH-1", date(2026, 11, 26))
    assert "inte att kunna påbörjas inom ledtiden (senast 2026-11-26 16:00)" in body
    assert outbox(window.ctx, "SDH-1")[-1][0] == "at_risk"
    assert OrderService(window.ctx).show("SDH-1").delay_notice[1] == date(2026, 12, 2)
    open_order(qtbot, window, "T7-1")  # no lead time (W9): the ordinary message
    assert actions.message.text() == "Meddelande till &beställare…"
