"""Fitting a text into a box on a drawn page: the largest size that fits, wrapped onto a few lines.

Badges and certificates draw straight onto the canvas, where nothing wraps or shrinks by itself:
a long unit (平湖市当湖街道社会工作服务中心) or name (阿依古丽·买买提) must still fit its box.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

BREAKS = " ·・-/（("
LEADING = 1.2


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[str, ...]

    @property
    def leading(self) -> float:
        return self.size * LEADING

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width`` (a single character wider than it stays alone): broken after a
    space or a separator when one is near, else between any two characters (as Chinese is)."""
    lines: list[str] = []
    rest = text.strip()
    while rest:
        end = len(rest)
        while end > 1 and stringWidth(rest[:end], font, size) > width:
            end -= 1
        if end < len(rest):
            soft = max(rest.rfind(ch, 0, end) for ch in BREAKS)
            if soft >= end // 2:
                end = soft + 1
        lines.append(rest[:end].strip())
        rest = rest[end:].strip()
    return lines


def fit(
    text: str,
    font: str,
    width: float,
    height: float,
    largest: float,
    smallest: float,
    max_lines: int = 2,
    one_line_down_to: float = 0.6,
) -> Fitted:
    """The largest size from ``largest`` down to ``smallest`` at which ``text`` fits ``width`` ×
    ``height`` in at most ``max_lines`` lines. One line is preferred down to ``one_line_down_to`` ×
    ``largest`` (a name shrinks a little before it breaks); at the smallest size, what fits, the
    last line cut short with an ellipsis."""
    for lines_allowed, floor in ((1, max(smallest, largest * one_line_down_to)), (max_lines, smallest)):
        size = largest
        while size >= floor:
            lines = wrap(text, font, size, width)
            if len(lines) <= lines_allowed and len(lines) * size * LEADING <= height:
                return Fitted(size, tuple(lines))
            size -= 0.5
    size = smallest
    lines = wrap(text, font, size, width)
    room = max(1, min(max_lines, int(height // (size * LEADING))))
    if len(lines) > room:
        lines = lines[:room]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return Fitted(size, tuple(lines))
