"""Typography and layout normalised at the entry of extraction.

Real web text writes the same words with different characters: a
non-breaking or thin space inside "1 200 км" or after a short word, "„“"
quotes, a modifier-letter apostrophe ("Купʼянськ"), a soft hyphen or a
zero-width space left by a CMS, a line break inside a sentence pasted from a
PDF. The rules are written for plain spaces, one family of quotes and
apostrophes, and sentences on one line; :func:`normalise` brings a text to
that form before anything reads it.

Every change but one is one character for one character, so offsets into
the normalised text are offsets into the original. The exceptions, invisible
characters (soft hyphen, zero-width space/joiners, BOM) and a space after a
space, are deleted; then
:func:`normalise` also returns the map from normalised offsets back to the
original ones, and :func:`to_original` applies it.

Pure: no files, no network.

>>> normalise("1\u00a0200\u2009кв. км біля Купʼянська")
('1 200 кв. км біля Куп’янська', None)
>>> t, back = normalise("Avdi\u00adivka fell.")
>>> t, to_original(back, 0), to_original(back, len(t))
('Avdiivka fell.', 0, 15)
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from ..model import Claim
from .lang import en, ru, uk
from .trace import Drop

# one character for another: unusual spaces -> " ", rare quote, apostrophe
# and dash forms -> the forms the rules know
_ONE_FOR_ONE = str.maketrans(
    {
        **dict.fromkeys(
            "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            "\u2009\u200a\u202f\u205f\u3000",
            " ",
        ),
        "\u02bc": "\u2019",  # modifier letter apostrophe -> ’
        "\u201b": "\u2018",  # ‛ -> ‘
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "\u2013",  # figure dash -> –
        "\u2015": "\u2014",  # horizontal bar -> —
        "\u2028": "\n",  # line separator
        "\u2029": "\n",  # paragraph separator
    }
)
_ODD = re.compile("[" + "".join(map(chr, _ONE_FOR_ONE)) + "]")
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# deleted: invisible characters (and every space after a space: the rules
# read one space between words)
_DELETED = re.compile(f"[{_INVISIBLE}]")
# a line break inside a sentence (a PDF or e-mail wrap): the next line goes
# on in lower case after a line that ends in no full stop, or with a figure
# or a quote after a comma, or in any way after a word
# that never ends a sentence or a headline ("of", "біля", "около")
_WRAP_AFTER = sorted({*en.WRAP_AFTER, *uk.WRAP_AFTER, *ru.WRAP_AFTER}, key=len)
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
_WRAP_WORD = re.compile(rf"(?<![\w'’-])(?:{'|'.join(_WRAP_AFTER[::-1])})$")
_WRAP_NEXT = re.compile(rf"(?:{'|'.join(en.WRAP_BEFORE)})(?![\w'’-])")


def _wrapped(text: str, i: int) -> bool:
    """Whether the line break at ``i`` wraps a sentence (see ``_WRAP_AFTER``)."""
    before = text[max(0, i - 20) : i].rstrip(" \t")
    after = text[i + 1 : i + 8].lstrip(" \t")
    if not before or not after:
        return False
    last, first = before[-1], after[0]
    if first in _LOWER and not last.isspace() and last not in ".!?:;…":
        return True
    if last == "," and (first.isdigit() or first.isupper() or first in '«"“('):
        return True
    if first.isupper() and last.isalpha() and _WRAP_NEXT.match(after):
        return True
    if first.isupper() and last.isalpha() and _body_line(text, i):
        return True
    return not after[0].isspace() and _WRAP_WORD.search(before) is not None


# a line of running text, not a headline: long, and a sentence ends inside it
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"”»’)]? [\"“«(]?[A-ZА-ЯІЇЄҐ]")
_BODY_LINE = 60


def _body_line(text: str, i: int) -> bool:
    """Whether the line that ends at ``i`` is running text (a wrap before a
    capital goes on its sentence: "that they had\nrecaptured", "south of
    Mala\nTokmachka"), told by its length and a sentence end inside it."""
    start = text.rfind("\n", 0, i) + 1
    return (
        i - start >= _BODY_LINE and _SENTENCE_INSIDE.search(text, start, i) is not None
    )


def _unwrap(text: str) -> str:
    """``text`` with its wrapped line breaks read as spaces (length kept)."""
    n = len(text)
    cuts = [
        i
        for i in (m.start() for m in _NEWLINE.finditer(text))
        # speed: a blank line around it is a paragraph break, no wrap
        if 0 < i < n - 1
        and text[i - 1] != "\n"
        and text[i + 1] != "\n"
        and _wrapped(text, i)
    ]
    if not cuts:
        return text
    parts, pos = [], 0
    for i in cuts:
        parts.append(text[pos:i])
        pos = i + 1
    parts.append(text[pos:])
    return " ".join(parts)


_NEWLINE = re.compile("\n")
# Cyrillic text: a spaced hyphen or en dash is the dash its rules read (—)
_SPACED_DASH = re.compile("[-–](?<= [-–])(?= )")


# a line in capitals ("UKRAINE PULLS TROOPS OUT OF AVDIIVKA"): Latin letters
# only, three words or more, no lower-case letter
_CAPS_LINE = re.compile(
    r"(?m)^(?=[^\na-z]*[A-Z]{2}[^\na-z]*$)[^\S\n]*(?:[A-Z0-9]\S*\s+){2,}\S+$"
)
# speed: a line in capitals holds two capitalised words in a row
_CAPS_HINT = re.compile(r"[A-Z][A-Z'’]+ [A-Z][A-Z'’]* [A-Z0-9]")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]*")
_SMALL = frozenset(en.WRAP_AFTER) | {"in", "on", "as", "is", "are", "was", "it"}
# short words that are no acronym
_SHORT = frozenset(
    "out has had new two six ten war key few now not all one his her off got "
    "way day end set top big old say met hit win won may can did see up we "
    "our he she you be do no so if or".split()
)


def _title_word(m: re.Match[str]) -> str:
    """A word of a line in capitals as a title-case headline writes it: small
    words in lower case, other short ones (acronyms: "DPR", "ISW") kept."""
    word = m[0]
    low = word.lower()
    if low in _SMALL and m.start() > 0:
        return low
    if len(word) <= 3 and low not in _SHORT:
        return word
    return word[0] + low[1:]


def _caps_to_title(m: re.Match[str]) -> str:
    line = m[0]
    if re.search(r"[^\x00-\x7f’]", line):
        return line  # Cyrillic or other letters: left as written
    return _CAPS_WORD.sub(_title_word, line)


# typographic double quotes: every form (“”„‟«») becomes the pair the rules
# of the text's script read best: Latin text “ and ”, Cyrillic text « and »
_QUOTE = re.compile("[“”„‟«»]")
# Latin text: a straight quote too, but none of markup (alt="…")
_QUOTE_EN = re.compile('="[^"\n]*"|["“”„‟«»]')
_OPENS_AFTER = " \n\t([{—–-/"
_CYRILLIC = re.compile("[А-яІіЇїЄєҐґЁё]")


def _quotes(text: str, cyrillic: bool) -> str:
    """``text`` with its double quotes in one form, opening and closing kept
    (length kept): « „ ‟ open, » ” close, “ closes a „ and opens otherwise;
    in Latin text a straight quote opens after a space, a line start or a
    bracket and closes otherwise (markup, alt="…", is left as written);
    Cyrillic text keeps its straight quotes."""
    opening, closing = ("«", "»") if cyrillic else ("“", "”")
    low_open = False

    def one(m: re.Match[str]) -> str:
        nonlocal low_open
        ch, i = m[0], m.start()
        if len(ch) > 1:
            return ch  # markup
        if ch in "«„‟" or (ch == "“" and not low_open):
            low_open = ch == "„"
            return opening
        if ch == '"' and (i == 0 or text[i - 1] in _OPENS_AFTER):
            return opening
        low_open = False
        return closing

    return (_QUOTE if cyrillic else _QUOTE_EN).sub(one, text)


def _cyrillic(text: str) -> bool:
    """Whether the text's letters are mostly Cyrillic (its first 2000
    characters)."""
    head = text[:2000]
    cyr = len(_CYRILLIC.findall(head))
    return cyr * 2 > sum(map(str.isalpha, head))


# an HTML character reference left in pasted text ("&nbsp;", "&#8217;",
# "&laquo;"): read as its character, the rest of it deleted like an
# invisible character (so offsets still map back)
_ENTITY = re.compile(r"&(?:#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def _entity(m: re.Match[str]) -> str:
    """An HTML character reference as its one character padded to its
    length with zero-width spaces (deleted next); a reference that is no
    single character is left as written.

    >>> _entity(_ENTITY.search("a&nbsp;b")) == "\u00a0" + "\u200b" * 5
    True
    >>> _entity(_ENTITY.search("&bogus;"))
    '&bogus;'
    """
    ch = html.unescape(m[0])
    if len(ch) != 1 or ch == m[0]:
        return m[0]
    return ch + "\u200b" * (len(m[0]) - 1)


# a sentence split across two paragraphs ("have recaptured\n\nthe village
# of X"): a blank line after a word or a comma, before a word in lower case
_PARAGRAPH_SPLIT = re.compile(
    r"(?<=[\w,])[^\S\n]*\n(?:[^\S\n]*\n)+[^\S\n]*(?=[a-zа-яёіїєґ])"
)


def _join_paragraphs(text: str) -> str:
    """``text`` with the blank lines that split a sentence in two read as
    spaces (length kept; the spaces after the first are deleted next).

    >>> _join_paragraphs("troops took\\n\\nthe village. Then\\n\\nThe end")
    'troops took  the village. Then\\n\\nThe end'
    """
    return _PARAGRAPH_SPLIT.sub(lambda m: " " * len(m[0]), text)


def _kept(text: str) -> list[int]:
    """The offsets of the characters of ``text`` that stay: no invisible
    one, no space after a space (after deletion too)."""
    kept: list[int] = []
    last = ""
    for i, ch in enumerate(text):
        if ch in _INVISIBLE or (ch == " " and last == " "):
            continue
        kept.append(i)
        last = ch
    return kept


# PROBEEN36: a wire's slug glued to its headline by a hyphen, at a line's
# start ("UPDATE 2-Russia says it captured …"): blanked, one space for each
# character (the spaces are then deleted, offsets kept by the map back)
_WIRE_SLUG = re.compile(
    rf"(?m)^[^\S\n]*(?:{en.WIRE_SLUGS})(?:[^\S\n]*\d{{1,2}})?-(?=[A-Z\"“‘'])"
)


def _blank(m: re.Match[str]) -> str:
    """As many spaces as ``m`` has characters."""
    return " " * len(m[0])


def normalise(text: str, lang: str | None = None) -> tuple[str, list[int] | None]:
    """``text`` with its typography and wrapped lines normalised, and the
    map back to the original offsets when characters were deleted (invisible
    ones, a space after a space; None when every offset is unchanged).

    >>> normalise("Russian troops advanced\\nnear the village")
    ('Russian troops advanced near the village', None)
    >>> normalise("HEADLINE\\nThe army said")[0]
    'HEADLINE\\nThe army said'
    >>> normalise("Hostre,&nbsp;the &laquo;army&raquo; said")[0]
    'Hostre, the “army” said'
    """
    back: list[int] | None = None
    if "&" in text and ";" in text:
        text = _ENTITY.sub(_entity, text)
    if _ODD.search(text):
        text = text.translate(_ONE_FOR_ONE)
    if "-" in text:  # speed: no slug without its hyphen
        text = _WIRE_SLUG.sub(_blank, text)
    if "\n\n" in text or "\n " in text:
        text = _join_paragraphs(text)
    if "  " in text or _DELETED.search(text):
        back = [*_kept(text), len(text)]
        text = "".join(text[i] for i in back[:-1])
    cyr: bool | None = None
    if _QUOTE_EN.search(text):
        cyr = lang in ("uk", "ru") if lang in ("en", "uk", "ru") else _cyrillic(text)
        text = _quotes(text, cyr)
    if _SPACED_DASH.search(text):
        if cyr is None:
            cyr = (
                lang in ("uk", "ru") if lang in ("en", "uk", "ru") else _cyrillic(text)
            )
        if cyr:
            text = _SPACED_DASH.sub("—", text)
    if _CAPS_HINT.search(text):
        text = _CAPS_LINE.sub(_caps_to_title, text)
    if "\n" in text:
        text = _unwrap(text)
    return text, back


def to_original(back: list[int] | None, offset: int, end: bool = False) -> int:
    """The original offset of ``offset`` into the normalised text (``end``:
    the offset ends a span, so it lands right after the character before it,
    ahead of any deleted character).

    >>> back = normalise("ab\u200bc")[1]
    >>> to_original(back, 2), to_original(back, 2, end=True)
    (3, 2)
    """
    if back is None:
        return offset
    if end and offset > 0:
        return back[min(offset, len(back) - 1) - 1] + 1
    return back[min(max(offset, 0), len(back) - 1)]


def _apostrophe_as_written(
    name: str,
    original: str,
    normal: str,
    back: list[int] | None,
    span: tuple[int, int],
) -> str:
    """A place name read from the normalised text, with the apostrophe the
    original wrote at its mention nearest to ``span`` ("Купʼянська": the
    scorer reads a modifier-letter apostrophe as a letter, "’" as none).

    >>> text = "Купʼянськ і Куп’янськ"
    >>> _apostrophe_as_written("Куп’янськ", text, normalise(text)[0], None, (0, 9))
    'Купʼянськ'
    """
    if "\u2019" not in name:
        return name
    best: str | None = None
    distance = -1
    at = normal.find(name)
    while at >= 0:
        end = to_original(back, at + len(name), end=True)
        written = original[to_original(back, at) : end]
        if written.replace("\u02bc", "\u2019") == name:
            gap = max(span[0] - at, at - span[1], 0)
            if best is None or gap < distance:
                best, distance = written, gap
        at = normal.find(name, at + 1)
    return best if best is not None else name


def restore(
    claims: list[Claim],
    original: str,
    normal: str,
    back: list[int] | None,
    drops: list[Drop] | None = None,
    first: int = 0,
) -> None:
    """Claims read from ``normal`` told in ``original``'s terms: their spans
    (and those of the drops from ``first`` on) mapped back, and a quote that
    is a slice of the normalised text, and the trigger word found in the
    claim's span, taken from the original, as written, and so are the
    apostrophes of the places' names (other strings stay normalised)."""
    for c in claims:
        a, b = c.char_start, c.char_end
        sliced = c.quote == normal[a:b]
        c.char_start = to_original(back, a)
        c.char_end = to_original(back, b, end=True)
        if sliced:
            c.quote = original[c.char_start : c.char_end]
        trigger = c.extra.get("trigger")
        at = normal.find(trigger, a, b) if isinstance(trigger, str) else -1
        if at >= 0 and trigger:  # the trigger word as written too
            t_end = to_original(back, at + len(trigger), end=True)
            c.extra["trigger"] = original[to_original(back, at) : t_end]
        if "\u02bc" in original:
            c.places = [
                replace(
                    p,
                    name=_apostrophe_as_written(p.name, original, normal, back, (a, b)),
                )
                for p in c.places
            ]
    if back is not None and drops:
        drops[first:] = [
            replace(
                d,
                sentence=to_original(back, d.sentence),
                start=to_original(back, d.start),
                end=to_original(back, d.end, end=True),
            )
            for d in drops[first:]
        ]
