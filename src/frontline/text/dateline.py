"""The dateline of a news text: the date it opens with ("KYIV, 21 August 2023 —",
"20.11.2024", "Aug. 21, 2023", "21 серпня 2023"), used as its publication date
when none is given.

Only the first :data:`HEAD_CHARS` characters are read: a date later in the
text is about something else. Pure: text in, date out.

>>> dateline("KYIV, 21 August 2023 (Reuters) - Ukraine's forces ...")
datetime.date(2023, 8, 21)
>>> dateline("20.11.2024. Сили оборони ...")
datetime.date(2024, 11, 20)
>>> dateline("WASHINGTON, Aug. 21, 2023 — ...")
datetime.date(2023, 8, 21)
>>> dateline("Our bakery opened in 1998.") is None
True
>>> title_date("Front Line Update, March 11, 2025")
datetime.date(2025, 3, 11)
>>> title_date("Troops took the village on March 11, 2025, officials said") is None
True
>>> statement_dateline("KYIV, March 3 (Reuters) - Troops took X.", date(2025, 3, 4))
datetime.date(2025, 3, 3)

A dateline also tells where the story was filed (:func:`dateline_place`): the
place "the town", "місто", "город" may point back to, never a claim's own.

>>> dateline_place("TORETSK, Ukraine (Reuters) - Fighting raged in the town.").name
'Toretsk'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .lang import en
from .periods import (
    _EN_MONTH,
    _RU_MONTH_GEN,
    _UK_MONTH_GEN,
    _month_number,
    _recent_year,
)

HEAD_CHARS = 300
_MONTH = f"(?:{_EN_MONTH}|{_UK_MONTH_GEN}|{_RU_MONTH_GEN})".replace("?P<mon>", "?:")
_PATTERNS = (  # (regex, order of the groups: d/m/y)
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy"),
    (re.compile(rf"\b(\d{{1,2}})\s+({_MONTH}),?\s+(\d{{4}})", re.I), "dmy"),
    (re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I), "mdy"),
)


def _month(word: str) -> int | None:
    """The month number of a written month (any of en/uk/ru), else None."""
    if word.isdigit():
        return int(word)
    return _month_number(word)


def dateline(text: str) -> date | None:
    """The earliest date written in the text's head, or None."""
    head = text[:HEAD_CHARS]
    found: list[tuple[int, date]] = []
    for rx, order in _PATTERNS:
        for m in rx.finditer(head):
            parts = dict(zip(order, m.groups(), strict=True))
            month = _month(parts["m"])
            try:
                day = date(int(parts["y"]), month or 0, int(parts["d"]))
            except ValueError:
                continue
            found.append((m.start(), day))
    return min(found)[1] if found else None


_TITLE_END = re.compile(r"[\s.,;:)\]]*(?:року|р\.|года|г\.)?[\s.)\]]*$")
# speed: every date pattern ends in a digit, so a title whose end (less the
# closing words _TITLE_END takes) is no digit names no day: one scan, not four
_TITLE_DIGIT_END = re.compile(r"\d" + _TITLE_END.pattern)


def title_date(line: str) -> date | None:
    """The date a title line ends with ("Daily Assessment, March 11, 2025",
    "Зведення станом на 11 березня 2025 року"): the day the report is about,
    else None. A date followed by more words is an event, not the title's."""
    last: tuple[int, date] | None = None
    if _TITLE_DIGIT_END.search(line) is None:
        return None
    for rx, order in _PATTERNS:
        for m in rx.finditer(line):
            if not _TITLE_END.fullmatch(line[m.end() :]):
                continue
            parts = dict(zip(order, m.groups(), strict=True))
            try:
                day = date(int(parts["y"]), _month(parts["m"]) or 0, int(parts["d"]))
            except ValueError:
                continue
            last = (m.start(), day)
    return last[1] if last else None


# A story's dateline or header line, the day its news was told: "KYIV, March
# 3 (Reuters) -", "MOSCOW, March 3 (AP) —", "Kyiv, 3 March 2025.", "Monday,
# March 3, 2025 -", "КИЇВ, 3 березня —", "МОСКВА, 3 марта. /ТАСС/.",
# "Published: 3 March 2025 18:40", "18:40, 3 березня 2025", "Monday, March 3,
# 2025 6:40 PM" (CONVENTIONS: an explicit statement date)
_HEADER = (
    r"(?:published|updated|posted|опубліковано|оновлено|опубликовано|обновлено)"
    r"\s*:?\s*"
)
_PLACE = r"(?P<place>[A-ZА-ЯІЇЄҐ][\w .'’/-]{1,30}?),\s*"  # "KYIV, ", "Monday, "
_DAY_MONTH = rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})"
_NUMERIC = r"(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4})"
_TIME = r"\d{1,2}[:.]\d{2}"
_STATEMENT_LINE = re.compile(
    rf"[ \t]*(?:{_HEADER}|{_PLACE})?(?:{_TIME},?\s+)?(?:{_DAY_MONTH}|{_NUMERIC})"
    r"(?:,?\s+(?P<y>\d{4}))?(?:\s*(?:року|р\.|года|г\.))?"
    # "18:40", "6:40 PM", "18:40 GMT+2", "10:15 a.m. ET"
    rf"(?:,?\s+(?:at\s+)?{_TIME}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|EET|EEST|CET|CEST|MSK|МСК|BST|ET|EST|EDT)(?:\s?[+-]\d{1,2})?)?)?"
    # what closes a dateline: "(Reuters) -", "—", ". /ТАСС/.", "|", the end;
    # a stop before a lower-case word or a year is a shortened month's ("12
    # сент. российские войска …", "12 авг. 2024 г. …"), inside the sentence
    r"\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:[-–—|•]|\.(?=\s)(?!\s+(?:(?-i:[a-zа-яёіїєґ])|\d{4}\b))|$)",
    re.IGNORECASE | re.MULTILINE,
)
HEAD_LINES = 3  # a dateline opens the story: under its headline at the latest
STATEMENT_LAG = 3  # days a story may be published after its dateline


def dateline_span(line: str) -> tuple[int, int] | None:
    """Where a dateline opening ``line`` stands ("KYIV, March 3 (Reuters) -"),
    else None: its date is the story's, not a claim's.

    >>> dateline_span("Monday, March 3, 2025 - Troops took X.")
    (0, 23)
    """
    m = _STATEMENT_LINE.match(line)
    return (m.start(), m.end()) if m else None


TIMELINE_ENTRIES = 2  # lines opening with their own day: a timeline
_HEADER_FIRST = re.compile(rf"\s*(?:{_HEADER})", re.IGNORECASE)


def timeline_lines(text: str) -> frozenset[int]:
    """The lines of ``text`` that open with a day of their own and a dash,
    no place or header before it ("Oct. 10, 2023 — …", "17 лютого — …"),
    when there are at least :data:`TIMELINE_ENTRIES`: a timeline's entries,
    each dating its own line (a story opens with one dateline at most).

    >>> sorted(timeline_lines("T\\nFeb. 8 — A.\\nX.\\nFeb. 9 — B."))
    [1, 3]
    >>> timeline_lines("KYIV, Feb. 8 — A.\\nFeb. 9 — B.")
    frozenset()
    """
    found = set()
    for i, line in enumerate(text.split("\n")):
        m = _STATEMENT_LINE.match(line)
        if m and not m.group("place") and line[: m.end()].rstrip()[-1:] in "-–—|":
            if not _HEADER_FIRST.match(line):
                found.add(i)
    return frozenset(found) if len(found) >= TIMELINE_ENTRIES else frozenset()


def statement_dateline(text: str, published: date | None) -> date | None:
    """The day a story's dateline or header line names, when it is a few days
    before ``published`` (the day its news was told), else None.

    >>> tue = date(2025, 3, 4)
    >>> statement_dateline("МОСКВА, 3 марта. /ТАСС/. Войска ...", tue)
    datetime.date(2025, 3, 3)
    >>> statement_dateline("Published: 3 March 2025 18:40\\nTroops ...", tue)
    datetime.date(2025, 3, 3)
    >>> statement_dateline("On March 3, troops took X.", tue) is None
    True
    """
    if published is None:
        return None
    lines = [ln for ln in text[:HEAD_CHARS].splitlines() if ln.strip()][:HEAD_LINES]
    for line in lines:
        m = _STATEMENT_LINE.match(line)
        if m is None:
            continue
        g = m.groupdict()
        month = _month(g["m"] or g["m2"] or g["m3"])
        day = int(g["d"] or g["d2"] or g["d3"])
        if month is None:
            continue
        year = g["y"] or g["y3"]
        try:
            told = date(
                int(year) if year else _recent_year(month, day, published), month, day
            )
        except ValueError:
            continue
        if 0 < (published - told).days <= STATEMENT_LAG:
            return told
        return None  # the first dateline is the story's
    return None


# --- where the story was filed ------------------------------------------------
# "TORETSK, Ukraine (Reuters) -", "POKROVSK, Ukraine (AP) —", "KHARKIV — …": a
# name in capitals, then its country, a news agency and a dash (the dated
# forms, "ЗАПОРІЖЖЯ, 3 березня —", "ДОНЕЦК, 5 июня. /ТАСС/.", are
# :data:`_STATEMENT_LINE`'s)
_CAPS_WORD = r"[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ’'.]*(?:-[A-ZА-ЯІЇЄҐЁ’'.]+)*"
_UNDATED = re.compile(
    rf"[ \t]*(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}})"
    r"(?:,\s*(?:[A-Z][a-z]+|[А-ЯІЇЄҐ][а-яіїєґ]+))?"  # ", Ukraine", ", Россия"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s"
)
# capitals that are no place: a label ("LIVE —", "UPDATE 1 -"), a sector or a
# direction ("POKROVSK DIRECTION —", "SOUTH OF ZAPORIZHZHIA -"), a weekday
# or a header word of a dated line ("Monday, March 3", "Published: …")
_NO_PLACE = re.compile(
    r"(?i:\b(?:live|update[ds]?|breaking|exclusive|analysis|opinion|explainer|"
    r"fact|check|claim|video|photos?|watch|direction|front|line|sector|axis|"
    r"border|of|near|outside|the|"
    + en.WEEKDAY_WORDS
    + r"|published|updated|posted)\b|(?<![\w])(?:напрям\w*|"
    r"направлени\w*|фронт\w*|ведуч\w*|ведущ\w*|оновлено|обновлено|"
    r"понеділ\w*|вівтор\w*|серед\w*|четвер|п.ятниц\w*|субот\w*|неділ\w*|"
    r"понедельник|вторник|сред\w*|пятниц\w*|воскресень\w*)(?![\w]))"
)
_MIN_NAME = 4  # "ISW", "AFP", "ЗСУ": an acronym, no place


@dataclass(frozen=True)
class DatelinePlace:
    """The place a story's dateline names: where in the text the dateline
    stands (``start``, ``end``: all of it, closing dash included) and the
    name as a sentence would write it ("TORETSK" is "Toretsk")."""

    start: int
    end: int
    name: str


def _as_written(caps: str) -> str:
    """A name in capitals as a sentence writes it (a name already in mixed
    case stays as it is).

    >>> _as_written("KRYVYI RIH"), _as_written("NOVO-HRODIVKA")
    ('Kryvyi Rih', 'Novo-Hrodivka')
    >>> _as_written("ЗАПОРІЖЖЯ"), _as_written("Kharkiv")
    ('Запоріжжя', 'Kharkiv')
    """
    if not caps.isupper():
        return caps
    return re.sub(r"[^\W\d_][\w’']*", lambda m: m[0][0] + m[0][1:].lower(), caps)


def dateline_place(text: str) -> DatelinePlace | None:
    """The place a dateline opening one of the story's first lines names
    (under its headline at the latest), else None.

    >>> dateline_place("POKROVSK, Ukraine (AP) — Russian troops pressed on.")
    DatelinePlace(start=0, end=25, name='Pokrovsk')
    >>> t = "Бої за місто\\nЗАПОРІЖЖЯ, 3 березня — Ворог обстріляв місто."
    >>> dateline_place(t).name, t[dateline_place(t).end:][:5]
    ('Запоріжжя', 'Ворог')
    >>> dateline_place("ДОНЕЦК, 5 июня. /ТАСС/. Бои идут в городе.").name
    'Донецк'
    >>> dateline_place("POKROVSK DIRECTION — Assault groups moved in.") is None
    True
    >>> dateline_place("Monday, March 3, 2025 - Troops took X.") is None
    True
    """
    at = 0
    seen = 0
    head = text[:HEAD_CHARS]
    for line in head.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            return None
        m = _STATEMENT_LINE.match(line) or _UNDATED.match(line)
        if m is None:
            continue
        name = (m.group("place") or "").strip(" .")
        if len(name) < _MIN_NAME or _NO_PLACE.search(name):
            return None
        end = m.end()
        tass = _AGENCY_AFTER.match(line, end)  # ". /ТАСС/."
        if tass:
            end = tass.end()
        while end < len(line) and line[end] in " \t":
            end += 1
        return DatelinePlace(start + m.start("place"), start + end, _as_written(name))
    return None


# an agency named after a dated line's closing full stop: "5 июня. /ТАСС/."
_AGENCY_AFTER = re.compile(r"\s*/[^/\n]{1,30}/\.?")
