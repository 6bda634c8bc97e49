"""The recall letter (R5): a page to each user whose device a safety notice concerns.

In the style of the pickup order: the centre's header, the address block where a window
envelope shows it, each device with its individual number as a Code 128 barcode (customer
service scans the letter the user brings), then in plain Swedish what is wrong, what happens
next, what to do meanwhile and whom to call. Printed in batches, a page each, in postal-code
order; a page is shrunk rather than split when a user holds many devices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer

from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.page import ContextMarker, PageContext
from hmc_desktop.documents.recall_letter_data import RecallLetterData
from hmc_desktop.documents.styles import A4_PAGE, PageGeometry
from hmc_desktop.documents.text import esc, fmt_date, fmt_date_long, fmt_postal_code

Progress = Callable[[int, int], None]

#: What happens next, by the campaign's action (R4).
NEXT_STEP = {
    "repair": "En tekniker från hjälpmedelscentralen kontaktar dig för att boka en tid och "
              "åtgärda hjälpmedlet hemma hos dig.",
    "inspect": "En tekniker från hjälpmedelscentralen kontaktar dig för att boka en tid och "
               "kontrollera hjälpmedlet hemma hos dig.",
    "exchange": "Du får ett nytt, likvärdigt hjälpmedel. Vi kontaktar dig för att boka en tid "
                "då vi lämnar det nya och tar med oss det gamla.",
}
MEANWHILE = ("Fram till dess: följ tillverkarens anvisningar om du har fått några. Märker du "
             "att något inte fungerar som det ska, sluta använda hjälpmedlet och kontakta oss.")


class _LetterPage(KeepInFrame):  # type: ignore[misc]
    """One letter: shrunk if it must be, so that it is always exactly one page."""


class RecallLetterRenderer(DocumentRenderer):
    """Renders recall letters, one A4 page each."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    title = "Återkallelse"

    def render(self, data: RecallLetterData) -> bytes:
        """One letter as a one-page PDF."""
        return self.render_batch([data])

    def render_batch(self, items: Sequence[RecallLetterData],
                     progress: Progress | None = None) -> bytes:
        """Many letters in one PDF, a page each, in the order given; ``progress(done, total)``
        after each page."""
        if not items:
            raise ValueError("a batch needs at least one letter")
        story: list[Flowable] = []
        for i, item in enumerate(items):
            if i:
                story.append(PageBreak())
            story.extend(self._page_story(item))
        total, done = len(items), 0

        def on_flowable(flowable: Flowable) -> None:
            nonlocal done
            if isinstance(flowable, _LetterPage):
                done += 1
                if progress is not None:
                    progress(done, total)

        first = items[0]
        return self._build(story, title=f"Återkallelse {first.campaign_id}: brev ({total} st)",
                           author=first.centre.name, subject=first.title,
                           on_flowable=on_flowable)

    # -- content ------------------------------------------------------------------------
    def _page_story(self, d: RecallLetterData) -> list[Flowable]:
        context = PageContext(
            centre=d.centre, title=self.title, number=f"Ärende {d.campaign_id}",
            footer=f"Återkallelse {d.campaign_id} · {fmt_date(d.letter_date)}")
        g = self.geometry
        return [ContextMarker(context),
                _LetterPage(g.frame_width, g.frame_height, self._body(d), mode="shrink")]

    def _body(self, d: RecallLetterData) -> list[Flowable]:
        st = self.styles()
        width = self.geometry.frame_width
        right_w, gap = 55 * mm, 6 * mm
        left_w = width - right_w - gap
        address = self.lines([(d.holder_name, "large_bold"), (d.street, "large"),
                              (f"{fmt_postal_code(d.postal_code)} {d.city}".strip(), "large")],
                             left_w)
        dated = self.lines([(fmt_date(d.letter_date), "value"),
                            (fmt_date_long(d.letter_date), "small")], right_w)
        one = len(d.devices) == 1
        article = d.devices[0].article_name if one else "följande hjälpmedel som du har"
        ref = f" (referens {d.reference})" if d.reference else ""
        body: list[Flowable] = [
            self.columns([[address], [dated]], [left_w, right_w], gap, align_right="RIGHT"),
            Spacer(0, 14 * mm),
            Paragraph("Viktig säkerhetsinformation om ditt hjälpmedel", st["large_bold"]),
            Spacer(0, 4 * mm),
            Paragraph(esc(f"Vi har fått besked om en säkerhetsbrist{ref} som gäller "
                          f"{article}:"), st["value"]),
            Spacer(0, 2 * mm),
            self.boxed([Paragraph(esc(d.title), st["strong"])], width),
            Spacer(0, 4 * mm),
            self.section("Ditt hjälpmedel" if one else "Dina hjälpmedel", width),
            Spacer(0, 2 * mm),
        ]
        for device in d.devices:
            facts = self.fields([("Hjälpmedel", device.article_name),
                                 ("Artikelnummer", device.article_no),
                                 ("Individnummer", (device.individual_no, "strong"))],
                                left_w, 32 * mm)
            body += [self.columns([[facts], [self.code128(device.individual_no, font_size=10)]],
                                  [left_w, right_w], gap, align_right="CENTER"),
                     Spacer(0, 3 * mm)]
        numbers = [x.order_no for x in d.devices if x.order_no]
        orders = (("arbetsorder " if len(numbers) == 1 else "arbetsordrar ") + ", ".join(numbers)
                  if numbers else "")
        contact = " eller ".join(p for p in (f"ring {d.centre.phone}" if d.centre.phone else "",
                                             f"skriv till {d.centre.email}" if d.centre.email
                                             else "") if p)
        body += [
            self.section("Vad händer nu", width), Spacer(0, 2 * mm),
            Paragraph(esc(NEXT_STEP.get(d.action, NEXT_STEP["repair"])
                          + " Det kostar ingenting för dig."), st["value"]),
            Spacer(0, 2 * mm),
            Paragraph(esc(MEANWHILE), st["value"]),
            Spacer(0, 4 * mm),
            self.section("Frågor", width), Spacer(0, 2 * mm),
            Paragraph(esc(f"Har du frågor, {contact or 'kontakta hjälpmedelscentralen'}. Uppge "
                          f"ärende {d.campaign_id}"
                          + (f" och {orders}" if orders else "")
                          + ", eller ha brevet framför dig."), st["value"]),
            Spacer(0, 8 * mm),
            Paragraph("Med vänlig hälsning", st["value"]),
            Paragraph(esc(d.centre.name), st["strong"]),
        ]
        return body
