"""Install Qt translators for the UI language: ours (resources/translations/unorg_<lang>.qm)
and Qt's own (qtbase_<lang>.qm: standard dialogs and buttons)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from unorg_desktop.paths import resources_dir

log = logging.getLogger("unorg_desktop.translations")
LANGUAGES = ("en", "fr")


def system_language() -> str:
    """``fr`` for any French system locale, else ``en`` (the source language)."""
    name = QLocale.system().name().lower()
    return "fr" if name.startswith("fr") else "en"


def install(app: QApplication, lang: str | None = None) -> str:
    """Load the translators for ``lang`` (default: the system's) and return the language used.
    The translators are kept on the application object so they are not garbage-collected."""
    lang = lang if lang in LANGUAGES else system_language()
    for old in getattr(app, "_unorg_translators", []):
        app.removeTranslator(old)
    translators = []
    ours = QTranslator(app)
    if ours.load(f"unorg_{lang}", str(resources_dir() / "translations")):
        translators.append(ours)
    elif lang != "en":
        log.warning("no translation file for %s", lang)
    if lang != "en":
        from PySide6.QtCore import QLibraryInfo  # Qt's own translations: not for the source language

        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app._unorg_translators = translators
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
    return lang


def interface_language() -> str:
    """The language the interface speaks (set by :func:`install`): ``"fr"`` or ``"en"``."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
