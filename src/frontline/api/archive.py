"""The texts of checked documents, kept by content (sha256) so the article view
can show them and corrections can be validated at their offsets; and the full
report of each check run through the API (claims, measurements, evidence).

The ledger stores each document's sha256; this archive maps that hash to the
exact text the claim offsets index. Files are written atomically and named by
the hash of their content, so a stored text can never disagree with it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import orjson

from ..outfiles import write_atomically

_HASH = re.compile(r"^[0-9a-f]{64}$")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TextArchive:
    """Document texts in ``folder`` as ``<sha256>.txt`` (UTF-8), check reports
    as ``<sha256>.report.json``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def put(self, text: str) -> str:
        """Keep ``text``; its sha256."""
        digest = text_sha256(text)
        path = self.folder / f"{digest}.txt"
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            write_atomically(path, lambda tmp: tmp.write_bytes(data), "text archive")
        return digest

    def get(self, digest: str | None) -> str | None:
        """The text with this sha256, or None when it was never archived."""
        if not digest or not _HASH.match(digest):
            return None
        path = self.folder / f"{digest}.txt"
        try:
            return path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put_report(self, digest: str, report: dict[str, Any]) -> None:
        """Keep the latest check report of the text with this sha256."""
        if not _HASH.match(digest):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        data = orjson.dumps(report, default=str)
        path = self.folder / f"{digest}.report.json"
        write_atomically(path, lambda tmp: tmp.write_bytes(data), "report archive")

    def get_report(self, digest: str | None) -> dict[str, Any] | None:
        """The kept report of the text with this sha256, or None."""
        if not digest or not _HASH.match(digest):
            return None
        try:
            return orjson.loads((self.folder / f"{digest}.report.json").read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return None
