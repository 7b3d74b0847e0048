"""The day a statement is made: the one the lede names (a closing
attribution, a statement word, a report's title or dateline), one a cold
sentence names for the next ones, the day of a claim sentence's own
statement (``_statement_date``, with the dated statements of a person named
again), and which dates are only a dateline (``_dateline``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from datetime import date

from .claimants import (
    Claimant,
)
from .clean import Sentence
from .context import (
    _DocState,
    _Trig,
)
from .dateline import dateline_span, statement_dateline, title_date
from .dating import (
    _same_speaker,
)
from .lang import every
from .period_rules import (
    STATEMENT_DAY_KINDS,
    continues,
    report_day,
    statement_day,
    statement_words,
)
from .periods import (
    PeriodMention,
    find_periods,
)
from .sides import (
    KNOWN_PEOPLE,
    side_of_text,
)
from .speakers import _same_side
from .triggers import _trigger_matches

# a closing attribution pointing back at the account before it: "Про це у
# понеділок доповів X", "Об этом в среду сообщил X", "This was announced on
# Monday by X"
_BACK_ATTRIBUTION = re.compile(
    r"\s*(?:Про (?:це|цe|усе це|все це)|Об этом|Обо всем этом|Об всем этом|"
    r"(?:This|That|All this) was (?:said|announced|reported|stated))\b",
    re.IGNORECASE,
)


def _back_attribution(
    sents: list[Sentence], first: int, text: str, lang: str, published: date
) -> tuple[date, int] | None:
    """The day of a closing attribution ("Про це у понеділок повідомив X")
    in the lede's paragraph at or after sentence ``first``, and its index."""
    for j in range(first, min(len(sents), first + 3)):
        s = sents[j]
        if j > first and "\n" in text[sents[j - 1].end : s.start]:
            return None  # a new paragraph: no longer the lede's account
        if not _BACK_ATTRIBUTION.match(s.text):
            continue
        said = statement_day(s.text, lang, published)
        return (said[1], j) if said is not None else None
    return None


def _lede_statement(
    sents: list[Sentence], text: str, st: _DocState, lang: str, published: date
) -> None:
    """The statement day the lede names ("said on Friday", "On Dec. 27, X
    said"), else the title's day, else the dateline's ("KYIV, March 3
    (Reuters) -"), noted in ``st``."""
    told = False  # a claim of the story told before (not the headline's)
    for i, s in enumerate(sents[:4]):
        trig_spans = [(m.start(), m.end()) for m in _trigger_matches(s.text, lang)]
        if told and trig_spans:
            back = _back_attribution(sents, i, text, lang, published)
            if back is not None:
                # "… Загалом під контролем N. Про це у понеділок доповів
                # X.": the closing attribution dates the whole account
                st.statement, st.statement_at = back
                st.statement_line = sents[back[1]].line_index
                st.statement_claimant = sents[st.statement_at].text
                break
            # "Footage shows X fell by 1 June. The MoD claimed on 1 June
            # that …": a later claim's day dates that statement only (a
            # bare attribution, "X said on Saturday.", dates the lede)
            st.told_first = True
            break
        told = told or (bool(trig_spans) and not s.headline)
        said = statement_day(
            s.text,
            lang,
            published,
            [p for p in find_periods(s.text, lang) if not _dateline(s.text, p)],
            trig_spans,
        )
        report = said is None
        if said is None:
            said = report_day(s.text, lang, published)
        if said is not None:
            st.statement, st.statement_at = said[1], i
            # a report's own day ("summary for June 28"), or a title's with
            # no claim ("Зведення станом на 5 березня"), dates all of it
            st.statement_line = -1 if report or not trig_spans else s.line_index
            st.statement_claimant = s.text
            if i and _PRONOUN_OPENER.match(s.text):
                # S36: "X said … . He made the remarks on Tuesday": the
                # pronoun's speaker is the one named before
                st.statement_claimant = f"{sents[i - 1].text} {s.text}"
            break
    if st.statement is None:
        st.statement = _title_day(text, lang, published)
    if st.statement is None:
        # "KYIV, March 3 (Reuters) -": the dateline dates the story
        st.statement = statement_dateline(text, published)


# a sentence opened by a speaker's pronoun ("He made the remarks …", "Вона
# написала це в суботу", "Он заявил об этом в среду")
_PRONOUN_OPENER = re.compile(
    r"\s*(?:He|She|They|Він|Вона|Вони|Он|Она|Они)\b", re.IGNORECASE
)


def _note_statement(s: Sentence, st: _DocState, lang: str, i: int) -> None:
    """A sentence with no claim that dates a statement ("The ministry issued
    its daily briefing on Monday.", "Генштаб у понеділок оприлюднив
    зведення.") dates the claims of the sentences after it in its paragraph
    ("It said its forces had captured X."), as a claim sentence's would."""
    if st.published is None or i <= st.statement_at or not statement_words(s.text):
        return
    found = [p for p in find_periods(s.text, lang) if not _dateline(s.text, p)]
    said = statement_day(s.text, lang, st.published, found) if found else None
    if said is None:
        return
    st.statement, st.statement_claimant, st.statement_at = said[1], s.text, i
    st.statement_line = s.line_index
    st.statement_local = True  # … up to the paragraph's end
    st.last_day = said[1]


def _statement_date(
    s: Sentence,
    st: _DocState,
    lang: str,
    claimant: Claimant | None,
    pronoun: bool,
    periods: list[PeriodMention],
    trigs: list[_Trig],
    named: bool = False,
) -> tuple[date | None, tuple[PeriodMention, date] | None]:
    """The day sentence ``s`` is stated on, and the mention saying so if any
    (``named``: the sentence names its own speaker)."""
    t = s.text
    if _left_statement(s, st, claimant, pronoun or named):
        # PERIODS29: "X said on Friday … ¶ Fighting goes on near Y." — a
        # new paragraph in no word of X's is told on the publication day
        st.statement = st.statement_claimant = None
    stmt = st.statement or st.published
    if (
        st.statement is not None
        and st.statement_claimant
        # a headline tells the lede's news when its speaker is the lede's
        and st.sentence_no != st.statement_at
        # "The ministry issued its briefing on Monday. It said …", "…," the
        # command said in a statement. It said …": the pronoun goes on with
        # the dated statement
        and not (pronoun and (lang == "en" or st.sentence_no - st.statement_at == 1))
        and claimant is not None
        and claimant.name
        and not _same_speaker(claimant.name, st.statement_claimant)
        and not (s.headline and _same_side(claimant, st.statement_claimant, lang))
    ):
        stmt = st.published  # another speaker: the publication day
        # ... and the first speaker's day ends there: named again later
        # ("За словами X, минулого тижня ..."), X is read from publication;
        # CLAIMUK34: not when the other speaker is an aside told as earlier
        # ("Раніше Y повідомило …"): the dated statement goes on after it
        back = None
        if _EARLIER_OPENER.match(t) is None:
            st.statement = st.statement_claimant = None
            back = _dated_before(st, claimant.name)
        if back is not None:
            # … unless the statement named again is one dated before ("X
            # told Putin on Thursday … Y said … X also said …"; asked only
            # here: a wider reach lowered the read sets)
            stmt, st.statement, st.statement_claimant = back[1], back[1], back[0]
            st.statement_line = -1
    said = statement_day(
        t, lang, st.published, periods, [(tr.start, tr.end) for tr in trigs]
    )
    if said is not None:
        stmt = said[1]
        st.last_day = said[1]
        # the next sentences of the same statement keep its day
        st.statement, st.statement_claimant = said[1], t
        st.statement_line = s.line_index
        st.statement_local = st.told_first
        st.dated_statements.append((t, said[1]))
    return stmt, said


# a paragraph going on with a speaker's words: a quote or a dash opens it
SPEECH_OPENS = re.compile(r"\s*[«\"“„'‘—–\-•▪●*]")


def _left_statement(
    s: Sentence, st: _DocState, claimant: Claimant | None, speaker_named: bool
) -> bool:
    """Whether ``s`` stands past the paragraph (line) whose sentence dated
    ``st.statement`` and is tied to that statement by nothing: it names no
    speaker of its own nor points back to one ("he said", "За його
    словами"), goes on with no "also" ("Its troops also …", "Кроме того,
    …"), its line opens no quote, dash or bullet, the statement opened
    no list with a colon, and its speaker is not named in it again. Then it
    is the writer's news, of the publication day. A report's own day ("summary
    for June 28") and a title's or dateline's have no line: they date it all."""
    if (
        st.statement is None
        or st.statement_line < 0
        or s.line_index <= st.statement_line
    ):
        return False
    name = claimant.name if claimant is not None else None
    return not (
        speaker_named
        or st.line_speech
        or continues(s.text)
        or (st.statement_claimant or "").rstrip().endswith(":")
        or (bool(name) and _same_speaker(name or "", s.text))
    )


# a person's name ("Gerasimov", "Valery Gerasimov", "Олександр Сирський"): a
# body's name ("The Russian ministry", "Operational Command South") shares its
# words with too many sentences to be known again by them
_PERSON_NAME = re.compile(r"(?:[A-ZА-ЯІЇЄҐ][\w'’-]+\s+){0,2}[A-ZА-ЯІЇЄҐ][\w'’-]{3,}")


_BODY_WORD = re.compile(every("BODY_WORDS"))

# "Раніше X повідомило …", "Earlier, X said …": a sentence told as an aside
_EARLIER_OPENER = re.compile(
    rf"\s*(?:{every('EARLIER_OPENER_WORDS')})\b", re.IGNORECASE
)


def _dated_before(st: _DocState, name: str) -> tuple[str, date] | None:
    """The latest dated statement of the person ``name`` (the sentence that
    named it, its day), else None."""
    if not _PERSON_NAME.fullmatch(name) or _BODY_WORD.search(name):
        return None
    if side_of_text(name) is not None and not KNOWN_PEOPLE.search(name):
        return None  # "Russia", "Ukraine's": a side, not a person
    for told, day in reversed(st.dated_statements):
        if _same_speaker(name, told):
            return told, day
    return None


_TITLE_DAY_LAG = 3  # a report titled with its day is out within a few days


def _title_day(text: str, lang: str, published: date) -> date | None:
    """The day a report's title line names ("Daily Assessment, March 11,
    2025" published the next day): the statement day of its undated claims.
    A title with a claim of its own is a headline, not a report's title."""
    first, nl, _ = text.strip().partition("\n")
    day = title_date(first) if nl else None
    if day is None or not 0 < (published - day).days <= _TITLE_DAY_LAG:
        return None
    return None if _trigger_matches(first, lang) else day


# the kinds a dateline names its day with ("KYIV, Aug 28 -", "Monday -")
_DATELINE_KINDS = STATEMENT_DAY_KINDS | {"today", "yesterday"}


def _dateline(t: str, p: PeriodMention) -> bool:
    """ "KYIV, Aug 28 - ...", "СІМФЕРОПОЛЬ, 7 окт – ...": a dateline date
    (a bare month is none: "В октябре — 423 кв. км" heads a figure; nor is a
    span or a running total's start: "С начала года — 3 980 км²", "За
    тиждень — 200 км²")."""
    if p.start >= 60 or p.kind not in _DATELINE_KINDS:
        return False
    span = dateline_span(t)
    if span is not None and span[0] <= p.start and p.end <= span[1] + 1:
        return True  # "Monday, March 3, 2025 -", "МОСКВА, 3 марта. /ТАСС/."
    prefix = t[: p.start]
    return (
        p.start < 60
        and (
            not prefix.strip()
            or bool(
                re.fullmatch(
                    r"\s*[\w .'’()/-]*?[A-ZА-ЯІЇЄҐ]{3,}[\w .'’()/-]*,\s*", prefix
                )
            )
        )
        and bool(re.match(r"\s*(?:\([^)]{1,40}\)\s*)?[-–—(]", t[p.end :]))
    )
