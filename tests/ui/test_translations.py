"""English: every UI string has a finished translation, the .qm matches the .ts, and the
main window (the newer tabs too) is English with ``--lang en``.

A new or changed Swedish UI string fails the first test with a list of what is missing: add
it to ``EN`` in ``tools/translate_en.py`` and run that script.
"""

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMenu

import hmc_desktop
from hmc_desktop.ui.common import i18n, ops
from tests.ui.conftest import AS_OF, settle, wait_loaded

TRANSLATIONS = Path(hmc_desktop.__file__).resolve().parent / "resources" / "translations"
ROOT = Path(__file__).resolve().parents[2]  # the repository: tools/ is not in the package
TS = TRANSLATIONS / "hmc_en.ts"
QM = TRANSLATIONS / "hmc_en.qm"
Key = tuple[str, str, str]  # context, source, disambiguation


def _script() -> ModuleType:
    """translate_en.py (not a package module): its source list and lupdate call."""
    spec = importlib.util.spec_from_file_location("translate_en", ROOT / "tools" / "translate_en.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[Key, ET.Element | None]:
    out: dict[Key, ET.Element | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message.find("translation")
    return out


def _texts(translation: ET.Element | None) -> list[str]:
    """The finished, non-empty English of a message ([] when there is none)."""
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return texts if all(t.strip() for t in texts) else []


def test_every_ui_string_has_finished_english(tmp_path: Path) -> None:
    script = _script()
    if script.tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate not found (it comes with PySide6): the UI strings "
                    "cannot be extracted")
    current_ts = tmp_path / "current.ts"
    script.lupdate(current_ts)
    current = _messages(current_ts)
    assert len(current) > 500  # lupdate really read app.py and hmc_desktop/ui/**/*.py
    committed = _messages(TS)
    missing = sorted(f"{context}: {source!r}" for context, source, comment in current
                     if not _texts(committed.get((context, source, comment))))
    assert not missing, (
        f"{len(missing)} UI string(s) without English in hmc_en.ts; add them to EN in "
        "tools/translate_en.py and run it:\n" + "\n".join(missing))


def test_the_committed_qm_is_compiled_from_the_committed_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    stale = []
    for (context, source, comment), translation in _messages(TS).items():
        texts = _texts(translation)
        if len(texts) == 1:
            got = translator.translate(context, source, comment or None)
            if got != texts[0]:
                stale.append(f"{context}: {source!r} → {got!r}, .ts says {texts[0]!r}")
    assert not stale, "hmc_en.qm is older than hmc_en.ts; run translate_en.py:\n" + "\n".join(
        stale[:20])
    for context, source, english in (
            ("MainWindow", "Arbetsordrar", "Work orders"),
            ("MainWindow", "Individkort", "Device card"),
            ("MainWindow", "Teknisk dokumentation", "Technical documentation"),
            ("MainWindow", "Utskrifter", "Printing"),
            ("MainWindow", "Snabbservice", "Quick service"),
            ("MainWindow", "Uppföljning", "Follow-up"),
            # parent.tr() in a helper is looked up under the parent's class name
            ("PrintPreviewDialog", "Spara som PDF", "Save as PDF"),
            ("BillingExportDialog", "Spara faktureringsunderlag", "Save billing data")):
        assert translator.translate(context, source) == english, (context, source)


def test_english_window_has_english_new_tabs_and_menus(qtbot: Any, ui_db_url: str) -> None:
    app = QApplication.instance()
    assert i18n.install(app, "en") == "en"  # type: ignore[arg-type]
    try:
        window = hmc_desktop.create_main_window(ui_db_url, AS_OF)
        qtbot.addWidget(window)
        window.show()
        wait_loaded(qtbot, window)
        tabs = window.tabs
        titles = {tab.objectName(): tabs.tabText(i) for i in range(tabs.count())
                  if (tab := tabs.widget(i)) is not None}
        assert titles["printingTab"] == "Printing"
        assert titles["quickServiceTab"] == "Quick service"
        assert titles["followUpTab"] == "Follow-up"
        menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        assert [menu.title() for menu in menus] == ["&File", "Work &order", "&View", "&Help"]
        for menu in menus:  # every entry English, and no accelerator letter used twice
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert not [t for t in texts if re.search("[åäöÅÄÖ]", t)], texts
            letters = Counter(found.group(1).lower() for t in texts
                              if (found := re.search(r"&([^&\s])", t)))
            assert not [k for k, n in letters.items() if n > 1], (menu.title(), texts)
        settle()
    finally:
        ops.set_default_failure(None)
        i18n.uninstall(app)  # type: ignore[arg-type]
    window.ctx.db.dispose()
