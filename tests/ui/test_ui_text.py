"""What the interface says: Swedish usage, no rule ids, one program name in the title, and a
language menu that tells the truth after a switch."""

import html
import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hmc_desktop.ui.common import i18n
from tests.ui.conftest import settle

TS = Path(__file__).parents[2] / "hmc_desktop" / "resources" / "translations" / "hmc_en.ts"
RULE_ID = re.compile(r"\((?:[A-Z]{1,3}\d+(?:[,–\-] ?[A-Z]{0,3}\d+)*)\)")  # "(P1)", "(W5–W7)"


def test_no_rule_ids_in_the_interface_text():
    """The DOMAIN rule ids ("(P1)", "(W7)") are for the code and its tests, not for users."""
    ts = TS.read_text(encoding="utf-8")
    texts = [html.unescape(t) for t in re.findall(r"<(?:source|translation)>([^<]*)<", ts)]
    assert [t for t in texts if RULE_ID.search(t)] == []


def test_the_ok_button_says_ok_in_swedish(qapp):
    """qtbase_sv writes "Ok"; Swedish usage (Språkrådet) is "OK"."""
    app = QApplication.instance()
    i18n.install(app, "sv")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        texts = [b.text().replace("&", "") for b in box.buttons()]
        assert "OK" in texts and "Avbryt" in texts, texts
    finally:
        i18n.uninstall(app)


def test_title_names_the_program_once_and_the_language_menu_follows_a_switch(qtbot, window):
    assert "HMC" not in window.windowTitle()  # the platform adds "— HMC" after it
    action = window.findChild(QAction, "actionLanguage")
    assert action.text().replace("&", "") == "Byt språk till engelska"
    action.trigger()
    assert i18n.saved_language() == "en"
    assert action.text() == "Byt språk till svenska (engelska vid nästa start)"
    assert "Engelska" in window.statusBar().currentMessage()
    action.trigger()  # changed one's mind: back to Swedish, as the window is
    assert i18n.saved_language() == "sv"
    assert action.text().replace("&", "") == "Byt språk till engelska"
    settle()
