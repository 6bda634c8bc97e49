"""Follow-up of periodic inspection (PM6): per product group, the inspections that fell due in
a period — done by the due day, done late, overdue (not done, the day passed), pending.

Two grouped reads over indexed columns: the inspections whose answered due day is in the
period (``ix_inspections_due``) and the devices still waiting with a due day in it
(``ix_devices_inspection_due``). A device's scrapping ends its waiting: it is not counted
as overdue.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select

from hmc_desktop.db import models
from hmc_desktop.documents import GroupInspections, InspectionReportData
from hmc_desktop.documents.text import swedish_key
from hmc_desktop.domain.inspection import TIMELINESS
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.interchange.spreadsheet import to_csv
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.printing.document_data import DocumentData

CSV_HEADER = ("product_group", "due", "on_time", "late", "overdue", "pending", "share_on_time")


class InspectionFollowUpService:
    """PM6 figures for the Uppföljning tab, the command line and the PDF."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def report(self, first: date, last: date) -> InspectionReportData:
        """The figures of inspections due from ``first`` to ``last`` (inclusive), as of now."""
        today = self.ctx.clock.now().date()
        counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(TIMELINESS, 0))
        i, d, a = models.Inspection, models.Device, models.Article
        with self.ctx.db.reading() as session:
            done = session.execute(
                select(a.product_group,
                       func.sum(case((i.performed_on <= i.due, 1), else_=0)),
                       func.sum(case((i.performed_on > i.due, 1), else_=0)))
                .join(a, a.id == i.article_id)
                .where(i.due >= first, i.due <= last).group_by(a.product_group))
            for group, on_time, late in done:
                counts[group]["on_time"] += int(on_time or 0)
                counts[group]["late"] += int(late or 0)
            waiting = session.execute(
                select(a.product_group,
                       func.sum(case((d.inspection_due < today, 1), else_=0)),
                       func.sum(case((d.inspection_due >= today, 1), else_=0)))
                .join(a, a.id == d.article_id)
                .where(d.inspection_due.is_not(None), d.inspection_due >= first,
                       d.inspection_due <= last, d.status != DeviceStatus.SCRAPPED.value)
                .group_by(a.product_group))
            for group, overdue, pending in waiting:
                counts[group]["overdue"] += int(overdue or 0)
                counts[group]["pending"] += int(pending or 0)
            centre = DocumentData(session, self.ctx).centre()
        groups = tuple(_group(name, c) for name, c in sorted(counts.items(),
                                                              key=lambda kv: swedish_key(kv[0])))
        total = GroupInspections("", *(sum(getattr(g, k) for g in groups)
                                       for k in ("due", *TIMELINESS)))
        return InspectionReportData(centre, first, last, self.ctx.clock.now(), groups, total)

    def csv(self, first: date, last: date) -> str:
        """The report as CSV: a row per product group, then ``total``; ';'-separated."""
        data = self.report(first, last)
        rows = [(g.product_group if g is not data.total else "total", g.due, g.on_time, g.late,
                 g.overdue, g.pending, _share(g)) for g in (*data.groups, data.total)]
        return to_csv(CSV_HEADER, rows)

    def pdf(self, first: date, last: date) -> bytes:
        from hmc_desktop.documents import InspectionReportRenderer

        return InspectionReportRenderer().render(self.report(first, last))


def _group(name: str, c: dict[str, int]) -> GroupInspections:
    return GroupInspections(name, sum(c.values()), c["on_time"], c["late"], c["overdue"],
                            c["pending"])


def _share(g: GroupInspections) -> str:
    ratio = g.share_on_time
    return "" if ratio is None else f"{ratio * 100:.1f}"
