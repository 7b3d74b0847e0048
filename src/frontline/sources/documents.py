"""Documents as users get them: text or HTML files, URLs, stdin, JSON Lines.

:func:`load_documents` turns each INPUT into :class:`Document` objects whose
``text`` is what claim offsets refer to — the file's text as decoded, or for
HTML the main text extracted by :mod:`frontline.sources.html` (boilerplate
gone, paragraphs separated by a blank line).

Bytes are decoded by byte-order mark, then the declared charset (HTTP header or
``<meta charset>``), then strict UTF-8, then charset-normalizer's best guess
(cp1251, KOI8-R, UTF-16, ...). Binary files and undecodable bytes are refused
with a one-line :class:`FrontlineError`; an empty text, a page with no article
text or a huge input gives a per-document warning (``Document.warnings``).

Dates and languages: a value given for one document (a JSON Lines field) wins;
then the caller's ``published``/``lang``; then the page metadata (HTML) or
:func:`frontline.lang.detect_language`.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = path.write_bytes("Війська звільнили село.".encode("cp1251"))
>>> doc = next(load_documents([str(path)], published="2024-03-12"))
>>> doc.id, doc.text, doc.language, doc.published.isoformat(), doc.encoding
('note', 'Війська звільнили село.', 'uk', '2024-03-12', 'cp1251')
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import charset_normalizer
import orjson

from ..errors import FrontlineError
from ..instants import parse_day
from ..lang import LANGUAGES, detect_language
from .html import extract_html
from .web import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch_url

#: Bytes read from one file or stdin (a text or HTML input); the rest is ignored.
MAX_INPUT_BYTES = 64_000_000
#: Characters of text kept per document (claims are looked for in these).
MAX_TEXT_CHARS = 1_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
#: Single-byte codecs (Cyrillic, then Western) tried beside charset-normalizer's
#: guess, which short texts fool (six cp1251 letters look like Big5).
SINGLE_BYTE_CODECS = (
    "cp1251",
    "koi8-u",
    "koi8-r",
    "mac_cyrillic",
    "iso8859-5",
    "cp866",
    "cp1252",
)
_LOWER = re.compile("[a-zà-öø-ÿа-яёіїєґ]")
_UPPER = re.compile("[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")
_LETTER = re.compile(r"[^\W\d_]")
_MIXED_WORD = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[а-яА-ЯёЁіІїЇєЄґҐ])\w+")
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class Document:
    """One document to read claims from.

    ``text`` is what claim offsets (``char_start``/``char_end``) index into.
    """

    id: str
    text: str
    published: date | None = None
    language: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str = ""  # file path, URL, "stdin", or "docs.jsonl:3"
    format: str = "text"  # "text" or "html"
    raw_bytes: int | None = None  # size of the input as read (HTML: the page)
    encoding: str | None = None  # how the bytes were decoded
    extraction: str | None = None  # HTML: trafilatura, trafilatura-recall, none
    published_from: str | None = None  # given, record, meta, json-ld, htmldate
    # a record's "store_date" ("2023-07"): when its stored copy is dated, for a
    # text with no publication day (claims resolve bare month names by it)
    stored: str | None = None
    language_from: str | None = None  # given, record, detected, page
    warnings: list[str] = field(default_factory=list)

    def record(self, *, with_text: bool = True) -> dict[str, Any]:
        """A JSON-ready description (``"record": "document"``)."""
        out: dict[str, Any] = {
            "record": "document",
            "doc_id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "language": self.language,
            "language_from": self.language_from,
            "origin": self.origin,
            "format": self.format,
            "raw_bytes": self.raw_bytes,
            "encoding": self.encoding,
            "extraction": self.extraction,
            "chars": len(self.text),
            "warnings": list(self.warnings),
        }
        if with_text:
            out["text"] = self.text
        return out


# --------------------------------------------------------------------- bytes


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like, or None if it may be text.

    >>> binary_kind(b"%PDF-1.7 ..."), binary_kind("текст".encode("cp1251"))
    ('a PDF file', None)
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def decode_bytes(
    data: bytes, *, declared: str | None = None, where: str | None = None
) -> tuple[str, str]:
    """Decode text or HTML bytes; return ``(text, encoding)``.

    Raises :class:`FrontlineError` for binary or undecodable data.

    >>> decode_bytes("Бахмут".encode("utf-16"))
    ('Бахмут', 'utf-16')
    >>> decode_bytes("Освободили Бахмут и Соледар.".encode("cp1251"))[1]
    'cp1251'
    """
    if not data:
        return "", "utf-8"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="replace"), codec, where)
    kind = binary_kind(data)
    if kind:
        raise FrontlineError(f"{kind}, not text or HTML", where=where)
    head = data[:8192]
    if not declared and head.lstrip()[:1] == b"<":
        match = _META_CHARSET.search(head)
        if match:
            declared = match.group(1).decode("ascii", "replace")
    # Strict UTF-8 first: bytes that decode as UTF-8 almost surely are, even
    # when a page declares windows-1251 (a common mismatch after re-saving).
    candidates = [] if b"\x00" in head else ["utf-8"]
    if declared:
        candidates.append(declared)
    for codec in candidates:
        try:
            return _checked(data.decode(codec), _codec_name(codec), where)
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    guesses = [best.encoding] if best is not None and best.encoding else []
    if b"\x00" not in head:
        guesses += [c for c in SINGLE_BYTE_CODECS if c not in guesses]
    codec = _most_plausible(data[:200_000], guesses)
    if codec is None:
        raise FrontlineError(
            "binary or undecodable bytes (no text encoding fits)", where=where
        )
    return _checked(data.decode(codec, errors="replace"), codec, where)


def _plausibility(text: str) -> float:
    """How much ``text`` reads like en/uk/ru prose (higher is better).

    Mostly-lowercase Latin or Cyrillic letters score; other scripts and words
    mixing Latin and Cyrillic (the marks of a wrong single-byte codec) cost.
    """
    lower = len(_LOWER.findall(text))
    upper = len(_UPPER.findall(text))
    other = len(_LETTER.findall(text)) - lower - upper
    mixed = len(_MIXED_WORD.findall(text))
    return lower + 0.5 * upper - 3 * other - 5 * mixed


def _most_plausible(sample: bytes, codecs_: list[str]) -> str | None:
    """The codec whose decoding of ``sample`` is most plausible (first on ties)."""
    best: tuple[float, str] | None = None
    for codec in codecs_:
        try:
            text = sample.decode(
                codec, errors="ignore" if codec == codecs_[0] else "strict"
            )
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, codec)
    return best[1] if best else None


def _codec_name(codec: str) -> str:
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return codec


def _checked(text: str, codec: str, where: str | None) -> tuple[str, str]:
    """Refuse decoded text that is mostly control characters or U+FFFD."""
    sample = text[:100_000]
    if sample:
        bad = len(_BAD_CHARS.findall(sample))
        if bad > 0.02 * len(sample) + 2:
            raise FrontlineError(
                f"binary or garbled bytes ({bad} control or undecodable characters "
                f"in {len(sample)} read as {codec})",
                where=where,
            )
    return text, _codec_name(codec)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Undo UTF-8 that was once read as cp1251, cp1252 or Latin-1 and saved.

    Returns ``(text, None)`` when there is nothing to repair, else the repaired
    text and the codec it had been misread as. Only a strict round trip that
    reads better (:func:`_plausibility`) counts.

    >>> repair_mojibake("Р—РЎРЈ Р·РІС–Р»СЊРЅРёР»Рё СЃРµР»Рѕ")
    ('ЗСУ звільнили село', 'cp1251')
    >>> repair_mojibake("ЗСУ звільнили село")
    ('ЗСУ звільнили село', None)
    """
    if text.isascii():
        return text, None
    before = _plausibility(text[:20_000])
    for codec in ("cp1251", "cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if fixed != text and _plausibility(fixed[:20_000]) > before:
            return fixed, codec
    return text, None


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document.

    >>> looks_like_html("  <!DOCTYPE html><html>"), looks_like_html("Plain <b> text")
    (True, False)
    """
    return bool(_HTML_START.match(text[:4096]))


# ----------------------------------------------------------------- documents


def _language(
    given: str | None,
    fallback: str | None,
    text: str,
    doc: Document,
    page_lang: str | None = None,
) -> None:
    if given:
        doc.language, doc.language_from = given, "record"
    elif fallback:
        doc.language, doc.language_from = fallback, "given"
    else:
        doc.language, doc.language_from = detect_language(text), "detected"
        if doc.language is None and page_lang in LANGUAGES:
            doc.language, doc.language_from = page_lang, "page"
        if doc.language is None and text.strip():
            doc.warnings.append("language not recognised as en, uk or ru")


def _cap(doc: Document) -> Document:
    if len(doc.text) > MAX_TEXT_CHARS:
        doc.warnings.append(
            f"text is {len(doc.text):,} characters; claims are read from the first "
            f"{MAX_TEXT_CHARS:,} only"
        )
        doc.text = doc.text[:MAX_TEXT_CHARS]
    if not doc.text.strip() and doc.extraction != "none":  # "none" said why
        doc.warnings.append("empty text")
    return doc


def document_from_bytes(
    data: bytes,
    *,
    doc_id: str,
    origin: str,
    html: bool | None = None,
    declared_charset: str | None = None,
    url: str | None = None,
    published: date | None = None,
    lang: str | None = None,
) -> Document:
    """One document from raw bytes (``html=None``: sniff text vs HTML)."""
    text, encoding = decode_bytes(data, declared=declared_charset, where=origin)
    repaired, wrong = repair_mojibake(text)
    if wrong:
        text, encoding = repaired, f"{encoding} (repaired: UTF-8 read as {wrong})"
    if html is None:
        html = looks_like_html(text)
    doc = Document(
        id=doc_id,
        text=text,
        url=url,
        origin=origin,
        raw_bytes=len(data),
        encoding=encoding,
    )
    page_lang = None
    if html:
        page = extract_html(text, url=url)
        page_lang = page.lang
        doc.format, doc.text, doc.title = "html", page.text, page.title
        doc.extraction = page.method
        doc.warnings += page.warnings
        doc.published, doc.published_from = page.published, page.published_from
    if published is not None:
        doc.published, doc.published_from = published, "given"
    _language(None, lang, doc.text, doc, page_lang)
    return _cap(doc)


def _jsonl_documents(
    lines: Iterable[bytes],
    *,
    where: str,
    stem: str,
    published: date | None,
    lang: str | None,
) -> Iterator[Document]:
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        at = f"{where}:{number}"
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise FrontlineError(
                f"not a JSON object ({exc.args[0]})", where=at
            ) from None
        if not isinstance(obj, dict):
            raise FrontlineError("not a JSON object", where=at)
        yield _record_document(
            obj, at=at, default_id=f"{stem}-{number}", published=published, lang=lang
        )


def _record_document(
    obj: dict[str, Any],
    *,
    at: str,
    default_id: str,
    published: date | None,
    lang: str | None,
) -> Document:
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        raise FrontlineError('has neither "text" nor "html"', where=at)
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise FrontlineError(f'"{name}" is not a string', where=at)
    doc_id = obj.get("id")
    doc_id = default_id if doc_id is None or doc_id == "" else str(doc_id)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    doc = Document(id=doc_id, text=text or "", url=url, origin=at)
    page_lang = None
    if text is None:  # only html given: its extracted text is the document
        page = extract_html(html or "", url=url)
        page_lang = page.lang
        doc.format, doc.text, doc.title = "html", page.text, page.title
        doc.extraction, doc.raw_bytes = page.method, len(html or "")
        doc.warnings += page.warnings
        doc.published, doc.published_from = page.published, page.published_from
    else:
        doc.raw_bytes = len(text)
    if published is not None:
        doc.published, doc.published_from = published, "given"
    if obj.get("published"):
        value = obj["published"]
        doc.published = parse_day(str(value), what=f"{at}: published")
        doc.published_from = "record"
    stored = obj.get("store_date")
    if isinstance(stored, str) and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", stored):
        doc.stored = stored
    if isinstance(obj.get("title"), str):
        doc.title = obj["title"]
    given_lang = obj.get("language")
    if given_lang is not None:
        given_lang = str(given_lang).strip().lower() or None
        if given_lang and given_lang not in LANGUAGES:
            doc.warnings.append(f"language {given_lang!r} is not one of en, uk, ru")
    _language(given_lang, lang, doc.text, doc, page_lang)
    return _cap(doc)


def _read_capped(handle: IO[bytes], where: str) -> tuple[bytes, bool]:
    data = handle.read(MAX_INPUT_BYTES + 1)
    return data[:MAX_INPUT_BYTES], len(data) > MAX_INPUT_BYTES


def is_url(value: str) -> bool:
    """True for ``scheme://...`` inputs (only http/https will be fetched)."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value))


def _url_id(url: str) -> str:
    parts = urlsplit(url)
    return (parts.netloc + parts.path).rstrip("/") or url


def load_documents(
    inputs: list[str],
    *,
    published: date | str | None = None,
    lang: str | None = None,
    allow_private: bool = False,
    stdin: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Document]:
    """Documents from each INPUT: a file, a URL, ``-`` (stdin) or a ``.jsonl``.

    Raises :class:`FrontlineError` (one line, naming the input) for inputs that
    cannot be read. Document ids are unique: the JSON Lines ``id``, else the
    file stem, the URL (host and path) or ``stdin``; repeats get ``#2``, ``#3``.
    """
    if isinstance(published, str):
        published = parse_day(published, what="--published")
    if lang is not None:
        lang = lang.strip().lower()
        if lang not in LANGUAGES:
            raise FrontlineError(
                f"--lang {lang!r} is not one of {', '.join(LANGUAGES)}"
            )
    seen: dict[str, int] = {}
    for item in inputs:
        for doc in _documents_of(
            item,
            published=published,
            lang=lang,
            allow_private=allow_private,
            stdin=stdin,
            max_bytes=max_bytes,
            timeout=timeout,
        ):
            count = seen.get(doc.id, 0) + 1
            seen[doc.id] = count
            if count > 1:
                doc.warnings.append(f"id {doc.id!r} repeats; renamed {doc.id}#{count}")
                doc.id = f"{doc.id}#{count}"
            yield doc


def _documents_of(
    item: str,
    *,
    published: date | None,
    lang: str | None,
    allow_private: bool,
    stdin: IO[bytes] | None,
    max_bytes: int,
    timeout: float,
) -> Iterator[Document]:
    if item == "-":
        handle = stdin if stdin is not None else sys.stdin.buffer
        if handle.isatty():
            sys.stderr.write("frontline: reading stdin (end with Ctrl-D)\n")
        data, cut = _read_capped(handle, "stdin")
        if data.lstrip()[:1] == b"{":
            yield from _jsonl_documents(
                data.splitlines(),
                where="stdin",
                stem="stdin",
                published=published,
                lang=lang,
            )
            return
        doc = document_from_bytes(
            data, doc_id="stdin", origin="stdin", published=published, lang=lang
        )
        if cut:
            doc.warnings.append(f"input cut at {MAX_INPUT_BYTES:,} bytes")
        yield doc
        return
    if is_url(item):
        got = fetch_url(
            item, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout
        )
        html = None
        if got.content_type in ("text/html", "application/xhtml+xml"):
            html = True
        elif got.content_type == "text/plain":
            html = False
        doc = document_from_bytes(
            got.body,
            doc_id=_url_id(item),
            origin=item,
            html=html,
            declared_charset=got.charset,
            url=got.final_url,
            published=published,
            lang=lang,
        )
        if got.truncated:
            doc.warnings.append(f"page cut at {max_bytes:,} bytes")
        yield doc
        return
    path = Path(item)
    if not path.exists():
        if re.match(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+/", item):
            raise FrontlineError(
                "no such file; for a web page give the whole URL (https://...)",
                where=item,
            )
        raise FrontlineError("no such file (nor a URL or -)", where=item)
    if path.is_dir():
        raise FrontlineError(
            "is a directory; give files, URLs, - or a .jsonl", where=item
        )
    suffix = path.suffix.lower()
    try:
        if suffix in _JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _jsonl_documents(
                    handle, where=item, stem=path.stem, published=published, lang=lang
                )
            return
        with path.open("rb") as handle:
            data, cut = _read_capped(handle, item)
    except OSError as exc:
        raise FrontlineError(
            f"cannot read: {exc.strerror or exc}", where=item
        ) from None
    html = True if suffix in _HTML_SUFFIXES else None
    doc = document_from_bytes(
        data,
        doc_id=path.stem or item,
        origin=item,
        html=html,
        published=published,
        lang=lang,
    )
    if cut:
        doc.warnings.append(f"input cut at {MAX_INPUT_BYTES:,} bytes")
    yield doc
