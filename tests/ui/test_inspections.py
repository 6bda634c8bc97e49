"""The Besiktning tab, the inspection dialog and the device card's inspection (PM2–PM6) in the
window, on the demo database (lifts, slings and beds with their history)."""

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget
from sqlalchemy import select

from hmc_desktop.db.models import Device
from hmc_desktop.services.inspections.due import DueListService
from hmc_desktop.services.inspections.plans import refresh_due
from hmc_desktop.ui.inspections.booking import VisitDialog
from hmc_desktop.ui.inspections.dialog import InspectionDialog
from hmc_desktop.ui.inspections.plans import InspectionPlansDialog
from hmc_desktop.ui.inspections.tab import InspectionTab
from hmc_desktop.ui.inspections.window import inspection_tab, open_plans
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import activate, wait_preview


def show_tab(qtbot: Any, window: MainWindow) -> InspectionTab:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    tab = inspection_tab(window)
    assert window.tabs.currentWidget() is tab and tab.objectName() == "inspectionTab"
    qtbot.waitUntil(lambda: tab.model.filter is not None and not tab.model.busy, timeout=10_000)
    settle()
    return tab


def wait_rows(qtbot: Any, tab: InspectionTab) -> None:
    qtbot.waitUntil(lambda: not tab.model.busy, timeout=10_000)
    settle()


def open_dialog_of(qtbot: Any, tab: InspectionTab, number: str) -> InspectionDialog:
    tab.scan.setText(number)
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)  # as a barcode scanner types it
    dialog = tab.flows.last_dialog
    assert isinstance(dialog, InspectionDialog) and dialog.individual_no == number
    qtbot.waitUntil(lambda: dialog.form_data is not None, timeout=10_000)
    return dialog


def test_pm2_pm3_the_tab_lists_what_falls_due_overdue_first_with_the_notice_day(qtbot, window):
    tab = show_tab(qtbot, window)
    flt = tab.current_filter()
    assert (flt.since, flt.until) == (date(2026, 12, 1), date(2026, 12, 31))  # two weeks on
    expected = DueListService(window.ctx).page(flt)
    rows = tab.model.rows
    assert [r.individual_no for r in rows] == [r.individual_no for r in expected.rows]
    assert rows and rows[0].overdue and [r.due for r in rows] == sorted(r.due for r in rows)
    assert tab.count.text() == f"{expected.total} hjälpmedel"
    first = rows[0]
    assert tab.model.text(first, tab.model.COL_NOTICE) in (first.notice_by.isoformat(), "–")
    assert tab.model.state_text(first).startswith(("Försenad", "På HMC – spärrad"))

    group = rows[0].product_group
    tab.group.setCurrentIndex(tab.group.findData(group))
    tab.apply()
    wait_rows(qtbot, tab)
    assert {r.product_group for r in tab.model.rows} == {group}
    tab.state.setCurrentIndex(tab.state.findData("at_centre"))
    tab.apply()
    wait_rows(qtbot, tab)
    assert all(r.device_status != "in_use" for r in tab.model.rows)


def test_pm4_a_scan_opens_the_checklist_and_saving_records_the_inspection(qtbot, window):
    tab = show_tab(qtbot, window)
    number = tab.model.rows[0].individual_no
    dialog = open_dialog_of(qtbot, tab, number)
    assert dialog.due_bar.text().startswith("Försenad")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing assessed yet
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message.text().startswith("Besiktningen kan inte sparas: resultat saknas")
    qtbot.mouseClick(dialog.findChild(QPushButton, "inspectionAllOk"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    view = saved.args[0]
    assert (view.result, view.order_no, view.performed_on) == ("ok", None, date(2026, 11, 24))
    assert "Nästa besiktning senast" in dialog.message.text()
    assert dialog.protocol_button.isVisible()
    dialog.print_protocol()
    preview = wait_preview(qtbot, window, pages=1)
    preview.close()
    wait_rows(qtbot, tab)
    assert number not in [r.individual_no for r in tab.model.rows]  # no longer due


def test_pm4_a_step_not_ok_needs_a_note_and_leads_to_its_corrective_order(qtbot, window):
    tab = show_tab(qtbot, window)
    number = next(r.individual_no for r in tab.model.rows if r.device_status == "in_use")
    dialog = open_dialog_of(qtbot, tab, number)
    dialog.mark_all_ok()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("not_ok"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message.text().startswith("Beskriv felet")
    dialog.notes[0].setText("Sprickbildning i lyftarmen")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    order_no = saved.args[0].order_no
    assert order_no and order_no in dialog.message.text()
    assert dialog.order_button.isVisible()
    qtbot.mouseClick(dialog.order_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (v := window.queue_tab.details.view) is not None
                    and v.order_no == order_no, timeout=10_000)
    assert window.tabs.currentWidget() is window.queue_tab
    assert window.queue_tab.details.view.type == "2"  # at the user's: the device is in use


def test_pm3_booking_a_visit_and_printing_the_notices_marks_them_told(qtbot, window):
    tab = show_tab(qtbot, window)
    row = next(r for r in tab.model.rows if r.device_status == "in_use" and r.visit_at is None)
    tab.select_number(row.individual_no)
    dialog = tab.flows.book()
    assert isinstance(dialog, VisitDialog)
    assert dialog.day.minimumDate().toString("yyyy-MM-dd") == "2026-12-08"  # 10 working days
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, tab)
    booked = next(r for r in tab.model.rows if r.individual_no == row.individual_no)
    assert booked.visit_at is not None and tab.model.state_text(booked) in (
        "Bokad, ej aviserad", "Försenad · Bokad, ej aviserad")
    tab.select_number(row.individual_no)
    job = tab.flows.notices()
    assert job is not None
    preview = wait_preview(qtbot, window)
    assert preview.page_count() >= 1
    preview.close()
    wait_rows(qtbot, tab)
    told = next(r for r in tab.model.rows if r.individual_no == row.individual_no)
    assert told.notified == "letter"
    assert "Aviserad (brev)" in tab.model.state_text(told)


def test_pm2_pm4_the_device_card_shows_the_next_due_day_and_inspects(qtbot, window):
    with window.ctx.db.transaction() as s:  # a lift back in stock, its inspection long overdue
        device = s.scalars(select(Device).where(Device.inspection_due.is_not(None))
                           .order_by(Device.id).limit(1)).unique().one()
        device.status, device.holder_id, device.last_inspected = "in_stock", None, date(2023, 1, 5)
        s.flush()
        refresh_due(s, Device.id == device.id)
        number = device.individual_no
    window.open_device(number)
    card = window.device_tab
    qtbot.waitUntil(lambda: card.card is not None and card.card.individual_no == number,
                    timeout=10_000)
    assert card.values["inspection_due"].text().endswith("– försenad")
    assert "är spärrat: besiktningen skulle ha gjorts senast" in card.inspection_warning.text()
    dialog = card.inspection.inspect()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.form_data is not None, timeout=10_000)
    dialog.mark_all_ok()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    dialog.close()
    qtbot.waitUntil(lambda: not card.inspection_warning.text(), timeout=10_000)
    facts = card.card.inspection
    assert facts is not None and facts.last_inspected == date(2026, 11, 24)
    assert card.values["inspection_due"].text() == facts.due.isoformat()  # no longer overdue
    assert card.inspection.protocol_action.isEnabled()


def test_pm1_an_administrator_edits_a_plan_in_the_window(qtbot, window):
    dialog = open_plans(window)
    assert isinstance(dialog, InspectionPlansDialog)
    qtbot.waitUntil(lambda: bool(dialog.plans), timeout=10_000)
    row = next(i for i, p in enumerate(dialog.plans) if p.product_group == "Lyftselar")
    dialog.table.setCurrentCell(row, 0)
    assert dialog.interval.value() == 6
    dialog.interval.setValue(4)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() == "Planen är sparad.", timeout=10_000)
    qtbot.waitUntil(lambda: any(p.product_group == "Lyftselar" and p.interval_months == 4
                                for p in dialog.plans), timeout=10_000)
    dialog.close()


def test_warehouse_staff_see_the_list_but_may_not_inspect(qtbot, open_window):
    window = open_window(login="lager1")
    tab = show_tab(qtbot, window)
    assert tab.model.rows
    assert not tab.flows.inspect_action.isEnabled()
    assert "Bara tekniker" in tab.flows.inspect_action.toolTip()
    assert tab.flows.card_action.isEnabled()
    assert not window.findChild(type(tab.flows.inspect_action), "actionInspectionPlans").isEnabled()


def test_pm6_the_follow_up_shows_inspections_per_product_group(qtbot, window):
    window.lazy_tabs.show("followup")
    tab = window.followup_tab
    qtbot.waitUntil(lambda: tab._refreshed and not tab.busy, timeout=20_000)
    tab.set_period(date(2026, 1, 1), date(2026, 11, 30))
    qtbot.waitUntil(lambda: not tab.busy and tab.inspection_model.rowCount() > 0, timeout=20_000)
    model = tab.inspection_model
    assert model.text(model.rowCount() - 1, 0) == "Alla produktgrupper"
    groups = {model.text(r, 0) for r in range(model.rowCount() - 1)}
    assert {"Lyftar", "Sängar"} <= groups
    side = tab.findChild(QTabWidget, "followUpSideTabs")
    assert side.tabText(1) == "Besiktningar"


def test_pm3_a_route_books_every_unbooked_device_of_one_postal_area(qtbot, window):
    tab = show_tab(qtbot, window)
    found = None
    for i in range(tab.month.count()):  # the first month with two such devices in one area
        tab.month.setCurrentIndex(i)
        tab.apply()
        wait_rows(qtbot, tab)
        areas: dict[str, list[str]] = {}
        for r in tab.model.rows:
            if r.device_status == "in_use" and r.visit_at is None:
                areas.setdefault(r.postal_code[:3], []).append(r.individual_no)
        found = next((v for v in areas.values() if len(v) >= 2), None)
        if found:
            break
    assert found, "the demo has two devices due in one postal area"
    tab.select_number(found[0])
    dialog = tab.flows.route()
    assert isinstance(dialog, VisitDialog) and sorted(dialog.numbers) == sorted(found)
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    views = done.args[0]
    assert [v.visit_at.strftime("%H:%M") for v in views][:2] == ["09:00", "09:45"]
    wait_rows(qtbot, tab)
    assert all(r.visit_at is not None for r in tab.model.rows if r.individual_no in found)
