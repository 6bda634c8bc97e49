"""The order's rules as the window shows them (W1, W4, W5, W6, W9, S5): each test is a defect
a technician found, and failed before it was fixed.

The centre of tests/integration/test_flow_data.py, Monday 23 November 2026: R-1 (type 1 on a
rollator, P1 medical risk), C-5 (a consultation lacking its service product, payer number and
consultation basis), K-7 (type 7), S-1 (support).
"""

import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select, update

from hmc_desktop.db.models import Attachment, WorkOrder
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.cost_proposals import CostProposalService
from hmc_desktop.services.orders.flow_rules import OrderRulesService
from hmc_desktop.services.orders.techdoc import TechDocService
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common import i18n, ops
from hmc_desktop.ui.orders.order_dialogs import CancelDialog, DelayMessageDialog
from hmc_desktop.ui.orders.tech_doc import TechDocTab
from hmc_desktop.ui.queue.model import COLUMNS
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.conftest import TEST_LOGIN
from tests.integration.test_flow_data import NOW, add_order, build_centre
from tests.ui.conftest import StubDialogs, settle, wait_loaded
from tests.ui.test_flow_centre import open_order

SAI = ("special_adaptation_instruction",)


@pytest.fixture
def rules_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "rules.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    ctx = ServiceContext(Database(url), Clock.parse(NOW), login=TEST_LOGIN)
    ctx.reload()
    build_centre(ctx)
    add_order(ctx, "R-1", "1", "D-200", payer_no="111", description="Bromsen tar inte")
    add_order(ctx, "C-5", "5", None, description="Råd om sittande")
    add_order(ctx, "K-7", "7", "D-300", attachments=SAI)
    add_order(ctx, "S-1", "SDH", "D-100")
    with ctx.db.transaction() as s:
        s.execute(update(WorkOrder).where(WorkOrder.order_no == "R-1").values(medical_risk=True))
    ctx.db.dispose()
    return url


@pytest.fixture
def make_window(qtbot: Any, rules_url: str) -> Iterator[Callable[..., MainWindow]]:
    db = Database(rules_url)

    def factory(login: str = TEST_LOGIN, as_of: str = NOW) -> MainWindow:
        ctx = ServiceContext(db, Clock.parse(as_of), login=login)
        ctx.reload()
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.queue_tab.order_actions.dialogs = StubDialogs()
        window.queue_tab.filters.apply(status="all")
        window.show()
        wait_loaded(qtbot, window)
        return window

    yield factory
    settle()
    ops.set_default_failure(None)
    i18n.uninstall(QApplication.instance())  # type: ignore[arg-type]
    db.dispose()


def other(window: MainWindow, login: str = "tek1") -> ServiceContext:
    """The same database from another workstation."""
    ctx = ServiceContext(Database(str(window.ctx.db.engine.url)), Clock.parse(NOW), login=login)
    ctx.reload()
    return ctx


def press(qtbot: Any, window: MainWindow, name: str) -> str:
    tab = window.queue_tab
    tab.details.message.clear()
    getattr(tab.order_actions, name).trigger()
    qtbot.waitUntil(lambda: bool(tab.details.message.text()) and not tab.model.busy,
                    timeout=10_000)
    settle()
    return tab.details.message.text()


# -- W4: cancelling on purpose -----------------------------------------------------------
def test_ctrl_delete_in_the_search_field_deletes_a_word_and_opens_no_cancel(qtbot, make_window):
    window = make_window()
    open_order(qtbot, window, "R-1")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    dialogs = window.queue_tab.order_actions.dialogs
    search = window.queue_tab.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "rollator broms")
    search.setCursorPosition(9)
    qtbot.keyClick(search, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # no start
    qtbot.keyClick(search, Qt.Key.Key_F7)  # no hold
    settle()
    assert dialogs.asked == []  # before: Ctrl+Del opened Makulera
    assert search.text() == "rollator "  # the key did what it does in a text field
    assert OrderService(window.ctx).show("R-1").status == "registered"
    window.queue_tab.table.setFocus()  # outside a text field the shortcut works
    qtbot.keyClick(window.queue_tab.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert [kind for kind, _no in dialogs.asked] == ["cancel"]


def test_the_cancel_dialog_preselects_no_reason_and_shows_the_message(qtbot, make_window):
    window = make_window()
    open_order(qtbot, window, "R-1")
    dialog = CancelDialog(window.queue_tab.details.view, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.reason.currentIndex() == -1 and dialog.reason.currentText() == ""
    assert not ok.isEnabled()  # before: "Fel arbetsordertyp" was chosen, Enter cancelled
    assert dialog.findChild(type(dialog.subject), "messageSubject") is dialog.subject
    assert "medicinsk risk" in dialog.findChild(object, "cancelMedicalRisk").text()
    dialog.reason.setCurrentIndex(dialog.reason.findText("Brukaren gick inte att nå"))
    assert ok.isEnabled()
    assert "Orsak: Brukaren gick inte att nå" in dialog.body.toPlainText()
    assert dialog.body.toPlainText().startswith("Hej Eva Ek,")  # the message, before it goes
    dialog.body.setPlainText(dialog.body.toPlainText() + "\nRing oss på 010-123 45 67.")
    dialog.reason.setEditText("Brukaren har avlidit")  # a reason of one's own
    reason, subject, body = dialog.value()
    assert (reason, subject) == ("Brukaren har avlidit", "Arbetsorder R-1 makulerad")
    assert "Orsak: Brukaren har avlidit" in body and body.endswith("010-123 45 67.")


def test_cancel_queues_the_message_the_person_saw(qtbot, make_window):
    window = make_window()
    open_order(qtbot, window, "R-1")
    assert "makulerad" in press(qtbot, window, "cancel")
    [(kind, subject, body)] = [(m.kind, m.subject, m.body) for m in _messages(window, "R-1")]
    assert (kind, subject) == ("cancelled", "Arbetsorder R-1 makulerad")
    assert "Orsak: Fel arbetsordertyp" in body


def _messages(window: MainWindow, order_no: str) -> list[Any]:
    from hmc_desktop.db.models import Message

    with window.ctx.db.reading() as s:
        order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.order_no == order_no))
        return list(s.scalars(select(Message).where(Message.order_id == order_id)))


# -- W1, W6: no path starts an incomplete order; completing it in the window --------------------
def test_hold_is_greyed_out_for_a_registered_order_and_f8_cannot_start_it(qtbot, make_window):
    window = make_window()
    open_order(qtbot, window, "C-5")
    actions = window.queue_tab.order_actions
    assert not actions.hold.isEnabled() and not actions.resume.isEnabled()  # before: F7 was on
    assert actions.start.isEnabled()  # W1 allows it; W6 refuses it, and says so
    assert "konsultationsunderlag" in actions.start.toolTip()
    assert "kan inte påbörjas" in press(qtbot, window, "start")


def test_f2_completes_the_service_product_and_payer_number(qtbot, make_window):
    window = make_window()
    open_order(qtbot, window, "C-5")
    actions = window.queue_tab.order_actions
    actions.dialogs.details_with = ("Konsultation sittande", "4711")
    assert actions.details.isEnabled() and actions.details.shortcut().toString() == "F2"
    assert "sparade" in press(qtbot, window, "details")
    view = window.queue_tab.details.view
    assert (view.service_product, view.payer_no) == ("Konsultation sittande", "4711")
    assert view.incomplete == ["attachment:consultation_basis"]


def test_an_attachment_gets_the_kind_chosen_in_teknisk_dokumentation(qtbot, make_window,
                                                                    tmp_path):
    window = make_window()
    source = tmp_path / "underlag.pdf"
    source.write_bytes(b"%PDF-1.4 underlag")
    tab = TechDocTab(window.ctx, file_chooser=lambda _p: str(source), opener=lambda _p: True)
    qtbot.addWidget(tab)
    tab.open_order("C-5")
    qtbot.waitUntil(lambda: tab.doc is not None, timeout=10_000)
    assert tab.kind_combo.currentData() == "consultation_basis"  # what the order lacks
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("special_adaptation_instruction"))
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("consultation_basis"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.attachment_list.rowCount() == 1, timeout=10_000)
    assert tab.attachment_list.item(0, 1).text() == "Konsultationsunderlag"
    with window.ctx.db.reading() as s:
        assert s.scalar(select(Attachment.kind).where(Attachment.file_name == "underlag.pdf")) \
            == "consultation_basis"  # before: always "other"
    assert "attachment:consultation_basis" not in OrderService(window.ctx).show("C-5").incomplete


def test_the_queue_shows_incomplete_orders_and_filters_them(qtbot, make_window):
    window = make_window()
    tab = window.queue_tab
    model = tab.model
    status = COLUMNS.index("status")
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    c5 = model.index(rows["C-5"], status)
    assert not model.data(c5, Qt.ItemDataRole.DecorationRole).isNull()  # the icon
    assert "tjänsteprodukt" in model.data(c5, Qt.ItemDataRole.ToolTipRole)
    assert model.data(c5, Qt.ItemDataRole.AccessibleTextRole) == "Registrerad – ofullständig"
    assert model.data(model.index(rows["R-1"], status), Qt.ItemDataRole.DecorationRole) is None
    tab.filters.incomplete.setChecked(True)
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == 1, timeout=10_000)
    assert model.data(model.index(0, 0)) == "C-5"
    assert tab.count.text() == "1 arbetsorder"  # before: "1 arbetsordrar"


# -- another workstation ------------------------------------------------------------------------
def test_a_refusal_after_another_workstations_change_shows_the_order_as_it_is(qtbot,
                                                                             make_window):
    window = make_window()
    window.teamwork.stop()  # not the change listener's reload: the refusal's own
    open_order(qtbot, window, "R-1")
    assert window.queue_tab.details.view.status == "registered"
    OrderService(other(window)).start("R-1")  # meanwhile, at tek1's desk
    text = press(qtbot, window, "start")
    assert "påbörjad kan inte påbörjas" in text
    qtbot.waitUntil(lambda: window.queue_tab.details.view.status == "started", timeout=10_000)
    assert window.queue_tab.details.values["status"].text() == "Påbörjad"
    assert window.queue_tab.details.message.text().endswith(text[2:])  # the sentence stays


# -- W9, who completed, S5 ------------------------------------------------------------------------
def test_w9_resume_says_why_and_the_answer_is_only_offered_while_one_waits(qtbot, make_window):
    window = make_window(login="tek1")
    flows = window.queue_tab.order_actions.flows
    open_order(qtbot, window, "K-7")
    assert not flows.cost_answer.isEnabled()
    CostProposalService(window.ctx).propose("K-7", Decimal(5600), "Ny rygg")
    open_order(qtbot, window, "R-1")
    open_order(qtbot, window, "K-7")
    actions = window.queue_tab.order_actions
    assert flows.cost_answer.isEnabled() and not flows.cost.isEnabled()
    assert "bara svaret" in actions.resume.toolTip()
    assert "5 600,00 kr" in window.queue_tab.details.badges.text()
    assert "bara svaret" in press(qtbot, window, "resume")
    assert OrderService(window.ctx).show("K-7").status == "waiting"


def test_details_name_who_completed_and_s5_needs_documentation(qtbot, make_window):
    window = make_window()
    OrderService(window.ctx).start("S-1")
    open_order(qtbot, window, "R-1")
    open_order(qtbot, window, "S-1")
    assert "dokumentation" in press(qtbot, window, "complete")
    TechDocService(other(window)).add_entry("S-1", "outcome", "Löst på distans")
    assert "avslutad" in press(qtbot, window, "complete")
    view = OrderService(window.ctx).show("S-1")
    assert view.completed_by == "tester"
    assert window.queue_tab.details.values["completed"].text().endswith(" av tester")


# -- W5 ----------------------------------------------------------------------------------------
def test_the_delay_dialog_asks_for_the_new_date(qtbot):
    body = "Hej Eva Ek,\n\nArbetsorder R-1 kommer tyvärr inte att bli klar.\nVi återkommer med ny tid."
    dialog = DelayMessageDialog("R-1", "Arbetsorder R-1 försenas", body, date(2026, 12, 4))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.expected.text() == "Välj datum"
    dialog.expected.setDate(QDate(2026, 12, 11))
    assert ok.isEnabled()
    _subject, text, expected = dialog.value()
    assert expected == date(2026, 12, 11)
    assert text.endswith("Ny beräknad klardag: 2026-12-11.") and "återkommer" not in text
    dialog.expected.setDate(QDate(2026, 12, 14))
    assert dialog.value()[1].count("Ny beräknad klardag") == 1


def test_the_at_risk_view_knows_the_message_was_sent(qtbot, make_window):
    at = "2026-11-26 09:00"  # R-1 must be started by 16:00 today
    window = make_window(as_of=at)
    rules = OrderRulesService(window.ctx)
    subject, body = rules.draft_delay_message("R-1")
    rules.send_delay_message("R-1", subject, body, date(2026, 12, 2))
    tab = window.queue_tab
    tab.filters.apply(at_risk=True)
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() > 0, timeout=10_000)
    rows = {tab.model.data(tab.model.index(r, 0)): r for r in range(tab.model.rowCount())}
    sla = tab.model.index(rows["R-1"], COLUMNS.index("sla"))
    assert tab.model.data(sla) == "Risk · meddelad"
    assert "meddelad 2026-11-26 09:00" in tab.model.data(sla, Qt.ItemDataRole.ToolTipRole)
    open_order(qtbot, window, "K-7")
    open_order(qtbot, window, "R-1")  # read anew
    badges = tab.details.badges.text()
    assert "meddela beställaren" not in badges and "ny beräknad klardag 2026-12-02" in badges


# -- the queue's words ---------------------------------------------------------------------------
def test_a_cancelled_order_is_never_late_in_the_queue(qtbot, make_window):
    window = make_window(as_of="2026-12-10 09:00")  # long after R-1's deadlines
    OrderService(window.ctx).cancel("R-1", "Fel arbetsordertyp")
    with window.ctx.db.transaction() as s:  # cancelled after its start deadline had passed
        s.execute(update(WorkOrder).where(WorkOrder.order_no == "R-1").values(
            cancelled=datetime(2026, 12, 1, 9, 0, tzinfo=TZ)))
    window.queue_tab.reload()
    wait_loaded(qtbot, window)
    row = QueueService(window.ctx).rows(
        QueueService(window.ctx).order_ids(QueueFilter(status="cancelled")))
    [cancelled] = row.values()
    assert fmt.sla_text(cancelled.sla, cancelled.has_deadlines) != "Försenad"


def test_a_deadline_just_passed_is_no_zero_minutes(qtbot, make_window):
    window = make_window()
    cal = window.ctx.calendar
    friday = datetime(2026, 11, 27, 16, 0, tzinfo=TZ)  # closing time
    assert fmt.time_left(friday, friday + timedelta(hours=3), cal) == "passerad"  # not "0 min sent"
    assert fmt.time_left(friday, friday, cal) == "går ut nu"
    assert fmt.time_left(friday, friday - timedelta(hours=2), cal) == "2 h kvar"


def test_a_flow_refused_after_another_workstations_answer_rereads_the_order(qtbot, make_window):
    from hmc_desktop.ui.orders.flow_orders import CostAnswerDialog

    window = make_window(login="tek1")
    window.teamwork.stop()  # not the change listener's reload: the refusal's own
    CostProposalService(window.ctx).propose("K-7", Decimal(700), "Ny dyna")
    open_order(qtbot, window, "K-7")
    flows = window.queue_tab.order_actions.flows
    CostProposalService(other(window, "sup1")).decline("K-7", "Eva Ek")  # at another desk
    flows.cost_answer.trigger()
    qtbot.waitUntil(lambda: isinstance(flows.last_dialog, CostAnswerDialog), timeout=5_000)
    dialog = flows.last_dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "makulerad" in dialog.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: window.queue_tab.details.view.status == "cancelled", timeout=10_000)
    assert not flows.cost_answer.isEnabled()
    dialog.close()


def test_one_pickup_is_1_hamtorder(qtbot, make_window):
    from hmc_desktop.services.orders.pickups import PickupService
    from hmc_desktop.ui.printing.tab import PrintingTab

    window = make_window()
    PickupService(window.ctx).order_pickup("R-1")  # the next working day, the tab's default
    tab = PrintingTab(window.ctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.pickupsShown, timeout=10_000):
        tab.reload()
    assert tab.count.text() == "1 hämtorder"  # before: "1 hämtordrar"
