"""The inspection protocol (besiktningsprotokoll), PM5.

The device, each checklist step and its result, the outcome, the next due day, the
technician and a signature line, with the individual number as a Code 128 barcode so the
protocol and the device can be matched by a scan. A failed inspection names its corrective
order.
"""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.inspection_data import InspectionProtocolData
from hmc_desktop.documents.page import PageContext
from hmc_desktop.documents.styles import A4_PAGE, ALERT, INK, RULE, FormTable, PageGeometry
from hmc_desktop.documents.text import esc, fmt_date, fmt_date_long, fmt_datetime

OUTCOME = {"ok": "Godkänd", "not_ok": "Ej godkänd"}
FAILED = "Ej OK"


def months_text(months: int | None) -> str:
    """ "var 12:e månad" — the interval as a sentence reads it."""
    if not months:
        return "–"
    if months == 1:
        return "varje månad"
    suffix = ":a" if months % 10 in (1, 2) and months % 100 not in (11, 12) else ":e"
    return f"var {months}{suffix} månad"


class InspectionProtocolRenderer(DocumentRenderer):
    """Renders an inspection protocol on A4 (a long checklist flows onto more pages)."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    title = "Besiktningsprotokoll"

    def render(self, data: InspectionProtocolData) -> bytes:
        """The inspection protocol as a PDF."""
        d = data
        context = PageContext(
            centre=d.centre, title=self.title, number=f"Nr {d.inspection_id}",
            footer=(f"Besiktning {d.inspection_id} · individnummer {d.individual_no} · "
                    f"{fmt_date(d.performed_on)} av {d.technician}"),
        )
        return self._build_in_context(context, self._body(d),
                                      title=f"{self.title} {d.inspection_id}",
                                      subject=self.title, issued=d.recorded_at)

    def _body(self, d: InspectionProtocolData) -> list[Flowable]:
        st = self.styles()
        width = self.geometry.frame_width
        gap, right_w = 6 * mm, 62 * mm
        left_w = width - right_w - gap
        device = self.fields(
            [
                ("Individnummer", Paragraph(esc(d.individual_no), st["large_bold"])),
                ("Artikelnummer", d.article_no),
                ("Artikel", d.article_name),
                ("Produktgrupp", d.product_group or "–"),
                ("Placering", d.location or "–"),
            ],
            left_w, 36 * mm,
        )
        plan = self.fields(
            [
                ("Besiktigat", (fmt_date(d.performed_on), "strong")),
                ("Senast enligt plan", fmt_date(d.due) if d.due else "–"),
                ("Intervall", months_text(d.interval_months)),
                ("Nästa besiktning", (fmt_date(d.next_due) if d.next_due else "–", "strong")),
            ],
            right_w, 30 * mm,
        )
        story: list[Flowable] = [
            self.section("Hjälpmedel och besiktning", width),
            Spacer(0, 2 * mm),
            self.columns([[device], [self.code128(d.individual_no, font_size=11),
                                     Spacer(0, 2 * mm), plan]],
                         [left_w, right_w], gap, align_right="CENTER"),
            Spacer(0, 4 * mm),
            self.section("Kontrollpunkter", width),
            Spacer(0, 1 * mm),
            self._steps(d, width),
        ]
        if d.note:
            story += [Spacer(0, 3 * mm), self.fields([("Anmärkning", d.note)], width, 36 * mm)]
        story += [
            Spacer(0, 5 * mm),
            KeepTogether([
                self.section("Resultat och signering", width),
                Spacer(0, 2 * mm),
                self._outcome(d, width),
                Spacer(0, 4 * mm),
                self._sign_off(d, width),
            ]),
        ]
        return story

    def _steps(self, d: InspectionProtocolData, width: float) -> Flowable:
        st = self.styles()
        if not d.steps:
            return Paragraph("Inga kontrollpunkter registrerade.", st["body"])
        widths = [8 * mm, 88 * mm, 20 * mm, 0.0]
        widths[3] = width - sum(widths)
        rows: list[list[Flowable | str]] = []
        for i, step in enumerate(d.steps, start=1):
            failed = step.result == FAILED
            result = Paragraph(f"<b>{esc(step.result)}</b>",
                               st["cell_alert"] if failed else st["cell"])
            rows.append([str(i), step.name, result, step.note])
        return self.table(["Nr", "Kontrollpunkt", "Resultat", "Anmärkning"], rows, widths)

    def _outcome(self, d: InspectionProtocolData, width: float) -> Flowable:
        st = self.styles()
        lines: list[Flowable] = [Paragraph("Resultat", st["label"]),
                                 Paragraph(esc(OUTCOME[d.result]), st["large_bold"])]
        if d.result == "not_ok":
            order = f"arbetsorder {d.order_no}" if d.order_no else "en avhjälpande arbetsorder"
            kind = f" ({d.order_type})" if d.order_type else ""
            lines.append(Paragraph(esc(
                f"Felen åtgärdas enligt {order}{kind}. Hjälpmedlet får inte lämnas ut från "
                "hjälpmedelscentralen förrän arbetsordern är avslutad."), st["body"]))
        if d.next_due:
            lines.append(Paragraph(esc(f"Nästa besiktning senast {fmt_date_long(d.next_due)}."),
                                   st["body"]))
        return self.boxed(lines, width, border=INK if d.result == "ok" else ALERT,
                          line_width=1.2)

    def _sign_off(self, d: InspectionProtocolData, width: float) -> Table:
        st = self.styles()
        col = (width - 6 * mm) / 2
        table = FormTable(
            [
                [Paragraph(esc(d.technician), st["value"]), "",
                 Paragraph(esc(fmt_datetime(d.recorded_at)), st["value"])],
                [Paragraph("Besiktigat av (tekniker)", st["label"]), "",
                 Paragraph("Registrerat", st["label"])],
                ["", "", ""],
                [Paragraph("Signatur", st["label"]), "", Paragraph("Namnförtydligande", st["label"])],
            ],
            colWidths=[col, 6 * mm, col],
            rowHeights=[None, None, 10 * mm, None],
        )
        table.setStyle([
            ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
            ("LINEBELOW", (2, 0), (2, 0), 0.6, RULE),
            ("LINEBELOW", (0, 2), (0, 2), 0.6, RULE),
            ("LINEBELOW", (2, 2), (2, 2), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ])
        return table
