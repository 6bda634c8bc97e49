"""The spare-part shipping note (följesedel – reservdelar), S3.

It travels in the parcel to the user who will do a simple repair: which parts, how
many now and how many later (partial delivery), the work order, what to do, and an
unmistakable EXPRESS mark when the parcel is urgent (seed 003).
"""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from hmc_desktop.documents import fonts
from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.data import ShippingNoteData
from hmc_desktop.documents.page import PageContext
from hmc_desktop.documents.styles import A4_PAGE, ALERT, INK, FormTable, PageGeometry
from hmc_desktop.documents.text import esc, fmt_datetime, fmt_postal_code

EXPRESS_TEXT = "EXPRESS"


def delivery_text(data: ShippingNoteData) -> str:
    """ "Delleverans 1 av 2" / "Delleverans 2" for a partial delivery, else "Komplett leverans"."""
    if not data.partial:
        return "Komplett leverans"
    if data.delivery_count:
        return f"Delleverans {data.delivery_no} av {data.delivery_count}"
    return f"Delleverans {data.delivery_no}"


class ShippingNoteRenderer(DocumentRenderer):
    """Renders a spare-part shipping note on A4 (the parts table flows onto more pages)."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    title = "Följesedel – reservdelar"

    def render(self, data: ShippingNoteData) -> bytes:
        """The shipping note as a PDF."""
        d = data
        context = PageContext(
            centre=d.centre,
            title=self.title,
            number=f"Nr {d.shipment_id}",
            footer=(
                f"Följesedel {d.shipment_id} · arbetsorder {d.order_no} · "
                f"skickad {fmt_datetime(d.shipped_at)} av {d.technician}"
            ),
        )
        return self._build_in_context(context, self._body(d),
                                      title=f"{self.title} {d.shipment_id}",
                                      subject=self.title, issued=d.shipped_at)

    def _body(self, d: ShippingNoteData) -> list[Flowable]:
        st = self.styles()
        width = self.geometry.frame_width
        gap = 6 * mm
        right_w = 72 * mm
        left_w = width - right_w - gap

        story: list[Flowable] = []
        marks = self._marks(d, width)
        if marks is not None:
            story += [marks, Spacer(0, 4 * mm)]

        address = [
            (d.recipient_name, "large_bold"),
            (d.recipient_street, "large"),
            (f"{fmt_postal_code(d.recipient_postal_code)} {d.recipient_city}", "large"),
        ]
        if d.recipient_phone:
            address.append((f"Telefon {d.recipient_phone}", "value"))
        recipient = [
            self.section("Mottagare", left_w),
            Spacer(0, 2 * mm),
            self.lines(address, left_w),
        ]
        delivery = [
            self.section("Leverans", right_w),
            self.fields(
                [
                    ("Arbetsorder", (d.order_no, "strong")),
                    ("Försändelse", str(d.shipment_id)),
                    ("Leverans", (delivery_text(d), "strong" if d.partial else "value")),
                    ("Skickad", fmt_datetime(d.shipped_at)),
                    ("Tekniker", d.technician),
                ],
                right_w,
                24 * mm,
            ),
            Spacer(0, 2 * mm),
            self.code128(d.order_no, font_size=10),
        ]
        story += [self.columns([recipient, delivery], [left_w, right_w], gap), Spacer(0, 6 * mm)]

        # What to do comes before the parts list: it is what the recipient reads first.
        instruction = self.boxed(
            [
                Paragraph(esc(d.instruction), st["value"]),
                Spacer(0, 2 * mm),
                Paragraph(f"<b>Utförs av:</b> {esc(d.performed_by)}", st["value"]),
            ],
            width,
        )
        story += [
            KeepTogether(
                [self.section("Att göra för mottagaren", width), Spacer(0, 2 * mm), instruction]
            ),
            Spacer(0, 6 * mm),
            self.section("Reservdelar", width),
            Spacer(0, 1 * mm),
            self._lines(d, width),
        ]
        backordered = sum(line.delivered_later for line in d.lines)
        if backordered:
            story += [
                Spacer(0, 1.5 * mm),
                Paragraph(
                    f"<b>Restnoterat: {backordered} st.</b> Dessa delar skickas i en "
                    "senare leverans; ingen ny beställning behövs.",
                    st["body"],
                ),
            ]
        story += [Spacer(0, 5 * mm), Paragraph(self._contact(d), st["body"])]
        return story

    def _marks(self, d: ShippingNoteData, width: float) -> Table | None:
        """The EXPRESS band and/or the partial-delivery band across the top."""
        cells: list[str] = []
        if d.express:
            cells.append(EXPRESS_TEXT)
        if d.partial:
            cells.append(delivery_text(d).upper())
        if not cells:
            return None
        table = FormTable(
            [cells], colWidths=[width / len(cells)] * len(cells), rowHeights=[14 * mm]
        )
        style = [
            ("FONT", (0, 0), (-1, -1), fonts.BOLD, 16),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 1.5, INK),
            ("INNERGRID", (0, 0), (-1, -1), 1.5, INK),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        ]
        if d.express:
            # White on red: stands out in colour and still prints as solid black on grey.
            style += [
                ("BACKGROUND", (0, 0), (0, 0), ALERT),
                ("TEXTCOLOR", (0, 0), (0, 0), colors.white),
                ("FONT", (0, 0), (0, 0), fonts.BOLD, 26),
            ]
        table.setStyle(style)
        return table

    def _lines(self, d: ShippingNoteData, width: float) -> Table:
        right = self.styles()["cell_right"]
        numbers = [22 * mm, 22 * mm, 30 * mm]
        widths = [28 * mm, width - 28 * mm - sum(numbers), *numbers]
        rows: list[list[Flowable | str]] = [
            [
                ln.article_no,
                ln.article_name,
                str(ln.quantity),
                str(ln.delivered_now),
                Paragraph(f"<b>{ln.delivered_later}</b>", right) if ln.delivered_later else "–",
            ]
            for ln in d.lines
        ]
        return self.table(
            ["Artikelnr", "Benämning", "Antal", "Levereras nu", "Restnoteras / levereras senare"],
            rows,
            widths,
            numeric=(2, 3, 4),
        )

    def _contact(self, d: ShippingNoteData) -> str:
        how = f" på telefon {esc(d.centre.phone)}" if d.centre.phone else ""
        return (
            f"Frågor om leveransen? Kontakta {esc(d.centre.name)}{how} och uppge "
            f"arbetsorder <b>{esc(d.order_no)}</b>."
        )
