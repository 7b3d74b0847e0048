"""Reading a source file: bytes (gunzipped by magic), hash, JSON.

The sha256 is of the *decompressed* bytes (what upstream serves); the git blob
id is what manifests and the GitHub tree API list. JSON is parsed with orjson;
text in another encoding (UTF-16, cp1251, ...) is detected and decoded first.

Decompression streams and stops at :data:`MAX_FILE_BYTES` (a gzip bomb — a
2 MB file inflating to gigabytes — is refused after reading at most that
much); a plain file larger than that is refused before it is read.

>>> git_blob_sha1(b"")
'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
>>> len(gunzip(gzip.compress(b"x" * 1000), where="a.gz"))
1000
>>> gunzip(gzip.compress(b"x" * 1000), where="a.gz", limit=999)
Traceback (most recent call last):
...
frontline.errors.FrontlineError: a.gz: inflates to more than 999 bytes (the \
limit for one control-map file; a gzip bomb?)
"""

from __future__ import annotations

import gzip  # noqa: F401 - used by the doctests
import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from ..errors import FrontlineError

# The largest control-map file frontline reads, decompressed: about 10x the
# largest real snapshot (ISW/Nikkei 2023-08-10, 2.9 MB raw; DeepState history
# files are at most 0.7 MB, NZZ 0.9 MB). Anything larger is refused.
MAX_FILE_BYTES = 32 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_STEP = 1 << 20


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
        with open(p, "rb") as fh:  # bounded: /dev/zero or a huge file ends here
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise FrontlineError("no such file", where=str(p)) from None
    except IsADirectoryError:
        raise FrontlineError("is a directory, not a file", where=str(p)) from None
    except OSError as exc:
        raise FrontlineError(f"cannot read: {exc.strerror}", where=str(p)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise FrontlineError(_too_big(MAX_FILE_BYTES, "is"), where=str(p))
    return gunzip(raw, where=str(p))


def _too_big(limit: int, verb: str = "inflates to") -> str:
    return (
        f"{verb} more than {limit:,} bytes (the limit for one control-map file;"
        f"{' a gzip bomb?' if verb != 'is' else ' not a control map?'})"
    )


def gunzip(raw: bytes, *, where: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Decompress gzip bytes (or return non-gzip bytes unchanged).

    Streams member by member and stops as soon as the output passes
    ``limit`` bytes: a FrontlineError, without inflating the rest.
    """
    if raw[:2] != _GZIP_MAGIC:
        if len(raw) > limit:
            raise FrontlineError(_too_big(limit, "is"), where=where)
        return raw
    out = bytearray()
    data = raw
    try:
        while data[:2] == _GZIP_MAGIC:
            inflater = zlib.decompressobj(wbits=31)
            buf = data
            while buf and not inflater.eof:
                out += inflater.decompress(buf, limit + 1 - len(out))
                if len(out) > limit:
                    raise FrontlineError(_too_big(limit), where=where)
                buf = inflater.unconsumed_tail
            if not inflater.eof:
                raise FrontlineError(
                    "corrupt gzip (truncated: the stream ends early)", where=where
                )
            data = inflater.unused_data
    except zlib.error as exc:
        raise FrontlineError(f"corrupt gzip ({exc})", where=where) from None
    if data.strip(b"\x00"):
        raise FrontlineError("corrupt gzip (bytes after the stream)", where=where)
    return bytes(out)


def gzip_size_within(
    path: str | Path, *, where: str, limit: int = MAX_FILE_BYTES
) -> None:
    """Check that a gzip file inflates to at most ``limit`` bytes, streaming
    (nothing kept in memory); for files another library will decompress."""
    inflater = zlib.decompressobj(wbits=31)
    total = 0
    try:
        with open(path, "rb") as fh:
            while block := fh.read(_STEP):
                buf = block
                while buf:
                    if inflater.eof:  # the next gzip member, if any
                        if buf[:2] != _GZIP_MAGIC:
                            return
                        inflater = zlib.decompressobj(wbits=31)
                    total += len(inflater.decompress(buf, _STEP))
                    if total > limit:
                        raise FrontlineError(_too_big(limit), where=where)
                    buf = inflater.unconsumed_tail or (
                        inflater.unused_data if inflater.eof else b""
                    )
    except zlib.error as exc:
        raise FrontlineError(f"corrupt gzip ({exc})", where=where) from None
    except OSError as exc:
        raise FrontlineError(f"cannot read: {exc.strerror}", where=where) from None


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
