"""The Uppföljning tab: today's backlog, risks and breaches per mailbox (P2), and lead-time
compliance per type for a period (C5), as tables and charts; exports the PDF and CSV report.

Every number in the two tables is a link: a click (or Enter) emits :attr:`FollowUpTab.ordersRequested`
with a follow-up filter dict (keys in :mod:`hmc_desktop.services.queue.followup`); the main window
shows those orders in the queue. All database work and the PDF run off the GUI thread
(:class:`~hmc_desktop.ui.common.ops.Op`) while a busy bar shows.
"""

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.documents.inspection_data import InspectionReportData
from hmc_desktop.documents.leadtime_data import LeadTimeReportData
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.changes import Changes
from hmc_desktop.safe_files import write_atomically
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.inspections.followup import InspectionFollowUpService
from hmc_desktop.services.queue.followup import (
    FollowUpService,
    MailboxToday,
    MonthShare,
    to_queue_filter,
)
from hmc_desktop.services.reports.leadtime_report import build_pdf
from hmc_desktop.services.reports.leadtimes import LeadTimeService, to_csv
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text
from hmc_desktop.ui.followup.charts import ComplianceBarChart, TrendLineChart, month_text
from hmc_desktop.ui.followup.inspections import InspectionFiguresModel, InspectionFiguresTable
from hmc_desktop.ui.followup.period import PeriodBar, make_button, preset_period
from hmc_desktop.ui.followup.tables import ComplianceModel, FiguresTable, TodayModel
from hmc_desktop.ui.queue.tab import WorkOrderQueueTab

REFRESH_DELAY_MS = 500  # changes heard in a burst: the figures are fetched once

__all__ = ["FollowUpTab", "SaveDialog", "ask_save_path", "preset_period", "show_in_queue"]

#: ``(parent, caption, suggested file name, filter) -> chosen path or None``; tests inject one.
SaveDialog = Callable[[QWidget, str, str, str], str | None]


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path or None


def show_in_queue(queue_tab: WorkOrderQueueTab, flt: Mapping[str, Any]) -> None:
    """Set the work-order queue's filter bar to a follow-up filter (mailbox, type, status, SLA
    flag, and the selection itself) with one query: the queue then shows exactly the clicked
    number's orders."""
    queue, _exact = to_queue_filter(flt)
    bar = queue_tab.filters
    bar.type.blockSignals(True)  # one change, emitted by apply()
    bar.type.setCurrentIndex(max(0, bar.type.findData(queue.type_code)))
    bar.type.blockSignals(False)
    bar.apply(mailbox=queue.mailbox, status=queue.status, at_risk=queue.at_risk,
              breached=queue.breached, keep_type=True, followup=queue.followup)


class FollowUpTab(QWidget):
    """``followUpTab``. :meth:`refresh` reloads every figure; the main window connects
    :attr:`ordersRequested` to show the orders behind a clicked number in the queue."""

    ordersRequested = Signal(dict)  # a follow-up filter (services/queue/followup.py)
    busyChanged = Signal(bool)
    statusMessage = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpTab")
        self.setAccessibleName(self.tr("Uppföljning"))
        self.ctx = ctx
        self.service = FollowUpService(ctx)
        self.save_dialog: SaveDialog = ask_save_path
        self.busy = 0  # background operations running
        self._requests = {"today": 0, "period": 0}  # answers to older requests are dropped
        self._refreshed = False
        self._refresh_timer = QTimer(self)  # changes in a burst: one refresh
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.today_model = TodayModel(self)
        self.compliance_model = ComplianceModel(self)
        self._build()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Uppföljning"))
        title.setFont(scaled_font(title, 1.35))
        self.as_of = QLabel()
        self.as_of.setObjectName("followUpAsOf")
        self.as_of.setAccessibleName(self.tr("Tidpunkt för siffrorna"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("followUpBusy")
        self.busy_bar.setAccessibleName(self.tr("Beräknar"))
        self.busy_bar.setRange(0, 0)  # no end known: a moving bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.busy_bar.hide()
        self.refresh_button = make_button("followUpRefresh", self.tr("&Uppdatera"),
                                          self.tr("Hämta siffrorna på nytt"), self.refresh)
        top = QHBoxLayout()
        for w in (title, self.as_of):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.refresh_button)

        self.today_table = FiguresTable("followUpTodayTable", self.tr("Dagens läge per brevlåda"),
                                        self.today_model)
        self.compliance_table = FiguresTable("followUpComplianceTable",
                                             self.tr("Andel i tid och ledtid per typ"),
                                             self.compliance_model)
        for table in (self.today_table, self.compliance_table):
            table.chosen.connect(self.ordersRequested.emit)
        self.trend_chart = TrendLineChart()
        self.bar_chart = ComplianceBarChart()
        self.period_bar = PeriodBar(lambda: self.ctx.clock.now().date())
        self.period_bar.changed.connect(self.refresh_period)
        self.period_bar.exportPdf.connect(self.export_pdf)
        self.period_bar.exportCsv.connect(self.export_csv)
        self.message = MessageBar("followUpMessage", self.tr("Meddelande"))

        self.trend_group = self._group(self.tr("Andel i tid per månad, alla typer"), self.trend_chart)
        self.period_group = self._group(self.tr("Ledtider per typ"), self.compliance_table)
        upper = self._split(self._group(self.tr("Dagens läge per brevlåda"), self.today_table),
                            self.trend_group, (560, 740))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.period_bar)
        self.inspection_model = InspectionFiguresModel(self)  # PM6, beside the lead times
        self.inspection_group = self._group(self.tr("Besiktningar per produktgrupp"),
                                            InspectionFiguresTable(self.inspection_model))
        right = QTabWidget()
        right.setObjectName("followUpSideTabs")
        right.addTab(self._group(self.tr("Andel i tid per typ"), self.bar_chart),
                     self.tr("Andel i tid"))
        right.addTab(self.inspection_group, self.tr("Besiktningar"))
        lower_layout.addWidget(self._split(self.period_group, right, (880, 420)), 1)
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setObjectName("followUpSplitter")
        rows.setChildrenCollapsible(False)
        rows.addWidget(upper)
        rows.addWidget(lower)
        rows.setStretchFactor(0, 1)
        rows.setStretchFactor(1, 2)
        rows.setSizes([300, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(rows, 1)

    def _group(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    def _split(self, left: QWidget, right: QWidget, sizes: tuple[int, int]) -> QSplitter:
        """Side by side, sharing the width in proportion to ``sizes``."""
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, sizes[0])
        split.setStretchFactor(1, sizes[1])
        split.setSizes(list(sizes))
        return split

    # -- the period -------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        """The chosen period: orders registered from the first to the last day, inclusive."""
        return self.period_bar.period()

    def set_period(self, first: date, last: date) -> None:
        """Show the figures for orders registered from ``first`` to ``last`` (inclusive)."""
        self.period_bar.set_period(first, last)
        self.refresh_period()

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch today's figures and the period's again (the main window's F5)."""
        self._refreshed = True
        self.as_of.setText(self.tr("läget per %1").replace(
            "%1", to_local(self.ctx.clock.now()).strftime("%Y-%m-%d %H:%M")))
        request = self._next("today")
        self._run(self.service.today, lambda rows: self._show_today(request, rows))
        self.refresh_period()

    def refresh_period(self) -> None:
        """Fetch the period's compliance and the 12-month trend up to its last day."""
        first, last = self.period()
        svc, request = self.service, self._next("period")
        inspections = InspectionFollowUpService(self.ctx)
        self._run(lambda: (svc.compliance(first, last), svc.trend(last),
                           inspections.report(first, last)),
                  lambda result: self._show_period(request, *result))

    def _next(self, part: str) -> int:
        self._requests[part] += 1
        return self._requests[part]

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._set_busy(+1)

        def finished(result: Any) -> None:
            if alive(self):
                self._set_busy(-1)
                done(result)

        def failed(exc: BaseException) -> None:
            if alive(self):
                self._set_busy(-1)
                self.message.show_message(error_text(exc), "error")

        Op(fn).success(finished).failure(failed).run()

    def _set_busy(self, step: int) -> None:
        was = bool(self.busy)
        self.busy += step
        self.busy_bar.setVisible(bool(self.busy))
        self.period_bar.set_exporting(not self.busy)
        self.refresh_button.setEnabled(not self.busy)
        if was != bool(self.busy):
            self.busyChanged.emit(bool(self.busy))

    def _show_today(self, request: int, rows: list[MailboxToday]) -> None:
        if request == self._requests["today"]:
            self.today_model.set_rows(rows, self.ctx.clock.now().date())

    def _show_period(self, request: int, report: LeadTimeReportData, trend: list[MonthShare],
                     inspections: InspectionReportData | None = None) -> None:
        if request != self._requests["period"]:
            return
        self.inspection_model.set_report(inspections)
        self.inspection_group.setTitle(self.tr("Besiktningar som skulle göras %1 – %2").replace(
            "%1", report.first.isoformat()).replace("%2", report.last.isoformat()))
        self.compliance_model.set_report(report)
        self.period_group.setTitle(self.tr("Ledtider per typ, registrerade %1 – %2").replace(
            "%1", report.first.isoformat()).replace("%2", report.last.isoformat()))
        self.bar_chart.set_types([(t.code, t.period.start, t.period.finish) for t in report.types])
        self.trend_chart.set_months(trend)
        if trend:
            self.trend_group.setTitle(self.tr("Andel i tid per månad, alla typer, %1 – %2").replace(
                "%1", month_text(trend[0].month)).replace("%2", month_text(trend[-1].month)))

    # -- export -----------------------------------------------------------------------------
    def export_pdf(self) -> None:
        """Ask where, then build the lead-time report for the period off the GUI thread."""
        first, last = self.period()
        path = self.save_dialog(self, self.tr("Spara ledtidsrapporten som PDF"),
                                f"ledtider_{first}_{last}.pdf", self.tr("PDF-filer (*.pdf)"))
        if path:
            ctx = self.ctx
            self._export(path, lambda: build_pdf(ctx, first, last))

    def export_csv(self) -> None:
        """Ask where, then write the CSV of CONTRACT.md for the period."""
        first, last = self.period()
        path = self.save_dialog(self, self.tr("Spara antalen som CSV"),
                                f"ledtider_{first}_{last}.csv", self.tr("CSV-filer (*.csv)"))
        if path:
            service = LeadTimeService(self.ctx)
            self._export(path, lambda: to_csv(service.compliance(first, last)).encode("utf-8"))

    def _export(self, path: str, build: Callable[[], bytes]) -> None:
        def work() -> str:
            write_atomically(path, build())  # a full disk leaves no half file
            return path

        self.message.clear_message()
        self._run(work, self._exported)

    def _exported(self, path: str) -> None:
        text = self.tr("Sparade %1").replace("%1", path)
        self.message.show_message(text)
        self.statusMessage.emit(text)

    def changes_arrived(self, changes: Changes) -> None:
        """The change hub: orders or devices (inspections) changed, so may the figures. In front: fetch
        them again (once for a burst of changes); otherwise the next time the tab is shown."""
        if not any(changes.touches(entity) for entity in ("order", "device")):
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._refreshed = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._refreshed:  # the first time the tab is shown (or after changes): fill it
            QTimer.singleShot(0, self.refresh)
