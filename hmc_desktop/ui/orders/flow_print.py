"""Building a document off the GUI thread, then the preview (a slow build never freezes the window).

``PdfJob(parent, build, …).start()`` runs ``build`` (a PrintService call, which also records
the print in the device's history) on the operation pool while a busy indicator — or the
caller's progress bar — shows that something happens; the preview opens once the bytes are
there. A refusal or failure becomes one sentence (``ui/common/errors.describe``), never a traceback.
The preview (Qt's PDF modules) loads when the first one opens.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QWidget

from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive, error_text

if TYPE_CHECKING:
    from hmc_desktop.ui.common.print_preview import PrintPreviewDialog


class PdfJob(QObject):
    """One document: build in the background, then :class:`PrintPreviewDialog` (window-modal)."""

    opened = Signal(object)  # the PrintPreviewDialog
    failed = Signal(str)  # the sentence shown
    progressed = Signal(int, int)  # pages done, pages in all

    def __init__(self, parent: QWidget, build: Callable[..., bytes], title: str, file_name: str,
                 *, label: str = "", progress_bar: QProgressBar | None = None,
                 with_progress: bool = False,
                 on_failure: Callable[[str], None] | None = None) -> None:
        """``build()`` — or ``build(progress)`` with ``with_progress``, calling
        ``progress(done, total, text)`` — returns the PDF."""
        super().__init__(parent)
        self.widget = parent
        self.build = build
        self.title = title
        self.file_name = file_name
        self.label = label or self.tr("Skapar %1 …").replace("%1", title)
        self.progress_bar = progress_bar
        self.with_progress = with_progress
        self.on_failure = on_failure
        self.dialog: PrintPreviewDialog | None = None
        self._busy: QProgressDialog | None = None

    def start(self) -> "PdfJob":
        if self.progress_bar is not None:
            self.progress_bar.setRange(0, 0)  # busy until the first page reports
            self.progress_bar.setFormat(self.label)
            self.progress_bar.show()
        else:
            busy = QProgressDialog(self.label, "", 0, 0, self.widget.window())
            busy.setObjectName("pdfBusy")
            busy.setWindowTitle(self.title)
            busy.setAccessibleName(self.label)
            busy.setCancelButton(None)
            busy.setMinimumDuration(0)
            busy.setWindowModality(Qt.WindowModality.WindowModal)
            busy.show()
            self._busy = busy
        op = Op(self.build, with_progress=self.with_progress)
        if self.with_progress:
            op.progress(self._progress)
        op.success(self._built).failure(self._failed).run()
        return self

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progressed.emit(done, total)
        bar = self.progress_bar
        if bar is not None and alive(bar):
            bar.setRange(0, max(total, 1))
            bar.setValue(done)
            bar.setFormat(self.tr("Sida %1 av %2").replace("%1", str(done))
                          .replace("%2", str(total)))
        elif self._busy is not None:
            self._busy.setRange(0, max(total, 1))
            self._busy.setValue(done)

    def _stop_indicator(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None
        if self.progress_bar is not None and alive(self.progress_bar):
            self.progress_bar.hide()

    def _built(self, pdf: bytes) -> None:
        from hmc_desktop.ui.common.print_preview import PrintPreviewDialog

        self._stop_indicator()
        if not alive(self.widget):
            return
        dialog = PrintPreviewDialog(pdf, self.title, self.widget.window(), self.file_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        dialog.print_button.setFocus()
        self.opened.emit(dialog)
        self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._stop_indicator()
        sentence = error_text(exc)
        self.failed.emit(sentence)
        if self.on_failure is not None:
            self.on_failure(sentence)
        elif alive(self.widget):
            box = QMessageBox(QMessageBox.Icon.Warning, self.title, sentence,
                              QMessageBox.StandardButton.Ok, self.widget.window())
            box.setAccessibleName(self.tr("Utskriften gick inte att skapa"))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.deleteLater()


def preview(parent: QWidget, build: Callable[[], bytes], title: str, file_name: str,
            on_failure: Callable[[str], None] | None = None) -> PdfJob:
    """Build (busy indicator) and preview one document."""
    return PdfJob(parent, build, title, file_name, on_failure=on_failure).start()
