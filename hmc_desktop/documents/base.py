"""What every document shares: page geometry, named styles, header and footer, barcodes.

A renderer subclasses :class:`DocumentRenderer`, builds a list of flowables from its
data object and hands it to :meth:`DocumentRenderer._build`. The header (centre,
document title, number) and footer (reference, page) are drawn by the page template
from a :class:`PageContext` that the story carries, so one PDF may hold many
documents (a batch of pickup orders) with the right header on each page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from hmc_desktop.documents import fonts
from hmc_desktop.documents.data import CentreInfo
from hmc_desktop.documents.text import esc

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9AA3AB")
BAND = colors.HexColor("#E4E9EE")
ACCENT = colors.HexColor("#1F3A5F")
ALERT_HEX = "#B00020"  # for <font color> in paragraphs
ALERT = colors.HexColor(ALERT_HEX)


def _draw_fitted(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
                 max_width: float) -> None:
    """Draw one line, shrinking it (to 75 %) and then cutting it with "…" to fit."""
    width = pdfmetrics.stringWidth(text, font, size)
    if width > max_width:
        size = max(size * max_width / width, size * 0.75)
        while text and pdfmetrics.stringWidth(text, font, size) > max_width:
            text = text[:-2] + "…"
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def _contact(centre: CentreInfo) -> str:
    phone = f"Tel {centre.phone}" if centre.phone else ""
    return " · ".join(p for p in (phone, centre.email) if p)


@dataclass(frozen=True)
class PageGeometry:
    """The page and the space the header and footer take from it (points)."""

    size: tuple[float, float]
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    header_height: float
    footer_height: float
    font_size: float  # body text; the named styles scale from it
    compact_header: bool = False  # label: no postal address, smaller title

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        return (
            self.size[1]
            - self.margin_top
            - self.margin_bottom
            - self.header_height
            - self.footer_height
        )


A4_PAGE = PageGeometry(A4, 18 * mm, 18 * mm, 12 * mm, 10 * mm, 27 * mm, 9 * mm, 9.5)
LABEL_PAGE = PageGeometry(
    (100 * mm, 150 * mm), 5 * mm, 5 * mm, 4 * mm, 3 * mm, 15 * mm, 5 * mm, 8.0, True
)


@cache
def named_styles(size: float) -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document, by name, for body text of ``size`` points."""
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.3,
                          textColor=INK)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=size * 0.82, leading=size * 1.05, textColor=MUTED),
        "label": derive("label", fontSize=size * 0.78, leading=size * 1.0, textColor=MUTED),
        "value": derive("value", fontSize=size * 1.05, leading=size * 1.35),
        "strong": derive("strong", fontName=fonts.BOLD, fontSize=size * 1.05, leading=size * 1.35),
        "large": derive("large", fontSize=size * 1.3, leading=size * 1.65),
        "large_bold": derive("large_bold", fontName=fonts.BOLD, fontSize=size * 1.3,
                             leading=size * 1.65),
        "huge": derive("huge", fontName=fonts.BOLD, fontSize=size * 2.0, leading=size * 2.4),
        "section": derive("section", fontName=fonts.BOLD, fontSize=size * 0.9,
                          leading=size * 1.15, textColor=ACCENT),
        "cell": derive("cell", fontSize=size * 0.95, leading=size * 1.2),
        "cell_head": derive("cell_head", fontName=fonts.BOLD, fontSize=size * 0.85,
                            leading=size * 1.1),
        "cell_right": derive("cell_right", fontSize=size * 0.95, leading=size * 1.2,
                             alignment=TA_RIGHT),
        "cell_head_right": derive("cell_head_right", fontName=fonts.BOLD, fontSize=size * 0.85,
                                  leading=size * 1.1, alignment=TA_RIGHT),
        "cell_alert": derive("cell_alert", fontName=fonts.BOLD, fontSize=size * 0.95,
                             leading=size * 1.2, textColor=ALERT),
        "alert": derive("alert", fontName=fonts.BOLD, fontSize=size * 1.1, leading=size * 1.4,
                        textColor=ALERT),
    }


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


class _DocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """One frame below the header; header and footer drawn when each page is finished."""

    def __init__(self, buffer: io.BytesIO, renderer: DocumentRenderer, geometry: PageGeometry,
                 on_flowable: Callable[[Flowable], None] | None, **meta: Any) -> None:
        super().__init__(buffer, pagesize=geometry.size, leftMargin=geometry.margin_left,
                         rightMargin=geometry.margin_right, topMargin=geometry.margin_top,
                         bottomMargin=geometry.margin_bottom, invariant=1, creator="hmc-desktop",
                         producer="hmc-desktop (reportlab)", **meta)
        self._renderer = renderer
        self._geometry = geometry
        self._on_flowable = on_flowable
        self.context: PageContext | None = None
        self.context_first_page = 1
        frame = Frame(geometry.margin_left, geometry.margin_bottom + geometry.footer_height,
                      geometry.frame_width, geometry.frame_height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, ContextMarker):
            self.context = flowable.context
            self.context_first_page = self.page
        if self._on_flowable is not None:
            self._on_flowable(flowable)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.context is not None:
            page_no = self.page - self.context_first_page + 1
            self._renderer.draw_header(canvas, self._geometry, self.context)
            self._renderer.draw_footer(canvas, self._geometry, self.context, page_no)


class DocumentRenderer:
    """Base of every renderer: geometry, styles, header/footer and building the PDF."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    #: Code 128 module width: 0.38 mm scans reliably from a laser print at 150 dpi.
    bar_width: ClassVar[float] = 0.38 * mm
    bar_height: ClassVar[float] = 15 * mm

    def __init__(self) -> None:
        fonts.register_fonts()

    def styles(self, geometry: PageGeometry | None = None) -> dict[str, ParagraphStyle]:
        """The named paragraph styles for ``geometry`` (default: the class geometry)."""
        return named_styles((geometry or self.geometry).font_size)

    # -- building -----------------------------------------------------------------

    def _build(self, story: list[Flowable], *, title: str, author: str, subject: str,
               geometry: PageGeometry | None = None,
               on_flowable: Callable[[Flowable], None] | None = None) -> bytes:
        """Lay out ``story`` and return the PDF; same story in, same bytes out."""
        buffer = io.BytesIO()
        doc = _DocTemplate(buffer, self, geometry or self.geometry, on_flowable,
                           title=title, author=author, subject=subject)
        doc.build(story)
        return buffer.getvalue()

    # -- page decoration ------------------------------------------------------------

    def draw_header(self, canvas: Canvas, g: PageGeometry, ctx: PageContext) -> None:
        """Centre (logo, name, contact) at the left, document title and number at the right;
        on a compact (label) page the title comes first and the centre on one line below."""
        canvas.saveState()
        if g.compact_header:
            self._draw_compact_header(canvas, g, ctx)
        else:
            self._draw_full_header(canvas, g, ctx)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        rule_y = g.size[1] - g.margin_top - g.header_height + 2 * mm
        canvas.line(g.margin_left, rule_y, g.size[0] - g.margin_right, rule_y)
        canvas.restoreState()

    def _draw_compact_header(self, canvas: Canvas, g: PageGeometry, ctx: PageContext) -> None:
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

    def _draw_full_header(self, canvas: Canvas, g: PageGeometry, ctx: PageContext) -> None:
        top, s = g.size[1] - g.margin_top, g.font_size
        left, right = g.margin_left, g.size[0] - g.margin_right
        text_left = left
        if ctx.centre.logo_png:
            logo = ImageReader(io.BytesIO(ctx.centre.logo_png))
            iw, ih = logo.getSize()
            h = g.header_height * 0.6
            w = min(h * iw / ih, 40 * mm)
            canvas.drawImage(logo, left, top - h, w, h, preserveAspectRatio=True, anchor="nw",
                             mask="auto")
            text_left = left + w + 3 * mm

        title = ctx.title.upper()
        # A long title ("Rekonditioneringsprotokoll") shrinks to leave the centre room.
        title_size = min(s * 2.0, s * 2.0 * 0.6 * (right - left)
                         / pdfmetrics.stringWidth(title, fonts.BOLD, s * 2.0))
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
            beside = title_w if y > title_y - title_size * 0.6 else (
                number_w if y > number_y - s * 1.0 else 0)
            return right - text_left - beside - 6 * mm

        y = top - s * 1.2
        # The centre's name may take two lines beside a long title.
        name_lines = simpleSplit(ctx.centre.name, fonts.BOLD, s * 1.15, room(y))
        if len(name_lines) > 2:
            name_lines = [name_lines[0], " ".join(name_lines[1:])]
        for i, line in enumerate(name_lines):
            if i:
                y -= s * 1.35
            _draw_fitted(canvas, text_left, y, line, fonts.BOLD, s * 1.15, room(y))
        canvas.setFillColor(MUTED)
        small = s * 0.85
        for line in (ln for ln in (*ctx.centre.address_lines, _contact(ctx.centre)) if ln):
            y -= small * 1.3
            _draw_fitted(canvas, text_left, y, line, fonts.REGULAR, small, room(y))

    def draw_footer(self, canvas: Canvas, g: PageGeometry, ctx: PageContext, page: int) -> None:
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

    # -- building blocks ------------------------------------------------------------

    def section(self, title: str, width: float, geometry: PageGeometry | None = None) -> Table:
        """A shaded band with a section heading, e.g. "HÄMTAS HOS"."""
        table = Table([[Paragraph(esc(title.upper()), self.styles(geometry)["section"])]],
                      colWidths=[width])
        table.setStyle([("BACKGROUND", (0, 0), (-1, -1), BAND),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm)])
        return table

    def fields(self, rows: Sequence[tuple[str, Flowable | str]], width: float,
               label_width: float, geometry: PageGeometry | None = None) -> Table:
        """Label/value rows ("Individnummer" | "1234567"); a ``str`` value is escaped."""
        st = self.styles(geometry)
        data = [[Paragraph(esc(label), st["label"]),
                 Paragraph(esc(value), st["value"]) if isinstance(value, str) else value]
                for label, value in rows]
        table = Table(data, colWidths=[label_width, width - label_width])
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
                        ("TOPPADDING", (0, 0), (0, -1), 1.4 * mm)])
        return table

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Flowable | str]],
              widths: Sequence[float], numeric: Sequence[int] = (),
              geometry: PageGeometry | None = None) -> Table:
        """A ruled table with a shaded header row that repeats on every page; the columns
        in ``numeric`` are right-aligned. ``str`` cells are escaped and wrapped."""
        st = self.styles(geometry)

        def cell(col: int, value: Flowable | str, head: bool = False) -> Flowable:
            if not isinstance(value, str):
                return value
            name = ("cell_head" if head else "cell") + ("_right" if col in numeric else "")
            return Paragraph(esc(value), st[name])

        data = [[cell(c, h, head=True) for c, h in enumerate(header)]]
        data += [[cell(c, v) for c, v in enumerate(row)] for row in rows]
        table = Table(data, colWidths=list(widths), repeatRows=1)
        style: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ]
        table.setStyle(style)
        return table

    def boxed(self, content: Sequence[Flowable], width: float, *,
              border: colors.Color = RULE, line_width: float = 0.8,
              background: colors.Color | None = None, padding: float = 3 * mm) -> Table:
        """``content`` inside a framed box, e.g. the recipient's instruction."""
        table = Table([[list(content)]], colWidths=[width])
        style: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), line_width, border),
                                        ("LEFTPADDING", (0, 0), (-1, -1), padding),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                                        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.8),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]
        if background is not None:
            style.append(("BACKGROUND", (0, 0), (-1, -1), background))
        table.setStyle(style)
        return table

    def columns(self, cells: Sequence[Sequence[Flowable]], widths: Sequence[float],
                gap: float, align_right: str = "LEFT") -> Table:
        """Two columns side by side with ``gap`` between them; the right one aligned
        ``align_right`` ("LEFT", "CENTER", "RIGHT")."""
        table = Table([[list(cells[0]), "", list(cells[1])]],
                      colWidths=[widths[0], gap, widths[1]])
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (2, 0), (2, 0), align_right),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        return table

    def code128(self, value: str, *, bar_width: float | None = None,
                bar_height: float | None = None, font_size: float = 10) -> Flowable:
        """``value`` as a Code 128 barcode with the text under it."""
        return Code128Flowable(value, bar_width or self.bar_width, bar_height or self.bar_height,
                               font_size)

    def qr(self, value: str, size: float) -> Flowable:
        """``value`` as a QR code ``size`` points square (including its quiet zone)."""
        return QrFlowable(value, size)


class Code128Flowable(Flowable):  # type: ignore[misc]
    """A Code 128 symbol (with quiet zones) and its human-readable text in the embedded font.

    If the frame is too narrow, the module width shrinks to fit instead of overflowing.
    """

    def __init__(self, value: str, bar_width: float, bar_height: float, font_size: float) -> None:
        super().__init__()
        self.value = value
        self.font_size = font_size
        self.bar_height = bar_height
        self._bar_width = bar_width
        self._symbol = self._make(bar_width)

    def _make(self, bar_width: float) -> Code128:
        return Code128(self.value, barWidth=bar_width, barHeight=self.bar_height,
                       humanReadable=0, quiet=1, lquiet=10 * bar_width, rquiet=10 * bar_width)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._symbol.width > avail_width > 0:
            self._symbol = self._make(self._bar_width * avail_width / self._symbol.width)
        self.width = self._symbol.width
        self.height = self.bar_height + self.font_size * 1.4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self._symbol.drawOn(canvas, 0, self.font_size * 1.4)
        canvas.setFont(fonts.REGULAR, self.font_size)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(self.width / 2, self.font_size * 0.3, self.value)


class _FixedMaskQRCode(qrencoder.QRCode):  # type: ignore[misc]
    """reportlab's encoder with one fixed mask pattern.

    Choosing the "best" of the eight masks costs eight trial encodings and made the QR
    code the slowest part of a pickup slip; any mask is valid for a decoder, and the
    tests decode the result with zbar.
    """

    MASK = 2

    def make(self) -> None:
        if self.version is None:
            self.version = self.calculate_version()
        self.makeImpl(False, self.MASK)


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as one filled path (fast, and small in the PDF)."""

    def __init__(self, value: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size
        self.border = border

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        code = _FixedMaskQRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(self.value)
        code.make()
        count = code.getModuleCount()
        box = self.width / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(code.modules):
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    y = self.height - (r + self.border + 1) * box
                    # A hair taller than a module, so no seam shows between rows.
                    path.rect((start + self.border) * box, y - 0.02, (c - start) * box, box + 0.04)
                else:
                    c += 1
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
