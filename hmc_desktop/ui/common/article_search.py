"""Finding by name where a number is asked for: a spare part by its article's name ("Bromsv" →
"R-2002 Bromsvajer rollator"), a device card by its user's name ("Öberg" → "7001 · …").

The field offers what matches the typed text; choosing one (arrows, Enter) puts its number in
the field, as typing the number would. The lookup runs off the GUI thread, a moment after
the last key.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from hmc_desktop.services.registration.model import ArticleFacts
from hmc_desktop.ui.common.ops import Op
from hmc_desktop.ui.common.widgets import alive

PAUSE_MS = 200
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class LookupSearch(QCompleter):
    """Installed on ``field``: its list follows the typed text (when ``wanted(text)``); each
    line is ``label(found)``, starting with the number put in the field when chosen."""

    chosen = Signal(str)  # the number, once it is in the field

    def __init__(self, field: QLineEdit, find: Callable[[str], Sequence[Any]],
                 label: Callable[[Any], str],
                 wanted: Callable[[str], bool] = lambda text: len(text) >= 2) -> None:
        super().__init__(field)
        self.setObjectName(f"{field.objectName()}Search")
        self.field, self.find, self.label, self.wanted = field, find, label, wanted
        self.choices = QStringListModel(self)
        self.setModel(self.choices)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = self.popup()
        if popup is not None:
            popup.setAccessibleName(field.accessibleName())
        field.setCompleter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.look_up)
        field.textEdited.connect(lambda _t: self.timer.start())
        self.activated.connect(self._chosen)
        self.looked_up = 0  # answers shown (tests wait for them)

    def look_up(self) -> Op | None:
        text = self.field.text().strip()
        if not self.wanted(text):
            return None
        find = self.find
        return Op(lambda: list(find(text))).success(
            lambda found: self._show(text, found)).failure(lambda _exc: None).run()

    def _show(self, text: str, found: list[Any]) -> None:
        if not alive(self) or self.field.text().strip() != text:
            return  # typed on meanwhile: a newer answer comes
        self.choices.setStringList([self.label(item) for item in found])
        self.looked_up += 1
        if found and self.field.hasFocus():
            self.complete()

    def _chosen(self, text: str) -> None:
        number = text.split(" ", 1)[0]

        def only_the_number() -> None:  # after QCompleter has put the whole line in
            if alive(self.field):
                self.field.setText(number)
                self.chosen.emit(number)

        QTimer.singleShot(0, only_the_number)


def search_articles(field: QLineEdit,
                    find: Callable[[str], Sequence[ArticleFacts]]) -> LookupSearch:
    """Let ``field`` (an article number) find spare parts by name through ``find``."""
    field.setPlaceholderText(translate("ArticleSearch", "Artikelnummer eller namn"))
    field.setToolTip(translate("ArticleSearch", "Skriv artikelnummer eller en del av namnet, "
                               "t.ex. \"bromsvajer\"; pilarna och Enter väljer"))
    return LookupSearch(field, find, lambda a: f"{a.article_no} {a.name}")
