"""What the claim rules of one sentence share (issue 8: the split of ``_analyse``).

:class:`SentenceContext` carries the sentence, the document state, the
language, its triggers, places, quantities, clauses and the claims appended so
far, and the few helpers every rule calls (``make`` builds a claim,
``clause_span`` finds the clause around a position, ``negated_near`` says
whether a trigger is negated). ``sentence_context._sentence_context`` fills
one per sentence and ``claims._analyse`` runs the rules of
:data:`frontline.text.rules.RULES` over it. Small helpers the rules share live
here too, so that the rules never import ``claims``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Generic, TypeVar

from ..model import Claim, Place
from . import lexicon as lx
from .anaphora import (
    PlaceMemory,
    Pointer,
    continues_subject,
    has_noun,
    introduced_as,
    joined_names,
    pointer,
    pointer_class,
)
from .claimants import _RU_VERBS, _UK_VERBS, EN_SPEECH_VERBS, Claimant
from .clean import Sentence
from .fastre import folded, keyed
from .lang import en as _en
from .lang import every
from .lang import ru as _ru
from .lang import uk as _uk
from .periods import PeriodMention
from .positions import ByPosition
from .sides import SideMention, concrete, opposite, side_mentions, side_of_text
from .toponyms import PlaceMention
from .units import Quantity

__all__ = ["SentenceContext"]

_T = TypeVar("_T")


class _cached(Generic[_T]):  # noqa: N801 (used as a decorator, like property)
    """``functools.cached_property`` without its lock (Python 3.11 takes one
    at each first read; a sentence's context is read by one thread): the
    value is computed at the first read and kept in the instance's
    ``__dict__``, where the next reads find it (speed: one context per
    sentence, a few of these read in each).

    >>> class C:
    ...     @_cached
    ...     def x(self):
    ...         print("once")
    ...         return 1
    >>> c = C()
    >>> c.x, c.x
    once
    (1, 1)
    """

    __slots__ = ("func", "name")

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class SentenceContext:
    """One sentence under analysis and what its rules share."""

    s: Sentence
    st: _DocState
    lang: str
    t: str
    trigs: list[_Trig]
    clauses: list[tuple[int, int]]
    mentions: list[SideMention]
    places: list[PlaceMention]
    quantities: list[Quantity]
    question: bool
    perspective: str | None
    sector: str | None
    out: list[Claim]  # the claims appended so far
    make: Callable[..., Any]
    clause_span: Callable[[int], tuple[int, int]]
    negated_near: Callable[..., bool]
    section: str = "area"  # the rule running: recorded in extra["rule"]
    area_q: list[Quantity] = field(default_factory=list)  # left by the area rule
    periods: list[PeriodMention] = field(default_factory=list)
    captures: list[_Trig] = field(default_factory=list)  # left by settlement-count
    stmt: date | None = None  # the statement date claims without a period take
    total_word: bool = False  # "in total", "загалом": running totals
    # the mention dating the statement ("said on Monday", "On Dec. 27, X said")
    said: PeriodMention | None = None

    def drop(self, trig: _Trig, reason: str) -> None:
        """Note that ``trig`` made no claim, and why (a no-op unless tracing)."""
        if self.st.why is not None:
            self.st.why.note(trig.start, trig.end, f"{self.section}:{reason}")

    @_cached
    def lookalike(self) -> re.Match[str] | None:
        """A figure in the sentence that only looks like an area (a count, a
        share): found when a rule first asks (speed: few sentences hold a
        figure the question is asked of)."""
        t = self.t
        if self.quantities or "%" in t or lx.COUNT_NOUN.search(t):
            return lx.LOOKALIKE.search(t)
        return None

    @_cached
    def _places_by_start(self) -> ByPosition[PlaceMention]:
        return ByPosition.of_starts(self.places)

    def places_in(self, a: int, b: int) -> list[PlaceMention]:
        """The places of the sentence that start in ``[a, b)``, in order."""
        return self._places_by_start.within(a, b)

    @_cached
    def distances(self) -> list[Quantity]:
        """The sentence's distances (no conversions in brackets), in order."""
        return [
            q for q in self.quantities if q.measure == "distance" and not q.conversion
        ]

    @_cached
    def _distances_by_start(self) -> ByPosition[Quantity]:
        return ByPosition.of_starts(self.distances)

    def distances_in(self, a: int, b: int) -> list[Quantity]:
        """The distances of the sentence that start in ``[a, b)``, in order."""
        return self._distances_by_start.within(a, b)

    @_cached
    def _trigs_by_start(self) -> ByPosition[_Trig]:
        return ByPosition.of_starts(self.trigs)

    def trigs_in(self, a: int, b: int) -> list[_Trig]:
        """The triggers of the sentence that start in ``[a, b)``, in order."""
        return self._trigs_by_start.within(a, b)

    @_cached
    def _trigs_by_end(self) -> ByPosition[_Trig]:
        # (the triggers are one search's matches: their ends are sorted too)
        return ByPosition.of_ends(self.trigs)

    def trigs_ending_in(self, a: int, b: int) -> list[_Trig]:
        """The triggers of the sentence that end in ``[a, b)``, in order."""
        return self._trigs_by_end.within(a, b)

    @_cached
    def movement_bounds(self) -> tuple[list[int], list[int]]:
        """The sorted ends of the sentence's capture, withdrawal and advance
        triggers, and the sorted starts of those and its stalls: where the
        claim of one movement word gives way to the next."""
        moves = ("capture", "withdraw", "advance")
        ends = sorted(tr.end for tr in self.trigs if tr.family in moves)
        starts = sorted(tr.start for tr in self.trigs if tr.family in (*moves, "stall"))
        return ends, starts


def _sector_in(t: str, seg: tuple[int, int], lang: str) -> str | None:
    m = lx.SECTOR.get(lang, lx.SECTOR["en"]).search(t, seg[0], seg[1])
    return m.group(0) if m else None


# a sector named only by a pointer: "на цій ділянці", "in this sector"
THIS_SECTOR = re.compile(
    r"\b(?:in|on|along) (?:this|that|the same) (?:sector|direction|axis|"
    r"section of the front)\b|(?<![\w])(?:на|в|у) (?:цій|тій|цьому|тому|этом|"
    r"том|этой|той) (?:ділянці|напрямку|направлении|участке)(?![\w])",
    re.IGNORECASE,
)
THIS_SECTOR = keyed(THIS_SECTOR)  # speed: passed over texts lacking its keys


def last_sector(st: _DocState, lang: str) -> str | None:
    """The sector named last before this sentence ("на Оріхівському напрямку").

    >>> st = _DocState("uk", None, last_sector="Покровському напрямку")
    >>> st.quiet_texts.append("Ситуація на Оріхівському напрямку складна.")
    >>> last_sector(st, "uk")
    'Оріхівському напрямку'
    """
    rx = lx.SECTOR.get(lang, lx.SECTOR["en"])
    for text in reversed(st.quiet_texts):
        m = rx.search(text)
        if m:
            return m.group(0)
    return st.last_sector


def paragraph_sector(st: _DocState, own: str | None) -> str | None:
    """KNOWN38: the sector of a settlement or advance claim: the one its
    sentence names (``own``), else the one an earlier sentence of its
    paragraph named ("On the Pokrovsk direction, fighting goes on. Russian
    forces took Hostre.").

    >>> st = _DocState("en", None, last_sector="Pokrovsk direction")
    >>> st.sector_paragraph = st.paragraph = 2
    >>> paragraph_sector(st, None)
    'Pokrovsk direction'
    >>> st.paragraph = 3
    >>> paragraph_sector(st, None) is None
    True
    """
    if own or st.sector_paragraph != st.paragraph:
        return own
    return st.last_sector


# words only Russian official texts use of the war (whose "liberated" it is)
_RUSSIAN_OFFICIAL = re.compile(
    r"\b(?:DPR|LPR|DNR|LNR|zone of responsibility|special military operation)\b|"
    r"(?<![\w])(?:ДНР|ЛНР|зоне ответственности|зоні відповідальності|СВО|"
    r"специальной военной операции|спецоперации)(?![\w])"
)


_DENIAL_VERB = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|rejected|rejects|"
    r"dismissed|disputed|disputes|disputing|"
    # (every form of the verbs: "Ukrainian sources dispute the capture of X",
    # "officials reject / refute / dismiss reports of its fall"; the bare
    # "dispute" only before its object, not the noun "a dispute over")
    r"refute|refuting|reject|rejecting|dismiss|dismisses|dismissing|"
    r"dispute(?=\s+(?:the|a|an|that|this|these|those|its|their|any|claims?|"
    r"reports?|Russian|Ukrainian|Moscow|Kyiv)\b))\b|"
    r"(?<![\w])(?:спростува\w*|спростову\w*|опроверг\w*|заперечу\w*|"
    r"заперечи\w*|заперечува\w*|отверг\w*|отрица\w*)|"
    # "назвал заявление о взятии X ложью", "called the claim false"
    r"(?<![\w])назва\w+\s+(?:заяв\w+|твердженн\w+|утверждени\w+|"
    r"повідомленн\w+|сообщени\w+)|\bcalled (?:the|that|this) (?:claims?|reports?)\b",
    re.IGNORECASE,
)


_DENIAL_VERB = folded(_DENIAL_VERB)


@dataclass
class _Trig:
    """A trigger word of a sentence. Whether the place is its subject
    (``passive``) and whether it is a noun (``nominal``) are given as bools,
    or as functions deciding them when first read (speed: the rules read
    them for about half the triggers).

    >>> tr = _Trig("capture", 0, 8, "captured", lambda: True)
    >>> tr.passive, tr.nominal, tr == _Trig("capture", 0, 8, "captured", True)
    (True, False, True)
    """

    family: str
    start: int  # offsets in the sentence
    end: int
    text: str
    passive_of: bool | Callable[[], bool] = False
    nominal_of: bool | Callable[[], bool] = False
    used: bool = False

    @property
    def passive(self) -> bool:
        """Whether the place is the trigger's subject ("was captured by")."""
        p = self.passive_of
        if p is not True and p is not False:
            p = self.passive_of = bool(p())  # type: ignore[operator]
        return p

    @property
    def nominal(self) -> bool:
        """Whether the trigger is a noun ("the capture of X")."""
        n = self.nominal_of
        if n is not True and n is not False:
            n = self.nominal_of = bool(n())  # type: ignore[operator]
        return n

    def __eq__(self, other: object) -> bool:
        """Equal fields, the decided ones compared by their decisions."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        o: _Trig = other  # type: ignore[assignment]
        return (
            self.family == o.family
            and self.start == o.start
            and self.end == o.end
            and self.text == o.text
            and self.passive == o.passive
            and self.nominal == o.nominal
            and self.used == o.used
        )


@dataclass
class _DocState:
    lang: str
    published: date | None
    statement: date | None = None
    # no publication day: the last day of the month the text was stored in
    stored: date | None = None
    claimant: Claimant | None = None
    # the claimant an unnamed person's aside ("The commander of a brigade
    # stated …") stood in for: back at the next paragraph (claims._enter_sentence)
    claimant_before: Claimant | None = None
    # the person named last, speaking or not: whom "he said" points back to
    last_person: Claimant | None = None
    # PROBECLAIM37: the person named last who is no body ("he said" after
    # "the General Staff said" points back to the person before it)
    last_individual: Claimant | None = None
    # speakers named with a role, for a later speaker named by the role only
    speakers: list[Claimant] = field(default_factory=list)
    claimant_side: str | None = None
    last_agent: str | None = None
    # KNOWN3: (sentence, trigger end, side) of the last trigger whose own
    # word told its side with nobody named (``_shared_word_side``)
    word_side: tuple[str, int, str | None] | None = None
    last_places: list[str] = field(default_factory=list)
    # the region named last in the document (headline or body): where a
    # placeless gain of its story lies (PLACES28, ``place_of_story``)
    last_region: str | None = None
    known_places: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    carry_period: PeriodMention | None = None
    last_area_factor: float | None = None
    last_claim_places: list[str] = field(default_factory=list)
    # the sentence index and places of the last fighting claims: a bare "Бої
    # тривають." right after them tells the same fight again
    last_fight: tuple[int, frozenset[str]] | None = None
    # the sector named last ("на Оріхівському напрямку"): what a later "на
    # цій ділянці" / "in this sector" points back to
    last_sector: str | None = None
    sector_paragraph: int = -1  # KNOWN38: the paragraph that named it
    # KNOWNLEFT38: the side whose gains a list's lead names ("Russian gains
    # last week:"), while an item of that list is read, else None
    item_side: str | None = None
    # B30MISS39: the area unit (factor to km²) that list's lead names, if any
    item_factor: float | None = None
    # sentences with no trigger read since the last sector was taken: a sector
    # they name is searched only when a pointer asks for it (speed)
    quiet_texts: list[str] = field(default_factory=list)
    recent_settlement: tuple[int, list[str]] | None = None
    last_area_claim: Claim | None = None
    # B30MISS39: the sentence of the last claims with a gainer, and their one
    # gainer (None when they differ): what a tally line after them sums
    last_gain: tuple[int, str | None] | None = None
    statement_claimant: str | None = None  # the sentence naming who said it
    statement_at: int = -1  # the sentence that dated the statement
    # PERIODS29: the line of the sentence that dated st.statement (-1: a
    # title's, a dateline's or none): a new paragraph may end its reach
    statement_line: int = -1
    line_speech: bool = False  # the line opens with a quote, dash or bullet
    in_answer: bool = False  # B30REST39: the line is an interviewee's answer
    # the statements dated so far, (the sentence naming who said it, its day):
    # a speaker named again after another one keeps its day (session 24)
    dated_statements: list[tuple[str, date]] = field(default_factory=list)
    # the lede's statement day, back in force after the paragraph of a later
    # dated statement ("The MoD claimed on 1 June …") ends
    lede_statement: date | None = None
    statement_local: bool = False  # st.statement is a later statement's day
    # lines of a timeline, each opening with its own day ("Feb. 17 — …"):
    # that day is the line's, no dateline (dateline.timeline_lines)
    timeline: frozenset[int] = frozenset()
    told_first: bool = False  # the writer tells the news before any speaker
    last_year_said: bool = False  # an undated text spoke of "last year"
    last_day: date | None = None  # the day named last: what "the same day" is
    sentence_no: int = 0
    # the sentence of the last count of settlements and its claim: the count
    # a list of names right after it ("Among them are X and Y.") belongs to
    last_count_at: int = -9
    last_count: Claim | None = None
    own_side: str | None = None  # side of a claimant named in this sentence
    claimant_paragraph: int = -1  # UKRU31: the paragraph naming the last one
    last_area_sentence: int = -10
    # B30MISS239: the last advance claimed and its sentence (a bare distance
    # after it: ``follow_ups._follow_up_distance``)
    last_advance: tuple[int, Claim] | None = None
    carry_stmt: date | None = None
    context_year: int | None = None
    perspective: str | None = None
    # the explicit span of the last claim sentence and its index, inherited by
    # a following claim sentence with no time expression of its own
    claim_period: PeriodMention | None = None
    claim_period_at: int = -10
    claim_period_paragraph: int = -1  # … and its paragraph
    claim_period_said: str | None = None
    # LEFTPER37: the last span (with a start) a claim was told in, even in a
    # comparison, and its sentence: what "over the same period" points back to
    told_span: PeriodMention | None = None
    told_span_at: int = -10
    # XPER41: every such span told, (span, sentence, start, end): what "the
    # same month" / "тот же месяц" / "этот же год" points back to
    told_spans: list[tuple[PeriodMention, int, date | None, date | None]] = field(
        default_factory=list
    )
    # the claim sentence goes on inside the quotation the span was told in
    same_quote: bool = False
    # the calendar month a roundup is about ("Підсумки січня", "In January
    # …"): "за місяць" / "over the month" later in the text is that month
    topic_month: tuple[date, date] | None = None
    # B32PER41: the month (or months) a paragraph of a month-by-month
    # explainer is headed by ("October: …", "Лютий. …") and its words
    paragraph_month: tuple[str, date, date] | None = None
    # the week a weekly roundup is about ("за неделю освободили пять …" in
    # the headline): its claims without a time expression are of that week
    topic_week: tuple[date, date] | None = None
    topic_week_said: str = ""  # who named the week ("" when nobody is said to)
    topic_week_strict: bool = False  # a month's roundup: no new statement takes it
    topic_week_dated: bool = False  # named by dates ("с 26 июля по 1 августа")
    topic_week_over: bool = False  # a newer span has ended the roundup's
    topic_week_paragraph: int = -1  # B30PER239: the one paragraph it dates
    # B34PER43: the line read opens with a sector's heading ("Pokrovsk
    # direction: …", "Курахівський напрямок. …")
    sector_heading: bool = False
    topic_day_said: str | None = None  # who gives the daily report (first speaker)
    # the day a daily report is about ("за сутки", "over the past day" in its
    # head): its later claims without a time expression are of that day
    topic_day: tuple[date, date] | None = None
    topic_day_from: int = 0  # the sentence naming it (a title before keeps its own)
    topic_day_local: bool = False  # named later in the story: for its paragraph
    topic_day_at: int = -1  # where the lead naming it starts in the text
    # the day the operation a text is about was launched ("launched an
    # offensive operation in the Kursk sector on August 6"): the start of
    # the running totals counted "since the beginning of the operation"
    event_start: date | None = None
    # running totals told before the launch day was: they take it when it is
    awaiting_event: list[Claim] = field(default_factory=list)
    why: Any = None  # a trace.Why when the caller asked why triggers made nothing
    # the places named sentence by sentence: what "the town", "there" mean
    told: PlaceMemory = field(default_factory=PlaceMemory)
    paragraph: int = 0  # the paragraph of the sentence under analysis


def pointed_place(
    ctx: SentenceContext, span: tuple[int, int], *, whole: bool = False
) -> tuple[list[str], Pointer | None]:
    """The place an anaphor in ``span`` ("the town", "there", "в селі") means:
    the last fitting place named before it in the sentence, else the one the
    document memory recalls (``anaphora.PlaceMemory``). With ``whole``, in
    a sentence that names no place, the pointer may stand in an earlier
    clause ("В центре города — бои")."""
    start = 0 if whole and not ctx.places else span[0]
    ptr = pointer(ctx.t, start, span[1], ctx.lang)
    if ptr is None:
        return [], None
    return _antecedent(ctx.t, ptr, ctx.places, ctx.st), ptr


def _antecedent(
    t: str, ptr: Pointer, places: list[PlaceMention], st: _DocState
) -> list[str]:
    cls = pointer_class(t, ptr)
    other = {"town": "village", "village": "town"}.get(cls or "")
    earlier = [
        p
        for p in places
        if p.start < ptr.start
        and (ptr.kind == "any" or p.region == (ptr.kind == "region"))
        and (other is None or introduced_as(t, p.start) != other)
        # ANAPH28: a capital acting ("after Kyiv withdrew") is no antecedent
        and side_of_text(p.name) is None
    ]
    if earlier:
        # "there" means all the places named together ("near X and Y")
        return joined_names(t, earlier) if ptr.kind == "any" else [earlier[-1].name]
    noun = has_noun(t, ptr)  # "the town", not "it": no microdistrict
    return st.told.recall(ptr.kind, st.sentence_no, st.paragraph, cls, noun=noun)


def pointed_places(
    claims: list[Claim], s: Sentence, st: _DocState, places: list[PlaceMention]
) -> None:
    """Claims made without a place whose quote points to one ("lost 250
    square kilometres there", "north-east of the town") take it."""
    for c in claims:
        if c.places:
            continue
        a, b = c.char_start - s.start, c.char_end - s.start
        ptr = pointer(s.text, a, b, st.lang)
        names = _antecedent(s.text, ptr, places, st) if ptr is not None else []
        if names:
            c.places = [Place(name=n) for n in names]
            c.extra["anaphora"] = True


def story_towns(
    claims: list[Claim], s: Sentence, st: _DocState, places: list[PlaceMention]
) -> None:
    """ANAPH28: a claim whose quote points back with "the city" / "місто" /
    "город" and whose last place was recalled from before the sentence takes
    the town the story is about when that recalled place is a passing mention
    (``PlaceMemory.story_town``); marked ``extra["story_town"]``."""
    here = {p.name for p in places}
    for c in claims:
        if not c.places or c.places[-1].name in here:
            continue
        a, b = c.char_start - s.start, c.char_end - s.start
        ptr = pointer(s.text, max(0, a), b, st.lang)
        if ptr is None or ptr.kind != "settlement":
            continue
        if pointer_class(s.text, ptr) != "town":
            continue
        town = st.told.story_town(c.places[-1].name)
        if town != c.places[-1].name:
            c.places = [*c.places[:-1], Place(name=town)]
            c.extra["story_town"] = True


# a preposition right before a name that makes it a place ("in the west of
# X", "near X", "у X", "біля X"), not an actor ("the Vostok group")
_PLACE_PREP = re.compile(
    r"(?:\b(?:in|into|of|near|around|outside|at|from|to|toward|towards)|"
    # (uk/ru: a part noun may stand between, "на заході X", "в центре X")
    r"(?<![\w])(?:в|у|на|під|біля|поблизу|до|з|із|от|из|около|возле|под|за)"
    r"(?:\s+[а-яіїєґё]+)?)\s+$",
    re.IGNORECASE,
)


def sentence_town(
    claims: list[Claim], s: Sentence, st: _DocState, places: list[PlaceMention]
) -> None:
    """PLACES33: a claim whose quote points back to a settlement ("fighting in
    the city continued", "бої в центрі міста") with a place recalled from
    before its sentence takes the settlement its own sentence named last
    before the pointer ("captured blocks in the west of X, and fighting in
    the city went on"): the nearest town told, not an older one."""
    here = {p.name for p in places}
    for c in claims:
        if not c.places or any(p.name in here for p in c.places):
            continue
        a, b = c.char_start - s.start, c.char_end - s.start
        ptr = pointer(s.text, max(0, a), b, st.lang)
        if ptr is None or ptr.kind != "settlement":
            continue
        before = [
            p
            for p in places
            if not p.region
            and p.end <= ptr.start
            and _PLACE_PREP.search(s.text, max(0, p.start - 24), p.start)
        ]
        if before:
            c.places = [Place(name=before[-1].name)]
            c.extra["sentence_town"] = True


# PLACES34: a feature noun next to a name ("the X river", "позиція X",
# "микрорайон X"): the name is no settlement a pointer means (lang data)
_FEATURE_BEFORE = {
    lang: re.compile(rf"(?<![\w])(?:{m.FEATURE_WORDS})\s+[«\"“]?$", re.IGNORECASE)
    for lang, m in (("en", _en), ("uk", _uk), ("ru", _ru))
}
_FEATURE_AFTER = {
    lang: re.compile(rf"[»\"”]?\s+(?:{m.FEATURE_WORDS})(?![\w])", re.IGNORECASE)
    for lang, m in (("en", _en), ("uk", _uk), ("ru", _ru))
}


def is_feature(t: str, p: PlaceMention, lang: str) -> bool:
    """Whether the name ``p`` is a feature of a settlement (a river, a
    position, a district), as the noun next to it says.

    >>> from frontline.text.toponyms import find_places
    >>> t = "out of the Granit position south of Lisne"
    >>> [is_feature(t, p, "en") for p in find_places(t, "en")]
    [True, False]
    """
    if lang not in _FEATURE_BEFORE:
        return False
    return bool(
        _FEATURE_BEFORE[lang].search(t, max(0, p.start - 30), p.start)
        or _FEATURE_AFTER[lang].match(t, p.end)
    )


def pointed_town_too(
    claims: list[Claim], s: Sentence, st: _DocState, places: list[PlaceMention]
) -> None:
    """PLACES34: a claim that names a place and also points back to a
    settlement ("800 metres along the X river north of the town", "fighting
    out of the Y position on the southern edge of the town", "відбили
    лісосмуги на схід від села, просунулися в бік Z") names that settlement
    too: the place the pointer means (no river, position or district of the
    sentence) is added after its own, none dropped; marked
    ``extra["pointed_town"]``."""
    for c in claims:
        if not c.places or _resolved(c):
            continue
        a, b = c.char_start - s.start, c.char_end - s.start
        ptr = pointer(s.text, max(0, a), b, st.lang)
        if ptr is None or ptr.kind != "settlement":
            continue
        towns = [p for p in places if not is_feature(s.text, p, st.lang)]
        names = _antecedent(s.text, ptr, towns, st)
        have = {p.name for p in c.places}
        more = [n for n in names if n not in have]
        if more:
            c.places += [Place(name=n) for n in more]
            c.extra["pointed_town"] = True


def feature_town(
    claims: list[Claim], s: Sentence, st: _DocState, places: list[PlaceMention]
) -> None:
    """PLACES34: a claim placed only on features of a settlement ("fighting
    in the X microdistrict", "з мікрорайону «X» довелося відійти", "завод X
    — наш") names the settlement they lie in: the one its sentence named
    before the claim (no feature, no region), else the one told last;
    marked ``extra["feature_town"]``."""
    for c in claims:
        if not c.places:
            continue
        own = [p for p in places if p.name in {q.name for q in c.places}]
        if not own or not all(is_feature(s.text, p, st.lang) for p in own):
            continue
        a = c.char_start - s.start
        towns = [
            p.name
            for p in places
            if p.start < a and not p.region and not is_feature(s.text, p, st.lang)
        ]
        names = towns[-1:] or last_settlement(st)
        have = {p.name for p in c.places}
        more = [n for n in names if n not in have]
        if more:
            c.places += [Place(name=n) for n in more]
            c.extra["feature_town"] = True


def _resolved(c: Claim) -> bool:
    """Whether a claim's places were already read from a pointer."""
    return any(c.extra.get(k) for k in ("anaphora", "story_town", "sentence_town"))


# PLACES28: the kinds whose claim, placed nowhere, lies where its story is
# ("freed 1,100 sq km" in a story of the Kursk region)
_STORY_PLACE_KINDS = frozenset(("area_change", "settlement_control", "advance"))


# LEFTKNOWN35: a claim opening on its own sector or direction ("…, на
# півдні за тиждень просунулися на 2 км", "…, in the south they advanced")
# borrows no place of its sentence or story (lang: SECTOR_CLAUSE)
_OWN_SECTOR = {
    lang: re.compile(rf"\s*(?:{m.SECTOR_CLAUSE})(?![\w])", re.IGNORECASE)
    for lang, m in (("en", _en), ("uk", _uk), ("ru", _ru))
}


def place_of_story(
    claims: list[Claim], s: Sentence, st: _DocState, places: list[PlaceMention]
) -> None:
    """Claims of a gain placed nowhere take the region named last (in their
    sentence before their end, else earlier in the document), else the
    settlement told of last (not for a count of settlements); marked
    ``extra["story_place"]``: ``"sentence"`` for a region named in the claim's
    own sentence, ``"document"`` for a place named only before it (which the
    checker does not locate the claim by: a nationwide total in a story of
    Kursk is no Kursk figure)."""
    for c in claims:
        if c.places or c.kind not in _STORY_PLACE_KINDS:
            continue
        end = c.char_end - s.start
        if _OWN_SECTOR[st.lang].match(s.text, max(0, c.char_start - s.start)):
            continue  # "…, на півдні просунулися на 2 км": its own sector
        if c.sector and c.sector in c.quote:
            continue  # PROBEEN37: "Pokrovsk direction: 95 sq km": its sector

        here = [p.name for p in places if p.region and p.start < end]
        if not here and c.kind != "settlement_control":
            # PLACES33: a settlement of its own sentence before a region of
            # the story ("X, where troops advanced 10 km", "reclaimed X,
            # pushing the enemy back 1.5 km")
            here = _nearest_town(places, c.char_start - s.start, end)
        names = here[-1:] or ([st.last_region] if st.last_region else [])
        if not names and c.kind != "settlement_control":
            names = last_settlement(st)  # (a count lies in no one settlement)
        if names:
            c.places = [Place(name=n) for n in names]
            c.extra["story_place"] = "sentence" if here else "document"


def _nearest_town(places: list[PlaceMention], a: int, b: int) -> list[str]:
    """The settlement of a sentence nearest a claim at ``a``..``b``: the last
    one named before its end, else the first after it (no region)."""
    towns = [p for p in places if not p.region]
    before = [p.name for p in towns if p.start < b]
    return before[-1:] or [p.name for p in towns[:1]]


def last_settlement(st: _DocState) -> list[str]:
    """The settlement told of last, as the place memory recalls it (no
    headline's, no actor word, no place describing where another lies), else
    the places of the last sentence that named any."""
    return st.told.recall("settlement", st.sentence_no, st.paragraph) or list(
        st.last_places[-1:]
    )


def continued_side(st: _DocState) -> str | None:
    """The side acting in the sentence before ("Russian troops stormed X."):
    whom a carried-on "they" means."""
    at, text = st.told.last
    if at != st.sentence_no - 1:
        return None
    for m in side_mentions(text, st.lang):
        if m.side in ("UA", "RU") and not m.after_preposition:
            return m.side
    return None


def continued_place(
    ctx: SentenceContext, clause: tuple[int, int], at: int
) -> list[str]:
    """The settlement of the sentence before when the clause's subject is a
    pronoun carrying it on ("Russian troops stormed X. By evening they had
    taken the eastern districts.") and the sentence names no place itself;
    only when the sentence before made a claim there."""
    if ctx.places or not continues_subject(ctx.t, clause[0], at):
        return []
    st = ctx.st
    names = st.told.just_before(st.sentence_no, st.paragraph)
    return names if set(names) <= set(st.last_claim_places) else []


def _anaphoric_place(
    t: str, clause: tuple[int, int], places: list[PlaceMention], st: _DocState
) -> list[str]:
    """The settlement "the settlement" in ``clause`` points back to, if any
    (``anaphora.pointer`` finds the words)."""
    ptr = pointer(t, clause[0], clause[1], st.lang)
    if ptr is None or ptr.kind != "settlement":
        return []
    earlier = [p.name for p in places if p.start < clause[0] and not p.region]
    return earlier[-1:] or last_settlement(st)


# a condition or a time still to come: "If the column entered the village, …",
# "after the town is retaken", "якщо ворог зайде", "если войска войдут"
_CONDITION_HEAD = re.compile(
    r"^\W*(?:if|unless|якщо|якби|если|коли б)\b[^,;:]*$", re.IGNORECASE
)


_PENDING = re.compile(
    r"\b(?:after|once|until|when|before)\s+(?:[\w’'-]+\s+){0,3}(?:is|are)\s+$|"
    r"\bto\s+(?:show|demonstrate|achieve|deliver|make)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PENDING = folded(_PENDING)


# the checks of _blocked, compiled once (speed)
_HAVE_START = re.compile(r"(?:have|has)\b", re.IGNORECASE)
_MODAL_END = re.compile(r"\b(?:may|might|could)\s+$")
_TO_BE_END = re.compile(r"\bto\s+(?:be\s+)?$")
_HAVE_HAD_START = re.compile(r"(?:have|has|had)\b", re.IGNORECASE)
_DONE_TO_END = re.compile(
    r"\b(?:managed|succeeded|amounted|up|due|unable|failed|fail|fails|"
    r"forced|had|has|have|decided|obliged|compelled|ordered|continu\w+|"
    # a reported ability is a completed act: "were able to liberate"
    r"(?:was|were|is|are|been)\s+able)\s+to\s+$|"
    # a withdrawal forced on the other side happened: "forced Ukrainian units
    # to retreat from X"
    r"\b(?:forced|compelled)\s+(?:[\w’'-]+\s+){1,3}to\s+$|"
    # an ordinal or superlative head reports a done deed: "the latest
    # town to fall to", "the first village to be retaken" (not "next")
    r"\b(?:latest|last|first|second|third|fourth|fifth|only|biggest|"
    r"largest)\s+(?:[\w’'-]+\s+){0,3}to\s+(?:be\s+)?$",
)
_ORDERED_TO_END = re.compile(
    r"\b(?:ordered|allowed|permitted|authori[sz]ed)\s+(?:[\w’'-]+\s+)"
    r"{0,3}to\s+$",
)
# a clause of its own subject after the trigger ("…, I will not lie to you")
_OWN_SUBJECT = re.compile(
    r"[,;]\s+(?:I|we|he|she|they|я|ми|мы|він|вона|вони|он|она|они)(?![\w’'])"
)


# the families whose perfective future ("візьмуть", "возьмут") tells no deed
# done (not rules/fighting._GAIN_FAMILIES, which counts stalls too)
_FUTURE_UNDONE_FAMILIES = frozenset(("capture", "withdraw", "advance", "gain"))


def _undone(text: str, trig: _Trig, lang: str) -> bool:
    """The trigger word in a form that tells no deed done (uk/ru lang data
    ``UNDONE*``): a future, an imperative, or a conditional particle after it.

    >>> t = _Trig("capture", 18, 27, "захоплять")
    >>> _undone("Російські війська захоплять село", t, "uk")
    True
    >>> _undone("Війська захопили б село", _Trig("capture", 8, 16, "захопили"), "uk")
    True
    >>> _undone("Війська захопили село", _Trig("capture", 8, 16, "захопили"), "uk")
    False
    """
    forms = lx.UNDONE.get(lang)
    if forms is None:
        return False
    word = trig.text
    if forms[0].search(word) or forms[2].match(text, trig.end):
        return True
    return trig.family in _FUTURE_UNDONE_FAMILIES and forms[1].search(word) is not None


def _blocked(text: str, trig: _Trig, lang: str) -> bool:
    before = text[max(0, trig.start - 60) : trig.start]
    if _CONDITION_HEAD.match(text[: trig.start]) or _PENDING.search(before):
        return True
    if _undone(text, trig, lang):
        return True
    end = trig.end + 50
    other = _OWN_SUBJECT.search(text, trig.end, end)
    if other is not None:
        end = other.start()  # "… has been lost, I will not lie": not its future
    if lx.FUTURE.search(text[max(0, trig.start - 50) : end]):
        return True
    cond = lx.CONDITIONAL.get(lang)
    # an order or permission to withdraw is reported as carried out
    # ("ordered its troops to withdraw from X", "were ordered to leave")
    order_done = trig.family == "withdraw" and _ORDERED_TO_END.search(before)
    if (
        cond
        and cond.search(before)
        and not order_done
        and not (  # "may have taken": the modal's perfect sits in the trigger
            _HAVE_START.match(trig.text) and _MODAL_END.search(before)
        )
    ):
        return True
    if (
        lang == "en"
        and _TO_BE_END.search(before)
        and not _HAVE_HAD_START.match(trig.text)
        and not _DONE_TO_END.search(before)
        and not order_done
    ):
        return True
    return False


# a side noun in an oblique plural case (uk/ru) is an object, never the subject
# of a verb: "окупантів", "росіян", "оккупантов", "россиян"
_OBLIQUE_PLURAL = re.compile(
    r"(?:окупант|оккупант|загарбник|рашист|захисник|защитник|орк)(?:ів|ов)|"
    r"(?:росіян|россиян)",
    re.IGNORECASE,
)


# the enemy in the accusative opening its clause: "Ворога вибили з X",
# "Противника выбили из X" (not the genitive "групи ворога просочилися")
_ENEMY_OBJECT = re.compile(r"ворога|противника|врага|неприятеля", re.IGNORECASE)
_OUR_OBJECT = re.compile(r"наших|нас", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(
    r"(?:^|[,;:—–-]|(?<![\w])(?:і|та|й|и|а|але|но))\W*"
    # time adverbs may open the clause: "Учора ввечері ворога вибили з X"
    r"(?:(?:учора|вчора|вчера|сьогодні|сегодня|ввечері|вечером|вночі|ночью|"
    r"вранці|утром|також|также|згодом|затем|потім|потом)\s+){0,2}$",
    re.IGNORECASE,
)


# an advance noun right before a side word: the side is its genitive agent
_MOVE_NOUN_END = re.compile(
    rf"(?<![\w-])(?:{_uk.STALLED_MOVE_NOUN}|{_ru.STALLED_MOVE_NOUN})\s+$",
    re.IGNORECASE,
)


_MOVE_NOUN = re.compile(
    rf"(?:{_uk.STALLED_MOVE_NOUN}|{_ru.STALLED_MOVE_NOUN})", re.IGNORECASE
)


# verbs that drive someone out or back: their object is the loser
_PUSH_VERB = re.compile(r"(?:від|от|ви|вы)(?:кин|тісн|тесн|брос|бил|бив)", re.I)


def _object_first(text: str, sm: SideMention, cs: int, trig: _Trig) -> bool:
    """A side word before the verb that is its object, not its subject."""
    if _OBLIQUE_PLURAL.fullmatch(sm.text):
        # KNOWN43: an advance noun's genitive before a stall ("Наступ росіян на
        # X зупинено"): whose advance stalled, no object of the verb
        return not (
            trig.family == "stall"
            and _MOVE_NOUN_END.search(text, max(0, sm.start - 30), sm.start)
        )
    if _OUR_OBJECT.fullmatch(sm.text):
        # "Наших вибили з X", "нас вытеснили из X" (FIELDS23): "ours" in the
        # accusative right before a transitive verb, opening its clause
        return (
            0 <= trig.start - sm.end <= 2
            and _PUSH_VERB.match(trig.text) is not None
            and bool(_CLAUSE_OPEN.search(text, max(0, cs, sm.start - 40), sm.start))
        )
    if not _ENEMY_OBJECT.fullmatch(sm.text):
        return False
    # a transitive verb takes it as its object ("ворога вибили", "противника
    # захопили в полон" aside); a reflexive one never ("групи ворога
    # просочилися")
    transitive = _PUSH_VERB.match(trig.text) is not None or (
        trig.family == "capture" and not trig.text.endswith(("ся", "сь"))
    )
    return transitive or bool(
        _CLAUSE_OPEN.search(text, max(0, cs, sm.start - 40), sm.start)
    )


# a side's claim right before its verb: "Russia's claim to have captured X",
# "Moscow's assertion that its troops took X"
_CLAIM_OF = re.compile(
    # (or a side's adjective: "the Russian claim that its forces took X")
    r"(?:['’]s|\b(?:Russian|Ukrainian))\s+(?:claims?|statements?|reports?|"
    r"assertions?|announcement)\s+"
    # (the trigger may hold the "have": "claim to [have taken] X")
    r"(?:to\s+(?:have\s+)?|that\s+(?:it|they|its\s+\w+|their\s+\w+)\s+"
    r"(?:had\s+|has\s+|have\s+)?)\s*$",
    re.IGNORECASE,
)
_CLAIM_OF = keyed(_CLAIM_OF)  # speed: passed over texts lacking its keys


_VERB_END = re.compile(r"(?:ли|ла|ло|ть|ють|ять|ут|ют)$")


# an impersonal passive: "вибито", "витіснено", "отброшено"
_IMPERSONAL = re.compile(r"(?:то|но)$", re.IGNORECASE)


# the checks of _agent, compiled once (speed)
_OBLIQUE_END = re.compile(r"(?:ні|нні|ння|ння|ии|ие|ия|ах|ов|ам|е)$")
_LATIN_START = re.compile(r"[a-z]")
_WITHDRAW_NOUN = re.compile(r"\bof$|(?<![a-z])(?:ода|оду|упу|упа|ення|ения)$", re.I)
_ADVANCE_NOUN = re.compile(r"advances?|breakthrough|push", re.I)
_OF_THE_NEXT = re.compile(r"\s+of\s+(?:the\s+)?")
_CONTROL_WORD = re.compile(r"контрол|control", re.I)
_OF_THE_OPT = re.compile(r"\s*(?:of\s+)?(?:the\s+)?")
_BY_AGENT_NEXT = re.compile(r"\s*(?:\w+\s+){0,5}?by\s+")
_TO_END = re.compile(r"\bto$", re.IGNORECASE)
_SPACES = re.compile(r"\s*")
_OPENING_PHRASE = re.compile(
    r"\W*(?:(?:after|before|while|since|upon|on|having|by|despite)\s+)?"
    r"(?:\w+\s+)?",
    re.IGNORECASE,
)
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s*(?:\w+\s+)?")
_AND_END = re.compile(
    r"(?:\band|(?<![\w])(?:і|та|и))\s+(?:then\s+|also\s+|later\s+)?$",
)
_ONE_WORD_GAP = re.compile(r"\s+(?:\w+\s+)?")
_LATIN_LETTER_START = re.compile(r"[a-z]", re.I)


# an adjective or noun in the instrumental ("российскими", "військами"),
# the agent of a capture noun
_INSTRUMENTAL = re.compile(r"(?:ими|ыми|ами|ями)$", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,;:.!?—–]")
_AGENT_AFTER_NOUN = 40  # characters from a capture noun to its agent


def _noun_agent(text: str, trig: _Trig, mentions: list) -> str | None:
    """The side in the instrumental after a capture noun ("о взятии X
    российскими войсками", "захоплення X російськими військами"), or None."""
    if trig.family != "capture" or not _CAPTURE_NOUN_END.search(trig.text.lower()):
        return None
    for sm in mentions:
        if (
            0 <= sm.start - trig.end <= _AGENT_AFTER_NOUN
            and sm.side in ("UA", "RU")
            and not sm.after_preposition
            and _INSTRUMENTAL.search(sm.text)
            and not _CLAUSE_STOP.search(text, trig.end, sm.start)
        ):
            return sm.side
    return None


# an actor found: its side and whether the text names it explicitly
_Found = tuple[str | None, bool] | None
_ACTORS = ("UA", "RU", "WE", "ENEMY")


def _actor(
    mentions: list,
    perspective: str | None,
    where: Callable[[Any], bool],
    sides: tuple[str, ...] = _ACTORS,
) -> _Found:
    """The first side mention ``where`` accepts that names an acting side
    (``sides``), made concrete from ``perspective``, as a found agent; None
    when there is none.

    >>> from frontline.text.sides import SideMention
    >>> _actor([SideMention(0, 6, "RU", "Russia", False)], None, lambda sm: True)
    ('RU', True)
    """
    for sm in mentions:
        if where(sm) and sm.side in sides:
            side = concrete(sm.side, perspective)
            if side:
                return side, True
    return None


_LAST_VIEW: ByPosition[Any] = ByPosition([], [])


def _mention_view(mentions: list) -> ByPosition[Any]:
    """The side mentions of a sentence (one search's matches, sorted by start)
    as a view by start; the view of the list asked last is kept, since the
    agent rules pass one sentence's list (or a part of it) from call to call.

    >>> from frontline.text.sides import SideMention
    >>> ms = [SideMention(i, i + 3, "RU", "RF", False) for i in (0, 10, 20)]
    >>> [m.start for m in _mention_view(ms).within(5, 21)]
    [10, 20]
    """
    global _LAST_VIEW
    view = _LAST_VIEW
    if view.items is not mentions:
        view = _LAST_VIEW = ByPosition.of_starts(mentions)
    return view


def _mentions_in(mentions: list, lo: int, hi: int) -> list:
    """The side mentions that start in ``[lo, hi)``, in order."""
    return _mention_view(mentions).within(lo, hi)


def _mentions_back_from(mentions: list, pos: int) -> Iterator[Any]:
    """The side mentions that start before ``pos``, nearest first."""
    return _mention_view(mentions).before(pos)


def _agent(
    text: str,
    trig: _Trig,
    clause: tuple[int, int],
    mentions: list,
    st: _DocState,
    perspective: str | None,
) -> tuple[str | None, bool]:
    """Side of the actor of a trigger and whether it was explicit in the text,
    as a recipe: a side within or right after the trigger word, one a phrase
    ties to it ("Russia's claim to", "the advance of", "under the control
    of"), a passive's agent, the subject before the verb, else one after it
    in Slavic verb-subject order."""
    cs = clause[0]
    found = (
        _agent_at_word(text, trig, mentions, perspective)
        or _agent_of_phrase(text, trig, mentions, perspective)
        or _agent_of_passive(text, trig, mentions, perspective)
        or _agent_opening_or_possessive(text, trig, cs, mentions, perspective)
        or _agent_subject_before(text, trig, cs, mentions, perspective)
        or _agent_subject_after(text, trig, mentions, perspective)
        or _agent_driving_out(text, trig, mentions, perspective)
    )
    if found and _we_against_own_side(text, trig, clause, mentions, found[0]):
        return opposite(found[0]), True
    return found or (None, False)


# the object right after a verb: "knocked the Ukrainians out", "выбили ВСУ из"
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
# S36REST: a verb driving a side out ("cleared Russian troops from X", "drove
# the Ukrainians out of X", "pushed Russian forces back from X"): its object
# is the loser
_DRIVE_OUT_VERB = re.compile(
    r"(?:clear|drove|driv|push|forc|expel|oust|knock|kick|threw|throw|dislodg|"
    r"flush|beat|beaten)\w*$",
    re.IGNORECASE,
)
_OUT_AFTER = re.compile(
    r"(?:\s+(?!from\b|out\b)[\w’'-]+){0,2}?\s+(?:back\s+)?(?:from|out)\b",
    re.IGNORECASE,
)


def _agent_driving_out(
    text: str, trig: _Trig, mentions: list, perspective: str | None
) -> _Found:
    """The other side of a side driven out right after an active verb with
    no subject side ("it has cleared Russian troops from X"), else None."""
    if trig.passive or trig.nominal or trig.family != "capture":
        return None
    if not _DRIVE_OUT_VERB.search(trig.text):
        return None
    after = _mentions_in(mentions, trig.end, trig.end + 6)
    if not after or not _OBJECT_GAP.fullmatch(text, trig.end, after[0].start):
        return None
    side = concrete(after[0].side, perspective)
    if side not in ("UA", "RU") or not _OUT_AFTER.match(text, after[0].end):
        return None
    return opposite(side), True


def _we_against_own_side(
    text: str, trig: _Trig, clause: tuple[int, int], mentions: list, side: str
) -> bool:
    """Whether "we" acting on the side it was taken for names a contradiction
    (session 24): a first-person subject before the verb whose object right
    after it is that very side ("our guys knocked the Ukrainians out of X",
    "наши выбили ВСУ из X") speaks for the other side."""
    if trig.passive or trig.nominal:
        return False
    after = _mentions_in(mentions, trig.end, trig.end + 6)
    if not after or after[0].side != side or after[0].after_preposition:
        return False
    if not _OBJECT_GAP.fullmatch(text, trig.end, after[0].start):
        return False
    return any(
        sm.side == "WE" and clause[0] <= sm.start < trig.start
        for sm in _mentions_in(mentions, clause[0], trig.start)
    )


def _agent_at_word(
    text: str, trig: _Trig, mentions: list, perspective: str | None
) -> _Found:
    """A side inside the trigger span, right after an oblique form of it, in
    the instrumental after a capture noun, or after a withdrawal noun."""
    if found := _actor(
        _mentions_in(mentions, trig.start, trig.end),
        perspective,
        lambda sm: trig.start <= sm.start < trig.end,
    ):
        return found
    if _OBLIQUE_END.search(trig.text.lower()) and not _LATIN_START.match(
        trig.text.lower()
    ):
        if found := _actor(
            _mentions_in(mentions, trig.end, trig.end + 3),
            perspective,
            lambda sm: 0 <= sm.start - trig.end <= 2,
            ("UA", "RU", "ENEMY"),
        ):
            return found
    if _MOVE_NOUN.fullmatch(trig.text):
        # KNOWN44: an advance noun's genitive agent ("не допустили прориву
        # окупантів до X", "наступ росіян на X"): whose advance it is
        if found := _actor(
            _mentions_in(mentions, trig.end, trig.end + 3),
            perspective,
            lambda sm: 0 < sm.start - trig.end <= 2 and not sm.after_preposition,
            ("UA", "RU", "ENEMY"),
        ):
            return found
    noun_agent = _noun_agent(text, trig, mentions)
    if noun_agent is not None:
        return noun_agent, True
    if trig.family == "withdraw" and _WITHDRAW_NOUN.search(trig.text):
        # "the withdrawal of Russian troops from X", "після відступу окупантів",
        # "после отхода ВСУ": who withdraws follows the noun
        if found := _actor(
            _mentions_in(mentions, trig.end, trig.end + 7),
            perspective,
            lambda sm: 0 <= sm.start - trig.end <= 6,
        ):
            return found
    return None


def _agent_of_phrase(
    text: str, trig: _Trig, mentions: list, perspective: str | None
) -> _Found:
    """A side a phrase ties to the trigger: a claimant's claim ("Russia's
    claim to have captured X"), "the advance of", "under the control of", a
    side put right before an impersonal passive."""
    claim_of = _CLAIM_OF.search(text, max(0, trig.start - 60), trig.start)
    if claim_of:
        # "Russia's claim to have captured X": the claimant's side acts
        if found := _actor(
            mentions, perspective, lambda sm: sm.start <= claim_of.start() <= sm.end
        ):
            return found
    if trig.family == "advance" and _ADVANCE_NOUN.fullmatch(trig.text):
        # "the advance of Russian troops toward X": who advances follows "of"
        m = _OF_THE_NEXT.match(text[trig.end :])
        pos = trig.end + (m.end() if m else 10**9)
        if found := _actor(
            _mentions_in(mentions, pos, pos + 1), perspective, lambda sm: True
        ):
            return found
    if trig.family == "hold" and _CONTROL_WORD.search(trig.text):
        # "під контролем Сил оборони", "under the control of Russian forces"
        m = _OF_THE_OPT.match(text[trig.end :])
        pos = trig.end + (m.end() if m else 0)
        if found := _actor(
            _mentions_in(mentions, pos, pos + 3), perspective, lambda sm: True
        ):
            return found
    if trig.family == "withdraw" and _IMPERSONAL.search(trig.text):
        # "Окупантів вибито з X", "Ворога витіснено з X": the side put right
        # before an impersonal passive is the one driven out
        if found := _actor(
            mentions, perspective, lambda sm: 0 <= trig.start - sm.end <= 2
        ):
            return found
    return None


# a uk/ru short passive participle of a capture, its agent in the
# instrumental right after it: "X захвачено украинскими войсками", "X
# освобождено ВСУ", "X звільнене російськими військами" (session 22)
_SLAVIC_PASSIVE = re.compile(
    r"[а-яіїєґё]+(?:ен|ена|ено|ене|ений|ені|ены|ан|ана|ано|ане|аний|ані|аны|"
    r"ят|ята|ято|яте|ятий|яті|яты|ут|ута|уте|утий|уті|уты|то|но)$",
    re.IGNORECASE,
)
_ADVERB_GAP = re.compile(
    r"\s+(?:(?:полностью|повністю|частично|частково|уже|вже)\s+)?", re.IGNORECASE
)


def _slavic_passive_agent(text: str, trig: _Trig, mentions: list) -> _Found:
    """The instrumental agent right after a uk/ru short passive of a capture."""
    if trig.family != "capture" or not _SLAVIC_PASSIVE.fullmatch(trig.text):
        return None
    gap = _ADVERB_GAP.match(text, trig.end)
    if gap is None:
        return None
    for sm in mentions:
        # (a named side only: "захвачен противником" is left to the voice)
        if sm.start == gap.end() and not sm.after_preposition:
            if sm.side in ("UA", "RU"):
                return sm.side, True
    return None


def _agent_of_passive(
    text: str, trig: _Trig, mentions: list, perspective: str | None
) -> _Found:
    """The agent after a passive ("taken by Russian forces"), or the side a
    place was cleared of (the loser: "cleared of Ukrainian units")."""
    if trig.passive:
        m = _BY_AGENT_NEXT.match(text[trig.end :])
        if _TO_END.search(trig.text):
            m = _SPACES.match(text[trig.end :])
        if m:
            pos = trig.end + m.end()
            for sm in _mentions_in(mentions, pos, pos + 40):
                if pos <= sm.start < pos + 40:
                    side = concrete(sm.side, perspective)
                    if side:
                        # KNOWN42: "halted by Ukrainian forces": the halted
                        # side's advance is the one that failed
                        stalled = trig.family == "stall"
                        return (opposite(side) if stalled else side), True
        # passive without agent: the subject is the patient; fall back
    if (found := _slavic_passive_agent(text, trig, mentions)) is not None:
        return found
    if trig.family == "capture" and re.fullmatch(
        r"cleared|зачищен\w*|очищен\w*", trig.text, re.IGNORECASE
    ):
        # "cleared of Ukrainian units", "зачищено от подразделений ВСУ": the
        # side cleared out is the loser
        m = re.match(
            r"\s*(?:of|від|от)\s+(?:(?:all|the|remaining|\w+ів|\w+ий)\s+)?",
            text[trig.end :],
            re.IGNORECASE,
        )
        pos = trig.end + m.end() if m else -100
        for sm in _mentions_in(mentions, pos, pos + 17):
            if pos <= sm.start <= pos + 16 and sm.side in _ACTORS:
                side = concrete(sm.side, perspective)
                if side:
                    return opposite(side), True
    return None


def _subject_opens(mentions: list, trig: _Trig) -> bool:
    """Whether a side opens the text before ``trig``: its subject, so the
    trigger is the verb, no gerund opening a phrase (session 35: the
    Ukrainian past "Ворог захопив X, повідомляє Генштаб ЗСУ" ends in -ив like
    the Russian gerund "Отбив X, ВСУ …")."""
    return any(
        sm.end <= trig.start and sm.side != "PRO" and not sm.after_preposition
        for sm in mentions
    )


def _agent_opening_or_possessive(
    text: str, trig: _Trig, cs: int, mentions: list, perspective: str | None
) -> _Found:
    """The subject after an opening participial phrase ("After capturing X,
    Russian troops moved on"), a possessive or adjective right before a noun
    trigger ("Russian gains"), or the first subject of a coordinated
    predicate ("Ukrainian forces pushed … and regained …")."""
    if (
        _OPENING_PHRASE.fullmatch(text[: trig.start])
        and (
            # (the Russian perfective gerund in -в: "Отбив X, ВСУ ...", "взяв")
            trig.text.lower().endswith(("ing", "ши", "вши", "вшись", "ив", "яв", "ав"))
            or "having" in text[: trig.start].lower()
        )
        and not _subject_opens(mentions, trig)
    ):
        comma = text.find(",", trig.end)
        if comma > 0:
            for sm in mentions:
                if sm.start > comma and not sm.after_preposition and sm.side != "PRO":
                    side = concrete(sm.side, perspective)
                    if side:
                        return side, True
                    break
    for sm in _mentions_back_from(mentions, trig.start):
        if trig.start - sm.end > 22:
            break  # (mentions do not overlap: the ones before end earlier)
        if sm.end <= trig.start and sm.side != "PRO":
            if not trig.nominal and _object_first(text, sm, cs, trig):
                continue  # an object before the verb
            if not trig.nominal and _noun_agent_before(text, sm):
                continue  # "отбили атаки ВСУ и вернули X": the attack's agent
            gap = text[sm.end : trig.start]
            if _POSSESSIVE_GAP.fullmatch(gap) and (
                trig.nominal
                or trig.family in ("gain", "hold")
                or not sm.after_preposition
            ):
                side = concrete(sm.side, perspective)
                if side and not trig.passive:
                    return side, True
    if not trig.passive and _AND_END.search(text[max(0, trig.start - 20) : trig.start]):
        # a coordinated predicate shares the first subject, not the object
        for sm in mentions:
            if sm.end > trig.start:
                break
            if sm.side != "PRO" and not sm.after_preposition:
                side = concrete(sm.side, perspective)
                if side:
                    return side, sm.start >= cs
                break
    return None


# S36REST: a side after "by" or in an attack noun's genitive agents that noun
# ("repelled attempts by Ukrainian units to …, and had regained X", "отбили
# атаки ВСУ и вернули X"): never an active verb's subject (lang/*.py)
_BY_AGENT = re.compile(rf"(?:{every('AGENT_OF_NOUN_BEFORE')})$", re.IGNORECASE)


def _noun_agent_before(text: str, sm: SideMention) -> bool:
    """Whether side mention ``sm`` agents a noun before it ("attempts by
    Ukrainian units", "атаки ВСУ"): no subject of an active verb after it."""
    return _BY_AGENT.search(text, max(0, sm.start - 30), sm.start) is not None


def _agent_subject_before(
    text: str, trig: _Trig, cs: int, mentions: list, perspective: str | None
) -> _Found:
    """The nearest subject before an active trigger, past objects put before
    the verb; with none, the opposite of an object driven out ("Окупантів
    вибили з X"). A stalled passive's subject is the side whose advance
    stalled ("Russian troops were halted outside X", KNOWN42)."""
    if trig.passive and trig.family != "stall":
        return None
    put_first = None  # the side of an object put before the verb
    for sm in _mentions_back_from(mentions, trig.start):
        if sm.end > trig.start or sm.side == "PRO":
            continue
        if sm.after_preposition or _noun_agent_before(text, sm):
            continue  # S36REST: "attempts by Ukrainian units": no subject
        if not trig.nominal and _object_first(text, sm, cs, trig):
            # "Окупантів вибили з X": the object, not the subject (but
            # "заяву росіян про захоплення": whose claim, a noun after)
            if _VERB_END.search(trig.text) and _ONE_WORD_GAP.fullmatch(
                text[sm.end : trig.start]
            ):
                put_first = put_first or concrete(sm.side, perspective)
            continue
        side = concrete(sm.side, perspective)
        if side:
            return side, sm.start >= cs
    if put_first is not None and trig.family in ("capture", "advance"):
        # no subject named: the ones who drove that object out
        return opposite(put_first), True
    return None


def _agent_subject_after(
    text: str, trig: _Trig, mentions: list, perspective: str | None
) -> _Found:
    """Slavic verb-subject order with no subject before: "туда вошли ВСУ" (an
    intransitive verb: after "вытеснили" the side is the object)."""
    if (
        not trig.passive
        and (
            trig.family in ("advance", "withdraw")
            or _RELATIVE_OBJECT.search(text, max(0, trig.start - 40), trig.start)
        )
        and not _LATIN_LETTER_START.match(trig.text)
    ):
        for sm in _mentions_in(mentions, trig.end + 1, trig.end + 3):
            if (
                0 < sm.start - trig.end <= 2
                and not sm.after_preposition
                and sm.side in _ACTORS
            ):
                side = concrete(sm.side, perspective)
                if side and _PUSH_BACK.fullmatch(trig.text):
                    return opposite(side), True  # "відкинули ворога": the loser
                if side:
                    return side, True
    return None


# PROBEUKRU38: a verb pushing its object back ("відкинули ворога на 2 км",
# "отбросили противника от X"): the side right after it is its object
_PUSH_BACK = re.compile(
    rf"(?:{_uk.PUSH_BACK_VERBS}|{_ru.PUSH_BACK_VERBS})", re.IGNORECASE
)


# a relative pronoun as the object before the verb: "площа, яку утримують
# українські підрозділи", "территория, которую контролируют войска РФ" (the
# subject follows the verb)
_RELATIVE_OBJECT = re.compile(
    r"(?<![\w])(?:яку|які|якого|котру|которую|которые|который|которое)\s+"
    r"(?:(?:досі|ще|всё|все|ещё|еще|до сих пор|нині|сейчас)\s+){0,2}$",
    re.IGNORECASE,
)


# "they" is a subject's nominative (never a preposition's object)
_THEY = frozenset({"they", "вони", "они"})
_US = re.compile(r"us|our|ours|нас|нам|наш\w*", re.IGNORECASE)


def _they_in_quote(
    text: str,
    trig: _Trig,
    clause: tuple[int, int],
    mentions: list,
    answer: bool = False,
) -> bool:
    """A "they" subject before the claim word, inside an open quotation or
    an interviewee's answer (``answer``: B30REST39, "GUEST: They crossed the
    canal", "— Вони зайшли в село")."""
    cs = clause[0]
    they = any(
        m.side == "PRO" and m.text.lower() in _THEY and cs <= m.start < trig.start
        for m in mentions
    )
    if not they or answer:
        return they
    before = text[: trig.start]
    curly = (
        before.count("“") + before.count("«") - before.count("”") - before.count("»")
    )
    return curly > 0 or before.count('"') % 2 == 1


def _they_against_us(trig: _Trig, clause: tuple[int, int], mentions: list) -> bool:
    """A "they" subject before the claim word and "us"/"our" in its clause."""
    cs, ce = clause
    they = any(
        m.side == "PRO" and m.text.lower() in _THEY and cs <= m.start < trig.start
        for m in mentions
    )
    return they and any(
        m.side == "WE" and _US.fullmatch(m.text) and cs <= m.start < ce
        for m in mentions
    )


# "перейшли під повний контроль російських окупантів", "came under complete
# Russian control": the owner named at "control" is the gainer
_CONTROL_TRIGGER = re.compile(
    r"^(?:перейш|переш|під|под|повернул|вернул|returned|handed|given|reverted)"
    r"\w*\s(?:\w+\s)*?(?:контрол|control)",
    re.IGNORECASE,
)


# a side's control phrase around a side word (session 24): "under Russian
# control", "під російським контролем", "под контролем ВС РФ"
_UNDER_BEFORE = re.compile(
    r"(?:\bunder|(?<![\w])(?:під|под))\s+(?:the\s+)?(?:full\s+|complete\s+|"
    r"повним\s+|полным\s+)?$",
    re.IGNORECASE,
)
_CONTROL_AFTER = re.compile(r"\s+(?:control\b|контролем(?![\w]))", re.IGNORECASE)
_UNDER_CONTROL_BEFORE = re.compile(
    r"(?<![\w])(?:під|под)\s+(?:повним\s+|полным\s+)?контролем\s+$", re.IGNORECASE
)
_CONTROL_SIDES = ("UA", "RU", "ENEMY", "WE")


def held_under_control(
    t: str, mentions: list, span: tuple[int, int], perspective: str | None
) -> str | None:
    """The side a control phrase inside ``span`` of ``t`` names ("under
    Russian control", "під контролем ЗСУ", "под российским контролем"),
    else None.

    >>> t = "The area under Ukrainian control had shrunk."
    >>> held_under_control(t, side_mentions(t, "en"), (0, len(t)), None)
    'UA'
    """
    for m in mentions:
        if not span[0] <= m.start < span[1] or m.side not in _CONTROL_SIDES:
            continue
        lo = max(span[0], m.start - 24)
        if (
            _UNDER_BEFORE.search(t, lo, m.start) and _CONTROL_AFTER.match(t, m.end)
        ) or _UNDER_CONTROL_BEFORE.search(t, lo, m.start):
            return concrete(m.side, perspective)
    return None


def _control_holder(
    text: str, trig: _Trig, mentions: list, perspective: str | None = None
) -> str | None:
    """The side a place came under the control of, when the trigger names it
    (the enemy's control from the speaker's side: "перейшло під контроль
    ворога")."""
    if trig.family != "capture" or not _CONTROL_TRIGGER.match(trig.text):
        return None
    tail = text[trig.end : trig.end + 45]
    if not re.match(r"\s*(?:\w+\s+)?(?:of\s+|by\s+)?\w", tail):
        return None
    for m in mentions:
        # "returned to Ukrainian control": the owner may stand inside
        if trig.start < m.start <= trig.end + 30 and m.side in ("UA", "RU"):
            return m.side
        if trig.start < m.start <= trig.end + 30 and m.side == "ENEMY":
            side = concrete(m.side, perspective)  # FIELDS23
            if side:
                return side
    return None


# uk/ru nouns of capture ("захоплення", "взятие", "окупації", "захвата")
_CAPTURE_NOUN_END = re.compile(
    r"(?:нн[яюі]|тт[яюі]|ени[еяюий]|ти[еяюий]|аці[їяюі]|аци[ияюей]|захват[аеу]?)$"
)
# a denial closing the clause after the capture noun ("... захват села не
# подтверждает", "... захоплення X не підтверджує")
_DENIES_AFTER = re.compile(
    r"(?<![\w])(?:не подтвержда\w*|не підтверджу\w*|опроверга\w*|спростову\w*|"
    r"отрица\w*|заперечу\w*|не підтверди(?:в|ла|ли|ло)|не подтверди(?:л|ла|ли|ло))"
    r"(?![\w])|"
    # "said reports of the fall of X were untrue"
    r"\b(?:is|are|was|were)\s+['‘\"“]?(?:\w+\s+)?(?:untrue|false|fake|not true|"
    r"baseless)\b|"
    # FIELDS25B: a verdict of falsehood after the noun ("talk of X's fall was
    # nonsense", "the reports were pure fabrication")
    r"\b(?:is|are|was|were)\s+['‘\"“]?(?:\w+\s+){0,2}?(?:nonsense|a lie|lies|fiction|"
    r"fabricat\w+|disinformation|groundless|unfounded)\b",
    re.IGNORECASE,
)


# the contrast words of every language (lang CONTRAST_WORDS; KNOWN41: once an
# older inline list without "while", "although", "хоча", "хотя"), and "втім"
_CONTRAST_WORD = re.compile(
    rf"(?<![\w])(?:{every('CONTRAST_WORDS')}|втім)(?![\w])", re.IGNORECASE
)


def _denied_by_subject(
    text: str, trig: _Trig, clause: tuple[int, int], lang: str
) -> bool:
    """The side named before a capture noun denies it in a verb after it."""
    if trig.family != "capture" or not (
        trig.nominal
        or _CAPTURE_NOUN_END.search(trig.text)
        # FIELDS25B: "X's fall" is a noun too (the place falls, to the other side)
        or trig.text.lower() == "fall"
    ):
        return False
    deny = _DENIES_AFTER.search(text, trig.end, clause[1])
    before = side_mentions(text[clause[0] : trig.start], lang)
    return (
        deny is not None
        # "… reported the capture of X, however this is untrue": a contrast
        # is the writer's verdict on the subject's claim, not its denial
        and not _CONTRAST_WORD.search(text, trig.end, deny.start())
        and bool(before)
        and not side_mentions(text[trig.end : deny.start()], lang)
        and not _claimer_judged(text, clause[0] + before[-1].end, trig, deny)
        and not _claim_owner(
            text, clause[0] + before[-1].start, clause[0] + before[-1].end, trig
        )
    )


# a speaker's verb between a side and the capture noun it judges (the
# claimant finder's English speech verbs, and the plain forms it needs not)
_SPEAKS = re.compile(rf"\b(?:{EN_SPEECH_VERBS}|say|tells|called)\b", re.IGNORECASE)


def _claimer_judged(text: str, side_end: int, trig: _Trig, deny: re.Match) -> bool:
    """FIELDS25B: a verdict of falsehood ("was false") on a capture noun whose
    side word owns the report, with nobody speaking between ("the Russian
    report of X's capture was false"): the side is the claimer, not a denier,
    and the capture denied is its own."""
    verdict = deny.group(0).split(None, 1)[0].lower() in ("is", "are", "was", "were")
    return verdict and not _SPEAKS.search(text, side_end, trig.start)


# XPLACES40: a claim noun owned by a side, then "about/про/о" the capture
# noun: "Інформацію російських пабліків про захоплення X", "заявления
# Минобороны РФ о взятии X", "Russian claims about the capture of X"
_OWNER_NOUN_BEFORE = re.compile(
    rf"(?<![\w])(?:{every('CLAIM_NOUNS')})\s+(?:(?:of|by|from)\s+)?(?:the\s+)?"
    r"(?:[\w’'-]+\s+)?$",
    re.IGNORECASE,
)
_OWNED_GAP = re.compile(
    rf"\s*(?:(?P<noun>{every('CLAIM_NOUNS')})\s+)?(?:[\w’'-]+\s+){{0,2}}?"
    r"(?:about|of|про|щодо|о|об)\s+(?:the\s+)?(?:(?:so-called|alleged|full|"
    r"complete|нібито|повне|повного|якобы|полном|полного)\s+)?[«\"“]?",
    re.IGNORECASE,
)


def _claim_owner(text: str, side_start: int, side_end: int, trig: _Trig) -> bool:
    """XPLACES40: whether the side named at ``side_start:side_end`` owns a
    claim noun about the capture noun ``trig`` ("Інформацію російських
    пабліків про захоплення X не підтверджують"): the claimer, whose own
    gain is denied, not the one denying it."""
    gap = _OWNED_GAP.fullmatch(text, side_end, trig.start)
    if gap is None:
        return False
    return gap.group("noun") is not None or bool(
        _OWNER_NOUN_BEFORE.search(text, max(0, side_start - 40), side_start)
    )


# "no news of" right before a capture noun: "had no information about the
# capture of X", "інформації про захоплення X немає", "сведений о захвате X
# нет" (the side that has none reports the other side's gain unconfirmed)
_NO_NEWS = re.compile(
    r"\bno (?:confirmed |reliable |official |independent )?(?:information|"
    r"confirmation|evidence|data) (?:about|of|on|regarding) (?:the |a )?$|"
    r"(?<![\w])(?:(?:інформації|відомостей|даних)\s+(?:про|щодо)|"
    r"підтверджень(?:\s+(?:про|щодо))?|(?:информации|сведений|данных)\s+"
    r"(?:о|об|про)|подтверждений(?:\s+(?:о|об))?)\s+$",
    re.IGNORECASE,
)
_NO_NEWS_REACH = 70  # characters from "no news" to the capture noun
_DENIER_GAP = 3  # characters from the denier's name to its denial verb


def _no_news_of(
    text: str, trig: _Trig, clause: tuple[int, int], mentions: list
) -> bool:
    """A capture noun right after "no news of" whose actor is named neither
    between the two nor after the noun ("they had no information about the
    capture of X"; not "… about the capture of X by Ukrainian forces")."""
    if (
        trig.family != "capture"
        or not (trig.nominal or _CAPTURE_NOUN_END.search(trig.text))
        # (a liberation has no news in either voice: whose it is stays open)
        or _RETAKE_WORD.match(trig.text.lower())
    ):
        return False
    a = max(0, trig.start - _NO_NEWS_REACH)
    m = _NO_NEWS.search(text[a : trig.start])
    if m is None:
        return False
    lo, hi = a + m.start(), max(trig.end, clause[1])
    return not any(
        lo <= sm.start < hi and sm.side in ("UA", "RU", "WE", "ENEMY")
        for sm in mentions
    )


# "not confirmed yet": a gain awaited, not denied
_NOT_YET_CONFIRMED = re.compile(
    r"(?<![\w])(?:пока|поки|ещё|еще|ще)\s+не\s+(?:подтвержд|підтвердж|"
    r"(?:подтверди(?:л|ла|ли|ло)|підтверди(?:в|ла|ли|ло))(?![\w]))|"
    r"\bnot\s+(?:yet\s+been|yet)\s+confirmed",
    re.IGNORECASE,
)


# a side admitting a capture admits its own loss: "Ukraine admitted that X
# had fallen", "Kyiv acknowledged the fall of X", "У Генштабі ЗСУ визнали, що
# X захоплено", "В Генштабе ВСУ признали, что X захвачена" (not "confirmed":
# a side confirms its own gains too)
_ADMIT = re.compile(
    r"\b(?:admit(?:s|ted)?|acknowledg(?:e|es|ed)|conced(?:e|es|ed))\b|"
    r"(?<![\w])(?:визна(?:в|ла|ли|ло|є|ють)|призна(?:л|ла|ли|ло|ет|ют|ёт))(?![\w])",
    re.IGNORECASE,
)
_ADMIT = keyed(_ADMIT)  # speed: passed over texts lacking its keys
_ADMIT_REACH = 80  # characters from the admission to the capture word


_ADMITS_AFTER = 40  # characters from a speaker's words to its admission verb


def admits(sentence: str, start: int, end: int) -> bool:
    """Whether the speaker whose attribution spans ``start``…``end`` of
    ``sentence`` admits ("admitted", "визнав", "признал") in it or right
    after it.

    >>> admits("Kyiv admitted the loss of the village.", 0, 13)
    True
    >>> admits("Russians admitted the loss, Kyiv said.", 28, 37)
    False
    """
    return start >= 0 and bool(_ADMIT.search(sentence, start, end + _ADMITS_AFTER))


# a capture word a side may admit (not a liberation: that is a gain claimed)
_TAKE_WORD = re.compile(
    r"captur|seiz|taken|took|fall|fell|occup|захоп|захоплен|захвач|захват|"
    r"взят|взял|окуп|оккуп",
    re.IGNORECASE,
)


def _admitted_by(
    text: str,
    trig: _Trig,
    mentions: list[SideMention],
    st: _DocState,
    perspective: str | None,
) -> str | None:
    """The side that admits the capture ``trig`` tells, when no actor of
    the capture stands between the admission and the capture word."""
    if trig.family != "capture" or not _TAKE_WORD.match(trig.text):
        return None
    admit = max(
        _ADMIT.finditer(text, max(0, trig.start - _ADMIT_REACH), trig.start),
        key=lambda m: m.start(),
        default=None,
    )
    if admit is None:
        return None
    actors = [m for m in mentions if m.side in ("UA", "RU", "WE", "ENEMY")]
    if any(admit.end() <= m.start < trig.start + 60 for m in actors):
        return None  # "conceded that Russian forces had captured X"
    before = [m for m in actors if m.end <= admit.start()]
    if before:
        return concrete(before[-1].side, perspective)
    return st.own_side


# the checks of _gainer_for, compiled once (speed)
_AREA_VERB = re.compile(r"(?:area|площ\w*)\s+(\w+)")
_OCCUPY_SEIZE = re.compile(r"occup|окуп|оккуп|seiz|захоп|захвач")
_OCCUPY = re.compile(r"occup|окуп|оккуп")
_OCCUPY_CAPTURE = re.compile(r"occup|окуп|оккуп|seiz|захоп|захвач|captur|taken")
_CAPTURED = re.compile(r"captur|taken")
_LOST = re.compile(r"lost|втрач|потерян")
_RETAKE_WORD = re.compile(
    r"liberat|звільн|визвол|освобо|recaptur|retook|retak|regain|reclaim|"
    r"won back|відвою",
)
_SLAVIC_LIBERATE = re.compile(r"звільн|визвол|деокуп|освобо|деоккуп")
_LIBERATE = re.compile(r"liberat|звільн|визвол|освобо")
_CAPTURE_NOUN = re.compile(r"(?:capture|seizure|fall)\b", re.I)
_UK_LIBERATE = re.compile(r"звільн|визвол")
# session 41 (xplaces): "X was occupied in 2022 and liberated in September":
# the winning back after a loss told in the same sentence (lang en)
_RETAKEN_AFTER_LOSS = re.compile(_en.RETAKEN_AFTER_LOSS, re.IGNORECASE)
# PARA27: English "seized" is either side's word, like "captured" (not "occupied")
_OCCUPY_TAKE = re.compile(r"occup|окуп|оккуп|захоп|захват")


_UNCONFIRMED = re.compile(
    r"(?<![\w])(?:не|ещё не|еще не|поки не|ще не) (?:подтвержда\w*|подтвержд[её]н\w*|"
    r"підтверджу\w*|підтвердж\w*|подтверди(?:л|ла|ли|ло)(?![\w])|"
    r"підтверди(?:в|ла|ли|ло)(?![\w]))",
    re.IGNORECASE,
)


def _enemy_by_story(mentions: list, trig: _Trig, last: str | None) -> list:
    """ "противник" when no speaker, claimant or war vocabulary names the side.

    A Russian text is written by either side ("противник" is Ukraine in a
    Moscow briefing, Russia in a Ukrainian report in Russian), so the enemy is
    read from the story: the side that gained last keeps gaining ("Оккупанты
    захватили X. Противник продвинулся у Y") and the side that lost keeps
    withdrawing ("ВСУ отбили X. Противник отступил"); an enemy that
    "оккупировал" X is Russia's army. With no gain told
    before, or a first person in the sentence ("противник заявляет, что
    зачистил X от наших групп": the enemy is the speaker's), the language's
    default side stands.
    """
    sides = {sm.side for sm in mentions}
    if "ENEMY" not in sides or "WE" in sides:
        return mentions
    if trig.family == "capture" and _OCCUPY.match(trig.text.lower()):
        last = "RU"  # "противник оккупировал X": only a Ukrainian report says so
    if last not in ("UA", "RU"):
        return mentions
    enemy = opposite(last) if trig.family == "withdraw" else last
    return [replace(sm, side=enemy) if sm.side == "ENEMY" else sm for sm in mentions]


# a subject that kept a capture from happening: "не допустили захоплення X",
# "prevented the capture of X", "не позволили взять X"
_PREVENT = re.compile(
    r"\b(?:prevented|stopped\s+(?:[\w’'-]+\s+){1,3}from|thwarted|foiled|"
    r"(?:did|do|does) not (?:allow|let)|(?:have|has) not (?:allowed|let))\b|"
    r"(?<![\w])(?:не (?:допусти|дали|дав|дала|дозволи|позволи|дают|дають)\w*|"
    r"зірва\w*|сорва\w*|запобіг\w*|предотврати\w*)(?![\w])",
    re.IGNORECASE,
)
_PREVENT = keyed(_PREVENT)  # speed: passed over texts lacking its keys
_PREVENT_REACH = 40  # characters from the preventing verb to the capture word
# a new clause between the preventing verb and the capture word
_PREVENT_GAP = re.compile(
    r"[,;:]|\b(?:and|but)\b|(?<![\w])(?:і|й|та|а|и|но|але)(?![\w])"
)


def _prevented_by(
    text: str, trig: _Trig, mentions: list, side: str | None, perspective: str | None
) -> str | None:
    """The side that kept the capture ``trig`` from happening ("ЗСУ не
    допустили захоплення X", "ВСУ не дали противнику захватить X", "Ukraine's
    army has not let Russian troops seize X"): the actor named before a
    preventing verb right before the capture word, else the actor found for
    the capture when none stands between the two; None when nothing prevents."""
    if trig.family != "capture":
        return None
    m = max(
        _PREVENT.finditer(text, max(0, trig.start - _PREVENT_REACH), trig.start),
        key=lambda x: x.start(),
        default=None,
    )
    if m is None or _PREVENT_GAP.search(text, m.end(), trig.start):
        return None  # "the advance has been stopped and that its troops took X"
    before = [
        sm
        for sm in mentions
        if m.start() - _PREVENT_REACH <= sm.start < m.start()
        and sm.side in ("UA", "RU", "WE", "ENEMY")
        and not sm.after_preposition
    ]
    if before:
        return concrete(before[-1].side, perspective)
    between = any(
        m.end() <= sm.start < trig.start and sm.side in ("UA", "RU", "WE", "ENEMY")
        for sm in mentions
    )
    return None if between else side


# a rule's answer: ``(gainer,)`` when the rule decided (the gainer may be
# None), None when it did not apply
_Decided = tuple[str | None] | None


def _gainer_for(
    text: str,
    trig: _Trig,
    clause: tuple[int, int],
    mentions: list,
    st: _DocState,
    perspective: str | None,
    lang: str,
) -> str | None:
    """The side that gains by trigger ``trig``, as a recipe: the participle of
    an area ("the area seized"), then the actor found (``_agent``), unless an
    admission, a holder, a denial, a prevention or a negated subject turns
    it round; with no actor, what the story, the speaker or the word tells."""
    if lang == "ru" and st.perspective is None and st.claimant_side is None:
        mentions = _enemy_by_story(mentions, trig, st.last_agent)
    area_verb = _AREA_VERB.match(trig.text.lower())
    if area_verb and trig.family == "gain" and _OCCUPY_SEIZE.match(area_verb.group(1)):
        return "RU"  # "the total area seized stands at …": the participle decides
    side, explicit = _agent(text, trig, clause, mentions, st, perspective)
    if side is None:
        side = _according_subject(text, trig, mentions)
    decided = (
        _by_admission(text, trig, mentions, st, perspective, explicit)
        or _by_denial(text, trig, mentions, side, perspective, lang)
        or _by_negating_subject(text, trig, clause, mentions, side, perspective, lang)
    )
    if decided is None and side is None:
        decided = _agentless_loss(trig, clause, mentions, st, perspective, lang) or (
            _agentless_unconfirmed(text, trig, clause, st, perspective, lang)
        )
    if (
        decided is None
        and side in ("UA", "RU")
        and not explicit
        and trig.family == "capture"
        and _negated_gain(text, trig, clause, lang)
        and _second_speaker_side(text, trig) == side
    ):
        # XGAIN2-43: the side found is the second speaker denying ("…, але
        # Сили оборони заявили, що село не захоплене"): the other side's gain
        decided = (opposite(side),)
    if decided is not None:
        return decided[0]
    if side is None and area_verb and trig.family == "gain":
        # "the total area seized stands at …": the participle decides
        side = _area_verb_side(area_verb.group(1), st, perspective)
        if side:
            return side
    side = _unnamed_actor(text, trig, clause, mentions, st, side)
    return _last_resort(text, trig, clause, mentions, st, perspective, lang, side)


# PARA27: a pronoun subject ("its forces", "they", "it") stands for the speaker
# an attribution names: "According to the Russian military, its forces had
# taken X"; "Its forces had taken X, the Russian military said"
_PRONOUN_SUBJECT = (
    r"(?:(?:its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|they|it)\s+(?:[\w’'-]+\s+){0,3}$"
)
_ACCORDING_SUBJECT = re.compile(
    r"\baccording to (?P<who>[^,;:.!?]{2,80}),\s+(?:[^,;:.!?]{0,40}?,?\s+)?"
    + _PRONOUN_SUBJECT,
    re.IGNORECASE,
)
_OPENING_SUBJECT = re.compile(
    r"^\W*(?:[^,;:.!?\n]{0,40}?,?\s+)?" + _PRONOUN_SUBJECT, re.IGNORECASE
)
# (the sentence may go on after the speaker: "…, X said, adding that …",
# "…, X said on Monday in a statement on Telegram."; PARA27b)
_SAID_AFTER = re.compile(
    rf",\s+(?P<who>[^,;:.!?\n]{{2,80}}?)\s+(?:{EN_SPEECH_VERBS})\b"
    r"[^,;:.!?\n]{0,60}[,.!?]"
)


def _according_subject(text: str, trig: _Trig, mentions: list) -> str | None:
    """The side of the speaker an attribution names, when the clause's
    subject is a pronoun ("its forces", "they") standing for it: "according
    to X, its forces …" or "Its forces …, X said."

    Found by the paraphrase lane (session 27): "X said its forces had taken
    Y" was read, "According to X, its forces had taken Y" was not."""
    lo = max(0, trig.start - 200)
    m = None
    if "ccording" in text[lo : trig.start]:
        m = _ACCORDING_SUBJECT.search(text, lo, trig.start)
    if m is None and _OPENING_SUBJECT.match(text, 0, trig.start):
        m = _SAID_AFTER.search(text, trig.end)
    if m is None:
        return None
    sides = {
        sm.side
        for sm in mentions
        if m.start("who") <= sm.start < m.end("who") and sm.side in ("UA", "RU")
    }
    return sides.pop() if len(sides) == 1 else None


def _by_admission(
    text: str,
    trig: _Trig,
    mentions: list,
    st: _DocState,
    perspective: str | None,
    explicit: bool,
) -> _Decided:
    """A side that admits the loss ("Ukraine admitted that X had fallen"), or
    the holder a control phrase names when no actor was explicit."""
    admitter = _admitted_by(text, trig, mentions, st, perspective)
    if admitter is not None:
        return (opposite(admitter),)
    holder = (
        _control_holder(text, trig, mentions, perspective) if not explicit else None
    )
    if holder is None and not explicit and trig.family == "hold":
        # KNOWN42: a held area named as under a side's control before its
        # verb is that side's ("The area under Ukrainian control had shrunk
        # to 140 sq km" after a Russian advance is still Ukraine's)
        lo = max(0, trig.start - 80)
        holder = held_under_control(text, mentions, (lo, trig.start), perspective)
    if holder is not None:
        return (holder,)
    return None


def _by_denial(
    text: str,
    trig: _Trig,
    mentions: list,
    side: str | None,
    perspective: str | None,
    lang: str,
) -> _Decided:
    """A denial verb before the trigger: a denied capture is the other side's
    gain, so is a denied loss; the side found may be the denier."""
    fam = trig.family
    # the last denial verb before the trigger
    denial = max(
        _DENIAL_VERB.finditer(text, max(0, trig.start - 80), trig.start),
        key=lambda m: m.start(),
        default=None,
    )
    if side is None and denial and (perspective or mentions):
        # a denied capture is the other side's gain; so is a denied loss
        # ("заперечив інформацію про втрату X": the speaker's side kept X);
        # the denier is the side named right before the verb ("в ВСУ
        # отрицают потерю X"), else the speaker's
        denier = next(
            (
                sm.side
                for sm in reversed(mentions)
                if sm.side in ("UA", "RU")
                and 0 <= denial.start() - sm.end <= _DENIER_GAP
            ),
            perspective,
        )
        if denier:
            return (opposite(denier),)
    if (
        side is not None
        and denial
        and (trig.nominal or _CAPTURE_NOUN_END.search(trig.text))
        and fam in ("capture", "withdraw")
        and not side_mentions(text[denial.end() : trig.start], lang)
        # (not the noun's own agent: "опровергли сообщения об освобождении
        # ВСУ X" is the denied gain of the side named after the noun)
        and not any(0 <= sm.start - trig.end <= 2 for sm in mentions)
        and _noun_agent(text, trig, mentions) is None
    ):
        # "ВСУ опровергают заявления о взятии X": the agent found is the
        # denier; the capture denied is the other side's
        return (side if fam == "withdraw" else opposite(side),)
    return None


def _by_negating_subject(
    text: str,
    trig: _Trig,
    clause: tuple[int, int],
    mentions: list,
    side: str | None,
    perspective: str | None,
    lang: str,
) -> _Decided:
    """A subject that prevented the capture, does not confirm it, or has no
    news of it: the gain is the other side's."""
    preventer = _prevented_by(text, trig, mentions, side, perspective)
    if preventer is not None:
        return (opposite(preventer),)  # "ЗСУ не допустили захоплення X"
    if side is not None and _denied_by_subject(text, trig, clause, lang):
        return (opposite(side),)  # "Украинский Генштаб захват села не подтверждает"
    if side is not None and _no_news_of(text, trig, clause, mentions):
        # "Генштаб ЗСУ повідомив, що інформації про захоплення X немає": the
        # side that has no news of a capture tells of the other's gain
        return (opposite(side),)
    return None


def _agentless_loss(
    trig: _Trig,
    clause: tuple[int, int],
    mentions: list,
    st: _DocState,
    perspective: str | None,
    lang: str,
) -> _Decided:
    """With no actor: a withdrawal is lost to the side the story tells of
    gaining, else to the speaker's enemy; "they" who gained against "us"
    are the speaker's enemy."""
    fam = trig.family
    if (
        fam == "withdraw"
        and lang == "ru"
        and st.perspective is None
        and st.claimant_side is None
        and st.last_agent in ("UA", "RU")
    ):
        # "Авдеевка оставлена" with no side placed: lost to the side the
        # report tells of gaining (as "противник", _enemy_by_story)
        return (st.last_agent,)
    if fam == "withdraw" and perspective:
        return (opposite(perspective),)
    if (
        perspective
        and fam in ("capture", "advance")
        and _they_against_us(trig, clause, mentions)
    ):
        # "they gained a foothold on our bank", "they pushed us out of X":
        # "they" stand against the speaker
        return (opposite(perspective),)
    return None


# KNOWN40: a body in the locative opening the clause right before a capture
# noun, the side not confirming it ("В ВСУ взятие X не подтвердили", "У ЗСУ
# захоплення X не підтвердили")
_DENIER_AHEAD = re.compile(
    r"(?:^|[,;:—]\s*)\W*(?:в|во|у)\s+(?P<who>[^\s,;:]+(?:\s+[^\s,;:]+){0,2})\s*$",
    re.IGNORECASE,
)


# XGAIN2-43: a second speaker opening the part of the sentence that denies
# ("Russia claimed the capture of X; Ukraine said the village has not been
# captured", "…, але Сили оборони заявили, що село не захоплене"): the
# denier is that speaker, not the sentence's first voice (lang
# SECOND_SPEAKER_OPEN, SECOND_SPEAKER_LATER)
_SECOND_SPEAKER = re.compile(
    r"(?:;|,\s*(?:" + every("SECOND_SPEAKER_OPEN") + r")\b)\s*"
    r"(?:(?:" + every("SECOND_SPEAKER_LATER") + r")\s+)?"
    r"(?P<who>[^,;:.!?\n]{2,60}?)\s+"
    rf"(?:{EN_SPEECH_VERBS}|{_UK_VERBS}|{_RU_VERBS})\b[^;]*$",
    re.IGNORECASE,
)


def _second_speaker_side(text: str, trig: _Trig) -> str | None:
    """The side of a speaker opening the denying part of a sentence that
    began with another voice (``_SECOND_SPEAKER``), or None."""
    lo = max(0, trig.start - 200)
    stop = max(text.rfind(".", lo, trig.start), text.rfind("\n", lo, trig.start))
    m = _SECOND_SPEAKER.search(text, max(lo, stop + 1), trig.start)
    if m is None:
        return None
    side = side_of_text(m["who"])
    return side if side in ("UA", "RU") else None


def _agentless_unconfirmed(
    text: str,
    trig: _Trig,
    clause: tuple[int, int],
    st: _DocState,
    perspective: str | None,
    lang: str,
) -> _Decided:
    """With no actor: a capture not yet confirmed is the attacker's; a
    negated capture or advance is the other side's (told too early in a
    Russian voice: its own); an agentless passive reported by a named side
    is that side's."""
    fam = trig.family
    if (
        fam == "capture"
        and st.last_agent in ("UA", "RU")
        and lang in ("uk", "ru")
        and _UNCONFIRMED.search(text, trig.end, trig.end + 120)
    ):
        # "Информация о взятии X пока не подтверждается": a capture not yet
        # confirmed is the attacker's, the side the report tells of gaining,
        # whoever speaks (a denial proper, "опровергли", is of the other side)
        return (st.last_agent,)
    if perspective and announced_unconfirmed(text, lang, trig, trig.end):
        # "Герасимов доложил о захвате X, украинская сторона этого не
        # подтверждает": the speaker's claim left unconfirmed, not a denial;
        # the gain is the announcer's, the other side of the one unconfirming
        denier = side_of_text(text[trig.end : trig.end + 120])
        if denier in ("UA", "RU"):
            return (opposite(denier),)
    elif perspective and _negated_gain(text, trig, clause, lang):
        if perspective == "RU" and _NOT_YET_CONFIRMED.search(
            text, trig.end, trig.end + 120
        ):
            # "информация о взятии X пока не подтверждается" in a Russian
            # voice: its own side's gain, told too early (not a denial)
            return (perspective,)
        # a denial is about the other side's gain: of the side named after the
        # capture as not confirming it ("Захват X в Генштабе Украины не
        # подтверждают"), else of the voice's
        m = _UNCONFIRMED.search(text, trig.end, min(clause[1], trig.end + 120))
        denier = side_of_text(text[trig.end : m.start()]) if m else None
        if m and denier not in ("UA", "RU"):
            # KNOWN40: the denier's "в ВСУ" / "у ЗСУ" right before the noun
            # ("В ВСУ взятие X не подтвердили")
            ahead = _DENIER_AHEAD.search(text, clause[0], trig.start)
            denier = side_of_text(ahead["who"]) if ahead else None
        if denier not in ("UA", "RU"):
            denier = _second_speaker_side(text, trig)
        return (opposite(denier if denier in ("UA", "RU") else perspective),)
    if (
        trig.passive
        and fam == "capture"
        and st.own_side
        and not _OCCUPY.match(trig.text.lower())
    ):
        # "Russian bloggers said the village had been taken": an agentless
        # passive reported by a named side is that side's gain
        return (st.own_side,)
    announced = _announced_capture(text, trig, st.own_side)
    if announced is not None:
        return (announced,)
    return None


# a claim verb right before a capture noun: "announced the capture of X",
# "claimed the full capture of", "заявили про повне захоплення",
# "повідомив про взяття", "объявил о взятии", "доложил о захвате"
_ANNOUNCED_BEFORE = re.compile(
    r"(?:\b(?:announc\w*|claim\w*|report\w*|declar\w*|proclaim\w*|"
    r"confirm\w*)(?:\s+(?:on\s+\w+|\w+day|yesterday|today))?\s+(?:the\s+)?|"
    r"(?<![\w])(?:заяв\w*|повідом\w*|оголоси\w*|оголоша\w*|доповіда?\w*|"
    r"відзвіту\w*|підтверди\w*|сообщ\w*|объяв\w*|доложи\w*|доклад\w*|"
    r"отчита\w*|подтверди\w*)(?:\s+\w+){0,2}?\s+(?:про|о|об)\s+)"
    r"(?:(?:full|complete|total|final|повне|повного|полном|полного|"
    r"окончательном|остаточне)\s+)?$",
    re.IGNORECASE,
)


def _announced_capture(text: str, trig: _Trig, own_side: str | None) -> str | None:
    """The side of a speaker named in the sentence who announces a capture
    told by a noun with no actor ("Wagner claimed the capture of X", "У
    Вагнері заявили про повне захоплення міста", "Пригожин объявил о взятии
    X"): one announces one's own gains. A Ukrainian voice's "захоплення",
    "захват" is the enemy's (the word tells it, not the voice)."""
    if (
        own_side not in ("UA", "RU")
        or trig.family != "capture"
        or not (
            trig.nominal
            or _CAPTURE_NOUN.match(trig.text)
            or _CAPTURE_NOUN_END.search(trig.text.lower())
        )
        or _OCCUPY.match(trig.text.lower())
        or not _ANNOUNCED_BEFORE.search(text, max(0, trig.start - 60), trig.start)
    ):
        return None
    if own_side == "UA" and _OCCUPY_TAKE.match(trig.text.lower()):
        return "RU"  # "Сирський повідомив про захоплення X": the enemy's
    return own_side


# UKRU33b: a capture a speaker announces, left unconfirmed in the sentence
_ANNOUNCED_ABOUT = lx.uk_ru("ANNOUNCED_ABOUT")
_UNCONFIRMED_AFTER = lx.uk_ru("UNCONFIRMED")


def announced_unconfirmed(t: str, lang: str, trig: _Trig, reach: int) -> bool:
    """Whether the only negation after ``trig`` is a "not confirmed" of a
    capture a speaker announces right before it ("Росіяни заявили про
    «звільнення» X, у ЗСУ не підтверджують", "…, но эта информация не
    подтверждена"): the speaker's claim stands, unconfirmed, not denied
    (the words left unconfirmed may make a denial of their own,
    ``pointing_back``)."""
    announced, unconfirmed = _ANNOUNCED_ABOUT.get(lang), _UNCONFIRMED_AFTER.get(lang)
    if announced is None or unconfirmed is None or trig.family != "capture":
        return False
    if not announced.search(t, max(0, trig.start - 60), trig.start):
        return False
    # (as far as a negation after it is looked for: its clause or 120 letters)
    end = max(reach, min(len(t), trig.end + 120))
    m = unconfirmed.search(t, trig.end, end)
    if m is None:
        return False
    rest = t[trig.end : m.start()] + " " + t[m.end() : end]
    return lx.NEGATION_AFTER.search(rest) is None


def _negated_gain(text: str, trig: _Trig, clause: tuple[int, int], lang: str) -> bool:
    """Whether a capture is negated after it or before it in its clause, or
    an advance after it."""
    fam = trig.family
    if fam not in ("capture", "advance"):
        return False
    after = lx.NEGATION_AFTER.search(text[trig.end : trig.end + 120])
    if fam == "capture":
        return bool(
            after
            or lx.NEGATION.get(lang, lx.NEGATION["en"]).search(
                text[max(clause[0], trig.start - 70) : trig.start]
            )
        )
    return bool(after)


def _area_verb_side(verb: str, st: _DocState, perspective: str | None) -> str | None:
    """The side an area's participle names ("the area occupied": Russia's;
    "lost": the speaker's enemy; else the speaker's)."""
    if _OCCUPY_CAPTURE.match(verb):
        return "RU" if not _CAPTURED.match(verb) else None
    if _LOST.match(verb):
        return opposite(st.own_side or perspective) if perspective else None
    return st.own_side or perspective


def _unnamed_actor(
    text: str,
    trig: _Trig,
    clause: tuple[int, int],
    mentions: list,
    st: _DocState,
    side: str | None,
) -> str | None:
    """``side``, else the actor the words around an agentless trigger name: a
    named speaker's liberation, Moscow's official words, the side after a
    capture noun, a liberation held in scare quotes."""
    low = trig.text.lower()
    if side is None and st.own_side and _RETAKE_WORD.match(low):
        # a liberation with no actor, said by a named speaker of one side
        side = st.own_side
    if side is None and _LIBERATE.match(low):
        # KNOWN44: "Путін привітав військових зі звільненням X": the side of
        # the one who congratulates is the side that liberated
        side = _congratulator_side(text, trig, clause)
    if (
        side is None
        and _LIBERATE.match(low)
        and _RUSSIAN_OFFICIAL.search(text, clause[0], clause[1])
    ):
        # "liberation of the DPR", "в зоне ответственности": Moscow's words
        side = "RU"
    if (
        side is None
        and trig.family == "capture"
        and (trig.nominal or _CAPTURE_NOUN.match(trig.text))
    ):
        # "The capture of X was a major Russian victory / Russia's biggest
        # gain": the side named after an agentless capture noun
        later = [
            sm
            for sm in mentions
            if sm.start >= trig.end
            and sm.side in ("UA", "RU")
            and not sm.after_preposition
            and sm.start < clause[1] + 80
        ]
        side = later[0].side if later else None
    if (
        side is None
        and _LIBERATE.match(low)
        and _scare_quoted(text, trig.start, trig.end)
    ):
        # "місто «повністю звільнене»", "was “liberated”": a liberation held
        # at a distance in quotes, with nobody of a side saying it, is the
        # word of Moscow's reports that an outlet repeats
        side = "RU"
    return side


def _congratulator_side(text: str, trig: _Trig, clause: tuple[int, int]) -> str | None:
    """The side of a named one congratulating on the trigger's liberation.

    >>> t = "Путін привітав армію зі звільненням Зорівки."
    >>> _congratulator_side(t, _Trig("capture", 24, 35, "звільненням", True), (0, 44))
    'RU'
    """
    m = lx.CONGRATULATED_ON.search(text, clause[0], trig.start)
    return side_of_text(text[clause[0] : m.start()]) if m else None


def _last_resort(
    text: str,
    trig: _Trig,
    clause: tuple[int, int],
    mentions: list,
    st: _DocState,
    perspective: str | None,
    lang: str,
    side: str | None,
) -> str | None:
    """The gainer from ``side`` (remembered as the story's last actor), else
    from the story's last actor, "they" in a quote, the word's language."""
    fam = trig.family
    if side is None:
        # a Slavic "освобождены"/"звільнено" with no actor is the speaking
        # side's word, not the actor of the sentence before's
        # (the last actor is the side that gained last: after "the enemy
        # left X", an actorless "the advance reached 2 km" is ours)
        liberation = lang in ("uk", "ru") and _SLAVIC_LIBERATE.match(trig.text.lower())
        # session 41 (xplaces): nor is an English winning back right after a
        # loss of the same clause ("was occupied … and liberated in …")
        liberation = liberation or _retaken_after_loss(text, trig, lang)
        side = None if liberation else st.last_agent
        if fam == "withdraw":
            side = opposite(side)
        # B30REST39: in an interviewee's answer too, when no story actor
        # tells who "they" are
        answer = st.in_answer and side is None
        if perspective and _they_in_quote(text, trig, clause, mentions, answer):
            # "“They took X in December,” said a platoon commander": in
            # direct speech "they" stand against the speaker
            side = opposite(perspective)
        if side is None:
            side = _shared_word_side(text, trig, mentions, st)
        if side is None:
            side = _word_side(trig.text.lower(), perspective, lang)
            if _marked_word_side(trig.text.lower(), lang) is not None:
                st.word_side = (text, trig.end, side)
    else:
        st.last_agent = opposite(side) if fam == "withdraw" else side
    if fam == "withdraw":
        return opposite(side)
    return side


def _retaken_after_loss(text: str, trig: _Trig, lang: str) -> bool:
    """Whether English ``trig`` wins a place back right after a loss told
    in the same sentence with nobody named ("X was occupied in 2022 and
    liberated in September").

    >>> t = "X was occupied in 2022 and liberated in September."
    >>> _retaken_after_loss(t, _Trig("capture", 27, 36, "liberated", True), "en")
    True
    """
    if lang != "en" or not _RETAKE_WORD.match(trig.text.lower()):
        return False
    before = text[max(0, trig.start - 160) : trig.start]
    return _RETAKEN_AFTER_LOSS.search(before) is not None


# KNOWN3: a second verb joined to the first one's subject ("війська захопили
# X і просунулися біля Y"): nothing but an object and "і"/"and" between them
_VERB_AND = re.compile(r"[^,;:.!?«»“”\"]*\s(?:" + every("VERB_AND") + r")\s+", re.I)


def _shared_word_side(
    text: str, trig: _Trig, mentions: list, st: _DocState
) -> str | None:
    """The side a verb's own word told for an earlier trigger of this
    sentence whose subject ``trig`` shares ("Міноборони заявило, що війська
    захопили Степове і просунулися біля Зорівки": one side for both), else
    None."""
    if st.word_side is None:
        return None
    said, end, side = st.word_side
    if said is not text or end > trig.start:
        return None
    if not _VERB_AND.fullmatch(text, end, trig.start):
        return None
    if any(end <= sm.start < trig.start for sm in mentions):
        return None
    return side


def _marked_word_side(low: str, lang: str) -> str | None:
    """The side a trigger word tells whoever speaks ("захопили", "occupied":
    RU; a Ukrainian "звільнили": UA), else None."""
    if _RETAKE_WORD.match(low):
        return "UA" if lang == "uk" and _UK_LIBERATE.match(low) else None
    return "RU" if _OCCUPY_TAKE.match(low) else None


def _word_side(low: str, perspective: str | None, lang: str) -> str | None:
    """The side the trigger word itself tells with nobody named.

    >>> _word_side("звільнено", None, "uk"), _word_side("occupied", "UA", "en")
    ('UA', 'RU')
    """
    if _RETAKE_WORD.match(low):
        return (
            "UA"  # a Ukrainian-language "звільнено" is Ukraine's
            if lang == "uk" and _UK_LIBERATE.match(low)
            else perspective or lx.HOME_SIDE.get(lang, "UA")
        )
    if _OCCUPY_TAKE.match(low):
        return "RU"
    return perspective


_QUOTE_OPEN = '«“„"'
_QUOTE_CLOSE = '»”"'
_SCARE_REACH = 25  # characters: a quoted word or two, not a quoted statement


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """The word at ``start``..``end`` ends a short quotation ("«повністю
    звільнене»", "“liberated”"): someone else's word, held at a distance."""
    if not text[end : end + 1] or text[end] not in _QUOTE_CLOSE:
        return False
    before = text[max(0, start - _SCARE_REACH) : start]
    opened = max(before.rfind(q) for q in _QUOTE_OPEN)
    return opened >= 0 and not any(q in before[opened + 1 :] for q in "»”")


def _partial(tail: str) -> bool | None:
    """True when the words after a trigger name part of a place ("part of",
    "частину міста", "часть города"), else None.

    >>> _partial(" часть Красногоровки"), _partial(" участь у боях")
    (True, None)
    """
    return (
        True
        if re.search(
            r"\b(?:part|parts|outskirts|section|most of|much of|half of|"
            r"two-thirds of|a third of|districts?|neighbou?rhoods?)\b|частин|окраїн|"
            r"квартал|окраин|околиц|більш\w* част|большую част|половин|район\w* міста|"
            r"район\w* города|(?<!\w)част(?:ь|и|ью)\b",
            tail[:60],
            re.I,
        )
        else None
    )


# how far a clause reaches on either side of the word asked about: a clause is
# read around its trigger, so a sentence of thousands of items ("бої біля X,
# біля Y, …") costs time linear in its length, not quadratic
CLAUSE_REACH = 600


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause of ``clauses`` (sorted, disjoint) that holds ``pos`` (the last
    one if none does), cut to ``CLAUSE_REACH`` characters on either side.

    >>> _clause_of([(0, 10), (10, 2000)], 1500)
    (900, 2000)
    >>> _clause_of([(0, 10), (10, 20)], 25)
    (10, 20)
    """
    i = bisect_right(clauses, (pos, 10**18)) - 1
    a, b = clauses[i] if i >= 0 and pos < clauses[i][1] else clauses[-1]
    return max(a, pos - CLAUSE_REACH), min(b, pos + CLAUSE_REACH)


_SIZE_CHANGE = re.compile(
    r"\b(?:shr[au]nk|shrinks?|shrinking|contracted|dwindled|grew|grows|expanded)"
    r"\s+(?:\w+\s+){0,2}from\s+[^.;]{1,60}?\bto\b|"
    r"(?<![\w])(?:скороти\w*|зменши\w*|сократил\w*|уменьшил\w*|зріс|зросла|"
    r"выросл?\w*)\s+(?:\w+\s+){0,2}(?:з|із|с)\s+[^.;]{1,60}?\s(?:до)\s",
    re.IGNORECASE,
)
# speed: a case-folded twin (same matches), asked only of texts holding a key
_SIZE_CHANGE = keyed(folded(_SIZE_CHANGE))


def _segment(
    t: str, anchor: int, anchors: list[int], clauses: list[tuple[int, int]]
) -> tuple[int, int]:
    """Span of an area figure: its clause, cut at neighbouring figures."""
    cs, ce = _clause_of(clauses, anchor)
    i, j = bisect_left(anchors, anchor), bisect_right(anchors, anchor)  # sorted
    prev = anchors[i - 1] if i and anchors[i - 1] >= cs else None
    nxt = anchors[j] if j < len(anchors) and anchors[j] < ce else None
    start = cs if prev is None else prev
    end = ce if nxt is None else nxt
    # the whole clause when a single figure
    return (start if prev is None else anchor, end)


# A quote starts at its trigger word only when that is at most this many
# characters before its figure: the thousandth figure of a list after one verb
# is quoted from the figure (quotes stay short; output stays linear).
_QUOTE_LEAD = 400
