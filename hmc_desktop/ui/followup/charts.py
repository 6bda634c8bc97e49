"""The follow-up view's charts (QtCharts): share in time per type (bars), month by month (lines).

Colours as in the PDF report: blue for started in time, orange for finished in time, so
the two are told apart in grey print and by most colour-blind readers. Each chart also
describes its values in its accessible description, for screen readers.
"""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QAccessible, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from hmc_desktop.documents.leadtime_data import Share, month_label, pct
from hmc_desktop.services.queue.followup import MonthShare
from hmc_desktop.ui.common import i18n
from hmc_desktop.ui.common.accessible_roles import announce_as
from hmc_desktop.ui.common.formatting import scaled_font

START_COLOUR = QColor("#1F3A5F")
FINISH_COLOUR = QColor("#D9822B")


def month_text(month: date, year: bool = True) -> str:
    """A month as the interface names it: 'nov 2026' in Swedish (as the PDF), 'Nov 2026' in English."""
    if i18n.current_language() == "sv":
        return month_label(month, year)
    name = QLocale(QLocale.Language.English).standaloneMonthName(
        month.month, QLocale.FormatType.ShortFormat)
    return name + (f" {month.year}" if year else "")


def _percent(share: Share) -> float | None:
    r = share.ratio
    return None if r is None else r * 100


class _ShareChart(QChartView):
    """A chart view with a legend at the top and a 0–100 % value axis."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setFont(scaled_font(self, 0.95, bold=False))
        self.setChart(chart)
        announce_as(_ShareChart, QAccessible.Role.Chart)  # not a generic "client" area

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _value_axis(self, low: float = 0.0) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(low, 100)
        axis.setTickCount(int((100 - low) // 10) + 1 if low >= 50 else 6)
        axis.setLabelFormat("%d %%")
        axis.setLabelsFont(scaled_font(self, 0.9, bold=False))
        return axis

    def _describe(self, lines: Sequence[str]) -> None:
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))


class ComplianceBarChart(_ShareChart):
    """Per type with a deadline: the share started in time and the share finished in time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("followUpBarChart", parent)
        self.setAccessibleName(self.tr("Andel i tid per typ"))
        self.categories: list[str] = []

    def set_types(self, types: Sequence[tuple[str, Share, Share]]) -> None:
        """``types``: (type code, started share, finished share); types never judged are left out."""
        chart = self._reset()
        judged = [t for t in types if t[1].ratio is not None or t[2].ratio is not None]
        self.categories = [code for code, _, _ in judged]
        series = QBarSeries()
        for label, colour, shares in ((self.tr("Påbörjade i tid"), START_COLOUR, [t[1] for t in judged]),
                                      (self.tr("Klara i tid"), FINISH_COLOUR, [t[2] for t in judged])):
            bars = QBarSet(label)
            bars.setColor(colour)
            bars.setBorderColor(colour)
            for share in shares:
                bars.append(_percent(share) or 0.0)
            series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.categories)
        x.setTitleText(self.tr("Arbetsordertyp"))
        x.setLabelsFont(scaled_font(self, 0.9, bold=False))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        y = self._value_axis()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self._describe([self.tr("Typ %1").replace("%1", c) + ": " + self.tr("påbörjade i tid %1, klara i tid %2").replace(
            "%1", pct(t[1])).replace("%2", pct(t[2])) for c, t in zip(self.categories, judged, strict=True)])


class TrendLineChart(_ShareChart):
    """All types, month by month: the share started in time and finished in time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("followUpTrendChart", parent)
        self.setAccessibleName(self.tr("Andel i tid per månad, alla typer"))
        self.points: dict[str, list[tuple[float, float]]] = {}

    def set_months(self, months: Sequence[MonthShare]) -> None:
        chart = self._reset()
        labels = [month_text(m.month, False) for m in months]  # the group box names the years
        x = QBarCategoryAxis()
        x.append(labels)
        x.setLabelsFont(scaled_font(self, 0.9, bold=False))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        values = [v for m in months for v in (_percent(m.start), _percent(m.finish)) if v is not None]
        # a trend of 88–93 % is flat on a 0–100 axis: start at the ten below the lowest value
        y = self._value_axis(max(0.0, (min(values, default=0.0) // 10) * 10 - 10))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.points = {}
        for label, colour, kind in ((self.tr("Påbörjade i tid"), START_COLOUR, "start"),
                                    (self.tr("Klara i tid"), FINISH_COLOUR, "finish")):
            line = QLineSeries()
            line.setName(label)
            pen = QPen(colour)
            pen.setWidthF(2.5)
            line.setPen(pen)
            line.setPointsVisible(True)
            for i, m in enumerate(months):
                value = _percent(getattr(m, kind))
                if value is not None:
                    line.append(i, value)
            self.points[kind] = [(p.x(), p.y()) for p in line.points()]
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
        self._describe([f"{lab}: " + self.tr("påbörjade i tid %1, klara i tid %2").replace(
            "%1", pct(m.start)).replace("%2", pct(m.finish)) for lab, m in zip(labels, months, strict=True)])
