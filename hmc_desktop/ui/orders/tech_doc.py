"""The technical documentation tab (S2, S5): an order's log, its attachments, and type 9 classification.

All database work runs through :class:`~hmc_desktop.ui.common.ops.Op`; the rules (what a valid
entry is, the 25 MB limit, which orders are classified) live in
:class:`~hmc_desktop.services.orders.techdoc.TechDocService`.
"""

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.types import AttachmentKind
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.techdoc import MAX_MINUTES, TechDoc, TechDocService
from hmc_desktop.ui.common.formatting import attachment_kind_name, scaled_font, status_name
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import (
    DocEntryForm,
    FileChooser,
    MessageBar,
    Opener,
    ValueLabel,
    alive,
    choose_file,
    error_text,
    fill_attachment_table,
    local_time,
    make_table,
    open_with_system,
    write_temp_copy,
)


class TechDocTab(QWidget):
    """One order's technical documentation; :meth:`open_order` chooses the order."""

    deviceRequested = Signal(str)  # the header's device link
    documentationChanged = Signal(str)  # order number: an entry, attachment or class was saved

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 file_chooser: FileChooser | None = None, opener: Opener | None = None) -> None:
        super().__init__(parent)
        self.service = TechDocService(ctx)
        self.read_only = not ctx.user.known  # an unregistered login may read, not write
        self.file_chooser: FileChooser = file_chooser or choose_file
        self.opener: Opener = opener or open_with_system
        self.doc: TechDoc | None = None
        self._request = 0
        self._classes = {"product_fault": self.tr("Produktfel"),
                         "wrong_purpose": self.tr("Använd till fel ändamål"),
                         "lacking_information": self.tr("Bristande information"),
                         "lacking_maintenance": self.tr("Bristande underhåll"),
                         "handling_error": self.tr("Hanteringsfel"), "other": self.tr("Annat")}
        self._build()
        self._set_enabled(False)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = ValueLabel(self.tr("Arbetsorder"))
        self.title.setObjectName("techDocTitle")
        self.title.setFont(scaled_font(self.title, 1.35))
        self.title.setText(self.tr("Ingen arbetsorder vald"))
        self.subtitle = QLabel()
        self.subtitle.setObjectName("techDocDevice")
        self.subtitle.setAccessibleName(self.tr("Hjälpmedel och beskrivning"))
        self.subtitle.setWordWrap(True)
        self.subtitle.linkActivated.connect(self.deviceRequested.emit)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        self.message = MessageBar("techDocMessage", self.tr("Meddelande"))
        outer.addWidget(self.message)

        self.class_row = QWidget()
        row = QHBoxLayout(self.class_row)
        row.setContentsMargins(0, 0, 0, 0)
        class_label = QLabel(self.tr("A&vvikelseklass:"))
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("deviationClassCombo")
        self.class_combo.setAccessibleName(self.tr("Avvikelseklass"))
        self.class_combo.addItem(self.tr("(ej klassad)"), None)
        for code, label in self._classes.items():
            self.class_combo.addItem(label, code)
        self.class_combo.activated.connect(self._classify)
        class_label.setBuddy(self.class_combo)
        row.addWidget(class_label)
        row.addWidget(self.class_combo)
        row.addStretch(1)
        self.class_row.hide()
        outer.addWidget(self.class_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_log())
        splitter.addWidget(self._build_attachments())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

    def _build_log(self) -> QWidget:
        box = QGroupBox(self.tr("Dokumentation"))
        layout = QVBoxLayout(box)
        self.log = make_table("techDocLog", self.tr("Dokumentationslogg"),
                               [self.tr("Tid"), self.tr("Typ"), self.tr("Text"),
                                self.tr("Minuter"), self.tr("Av")])
        self.log.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log.setWordWrap(True)
        layout.addWidget(self.log, 1)
        self.total = QLabel()
        self.total.setObjectName("techDocTotal")
        self.total.setAccessibleName(self.tr("Total tid"))
        layout.addWidget(self.total)

        self.form = DocEntryForm(MAX_MINUTES)
        self.form.submitted.connect(self._save_entry)
        layout.addWidget(self.form)
        return box

    def _build_attachments(self) -> QWidget:
        box = QGroupBox(self.tr("Bilagor"))
        layout = QVBoxLayout(box)
        self.attachment_list = make_table("attachmentList", self.tr("Bilagor"),
                                           [self.tr("Fil"), self.tr("Typ"), self.tr("Storlek"),
                                            self.tr("Tillagd")])
        self.attachment_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachment_list.setWordWrap(False)
        self.attachment_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.attachment_list.itemActivated.connect(lambda _item: self._open_attachment())
        self.attachment_list.itemSelectionChanged.connect(self._update_open_button)
        layout.addWidget(self.attachment_list, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Öppna"))
        self.open_button.setObjectName("attachmentOpenButton")
        self.open_button.setAccessibleName(self.tr("Öppna markerad bilaga"))
        self.open_button.clicked.connect(self._open_attachment)
        self.add_button = QPushButton(self.tr("Lägg till…"))
        self.add_button.setObjectName("attachmentAddButton")
        self.add_button.setAccessibleName(self.tr("Lägg till bilaga"))
        self.add_button.clicked.connect(self._add_attachment)
        # W6: what the file is decides whether the order is complete (a consultation basis,
        # a special-adaptation instruction); chosen before the file, shown in the list.
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("attachmentKind")
        self.kind_combo.setAccessibleName(self.tr("Bilagans typ"))
        for kind in AttachmentKind:
            self.kind_combo.addItem(attachment_kind_name(kind.value), kind.value)
        kind_label = QLabel(self.tr("&Bilagans typ:"))
        kind_label.setBuddy(self.kind_combo)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(kind_label)
        buttons.addWidget(self.kind_combo)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        return box

    # -- loading -------------------------------------------------------------------------------
    def open_order(self, order_no: str) -> None:
        """Load and show the order's documentation (in the background)."""
        number = order_no.strip()
        if number:
            self.message.show_message(self.tr("Hämtar arbetsorder %1 …").replace("%1", number))
            self._run(lambda: self.service.load(number), self._show)

    def reload(self) -> None:
        if self.doc is not None:
            self._run(lambda: self.service.load(self.doc_order), self._show)

    @property
    def doc_order(self) -> str:
        return self.doc.header.order_no if self.doc else ""

    def _run(self, fn: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run ``fn`` in the background; show its result with ``then`` unless a newer request came."""
        self._request += 1
        request = self._request

        def done(result: Any) -> None:
            if alive(self) and request == self._request:
                then(result)

        def failed(exc: BaseException) -> None:
            if alive(self) and request == self._request:
                self._set_busy(False)
                if self.doc is not None:  # a refused classification must not stay selected
                    self.class_combo.setCurrentIndex(
                        max(0, self.class_combo.findData(self.doc.header.deviation_class)))
                self.message.show_message(error_text(exc), "error")

        Op(fn).success(done).failure(failed).run()

    def _show(self, doc: TechDoc) -> None:
        self.message.clear_message()
        self.doc = doc
        h = doc.header
        type_word, device_word = self.tr("Typ"), self.tr("Hjälpmedel")
        self.title.setText(f"{h.order_no} · {type_word} {h.type_code} {h.type_name} · "
                           f"{status_name(h.status).lower()}")
        device = (f'<a href="{escape(h.individual_no)}">{escape(h.individual_no)}</a> '
                  f'{escape(h.article_name or "")}' if h.individual_no else self.tr("Inget hjälpmedel"))
        description_word = self.tr("Beskrivning")
        self.subtitle.setText(f"{device_word}: {device}<br>{description_word}: {escape(h.description)}")
        self.class_row.setVisible(h.classifiable)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(h.deviation_class)))
        self._fill_log(doc)
        fill_attachment_table(self.attachment_list, doc.attachments)
        lacking = [i.split(":", 1)[1] for i in h.incomplete if i.startswith("attachment:")]
        kind = lacking[0] if lacking else AttachmentKind.OTHER.value  # what the order needs
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._update_open_button()
        self._set_busy(False)
        self._set_enabled(True)

    def _fill_log(self, doc: TechDoc) -> None:
        self.log.setRowCount(len(doc.entries))
        for row, e in enumerate(doc.entries):
            cells = (local_time(e.at), self.form.kinds.get(e.kind, e.kind), e.text, str(e.minutes), e.author)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.log.setItem(row, col, item)
        self.log.resizeRowsToContents()  # wrapped texts grow; keep a little air around every row
        minimum = self.log.verticalHeader().defaultSectionSize()
        for row in range(self.log.rowCount()):
            self.log.setRowHeight(row, max(minimum, self.log.rowHeight(row) + 6))
        if doc.entries:
            self.log.scrollToBottom()
        hours, minutes = divmod(doc.total_minutes, 60)
        self.total.setText(self.tr("Total tid: %1 h %2 min").replace("%1", str(hours)).replace(
            "%2", str(minutes)))

    # -- actions -------------------------------------------------------------------------------
    def _write(self, change: Callable[[str], object],
               then: Callable[[TechDoc], None] | None = None) -> None:
        """Run a change to the shown order in the background, then show the order afresh."""
        if self.doc is None:
            return
        order_no = self.doc_order
        self._set_busy(True)

        def work() -> TechDoc:
            change(order_no)
            return self.service.load(order_no)

        self._run(work, then or self._changed)

    def _save_entry(self, kind: str, text: str, minutes: int) -> None:
        self._write(lambda no: self.service.add_entry(no, kind, text, minutes), self._saved_entry)

    def _saved_entry(self, doc: TechDoc) -> None:
        self._changed(doc)
        self.form.reset()

    def _add_attachment(self) -> None:
        path = self.file_chooser(self) if self.doc else None
        if path:
            kind = str(self.kind_combo.currentData())
            self._write(lambda no: self.service.add_attachment_file(no, path, kind))

    def _changed(self, doc: TechDoc) -> None:
        self._show(doc)
        self.documentationChanged.emit(doc.header.order_no)

    def selected_attachment(self) -> int | None:
        row = self.attachment_list.currentRow()
        item = self.attachment_list.item(row, 0) if row >= 0 else None
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return value if isinstance(value, int) else None

    def _open_attachment(self) -> None:
        attachment_id = self.selected_attachment()
        if attachment_id is None:
            return

        def fetch() -> Path:
            return write_temp_copy(*self.service.attachment_content(attachment_id))

        def opened(path: Path) -> None:
            if alive(self) and not self.opener(path):
                self.message.show_message(self.tr("Inget program kunde öppna %1").replace(
                    "%1", path.name), "error")

        def failed(exc: BaseException) -> None:
            if alive(self):
                self.message.show_message(error_text(exc), "error")

        Op(fetch).success(opened).failure(failed).run()

    def _classify(self) -> None:
        cls = self.class_combo.currentData()
        self._write(lambda no: self.service.set_deviation_class(no, cls))

    # -- state ---------------------------------------------------------------------------------
    def _set_enabled(self, enabled: bool) -> None:
        self.log.setEnabled(enabled)
        self.attachment_list.setEnabled(enabled)
        for w in (self.form, self.add_button, self.class_combo, self.kind_combo):
            w.setEnabled(enabled and not self.read_only)
        self._update_open_button()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.form.save_button, self.add_button, self.class_combo):
            w.setEnabled(not busy and self.doc is not None and not self.read_only)

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.selected_attachment() is not None)
