"""Reading a source file: bytes (gunzipped by magic), hash, JSON.

The sha256 is of the *decompressed* bytes (what upstream serves); the git blob
id is what manifests and the GitHub tree API list. JSON is parsed with orjson;
text in another encoding (UTF-16, cp1251, ...) is detected and decoded first.

>>> git_blob_sha1(b"")
'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from ..errors import FrontlineError


@dataclass
class Document:
    """A parsed source file: the JSON value, its hash and where it came from."""

    data: Any
    sha256: str
    origin: str
    size: int


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, gunzipped if they are gzip (whatever the extension)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise FrontlineError("no such file", where=str(p)) from None
    except IsADirectoryError:
        raise FrontlineError("is a directory, not a file", where=str(p)) from None
    except OSError as exc:
        raise FrontlineError(f"cannot read: {exc.strerror}", where=str(p)) from None
    return gunzip(raw, where=str(p))


def gunzip(raw: bytes, *, where: str) -> bytes:
    """Decompress gzip bytes (or return non-gzip bytes unchanged)."""
    if raw[:2] != b"\x1f\x8b":
        return raw
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise FrontlineError(f"corrupt gzip ({exc})", where=where) from None


def parse_json(data: bytes, *, where: str) -> Any:
    """Parse JSON bytes with orjson; other encodings are detected and decoded."""
    if not data.strip():
        raise FrontlineError("empty file, not JSON", where=where)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        text = _decode_text(data)
        if text is None:
            raise FrontlineError(f"not JSON ({exc})", where=where) from None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise FrontlineError(f"not JSON ({exc})", where=where) from None


def _decode_text(data: bytes) -> str | None:
    """Non-UTF-8 JSON text (UTF-16, cp1251, ...) as str, or None."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    try:
        data.decode("utf-8")
        return None  # valid UTF-8 that is not JSON: no other decoding helps
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def read_document(path: str | Path) -> Document:
    """Read, gunzip, hash and parse one JSON file."""
    data = read_bytes(path)
    where = str(path)
    return Document(parse_json(data, where=where), sha256_hex(data), where, len(data))


def document_from_bytes(raw: bytes, origin: str) -> Document:
    """Like :func:`read_document` for bytes already in memory (downloads)."""
    data = gunzip(raw, where=origin)
    return Document(parse_json(data, where=origin), sha256_hex(data), origin, len(data))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def git_blob_sha1(data: bytes) -> str:
    """Git's blob id of ``data`` (what manifests and the GitHub tree API list)."""
    return hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest()
