"""Languages: installing StationDesk's and Qt's own translations, and naming roles and languages.

Imported before the login dialog appears, so it stays light (PySide6, assets, domain enums only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from stationdesk.assets import as_file, translation_file
from stationdesk.domain.roles import Role

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGE_NAMES: dict[str, str] = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
"""Each language named in itself (never translated), in the order the settings list them."""

_installed: list[QTranslator] = []


def choose_language(requested: str | None, saved: str | None) -> str:
    """The command line wins, then the saved setting, then Simplified Chinese."""
    for candidate in (requested, saved):
        if candidate in LANGUAGE_NAMES:
            return candidate
    return DEFAULT_LANGUAGE


def _load_app_translation(language: str) -> QTranslator | None:
    resource = translation_file(language)
    if not resource.is_file():
        return None
    translator = QTranslator()
    with as_file(resource) as path:
        return translator if translator.load(str(path)) else None


def _load_qt_translation(language: str) -> QTranslator | None:
    translator = QTranslator()
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", directory) else None


def install_translators(language: str) -> str:
    """Install the translations for ``language`` (replacing earlier ones); returns the language used.

    A missing StationDesk .qm leaves the English source texts, which is the whole of "en".
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    language = choose_language(language, None)
    remove_translators()
    for translator in (_load_qt_translation(language), _load_app_translation(language)):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return language


def remove_translators() -> None:
    """Back to the English source texts (tests, and before installing another language)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def role_label(role: Role) -> str:
    """A role as the user reads it (站长/管理员, 社工/接待, 培训师, 只读)."""
    labels = {
        Role.ADMIN: QCoreApplication.translate("roles", "Administrator"),
        Role.STAFF: QCoreApplication.translate("roles", "Social worker"),
        Role.TRAINER: QCoreApplication.translate("roles", "Trainer"),
        Role.VIEWER: QCoreApplication.translate("roles", "Read only"),
    }
    return labels[role]
