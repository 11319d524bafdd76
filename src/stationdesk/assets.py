"""Packaged data files (translations, icons, fonts), reached through importlib.resources only,
so that a frozen build cannot silently miss one."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A packaged resource below ``stationdesk/resources``."""
    node = files("stationdesk") / "resources"
    for part in parts:
        node = node / part
    return node


def translation_file(locale_name: str) -> Traversable:
    """The compiled Qt translation (.qm) for a locale such as ``zh_CN``."""
    return resource("i18n", f"stationdesk_{locale_name}.qm")


__all__ = ["as_file", "resource", "translation_file"]
