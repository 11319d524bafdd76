"""Every shipped language is complete, its placeholders match, and the packaged .qm files are current."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "i18n" / "update.py")
assert _spec and _spec.loader
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(ts: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every message in a .ts file."""
    out = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            out.append((name, message.findtext("source") or "", forms, translation.get("type")))
    return out


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_language_is_complete_with_matching_placeholders(lang: str) -> None:
    messages = _messages(i18n.ts_path(lang))
    assert messages, f"{lang}: no messages"
    problems = []
    for context, source, forms, kind in messages:
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {kind}: {source!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: empty translation of {source!r}")
            elif sorted(set(PLACEHOLDER.findall(form))) != wanted:
                problems.append(f"{context}: placeholders differ: {source!r} -> {form!r}")
    assert not problems, "\n".join(problems)


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """Run lupdate on a copy: a string added to the code without a translation shows up here."""
    copy = tmp_path / "check_zh_CN.ts"
    shutil.copy(i18n.ts_path("zh_CN"), copy)
    i18n.lupdate([copy])
    fresh = {(c, s) for c, s, _, kind in _messages(copy) if kind not in ("obsolete", "vanished")}
    committed = {(c, s) for c, s, _, _ in _messages(i18n.ts_path("zh_CN"))}
    assert fresh == committed, (
        f"run: python i18n/update.py\nnew: {fresh - committed}\ngone: {committed - fresh}"
    )


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_packaged_qm_matches_its_ts(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{lang}.qm"
    i18n.lrelease(i18n.ts_path(lang), fresh)
    assert fresh.read_bytes() == i18n.qm_path(lang).read_bytes(), "run: python i18n/update.py"


def test_simplified_chinese_is_loaded_from_the_package(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from stationdesk.assets import as_file, translation_file

    translator = QTranslator()
    with as_file(translation_file("zh_CN")) as path:
        assert translator.load(str(path))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("messages", "Please enter the name.") == "请输入姓名。"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_string_has_a_context(lang: str) -> None:
    """A tr() lupdate cannot place in a class lands in an empty context, which no lookup at run time
    finds: the string would show in English whatever the language."""
    orphans = [source for context, source, _forms, _type in _messages(i18n.ts_path(lang)) if not context]
    assert orphans == []
