"""The main text of a news page, and its metadata, via trafilatura.

Pure: takes the page as a string, opens nothing. The text keeps the article's
paragraphs (one blank line between them) and drops page furniture —
navigation, adverts, related-article headlines and teasers, image alt text and
captions, footers — which must not be read as claims of the article.

The publication date comes, in this order, from ``<meta>`` tags
(``article:published_time`` and kin), ``itemprop="datePublished"``, JSON-LD
``datePublished``, then htmldate's quick search (``<time>`` elements, ...). A
timestamp gives the calendar day as written on the page (its own UTC offset),
since that is the day the article's "yesterday" and "last week" count from.

>>> page = ('<html><head><meta property="article:published_time" '
...         'content="2024-03-12T08:30:00+00:00"><title>T</title></head><body>'
...         '<nav>Home | World</nav><article><p>' + 'A first paragraph. ' * 8 +
...         '</p><p>' + 'A second paragraph. ' * 8 + '</p></article></body></html>')
>>> result = extract_html(page)
>>> result.published.isoformat(), result.text.count("\\n\\n"), "Home" in result.text
('2024-03-12', 1, False)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import htmldate
import lxml.html
import trafilatura
from dateutil import parser as dateparser
from trafilatura.settings import use_config

#: At most this many characters of HTML are parsed (a 50 MB page is cut here).
MAX_HTML_CHARS = 3_000_000
#: Pages whose extracted text is shorter than this are extracted again with
#: recall favoured (short wire items are still news).
MIN_TEXT_CHARS = 200

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "80")
_CONFIG.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
_CONFIG.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")

_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "datepublished",
    "date_published",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_BLANKS = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


@dataclass
class HtmlText:
    """The readable part of a page."""

    text: str
    title: str | None = None
    published: date | None = None
    published_from: str | None = None  # "meta", "json-ld", "htmldate"
    method: str = "trafilatura"  # "trafilatura", "trafilatura-recall", "none"
    html_chars: int = 0  # size of the HTML given
    truncated: bool = False  # only the first MAX_HTML_CHARS were read
    teasers_dropped: int = 0  # "Read also: <link>" paragraphs removed
    lang: str | None = None  # <html lang>, e.g. "uk" (two letters, lower case)
    warnings: list[str] = field(default_factory=list)


def _day(value: Any) -> date | None:
    """The calendar day of an ISO-ish date or timestamp, or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed: datetime = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            parsed = dateparser.parse(text, fuzzy=False)
        except (ValueError, OverflowError, TypeError):
            return None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed.date()


def _json_ld_dates(node: Any) -> list[str]:
    found: list[str] = []
    if isinstance(node, list):
        for item in node:
            found += _json_ld_dates(item)
    elif isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str):
            found.append(value)
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in node:
                found += _json_ld_dates(node[key])
    return found


def page_published(tree: Any) -> tuple[date | None, str | None]:
    """Publication day from meta tags or JSON-LD, and where it was found."""
    wanted = {name: rank for rank, name in enumerate(_DATE_META)}
    best: tuple[int, date] | None = None
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        rank = wanted.get(key.strip().lower())
        if rank is None:
            continue
        day = _day(meta.get("content"))
        if day and (best is None or rank < best[0]):
            best = (rank, day)
    if best:
        return best[1], "meta"
    for el in tree.xpath('//*[@itemprop="datePublished"]'):
        day = _day(el.get("content") or el.get("datetime") or el.text_content())
        if day:
            return day, "meta"
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null")
        except ValueError:
            continue
        for value in _json_ld_dates(data):
            day = _day(value)
            if day:
                return day, "json-ld"
    return None, None


def _cut(html: str) -> str:
    """The first MAX_HTML_CHARS of ``html``, ending before a tag."""
    head = html[:MAX_HTML_CHARS]
    lt = head.rfind("<")
    return head[:lt] if lt > MAX_HTML_CHARS // 2 else head


def _paragraphs(text: str | None) -> str:
    """One blank line between paragraphs, no trailing spaces."""
    lines = [line.strip() for line in _BLANKS.split(text or "")]
    return "\n\n".join(line for line in lines if line)


_TEASER = re.compile(
    r"^\W*(?:read (?:also|more)|see also|related(?: articles?| stories| news)?|"
    r"more on this|also read|читайте (?:також|также|еще|ще)|читай(?:те)? також|"
    r"також читайте|дивіться також|смотрите также|по темі|по теме|"
    r"на тему)\s*[:—–-]",
    re.IGNORECASE,
)
_TEASER_TAGS = ("p", "li", "div", "h2", "h3", "h4", "h5", "h6", "blockquote")


def _leading_text(el: Any) -> str:
    """The first words of ``el``: its own text, else its first descendants'.

    >>> _leading_text(lxml.html.fragment_fromstring(
    ...     "<p><strong>Read also</strong>: <a href='/x'>Headline</a></p>"))
    'Read also: '
    """
    parts = []
    node = el
    for _ in range(4):
        parts.append(node.text or "")
        if "".join(parts).strip() or not len(node) or not isinstance(node[0].tag, str):
            break
        node = node[0]
    if node is not el:
        parts.append(node.tail or "")  # "<strong>Read also</strong>: ..."
    return "".join(parts)[:80]


def prune_teasers(tree: Any) -> int:
    """Remove inline teasers ("Read also: <a>headline</a>") from ``tree``.

    trafilatura keeps such paragraphs inside an article, and their headlines
    read like claims. A block is dropped when it starts with a teaser marker
    and is short: either mostly link text, or at most 200 characters. Returns
    how many blocks were removed.
    """
    doomed = []
    for el in tree.iter(*_TEASER_TAGS):
        if not _TEASER.match(_leading_text(el)):
            continue
        text = el.text_content().strip()
        if len(text) > 300:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        if len(text) <= 200 or links >= 0.5 * len(text):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    return len(doomed)


def page_title(tree: Any) -> str | None:
    """og:title, else the first <h1>, else <title>; whitespace collapsed."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in ("og:title", "twitter:title") and (meta.get("content") or "").strip():
            return " ".join(meta.get("content").split())
    for xpath in ("//h1", "//title"):
        for el in tree.xpath(xpath):
            text = " ".join(el.text_content().split())
            if text:
                return text
    return None


def _htmldate(tree: Any) -> date | None:
    """htmldate's quick search (time elements, URL-less page cues)."""
    try:
        found = htmldate.find_date(
            tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError, AttributeError):
        return None
    return _day(found)


def _has_prose(text: str) -> bool:
    """True when some paragraph reads like a sentence (six words or more)."""
    return any(len(p.split()) >= 6 for p in text.split("\n\n"))


def extract_html(html: str, *, url: str | None = None) -> HtmlText:
    """The main text, title and publication day of an HTML page.

    Never raises on bad markup: a page with no article text gives an empty
    ``text`` and a warning.
    """
    result = HtmlText(text="", html_chars=len(html))
    if len(html) > MAX_HTML_CHARS:
        html = _cut(html)
        result.truncated = True
        result.warnings.append(
            f"page is {result.html_chars / 1e6:.1f} M characters; only the first "
            f"{MAX_HTML_CHARS / 1e6:.0f} M were read"
        )
    html = html.replace("\x00", "")
    try:
        tree = lxml.html.document_fromstring(html) if html.strip() else None
    except (ValueError, lxml.etree.ParserError):
        tree = None
    if tree is None:
        result.method = "none"
        result.warnings.append("no HTML content")
        return result
    result.published, result.published_from = page_published(tree)
    dropped = prune_teasers(tree)
    if dropped:
        result.teasers_dropped = dropped
    common = dict(
        url=url,
        with_metadata=False,
        include_comments=False,
        include_images=False,
        include_tables=False,
        include_links=False,
        config=_CONFIG,
    )
    doc = _extract(tree, favor_precision=True, **common)
    text = _paragraphs(doc.text if doc else None)
    if len(text) < MIN_TEXT_CHARS:
        again = _extract(tree, favor_recall=True, **common)
        text2 = _paragraphs(again.text if again else None)
        if len(text2) > len(text):
            doc, text, result.method = again, text2, "trafilatura-recall"
    if not _has_prose(text):
        text = ""  # menus, labels and buttons: not an article
    result.text = text
    result.title = page_title(tree)
    declared = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower()
    result.lang = declared[:2] if declared[:2].isalpha() else None
    if result.published is None:
        result.published = _htmldate(tree)
        result.published_from = "htmldate" if result.published else None
    if not text:
        result.method = "none"
        result.warnings.append("no article text found on the page (not a news page?)")
    return result


def _extract(tree: Any, **kwargs: Any) -> Any:
    """trafilatura.bare_extraction on the parsed page (it works on a copy)."""
    try:
        return trafilatura.bare_extraction(tree, **kwargs)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
