"""The lead-time report to management (C5): share in time, lead times, trends, breaches.

Content first (:class:`LeadTimeReportData` in :mod:`~hmc_desktop.documents.leadtime_data`,
assembled by services/reports/leadtime_report.py), then drawn. Every page shows the period, the "as of"
moment and "Sida N av M".
"""

from typing import ClassVar

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from hmc_desktop.documents import fonts
from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.leadtime_data import (
    NBSP,
    Figures,
    LeadTimeReportData,
    TypeFigures,
    days,
    month_label,
    num,
    pct,
)
from hmc_desktop.documents.page import PageContext, draw_header
from hmc_desktop.documents.styles import ACCENT, BAND, MUTED, RULE, FormTable, PageGeometry
from hmc_desktop.documents.text import esc, fmt_datetime

FINISH_COLOUR = colors.HexColor("#D9822B")  # orange beside the blue accent: tells apart in grey too
KIND_SV = {"start": "påbörjas", "finish": "klart"}


class LeadTimeReportRenderer(DocumentRenderer):
    """Renders :class:`LeadTimeReportData` on A4; ``render`` returns the PDF bytes."""

    title = "Ledtidsrapport"
    chart_height: ClassVar[float] = 56 * mm
    months_per_table: ClassVar[int] = 13

    def render(self, data: LeadTimeReportData) -> bytes:
        """The report as a PDF: laid out twice, the first time to count the pages."""
        self._data, self._total_pages, self._seen = data, 0, 0
        self._draft()
        self._total_pages = self._seen
        return self._draft()

    def _draft(self) -> bytes:
        d, period = self._data, f"{self._data.first} – {self._data.last}"
        context = PageContext(d.centre, self.title, f"Period {period}",
                              f"Period {period} · läget per {fmt_datetime(d.as_of)}")
        return self._build_in_context(context, self._story(d), title=f"{self.title} {period}",
                                      subject="Ledtider per arbetsordertyp (C5)", issued=d.as_of)

    def decorate_page(self, canvas: Canvas, g: PageGeometry, ctx: PageContext, page: int) -> None:
        """The house header; a footer with the period, the as-of time and "Sida N av M"."""
        draw_header(canvas, g, ctx)
        self._seen = max(self._seen, page)
        y, size, right = g.margin_bottom, g.font_size * 0.75, g.size[0] - g.margin_right
        canvas.saveState()
        canvas.setStrokeColor(RULE), canvas.setLineWidth(0.5), canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, size), canvas.line(g.margin_left, y + size * 1.6, right, y + size * 1.6)
        canvas.drawString(g.margin_left, y + size * 0.3, ctx.footer)
        of = f" av {self._total_pages}" if self._total_pages else ""  # known in the second pass
        canvas.drawRightString(right, y + size * 0.3, f"Sida {page}{of}")
        canvas.restoreState()

    def _story(self, d: LeadTimeReportData) -> list[Flowable]:
        st, w = self.styles(), self.geometry.frame_width

        def part(title: str, body: Flowable) -> list[Flowable]:
            return [KeepTogether([self.section(title, w), Spacer(0, 1.5 * mm), body]),
                    Spacer(0, 4 * mm)]

        story: list[Flowable] = [
            Paragraph(f"Ledtider per arbetsordertyp {d.first} – {d.last}", st["large_bold"]),
            Paragraph("Ej makulerade ordrar registrerade under perioden; läget per "
                      f"{fmt_datetime(d.as_of)}.", st["small"]),
            Spacer(0, 3 * mm), self._key_figures(d, w), Spacer(0, 5 * mm),
            self.section("Andel i tid och ledtid per typ", w), Spacer(0, 1 * mm),
            self._type_table(d, w), Spacer(0, 2 * mm),
            Paragraph(
                "Andel i tid = i tid / (i tid + för sent); ordrar utan tidsgräns eller som ännu är "
                "inom den räknas inte. Ledtid = arbetsdagar från registrering till påbörjad "
                f"respektive klar, räknad i öppettid ({days(d.day_hours)}{NBSP}h = 1{NBSP}dag; "
                "helgdagar och stängda dagar räknas inte). P90: 9 av 10 ordrar gick fortare. "
                "Tekniska översyner (planerat arbete) ingår inte i ledtiderna.", st["small"]),
            PageBreak(),
            *part("Andel i tid per månad, alla typer", self._line_chart(d, w)),
            *part("Andel i tid per typ", self._bar_chart(d, w)),
            *part("Per månad, alla typer", self._month_table(d, w)),
        ]
        step, months = self.months_per_table, d.months
        for kind, label in (("start", "påbörjade"), ("finish", "klara")):
            for i in range(0, len(months), step):
                span = f"{month_label(months[i])} – {month_label(months[min(i + step, len(months)) - 1])}"
                story += part(f"Andel {label} i tid per typ och månad (%), {span}",
                              self._matrix(d, kind, i, w))
        return [*story, *self._breached(d, w)]

    def _key_figures(self, d: LeadTimeReportData, width: float) -> Flowable:
        st, t = self.styles(), d.total.period
        cells = [("Ordrar", num(t.orders)), ("Påbörjade i tid", pct(t.start)), ("Klara i tid", pct(t.finish)),
                 ("Median ledtid till klar, arbetsdagar", days(t.finish_days.median)),
                 ("Ordrar som missat en tidsgräns", num(d.breached_total))]
        row = [[Paragraph(esc(v), st["huge"]), Paragraph(esc(k), st["label"])] for k, v in cells]
        table = FormTable([row], colWidths=[width / len(cells)] * len(cells))
        table.setStyle([("BOX", (0, 0), (-1, -1), 0.8, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm)])
        return table

    def _type_table(self, d: LeadTimeReportData, width: float) -> Flowable:
        widths = [11 * mm, width - 124 * mm, 19 * mm, 21 * mm, 17 * mm, 15 * mm, 13 * mm, 15 * mm, 13 * mm]
        rows: list[list[Flowable | str]] = [
            [t.code if t.code != "total" else "", t.name, num(t.period.orders), pct(t.period.start),
             pct(t.period.finish), *(days(getattr(getattr(t.period, f"{k}_days"), q))
                                     for k in ("start", "finish") for q in ("median", "p90"))]
            for t in (*d.types, d.total)]
        head = ["Typ", "Benämning", "Ordrar", "Påbörjade\ni tid", "Klara\ni tid", "Start\nmedian",
                "Start\nP90", "Klar\nmedian", "Klar\nP90"]
        table, n = self.table(head, rows, widths, numeric=range(2, 9)), len(rows)
        table.setStyle([("FONT", (0, n), (-1, n), fonts.BOLD), ("LINEABOVE", (0, n), (-1, n), 0.8, ACCENT)])
        return table

    def _judged(self, d: LeadTimeReportData, *kinds: str) -> list[TypeFigures]:  # met or missed
        return [t for t in d.types if any(getattr(t.period, k).ratio is not None for k in kinds)]

    def _chart(self, chart: VerticalBarChart | HorizontalLineChart, width: float,
               names: list[str], figures: list[Figures]) -> Drawing:
        """``chart`` of the start and finish shares in ``figures``: house fonts, % axis, legend."""
        size = self.styles()["small"].fontSize
        drawing = Drawing(width, self.chart_height, initialFontName=fonts.REGULAR)  # not Helvetica
        chart.x, chart.y = 12 * mm, 10 * mm
        chart.width, chart.height = width - 14 * mm, self.chart_height - 20 * mm
        chart.data = [[None if (r := getattr(f, k).ratio) is None else r * 100 for f in figures]
                      for k in ("start", "finish")]
        chart.categoryAxis.categoryNames = names
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName, axis.labels.fontSize, axis.strokeColor = fonts.REGULAR, size, RULE
        v = chart.valueAxis
        v.valueMin, v.valueMax, v.valueStep, v.labelTextFormat = 0, 100, 20, "%d %%"
        v.visibleGrid, v.gridStrokeColor = True, BAND
        legend = Legend()
        legend.setProperties(dict(x=14 * mm, y=self.chart_height - 3 * mm, fontName=fonts.REGULAR,
                                  fontSize=size, alignment="right", columnMaximum=1, dx=8, dy=8))
        legend.colorNamePairs = [(ACCENT, "Påbörjade i tid"), (FINISH_COLOUR, "Klara i tid")]
        drawing.add(chart), drawing.add(legend)
        return drawing

    def _line_chart(self, d: LeadTimeReportData, width: float) -> Flowable:
        if len(d.months) < 2:
            return Paragraph("Perioden omfattar en månad: ingen trend att visa.", self.styles()["body"])
        chart = HorizontalLineChart()
        names = [month_label(m, i == 0 or m.month == 1, "\n") for i, m in enumerate(d.months)]
        drawing = self._chart(chart, width, names, list(d.total.months))
        # a trend of 88–93 % is flat on a 0–100 axis: start at the ten below the lowest value
        low = max(0, int(min((v for s in chart.data for v in s if v is not None), default=0.0) // 10) * 10 - 10)
        chart.valueAxis.valueMin, chart.valueAxis.valueStep = low, (10 if low >= 50 else 20)
        for i, colour in enumerate((ACCENT, FINISH_COLOUR)):  # markers: a lone month shows too
            chart.lines[i].strokeColor, chart.lines[i].strokeWidth = colour, 1.8
            chart.lines[i].symbol = makeMarker("FilledCircle", fillColor=colour, strokeColor=colour)
        return drawing

    def _bar_chart(self, d: LeadTimeReportData, width: float) -> Flowable:
        if not (judged := self._judged(d, "start", "finish")):
            return Paragraph("Inga ordrar med tidsgräns under perioden.", self.styles()["body"])
        chart = VerticalBarChart()
        drawing = self._chart(chart, width, [f"Typ {t.code}" for t in judged], [t.period for t in judged])
        chart.data = [[v or 0 for v in s] for s in chart.data]  # no bar where nothing was judged
        chart.bars[0].fillColor, chart.bars[1].fillColor = ACCENT, FINISH_COLOUR
        chart.bars.strokeColor, chart.groupSpacing = None, 6
        return drawing

    def _month_table(self, d: LeadTimeReportData, width: float) -> Flowable:
        widths = [width - 132 * mm, 24 * mm, 28 * mm, 28 * mm, 26 * mm, 26 * mm]
        rows: list[list[Flowable | str]] = [
            [month_label(m), num(f.orders), pct(f.start), pct(f.finish), days(f.finish_days.median),
             days(f.finish_days.p90)] for m, f in zip(d.months, d.total.months, strict=True)]
        head = ["Månad", "Ordrar", "Påbörjade i tid", "Klara i tid", "Klar median", "Klar P90"]
        return self.table(head, rows, widths, numeric=range(1, 6))

    def _matrix(self, d: LeadTimeReportData, kind: str, start: int, width: float) -> Flowable:
        months = d.months[start:start + self.months_per_table]
        cell = min(14 * mm, (width - 32 * mm) / len(months))
        widths = [width - cell * len(months) - 13 * mm, *[cell] * len(months), 13 * mm]
        rows: list[list[Flowable | str]] = [
            [f"Typ {t.code}" if t.code != "total" else "Alla typer",
             *[pct(getattr(f, kind), 0, unit=False) for f in t.months[start:start + len(months)]],
             pct(getattr(t.period, kind), 0, unit=False)] for t in (*self._judged(d, kind), d.total)]
        head = ["", *[month_label(m, False) for m in months], "Totalt"]
        table = self.table(head, rows, widths, numeric=range(1, len(months) + 2))
        table.setStyle([("FONT", (0, len(rows)), (-1, len(rows)), fonts.BOLD)])
        return table

    def _breached(self, d: LeadTimeReportData, width: float) -> list[Flowable]:
        st, head = self.styles(), self.section("Ordrar som missat en tidsgräns", width)
        if not d.breached_total:
            return [PageBreak(), head, Paragraph("Ingen order missade sin tidsgräns under perioden.",
                                                 st["body"])]
        story: list[Flowable] = [PageBreak(), head, Spacer(0, 2 * mm), Paragraph(
            f"{num(d.breached_total)} ordrar missade en tidsgräns. De mest försenade först: "
            "försening i arbetsdagar från tidsgränsen till påbörjad/klar eller, om det ännu inte "
            "skett, till rapportens tidpunkt.", st["body"]), Spacer(0, 2 * mm)]
        widths = [25 * mm, 10 * mm, 32 * mm, width - 142 * mm, 32 * mm, 20 * mm, 23 * mm]
        rows: list[list[Flowable | str]] = [
            [b.order_no, b.type_code, fmt_datetime(b.registered),
             " och ".join(KIND_SV[k] for k in b.kinds), fmt_datetime(b.deadline),
             days(b.late_days) if b.late_days >= 0.05 else "<" + NBSP + "0,1",
             fmt_datetime(b.met)[:10] if b.met else "ej ännu"] for b in d.breached]
        story.append(self.table(["Ordernr", "Typ", "Registrerad", "Missad\ntidsgräns", "Tidsgräns",
                                 "Försenad,\ndagar", "Påbörjad/\nklar"], rows, widths, numeric=(5,)))
        if (more := d.breached_total - len(d.breached)) > 0:
            story += [Spacer(0, 2 * mm), Paragraph(f"… och {num(more)} till.", st["strong"])]
        return story
