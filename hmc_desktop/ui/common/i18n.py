"""Interface language: Swedish source strings; English through ``hmc_en.qm``; Qt's own in Swedish.

The source strings in the code are Swedish, so Swedish needs no translator of ours; it
only needs Qt's ``qtbase_sv.qm`` so that Qt's own dialog buttons (OK, Avbryt …) are
Swedish too. English installs ``hmc_desktop/resources/translations/hmc_en.qm``. The choice comes
from ``--lang``, else the saved setting, else Swedish.
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from hmc_desktop.paths import resource_path

log = logging.getLogger(__name__)
LANGUAGES = ("sv", "en")
SETTING = "ui/language"
_installed: list[QTranslator] = []
_current = "sv"


def current_language() -> str:
    """'sv' or 'en': the language the interface was started in."""
    return _current


def saved_language() -> str | None:
    value = QSettings().value(SETTING)
    return str(value) if value in LANGUAGES else None


def save_language(lang: str) -> None:
    """Remember ``lang`` for the next start (the running window keeps its language)."""
    if lang in LANGUAGES:
        QSettings().setValue(SETTING, lang)


def qm_path() -> str:
    return str(resource_path("translations", "hmc_en.qm"))


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for ``lang`` (else the saved one, else Swedish); returns it."""
    global _current
    chosen = lang if lang in LANGUAGES else (saved_language() or "sv")
    uninstall(app)
    if chosen == "en" and _load(app, qm_path(), "hmc_en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        chosen = "sv"
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, f"{qt_dir}/qtbase_sv.qm", "qtbase_sv", required=False)
        corrections = SwedishCorrections(app)  # asked before qtbase_sv (installed later)
        app.installTranslator(corrections)
        _installed.append(corrections)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    _current = chosen
    return chosen


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators :func:`install` put in (tests switch languages back and forth)."""
    global _current
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = "sv"


class SwedishCorrections(QTranslator):
    """Where Qt's own Swedish differs from Swedish usage: qtbase_sv says "Ok" on the dialogs'
    OK button; Språkrådet and every Swedish program write "OK"."""

    FIXES = {("QPlatformTheme", "OK"): "OK", ("QPlatformTheme", "&OK"): "&OK"}

    def translate(self, context: str, source: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null string, not ""): not ours, the next translator (qtbase_sv) answers
        return self.FIXES.get((context, source))


def _load(app: QCoreApplication, path: str, name: str, required: bool = True) -> bool:
    translator = QTranslator(app)
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    if required:
        log.warning("translation %s not found at %s; the interface stays Swedish", name, path)
    return False
