"""Writing a printout or an export safely: a half-written file never takes the place of a good one."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_atomically(path: Path, fill: Callable[[IO[bytes]], object]) -> Path:
    """``fill`` a temporary file beside ``path``, flush it to disk, then rename it over ``path``."""
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    """A finished document in memory, written the same safe way."""
    return write_atomically(path, lambda fh: fh.write(data))
