"""Output files written atomically: a temporary name beside the target, then
a rename, so a failed write never leaves a half-written file (or replaces a
good one).

>>> import tempfile
>>> from pathlib import Path
>>> out = Path(tempfile.mkdtemp()) / "rows.csv"
>>> write_atomically(out, lambda tmp: tmp.write_text("a,b\\n"), "--out").read_text()
'a,b\\n'
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .errors import FrontlineError


def check_target(path: str | Path, where: str) -> Path:
    """``path`` (``~`` expanded) if its directory exists, else a FrontlineError."""
    out = Path(path).expanduser()
    if not out.parent.is_dir():
        raise FrontlineError("directory does not exist", where=where)
    return out


def write_atomically(
    path: str | Path, write: Callable[[Path], object], where: str
) -> Path:
    """Call ``write(tmp)`` then rename ``tmp`` to ``path``; returns ``path``.

    Any error of the writer (OSError, GDAL, arrow, matplotlib ...) becomes a
    one-line :class:`FrontlineError` at ``where``; leftovers are removed.
    """
    out = check_target(path, where)
    tmp = out.with_name(f".{out.stem}.tmp-{os.getpid()}{out.suffix}")
    try:
        tmp.unlink(missing_ok=True)
        write(tmp)
        os.replace(tmp, out)
    except Exception as exc:  # noqa: BLE001 - any writer error is one line
        msg = getattr(exc, "strerror", None) or (str(exc).splitlines() or [""])[0]
        raise FrontlineError(
            f"cannot write: {msg or type(exc).__name__}", where=where
        ) from None
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal")):
            leftover.unlink(missing_ok=True)
    return out
