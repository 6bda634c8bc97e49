"""The pickup order (hämtorder): which device to fetch, where, from whom and why.

Warehouse staff print these in batches, one page per device, in route order; the
individual number is a Code 128 barcode so the device can be scanned on return.
The slip holds only what the pickup needs: no personal identity number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer, Table

from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.data import PickupOrderData
from hmc_desktop.documents.data import sort_for_route as sort_for_route  # its old home
from hmc_desktop.documents.page import ContextMarker, PageContext
from hmc_desktop.documents.styles import (
    A4_PAGE,
    LABEL_PAGE,
    RULE,
    FormTable,
    PageGeometry,
    font_cmds,
)
from hmc_desktop.documents.text import (
    esc,
    fmt_date,
    fmt_date_long,
    fmt_datetime,
    fmt_postal_code,
)
from hmc_desktop.domain.calendar import to_local

PickupFormat = Literal["a4", "label"]
Progress = Callable[[int, int], None]

#: The label has room for a short reason only; the A4 slip prints it in full.
LABEL_REASON_MAX = 150


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _PickupPage(KeepInFrame):  # type: ignore[misc]
    """One pickup order: shrunk if it must be, so that it is always exactly one page."""


class PickupOrderRenderer(DocumentRenderer):
    """Renders pickup orders as A4 pages or as 10 × 15 cm labels (``fmt``)."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    label_geometry: ClassVar[PageGeometry] = LABEL_PAGE
    title = "Hämtorder"

    def __init__(self, fmt: PickupFormat = "a4") -> None:
        super().__init__()
        if fmt not in ("a4", "label"):
            raise ValueError(f"unknown pickup order format {fmt!r}")
        self.fmt: PickupFormat = fmt
        self.page = self.label_geometry if fmt == "label" else self.geometry

    def render(self, data: PickupOrderData) -> bytes:
        """One pickup order as a one-page PDF."""
        return self._build(
            self._page_story(data),
            title=f"{self.title} {data.pickup_id}",
            author=data.centre.name,
            subject=self.title,
            issued=data.created_at,
            geometry=self.page,
        )

    def render_batch(
        self, items: Sequence[PickupOrderData], progress: Progress | None = None
    ) -> bytes:
        """Many pickup orders in ONE PDF, one page each, in the order given
        (see :func:`sort_for_route`); ``progress(done, total)`` is called after each page."""
        if not items:
            raise ValueError("a batch needs at least one pickup order")
        total = len(items)
        story: list[Flowable] = []
        for i, item in enumerate(items):
            if i:
                story.append(PageBreak())
            story.extend(self._page_story(item))
        done = 0

        def on_flowable(flowable: Flowable) -> None:
            nonlocal done
            if isinstance(flowable, _PickupPage):
                done += 1
                if progress is not None:
                    progress(done, total)

        return self._build(
            story,
            title=f"Hämtordrar ({total} st)",
            author=items[0].centre.name,
            subject=self.title,
            issued=max(to_local(i.created_at) for i in items),  # naive = Stockholm
            geometry=self.page,
            on_flowable=on_flowable,
        )

    # -- content --------------------------------------------------------------------

    def _page_story(self, d: PickupOrderData) -> list[Flowable]:
        context = PageContext(
            centre=d.centre,
            title=self.title,
            number=f"Nr {d.pickup_id}",
            footer=f"Hämtorder {d.pickup_id} · skapad {fmt_datetime(d.created_at)} av {d.created_by}",
        )
        body = self._label_body(d) if self.fmt == "label" else self._a4_body(d)
        g = self.page
        return [
            ContextMarker(context),
            _PickupPage(g.frame_width, g.frame_height, body, mode="shrink"),
        ]

    def _address(self, d: PickupOrderData, width: float) -> Table:
        rows = [
            (d.holder_name, "large_bold"),
            (d.street, "large"),
            (f"{fmt_postal_code(d.postal_code)} {d.city}", "large"),
        ]
        if d.phone:
            rows.append((f"Telefon {d.phone}", "value"))
        return self.lines(rows, width, geometry=self.page)

    def _order_type(self, d: PickupOrderData) -> str:
        return f"{d.order_type_name} (typ {d.order_type_code})"

    def _a4_body(self, d: PickupOrderData) -> list[Flowable]:
        st = self.styles(self.page)
        width = self.page.frame_width
        gap = 6 * mm
        right_w = 62 * mm
        left_w = width - right_w - gap

        when = [
            self.section("Hämtdatum", right_w),
            Spacer(0, 2 * mm),
            self.lines(
                [(fmt_date(d.pickup_date), "huge"), (fmt_date_long(d.pickup_date), "value")],
                right_w,
            ),
        ]
        where = [self.section("Hämtas hos", left_w), Spacer(0, 2 * mm), self._address(d, left_w)]
        top = self.columns([where, when], [left_w, right_w], gap)

        device = self.fields(
            [
                ("Individnummer", (d.individual_no, "large_bold")),
                ("Artikelnummer", d.article_no),
                ("Artikel", d.article_name),
            ],
            left_w,
            32 * mm,
        )
        barcode = self.code128(d.individual_no, font_size=11)
        device_row = self.columns(
            [[device], [barcode]], [left_w, right_w], gap, align_right="CENTER"
        )

        why = self.fields(
            [
                ("Arbetsorder", (d.order_no, "strong")),
                ("Ordertyp", self._order_type(d)),
                ("Orsak", d.reason),
            ],
            left_w,
            32 * mm,
        )
        qr = [
            self.qr(d.order_no, 28 * mm),
            Paragraph(esc(f"Arbetsorder {d.order_no}"), st["small"]),
        ]
        why_row = self.columns([[why], qr], [left_w, right_w], gap, align_right="CENTER")

        orderer = self.fields([("Namn", d.orderer_name), ("Enhet", d.orderer_unit)], width, 32 * mm)
        return [
            top,
            Spacer(0, 5 * mm),
            self.section("Hjälpmedel", width),
            Spacer(0, 2 * mm),
            device_row,
            Spacer(0, 5 * mm),
            self.section("Orsak", width),
            Spacer(0, 2 * mm),
            why_row,
            Spacer(0, 5 * mm),
            self.section("Beställare", width),
            Spacer(0, 1 * mm),
            orderer,
            Spacer(0, 6 * mm),
            self.section("Kvittens vid hämtning", width),
            Spacer(0, 2 * mm),
            self._receipt(width),
        ]

    def _label_body(self, d: PickupOrderData) -> list[Flowable]:
        g = self.page
        st = self.styles(g)
        width = g.frame_width
        qr_size = 17 * mm
        when = Paragraph(
            f"Hämtdatum: <b>{esc(fmt_date(d.pickup_date))}</b> "
            f"({esc(fmt_date_long(d.pickup_date).split()[0])})",
            st["large"],
        )
        device = self.fields(
            [
                ("Individnummer", (d.individual_no, "strong")),
                ("Artikel", f"{d.article_no} – {d.article_name}"),
            ],
            width,
            21 * mm,
            geometry=g,
        )
        text_w = width - qr_size - 2 * mm
        why = self.fields(
            [
                (
                    "Arbetsorder",
                    Paragraph(
                        f"<b>{esc(d.order_no)}</b> (typ {esc(d.order_type_code)})", st["value"]
                    ),
                ),
                ("Orsak", _shorten(d.reason, LABEL_REASON_MAX)),
                ("Beställare", f"{d.orderer_name}, {d.orderer_unit}"),
            ],
            text_w,
            21 * mm,
            geometry=g,
        )
        why_row = self.columns(
            [[why], [self.qr(d.order_no, qr_size)]], [text_w, qr_size], 2 * mm, align_right="RIGHT"
        )
        barcode = FormTable(
            [[self.code128(d.individual_no, bar_height=12 * mm, font_size=9)]],
            colWidths=[width],
        )
        barcode.setStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return [
            when,
            Spacer(0, 1.5 * mm),
            self.section("Hämtas hos", width, g),
            Spacer(0, 1 * mm),
            self._address(d, width),
            Spacer(0, 1.5 * mm),
            self.section("Hjälpmedel", width, g),
            device,
            Spacer(0, 1 * mm),
            barcode,
            Spacer(0, 1.5 * mm),
            self.section("Orsak", width, g),
            why_row,
        ]

    # -- layout helpers -------------------------------------------------------------

    def _receipt(self, width: float) -> Table:
        """Blank lines for the driver: when, signature, name in print, notes."""
        label = self.styles(self.page)["label"]
        col = (width - 2 * 6 * mm) / 3
        table = FormTable(
            [
                ["", "", "", "", ""],
                ["Hämtat datum och tid", "", "Signatur", "", "Namnförtydligande"],
                ["Anteckningar", "", "", "", ""],
                ["", "", "", "", ""],
            ],
            colWidths=[col, 6 * mm, col, 6 * mm, col],
            rowHeights=[11 * mm, None, 6 * mm, 12 * mm],
        )
        table.setStyle(
            [
                *font_cmds(label, (0, 0), (-1, -1)),
                ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, RULE),
                ("LINEBELOW", (4, 0), (4, 0), 0.6, RULE),
                ("SPAN", (0, 2), (-1, 2)),
                ("SPAN", (0, 3), (-1, 3)),
                ("LINEBELOW", (0, 3), (-1, 3), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return table
