"""The time a roundup or a daily report is about: the week or report span
its head names (``_note_topic_week``), the first calendar month of a claim
sentence (``_note_topic_month``), a report's day in its lead
(``_report_day``) or later in the story (``_note_report_day``), and how each
dates the undated increments after it (``_date_by_topic_week``,
``_date_by_topic_day``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..model import Claim
from . import lexicon as lx
from .clean import Sentence
from .context import (
    _DocState,
)
from .dating import (
    _NOW,
    _same_speaker,
    _within,
)
from .fastre import folded
from .lang import en, every, ru, uk
from .numbers import word_value
from .period_rules import (
    STATEMENT_VERB,
    launch_day,
    report_title,
    statement_day,
)
from .periods import (
    DAY_KINDS,
    NAMED_DAY,
    WEEK_KINDS,
    PeriodMention,
    _latest_month_year,
    _month_number,
    _month_range,
    find_periods,
    resolve,
)
from .statement_days import _dateline

_LEAD_CLAIM_SENTENCES = 1  # a daily report names its day by its first claim


_LEAD_SENTENCES = 8  # … and within its first sentences (headline, furniture)


_WORD = re.compile(r"[\w'’ʼ]+")  # "дев'ять" is one word


def _tally(quote: str, lang: str) -> bool:
    """A counted fight ("repelled nine assaults", "отражено семь контратак",
    "40 clashes"): the tally of a report's day."""
    return bool(_TALLY.search(quote)) or any(
        word_value(w.lower(), lang) is not None for w in _WORD.findall(quote)
    )


def _note_report_day(
    s: Sentence, st: _DocState, lang: str, i: int, new: list[Claim]
) -> None:
    """A report's day named in a claim sentence later in the story ("За
    минулу добу ворог 40 разів атакував …", "over the past day") dates the
    next claims of its paragraph that have no time of their own, as the
    day a report names in its lead dates the report (``_report_day``)."""
    found = find_periods(s.text, lang)
    for p in found:
        if (
            p.kind in DAY_KINDS
            and p.kind != "today"
            and not NAMED_DAY.search(p.text)
            and not _dateline(s.text, p)
        ):
            said = statement_day(s.text, lang, st.published, found)
            a, b = resolve(p, st.published, said[1] if said else st.statement)
            if a is not None and b is not None:
                st.topic_day, st.topic_day_from = (a, b), i + 1
                st.topic_day_local = True
                # … of the sentence's speaker: another one speaks on its own day
                st.topic_day_said = next((c.claimant for c in new if c.claimant), None)
            return


def _report_day(
    sents: list[Sentence], hot: list[bool], st: _DocState, lang: str
) -> tuple[date, date] | None:
    """The day a daily report is about: "за сутки", "за минулу добу", "over
    the past day" in its lead (before or in its first claim sentence), resolved
    from the statement or publication day; else None."""
    if st.published is None:
        return None
    claims_seen = 0
    for i, s in enumerate(sents[:_LEAD_SENTENCES]):
        found = find_periods(s.text, lang)
        said = statement_day(s.text, lang, st.published, found)
        for p in found:
            if (
                p.kind in DAY_KINDS
                and not _dateline(s.text, p)
                and not (p.kind == "yesterday" and NAMED_DAY.search(p.text))
                and not (said and _within(p, said[0]))  # "said today"
            ):
                a, b = resolve(p, st.published, st.statement)
                st.topic_day_from = i  # a title before the lead keeps its own
                # (named in a headline: counted from the lede under it)
                st.topic_day_at = next(
                    (t.start for t in sents[i:] if not t.headline), s.start
                )
                return (a, b) if a is not None and b is not None else None
        claims_seen += hot[i] and not (s.headline and report_title(s.text))
        if claims_seen >= _LEAD_CLAIM_SENTENCES:
            break
    return None


_HEAD_SENTENCES = 2  # headline, standfirst, lede


# the dated spans a report's head names as the period it reports on: a week
# ("from 26 July to 1 August") or a calendar month ("за жовтень"), ended a few
# days before the report is published
_REPORT_SPANS = frozenset({"span", "month", "the_month", "last_month"})


_REPORT_WEEK_DAYS = range(5, 9)


_REPORT_MONTH_DAYS = range(28, 32)


_REPORT_LAG = 7


# B30PER39: a month's review whose title names the month comes out within
# the month after it ("what happened at the front in May", published on 15
# June), not within a week
_REPORT_MONTH_LAG = 31


def _report_span(a: date, b: date, published: date, titled: bool = False) -> bool:
    """Whether the span a..b in a report's head is the week or the month it
    reports on: seven days or a calendar month, ended on or just before the
    day of publication (a weekly summary may come out on its own last day;
    a month's review a title names, within the next month).

    >>> from datetime import date
    >>> _report_span(date(2024, 10, 12), date(2024, 10, 18), date(2024, 10, 18))
    True
    >>> _report_span(date(2024, 10, 12), date(2024, 10, 18), date(2024, 10, 19))
    True
    >>> _report_span(date(2024, 10, 12), date(2024, 10, 18), date(2024, 10, 30))
    False
    >>> _report_span(date(2024, 10, 1), date(2024, 10, 31), date(2024, 11, 15), True)
    True
    >>> _report_span(date(2024, 10, 1), date(2024, 10, 31), date(2024, 11, 15))
    False
    """
    days = (b - a).days + 1
    month = a.day == 1 and days in _REPORT_MONTH_DAYS
    lag = (published - b).days
    return (days in _REPORT_WEEK_DAYS and 0 <= lag <= _REPORT_LAG) or (
        month and 0 <= lag <= (_REPORT_MONTH_LAG if titled else _REPORT_LAG)
    )


# S36: a review's title names the days it covers: "Огляд фронту за вихідні
# (26–27 жовтня)", "Обзор за 15 июня", "Weekend review: October 26-27",
# "Підсумки дня 15 червня", "Итоги выходных"
_REVIEW_TITLE = folded(
    re.compile(
        r"\b(?:review|round-?up|recap|wrap-?up|summary|digest)\b|"
        r"(?<![\w])(?:огляд\w*|підсумк\w*|зведенн\w*|обзор\w*|итог\w*|"
        r"сводк\w*)(?![\w])",
        re.IGNORECASE,
    )
)
# a day a report stands as of, not one it covers: "станом на 5 березня",
# "на утро 10 июня", "по состоянию на", "as of June 5"
_AS_OF = re.compile(
    r"(?:\bas\s+of|(?<![\w])на(?:\s+(?:ранок|утро|вечір|вечер|\d{1,2}[:.]\d\d))?)"
    r"\s+$|^as\s+of\b",
    re.IGNORECASE,
)
_REVIEW_DAY_KINDS = frozenset({"weekend", "date", "span"})
_REVIEW_DAYS = range(1, 4)  # a day or a weekend (a week is a report span)


def _review_days(
    title: str, found: list[PeriodMention], st: _DocState, lang: str = "en"
) -> tuple[date, date] | None:
    """The day or weekend a review's title line covers ("Обзор за 15 июня",
    "Огляд за вихідні"; "Итоги выходных" in a bare word: B30PER239), ended
    on or just before publication, else None."""
    if not _REVIEW_TITLE.search(title) or st.published is None:
        return None
    bare = lx.REVIEW_WEEKEND[lang].search(title)
    if bare and not found:
        found = [PeriodMention(bare.start(), bare.end(), bare.group(), "weekend")]
    for p in found:
        if p.kind not in _REVIEW_DAY_KINDS:
            continue
        if p.kind == "date" and (
            _AS_OF.search(title, 0, p.start) or _AS_OF.match(p.text)
        ):
            continue  # "Сводка на утро 10 июня": as of a day, not for it
        a, b = resolve(p, st.published, st.statement)
        if (
            a is not None
            and b is not None
            and (b - a).days + 1 in _REVIEW_DAYS
            and 0 <= (st.published - b).days <= _REPORT_LAG
        ):
            return a, b
    return None


def _note_topic_week(
    new: list[Claim],
    st: _DocState,
    i: int,
    found: Callable[[], list[PeriodMention]],
    title: str | None = None,
    lang: str = "en",
) -> None:
    """A week (or a report's span) named in sentence ``i`` of the head (its
    periods ``found`` asked only there), with the claims ``new`` it made, is a
    weekly roundup's; so are the day or weekend a review's ``title`` line
    covers (``_review_days``)."""
    if (
        st.topic_week is not None
        or st.topic_week_over
        or i > _HEAD_SENTENCES
        or st.published is None
    ):
        return
    days = _review_days(title, found(), st, lang) if title else None
    if days is not None:
        st.topic_week, st.topic_week_dated = days, True
        return
    weeks = [p for p in found() if p.kind in WEEK_KINDS or p.kind in _REPORT_SPANS]
    if not weeks:
        return
    a, b = resolve(weeks[0], st.published, st.statement)
    if a is None or b is None:
        return
    titled = bool(title and not new)
    # B30PER239: a month named first in a claim sentence of the head, told
    # within the month after it, is the review's for its own paragraph and
    # for a later one that names it again ("over the month"), not for others
    # ("In October the enemy took 420 sq km. It advanced 2 km near X.")
    local = not titled and not _report_span(a, b, st.published)
    if (
        weeks[0].kind in WEEK_KINDS
        # B30PER39: a month a claimless title names ("що відбувалося на
        # фронті у травні") is a review's within the next month
        or _report_span(a, b, st.published, titled or local)
    ):
        st.topic_week = (a, b)
        st.topic_week_paragraph = (
            st.paragraph if local and weeks[0].kind not in WEEK_KINDS else -1
        )
        st.topic_week_said = " ".join(c.claimant for c in new if c.claimant)
        # a month's list is the head's own: not a new statement's
        st.topic_week_strict = weeks[0].kind not in WEEK_KINDS | {"span"}
        st.topic_week_dated = weeks[0].kind == "span"


def note_event_start(
    s: Sentence, st: _DocState, lang: str, found: list[PeriodMention] | None = None
) -> None:
    """The launch day a sentence names ("launched the operation on August 6")
    is the start of the totals since it, told before or after. ``found``: the
    sentence's time words when already read (else read only when a launch
    verb is there)."""
    if st.event_start is not None or st.published is None:
        return
    st.event_start = launch_day(s.text, lang, st.published, found)
    for c in st.awaiting_event if st.event_start else ():
        if c.period_end is None or st.event_start <= c.period_end:
            c.period_start = st.event_start
    if st.event_start:
        st.awaiting_event.clear()


_HEADER_MONTHS = {
    code: re.compile(
        rf"\s*(?P<a>{m.MONTHS_NOM})(?:\s+(?P<year>20\d\d))?"
        rf"(?:\s*[—–-]\s*(?P<b>{m.MONTHS_NOM}))?\s*[:.](?=\s|$)",
        re.IGNORECASE,
    )
    for code, m in (("en", en), ("uk", uk), ("ru", ru))
}


def paragraph_month(
    line: str, lang: str, ref: date | None
) -> tuple[str, date, date] | None:
    """B32PER41: the month (or months) a paragraph of a month-by-month
    explainer opens with ("October: Lyman was …", "Квітень — травень.
    Прорив …", "Ноябрь. Бои …"), the latest such by ``ref`` unless a year is
    written; its words and its first and last day, else None.

    >>> paragraph_month("Квітень — травень. Прорив", "uk", date(2024, 12, 31))
    ('Квітень — травень', datetime.date(2024, 4, 1), datetime.date(2024, 5, 31))
    >>> paragraph_month("May. It rained", "en", date(2024, 3, 2))[1:]
    (datetime.date(2023, 5, 1), datetime.date(2023, 5, 31))
    >>> paragraph_month("October 7 was", "en", date(2024, 3, 2)) is None
    True
    """
    m = _HEADER_MONTHS[lang].match(line)
    if m is None or ref is None:
        return None
    first = _month_number(m.group("a"))
    last = _month_number(m.group("b") or m.group("a"))
    if first is None or last is None or last < first:
        return None
    year = int(m.group("year")) if m.group("year") else _latest_month_year(last, ref)
    a, _ = _month_range(year, first)
    _, b = _month_range(year, last)
    return line[m.start("a") : m.end("b") if m.group("b") else m.end("a")], a, b


def _note_topic_month(new: list[Claim], s: Sentence, st: _DocState, lang: str) -> None:
    """The first calendar month named in a claim sentence is the roundup's;
    a week named in a claim sentence of the head is a weekly roundup's."""
    if st.published is None:
        return
    found = find_periods(s.text, lang)
    note_event_start(s, st, lang, found)
    # B30PER39: a review's title line that made a claim of its own
    title = s.text if s.headline or s.line_index == 0 else None
    _note_topic_week(new, st, st.sentence_no, lambda: found, title, lang)
    if st.topic_month is not None:
        return
    for p in found:
        if p.kind == "month":
            a, b = resolve(p, st.published, st.statement, st.context_year, st.stored)
            if a is not None and b is not None and b < st.published:
                st.topic_month = (a, b)
            return


_TALLY = re.compile(r"\d")  # a counted fight: "отражены 11 контратак"


def _newer_span(c: Claim, span: tuple[date, date]) -> bool:
    """``c`` names a bounded span of its own that runs past ``span``: the
    roundup's week or month is over, what follows is of the newer time."""
    return (
        c.period_text is not None
        and not c.cumulative
        and c.period_start is not None
        and c.period_end is not None
        and c.period_start < c.period_end
        and c.period_end > span[1]
    )


# B34PER43: a line that opens with a sector's name as its heading ("Pokrovsk
# direction: …", "Курахівський напрямок. …", "Купянское направление. …")
_SECTOR_HEADING = re.compile(
    rf"^\s*(?:[\w'’ʼ-]+\s+){{1,3}}(?:{every('SECTOR_NAME_WORDS')})\s*[:.—–]",
    re.IGNORECASE,
)


def sector_heading(line: str) -> bool:
    """Whether ``line`` opens with a sector's heading.

    >>> sector_heading("Pokrovsk direction: Russian units advanced.")
    True
    >>> sector_heading("On the Pokrovsk direction, Russian units advanced.")
    False
    """
    return bool(_SECTOR_HEADING.match(line))


def _date_by_topic_week(new: list[Claim], s: Sentence, st: _DocState) -> None:
    """A weekly roundup's undated increments are of its week; a newer span
    ends the roundup. A month only its own paragraph reviews dates no other
    paragraph but one that names it again ("over the month": B30PER239)."""
    if st.topic_week is not None and st.topic_week_paragraph not in (
        -1,
        st.paragraph,
    ):
        if not any(
            c.period_text and (c.period_start, c.period_end) == st.topic_week
            for c in new
        ):
            return
        st.topic_week_paragraph = st.paragraph
    if st.topic_week is not None and not (
        # a new statement is of its own day in a month's roundup, and in a
        # week nobody was said to name (the writer's own: PERIODS31)
        STATEMENT_VERB.search(s.text)
        and (st.topic_week_strict or not st.topic_week_said)
        # B34PER43: a sector's own heading in the roundup of "the past week"
        # ("Pokrovsk direction: Russian units advanced …"): the writer's
        # news of the sector, as of the day (a week named by its dates goes
        # on into its headings)
        or (st.sector_heading and not st.topic_week_dated)
    ):
        # … of the roundup's speaker: another one speaks on its own day
        for c in new:
            if not (
                c.cumulative
                or c.period_text
                or c.extra.get("stated_now")
                # XPER40: a denial or an unconfirmed capture in the roundup
                # of a week or a month is as it is said (a day's summary
                # denies on its day: "summary for June 28 … a lie")
                or (c.negated and st.topic_week[0] != st.topic_week[1])
                # what a side holds is held when it is said ("частину міста ми
                # вже не контролюємо"), as in a daily report; so is what is
                # told as now ("сейчас войска освободили и X")
                or c.extra.get("holding")
                or _NOW.search(
                    s.text, max(0, c.char_start - s.start - 30), c.char_end - s.start
                )
                # a fight told in a month's roundup, or in one of "the past
                # week", is the state as it is said (dev2 dates such fights by
                # the statement); a tally ("repelled 11 counterattacks") or a
                # report named by its dates lists the week's
                or (
                    c.kind == "fighting"
                    and (
                        st.topic_week_strict
                        or not (st.topic_week_dated or _TALLY.search(c.quote))
                    )
                )
                or (
                    c.claimant
                    and st.topic_week_said
                    and not _same_speaker(c.claimant, st.topic_week_said)
                )
            ):
                c.period_start, c.period_end = st.topic_week
        if any(_newer_span(c, st.topic_week) for c in new):
            # "Свіжий тиждень: за останні сім днів …": the roundup is over
            st.topic_week, st.topic_week_over = None, True


# B30PER39: a question put to the speaker ("Question: Is X still held?", "—
# А Покровськ?", "Вопрос: Каково положение …?"), its closing quote or dash
# aside
_ASKED = re.compile(r"\?[\s\"'»”)—–-]*$")


def _question_ends_roundup(s: Sentence, st: _DocState, lang: str, i: int) -> None:
    """B30PER39: a question put after the head of a briefing, an interview
    or a press conference that names no time of its own ends the week and
    the report's day its head named: the answers after it are told on the
    day of the statement ("Over the past week we took X. … Question: And
    Kupiansk? — Fighting goes on in the centre")."""
    if not _ASKED.search(s.text):
        return
    week = st.topic_week is not None
    day = st.topic_day is not None and i > st.topic_day_from
    if (week or day) and not find_periods(s.text, lang):
        if week:
            st.topic_week, st.topic_week_over = None, True
        if day:
            st.topic_day, st.topic_day_said, st.topic_day_local = None, None, False


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _past_report_day_reach(c: Claim, s: Sentence, st: _DocState, lang: str) -> bool:
    """PERIODS34b: whether uk/ru claim ``c`` of sentence ``s`` stands two
    paragraphs (blank lines) or more past the lead naming a report's day and
    is no item of the report (no direction named, no tally): "За минулу добу
    …" and its list go on, a later section ("Село перебуває в сірій зоні")
    is told on the statement day."""
    if lang == "en" or st.topic_day_at < 0 or st.topic_day_local:
        return False
    doc, at = st.told.doc, st.topic_day_at
    for _ in range(_REPORT_DAY_PARAGRAPHS):
        blank = _BLANK_LINE.search(doc, at, s.start)
        if blank is None:
            return False
        at = blank.end()
    # its line so far: "На Покровському напрямку … . Противнику вдалося …"
    line = doc[doc.rfind("\n", 0, s.start) + 1 : s.end]
    return not lx.SECTOR[lang].search(line) and not _tally(c.quote, lang)


_REPORT_DAY_PARAGRAPHS = 2  # blank lines past the lead a report's day dates


def _date_by_topic_day(
    new: list[Claim], s: Sentence, st: _DocState, lang: str, i: int
) -> None:
    """A daily report's fights and gains without a time of their own are of
    the report's day."""
    if st.topic_day is not None and not (
        # a report's day named in the story goes on into its list, not into
        # a statement of its own ("Syrskyi also said …")
        st.topic_day_local and STATEMENT_VERB.search(s.text)
    ):
        # a daily report: its fights and gains without a time of their own
        # are of the report's day
        for c in new if i >= st.topic_day_from else ():
            if c.claimant and st.topic_day_said is None:
                st.topic_day_said = c.claimant  # the report's speaker
            if (
                c.cumulative
                or c.period_text
                or c.extra.get("holding")
                or c.extra.get("stated_now")
            ):
                continue
            if (
                c.claimant
                and not _same_speaker(c.claimant, st.topic_day_said or "")
                # PERIODS25: named in this sentence, not carried from the lead
                and _same_speaker(c.claimant, s.text)
            ):
                continue  # "Зеленський також повідомив …": another speaker's day
            if st.topic_day_local and not (
                c.kind == "fighting" and _tally(c.quote, lang)
            ):
                continue  # named in the story, the day goes on in its tally
            if _past_report_day_reach(c, s, st, lang):
                continue  # PERIODS34b: a later section's, not the lead's day
            c.period_start, c.period_end = st.topic_day
