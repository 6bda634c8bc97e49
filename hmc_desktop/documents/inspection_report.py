"""The inspection follow-up report (PM6): inspections that fell due in a period, per product
group — done by the due day, done late, overdue, not yet due — and the share on time."""

from __future__ import annotations

from typing import ClassVar

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from hmc_desktop.documents import fonts
from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.inspection_data import GroupInspections, InspectionReportData
from hmc_desktop.documents.page import PageContext
from hmc_desktop.documents.styles import ACCENT, BAND, RULE, FormTable
from hmc_desktop.documents.text import esc, fmt_datetime

NBSP = "\u00a0"


def share(g: GroupInspections) -> str:
    """'92 %' of those judged; '–' when none has passed its due day."""
    ratio = g.share_on_time
    return "–" if ratio is None else f"{round(ratio * 100)}{NBSP}%"


def num(n: int) -> str:
    return f"{n:,}".replace(",", NBSP)


class InspectionReportRenderer(DocumentRenderer):
    """Renders :class:`InspectionReportData` on A4."""

    title = "Besiktningsrapport"
    bar_height: ClassVar[float] = 7 * mm

    def render(self, data: InspectionReportData) -> bytes:
        d, period = data, f"{data.first} – {data.last}"
        context = PageContext(d.centre, self.title, f"Period {period}",
                              f"Period {period} · läget per {fmt_datetime(d.as_of)}")
        return self._build_in_context(context, self._story(d), title=f"{self.title} {period}",
                                      subject="Besiktningar per produktgrupp (PM6)",
                                      issued=d.as_of)

    def _story(self, d: InspectionReportData) -> list[Flowable]:
        st, w = self.styles(), self.geometry.frame_width
        story: list[Flowable] = [
            Paragraph(esc(f"Besiktningar som skulle göras {d.first} – {d.last}"), st["large_bold"]),
            Paragraph(esc(f"Per produktgrupp; läget per {fmt_datetime(d.as_of)}."), st["small"]),
            Spacer(0, 3 * mm), self._key_figures(d, w), Spacer(0, 5 * mm),
            self.section("Per produktgrupp", w), Spacer(0, 1 * mm), self._table(d, w),
            Spacer(0, 2 * mm),
            Paragraph(esc(
                "I tid: besiktigat senast den dag besiktningen skulle göras. För sent: besiktigat "
                "efter den dagen. Försenade: ännu inte besiktigade fast dagen har passerat. Ej "
                "förfallna: dagen har inte kommit. Andel i tid = i tid / (i tid + för sent + "
                "försenade). Kasserade hjälpmedel räknas inte."), st["small"]),
        ]
        judged = [g for g in d.groups if g.share_on_time is not None]
        if judged:
            story += [Spacer(0, 5 * mm), self.section("Andel i tid per produktgrupp", w),
                      Spacer(0, 2 * mm), self._chart(judged, w)]
        return story

    def _key_figures(self, d: InspectionReportData, width: float) -> Flowable:
        st, t = self.styles(), d.total
        cells = [("Skulle besiktigas", num(t.due)), ("Besiktigade i tid", num(t.on_time)),
                 ("Besiktigade för sent", num(t.late)), ("Försenade, ej gjorda", num(t.overdue)),
                 ("Andel i tid", share(t))]
        row = [[Paragraph(esc(v), st["huge"]), Paragraph(esc(k), st["label"])] for k, v in cells]
        table = FormTable([row], colWidths=[width / len(cells)] * len(cells))
        table.setStyle([("BOX", (0, 0), (-1, -1), 0.8, RULE),
                        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm)])
        return table

    def _table(self, d: InspectionReportData, width: float) -> Flowable:
        widths = [width - 120 * mm, 22 * mm, 18 * mm, 20 * mm, 22 * mm, 19 * mm, 19 * mm]
        rows: list[list[Flowable | str]] = [
            ["Alla produktgrupper" if g is d.total else (g.product_group or "–"),
             num(g.due), num(g.on_time), num(g.late), num(g.overdue), num(g.pending), share(g)]
            for g in (*d.groups, d.total)]
        if not d.groups:
            rows = [["Inga besiktningar skulle göras under perioden.", "", "", "", "", "", ""]]
        head = ["Produktgrupp", "Skulle\nbesiktigas", "I tid", "För sent", "Försenade",
                "Ej\nförfallna", "Andel\ni tid"]
        table, n = self.table(head, rows, widths, numeric=range(1, 7)), len(rows)
        if d.groups:
            table.setStyle([("FONT", (0, n), (-1, n), fonts.BOLD),
                            ("LINEABOVE", (0, n), (-1, n), 0.8, ACCENT)])
        return table

    def _chart(self, groups: list[GroupInspections], width: float) -> Drawing:
        size = self.styles()["small"].fontSize
        height = self.bar_height * len(groups) + 16 * mm
        drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
        chart = HorizontalBarChart()
        chart.x, chart.y = 45 * mm, 8 * mm
        chart.width, chart.height = width - 50 * mm, height - 12 * mm
        chart.data = [[round((g.share_on_time or 0) * 100) for g in reversed(groups)]]
        chart.categoryAxis.categoryNames = [g.product_group or "–" for g in reversed(groups)]
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName, axis.labels.fontSize, axis.strokeColor = fonts.REGULAR, size, RULE
        v = chart.valueAxis
        v.valueMin, v.valueMax, v.valueStep, v.labelTextFormat = 0, 100, 20, "%d %%"
        v.visibleGrid, v.gridStrokeColor = True, BAND
        chart.bars[0].fillColor, chart.bars.strokeColor = ACCENT, None
        drawing.add(chart)
        return drawing
