"""The recall tab's dialogs: open a campaign, create its orders, release a unit, work an exchange.

Each is a :class:`~hmc_desktop.ui.orders.flow_forms.FlowDialog`: one service call off the GUI thread,
a refusal shown as the service's sentence, the dialog left open to correct it.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.recall import RecallAction, parse_individual_numbers
from hmc_desktop.services.recalls.campaigns import ExchangeOutcome, RecallService
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive, day_of, error_text
from hmc_desktop.ui.orders.flow_forms import FlowDialog, note_label, on_enter, text_edit
from hmc_desktop.ui.recalls.model import action_name

FileChooser = Callable[[QWidget], str | None]
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def choose_list_file(parent: QWidget) -> str | None:
    """The system's open dialog for a list of individual numbers (the default chooser)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("NewRecallDialog", "Lista med individnummer"), str(Path.home()))
    return path or None


def _action_combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for action in RecallAction:
        combo.addItem(action_name(action.value), action.value)
    return combo


class NewRecallDialog(FlowDialog):
    """``newRecallDialog`` (R1): article, title, action, the notice's reference, and optionally a
    delivery range and/or individual numbers — scanned one by one or read from a file."""

    def __init__(self, service: RecallService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny återkallelse"), parent, self.tr("&Öppna återkallelsen"),
                         self.tr("Ny återkallelse (säkerhetsmeddelande)"))
        self.setObjectName("newRecallDialog")
        self.service = service
        self.file_chooser: FileChooser = choose_list_file
        self.article = self._line("recallArticle", self.tr("Artikelnummer"))
        self.title_edit = self._line("recallTitle", self.tr("Rubrik: vad är fel"))
        self.action = _action_combo("recallAction", self.tr("Åtgärd"))
        self.reference = self._line("recallReference", self.tr("Meddelandets referens"))
        self.reference.setPlaceholderText(self.tr("T.ex. tillverkarens FSN-nummer"))
        self.by_date = QCheckBox(self.tr("Bara levererade &mellan"))
        self.by_date.setObjectName("recallByDate")
        self.by_date.setAccessibleName(self.tr("Avgränsa med leveransdatum"))
        self.start, self.end = self._date("recallFrom"), self._date("recallTo")
        self.start.setAccessibleName(self.tr("Levererade från och med"))
        self.end.setAccessibleName(self.tr("Levererade till och med"))
        dates = QHBoxLayout()
        for widget in (self.by_date, self.start, QLabel("–"), self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.by_date.toggled.connect(self.start.setEnabled)
        self.by_date.toggled.connect(self.end.setEnabled)
        self.form.addRow(self.tr("&Artikelnummer"), self.article)
        self.form.addRow(self.tr("&Rubrik"), self.title_edit)
        self.form.addRow(self.tr("Å&tgärd"), self.action)
        self.form.addRow(self.tr("Re&ferens"), self.reference)
        self.form.addRow(self.tr("Leverans"), dates)
        self.body.addLayout(self._list_box())
        self.body.addWidget(note_label(self.tr(
            "Alla hjälpmedel av artikeln omfattas, eller de som avgränsas ovan. Hjälpmedel i "
            "lager, återlämnade, under rekonditionering och på verkstaden spärras direkt.")))
        self.article.setFocus()

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate.currentDate())
        edit.setEnabled(False)
        return edit

    def _list_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        label = QLabel(self.tr("Bara dessa &individnummer (skanna ett i taget, Enter lägger till):"))
        self.scan = self._line("recallScan", self.tr("Skanna individnummer"))
        label.setBuddy(self.scan)
        on_enter(self.scan, self.add_scanned)
        self.numbers = QListWidget()
        self.numbers.setObjectName("recallList")
        self.numbers.setAccessibleName(self.tr("Individnummer i återkallelsen"))
        self.numbers.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.load_button = QPushButton(self.tr("Läs in fi&l…"))
        self.load_button.setObjectName("recallLoadFile")
        self.load_button.setAccessibleName(self.tr("Läs in individnummer från fil"))
        self.load_button.clicked.connect(self.load_file)
        self.remove_button = QPushButton(self.tr("Ta &bort"))
        self.remove_button.setObjectName("recallRemove")
        self.remove_button.setAccessibleName(self.tr("Ta bort markerat individnummer"))
        self.remove_button.clicked.connect(self._remove)
        self.count = QLabel()
        self.count.setObjectName("recallListCount")
        row = QHBoxLayout()
        row.addWidget(self.scan, 1)
        row.addWidget(self.load_button)
        row.addWidget(self.remove_button)
        box.addWidget(label)
        box.addLayout(row)
        box.addWidget(self.numbers)
        box.addWidget(self.count)
        self._counted()
        return box

    # -- the list ---------------------------------------------------------------------------
    def listed(self) -> list[str]:
        return [self.numbers.item(i).text() for i in range(self.numbers.count())]

    def add_numbers(self, numbers: list[str]) -> None:
        have = set(self.listed())
        for number in numbers:
            if number not in have:
                self.numbers.addItem(number)
                have.add(number)
        self._counted()

    def add_scanned(self) -> None:
        self.add_numbers(parse_individual_numbers([self.scan.text()]))
        self.scan.clear()

    def load_file(self) -> None:
        path = self.file_chooser(self)
        if not path:
            return
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            self.show_refusal(error_text(exc))
            return
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        self.add_numbers(parse_individual_numbers(text.splitlines()))

    def _remove(self) -> None:
        for item in self.numbers.selectedItems():
            self.numbers.takeItem(self.numbers.row(item))
        self._counted()

    def _counted(self) -> None:
        n = self.numbers.count()
        self.count.setText(self.tr("Ingen lista: hela artikeln") if not n
                           else self.tr("%1 individnummer").replace("%1", str(n)))

    # -- submitting ---------------------------------------------------------------------------
    def submit(self) -> None:
        article, title = self.article.text(), self.title_edit.text()
        action = RecallAction(str(self.action.currentData()))
        reference = self.reference.text()
        start = day_of(self.start.date()) if self.by_date.isChecked() else None
        end = day_of(self.end.date()) if self.by_date.isChecked() else None
        listed = self.listed() or None
        service = self.service
        self.run(lambda: service.create(article, title, action=action, reference=reference,
                                        delivered_from=start, delivered_to=end,
                                        individuals=listed),
                 busy_text=self.tr("Söker hjälpmedlen och spärrar dem i lager …"))


class OrdersDialog(FlowDialog):
    """``recallOrdersDialog`` (R4): the action, then one order per unit with a user, with a
    progress bar; the window stays usable meanwhile."""

    def __init__(self, service: RecallService, campaign_id: int, default: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Skapa arbetsordrar"), parent, self.tr("&Skapa arbetsordrar"),
                         self.tr("Återkallelse %1: en arbetsorder per hjälpmedel hos brukare")
                         .replace("%1", str(campaign_id)))
        self.setObjectName("recallOrdersDialog")
        self.service, self.campaign_id = service, campaign_id
        self.action = _action_combo("recallOrdersAction", self.tr("Åtgärd"))
        self.action.setCurrentIndex(max(0, self.action.findData(default)))
        self.form.addRow(self.tr("Å&tgärd"), self.action)
        self.form.addRow(note_label(self.tr(
            "Varje hjälpmedel hos en brukare som ännu inte har en arbetsorder i återkallelsen får "
            "en (typ 2, hos brukaren). Vid byte skapas också en hämtorder; ersättningen lämnas ut "
            "när arbetsordern utförs. Att köra igen skapar inga dubbletter.")))
        self.progress = QProgressBar()
        self.progress.setObjectName("recallOrdersProgress")
        self.progress.setAccessibleName(self.tr("Förlopp"))
        self.progress.hide()
        self.body.addWidget(self.progress)
        self.created: int | None = None
        self.action.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        action = RecallAction(str(self.action.currentData()))
        service, cid = self.service, self.campaign_id
        self.busy = True
        self.ok_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.show_message(self.tr("Skapar arbetsordrar …"), "info")
        Op(lambda report: service.create_orders(cid, action, report), with_progress=True) \
            .progress(self._progressed).success(self._created).failure(self._failed).run()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if alive(self):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("%1 av %2").replace("%1", str(done))
                                    .replace("%2", str(total)))

    def _created(self, created: int) -> None:
        if not alive(self):
            return
        self.busy = False
        self.created = created
        self.progress.hide()
        self.message.show_message(self.tr("%1 arbetsordrar skapade.").replace("%1", str(created))
                                  if created else
                                  self.tr("Inga nya arbetsordrar: alla hjälpmedel hos brukare "
                                          "har redan en."), "info")
        self.cancel_button.setText(self.tr("Stäng"))
        self.cancel_button.setFocus()
        self.succeeded.emit(created)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        super()._failed(exc)


class ReleaseDialog(FlowDialog):
    """``recallReleaseDialog`` (D2, R4): a technician releases a unit, with a reason."""

    def __init__(self, service: RecallService, campaign_id: int, individual_no: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Häv spärr"), parent, self.tr("&Häv spärren"),
                         self.tr("Häv spärren på %1 (återkallelse %2)").replace(
                             "%1", individual_no).replace("%2", str(campaign_id)))
        self.setObjectName("recallReleaseDialog")
        self.service, self.campaign_id, self.individual_no = service, campaign_id, individual_no
        self.reason = text_edit(self.tr("Orsak"), 3)
        self.reason.setObjectName("recallReleaseReason")
        self.reason.setPlaceholderText(self.tr("Vad gjordes? T.ex. bromsvajern bytt enligt "
                                               "tillverkarens anvisning"))
        self.form.addRow(self.tr("&Orsak"), self.reason)
        self.reason.setFocus()

    def submit(self) -> None:
        service, cid, number = self.service, self.campaign_id, self.individual_no
        reason = self.reason.toPlainText()
        self.run(lambda: service.release(cid, number, reason))


class ExchangeDialog(FlowDialog):
    """``recallExchangeDialog`` (R4, S2): the replacement goes to the user, the order completes."""

    def __init__(self, service: RecallService, order_no: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Byt ut"), parent, self.tr("&Lämna ut ersättningen"),
                         self.tr("Arbetsorder %1: ersättningshjälpmedel till brukaren")
                         .replace("%1", order_no))
        self.setObjectName("recallExchangeDialog")
        self.service, self.order_no = service, order_no
        self.replacement = QLineEdit()
        self.replacement.setObjectName("recallReplacement")
        self.replacement.setAccessibleName(self.tr("Ersättningens individnummer"))
        self.replacement.setPlaceholderText(self.tr("Tomt: första likvärdiga i lager"))
        self.form.addRow(self.tr("&Ersättning"), self.replacement)
        self.form.addRow(note_label(self.tr(
            "Ett spärrat hjälpmedel lämnas inte ut. Det återkallade hämtas enligt hämtordern och "
            "spärras när det kommer tillbaka.")))
        self.replacement.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        service, order_no = self.service, self.order_no
        wanted = self.replacement.text().strip() or None

        def work() -> ExchangeOutcome:
            return service.exchange(order_no, wanted)

        self.run(work)
