"""Writing a finished document to disk without ever leaving half a file (PDF and xlsx alike)."""

from __future__ import annotations

import os
from pathlib import Path


def write_bytes(path: Path, data: bytes) -> Path:
    """A temporary file next to ``path``, flushed to disk, then renamed over ``path``: a crash or a
    full disk leaves the old file or none, never a truncated one."""
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
