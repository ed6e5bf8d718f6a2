"""The interface language: the app's own unionclerk_<lang>.qm and Qt's qtbase_<lang>.qm for standard buttons.

Source strings are Simplified Chinese, so Chinese needs no app .qm, only Qt's own translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from unionclerk.core.settings import LANGUAGES

DEFAULT_LANGUAGE = "zh_CN"


def app_translation_file(language: str) -> str:
    # importlib.resources is loaded only for a language other than Chinese, not on every start.
    from unionclerk.resources_path import resource_path

    return str(resource_path("translations", f"unionclerk_{language}.qm"))


class Translators:
    """The translators installed on one application. Keep this object alive as long as the app runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE
        self.loaded: list[str] = []  # what was found, for the log

    def install(self, language: str) -> None:
        """Switch to `language` (a key of core.settings.LANGUAGES); unknown values fall back to Chinese."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.remove()
        self.language = language
        QLocale.setDefault(QLocale(language))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_folder)]
        if language != DEFAULT_LANGUAGE:
            candidates.append((app_translation_file(language), ""))
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder) and self._app.installTranslator(translator):
                self._installed.append(translator)
                self.loaded.append(translator.filePath())

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self.loaded.clear()
