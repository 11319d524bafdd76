"""Every data file the app loads at run time is reachable through importlib.resources, the only way
the code reaches them (assets.py), so a frozen build that missed one fails here, not on a station PC."""

from __future__ import annotations

import ast
from fnmatch import fnmatch
from importlib.resources import files
from pathlib import Path

import stationdesk
from stationdesk.assets import resource, translation_file
from stationdesk.store.revisions import known_revisions
from stationdesk.ui.i18n import LANGUAGE_NAMES

SRC = Path(stationdesk.__file__).parent


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def _resource_calls() -> set[tuple[str, ...]]:
    """The literal arguments of every ``resource(...)`` call in the package."""
    found = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = isinstance(node, ast.Call) and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            )
            if literal and getattr(node.func, "id", None) == "resource" and node.args:  # type: ignore[union-attr]
                found.add(tuple(a.value for a in node.args))  # type: ignore[union-attr]
    return found


def test_every_resource_the_code_names_is_packaged() -> None:
    calls = _resource_calls()
    named = {("fonts", "wqy-microhei.ttc"), ("icons", "stationdesk.png"), ("demo", "station-logo.png")}
    assert named <= calls
    missing = [parts for parts in calls if not resource(*parts).is_file()]
    assert missing == []


def test_every_language_offered_has_its_translation() -> None:
    for language in LANGUAGE_NAMES:
        qm = translation_file(language)
        assert qm.is_file() and qm.read_bytes()[:4] == b"\x3c\xb8\x64\x18", language  # Qt's .qm magic


def test_every_schema_revision_and_alembic_file_is_packaged() -> None:
    migrations = files("stationdesk.store") / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    scripts = [entry.name for entry in (migrations / "versions").iterdir() if entry.name.endswith(".py")]
    held = {name.split("_")[0] for name in scripts}
    assert held == known_revisions() == {f"{n:04d}" for n in range(1, len(held) + 1)}  # none skipped
    assert len(held) >= 11  # 0011: the manager's highlights


def test_no_module_reaches_data_beside_its_own_file() -> None:
    """``__file__`` points into the PYZ archive of a frozen build: data must come through assets.py."""
    users = [p.relative_to(SRC).as_posix() for p in _sources() if "__file__" in p.read_text(encoding="utf-8")]
    assert users == []


def test_the_package_data_declared_for_wheels_covers_the_resources() -> None:
    """pyproject's package-data globs (what a wheel and so the installer build carry) take every file
    under resources/ and the migrations."""
    import tomllib

    root = SRC.parents[1]
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["stationdesk"]
    data = [
        p.relative_to(SRC).as_posix()
        for p in (SRC / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert data and [path for path in data if not any(fnmatch(path, g) for g in globs)] == []
