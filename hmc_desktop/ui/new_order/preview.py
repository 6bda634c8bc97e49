"""The new-order dialog's live preview: what the order will get *before* it is saved.

Mailbox (W3), deadlines (C1–C3, W8), billing, what W6 still misses, likely duplicates
and the problems that block saving, from
:meth:`~hmc_desktop.services.registration.registration.RegistrationService.preview`.
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hmc_desktop.domain.calendar import to_local
from hmc_desktop.services.registration.registration import DeviceFacts, Preview
from hmc_desktop.ui.common import i18n
from hmc_desktop.ui.common.formatting import (
    billing_name,
    device_status_name,
    missing_name,
    scaled_font,
)
from hmc_desktop.ui.common.widgets import MessageBar

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def weekday(moment: datetime) -> str:
    names = (translate("NewOrder", "mån"), translate("NewOrder", "tis"),
             translate("NewOrder", "ons"), translate("NewOrder", "tors"),
             translate("NewOrder", "fre"), translate("NewOrder", "lör"),
             translate("NewOrder", "sön"))
    return names[moment.weekday()]


def short_when(moment: datetime) -> str:
    """'tors 26/11 16:00' in Stockholm time (C4)."""
    local = to_local(moment)
    return f"{weekday(local)} {local.day}/{local.month} {local:%H:%M}"


def deadline_text(p: Preview) -> str:
    """'Påbörjas senast tors 26/11 16:00 · Klar senast mån 7/12 16:00', or why there is none."""
    d = p.deadlines
    parts = []
    if d.contact_by is not None:  # W8: planned, not lead-time governed
        parts.append(translate("NewOrder", "Kontakt med brukaren senast %1 (teknisk översyn, "
                               "ingen ledtid)").replace("%1", short_when(d.contact_by)))
    if d.start_by is not None:
        word = (translate("NewOrder", "Påbörjas senast %1") if d.finish_by is not None
                else translate("NewOrder", "Erbjuds senast %1"))
        parts.append(word.replace("%1", short_when(d.start_by)))
    if d.finish_by is not None:
        parts.append(translate("NewOrder", "Klar senast %1").replace("%1", short_when(d.finish_by)))
    return " · ".join(parts) or translate("NewOrder", "Ingen ledtid")


def device_text(facts: DeviceFacts) -> str:
    """The device in two lines: what it is, and where it stands."""
    first = (translate("NewOrder", "%1 (art. %2) · %3").replace("%1", facts.article_name)
             .replace("%2", facts.article_no).replace("%3", facts.product_group or "–"))
    if facts.digital:
        first += " · " + translate("NewOrder", "digitalt hjälpmedel")
    second = [device_status_name(facts.status)]
    if facts.holder_name:
        second.append(translate("NewOrder", "Brukare: %1").replace("%1", facts.holder_name))
    if facts.open_orders:
        second.append(translate("NewOrder", "Öppna arbetsordrar: %1").replace(
            "%1", ", ".join(f"{no} ({code})" for no, code in facts.open_orders)))
    return first + "\n" + " · ".join(second)


class PreviewPanel(QFrame):
    """``orderPreview``: the mailbox, deadlines and billing; warnings and problems below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderPreview")
        self.setAccessibleName(self.tr("Förhandsvisning av arbetsordern"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#orderPreview { background: palette(base); border: 1px solid "
                           "palette(mid); border-radius: 4px; }")
        self.heading = QLabel(self.tr("Så blir arbetsordern"))
        self.heading.setFont(scaled_font(self.heading, 1.0))
        self.route = QLabel()
        self.route.setObjectName("previewRoute")
        self.route.setAccessibleName(self.tr("Brevlåda och debitering"))
        self.deadlines = QLabel()
        self.deadlines.setObjectName("previewDeadlines")
        self.deadlines.setAccessibleName(self.tr("Tidsgränser"))
        self.deadlines.setFont(scaled_font(self.deadlines, 1.1))
        for label in (self.route, self.deadlines):
            label.setWordWrap(True)
        self.missing = MessageBar("previewMissing", self.tr("Saknas för att ordern ska vara komplett"))
        self.duplicates = MessageBar("previewDuplicates", self.tr("Möjlig dubblett"))
        self.problems = MessageBar("previewProblems", self.tr("Måste åtgärdas före sparande"))
        # Problems of fields the person has not reached yet stay quiet until saving is tried.
        self.quiet = {"description_required", "orderer_name_required"}
        self.shown: Preview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        for w in (self.heading, self.deadlines, self.route, self.problems, self.missing,
                  self.duplicates):
            layout.addWidget(w)
        self.show_preview(None)

    def reveal(self, key: str | None = None) -> None:
        """Stop keeping the problem ``key`` (None: every problem) quiet."""
        if key is None:
            self.quiet.clear()
        else:
            self.quiet.discard(key)
        self.show_preview(self.shown)

    def show_preview(self, p: Preview | None, pending: str = "") -> None:
        """Show ``p``; None with ``pending`` explains what is still to choose."""
        self.shown = p
        if p is None:
            self.deadlines.setText(pending or self.tr("Välj typ av arbetsorder för att se "
                                                      "tidsgränser och debitering."))
            self.route.setText("")
            for bar in (self.missing, self.duplicates, self.problems):
                bar.clear_message()
            return
        self.deadlines.setText(deadline_text(p))
        self.route.setText(self.tr("Hamnar i brevlådan %1 · %2").replace("%1", p.mailbox)
                           .replace("%2", billing_name(p.billing)))
        for label in (self.deadlines, self.route):
            label.setAccessibleDescription(label.text())
        lang = i18n.current_language()
        if p.missing:
            self.missing.show_message(self.tr("Ofullständig – saknas: %1. Ordern kan sparas "
                                              "men inte påbörjas förrän det kompletterats.")
                                      .replace("%1", ", ".join(missing_name(m) for m in p.missing)),
                                      "warning")
        else:
            self.missing.clear_message()
        if p.warnings:
            self.duplicates.show_message("\n".join(n.message(lang) + "." for n in p.warnings),
                                         "warning")
        else:
            self.duplicates.clear_message()
        problems = [n for n in p.problems if n.key not in self.quiet]
        if problems:
            lines = [n.message(lang) + "." for n in problems]
            self.problems.show_message("\n".join(f"• {t}" for t in lines) if len(lines) > 1
                                       else lines[0], "error")
        else:
            self.problems.clear_message()
