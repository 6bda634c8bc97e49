"""Print preview: a built PDF shown with QtPdf, printed on the system printer, saved.

The PDF is built *before* the dialog opens, off the GUI thread (see
:mod:`hmc_desktop.ui.orders.flow_print`); this dialog only shows bytes. Printing renders each
page with pdfium (``QPdfDocument.render``) onto the ``QPrinter``, one page per turn of the
event loop, so the window keeps painting while a long batch goes to the printer.

The two choices a person makes in a system dialog are injectable attributes, so tests
never open a modal dialog: ``save_chooser(parent, suggested_name) -> path | None`` and
``print_chooser(parent, printer) -> bool``.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAccessible, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.safe_files import write_atomically
from hmc_desktop.ui.common.accessible_roles import announce_as
from hmc_desktop.ui.common.screen_fit import fit_to_screen
from hmc_desktop.ui.common.widgets import MessageBar, alive, error_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

MAX_DPI = 300  # a Code 128 module stays >= 3 device pixels; an A4 page is ~35 MB, not ~550 MB
ZOOM_STEP = 1.25

SaveChooser = Callable[[QWidget, str], str | None]
PrintChooser = Callable[[QWidget, QPrinter], bool]


def choose_save_path(parent: QWidget, suggested: str) -> str | None:
    """The system's save dialog (the default :data:`SaveChooser`)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("PrintPreviewDialog", "Spara som PDF"), str(Path.home() / suggested),
        translate("PrintPreviewDialog", "PDF-dokument (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def choose_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog (the default :data:`PrintChooser`)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintPreviewDialog", "Skriv ut"))
    return dialog.exec() == QDialog.DialogCode.Accepted


class PrintPreviewDialog(QDialog):
    """``printPreview``: page navigation, zoom, Skriv ut… (Ctrl+P), Spara som… (Ctrl+S), Esc closes."""

    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # the file written

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None,
                 file_name: str = "dokument.pdf") -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Förhandsgranska – %1").replace("%1", title))
        self.setAccessibleName(self.tr("Förhandsgranskning av %1").replace("%1", title))
        self.pdf = pdf
        self.title = title
        self.file_name = file_name
        self.save_chooser: SaveChooser = choose_save_path
        self.print_chooser: PrintChooser = choose_printer
        self._queue: list[int] = []
        self._painter: QPainter | None = None
        self._printer: QPrinter | None = None
        self._sent = 0

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("printPreviewView")
        announce_as(QPdfView, QAccessible.Role.Document)  # not a generic "client" area
        self.view.setAccessibleName(self.tr("Dokumentets sidor"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)

        outer = QVBoxLayout(self)
        outer.addLayout(self._toolbar())
        outer.addWidget(self.view, 1)
        self.message = MessageBar("printPreviewMessage", self.tr("Meddelande"))
        outer.addWidget(self.message)
        outer.addLayout(self._buttons())
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.document.pageCountChanged.connect(self._page_changed)
        self._page_changed()
        fit_to_screen(self, "printPreview", QSize(900, 1000))  # clipped to the screen

    # -- building -----------------------------------------------------------------------
    def _tool(self, name: str, text: str, tip: str, keys: str, slot: Callable[[], None]
              ) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({native})")
        button.setAccessibleName(tip)
        button.clicked.connect(lambda _c=False: slot())
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(slot)
        return button

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.previous_button = self._tool("previewPrevious", "◀", self.tr("Föregående sida"),
                                          "PgUp", lambda: self.go_to(self.current_page() - 1))
        self.next_button = self._tool("previewNext", "▶", self.tr("Nästa sida"), "PgDown",
                                      lambda: self.go_to(self.current_page() + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPageLabel")
        self.page_label.setAccessibleName(self.tr("Sida"))
        zoom_out = self._tool("previewZoomOut", "−", self.tr("Zooma ut"), "Ctrl+-",
                              lambda: self.zoom(1 / ZOOM_STEP))
        zoom_in = self._tool("previewZoomIn", "+", self.tr("Zooma in"), "Ctrl++",
                             lambda: self.zoom(ZOOM_STEP))
        fit_width = self._tool("previewFitWidth", self.tr("Sidbredd"), self.tr("Anpassa till "
                               "sidbredd"), "Ctrl+2", lambda: self._fit(
                                   QPdfView.ZoomMode.FitToWidth))
        fit_page = self._tool("previewFitPage", self.tr("Hel sida"), self.tr("Visa hela sidan"),
                              "Ctrl+0", lambda: self._fit(QPdfView.ZoomMode.FitInView))
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (zoom_out, zoom_in, fit_width, fit_page):
            bar.addWidget(widget)
        return bar

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Skriv ut…"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.setAccessibleName(self.tr("Skriv ut dokumentet"))
        self.print_button.setToolTip(self.tr("Välj skrivare och skriv ut (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("S&para som…"))
        self.save_button.setObjectName("previewSave")
        self.save_button.setAccessibleName(self.tr("Spara dokumentet som PDF-fil"))
        self.save_button.setToolTip(self.tr("Spara som PDF-fil (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Stäng"))
        close.setObjectName("previewClose")
        close.setAccessibleName(self.tr("Stäng förhandsgranskningen"))
        close.setToolTip(self.tr("Stäng (Esc)"))
        close.clicked.connect(self.reject)
        for keys, slot in (("Ctrl+P", self.print_document), ("Ctrl+S", self.save_as)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        return row

    # -- pages and zoom --------------------------------------------------------------------
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
            self._page_changed()

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)

    def _page_changed(self, *_args: object) -> None:
        if not alive(self.document):  # the document closes (page count 0) as it is destroyed
            return
        n, page = self.page_count(), self.current_page()
        self.page_label.setText(self.tr("Sida %1 av %2").replace("%1", str(page + 1 if n else 0))
                                .replace("%2", str(n)))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < n)

    # -- saving --------------------------------------------------------------------------
    def save_as(self) -> None:
        """Ask where, then write the PDF exactly as built."""
        path = self.save_chooser(self, self.file_name)
        if not path:
            return
        try:
            write_atomically(path, self.pdf)  # a full disk leaves no half PDF
        except OSError as exc:
            self.message.show_message(error_text(exc), "error")
            return
        self.message.show_message(self.tr("Sparad som %1.").replace("%1", path), "info")
        self.saved.emit(path)

    # -- printing -------------------------------------------------------------------------
    def print_document(self) -> None:
        """The system print dialog, then the chosen pages, one per event-loop turn."""
        if self._painter is not None or not self.page_count():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFullPage(True)  # the PDF has its own margins; draw on the whole sheet
        size = self.document.pagePointSize(0)
        printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, self.title))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, self.page_count())
        if not self.print_chooser(self, printer):
            return
        first = printer.fromPage() or 1
        last = min(printer.toPage() or self.page_count(), self.page_count())
        copies = max(1, printer.copyCount()) if not printer.supportsMultipleCopies() else 1
        self._queue = [p - 1 for _ in range(copies) for p in range(first, last + 1)]
        self._printer = printer
        self._painter = QPainter()
        if not self._painter.begin(printer):
            self._painter = None
            self.message.show_message(self.tr("Skrivaren gick inte att använda."), "error")
            return
        self._sent = 0
        self.print_button.setEnabled(False)
        self.message.show_message(self.tr("Skriver ut …"), "info")
        QTimer.singleShot(0, self._print_next)

    def _print_next(self) -> None:
        painter, printer = self._painter, self._printer
        if painter is None or printer is None:
            return
        if self._queue:
            page = self._queue.pop(0)
            if self._sent:
                printer.newPage()
            self._draw(painter, printer, page)
            self._sent += 1
            self.message.show_message(self.tr("Skriver ut sida %1 av %2 …").replace(
                "%1", str(self._sent)).replace("%2", str(self._sent + len(self._queue))), "info")
            QTimer.singleShot(0, self._print_next)
            return
        painter.end()
        self._painter = self._printer = None
        self.print_button.setEnabled(True)
        self.message.show_message(self.tr("%1 sidor skickade till skrivaren.").replace(
            "%1", str(self._sent)), "info")
        self.printed.emit(self._sent)

    def _draw(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        """The page as an image at the printer's resolution (at most :data:`MAX_DPI`),
        scaled into the sheet keeping its proportions, centred."""
        points = self.document.pagePointSize(page)
        dpi = min(printer.resolution(), MAX_DPI)
        image = self.document.render(page, QSize(max(1, round(points.width() * dpi / 72)),
                                                 max(1, round(points.height() * dpi / 72))))
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = min(sheet.width() / image.width(), sheet.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        target = QRectF((sheet.width() - w) / 2, (sheet.height() - h) / 2, w, h)
        painter.drawImage(target, image)
