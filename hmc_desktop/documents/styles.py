"""Colours, page geometry and the named paragraph styles every document uses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table

from hmc_desktop.documents import fonts

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9AA3AB")
BAND = colors.HexColor("#E4E9EE")
ACCENT = colors.HexColor("#1F3A5F")
ALERT_HEX = "#B00020"  # also for <font color> in paragraphs
ALERT = colors.HexColor(ALERT_HEX)


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
    base = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.3, textColor=INK
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=size * 0.82, leading=size * 1.05, textColor=MUTED),
        "label": derive("label", fontSize=size * 0.78, leading=size * 1.0, textColor=MUTED),
        "value": derive("value", fontSize=size * 1.05, leading=size * 1.35),
        "strong": derive("strong", fontName=fonts.BOLD, fontSize=size * 1.05, leading=size * 1.35),
        "large": derive("large", fontSize=size * 1.3, leading=size * 1.65),
        "large_bold": derive(
            "large_bold", fontName=fonts.BOLD, fontSize=size * 1.3, leading=size * 1.65
        ),
        "huge": derive("huge", fontName=fonts.BOLD, fontSize=size * 2.0, leading=size * 2.4),
        "section": derive(
            "section",
            fontName=fonts.BOLD,
            fontSize=size * 0.9,
            leading=size * 1.15,
            textColor=ACCENT,
        ),
        "cell": derive("cell", fontSize=size * 0.95, leading=size * 1.2),
        "cell_head": derive(
            "cell_head", fontName=fonts.BOLD, fontSize=size * 0.85, leading=size * 1.1
        ),
        "cell_right": derive(
            "cell_right", fontSize=size * 0.95, leading=size * 1.2, alignment=TA_RIGHT
        ),
        "cell_head_right": derive(
            "cell_head_right",
            fontName=fonts.BOLD,
            fontSize=size * 0.85,
            leading=size * 1.1,
            alignment=TA_RIGHT,
        ),
        "cell_alert": derive(
            "cell_alert",
            fontName=fonts.BOLD,
            fontSize=size * 0.95,
            leading=size * 1.2,
            textColor=ALERT,
        ),
        "alert": derive(
            "alert", fontName=fonts.BOLD, fontSize=size * 1.1, leading=size * 1.4, textColor=ALERT
        ),
    }


def font_cmds(
    style: ParagraphStyle, start: tuple[int, int], stop: tuple[int, int]
) -> list[tuple[Any, ...]]:
    """Table style commands that make plain-string cells look like ``style``."""
    return [
        ("FONT", start, stop, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", start, stop, style.textColor),
    ]


class FormTable(Table):  # type: ignore[misc]
    """A reportlab Table whose default cell font is the embedded font, not Helvetica
    (reportlab sets a cell's font even for cells holding flowables, which would pull
    a non-embedded font into the PDF)."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9)])
