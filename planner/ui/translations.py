"""The interface's language. UK English is the source text; another language is a compiled Qt
translation, planner_<language>.qm, in the package's translations folder (built from the .ts
files by packaging/build_translations.py; PLANNER_TRANSLATIONS names another folder).
PLANNER_LANGUAGE chooses one ("gd", or "pseudo" for the 40 %-longer test locale); otherwise the system's language is used when there is a file for
it. Dates stay UK style whatever the language."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from planner.core import i18n
from planner.shipped import resource

_installed: list[QTranslator] = []  # kept alive while installed


def folder() -> Path:
    """The package's translations, or the folder PLANNER_TRANSLATIONS names (to try a new one)."""
    chosen = os.environ.get("PLANNER_TRANSLATIONS", "").strip()
    return Path(chosen) if chosen else resource("translations")


def wanted_language() -> str:
    chosen = os.environ.get("PLANNER_LANGUAGE", "").strip()
    return chosen or QLocale.system().name().split("_")[0]


def install(language: str | None = None, where: Path | None = None) -> str | None:
    """Install the translation for ``language`` (default: as above); returns the file loaded, or
    None when the interface stays in UK English (English asked for, or no file for it)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    i18n.use(None)  # the core's and the services' words: UK English unless a translation loads
    language = language or wanted_language()
    if language in ("", "en", "C"):
        return None
    path = (where or folder()) / f"planner_{language}.qm"
    translator = QTranslator()
    if not path.exists() or not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    i18n.use(_translate, translator.language().replace("_", "-") or language)
    return str(path)


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
