"""The reconditioning log (rekonditioneringsprotokoll), S4.

What was checked, cleaned, replaced and reset, by whom and with what result, and
whether the device went back to stock or was scrapped. A digital aid may hold the
previous user's personal data, so its log states plainly whether it was wiped.
"""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.data import ReconLogData
from hmc_desktop.documents.page import PageContext
from hmc_desktop.documents.styles import (
    A4_PAGE,
    ALERT,
    ALERT_HEX,
    INK,
    RULE,
    FormTable,
    PageGeometry,
)
from hmc_desktop.documents.text import esc, fmt_datetime

WIPE_LABEL = "Dataradering / fabriksåterställning"
#: Results printed in bold red in the step table, so a failed check cannot be missed.
FAILED_RESULTS = frozenset({"ej ok", "ej godkänd", "underkänd", "fel"})


def outcome_text(data: ReconLogData) -> str:
    """ "Tillbaka i lager" or "Kasserad: <reason>"."""
    if data.outcome == "in_stock":
        return "Tillbaka i lager"
    return f"Kasserad: {data.scrap_reason}" if data.scrap_reason else "Kasserad"


class ReconLogRenderer(DocumentRenderer):
    """Renders a reconditioning log on A4 (long step lists flow onto more pages)."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    title = "Rekonditioneringsprotokoll"

    def render(self, data: ReconLogData) -> bytes:
        """The reconditioning log as a PDF."""
        d = data
        context = PageContext(
            centre=d.centre,
            title=self.title,
            number=f"Nr {d.recon_id}",
            footer=(
                f"Rekonditionering {d.recon_id} · individnummer {d.individual_no} · "
                f"signerad {fmt_datetime(d.signed_off_at)} av {d.technician}"
            ),
        )
        return self._build_in_context(context, self._body(d), title=f"{self.title} {d.recon_id}",
                                      subject=self.title, issued=d.signed_off_at)

    def _body(self, d: ReconLogData) -> list[Flowable]:
        st = self.styles()
        width = self.geometry.frame_width
        gap = 6 * mm
        right_w = 62 * mm
        left_w = width - right_w - gap

        device = self.fields(
            [
                ("Individnummer", Paragraph(esc(d.individual_no), st["large_bold"])),
                ("Artikelnummer", d.article_no),
                ("Artikel", d.article_name),
                ("Produktgrupp", d.product_group),
                ("Digitalt hjälpmedel", "Ja" if d.digital else "Nej"),
            ],
            left_w,
            36 * mm,
        )
        story: list[Flowable] = [
            self.section("Hjälpmedel", width),
            Spacer(0, 2 * mm),
            self.columns(
                [[device], [self.code128(d.individual_no, font_size=11)]],
                [left_w, right_w],
                gap,
                align_right="CENTER",
            ),
            Spacer(0, 5 * mm),
            self.section("Kontrollmoment", width),
            Spacer(0, 1 * mm),
            self._steps(d, width),
            Spacer(0, 5 * mm),
            self.section("Utbytta delar", width),
            Spacer(0, 1 * mm),
            self._parts(d, width),
        ]
        if d.digital:
            story += [
                Spacer(0, 5 * mm),
                self.section("Personuppgifter", width),
                Spacer(0, 2 * mm),
                self._wipe(d, width),
            ]
        story += [
            Spacer(0, 5 * mm),
            KeepTogether(
                [
                    self.section("Resultat och signering", width),
                    Spacer(0, 2 * mm),
                    self._outcome(d, width),
                    Spacer(0, 4 * mm),
                    self._sign_off(d, width),
                ]
            ),
        ]
        return story

    def _steps(self, d: ReconLogData, width: float) -> Flowable:
        st = self.styles()
        if not d.steps:
            return Paragraph("Inga kontrollmoment registrerade.", st["body"])
        widths = [8 * mm, 54 * mm, 22 * mm, 0.0, 32 * mm]
        widths[3] = width - sum(widths)
        rows: list[list[Flowable | str]] = []
        for i, step in enumerate(d.steps, start=1):
            failed = step.result.strip().casefold() in FAILED_RESULTS
            result = Paragraph(
                f"<b>{esc(step.result)}</b>", st["cell_alert"] if failed else st["cell"]
            )
            rows.append([str(i), step.name, result, step.note, step.done_by])
        return self.table(["Nr", "Moment", "Resultat", "Anteckning", "Utfört av"], rows, widths)

    def _parts(self, d: ReconLogData, width: float) -> Flowable:
        if not d.parts_used:
            return Paragraph("Inga delar byttes.", self.styles()["body"])
        widths = [30 * mm, width - 30 * mm - 20 * mm, 20 * mm]
        rows = [[p.article_no, p.name, str(p.quantity)] for p in d.parts_used]
        return self.table(["Artikelnr", "Benämning", "Antal"], rows, widths, numeric=(2,))

    def _wipe(self, d: ReconLogData, width: float) -> Flowable:
        st = self.styles()
        if d.data_wiped:
            lines = [
                Paragraph(f"{WIPE_LABEL}: <b>Utförd</b>", st["large"]),
                Paragraph(
                    "Tidigare brukares personuppgifter och inställningar är raderade.", st["small"]
                ),
            ]
            return self.boxed(lines, width)
        lines = [
            Paragraph(
                f'{WIPE_LABEL}: <font color="{ALERT_HEX}"><b>EJ UTFÖRD</b></font>', st["large"]
            ),
            Paragraph(
                "Hjälpmedlet kan innehålla tidigare brukares personuppgifter och får "
                "inte lämnas ut innan dataradering är utförd.",
                st["body"],
            ),
        ]
        return self.boxed(lines, width, border=ALERT, line_width=2)

    def _outcome(self, d: ReconLogData, width: float) -> Flowable:
        st = self.styles()
        style = st["large_bold"]
        return self.boxed(
            [Paragraph("Utfall", st["label"]), Paragraph(esc(outcome_text(d)), style)],
            width,
            border=INK if d.outcome == "in_stock" else ALERT,
            line_width=1.2,
        )

    def _sign_off(self, d: ReconLogData, width: float) -> Table:
        st = self.styles()
        col = (width - 6 * mm) / 2
        table = FormTable(
            [
                [
                    Paragraph(esc(d.technician), st["value"]),
                    "",
                    Paragraph(esc(fmt_datetime(d.signed_off_at)), st["value"]),
                ],
                [
                    Paragraph("Utfört och godkänt av (tekniker)", st["label"]),
                    "",
                    Paragraph("Datum och tid", st["label"]),
                ],
                ["", "", ""],
                [Paragraph("Signatur", st["label"]), "", ""],
            ],
            colWidths=[col, 6 * mm, col],
            rowHeights=[None, None, 10 * mm, None],
        )
        table.setStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, RULE),
                ("LINEBELOW", (0, 2), (0, 2), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return table
