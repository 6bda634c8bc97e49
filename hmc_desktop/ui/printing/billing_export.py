"""Export of the billing basis (faktureringsunderlag): one payer or all, one month, as CSV.

The lines and the CSV text come from :class:`BillingService` off the GUI thread; the file is
written exactly as ``BillingService.to_csv`` gives it (';'-separated UTF-8). The save dialog
is an injectable attribute (``save_chooser(parent, suggested) -> path | None``).
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QSpinBox, QWidget

from hmc_desktop.domain.billing import BillingSummary
from hmc_desktop.safe_files import write_atomically
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.reports.billing import BillingService
from hmc_desktop.ui.common.widgets import error_text
from hmc_desktop.ui.orders.flow_forms import FlowDialog, note_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


@dataclass(frozen=True, slots=True)
class _Export:
    csv: str
    summary: BillingSummary


def choose_csv_path(parent: QWidget, suggested: str) -> str | None:
    """The system's save dialog for a CSV file (the default chooser)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("BillingExportDialog", "Spara faktureringsunderlag"), str(Path.home() / suggested),
        translate("BillingExportDialog", "CSV-fil (*.csv)"))
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path or None


class BillingExportDialog(FlowDialog):
    """``billingExportDialog``: Betalarnummer (empty: all), År, Månad → Exportera…"""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exportera faktureringsunderlag"), parent,
                         self.tr("&Exportera…"), self.tr("Faktureringsunderlag per månad"))
        self.setObjectName("billingExportDialog")
        self.service = BillingService(ctx)
        self.save_chooser = choose_csv_path
        today = ctx.clock.now().date()
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        self.payer = QLineEdit()
        self.payer.setObjectName("billingPayer")
        self.payer.setAccessibleName(self.tr("Betalarnummer"))
        self.payer.setPlaceholderText(self.tr("Tomt = alla betalare"))
        self.year = QSpinBox()
        self.year.setObjectName("billingYear")
        self.year.setAccessibleName(self.tr("År"))
        self.year.setRange(2000, 2999)
        self.year.setValue(year)
        self.month = QComboBox()
        self.month.setObjectName("billingMonth")
        self.month.setAccessibleName(self.tr("Månad"))
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m).capitalize(), m)
        self.month.setCurrentIndex(month - 1)
        self.form.addRow(self.tr("&Betalarnummer"), self.payer)
        self.form.addRow(self.tr("&År"), self.year)
        self.form.addRow(self.tr("&Månad"), self.month)
        self.form.addRow(note_label(self.tr("Avslutade arbetsordrar i månaden: "
                                            "debitering, rapporterad tid, reservdelar och "
                                            "godkända kostnadsförslag. Filen är semikolon"
                                            "separerad UTF-8.")))
        self.payer.setFocus()

    def period(self) -> tuple[str | None, int, int]:
        return (self.payer.text().strip() or None, self.year.value(),
                int(self.month.currentData()))

    def submit(self) -> None:
        payer, year, month = self.period()
        service = self.service

        def work() -> _Export:
            lines = service.export(payer, year, month)
            return _Export(service.to_csv(lines), service.summary(lines, year, month, payer))

        self.run(work, self._exported, self.tr("Hämtar underlaget …"))

    def _exported(self, data: _Export) -> None:
        s = data.summary
        if not s.orders:
            self.message.show_message(self.tr("Inga avslutade arbetsordrar %1 för %2.").replace(
                "%1", s.period).replace("%2", s.payer_no or self.tr("någon betalare")), "info")
            return
        suggested = f"faktureringsunderlag-{s.payer_no or 'alla'}-{s.period}.csv"
        path = self.save_chooser(self, suggested)
        if not path:
            return
        try:
            write_atomically(path, data.csv.encode("utf-8"))  # never half a file
        except OSError as exc:
            self.show_refusal(error_text(exc))
            return
        done = (self.tr("1 arbetsorder (%2 min) är exporterad till %3.") if s.orders == 1 else
                self.tr("%1 arbetsordrar (%2 min) är exporterade till %3."))
        self.message.show_message(done.replace("%1", str(s.orders)).replace("%2", str(s.minutes))
                                  .replace("%3", path), "info")
        self.cancel_button.setText(self.tr("Stäng"))
        self.succeeded.emit(path)
