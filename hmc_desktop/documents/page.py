"""The page frame shared by every document: header, footer and the document template.

The header (centre, document title, number) and footer (reference, page) are drawn
when each page is finished, from the :class:`PageContext` that the story last
carried, so that one PDF may hold many documents (a batch of pickup orders) with the
right header on each page.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hmc_desktop.documents import fonts
from hmc_desktop.documents.data import CentreInfo
from hmc_desktop.documents.styles import ACCENT, INK, MUTED, RULE, PageGeometry
from hmc_desktop.domain.calendar import to_local

# reportlab keeps fonts and settings in module globals: one build at a time.
_build_lock = threading.RLock()


@dataclass(frozen=True)
class PageContext:
    """What the header and footer of a page show."""

    centre: CentreInfo
    title: str  # "Hämtorder"
    number: str  # the document's own number, printed under the title
    footer: str  # reference line at the bottom left


class ContextMarker(Flowable):  # type: ignore[misc]
    """Zero-size flowable: pages from here on get this header and footer."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


Decorator = Callable[[Canvas, PageGeometry, PageContext, int], None]


class DocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """One frame below the header; header and footer drawn when each page is finished."""

    def __init__(
        self,
        buffer: io.BytesIO,
        decorate: Decorator,
        geometry: PageGeometry,
        on_flowable: Callable[[Flowable], None] | None,
        issued: datetime | None,
        **meta: Any,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=geometry.size,
            leftMargin=geometry.margin_left,
            rightMargin=geometry.margin_right,
            topMargin=geometry.margin_top,
            bottomMargin=geometry.margin_bottom,
            invariant=1,
            # Not Helvetica: every font in the PDF is embedded (å ä ö print everywhere).
            initialFontName=fonts.REGULAR,
            creator="hmc-desktop",
            producer="hmc-desktop (reportlab)",
            **meta,
        )
        self._decorate_page = decorate
        self._geometry = geometry
        self._on_flowable = on_flowable
        self._issued = issued
        self.context: PageContext | None = None
        self.context_first_page = 1
        frame = Frame(
            geometry.margin_left,
            geometry.margin_bottom + geometry.footer_height,
            geometry.frame_width,
            geometry.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate)])

    def beforeDocument(self) -> None:
        # invariant=1 pins the PDF dates to 2000-01-01 for reproducible bytes; the
        # document's own date is just as reproducible and tells the reader more.
        if self._issued is not None:
            stamp = _pdf_date(self._issued)
            self.canv.setDateFormatter(lambda *_: stamp)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, ContextMarker):
            self.context = flowable.context
            self.context_first_page = self.page
        if self._on_flowable is not None:
            self._on_flowable(flowable)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.context is not None:
            page_no = self.page - self.context_first_page + 1
            self._decorate_page(canvas, self._geometry, self.context, page_no)


def build_pdf(
    story: list[Flowable],
    geometry: PageGeometry,
    decorate: Decorator,
    *,
    title: str,
    author: str,
    subject: str,
    issued: datetime | None = None,
    on_flowable: Callable[[Flowable], None] | None = None,
) -> bytes:
    """Lay out ``story`` on ``geometry`` pages and return the PDF bytes; the same story
    gives the same bytes. ``issued`` becomes the PDF's creation date."""
    buffer = io.BytesIO()
    doc = DocTemplate(
        buffer,
        decorate,
        geometry,
        on_flowable,
        issued,
        title=title,
        author=author,
        subject=subject,
    )
    with _build_lock:
        # Binary (not ASCII85) streams: smaller files, and much faster on big batches.
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            doc.build(story)
        finally:
            rl_config.useA85 = saved
    return buffer.getvalue()


def draw_header(canvas: Canvas, g: PageGeometry, ctx: PageContext) -> None:
    """Centre (logo, name, contact) at the left, document title and number at the right;
    on a compact (label) page the title comes first and the centre on one line below."""
    canvas.saveState()
    if g.compact_header:
        _draw_compact_header(canvas, g, ctx)
    else:
        _draw_full_header(canvas, g, ctx)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    rule_y = g.size[1] - g.margin_top - g.header_height + 2 * mm
    canvas.line(g.margin_left, rule_y, g.size[0] - g.margin_right, rule_y)
    canvas.restoreState()


def _draw_compact_header(canvas: Canvas, g: PageGeometry, ctx: PageContext) -> None:
    left, right, s = g.margin_left, g.size[0] - g.margin_right, g.font_size
    title_size = s * 1.7
    y = g.size[1] - g.margin_top - title_size * 0.85
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, title_size)
    canvas.drawString(left, y, ctx.title.upper())
    canvas.setFillColor(INK)
    canvas.setFont(fonts.BOLD, s * 1.2)
    canvas.drawRightString(right, y, ctx.number)
    y -= s * 1.45
    _draw_fitted(canvas, left, y, ctx.centre.name, fonts.BOLD, s * 0.9, right - left)
    canvas.setFillColor(MUTED)
    y -= s * 1.15
    _draw_fitted(canvas, left, y, _contact(ctx.centre), fonts.REGULAR, s * 0.85, right - left)


def _draw_full_header(canvas: Canvas, g: PageGeometry, ctx: PageContext) -> None:
    top, s = g.size[1] - g.margin_top, g.font_size
    left, right = g.margin_left, g.size[0] - g.margin_right

    title = ctx.title.upper()
    # A long title ("Rekonditioneringsprotokoll") shrinks to leave the centre room.
    title_size = min(
        s * 2.0,
        s * 2.0 * 0.6 * (right - left) / pdfmetrics.stringWidth(title, fonts.BOLD, s * 2.0),
    )
    title_y = top - title_size * 0.9
    number_y = title_y - s * 1.6
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, title_size)
    canvas.drawRightString(right, title_y, title)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.REGULAR, s * 1.05)
    canvas.drawRightString(right, number_y, ctx.number)

    title_w = pdfmetrics.stringWidth(title, fonts.BOLD, title_size)
    number_w = pdfmetrics.stringWidth(ctx.number, fonts.REGULAR, s * 1.05)

    def room(y: float) -> float:
        """The width free for centre text with its baseline at ``y``."""
        beside = (
            title_w
            if y > title_y - title_size * 0.6
            else (number_w if y > number_y - s * 1.0 else 0)
        )
        return float(right - left - beside - 6 * mm)

    centre = ctx.centre
    y = top - s * 1.2
    if centre.logo_png:
        # Logo on top; below it the name and one line each of address and contact.
        logo = ImageReader(io.BytesIO(centre.logo_png))
        iw, ih = logo.getSize()
        h = 10 * mm
        w = min(h * iw / ih, 45 * mm, room(top - h))
        canvas.drawImage(
            logo, left, top - h, w, h, preserveAspectRatio=True, anchor="sw", mask="auto"
        )
        y = top - h - s * 1.35
        name_lines = [centre.name]
        details = [", ".join(centre.address_lines), _contact(centre)]
    else:
        # The name may take two lines beside a long title.
        name_lines = simpleSplit(centre.name, fonts.BOLD, s * 1.15, room(y))
        if len(name_lines) > 2:
            name_lines = [name_lines[0], " ".join(name_lines[1:])]
        details = [*centre.address_lines, _contact(centre)]
    for i, line in enumerate(name_lines):
        if i:
            y -= s * 1.35
        _draw_fitted(canvas, left, y, line, fonts.BOLD, s * 1.15, room(y))
    canvas.setFillColor(MUTED)
    small = s * 0.85
    for line in (ln for ln in details if ln):
        y -= small * 1.3
        _draw_fitted(canvas, left, y, line, fonts.REGULAR, small, room(y))


def draw_footer(canvas: Canvas, g: PageGeometry, ctx: PageContext, page: int) -> None:
    """A thin rule, the document reference at the left and the page number at the right."""
    y = g.margin_bottom
    left, right = g.margin_left, g.size[0] - g.margin_right
    size = g.font_size * 0.75
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, y + size * 1.6, right, y + size * 1.6)
    canvas.setFont(fonts.REGULAR, size)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, y + size * 0.3, ctx.footer)
    canvas.drawRightString(right, y + size * 0.3, f"Sida {page}")
    canvas.restoreState()


def _draw_fitted(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, max_width: float
) -> None:
    """Draw one line, shrinking it (to 75 %) and then cutting it with "…" to fit."""
    width = pdfmetrics.stringWidth(text, font, size)
    if width > max_width:
        size = max(size * max_width / width, size * 0.75)
        while text and pdfmetrics.stringWidth(text, font, size) > max_width:
            text = text[:-2] + "…"
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def _pdf_date(moment: datetime) -> str:
    """A PDF date string, ``D:20261120091200+01'00'``, in Stockholm time."""
    local = to_local(moment)
    offset = local.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return (
        local.strftime("D:%Y%m%d%H%M%S")
        + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    )


def _contact(centre: CentreInfo) -> str:
    phone = f"Tel {centre.phone}" if centre.phone else ""
    return " · ".join(p for p in (phone, centre.email) if p)
