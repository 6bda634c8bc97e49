"""The notice of an inspection visit to a user (avisering), PM3: a page per user.

Only what the user needs: when the technician comes, which aids are inspected, and whom to
call to move the visit — by a date that still leaves time to book another. The address is
placed for a window envelope. There is no field for a personal identity number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer

from hmc_desktop.documents.base import DocumentRenderer
from hmc_desktop.documents.inspection_data import InspectionNoticeData
from hmc_desktop.documents.page import ContextMarker, PageContext
from hmc_desktop.documents.styles import A4_PAGE, ACCENT, PageGeometry
from hmc_desktop.documents.text import esc, fmt_date_long, fmt_postal_code
from hmc_desktop.domain.calendar import to_local

Progress = Callable[[int, int], None]


class _NoticePage(KeepInFrame):  # type: ignore[misc]
    """One user's notice: always exactly one page."""


def visit_text(d: InspectionNoticeData) -> str:
    """ "tisdag 8 december 2026 kl. 09:00–10:30": the first visit's start to the last one's end."""
    first = min(to_local(v.visit_at) for v in d.devices)
    end = max(to_local(v.visit_at) + timedelta(minutes=v.minutes) for v in d.devices)
    day = fmt_date_long(first.date())
    if end.date() != first.date():
        return f"{day} kl. {first:%H:%M}"
    return f"{day} kl. {first:%H:%M}–{end:%H:%M}"


class InspectionNoticeRenderer(DocumentRenderer):
    """Renders notices on A4, one page per user, in the order given."""

    geometry: ClassVar[PageGeometry] = A4_PAGE
    title = "Besiktning av hjälpmedel"

    def render(self, data: InspectionNoticeData) -> bytes:
        return self.render_batch([data])

    def render_batch(self, items: Sequence[InspectionNoticeData],
                     progress: Progress | None = None) -> bytes:
        """Many notices in one PDF, a page each; ``progress(done, total)`` after each page."""
        if not items:
            raise ValueError("a batch needs at least one notice")
        story: list[Flowable] = []
        for i, item in enumerate(items):
            if i:
                story.append(PageBreak())
            story.extend(self._page(item))
        total, done = len(items), 0

        def on_flowable(flowable: Flowable) -> None:
            nonlocal done
            if isinstance(flowable, _NoticePage):
                done += 1
                if progress is not None:
                    progress(done, total)

        return self._build(story, title=f"Aviseringar om besiktning ({total} st)",
                           author=items[0].centre.name, subject=self.title,
                           issued=max(to_local(i.issued_at) for i in items),
                           on_flowable=on_flowable)

    def _page(self, d: InspectionNoticeData) -> list[Flowable]:
        context = PageContext(centre=d.centre, title="Avisering", number=fmt_date_long(
            to_local(d.issued_at).date()), footer=f"{d.centre.name} · {d.centre.phone}")
        g = self.geometry
        return [ContextMarker(context),
                _NoticePage(g.frame_width, g.frame_height, self._body(d), mode="shrink")]

    def _body(self, d: InspectionNoticeData) -> list[Flowable]:
        st = self.styles()
        width = self.geometry.frame_width
        address = self.lines([(d.holder_name, "large_bold"), (d.street, "large"),
                              (f"{fmt_postal_code(d.postal_code)} {d.city}".strip(), "large")],
                             width * 0.55)
        minutes = sum(v.minutes for v in d.devices)
        rows: list[list[Flowable | str]] = [
            [v.article_name, v.individual_no, f"{to_local(v.visit_at):%H:%M}"] for v in d.devices]
        devices = self.table(["Hjälpmedel", "Individnummer", "Tid"], rows,
                             [width - 70 * mm, 45 * mm, 25 * mm], numeric=(2,))
        phone = d.centre.phone or "hjälpmedelscentralen"
        when = self.boxed([Paragraph("Vi kommer", st["label"]),
                           Paragraph(esc(visit_text(d)), st["huge"])], width, border=ACCENT,
                          line_width=1.4)
        return [
            Spacer(0, 6 * mm),
            address,
            Spacer(0, 14 * mm),
            Paragraph("Besiktning av ditt hjälpmedel", st["huge"]),
            Spacer(0, 3 * mm),
            Paragraph(esc(
                "Hjälpmedel som lyftar, lyftselar och sängar ska besiktigas regelbundet så att de "
                "är säkra att använda. En tekniker från hjälpmedelscentralen kommer hem till dig "
                f"och kontrollerar dem. Det tar ungefär {minutes} minuter."), st["value"]),
            Spacer(0, 5 * mm),
            when,
            Spacer(0, 5 * mm),
            self.section("Det här besiktigas", width),
            Spacer(0, 1 * mm),
            devices,
            Spacer(0, 6 * mm),
            self.section("Passar inte tiden?", width),
            Spacer(0, 2 * mm),
            Paragraph(esc(f"Ring oss på {phone} senast {fmt_date_long(d.change_by)}, så bokar "
                          "vi en ny tid."), st["large"]),
            Spacer(0, 2 * mm),
            Paragraph(esc("Se gärna till att hjälpmedlet går att komma åt och inte används när "
                          "teknikern kommer."), st["value"]),
            Spacer(0, 8 * mm),
            Paragraph(esc(f"Med vänlig hälsning\n{d.centre.name}"), st["value"]),
        ]
