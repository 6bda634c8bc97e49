"""The base of every renderer: page geometry as class attributes, named styles, and
the building blocks (sections, label/value fields, tables, boxes, barcodes) that the
three documents share.

A renderer subclasses :class:`DocumentRenderer`, assembles its content as a data
object (``data.py``), turns it into a list of flowables, and hands that to
:meth:`DocumentRenderer._build`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, ClassVar, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from hmc_desktop.documents import fonts
from hmc_desktop.documents.barcodes import Code128Flowable, QrFlowable
from hmc_desktop.documents.page import (
    ContextMarker,
    PageContext,
    build_pdf,
    draw_footer,
    draw_header,
)
from hmc_desktop.documents.styles import (
    A4_PAGE,
    ACCENT,
    BAND,
    RULE,
    FormTable,
    PageGeometry,
    font_cmds,
    named_styles,
)
from hmc_desktop.documents.text import esc

#: A value in :meth:`DocumentRenderer.fields`: text in the "value" style, a
#: ``(text, style name)`` pair, or any flowable.
FieldValue: TypeAlias = "Flowable | str | tuple[str, str]"


class DocumentRenderer:
    """Base of every renderer: geometry, styles, page decoration and building blocks."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    #: Code 128 module width: 0.38 mm scans reliably from a laser print at 150 dpi.
    bar_width: ClassVar[float] = 0.38 * mm
    bar_height: ClassVar[float] = 15 * mm

    def __init__(self) -> None:
        fonts.register_fonts()

    def styles(self, geometry: PageGeometry | None = None) -> dict[str, ParagraphStyle]:
        """The named paragraph styles for ``geometry`` (default: the class geometry)."""
        return named_styles((geometry or self.geometry).font_size)

    def _build(
        self,
        story: list[Flowable],
        *,
        title: str,
        author: str,
        subject: str,
        issued: datetime | None = None,
        geometry: PageGeometry | None = None,
        on_flowable: Callable[[Flowable], None] | None = None,
    ) -> bytes:
        """Lay out ``story`` and return the PDF; same story in, same bytes out."""
        return build_pdf(
            story,
            geometry or self.geometry,
            self.decorate_page,
            title=title,
            author=author,
            subject=subject,
            issued=issued,
            on_flowable=on_flowable,
        )

    def _build_in_context(self, context: PageContext, body: list[Flowable], *, title: str,
                          subject: str, issued: datetime | None) -> bytes:
        """Lay out ``body`` on pages that carry ``context`` (header, number, footer); the
        centre is the document's author."""
        return self._build([ContextMarker(context), *body], title=title,
                           author=context.centre.name, subject=subject, issued=issued)

    def decorate_page(self, canvas: Canvas, g: PageGeometry, ctx: PageContext, page: int) -> None:
        """Header and footer of a finished page; a renderer may override it."""
        draw_header(canvas, g, ctx)
        draw_footer(canvas, g, ctx, page)

    # -- building blocks ------------------------------------------------------------

    def text(self, text: str, style: ParagraphStyle, width: float) -> Flowable | str:
        """A table cell for ``text``: a plain string when it fits on one line (tables draw
        those directly, several times faster than a Paragraph), else a wrapping Paragraph.
        A plain string takes its font from the table's FONT command: see :func:`font_cmds`."""
        if (
            "\n" not in text
            and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width
        ):
            return text
        return Paragraph(esc(text), style)

    def section(self, title: str, width: float, geometry: PageGeometry | None = None) -> Table:
        """A shaded band with a section heading, e.g. "HÄMTAS HOS"."""
        st = self.styles(geometry)["section"]
        table = FormTable([[title.upper()]], colWidths=[width])
        table.setStyle(
            [
                *font_cmds(st, (0, 0), (-1, -1)),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ]
        )
        return table

    def lines(
        self,
        rows: Sequence[tuple[str, str]],
        width: float,
        indent: float = 2 * mm,
        geometry: PageGeometry | None = None,
    ) -> Table:
        """Lines of text, each ``(text, style name)``, e.g. an address block."""
        st = self.styles(geometry)
        inner = width - indent - 1 * mm
        table = FormTable(
            [[self.text(text, st[name], inner)] for text, name in rows], colWidths=[width]
        )
        cmds: list[tuple[Any, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), indent),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for i, (_, name) in enumerate(rows):
            cmds += font_cmds(st[name], (0, i), (0, i))
        table.setStyle(cmds)
        return table

    def fields(
        self,
        rows: Sequence[tuple[str, FieldValue]],
        width: float,
        label_width: float,
        geometry: PageGeometry | None = None,
    ) -> Table:
        """Label/value rows ("Individnummer" | "1234567"). A value is a text in the "value"
        style, a ``(text, style name)`` pair, or any flowable."""
        st = self.styles(geometry)
        label, value = st["label"], st["value"]
        value_w = width - label_width - 3 * mm
        data: list[list[Flowable | str]] = []
        cmds: list[tuple[Any, ...]] = [
            *font_cmds(label, (0, 0), (0, -1)),
            *font_cmds(value, (1, 0), (1, -1)),
        ]
        for i, (key, v) in enumerate(rows):
            if isinstance(v, tuple):
                text, style = v[0], st[v[1]]
                cmds += font_cmds(style, (1, i), (1, i))
                data.append(
                    [self.text(key, label, label_width - 2.5 * mm), self.text(text, style, value_w)]
                )
            else:
                data.append(
                    [
                        self.text(key, label, label_width - 2.5 * mm),
                        self.text(v, value, value_w) if isinstance(v, str) else v,
                    ]
                )
        table = FormTable(data, colWidths=[label_width, width - label_width])
        # Labels are smaller than values: pad them down onto the value's baseline.
        label_pad = 0.8 * mm + value.fontSize - label.fontSize
        table.setStyle(
            [
                *cmds,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ("TOPPADDING", (0, 0), (0, -1), label_pad),
            ]
        )
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Flowable | str]],
        widths: Sequence[float],
        numeric: Sequence[int] = (),
        geometry: PageGeometry | None = None,
    ) -> Table:
        """A ruled table with a shaded header row that repeats on every page; the columns
        in ``numeric`` are right-aligned. ``str`` cells are escaped and wrapped."""
        st = self.styles(geometry)
        pad = 1.5 * mm

        def cell(col: int, value: Flowable | str, head: bool = False) -> Flowable | str:
            if not isinstance(value, str):
                return value
            name = ("cell_head" if head else "cell") + ("_right" if col in numeric else "")
            return self.text(value, st[name], widths[col] - 2 * pad)

        data = [[cell(c, h, head=True) for c, h in enumerate(header)]]
        data += [[cell(c, v) for c, v in enumerate(row)] for row in rows]
        table = FormTable(data, colWidths=list(widths), repeatRows=1)
        style: list[tuple[Any, ...]] = [
            *font_cmds(st["cell_head"], (0, 0), (-1, 0)),
            *font_cmds(st["cell"], (0, 1), (-1, -1)),
            *[("ALIGN", (c, 0), (c, -1), "RIGHT") for c in numeric],
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ]
        table.setStyle(style)
        return table

    def boxed(
        self,
        content: Sequence[Flowable],
        width: float,
        *,
        border: colors.Color = RULE,
        line_width: float = 0.8,
        background: colors.Color | None = None,
        padding: float = 3 * mm,
    ) -> Table:
        """``content`` inside a framed box, e.g. the recipient's instruction."""
        table = FormTable([[list(content)]], colWidths=[width])
        style: list[tuple[Any, ...]] = [
            ("BOX", (0, 0), (-1, -1), line_width, border),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), padding * 0.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ]
        if background is not None:
            style.append(("BACKGROUND", (0, 0), (-1, -1), background))
        table.setStyle(style)
        return table

    def columns(
        self,
        cells: Sequence[Sequence[Flowable]],
        widths: Sequence[float],
        gap: float,
        align_right: str = "LEFT",
    ) -> Table:
        """Two columns side by side with ``gap`` between them; the right one aligned
        ``align_right`` ("LEFT", "CENTER", "RIGHT")."""
        table = FormTable(
            [[list(cells[0]), "", list(cells[1])]], colWidths=[widths[0], gap, widths[1]]
        )
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (2, 0), (2, 0), align_right),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return table

    def code128(
        self,
        value: str,
        *,
        bar_width: float | None = None,
        bar_height: float | None = None,
        font_size: float = 10,
    ) -> Flowable:
        """``value`` as a Code 128 barcode with the text under it."""
        return Code128Flowable(
            value, bar_width or self.bar_width, bar_height or self.bar_height, font_size
        )

    def qr(self, value: str, size: float) -> Flowable:
        """``value`` as a QR code ``size`` points square (including its quiet zone)."""
        return QrFlowable(value, size)
