"""Territorial claims from news text (en/uk/ru): the extraction engine.

Pure: no files, no network. Sentences are split with exact offsets, page
furniture is skipped, and only sentences holding a trigger word are analysed
(so a 50 MB page stays fast). Each claim is one proposition of one kind:

* ``area_change``        — an area gained/lost/held (km², sq mi, ha)
* ``settlement_control`` — named settlements (or a count) taken or given up
* ``advance``            — movement near/toward a place, with or without km
* ``fighting``           — ongoing fighting / attacks at a place or sector

This module is the entry point and the walk over a document's sentences; the
parts it calls live in modules named for their domain, none of which imports
this one: ``sentence_context`` (what the rules share for a sentence),
``claim_maker``, ``clauses``, ``negation``, ``questions``, ``merges``,
``speakers``, ``statement_days``, ``roundup_dates``, ``claim_periods``,
``follow_ups``, ``pointing_back``, ``doc_memory`` and ``claim_record``.

>>> from datetime import date
>>> text = ("Ukrainian troops liberated 12 square kilometres near the town of "
...         "Zorivka last week, the general staff said.")
>>> c = extract_claims(text, published=date(2024, 3, 6))[0]
>>> (c.kind, c.gainer, c.area_km2, str(c.period_start), str(c.period_end))
('area_change', 'UA', 12.0, '2024-02-26', '2024-03-03')
>>> text[c.char_start:c.char_end] == c.quote
True
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from ..model import Claim, Place
from . import lexicon as lx
from .anaphora import told_by_bank
from .claim_periods import (
    _date_list_items,
    _map_states,
    _note_claim_period,
    _span_over_list,
    _totals_told_again,
    rates_take_their_figures_span,
)
from .claim_record import _link_restatements, claim_to_record
from .clean import Sentence, sentences
from .context import (
    _DocState,
    feature_town,
    is_feature,
    place_of_story,
    pointed_places,
    pointed_town_too,
    sentence_town,
    story_towns,
)
from .dateline import dateline_place, timeline_lines
from .dating import (
    _and_that_spans,
    _date_and_flag,
)
from .doc_memory import (
    _MEMORY,
    _POSSESSIVE_START,
    _looks_regional,
    _opening,
    _remember,
    _same_quote,
)
from .follow_ups import (
    _FOLLOW_UP,  # noqa: F401 - read from here by tests
    _asked_area,
    _follow_up_distance,
    _follow_up_figures,
)
from .merges import (
    _drop_counterattacks_beside_gains,
    _drop_fights_told_again,
    _drop_headline_counts_told_again,
    _drop_headline_fights_told_as_gains,
    _drop_long_fights,
    _drop_reminded_fights,
    _fold_counterattacks,
    _fold_fights_into_attempts,
    _merge_coordinated_advances,
)
from .normalise import normalise, restore
from .page_speakers import answer_turns, layout_speakers
from .period_rules import (
    list_intro,
    list_item,
    sitting_day,
)
from .periods import (
    PeriodMention,
    find_periods,
)
from .pointing_back import _pointing_back, hedged_by_next
from .roundup_dates import (
    _note_report_day,
    _note_topic_month,
    _note_topic_week,
    _question_ends_roundup,
    _report_day,
    note_event_start,
    paragraph_month,
    sector_heading,
)
from .rules import RULES
from .rules.area import gains_lead_side, listed_figure, may_hold_front_figure
from .rules.relayed import deny_relayed
from .rules.settlement import date_members
from .rules.settlement.words import reference_only
from .rules.skips import skip_reason
from .sentence_context import _sentence_context
from .speakers import (
    _TIMESTAMP,
    _claimant,
    _clause_own_speaker,
    _clause_speakers,
    _doc_perspective,
    _nearer_speaker,
    _own_speaker_before_source,
    _speakers_for_unattributed,
    _titles_named_later,
    opens_entry,
)
from .statement_days import (
    _BODY_WORD,  # noqa: F401 - read from here by tests
    SPEECH_OPENS,
    _lede_statement,
    _note_statement,
)
from .stems import punct_to_space
from .toponyms import (
    PlaceMention,
    find_places,
    with_list_members,
    with_sentence_region,
    written_other_names,
)
from .trace import Drop, Why, drops_of
from .triggers import (
    _TRIGGER_RE,  # noqa: F401 - read from here by tests
    _find_triggers,
    _trigger_matches,
    word_guard,
)
from .units import area_unit_named

__all__ = ["extract_claims", "claim_to_record", "detect_language"]


log = logging.getLogger("frontline.claims")


def detect_language(text: str) -> str:
    """Cheap language guess: uk (Cyrillic with і/ї/є/ґ), ru (other Cyrillic), en.

    >>> detect_language("ЗСУ звільнили село"), detect_language("ВСУ отошли"), \
detect_language("Kyiv")
    ('uk', 'ru', 'en')
    """
    sample = text[:20000]
    cyr = len(re.findall(r"[а-яА-ЯёЁіІїЇєЄґҐ]", sample))
    lat = len(re.findall(r"[a-zA-Z]", sample))
    if cyr <= lat:
        return "en"
    uk = len(re.findall(r"[іїєґІЇЄҐ]", sample))
    ru = len(re.findall(r"[ыэъёЫЭЪЁ]", sample))
    return "uk" if uk >= ru and uk > 0 else "ru"


def extract_claims(
    text: str,
    *,
    doc_id: str = "doc",
    published: date | datetime | None = None,
    language: str | None = None,
    stored: str | date | None = None,
    why: list[Drop] | None = None,
) -> list[Claim]:
    """Every territorial claim in ``text`` (never raises on any string: a
    failure inside is one warning on the ``frontline.claims`` logger, naming
    the text, and no claims).

    ``stored`` ("2023-07" or a day) is when the stored copy of a text without
    a publication day is dated: months named without a year take it as their
    bound; relative expressions ("last week") stay unresolved. A list handed
    in as ``why`` receives one :class:`~frontline.text.trace.Drop` for each
    trigger word that made no claim, with its reason (see ``text/trace.py``)."""
    try:
        normal, back = (
            normalise(text, language) if isinstance(text, str) else (text, None)
        )
        told = len(why) if why is not None else 0
        claims = _extract(normal, doc_id, published, language, stored, why)
        if normal != text:
            restore(claims, text, normal, back, why, told)
        return claims
    except Exception as exc:  # noqa: BLE001 - the engine must never crash on input
        # a gap, never a silent zero: one warning line names the text and why
        log.warning(
            "frontline: warning: claims: %s: no claims read, the extractor "
            "failed (%s: %s)",
            doc_id or "text",
            type(exc).__name__,
            exc,
        )
        return []


def _stored_bound(stored: str | date | None) -> date | None:
    """The last day of a stored copy's month ("2023-07"), or its day.

    >>> _stored_bound("2023-02"), _stored_bound("2023-07-04"), _stored_bound("x")
    (datetime.date(2023, 2, 28), datetime.date(2023, 7, 4), None)
    """
    if isinstance(stored, date):
        return stored
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*", stored or "")
    if m is None:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    try:
        if m.group(3):
            return date(y, mo, int(m.group(3)))
        return date(y, mo, calendar.monthrange(y, mo)[1])
    except ValueError:
        return None


def _extract(
    text: str,
    doc_id: str,
    published: date | datetime | None,
    language: str | None,
    stored: str | date | None = None,
    why: list[Drop] | None = None,
) -> list[Claim]:
    """The claims of one document, as a recipe: the document's day and
    language, the statement day its lede names, which sentences are worth
    reading, then each sentence in turn, and what the whole document settles
    once every sentence is read."""
    if not isinstance(text, str) or not text.strip():
        return []
    _clear_caches()
    published = _published_day(published)
    lang = language if language in ("en", "uk", "ru") else detect_language(text)
    sents = sentences(text)
    # an interview the outlet held on a day: its answers are dated from it
    published = sitting_day([s.text for s in sents], lang, published) or published
    st = _doc_state(text, lang, published, stored, why)
    st.timeline = timeline_lines(text)
    if published is not None:
        _lede_statement(sents, text, st, lang, published)
    st.lede_statement = st.statement
    _tell_dateline(text, sents, st, lang)
    hot, near, figured = _sentence_gates(text, sents, lang)
    if not any(hot) and not any(figured):
        return []
    # a live blog's timed entries are news of their own, no daily report's
    live = len(_LIVE_ENTRY.findall(text)) >= _LIVE_ENTRIES
    st.topic_day = None if live else _report_day(sents, hot, st, lang)
    st.perspective = _doc_perspective(
        [s for i, s in enumerate(sents[:200]) if near[i]], lang, text
    )
    walk = _Walk(text, sents, hot, near, figured, live, turns=answer_turns(text))
    for i in range(len(sents)):
        _read_sentence(walk, st, lang, i, published)
    claims = _settle_document(walk.claims, sents, st, lang, text)
    for c in claims:
        c.doc_id = doc_id
    if why is not None:
        why.extend(_why_not(sents, hot, claims, st.why, lang))
    return claims


def _published_day(published: date | datetime | str | None) -> date | None:
    """The publication day of a document: a datetime's day, an ISO string's
    day, else None.

    >>> _published_day("2024-05-06T10:00"), _published_day("May 6"), _published_day(1)
    (datetime.date(2024, 5, 6), None, None)
    """
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, str):
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return published if isinstance(published, date) else None


def _doc_state(
    text: str,
    lang: str,
    published: date | None,
    stored: str | date | None,
    why: list[Drop] | None,
) -> _DocState:
    """A fresh memory for reading ``text`` (tracing the drops when ``why``
    asks; a stored copy's bound when there is no publication day)."""
    st = _DocState(lang, published)
    st.told.doc = text
    st.told.feature = lambda t, p: is_feature(t, p, lang)  # no town pointed to
    if why is not None:
        st.why = Why()
    if published is None:
        st.stored = _stored_bound(stored)
    return st


def _tell_dateline(text: str, sents: list[Sentence], st: _DocState, lang: str) -> None:
    """The place a dateline names ("TORETSK, Ukraine (Reuters) -") is the
    first place the memory is told, when the story's first sentence names no
    settlement of its own: only a word pointing back ("the town", "місто")
    takes it, never a claim for itself."""
    place = dateline_place(text)
    if place is None:
        return
    paragraph = 0
    for i, s in enumerate(sents):
        if i and s.line_index != sents[i - 1].line_index:
            paragraph += 1
        if s.end <= place.end:
            continue
        rest = text[max(s.start, place.end) : s.end]
        named = any(not p.region for p in find_places(rest, lang))
        span = (place.start, place.end)
        st.told.tell_dateline("" if named else place.name, i, paragraph, span)
        return


def _sentence_gates(
    text: str, sents: list[Sentence], lang: str
) -> tuple[list[bool], list[bool], list[bool]]:
    """Which sentences are read, each a flag per sentence: ``hot`` ones hold
    a trigger word, ``near`` ones are hot or among the few before a hot one
    (they feed the document memory), ``figured`` cold ones hold a figure of
    ground (the area-figure rule may find a claim no trigger word governs,
    rules/area.py)."""
    low = punct_to_space(text.lower())
    hot = [
        lx.may_trigger(low[s.start : s.end], lang)
        and bool(_trigger_matches(s.text, lang))
        for s in sents
    ]
    figured = [
        not h and (may_hold_front_figure(s.text, lang) or _unit_lead(s.text, lang))
        for s, h in zip(sents, hot, strict=True)
    ]
    return hot, _near(hot), figured


def _unit_lead(sentence: str, lang: str) -> bool:
    """B30MISS39: whether ``sentence`` leads a list of one side's gains in an
    area unit it names, its items' figures bare ("Приріст ЗСУ за серпень,
    км²:"); such a lead is read though it holds no figure."""
    return (
        sentence.rstrip().endswith(":")
        and area_unit_named(sentence) is not None
        and gains_lead_side(sentence, lang) is not None
    )


def _near(hot: list[bool]) -> list[bool]:
    """The sentences worth remembering: the hot ones and the ``_MEMORY``
    before each.

    >>> _near([False] * 6 + [True])
    [False, False, True, True, True, True, True]
    """
    near = [False] * len(hot)
    for i in range(len(hot) - 1, -1, -1):
        if hot[i]:
            for j in range(max(0, i - _MEMORY), i + 1):
                if near[j]:
                    break
                near[j] = True
    return near


@dataclass
class _Walk:
    """What reading a document carries from one sentence to the next, beside
    the document memory (``_DocState``): the sentences and their gates, the
    claims so far, the last opening line, the last question asked and the
    list being read."""

    text: str
    sents: list[Sentence]
    hot: list[bool]
    near: list[bool]
    figured: list[bool]
    live: bool  # a live blog: its timed entries are news of their own
    claims: list[Claim] = field(default_factory=list)
    opening: tuple[int, str] | None = None
    question_at: int = -10
    listed: tuple[int, PeriodMention] | None = None  # a list's intro and time
    listed_side: str | None = None  # the side whose gains the intro names
    # B30REST39: the lines an interviewee answers in (``answer_turns``)
    turns: list[tuple[int, int]] = field(default_factory=list)
    listed_factor: float | None = None  # the area unit the intro names (to km²)


def _read_sentence(
    w: _Walk, st: _DocState, lang: str, i: int, published: date | None
) -> None:
    """Read sentence ``i``: its claims join ``w.claims``, and what it tells
    (places, speakers, days, a list opened) is noted for the next ones."""
    s = w.sents[i]
    intro = _enter_sentence(w, st, lang, i)
    _question_ends_roundup(s, st, lang, i)
    follow = _follow_up(w, st, lang, i)
    if opens_entry(s.text, not i or s.line_index != w.sents[i - 1].line_index):
        st.claimant = None  # CLAIMLEFT36: a live-blog entry starts afresh
    # cheap gates: no trigger word, no work
    figured = w.figured[i] or _listed_item(w, i)
    if not w.near[i] and not figured:
        return
    if _TIMESTAMP.match(s.text):
        st.claimant = None  # a live-blog entry starts: no carried speaker
        return
    if published is None and not st.last_year_said:
        # "gains last year were the highest …": a year named in the next
        # sentences ("in 2025") is that completed year
        st.last_year_said = any(
            p.kind == "last_year" for p in find_periods(s.text, lang)
        )
    pls = find_places(
        st.told.after_opening(s.text, s.start),
        lang,
        exclude=st.people,
        known=st.known_places,
    )
    if not w.hot[i] and (follow or not figured):
        _note_statement(s, st, lang, i)
        # PERIODS33b: "6 серпня ЗСУ розпочали операцію …" with no claim;
        # XPER241: "Ukraine launched the operation on May 10." too
        note_event_start(s, st, lang)
        _note_topic_week(
            [], st, i, lambda: find_periods(s.text, lang), _title_line(s), lang
        )
        _remember(s, st, lang, pls, i)
        w.opening = _opening(s, w.sents, i, st, lang) or w.opening
        return
    st.item_side = w.listed_side if w.listed and i > w.listed[0] else None
    st.item_factor = w.listed_factor if st.item_side is not None else None
    new = _claims_of_sentence(w, st, lang, i, pls)
    st.item_side = st.item_factor = None
    _list_of(w, st, lang, i, intro, new)
    _remember(s, st, lang, pls, i)
    if not new:  # "— Противник тисне. За тиждень він просунувся …"
        w.opening = _opening(s, w.sents, i, st, lang) or w.opening
        # PERIODS25: "Over the past week the forces went on with the
        # offensive, X said": the head names the roundup's week, no claim
        _note_topic_week(
            new, st, i, lambda: find_periods(s.text, lang), _title_line(s), lang
        )
    if new:
        _note_new_claims(new, s, st, lang, i)
    w.claims.extend(new)
    if st.topic_day is None and not w.live and st.published is not None:
        _note_report_day(s, st, lang, i, new)


def _title_line(s: Sentence) -> str | None:
    """The text of ``s`` when it is the page's title line, else None."""
    return s.text if s.headline or s.line_index == 0 else None


def _list_of(
    w: _Walk,
    st: _DocState,
    lang: str,
    i: int,
    intro: PeriodMention | None,
    new: list[Claim],
) -> None:
    """Date the claims of sentence ``i`` by the list it is an item of, and open
    the list it heads: a list intro that made no claim, or a claim whose span
    is bounded and a list right under it."""
    s = w.sents[i]
    if w.listed is not None and i > w.listed[0]:
        _date_list_items(new, w.listed[1], st, s.text)
    if intro is not None and not new:
        _open_list(w, i, intro, s.text, lang)
    elif new and w.listed is None:
        # "Russia took 61 sq mi last week.\n- Largest gains: …": a list
        # right under a claim with a bounded span of its own is that span's
        head = _span_over_list(new, s, w.sents[i + 1 : i + 2], w.text, lang)
        w.listed = (i, head) if head is not None else None
        w.listed_side = w.listed_factor = None


def _open_list(w: _Walk, i: int, intro: PeriodMention, text: str, lang: str) -> None:
    """Open the list sentence ``i`` introduces: its time, the side whose gains
    it names and the area unit of its items' bare figures (B30MISS39)."""
    w.listed, w.listed_side = (i, intro), gains_lead_side(text, lang)
    w.listed_factor = area_unit_named(text) if w.listed_side is not None else None


def _listed_item(w: _Walk, i: int) -> bool:
    """B30MISS39: whether sentence ``i`` is an item of a list whose lead named
    a side's gains and their area unit, closing with a bare figure ("— Toretsk:
    22" under "Russian gains this week by axis (sq km):")."""
    if w.listed is None or i <= w.listed[0] or w.listed_factor is None:
        return False
    return listed_figure(w.sents[i].text, w.listed_factor) is not None


def _enter_sentence(w: _Walk, st: _DocState, lang: str, i: int) -> PeriodMention | None:
    """Count the paragraph sentence ``i`` opens, close a list it does not
    continue, and open one it introduces (a cold list intro: "Over the week
    the troops took:"); the list intro's time, if it is one."""
    s = w.sents[i]
    if not i or s.line_index != w.sents[i - 1].line_index:
        st.line_speech = bool(SPEECH_OPENS.match(s.text))
        st.in_answer = any(a <= s.start < b for a, b in w.turns)
    if not i or s.line_index != w.sents[i - 1].line_index:
        line = w.text[w.text.rfind("\n", 0, s.start) + 1 : s.end]
        month = paragraph_month(line, lang, st.published)
        # a month still running is told of now (its fights go on today)
        over = (
            month is not None and st.published is not None and month[2] < st.published
        )
        st.paragraph_month = month if over else None
        st.sector_heading = sector_heading(line)
    if i and s.line_index != w.sents[i - 1].line_index:
        st.paragraph += 1  # (a line of text is a paragraph)
        if st.claimant_before is not None:  # an aside's paragraph is over
            st.claimant, st.claimant_before = st.claimant_before, None
    if w.listed is not None and i > w.listed[0]:
        line = w.text[w.text.rfind("\n", 0, s.start) + 1 : s.end]  # with its mark
        if not list_item(line):
            w.listed = None  # the list has ended
    intro = list_intro(s.text, lang)
    if intro is not None and not w.hot[i]:
        _open_list(w, i, intro, s.text, lang)
    return intro


def _follow_up(w: _Walk, st: _DocState, lang: str, i: int) -> list[Claim]:
    """The figures a cold sentence right after an area claim adds to it (or
    answers a question with), joined to ``w.claims``."""
    follow: list[Claim] = []
    if not w.hot[i] and 0 < i - st.last_area_sentence <= 2:
        follow = _follow_up_figures(w.sents[i], st, lang, answer=w.question_at == i - 1)
        if follow:
            for c in follow:
                c.extra.setdefault("rule", "follow-up-figures")
            w.claims.extend(follow)
            st.last_area_sentence = i
    if not follow and not w.hot[i] and st.last_advance and st.last_advance[0] == i - 1:
        dist = _follow_up_distance(w.sents[i], st, lang, st.last_advance[1])
        if dist is not None:
            dist.extra.setdefault("rule", "follow-up-distance")
            w.claims.append(dist)
            follow = [dist]
    return follow


def _claims_of_sentence(
    w: _Walk, st: _DocState, lang: str, i: int, pls: list[PlaceMention]
) -> list[Claim]:
    """The claims the rules find in sentence ``i`` (with their speakers, a
    question's answer awaited, the map states of the next sentences), after
    the day and speaker carried from before are settled for it."""
    s = w.sents[i]
    text, sents = w.text, w.sents
    if w.opening and w.opening[0] == i - 1 and _POSSESSIVE_START.match(s.text):
        st.last_agent = w.opening[1]
    nxt = sents[i + 1].text if i + 1 < len(sents) else ""
    if st.statement_local and i and "\n" in text[sents[i - 1].end : s.start]:
        # a statement dated in the story keeps its day for its paragraph
        st.statement, st.statement_local = st.lede_statement, False
    if st.topic_day_local and "\n" in text[sents[i - 1].end : s.start]:
        # … and so does a report's day named in the story
        st.topic_day, st.topic_day_said, st.topic_day_local = None, None, False
    st.sentence_no = i
    if st.why is not None:
        st.why.base = s.start
    st.same_quote = i > 0 and _same_quote(text, sents[i - 1], s)
    new = _analyse(s, st, lang, text, nxt, pls)
    _clause_speakers(new, s, lang)
    _nearer_speaker(new, s, lang)
    _own_speaker_before_source(new, s, lang)
    _clause_speakers(new, s, lang, figures=True)
    _clause_own_speaker(new, s, lang)
    if not new:
        asked = _asked_area(s, st, lang)
        if asked is not None:
            # "How much of Kursk region does Ukraine still hold?" — the
            # figures of the answer are the claims
            st.last_area_claim, st.last_area_sentence = asked, i
            w.question_at = i
    _map_states(new, sents[i + 1 : i + 4], st, lang)
    for c in new:
        c.extra.setdefault("rule", "map-state")
    return new


def _note_new_claims(
    new: list[Claim], s: Sentence, st: _DocState, lang: str, i: int
) -> None:
    """What the claims of sentence ``i`` tell the next sentences: their period,
    the last area claim, the settlement, fight and places just claimed."""
    st.carry_period = None
    _note_claim_period(new, s, st, lang, i)
    date_members(new, st)
    _note_topic_month(new, s, st, lang)
    sides = {c.gainer for c in new if c.gainer and not c.negated}
    if sides:
        st.last_gain = (i, sides.pop() if len(sides) == 1 else None)
    advances = [c for c in new if c.kind == "advance" and not c.negated]
    if advances:
        st.last_advance = (i, advances[-1])
    areas = [c for c in new if c.kind == "area_change" and c.area_km2]
    if areas:
        st.last_area_claim = areas[-1]
        st.last_area_sentence = i
    last = new[-1]
    named = [p.name for p in last.places if not _looks_regional(p.name)]
    st.recent_settlement = (
        (i, named) if last.kind == "settlement_control" and named else None
    )
    fights = frozenset(p.name for c in new if c.kind == "fighting" for p in c.places)
    if fights:
        st.last_fight = (i, fights)
    for c in reversed(new):
        named = [
            p.name
            for p in c.places
            if not _looks_regional(p.name)
            and not told_by_bank(s.text, p.name)  # PROBEEN36: a river
        ]
        if c.kind in ("settlement_control", "advance", "fighting") and named:
            st.last_claim_places = named
            break


def _settle_document(
    claims: list[Claim], sents: list[Sentence], st: _DocState, lang: str, text: str
) -> list[Claim]:
    """What the whole document settles once every sentence is read: claims
    made by pointing back, relayed claims denied, history dropped,
    restatements linked and speakers found for unattributed claims."""
    for c in _pointing_back(sents, claims, st, lang, text):
        c.extra.setdefault("rule", "pointing-back")
        k = sum(1 for d in claims if d.char_start <= c.char_start)
        claims.insert(k, c)
    deny_relayed(sents, claims, lang)  # "X пишуть, що зайшли в Y. Ні."
    hedged_by_next(sents, claims)  # "… took X. The claim could not be verified."
    # events dated before 2014 are history ("liberated from the Nazis in 1943")
    dated = claims
    claims = [c for c in claims if c.period_end is None or c.period_end.year >= 2014]
    if st.why is not None:
        st.why.lose(dated, claims, "history")
    told = claims
    claims = _drop_fights_told_again(claims, text, lang)
    claims = _drop_headline_counts_told_again(claims, lang)
    claims = _drop_headline_fights_told_as_gains(claims, lang)
    claims = _drop_reminded_fights(claims, text, lang)
    claims = _drop_long_fights(claims, lang)
    if st.why is not None:
        st.why.lose(told, claims, "fight-told-again")
    _link_restatements(claims)
    _totals_told_again(claims)
    rates_take_their_figures_span(claims, sents, text)
    _speakers_for_unattributed(claims, sents, lang, text)
    _titles_named_later(claims, sents, lang)
    layout_speakers(claims, text, lang)
    _other_names_written(claims, text)
    return claims


def _other_names_written(claims: list[Claim], text: str) -> None:
    """Session 41 (xplaces): a claim's town written in the text under another
    name too ("Artemovsk" and "Bakhmut") lists both (toponyms
    ``written_other_names``)."""
    for c in claims:
        names = [p.name for p in c.places]
        more = written_other_names(names, text)[len(names) :]
        known = {_folded_name(n) for n in names}
        c.places.extend(Place(m) for m in more if _folded_name(m) not in known)


def _folded_name(name: str) -> str:
    return name.lower().replace("ё", "е")


def _why_not(
    sents: list[Sentence], hot: list[bool], claims: list[Claim], tr: Why, lang: str
) -> list[Drop]:
    """The trigger words of the document that made no claim (tracing only):
    the reasons noted while reading it, else where it fell out before the
    rules (a sentence never analysed, the skip table, a word guard)."""
    found = []
    for i, s in enumerate(sents):
        trigs = _find_triggers(s.text, lang) if hot[i] else []
        kept = {(g.start, g.end) for g in trigs}
        for m in _trigger_matches(s.text, lang):
            fam = m.lastgroup or ""
            skip = skip_reason(s.text, m.start(), m.end(), fam, lang)
            if not hot[i]:
                fallback: str | None = "cold-sentence"
            elif skip is not None:
                fallback = f"skip:{skip}"
            elif (m.start(), m.end()) not in kept:
                fallback = word_guard(s.text, lang, m) or "word-guard"
            else:
                fallback = None
            a, b = s.start + m.start(), s.start + m.end()
            found.append((s.start, a, b, m.group(0), fam, fallback))
    return drops_of(tr, found, claims)


_LIVE_ENTRY = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}\b", re.MULTILINE)  # "14:50 …"


_LIVE_ENTRIES = 3


def _clear_caches() -> None:
    """Per-document caches only: repeated documents get no free speed."""
    from . import claimants, period_rules, periods, speakers  # noqa: PLC0415

    claimants.find_claimant.cache_clear()
    claimants._undated_name.cache_clear()
    speakers._body_name.cache_clear()
    period_rules.statement_verbs.cache_clear()
    period_rules.statement_words.cache_clear()
    periods._find_periods_cached.cache_clear()
    _trigger_matches.cache_clear()
    _and_that_spans.cache_clear()
    _claimant.cache_clear()


def _analyse(
    s: Sentence,
    st: _DocState,
    lang: str,
    full: str,
    next_text: str = "",
    pls: list[PlaceMention] | None = None,
) -> list[Claim]:
    ctx = _sentence_context(s, st, lang, next_text, pls)
    if ctx is None:
        return []
    for section, rule in RULES:
        ctx.section = section
        rule(ctx)
    merged = _merge_coordinated_advances(ctx.out, ctx.t, ctx.s.start)
    folded = _fold_counterattacks(merged, ctx.t, ctx.s.start)
    won = _drop_counterattacks_beside_gains(folded)
    out = _fold_fights_into_attempts(won, ctx.t, ctx.s.start) if lang == "en" else won
    if st.why is not None:
        st.why.lose(ctx.out, merged, "merged-advance")
        st.why.lose(merged, folded, "folded-counterattack")
        st.why.lose(folded, won, "counterattack-won-town")
        st.why.lose(won, out, "folded-attempt")
        for tr in ctx.trigs:
            if tr.used:  # (no drop when a claim was made from it)
                st.why.note(tr.start, tr.end, "absorbed")
    pointed_places(out, s, st, ctx.places)  # "lost 250 sq km there": which place
    place_of_story(out, s, st, ctx.places)  # "freed 1,100 sq km": its region
    story_towns(out, s, st, ctx.places)  # "most of the city": the story's town
    sentence_town(out, s, st, ctx.places)  # "…of X, and in the city": X
    pointed_town_too(out, s, st, ctx.places)  # "X, north of the town": the town
    feature_town(out, s, st, ctx.places)  # "the X microdistrict": its town
    for c in out:  # "took X, Y and Z": every member of the list (PLACES33)
        names = [p.name for p in c.places]
        held = [[p.name for p in o.places] for o in out if o.kind == c.kind]
        more = with_list_members(names, ctx.t, ctx.places)
        more = with_sentence_region(more, ctx.places, held, ctx.t)
        extra = [
            n for n in more[len(names) :] if not reference_only(ctx.t, n, ctx.places)
        ]
        c.places += [Place(name=n) for n in extra]
    # ---- periods, claimant side, flags ---------------------------------------
    _date_and_flag(ctx, out, ctx.stmt, ctx.total_word, next_text)
    return out
