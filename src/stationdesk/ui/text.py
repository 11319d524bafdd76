"""Filling Qt-style %1..%9 placeholders in translated strings (markup stays out of .ts files)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fmt(template: str, *args: object) -> str:
    """``fmt(tr("Locked for %1 s"), 30)``: each %n replaced once, in one pass."""

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(sub, template)
