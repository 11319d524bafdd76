"""Keep translations in step with the code: extract strings, fill English, compile .qm files.

    python i18n/update.py              # lupdate -> .ts, English filled, .qm compiled into the package
    python i18n/update.py --zh-tw      # also fill unfinished zh_TW entries from zh_CN with OpenCC
                                       # (s2twp), then review them in pyside6-linguist

Source strings are English; zh_CN is the default language. tests/test_translations.py fails on
unfinished entries, mismatched placeholders, stale .ts or stale .qm files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
PACKAGE = ROOT / "src" / "stationdesk"
QM_DIR = PACKAGE / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW", "en")


def ts_path(lang: str) -> Path:
    return I18N / f"stationdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"stationdesk_{lang}.qm"


def sources() -> list[Path]:
    """Every module that may hold user-visible strings: the UI and the GUI composition root."""
    files = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]
    return [f for f in files if f.exists()]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(targets: list[Path]) -> None:
    args = [_tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, sources()), "-ts"]
    subprocess.run([*args, *map(str, targets)], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _fill(ts: Path, translate) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            results = [translate(source, i) for i in range(len(forms))]
            if any(r is None for r in results):
                continue
            for form, text in zip(forms, results, strict=True):
                form.text = text
        else:
            text = translate(source, 0)
            if text is None:
                continue
            translation.text = text
        del translation.attrib["type"]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def fill_english() -> int:
    return _fill(ts_path("en"), lambda source, _i: source)


# OpenCC's Taiwan phrasing reads some social-work terms as IT words; corrected after conversion.
TRADITIONAL_FIXES = (
    ("社群/村", "社區/村"),  # 社区 is a residential community here, not an online one
    ("物件", "對象"),  # 对象 are people (key targets, 服务对象), not programming objects
    ("型別", "類型"),  # 类型 is a kind (of relief, of partner), not a programming type
    ("社群服務", "社區服務"),
    ("回車", "Enter"),
    ("許可權", "權限"),
    ("併為", "並為"),
    ("只讀", "唯讀"),
    ("賬戶", "帳戶"),
)


def fill_traditional() -> int:
    from opencc import OpenCC

    to_taiwan = OpenCC("s2twp").convert

    def convert(text: str) -> str:
        result = to_taiwan(text)
        for wrong, right in TRADITIONAL_FIXES:
            result = result.replace(wrong, right)
        return result

    simplified: dict[tuple[str | None, str], ET.Element] = {}
    for context in ET.parse(ts_path("zh_CN")).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                simplified[(name, message.findtext("source") or "")] = translation

    tree = ET.parse(ts_path("zh_TW"))
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            origin = simplified.get((name, message.findtext("source") or ""))
            if translation is None or translation.get("type") != "unfinished" or origin is None:
                continue
            forms = origin.findall("numerusform")
            if forms:
                for form in list(translation):
                    translation.remove(form)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = convert(form.text or "")
            else:
                translation.text = convert(origin.text or "")
            del translation.attrib["type"]
            filled += 1
    tree.write(ts_path("zh_TW"), encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--zh-tw", action="store_true", help="fill unfinished zh_TW entries from zh_CN")
    args = parser.parse_args()
    lupdate([ts_path(lang) for lang in LANGUAGES])
    print(f"en: {fill_english()} entries filled")
    if args.zh_tw:
        print(f"zh_TW: {fill_traditional()} entries converted from zh_CN (review them)")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
