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
"""

from __future__ import annotations

import re
from datetime import date

from .periods import (
    _EN_MONTH,
    _RU_MONTH_GEN,
    _UK_MONTH_GEN,
    MONTHS_EN,
    MONTHS_RU,
    MONTHS_UK,
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
    w = word.lower().rstrip(".")
    for table in (MONTHS_EN, MONTHS_UK, MONTHS_RU):
        for stem, number in sorted(table.items(), key=lambda kv: -len(kv[0])):
            if w.startswith(stem):
                return number
    return None


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


def title_date(line: str) -> date | None:
    """The date a title line ends with ("Daily Assessment, March 11, 2025",
    "Зведення станом на 11 березня 2025 року"): the day the report is about,
    else None. A date followed by more words is an event, not the title's."""
    last: tuple[int, date] | None = None
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
