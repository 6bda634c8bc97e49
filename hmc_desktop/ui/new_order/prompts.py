"""The questions the new-order dialog asks before saving, and its two small sub-dialogs.

:class:`NewOrderPrompts` is what the dialog asks; tests give it another object with the
same methods, so no modal question ever blocks a test. :class:`RegisterDeviceDialog`
(an unknown individual number) and :class:`AddOrdererDialog` are ordinary dialogs.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from hmc_desktop.services.registration.registration import ArticleFacts
from hmc_desktop.ui.common.form_dialog import FormDialog
from hmc_desktop.ui.common.formatting import missing_name
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


@dataclass(frozen=True, slots=True)
class DeviceRegistration:
    """What :class:`RegisterDeviceDialog` collected (RegistrationService.register_device's arguments)."""

    individual_no: str
    article_no: str
    holder_name: str = ""
    holder_personnummer: str = ""
    holder_address: str = ""
    holder_phone: str = ""


class _Form(FormDialog):
    def line(self, label: str, accessible: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        self.form.addRow(label, edit)
        return edit

    def ok_enabled(self, enabled: bool) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(enabled)


class AddOrdererDialog(_Form):
    """Ny beställare: name (required), unit and payer number (betalarnummer, W6)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny beställare"), parent)
        self.name = self.line(self.tr("&Namn"), self.tr("Beställarens namn"), "newOrdererName")
        self.unit = self.line(self.tr("&Enhet"), self.tr("Beställarens enhet"), "newOrdererUnit")
        self.payer = self.line(self.tr("&Betalarnummer"), self.tr("Betalarnummer"), "newOrdererPayer")
        self.name.setText(text)
        self.name.textChanged.connect(lambda t: self.ok_enabled(bool(t.strip())))
        self.ok_enabled(bool(text.strip()))

    def value(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.unit.text().strip(), self.payer.text().strip()


class RegisterDeviceDialog(_Form):
    """Registrera hjälpmedel: the article (searched as you type) and the holder, if any."""

    def __init__(self, individual_no: str, find_articles: Callable[[str], list[ArticleFacts]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Registrera hjälpmedel %1").replace("%1", individual_no), parent)
        self.individual_no = individual_no
        self._find = find_articles
        self._request = 0
        note = QLabel(self.tr("Individnumret finns inte i registret. Kontrollera numret på "
                              "hjälpmedlets etikett; stämmer det, registrera hjälpmedlet här."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.search = self.line(self.tr("&Artikel"), self.tr("Sök artikel på nummer eller namn"),
                                "articleSearch")
        self.search.setPlaceholderText(self.tr("Artikelnummer eller del av namnet"))
        self.articles = QListWidget()
        self.articles.setObjectName("articleMatches")
        self.articles.setAccessibleName(self.tr("Artiklar som matchar"))
        self.articles.setMaximumHeight(self.articles.fontMetrics().height() * 7)
        self.form.addRow("", self.articles)
        self.holder = self.line(self.tr("&Brukare"), self.tr("Brukarens namn (tomt: i lager)"),
                                "holderName")
        self.holder.setPlaceholderText(self.tr("Tomt: hjälpmedlet är i lager"))
        self.pnr = self.line(self.tr("&Personnummer"), self.tr("Brukarens personnummer"), "holderPnr")
        self.pnr.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN (frivilligt)"))
        self.address = self.line(self.tr("A&dress"), self.tr("Brukarens adress"), "holderAddress")
        self.address.setPlaceholderText(self.tr("Gata 1, 411 01 Ort"))
        self.phone = self.line(self.tr("&Telefon"), self.tr("Brukarens telefon"), "holderPhone")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.articles.currentItemChanged.connect(lambda *_: self.ok_enabled(self.article_no() != ""))
        self.ok_enabled(False)
        self.search_now()

    def search_now(self) -> None:
        self._request += 1
        request, text = self._request, self.search.text()
        Op(lambda: self._find(text)).success(lambda found: self._found(request, found)).run()

    def _found(self, request: int, found: list[ArticleFacts]) -> None:
        if request != self._request or not alive(self):
            return
        self.articles.clear()
        for a in found:
            item = QListWidgetItem(f"{a.article_no}  {a.name}  ({a.product_group})")
            item.setData(Qt.ItemDataRole.UserRole, a.article_no)
            self.articles.addItem(item)
        if found:
            self.articles.setCurrentRow(0)

    def article_no(self) -> str:
        item = self.articles.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def value(self) -> DeviceRegistration:
        return DeviceRegistration(self.individual_no, self.article_no(), self.holder.text().strip(),
                                  self.pnr.text().strip(), self.address.text().strip(),
                                  self.phone.text().strip())


def _ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setAccessibleName(title)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)  # Enter twice never saves what the person did not mean
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


class NewOrderPrompts:
    """The real questions: modal, each answered with one key."""

    def confirm_incomplete(self, parent: QWidget, missing: list[str]) -> bool:
        text = translate("NewOrder", "Arbetsordern är ofullständig – saknas: %1.\n\nDen kan "
                         "sparas och markeras som ofullständig, men kan inte påbörjas förrän "
                         "det kompletterats.").replace("%1", ", ".join(missing_name(m) for m in missing))
        return _ask(parent, translate("NewOrder", "Ofullständig arbetsorder"), text,
                    translate("NewOrder", "Spara som ofullständig"), translate("NewOrder", "Avbryt"))

    def confirm_duplicate(self, parent: QWidget, individual_no: str, orders: list[str]) -> bool:
        text = translate("NewOrder", "Hjälpmedel %1 har redan en öppen arbetsorder av samma slag: "
                         "%2.\n\nÄr det en ny beställning?").replace("%1", individual_no).replace(
                             "%2", ", ".join(orders))
        return _ask(parent, translate("NewOrder", "Möjlig dubblett"), text,
                    translate("NewOrder", "Spara ändå"), translate("NewOrder", "Avbryt"))

    def offer_device_registration(self, parent: QWidget, individual_no: str) -> bool:
        text = translate("NewOrder", "Inget hjälpmedel har individnummer %1.\n\nRätta numret, "
                         "eller registrera hjälpmedlet om numret stämmer.").replace("%1", individual_no)
        return _ask(parent, translate("NewOrder", "Okänt individnummer"), text,
                    translate("NewOrder", "Registrera hjälpmedlet…"),
                    translate("NewOrder", "Rätta numret"))

    def new_device(self, parent: QWidget, individual_no: str,
                   find_articles: Callable[[str], list[ArticleFacts]]) -> DeviceRegistration | None:
        dialog = RegisterDeviceDialog(individual_no, find_articles, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_orderer(self, parent: QWidget, text: str) -> tuple[str, str, str] | None:
        dialog = AddOrdererDialog(text, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
