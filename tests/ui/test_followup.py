"""The Uppföljning tab (P2, C5): it fills off the GUI thread, every number clicks through to a
filter that finds exactly its orders, and it exports the PDF and the CSV."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.queue.followup import FollowUpService
from hmc_desktop.services.queue.queries import QueueFilter
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.followup.view import FollowUpTab, preset_period
from tests.conftest import TEST_LOGIN
from tests.ui.conftest import AS_OF, settle


@pytest.fixture
def tab(qtbot: Any, ui_db_url: str) -> Iterator[FollowUpTab]:
    db = Database(ui_db_url)
    ctx = ServiceContext(db, Clock.parse(AS_OF), login=TEST_LOGIN)
    ctx.reload()
    widget = FollowUpTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    widget.refresh()
    assert widget.busy and widget.busy_bar.isVisible()  # the work runs in the background
    wait(qtbot, widget)
    yield widget
    settle()
    db.dispose()


def wait(qtbot: Any, widget: FollowUpTab) -> None:
    qtbot.waitUntil(lambda: not widget.busy, timeout=20_000)
    settle()


def cell(table: QTableView, row: int, column: int) -> QModelIndex:
    return table.model().index(row, column)


def click(qtbot: Any, table: QTableView, index: QModelIndex) -> None:
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def test_the_view_fills_with_the_services_figures(tab: FollowUpTab) -> None:
    svc = FollowUpService(tab.ctx)
    today = svc.today()
    model = tab.today_model
    assert model.rowCount() == len(today) and model.rows == today
    assert model.text(len(today) - 1, 0) == "Alla brevlådor"
    assert model.text(0, 3) == f"{today[0].breached:,}".replace(",", "\u202f")
    assert "2026-11-24 10:00" in tab.as_of.text()
    first, last = tab.period()
    assert (first, last) == (date(2026, 11, 1), date(2026, 11, 24))  # default: this month
    report = tab.compliance_model.report
    assert report is not None and report.total.period == svc.compliance(first, last).total.period
    assert tab.compliance_model.rowCount() == len(report.types) + 1
    assert tab.compliance_model.text(len(report.types), 0) == "Alla typer"
    assert len(tab.trend_chart.chart().series()) == 2 and len(tab.trend_chart.points["finish"]) >= 6
    assert tab.bar_chart.categories and "Typ" in tab.bar_chart.accessibleDescription()
    assert not tab.busy_bar.isVisible() and tab.period_bar.pdf_button.isEnabled()
    bar = tab.period_bar
    for w in (tab.today_table, tab.compliance_table, bar.preset, bar.first_edit, bar.last_edit,
              bar.pdf_button, bar.csv_button, tab.refresh_button, tab.trend_chart, tab.bar_chart):
        assert w.accessibleName(), w.objectName()


def test_clicking_a_number_emits_the_filter_of_its_orders(qtbot: Any, tab: FollowUpTab) -> None:
    svc = FollowUpService(tab.ctx)
    table = tab.today_table
    row = next(i for i, r in enumerate(tab.today_model.rows) if r.breached)
    with qtbot.waitSignal(tab.ordersRequested, timeout=2000) as blocker:
        click(qtbot, table, cell(table, row, 3))
    flt = blocker.args[0]
    mailbox = tab.today_model.rows[row].mailbox
    assert flt == {"mailbox": mailbox, "type": None, "state": "breached"}
    assert len(svc.order_ids(flt)) == tab.today_model.rows[row].breached

    with qtbot.waitSignal(tab.ordersRequested, timeout=2000) as blocker:
        click(qtbot, table, cell(table, row, 4))  # new today
    assert blocker.args[0] == {"mailbox": mailbox, "type": None, "state": "registered",
                               "registered_from": "2026-11-24", "registered_to": "2026-11-24"}

    # keyboard: Enter on the current cell does the same as a click
    table.setFocus()
    table.setCurrentIndex(cell(table, len(tab.today_model.rows) - 1, 1))
    with qtbot.waitSignal(tab.ordersRequested, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args[0] == {"mailbox": None, "type": None, "state": "open"}


def test_compliance_cells_click_through_with_the_period(qtbot: Any, tab: FollowUpTab) -> None:
    svc = FollowUpService(tab.ctx)
    model, table = tab.compliance_model, tab.compliance_table
    assert model.report is not None
    states = {2: "start_met", 3: "start_missed", 5: "finish_met", 6: "finish_missed"}
    for row, t in enumerate(model.rows[:-1]):  # every count of every type
        for column, state in states.items():
            if model.text(row, column) == "–":
                continue
            with qtbot.waitSignal(tab.ordersRequested, timeout=2000) as blocker:
                click(qtbot, table, cell(table, row, column))
            flt = blocker.args[0]
            assert flt == {"mailbox": None, "type": t.code, "state": state,
                           "registered_from": "2026-11-01", "registered_to": "2026-11-24"}
            share = t.period.start if state.startswith("start") else t.period.finish
            assert len(svc.order_ids(flt)) == getattr(share, state.split("_")[1])
    total = len(model.rows) - 1
    with qtbot.waitSignal(tab.ordersRequested, timeout=2000) as blocker:
        click(qtbot, table, cell(table, total, 1))  # all orders of the period
    assert blocker.args[0]["type"] is None and blocker.args[0]["state"] == "counted"
    assert len(svc.order_ids(blocker.args[0])) == model.rows[total].period.orders


def test_names_and_dashes_emit_nothing(qtbot: Any, tab: FollowUpTab) -> None:
    emitted: list[dict[str, Any]] = []
    tab.ordersRequested.connect(emitted.append)
    click(qtbot, tab.today_table, cell(tab.today_table, 0, 0))  # a mailbox name
    model = tab.compliance_model
    dash = next(i for i, t in enumerate(model.rows) if t.period.start.ratio is None)
    assert model.text(dash, 2) == "–"
    click(qtbot, tab.compliance_table, cell(tab.compliance_table, dash, 2))
    settle()
    assert emitted == []


def test_period_presets_and_custom_dates(qtbot: Any, tab: FollowUpTab) -> None:
    assert preset_period("last_month", date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert preset_period("12_months", date(2026, 11, 24)) == (date(2025, 12, 1), date(2026, 11, 24))
    assert preset_period("year", date(2026, 11, 24)) == (date(2026, 1, 1), date(2026, 11, 24))
    tab.period_bar.preset.setCurrentIndex(1)
    tab.period_bar.preset.activated.emit(1)
    wait(qtbot, tab)
    assert tab.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert tab.compliance_model.report is not None
    assert tab.compliance_model.report.first == date(2026, 10, 1)
    tab.set_period(date(2026, 6, 1), date(2026, 9, 30))
    wait(qtbot, tab)
    assert tab.period_bar.preset.currentIndex() == 4 and "2026-06-01 – 2026-09-30" in tab.period_group.title()
    assert tab.trend_group.title().endswith("okt 2025 – sep 2026")  # 12 months to the period's end


def test_export_pdf_and_csv_through_the_injected_dialog(qtbot: Any, tab: FollowUpTab,
                                                          tmp_path: Path) -> None:
    asked: list[tuple[str, str]] = []
    answers = iter([str(tmp_path / "lt.pdf"), str(tmp_path / "lt.csv"), None])

    def dialog(_parent: Any, caption: str, suggested: str, _filter: str) -> str | None:
        asked.append((caption, suggested))
        return next(answers)

    tab.save_dialog = dialog
    qtbot.mouseClick(tab.period_bar.pdf_button, Qt.MouseButton.LeftButton)
    assert tab.busy and not tab.period_bar.pdf_button.isEnabled()
    wait(qtbot, tab)
    assert (tmp_path / "lt.pdf").read_bytes().startswith(b"%PDF")
    assert "lt.pdf" in tab.message.text()
    qtbot.mouseClick(tab.period_bar.csv_button, Qt.MouseButton.LeftButton)
    wait(qtbot, tab)
    lines = (tmp_path / "lt.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "type;orders;start_met;start_missed;finish_met;finish_missed"
    assert lines[-1].startswith("total;")
    assert asked[0][1] == "ledtider_2026-11-01_2026-11-24.pdf"
    assert asked[1][1] == "ledtider_2026-11-01_2026-11-24.csv"
    qtbot.mouseClick(tab.period_bar.pdf_button, Qt.MouseButton.LeftButton)  # cancelled: nothing runs
    assert not tab.busy and len(asked) == 3


def test_embedded_in_the_main_window_a_click_filters_the_queue(qtbot: Any, window: Any) -> None:
    """The main window's own wiring: a click shows exactly the clicked number's orders in the
    queue (today's figures and the period's), with a removable follow-up selection label."""
    followup, queue = window.followup_tab, window.queue_tab
    asked: list[dict[str, Any]] = []
    followup.ordersRequested.connect(asked.append)
    window.tabs.setCurrentWidget(followup)  # the first show fills it
    qtbot.waitUntil(lambda: followup.today_model.rowCount() > 0 and not followup.busy, timeout=20_000)
    settle()
    model = followup.today_model
    row = next(i for i, r in enumerate(model.rows) if r.mailbox and r.breached)
    click(qtbot, followup.today_table, cell(followup.today_table, row, 3))
    qtbot.waitUntil(lambda: not queue.model.busy and queue.model.filter.breached, timeout=10_000)
    settle()
    flt = queue.filters.current()
    assert window.tabs.currentWidget() is queue
    assert (flt.mailbox, flt.at_risk, flt.breached, flt.status) == (model.rows[row].mailbox, False,
                                                                      True, "open")
    assert queue.model.rowCount() == model.rows[row].breached
    assert not window.statusBar().currentMessage()  # no "only approximately" note any more

    window.tabs.setCurrentWidget(followup)
    compliance = followup.compliance_model
    # a period figure of one type, a met/missed one if there is one (the outcome is not a queue
    # choice), else the type's orders in the period
    t, c = next((i, c) for c in (3, 6, 2, 5, 1) for i, f in enumerate(compliance.rows)
                if f.code != "total" and compliance.text(i, c) not in ("–", "0"))
    state = compliance.COLUMNS[c][1]
    click(qtbot, followup.compliance_table, cell(followup.compliance_table, t, c))
    qtbot.waitUntil(lambda: not queue.model.busy and queue.model.filter.followup is not None
                    and dict(queue.model.filter.followup)["state"] == state, timeout=10_000)
    settle()
    period = asked[-1]
    assert period["state"] == state and period["type"] == compliance.rows[t].code
    assert period["registered_from"] and period["registered_to"]
    expected = FollowUpService(window.ctx).order_ids(period)
    shown = [queue.model.order_id(i) for i in range(queue.model.rowCount())]
    assert sorted(shown) == sorted(expected)
    assert fmt.number(len(expected)) == compliance.text(t, c)
    bar = queue.filters
    assert bar.type.currentData() == compliance.rows[t].code and bar.status.currentData() == "all"
    assert bar.followup_label.isVisible() and bar.followup_clear.isVisible()
    assert period["registered_from"] in bar.followup_label.text()

    window.findChild(QAction, "actionClearFilters").trigger()  # Ctrl+Shift+F: all orders open
    qtbot.waitUntil(lambda: not queue.model.busy and queue.model.filter.followup is None,
                    timeout=10_000)
    settle()
    assert not bar.followup_label.isVisible() and not bar.followup_clear.isVisible()
    assert bar.current() == QueueFilter()

    window.tabs.setCurrentWidget(followup)
    click(qtbot, followup.compliance_table, cell(followup.compliance_table, t, c))
    qtbot.waitUntil(lambda: not queue.model.busy and queue.model.filter.followup is not None,
                    timeout=10_000)
    bar.medical.setChecked(True)  # any other choice ends the selection too
    assert queue.model.filter.followup is None and not bar.followup_label.isVisible()
    qtbot.mouseClick(bar.medical, Qt.MouseButton.LeftButton)
    window.tabs.setCurrentWidget(followup)
    click(qtbot, followup.compliance_table, cell(followup.compliance_table, t, c))
    qtbot.waitUntil(lambda: bar.followup_clear.isVisible(), timeout=10_000)
    qtbot.mouseClick(bar.followup_clear, Qt.MouseButton.LeftButton)  # ✕ removes it
    assert queue.model.filter.followup is None and not bar.followup_label.isVisible()
    settle()


def test_month_names_follow_the_interface_language(monkeypatch):
    from datetime import date

    from hmc_desktop.ui.common import i18n
    from hmc_desktop.ui.followup.charts import month_text

    assert month_text(date(2026, 11, 1)) == "nov 2026"  # as the PDF report writes it
    assert month_text(date(2026, 5, 1), year=False) == "maj"
    monkeypatch.setattr(i18n, "_current", "en")
    assert month_text(date(2026, 11, 1)) == "Nov 2026"
    assert month_text(date(2026, 5, 1), year=False) == "May"
