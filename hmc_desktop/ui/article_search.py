"""Finding a spare part by its name: a spare-part field offers the articles whose number starts
with, or whose name contains, what is typed ("Bromsv" → "R-2002 Bromsvajer rollator").

Choosing one (arrows, Enter) puts its article number in the field, as typing the number would;
the lookup runs off the GUI thread, a moment after the last key.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit

from hmc_desktop.services.registration_model import ArticleFacts
from hmc_desktop.ui.ops import Op
from hmc_desktop.ui.widgets import alive

PAUSE_MS = 200
Find = Callable[[str], Sequence[ArticleFacts]]  # text → articles


class ArticleSearch(QCompleter):
    """Installed on ``field``: its list follows the typed text (two letters or more)."""

    def __init__(self, field: QLineEdit, find: Find) -> None:
        super().__init__(field)
        self.setObjectName(f"{field.objectName()}Search")
        self.field, self.find = field, find
        self.choices = QStringListModel(self)
        self.setModel(self.choices)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = self.popup()
        if popup is not None:
            popup.setAccessibleName(field.accessibleName())
        field.setCompleter(self)
        field.setPlaceholderText(self.tr("Artikelnummer eller namn"))
        field.setToolTip(self.tr("Skriv artikelnummer eller en del av namnet, "
                                 "t.ex. \"bromsvajer\"; pilarna och Enter väljer"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.look_up)
        field.textEdited.connect(lambda _t: self.timer.start())
        self.activated.connect(self._chosen)
        self.looked_up = 0  # answers shown (tests wait for them)

    def look_up(self) -> Op | None:
        text = self.field.text().strip()
        if len(text) < 2:
            return None
        find = self.find
        return Op(lambda: list(find(text))).success(
            lambda found: self._show(text, found)).failure(lambda _exc: None).run()

    def _show(self, text: str, found: list[ArticleFacts]) -> None:
        if not alive(self) or self.field.text().strip() != text:
            return  # typed on meanwhile: a newer answer comes
        self.choices.setStringList([f"{a.article_no} {a.name}"
                                    for a in found])
        self.looked_up += 1
        if found and self.field.hasFocus():
            self.complete()

    def _chosen(self, text: str) -> None:
        number = text.split(" ", 1)[0]

        def only_the_number() -> None:  # after QCompleter has put the whole line in
            if alive(self.field):
                self.field.setText(number)

        QTimer.singleShot(0, only_the_number)


def search_articles(field: QLineEdit, find: Find) -> ArticleSearch:
    """Let ``field`` (an article number) find spare parts by name through ``find``."""
    return ArticleSearch(field, find)
