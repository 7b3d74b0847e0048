"""Advance claims: a side advanced (by a distance, towards or into a place)
or stalled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from .. import lexicon as lx
from ..anaphora import SETTLEMENT_NOM, WHERE, case_forms, there_words
from ..context import (
    THIS_SECTOR,
    SentenceContext,
    _blocked,
    _gainer_for,
    _partial,
    _scare_quoted,
    _sector_in,
    _Trig,
    continued_place,
    last_sector,
    last_settlement,
    paragraph_sector,
    pointed_place,
)
from ..fastre import folded, keyed
from ..lang import en, ru, uk
from ..numbers import word_value
from ..positions import starting_in
from ..sides import opposite

_DIST_EXCLUDE_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:to the |to )?(?:north|south|east|west)[\w-]*"
    r"(?: of)?|from|of\b|away|short of|wide|long|front|behind|"
    r"на (?:північ|південь|схід|захід)|від|от\b|к (?:северу|югу|востоку|западу)|"
    r"до\b)",
    re.IGNORECASE,
)


# a distance still to go after a verb of coming close: "підійшов до X на
# відстань 8 км", "подошли на расстояние 5 км" (after "просунулися" it is the
# depth: "просунулися на відстань до двох кілометрів")
_APPROACH = re.compile(
    r"підійш|підход|наблиз|наближ|подош|подход|приближ|приблиз", re.IGNORECASE
)
_AT_RANGE = re.compile(
    r"(?<![\w])(?:на|в)\s+(?:відстань|відстані|расстояние|расстоянии|дистанці\w+|"
    r"дистанци\w+)\s+(?:до\s+|в\s+)?(?:(?:приблизно|близько|около|менше|менее|"
    r"меньше|понад|более|до)\s+)?$",
    re.IGNORECASE,
)


# the advance noun a hyphenated figure qualifies: "a 3-km advance"
_OWN_NOUN = re.compile(
    r"\s+(?:advance|push|breakthrough|penetration|thrust|incursion)\b", re.I
)


_DEPTH = re.compile(r"^\s*(?:deep|in depth|into|вглиб|в глубину|углиб)", re.I)


_FRONT_WIDTH = re.compile(
    r"^\s*-?(?:of (?:the )?front|(?:wide )?front|wide\b|along the front|по фронту|"
    r"фронту|вздовж фронту)",
    re.IGNORECASE,
)


_FRONT_WIDE = re.compile(
    r"\b(?:along|across|on) (?:the |Ukraine[’']s )?(?:entire|whole|full) "
    r"(?:length of the )?front(?: ?line)?\b|\ball (?:along|across) the front\b|"
    r"\bacross (?:the |Ukraine[’']s )front(?: ?line)?\b|"
    r"\bon all (?:fronts|front lines|directions)\b|"
    r"(?<![\w])(?:по всій (?:лінії )?фронту|на всіх напрямках|"
    r"по всей (?:линии )?фронта|на всех направлениях)(?![\w])|"
    # a few sectors unnamed: "на двох напрямках", "на отдельных участках"
    # (and in English, ENMISS34b: "on the flanks", "along both flanks")
    r"(?<![\w])(?:на|в) (?:двох|трьох|кількох|декількох|окремих|низці|різних|"
    r"двух|трех|трёх|нескольких|отдельных|ряде|различных|разных) "
    r"(?:напрямк\w*|ділянк\w*|"
    r"направлени\w*|участк\w*)|" + en.FLANK_SECTORS,
    re.IGNORECASE,
)
_FRONT_WIDE = folded(_FRONT_WIDE)  # speed: a case-folded twin (same matches)


# an advance undone in the same sentence was fighting, no gain: "broke
# through to the outskirts of X but was destroyed", "прорвалися до X, але були
# знищені", "ворвались в X, но были отброшены"
_UNDONE = re.compile(
    r"\bbut\s+(?:[\w’'-]+\s+){0,3}?(?:was|were|had been|have been|has been|got)"
    r"\s+(?:quickly\s+|soon\s+|later\s+)?(?:destroyed|repelled|repulsed|"
    r"eliminated|wiped out|driven (?:back|out)|pushed (?:back|out)|thrown back|"
    r"beaten back|knocked out)\b|"
    r"(?<![\w])(?:але|проте|однак|но|однако)\s+(?:\w+\s+){0,3}?"
    r"(?:(?:був|була|були|был|была|были)\s+)?(?:знищ\w+|відкину\w*|"
    r"відбит\w*|вибит\w*|уничтож\w+|отброш\w+|отбит\w*|"
    r"выбит\w*|ліквідов\w+|ликвидир\w+)(?![\w])",
    re.IGNORECASE,
)
# XKIND41: attacks repelled after the advance leave it standing ("advanced
# 300 m, but all further attacks were repelled", "але всі подальші атаки
# відбито", "но последующие атаки отбиты"): no undoing
_NOT_MOVERS = re.compile(
    rf"(?<![\w])(?:{en.REPELLED_NOT_MOVERS}|{uk.REPELLED_NOT_MOVERS}|"
    rf"{ru.REPELLED_NOT_MOVERS})(?![\w])",
    re.IGNORECASE,
)


def _undone(t: str, end: int) -> bool:
    """Whether the advance ending at ``end`` is undone right after it (the
    movers destroyed or thrown back, not their further attacks repelled)."""
    m = _UNDONE.search(t, end, min(len(t), end + 40))
    return bool(m) and not _NOT_MOVERS.search(m.group(0))


# THE advance/settlement boundary (CONVENTIONS B vs C), decided here only: a
# side that enters or breaks into a NAMED settlement, or a PART of one (its
# quarters, blocks, districts, industrial zone, "a part of"),
# controls that part: one settlement_control claim, partial, for the entering
# side, and no advance beside it ("entered Kupiansk", "broke into X", "pushed
# into X", "зайшли в X", "вошли в X", "зайшли в квартали X", "зашли в
# промзону X"): CONVENTIONS' `partial` row gives "entered the southeastern
# part of Sieverne" as its example, and the blind corpora written from it
# label a whole town entered so (session 21: uk/ru as English). So does
# digging in inside a town ("закріпилися в X", "закрепились в восточной
# части X") and an English foothold in a part of one ("a foothold in the
# northern part of X"); an English foothold in X, a region, on a bank or in
# "the border area" stays an advance, as dev2 draws it ("a foothold in
# Dnipropetrovsk"). Movement toward, near or west of X, reaching its
# outskirts, pushing into them or digging in on them stays an advance. A
# scare-quoted "entered" is someone else's word (an advance); so is a town
# told as contested right after its entry ("entered X, now a grey zone").
class _EntryWords(NamedTuple):
    """A row of entry words and what an entry by them makes."""

    words: str  # how the trigger text starts
    any_part: bool  # "a part of"/"the outskirts" written after it count as a
    # part held (else only the _INSIDE words: quarters, blocks, the centre)
    whole_town: bool  # a whole named town entered is held (else an advance)


# (the centre of a town is a part of it: "entered the centre of X", "pushed
# into the center of X"). A push into or a foothold on a town's outskirts
# stays an advance (dev2: "reached ... the outskirts of X"); an English
# foothold in a whole town too (the town may be a region's name: "a foothold
# in Dnipropetrovsk", dev2); English digging in counts only inside a part of
# a town; uk/ru digging in ("закріпилися в X", "закрепились в восточной части
# X") holds a town or a part of it, on its outskirts or in a region it stays
# an advance (_takes_town).
_DUG_IN_WORDS = r"закріп|закреп"
_ENTRY_WORDS = (
    _EntryWords(
        r"enter|br(?:oke|eak|eaks|eaking|oken) into|увійш|зайш|вош|заш|зайти|"
        r"увійти|войти|вхожд|входж|ворва|увірва|вдерл|"
        # (session 23) uk entering now, the imperfective: "заходять у X"
        r"(?:захо|вхо)д(?:ять|ить)(?![\w’'ʼ-])",
        any_part=True,
        whole_town=True,
    ),
    _EntryWords(r"push(?:ed|es|ing)? into", any_part=False, whole_town=True),
    _EntryWords(r"foothold|dug in|entrench", any_part=False, whole_town=False),
    _EntryWords(_DUG_IN_WORDS, any_part=False, whole_town=True),
)
_ENTRY_ROW = [(re.compile(row.words, re.I), row) for row in _ENTRY_WORDS]
_DUG_IN = re.compile(_DUG_IN_WORDS, re.I)
# (session 34) uk/ru digging in on a side of a town's outskirts holds that part
# ("закрепились на западной окраине X"; lang ``SIDE_OUTSKIRTS``)
_SIDE_OUTSKIRTS = re.compile(
    "|".join((uk.SIDE_OUTSKIRTS, ru.SIDE_OUTSKIRTS)), re.IGNORECASE
)


def _entry_words(word: str) -> _EntryWords | None:
    """The row of entry words the trigger text ``word`` starts with.

    >>> _entry_words("foothold in").whole_town
    False
    >>> _entry_words("зайшли").any_part
    True
    >>> _entry_words("advanced") is None
    True
    """
    return next((row for rx, row in _ENTRY_ROW if rx.match(word)), None)


_INSIDE = re.compile(
    r"квартал|промзон|частин|част[ьи](?![\w])|\b(?:blocks|districts|quarters?|"
    r"parts? of|industrial (?:zone|area)|cent(?:re|er) of)\b|"
    # houses or streets of it, or its north (session 21): "закріпилися у
    # кількох будинках на сході X", "entered the north of X"
    r"будинк|будівл|вулиц|улиц|здани|\b(?:houses|buildings|streets)\b|"
    r"(?<![\w])(?:на|в|у) (?:півночі|півдні|сході|заході|севере|юге|востоке|"
    r"западе)(?![\w])",
    re.I,
)
# between the entry verb and the town: "the (southern) city of", "в село",
# "во", "a foothold in", the troops of a noun, nothing else
_TO_TOWN = re.compile(
    # (the troops of a nominal entry: "о вхождении своих подразделений в X")
    r"(?:\s+(?:своїх\s+|своих\s+|наших\s+|українських\s+|украинских\s+|"
    r"російських\s+|российских\s+)?(?:підрозділ\w*|подразделени\w*|військ\w*|"
    r"войск\w*|сил|штурмовик\w*))?"
    r"\s+(?:(?:into|in|в|у|во|до)\s+)?(?:the\s+)?"
    r"(?:(?:[\w-]+ern|key|strategic|embattled|frontline)\s+)?"
    rf"(?:(?:city|town|village|settlement|{SETTLEMENT_NOM})\s+(?:of\s+)?)?",
    re.IGNORECASE,
)
# the town told as contested right after its entry
_CONTESTED = re.compile(
    r"(?:grey|gray)[ -]zone|not (?:yet )?(?:been )?cleared|"
    r"(?<![\w])(?:сір\w+ зон\w*|сер\w+ зон\w*|(?:ще |ещё |еще )?не зачищен\w*)",
    re.IGNORECASE,
)


# uk: an entry onto a town's outskirts ("зайшли на околиці X", "зайшли на
# південну околицю X"), its edge reached, not a part of it held (in Russian
# "зашли на окраину X" is drawn as partial control: blind)
_ONTO_OUTSKIRTS = re.compile(
    r"\s+(?:вже\s+|уже\s+)?на\s+(?:[\w’'ʼ-]+\s+)?(?:околиц|окраїн)",
    re.IGNORECASE,
)
# ... unless told as managed: "вдалося зайти на околицю X" is partial control
# (session 25, tests/test_text_recall_families.py)
# (walked in, not broke in: "увірвалися на околиці X" is control in part,
# tests/test_text_wire_style.py)
_WALKED_IN = re.compile(r"(?:зайш|заход|увійш|ввійш|вход)", re.I)
_MANAGED = re.compile(r"(?:вдалося|вдалось|змогли|зміг|змогла|зуміли)\s+$", re.I)


def _entered(
    ctx: SentenceContext,
    lead: _Trig,
    seg: tuple[int, int],
    pl: list[str],
    undone: bool,
) -> list[str]:
    """The settlements (or settlement parts, of the places ``pl``) that
    ``lead`` enters: control of them, not an advance; [] when ``lead`` only
    moves toward or near them, or enters a whole town and is thrown out
    (``undone``: fighting). A part entered stays held ("зайшли в квартали X,
    але були відкинуті з центру")."""
    t = ctx.t
    tail = t[lead.end : seg[1]]
    row = _entry_words(lead.text)
    if row is None or _scare_quoted(t, lead.start, lead.end):
        return []
    if (
        ctx.lang == "uk"
        and _WALKED_IN.match(lead.text)
        and _ONTO_OUTSKIRTS.match(tail)
        and not _MANAGED.search(t, max(0, lead.start - 12), lead.start)
    ):
        return []  # UKRU30: "зайшли на околиці X" reaches its edge: an advance
    if _INSIDE.search(tail[:40]) or (row.any_part and _partial(tail)):
        return pl
    if _DUG_IN.match(lead.text) and _SIDE_OUTSKIRTS.match(tail):
        return pl
    if undone or not row.whole_town:
        return []
    towns = [p for p in ctx.places if lead.end <= p.start < seg[1] and not p.region]
    if not towns or not _TO_TOWN.fullmatch(t, lead.end, towns[0].start):
        return []
    if _CONTESTED.search(t, towns[0].end, min(len(t), towns[0].end + 60)):
        return []
    return [p.name for p in towns]


def _takes_town(ctx: SentenceContext, trig: _Trig) -> bool:
    """Whether a town, or a part of one, follows ``trig`` right away
    ("закріпилися в X", "закрепились в восточной части X")."""
    t = ctx.t
    return _INSIDE.search(t, trig.end, trig.end + 40) is not None or any(
        not p.region and _TO_TOWN.fullmatch(t, trig.end, p.start)
        for p in ctx.places
        if p.start >= trig.end
    )


# a second predicate after an entry: "вошли в X и продвинулись западнее Y",
# "entered X and pushed on toward Y"
# XDET41: a line reached, then an offensive pressed on beyond it ("reached the
# border of X and were developing the offensive in Y", "вышли к границе X и
# продолжают развивать наступление на территории Y"): two claims, as after an
# entry (read golds: 3 of 4 sets)
_LINE_REACHED = re.compile(
    "|".join(f"(?:{m.LINE_REACHED})" for m in (en, uk, ru)), re.IGNORECASE
)
_AND_NEXT = re.compile(r"(?:,\s*)?\s(?:and|і|й|та|и)\s+(?:\w+\s+){0,2}[\"“«„]?$", re.I)


def _entry_then_more(
    ctx: SentenceContext, trig: _Trig, adv: list[_Trig], clause: tuple[int, int]
) -> tuple[int, int] | None:
    """The conjunction (start, end) between an entry ``trig`` (or a digging
    in that takes a town or a part of one) and a second advance verb of its
    clause, or None."""
    t = ctx.t
    if trig.family != "advance" or (
        _entry_words(trig.text) is None and not _LINE_REACHED.match(trig.text)
    ):
        return None
    if _DUG_IN.match(trig.text) and not _takes_town(ctx, trig):
        return None  # "закріпилися і просуваються далі": one advance
    for tr in adv:
        if trig.end < tr.start < clause[1] and tr.family == "advance":
            m = _AND_NEXT.search(t, trig.end, tr.start)
            return (m.start(), m.end()) if m else None
    return None


# local ground inside or at the edge of a town: an advance there, in a sentence
# naming no place, is at the town the text tells of
_LOCAL_OBJECT = re.compile(
    r"\b(?:streets|houses|buildings|blocks|outskirts|plant|factory|canal|"
    r"tree ?lines?)\b|(?<![\w])(?:вулиц|улиц|будин|будівл|дом(?:а|ов)(?![\w])|"
    r"здани|квартал|окраїн|окраин|околиц|завод|канал|посадк|лісосмуг|лесополос)",
    re.IGNORECASE,
)
_LOCAL_OBJECT = keyed(folded(_LOCAL_OBJECT))  # speed: a case-folded twin, keyed


# an elliptical tail after a dash, a spaced hyphen or a colon (FIELDS23: "—
# на 1,5 км", " - some 500 metres", ": глибина вклинення до двох кілометрів")
_DASH_TAIL = re.compile(r"[ \u00a0]*[—–:][ \u00a0]*|[ \u00a0]+-[ \u00a0]+")


def _dash_tail_distance(
    t: str, end: int, dist_q: list[Any], trigs: list[_Trig], clause_span: Any
) -> Any:
    """The distance of an elliptical tail after a dash ("фіксують просування
    ворога біля X — за вихідні приблизно на кілометр"): a clause with a
    distance and no claim word of its own."""
    m = _DASH_TAIL.match(t, end)
    if not m or m.end() >= len(t):
        return None
    tail = clause_span(m.end())
    if any(tail[0] <= tr.start < tail[1] for tr in trigs):
        return None
    q = next(
        (
            q
            for q in dist_q
            if tail[0] <= q.start < tail[1]
            and not q.adjectival
            and not _DIST_EXCLUDE_AFTER.match(t[q.end : q.end + 30])
        ),
        None,
    )
    if q is not None and _width_named(t, q):
        # B33FLD2: the tail is the width; a depth named earlier is the
        # distance ("Глибина вклинення сягає 8–10 км, а ширина прориву — 70 км")
        return next((d for d in dist_q if _named(lx.DEPTH_NAMED, t, d)), None)
    return q


def _width_named(t: str, q: Any) -> bool:
    """B33FLD2: whether a width noun a few words before names the figure
    ``q`` ("а ширина прориву вздовж кордону — близько 70 км", "the width of
    the breach is 30 km"), with no depth word after it ("30 km wide and 6
    km deep" keeps the 6)."""
    return _named(lx.WIDTH_NAMED, t, q) and not _DEPTH.match(t[q.end : q.end + 30])


def _named(rx: Any, t: str, q: Any) -> bool:
    """Whether ``rx`` (a measure's noun, a few words and no figure after it)
    ends right before the figure ``q``."""
    return rx.search(t, max(0, q.start - 60), q.start) is not None


def ground_distance(ctx: SentenceContext, trig: _Trig, span: tuple[int, int]) -> Any:
    """How far ground taken or given up moved, for the claims of local ground
    made by the capture and withdrawal rules: a distance right after the verb
    ("fell back 300 metres from their positions"), or one in the span that
    locates nothing ("had to step back from a tree line, roughly 300
    metres"); not "N km west of X", "from X", "within N km" nor "a 10-km
    front". None when there is none."""
    t = ctx.t
    for q in ctx.quantities:
        if (
            q.measure != "distance"
            or q.conversion
            or not (span[0] <= q.start < span[1])
            or q.start < trig.end
        ):
            continue
        if 0 <= q.start - trig.end <= 14 and not q.adjectival:
            return q  # governed by the verb
        after = t[q.end : q.end + 30]
        if (
            q.adjectival
            or re.search(r"within\s*$", t[max(0, q.start - 20) : q.start])
            or (_DIST_EXCLUDE_AFTER.match(after) and not _DEPTH.match(after))
            or _FRONT_WIDTH.match(after)
        ):
            continue
        return q
    return None


# a depth and a deeper one in places: "просунулися на 4, а місцями на 5 км",
# "продвинулись на 2, местами до 3 км", "came in 8, in places 10 kilometres
# deep" (the figure is the deeper one, the first its lower bound)
_IN_PLACES = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:на|by|about|some|up to|до|около|близько|приблизно)\s+)*"
    r"(?P<low>\d[\d.,]*|[\w'’-]+)\s*,\s*(?:а\s+|і\s+|и\s+|and\s+|but\s+)?"
    r"(?:в окремих місцях|місцями|подекуди|на окремих ділянках|местами|кое-где|"
    r"в некоторых местах|на отдельных участках|in (?:some )?places|in some areas|"
    r"in some sectors)\s+(?:(?:на|by|up to|до|ще|еще|ещё)\s+)*",
    re.IGNORECASE,
)


def _in_places(ctx: SentenceContext, trig: _Trig, dist_q: list[Any]) -> Any:
    """The deeper figure of "N, in places M km" after ``trig`` (with N as its
    lower bound), or None."""
    m = _IN_PLACES.match(ctx.t, trig.end)
    if m is None:
        return None
    q = next((q for q in dist_q if m.end() <= q.number_start <= m.end() + 12), None)
    if q is None:
        return None
    low = m.group("low")
    try:
        value = float(low.replace(",", "."))
    except ValueError:
        word = word_value(low.lower(), ctx.lang)
        value = word[0] if word else None
    if value is None or value >= q.value:
        return None
    return replace(q, range_low=value)


# a distance without a figure right after the verb: "просунулися на кількасот
# метрів", "advanced a few kilometres", "продвинулись на несколько сотен
# метров" (an advance; distance_km stays null)
_VAGUE_DISTANCE = re.compile(
    # (up to three words before it: "no more than a few hundred metres")
    r"(?:\s+(?:\w+\s+){0,3}?)(?:(?:на|by)\s+)?(?:кількасот|кількадесят|"
    r"(?:кілька|декілька|несколько)(?:\s+(?:сотень|сотен|десятків|десятков))?|"
    r"(?:several|a few)(?:\s+hundred)?|hundreds of|сотні|сотни)\s+"
    r"(?:метр\w*|кілометр\w*|километр\w*|км|metres|meters|kilometres|"
    r"kilometers|km|miles|yards)(?![\w])",
    re.IGNORECASE,
)


# a depth denied ("не просунувся ні на метр", "не продвинулся ни на метр"):
# a denied advance that needs no place of its own (lang ``NOT_A_METRE``)
_NOT_A_METRE = re.compile("|".join((uk.NOT_A_METRE, ru.NOT_A_METRE)), re.IGNORECASE)
# B34DET2_43: an improved position "along the front edge", right after its
# verb (two words between at most: "своє тактичне")
_FRONT_EDGE = re.compile(
    rf"\s+(?:[\w«»]+\s+){{0,2}}?(?:{en.FRONT_EDGE}|{uk.FRONT_EDGE}|{ru.FRONT_EDGE})"
    r"(?![\w])",
    re.IGNORECASE,
)

# a span of days in a denied advance's clause ("за прошедшие сутки противник не
# продвинулся", "had not advanced over the past 24 hours"): told of the front
# as a whole, it needs no place (lang ``DENIED_SPAN``; session 37 b28left)
_DENIED_SPAN = re.compile(
    "|".join((en.DENIED_SPAN, uk.DENIED_SPAN, ru.DENIED_SPAN)), re.IGNORECASE
)


# a movement word that tells of no ground moving: "the progress of the special
# military operation", "как продвигаются бои" (how the fighting goes)
_NOT_MOVEMENT = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:special|military|operation|talks|negotiations|"
    r"peace|war\b|campaign)|(?:бо[иії]|боев\w*|бойов\w*|переговор\w*)(?![\w]))",
    re.IGNORECASE,
)


# a border as the goal of an advance: "pushed all the way to the Russian
# border", "вийшли до державного кордону", "вышли к границе"
_BORDER_GOAL = re.compile(
    r"\b(?:to|toward|towards|reached|reach(?:es|ing)) (?:the )?(?:[\w’'-]+ )?"
    r"(?:border|frontier)\b|(?<![\w])(?:до|к) (?:\w+ )?(?:кордон\w*|"
    r"границ\w*)(?![\w])",
    re.IGNORECASE,
)
_BORDER_GOAL = keyed(_BORDER_GOAL)  # speed: passed over texts lacking its keys


# places counted, not named: "просунувся поблизу трьох населених пунктів",
# "advanced near three villages" (located enough to be a claim)
_NEAR_COUNT = re.compile(
    r"\b(?:near|around|outside)\s+(?:\w+\s+)?(?:settlements|villages|towns)\b|"
    r"(?<![\w])(?:поблизу|біля|в районі|у районі|возле|около|в районе|у)\s+"
    r"(?!(?:цього|того|цих|тих|этого|того|этих|тех|нашого|нашего)\s)\w+\s+"
    r"(?:населен\w+ пункт\w*|сіл|сел(?:ищ)?\w*)(?![\w])",
    re.IGNORECASE,
)
_NEAR_COUNT = keyed(folded(_NEAR_COUNT))  # speed: a case-folded twin, keyed


# a place named only by a pointer to the text before: "reached the southern
# outskirts", "there", "там", "в западной части города"
_POINTER = re.compile(
    r"\bthe (?:(?:north|south|east|west)[\w-]* )?(?:outskirts|edges?|approaches)"
    rf"\b(?! of)|\b(?:{there_words('en')})\b(?! (?:is|are|was|were|has|have|"
    r"had|will|would|be|seems?)\b)|"
    rf"(?<![\w])(?:{there_words('uk', 'ru')})(?![\w])|"
    # "біля X, де ворог мав успіх": the place named right before the comma
    rf"(?<=, )(?:{'|'.join(WHERE['uk'] + WHERE['ru'])})(?![\w])|"
    r"(?<![\w])(?:в|у|на) (?:\w+ )?(?:части|окраин\w*|околиц\w*) (?:"
    + case_forms(
        "gen", ru=("город", "село", "поселок", "посёлок"), uk=("місто", "селище")
    )
    + r")(?![\w])|"
    # the outskirts or approaches of no place named: of the place just told
    # ("продвинулись от окраин до района завода", "вийшли на підступи")
    r"(?<![\w])(?:от|від|до|к|на|по) (?:[\w-]+ )?(?:окраин|околиц|подступ|"
    r"підступ)\w*(?! (?:[\w-]+ )?(?-i:[А-ЯЁІЇЄҐ]))",
    re.IGNORECASE,
)
_POINTER = keyed(folded(_POINTER))  # speed: a case-folded twin, keyed


_WHERE_WORDS = frozenset(WHERE["uk"] + WHERE["ru"])


# a quoted phrase and then its place: "«добился тактического успеха» у X"
_QUOTE_THEN_PLACE = re.compile(
    r"[\s,]*[»\"”]\s*(?:у|в|во|на|под|біля|поблизу|возле|около|near|in|at|around)"
    r"\s+",
    re.IGNORECASE,
)


def lead_is_weak(trigs: list[_Trig]) -> bool:
    """Only "success"-type words: subsumed by a capture in the same clause."""
    return bool(trigs) and all(
        re.match(r"success|успіх|успех", tr.text, re.I) for tr in trigs
    )


@dataclass
class _Move:
    """One advance trigger's clause, segment, depth and places, filled step
    by step by the recipe of ``advance_claims``."""

    clause: tuple[int, int]
    in_clause: list[_Trig]  # the clause's advance and stall words
    stalled: bool
    seg: tuple[int, int] = (0, 0)
    dist: Any = None
    width: float | None = None
    to_place: float | None = None
    pl: list[str] = field(default_factory=list)
    own_pl: list[str] = field(default_factory=list)  # the clause's own places
    sec: str | None = None
    anaphor: Any = None
    pointed: bool = False
    earlier_any: bool = False


def advance_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``:
    for each advance or stall word, its clause, the guards that drop it, its
    segment and depth, its place, then the claim it makes."""
    dist_q = ctx.distances
    adv = [tr for tr in ctx.trigs if tr.family in ("advance", "stall") and not tr.used]
    done: set[tuple[int, int]] = set()
    rest_of: dict[tuple[int, int], int] = {}  # clause -> start of its 2nd part
    adv_starts = [tr.start for tr in adv]  # sorted, as the sentence's triggers
    for trig in adv:
        clause = _clause(ctx, trig, adv, rest_of)
        in_clause = starting_in(adv, adv_starts, clause)
        m = _Move(clause, in_clause, any(tr.family == "stall" for tr in in_clause))
        reason = _skip_reason(ctx, trig, m, done)
        if reason is None:
            _segment_and_depth(ctx, trig, m, dist_q)
            reason = _locate(ctx, trig, m) or _weak_lead(ctx, m)
        if reason is not None:
            ctx.drop(trig, reason)
            continue
        _claim(ctx, trig, m, done)


def _clause(
    ctx: SentenceContext,
    trig: _Trig,
    adv: list[_Trig],
    rest_of: dict[tuple[int, int], int],
) -> tuple[int, int]:
    """The clause of ``trig``: its second part when an entry before it ended
    a first claim ("вошли в X и продвинулись западнее Y"), cut short before
    such a second advance verb (noted in ``rest_of``)."""
    clause = full = ctx.clause_span(trig.start)
    if trig.start >= rest_of.get(full, len(ctx.t)):
        clause = (rest_of[full], full[1])
    cut = _entry_then_more(ctx, trig, adv, clause)
    if cut:  # two claims: "... і просунулися західніше Y" is the second
        clause = (clause[0], cut[0])
        rest_of[full] = cut[1]
    return clause


# XKIND41: a grey zone the advance word moves into, or that is its subject
# ("moved into the grey zone", "зайшов у так звані сірі зони", "серая зона
# расширилась"): a contest, told by the fighting rule, no advance
_GREY = rf"[«\"“']?(?:{en.GREY_ZONE}|{uk.GREY_ZONE}|{ru.GREY_ZONE})"
_GREY_AFTER = re.compile(
    rf"\s+(?:into|in|to|у|в|на)\s+(?:the\s+|a\s+|так\s+зван\w+\s+|"
    rf"так\s+называем\w+\s+)?{_GREY}",
    re.IGNORECASE,
)
_GREY_BEFORE = re.compile(
    rf"{_GREY}[»\"”']?\s+(?:(?:near|around|outside|at|біля|поблизу|під|коло|"
    rf"возле|под|около|у)\s+[\w’'-]+\s+)?(?:has\s+|have\s+|had\s+)?$",
    re.IGNORECASE,
)


def _grey_move(t: str, trig: _Trig) -> bool:
    """Whether ``trig`` moves into a grey zone or has one for its subject."""
    return bool(
        _GREY_AFTER.match(t, trig.end)
        or _GREY_BEFORE.search(t, max(0, trig.start - 40), trig.start)
    )


def _skip_reason(
    ctx: SentenceContext, trig: _Trig, m: _Move, done: set[tuple[int, int]]
) -> str | None:
    """Why ``trig`` makes no claim before its place is looked at, or None."""
    t = ctx.t
    clause = m.clause
    if clause in done or ctx.question:
        return "question" if ctx.question else "clause-told"
    if trig.family == "advance" and _blocked(t, trig, ctx.lang):
        return "blocked"
    if _NOT_MOVEMENT.match(t, trig.end):
        return "not-movement"  # "the progress of the operation": no ground moved
    if _grey_move(t, trig):
        return "grey-zone"  # "зайшов у сіру зону біля X": a contest, no gain
    if lx.LAND_LOOKALIKE.search(t[clause[0] : clause[1]]):
        return "land-lookalike"  # "farmland cleared of mines has reached 1,200 ha"
    if (
        any(tr.family in ("fight", "attempt") for tr in ctx.trigs_in(*clause))
        and not m.stalled
        and trig.text.lower().startswith(("advancing",))
    ):
        return "advancing-in-fight"
    return None


# PROBEUKRU37: an advance verb joined by "та/і/и/and" to a capture before it
# ("захопив X та просунувся біля Y", "заняли X и продвинулись у Y"): its
# segment starts at the joining word, the captured place is not its own
_JOINED_VERB = re.compile(
    r"\s(?:і|й|та|и|and)\s(?:(?:також|также|also|then|ще|ещё|еще)\s)?$",
    re.IGNORECASE,
)


def _segment_and_depth(
    ctx: SentenceContext, trig: _Trig, m: _Move, dist_q: list[Any]
) -> None:
    """The segment of ``trig`` (its clause between the capture and withdrawal
    words around it) and the depth, front width and distance still to go
    told in it."""
    clause = m.clause
    others = [
        tr for tr in ctx.trigs_in(*clause) if tr.family in ("capture", "withdraw")
    ]
    m.seg = (
        max([clause[0]] + [tr.end for tr in others if tr.end <= trig.start]),
        min([clause[1]] + [tr.start for tr in others if tr.start > trig.start]),
    )
    joined = _JOINED_VERB.search(ctx.t, m.seg[0], trig.start)
    if joined and m.seg[0] > clause[0]:
        m.seg = (joined.end(), m.seg[1])  # "захопив X та просунувся біля Y"
    deepest = _in_places(ctx, trig, dist_q)
    if deepest is not None:  # "на 4, а місцями на 5 км біля X"
        m.seg = (m.seg[0], max(m.seg[1], ctx.clause_span(deepest.start)[1]))
    dists = ctx.distances_in(*m.seg)
    for q in dists:
        _measure(ctx, trig, m, q)
    if deepest is not None and m.dist is not None and m.dist.start == deepest.start:
        m.dist = deepest
    if m.dist is None and not dists:
        m.dist = _dash_tail_distance(
            ctx.t, m.seg[1], dist_q, ctx.trigs, ctx.clause_span
        )


# a figure a line was moved by, away from a place: "pushed them back 3 km
# from X", "відкинули ворога на 2 км від X", "отбросили на 2 км от X" (the
# depth, not a distance still to go)
_PUSHED_BY = re.compile(
    r"(?:\bback(?:\s+by)?|(?<![\w])на)\s+(?:(?:about|some|up to|nearly|roughly|around|"
    r"almost|approximately|another|a further|ще|ещё|еще|майже|близько|"
    r"приблизно|около|почти|примерно|до)\s+)?$",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(r"\s*(?:from\b|від\b|от\b)", re.IGNORECASE)


# LEFTUKRU36: a distance still to go, told by what remains ("до центра
# города осталось 5 км", "залишилося ще 3 км", "5 km remain", "3 km to go")
_STILL_TO_GO_BEFORE = re.compile(
    rf"(?<![\w])(?:{uk.STILL_TO_GO}|{ru.STILL_TO_GO})\s+(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_STILL_TO_GO_AFTER = re.compile(
    rf"\s*(?:[\w-]+\s+)?(?:{en.STILL_TO_GO_AFTER})\b", re.IGNORECASE
)


def _still_to_go(before: str, after: str) -> bool:
    """Whether a distance is what remains to a place, by a word before it
    (uk, ru) or after it (en).

    >>> _still_to_go("до центра осталось ", "."), _still_to_go(" with ", " to go")
    (True, True)
    >>> _still_to_go("продвинулись на ", " у X"), _still_to_go("", " left bank")
    (False, False)
    """
    return bool(
        _STILL_TO_GO_BEFORE.search(before)
        or (_STILL_TO_GO_AFTER.match(after) and not _LEFT_BANK.match(after))
    )


# "the left bank": a river's side, not what remains
_LEFT_BANK = re.compile(r"\s*(?:[\w-]+\s+)?left\s+(?:bank|flank|side)", re.I)


# the ground a distance was gained over, not a place it is short of: "gained
# 2 km of ground", "1.5 kilometres of territory"
_OF_GROUND = re.compile(r"\s*of\s+(?:ground|territory|land)\b", re.IGNORECASE)


# (session 40, b31miss) a depth measured from a place: the figure right after
# an advance word, "advanced up to 8 km from the town", "have moved some 3 km
# from X" (not "advanced to 5 km from X", a position short of it)
_DEPTH_GAP = re.compile(
    r"\s+(?:(?:up to|about|some|roughly|nearly|around|almost|as much as)\s+)?",
    re.IGNORECASE,
)
_FROM = re.compile(r"\s*from\b", re.IGNORECASE)


# a width named before its figure (FIELDS23): "на участке шириной 600 м",
# "по фронту 3 км", "по фронту на 6 км", "along a front of 3 km"
_WIDTH_BEFORE = re.compile(
    r"(?:(?<![\w])(?:шириной|шириною|завширшки|по фронту|вздовж фронту)|"
    r"\bfront(?:line)? of)\s+(?:на\s+)?"
    r"(?:(?:до|около|близько|приблизно|понад|более|"
    r"свыше|up to|about|some|nearly)\s+)?$",
    re.IGNORECASE,
)
# a figure right after a front word: "по фронту 3 км" (XPLACES3-43: or an
# approximate one, "по фронту близько 4 км", "по фронту около 4 км")
_FIGURE_NEXT = re.compile(
    r"\s*(?:(?:до|up to|about|around|nearly|almost|roughly|some|близько|"
    r"приблизно|майже|понад|около|примерно|почти|свыше)\s+)?\d",
    re.IGNORECASE,
)


def _measure(ctx: SentenceContext, trig: _Trig, m: _Move, q: Any) -> None:
    """Read the distance ``q`` of the segment: a front width ("along a 10-km
    front"), a distance still to go ("within 5 km of X", "подошел на
    расстояние 8 км") or, the first other one, the depth."""
    t = ctx.t
    after = t[q.end : q.end + 30]
    before = t[max(0, q.start - 20) : q.start]
    if _WIDTH_BEFORE.search(before) or _width_named(t, q):
        m.width = q.value  # "на участке шириной 600 м", "по фронту 3 км"
        return
    front = _FRONT_WIDTH.match(after)
    if front and m.dist is None and _FIGURE_NEXT.match(after, front.end()):
        m.dist = q  # "на 800 м по фронту 3 км": the front's own figure follows
        return
    if front or re.search(r"along\s*(?:up to\s*)?$", before):
        m.width = q.value
        return
    pushed = _PUSHED_BY.search(before) is not None
    governed = any(
        0 <= q.start - tr.end <= 14 and tr.family == "advance" for tr in m.in_clause
    )
    depth_from = _FROM.match(after) is not None and any(
        tr.family == "advance" and _DEPTH_GAP.fullmatch(t, tr.end, q.start)
        for tr in m.in_clause
        if 0 <= q.start - tr.end <= 14
    )
    if (
        re.search(r"within\s*$", before)
        or _still_to_go(t[max(0, q.start - 40) : q.start], after)
        or (
            re.match(r"\s*(?:from|of)\b", after)
            and not pushed
            and not _OF_GROUND.match(after)
            and not depth_from
        )
        or (
            _APPROACH.match(trig.text)
            and _AT_RANGE.search(t, max(0, q.start - 40), q.start)
        )
    ):
        m.to_place = q.value  # still to go: "подошел на расстояние 8 км"
        return
    if (
        _DIST_EXCLUDE_AFTER.match(after)
        and not _DEPTH.match(after)
        and not _OF_GROUND.match(after)
        and not governed
        and not (pushed and _FROM_PLACE.match(after))
    ):
        return
    if q.adjectival and not _OWN_NOUN.match(t, q.end):
        return  # "a 10-km front"; but "a 3-km advance" is its depth
    if m.dist is None:
        m.dist = q


def _locate(ctx: SentenceContext, trig: _Trig, m: _Move) -> str | None:
    """Find where the advance of ``trig`` went (its own places, sector or
    pointer, else a place borrowed from around it); the reason it makes no
    claim when that fails or the place's advance is already told."""
    _own_place(ctx, trig, m)
    if not (m.dist or m.pl or m.sec):
        _borrowed_place(ctx, trig, m)
    if (
        m.pl
        and not m.own_pl
        and not m.dist
        and any(
            c.kind == "advance" and [x.name for x in c.places] == m.pl for c in ctx.out
        )
    ):
        return "told-before"  # "reached X and entered it": the place's advance
    return _place_before(ctx, trig, m)


def _own_place(ctx: SentenceContext, trig: _Trig, m: _Move) -> None:
    """The places, sector and place pointer of the segment itself: "near X",
    "in the X sector", "along the entire front", "на цій ділянці", "there",
    or a place right after a quoted phrase that ends the segment."""
    t, seg, st = ctx.t, m.seg, ctx.st
    m.pl = m.own_pl = [
        p.name for p in ctx.places_in(*seg) if not trig.start <= p.start < trig.end
    ]  # not the trigger word itself ("Продвижение есть")
    m.sec = _sector_in(t, seg, ctx.lang)
    if m.sec is None:
        # "advancing along the entire front line": the whole front
        wide = _FRONT_WIDE.search(t, seg[0], seg[1])
        m.sec = wide.group(0) if wide else None
    anaphor = lx.ANAPHOR_PLACE.search(t[seg[0] : seg[1]])
    pointed = anaphor is None and not m.own_pl
    m.anaphor = anaphor or _POINTER.search(t, seg[0], seg[1])
    m.pointed = pointed and m.anaphor is not None  # "the outskirts": of where?
    if not (m.pl or m.sec) and THIS_SECTOR.search(t, seg[0], seg[1]):
        m.sec = last_sector(st, ctx.lang)  # "на цій ділянці": the sector named before
        if m.sec is None:
            m.pl = last_settlement(st)  # ... or, no sector named, the place
    if not (m.dist or m.pl or m.sec):
        quoted = _QUOTE_THEN_PLACE.match(t, seg[1])
        if quoted:
            m.pl = [p.name for p in ctx.places_in(quoted.end(), quoted.end() + 25)][:1]
    m.earlier_any = any(p.start < seg[0] and not p.region for p in ctx.places)
    if (
        m.sec
        and re.fullmatch(r"in the (?:south|east|north|west)", m.sec)
        and not m.pl
        and not m.dist
    ):
        m.sec = None


def _borrowed_place(ctx: SentenceContext, trig: _Trig, m: _Move) -> None:
    """A segment with no place of its own takes one from its sentence: the
    place of a first coordinated predicate ("counterattacked near X and
    pushed the enemy back"), of the clause after an improved position, or
    the one "entered it" points to."""
    t, seg, places = ctx.t, m.seg, ctx.places
    not_given = trig.family == "stall" and _NOT_GIVEN_UP.match(trig.text)
    if m.earlier_any and (
        re.search(
            r"\b(?:and|і|та|и)\s+(?:then\s+|later\s+|also\s+)?$",
            t[max(0, trig.start - 20) : trig.start],
        )
        or not_given
    ):
        m.pl = [p.name for p in places if p.start < seg[0] and not p.region][-1:]
    elif not_given and not places:
        m.pl = last_settlement(ctx.st)  # "... near X. We gave up not a metre."
    if (
        not m.pl
        # ... or "улучшили тактическое положение и нанесли поражение ... в
        # районах X и Y": an improved position is located by the clause after
        and re.search(
            r"оборон|defen[cs]e|положени|положенн|позиці|позици|\bpositions?\b",
            t[seg[0] : seg[1]],
            re.IGNORECASE,
        )
        and re.match(r"[\s,]*(?:and|и|і|та|й)\s", t[seg[1] :], re.IGNORECASE)
    ):
        # "advanced deep into the enemy defences and struck units near X":
        # the place of the coordinated clause locates the advance
        nxt_tr = min(
            [tr.start for tr in ctx.trigs if tr.start >= seg[1] and tr is not trig],
            default=len(t),
        )
        m.pl = (
            [p.name for p in places if seg[1] <= p.start and not p.region][:2]
            if nxt_tr == len(t)
            else []
        )
    # "announced an attack in the X region and entered it": "it" is the
    # place named before in the sentence (a region too)
    if not m.pl and re.match(
        r"enter\w*\s+it\b", t[trig.start : trig.end + 4], re.IGNORECASE
    ):
        m.pl = [p.name for p in places if p.start < trig.start][-1:]


def _not_a_metre(t: str, trig: _Trig, seg: tuple[int, int]) -> bool:
    """A denied advance whose depth is "not a metre" right after its verb
    ("противник не продвинулся ни на метр", "не змогли просунутися ні на
    метр"): told of the front as a whole, it needs no place."""
    return _NOT_A_METRE.search(t, trig.end, min(seg[1], trig.end + 40)) is not None


def _denied_over_a_span(ctx: SentenceContext, trig: _Trig, m: _Move) -> bool:
    """A denied advance whose clause names a span of days ("за прошедшие сутки
    противник не продвинулся", "за добу ворог не просунувся", "had not advanced
    over the past 24 hours"): told of the front as a whole, it needs no place."""
    if not (m.stalled or ctx.negated_near(trig, m.clause)):
        return False
    a, b = min(m.seg[0], m.clause[0]), max(m.seg[1], m.clause[1])
    return _DENIED_SPAN.search(ctx.t, a, b) is not None


def _place_before(ctx: SentenceContext, trig: _Trig, m: _Move) -> str | None:
    """A segment still unplaced takes the place told before (a town's
    streets or outskirts, "there", "they pushed on"), unless it has a depth,
    a vague depth, a border or a count of places; "no-place" when nothing
    locates it."""
    t, seg, st = ctx.t, m.seg, ctx.st
    front_edge = _FRONT_EDGE.match(t, trig.end, seg[1]) is not None
    if (
        not (m.dist or m.pl or m.sec)
        and not ctx.places
        and st.last_places
        and _LOCAL_OBJECT.search(t, trig.end, seg[1])
    ):
        # "зачепилися за крайні будинки": of the town told of
        m.pl = last_settlement(st)
    vague = (
        _VAGUE_DISTANCE.match(t, trig.end, seg[1]) is not None
        or _not_a_metre(t, trig, seg)
        or _denied_over_a_span(ctx, trig, m)
        or front_edge
    )
    border = not (m.dist or m.pl or m.sec) and (
        _BORDER_GOAL.search(t, seg[0], seg[1])
        or _NEAR_COUNT.search(t, trig.end, seg[1])
    )
    if not (m.dist or vague or m.pl or m.sec or border or m.anaphor):
        # "просунулися в районі міста", "they pushed on": the place before
        m.pl = pointed_place(ctx, seg)[0] or continued_place(ctx, m.clause, trig.start)
    if (
        m.anaphor is not None
        and m.anaphor.group(0).lower() in _WHERE_WORDS
        and _DUG_IN.match(trig.text)
    ):
        return "no-place"  # "відійшли до X, де закріпилися": no gain there
    anaphor_told = (
        m.anaphor is not None
        and (st.last_places or m.earlier_any)
        and m.anaphor.group(0).lower() != "it"
    )
    if not (m.dist or vague or m.pl or m.sec or border or anaphor_told):
        if not _stalled_move(ctx, trig, m):
            return "no-place"
    if not m.pl and m.anaphor:
        earlier = [p.name for p in ctx.places if p.start < seg[0] and not p.region]
        m.pl = earlier[-1:] or last_settlement(st)
    return None


# XDET4_42: an offensive, push or advance named right before its stall word,
# in its clause ("the offensive has been stalled", "наступ ворога зупинено")
_STALLED_MOVE = re.compile(
    rf"(?<![\w-])(?:{en.STALLED_MOVE_NOUN}|{uk.STALLED_MOVE_NOUN}|"
    rf"{ru.STALLED_MOVE_NOUN})\b[^.,;:!?]{{0,60}}$",
    re.IGNORECASE,
)


def _stalled_move(ctx: SentenceContext, trig: _Trig, m: _Move) -> bool:
    """A stall whose subject is an offensive named before it in its clause:
    told of a front as a whole, it needs no place (the read golds, 7 in 6
    sets: the stalled side's advance, negated, with no place)."""
    return (
        trig.family == "stall"
        and _STALLED_MOVE.search(ctx.t, m.clause[0], trig.start) is not None
    )


def _weak_lead(ctx: SentenceContext, m: _Move) -> str | None:
    """ "weak-lead" when the clause's only words are "success" ones and a
    capture follows them ("success in taking X"): the capture tells it."""
    in_clause = m.in_clause
    if lead_is_weak(in_clause) and any(
        tr.family == "capture"
        and 0 < tr.start - in_clause[0].end < 60
        and re.search(r"\b(?:in|by|of)\s+$", ctx.t[: tr.start])
        for tr in ctx.trigs
    ):
        return "weak-lead"
    return None


def _claim(
    ctx: SentenceContext, trig: _Trig, m: _Move, done: set[tuple[int, int]]
) -> None:
    """The claim the located advance makes (partial control of a town
    entered, fighting for an advance undone, else the advance); the words of
    its clause are used and the clause told."""
    t, seg = ctx.t, m.seg
    lead = next((tr for tr in m.in_clause if tr.family == "advance"), trig)
    undone = _undone(t, seg[1])
    entered = _entered(ctx, lead, seg, m.pl, undone) if m.pl and not m.pointed else []
    for tr in m.in_clause:
        tr.used = True
    done.add(m.clause)
    if entered and not m.dist:
        claim = ctx.make(
            "settlement_control",
            lead.start,
            seg,
            lead,
            _gainer(ctx, lead, m),
            entered,
            partial=True,
            negated=m.stalled or ctx.negated_near(lead, m.clause),
        )
        claim.extra["rule"] = "advance-entered:advance"
    elif trig.family == "advance" and undone and not m.dist:
        claim = ctx.make(
            "fighting", lead.start, seg, lead, None, m.pl, sector=m.sec or ctx.sector
        )
        claim.extra["rule"] = "advance-undone:advance"
    else:
        claim = _advance_claim(ctx, lead, m)
    ctx.out.append(claim)


# ground not given up ("ни метра не отдали", "have not given up an inch"):
# the advance denied is the other side's
_NOT_GIVEN_UP = re.compile(
    r".*(?:give|gave|given|cede|yield|surrender|lose|lost|відда|зда|поступи|"
    r"відступи|отда|сда|уступи|отступи)",
    re.IGNORECASE,
)


def _gainer(ctx: SentenceContext, lead: _Trig, m: _Move) -> str | None:
    """The side that gained by ``lead``'s advance (the other side of the one
    that gave no ground up, or of the one encircled or broken through)."""
    patient = _passive_patient(ctx, lead, m.clause)
    if patient is not None:
        return opposite(patient)
    if _STOPPED.fullmatch(lead.text) and lead.family == "stall" and lead.passive:
        # XDET3_42: "Russian troops were halted near X": the subject stopped
        # is the side whose advance stalled
        stopped = _passive_subject(ctx, lead, m.clause)
        if stopped is not None:
            return stopped
    if _STOPPED.fullmatch(lead.text) and lead.family == "stall" and not lead.passive:
        # XDET4_42: "Ukrainian troops halted the Russian advance near X": the
        # side whose advance was halted is the object's
        halted = _halted_object(ctx, lead, m.clause)
        if halted is not None:
            return halted
    side = _gainer_for(
        ctx.t, lead, m.clause, ctx.mentions, ctx.st, ctx.perspective, ctx.lang
    )
    if lead.family == "stall" and _NOT_GIVEN_UP.match(lead.text):
        return opposite(side)
    return side


# verbs whose passive subject is the side that lost ground ("Ukrainian
# forces were encircled", "the Russian defences were breached")
_DONE_TO = re.compile(
    r"(?:encircl|surround|outflank|breach|flank|bypass|overr[au]n)\w*", re.I
)
# the subject and its passive auxiliary before the participle
_PASSIVE_GAP = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:were|was|had been|have been|has been|are|is|"
    r"being|got)\s+(?:\w+ly\s+|also\s+|then\s+|already\s+)*",
    re.I,
)


def _passive_patient(
    ctx: SentenceContext, lead: _Trig, clause: tuple[int, int]
) -> str | None:
    """The side a passive advance verb was done to, named as its subject
    right before it ("Ukrainian forces were encircled in X": Russia gained),
    or None (EN22)."""
    if ctx.lang != "en" or not lead.passive or not _DONE_TO.fullmatch(lead.text):
        return None
    return _passive_subject(ctx, lead, clause)


# passive stall verbs whose subject is the side stopped ("were halted near X")
_STOPPED = re.compile(r"halted|stopped", re.I)


# the object of an active "halted / stopped": an advance noun, a side's
# adjective or an "enemy" word before it ("halted the Russian advance")
_HALTED_OBJECT = re.compile(
    r"\s+(?:the|a|an|their|its|this|that)\s+(?P<mod>(?:[\w’'-]+\s+){0,2}?)"
    r"(?:advance|push|drive|thrust|progress|offensive)s?\b",
    re.I,
)
_ENEMY = re.compile(r"\b(?:enemy|enemy's|opponent's|adversary's)\b", re.I)


def _halted_object(
    ctx: SentenceContext, lead: _Trig, clause: tuple[int, int]
) -> str | None:
    """The side whose advance an active "halted / stopped" stopped: the one
    named before the advance noun, else the other side of the subject, or
    None when no advance noun follows (English only)."""
    if ctx.lang != "en":
        return None
    obj = _HALTED_OBJECT.match(ctx.t, lead.end)
    if obj is None:
        return None
    named = [
        sm
        for sm in ctx.mentions
        if obj.start("mod") <= sm.start
        and sm.end <= obj.end("mod")
        and sm.side in ("UA", "RU")
    ]
    if named:
        return named[0].side
    before = [
        sm
        for sm in ctx.mentions
        if clause[0] <= sm.start and sm.end <= lead.start and sm.side in ("UA", "RU")
    ]
    if not before or before[-1].after_preposition:
        return None
    if _ENEMY.search(obj.group("mod")) or not obj.group("mod").strip():
        return opposite(before[-1].side)
    return None


def _passive_subject(
    ctx: SentenceContext, lead: _Trig, clause: tuple[int, int]
) -> str | None:
    """The side named as the subject right before ``lead``'s passive
    auxiliary, or None (English only)."""
    if ctx.lang != "en":
        return None
    before = [
        sm
        for sm in ctx.mentions
        if clause[0] <= sm.start and sm.end <= lead.start and sm.side in ("UA", "RU")
    ]
    if not before or before[-1].after_preposition:
        return None
    subject = before[-1]
    if not _PASSIVE_GAP.fullmatch(ctx.t, subject.end, lead.start):
        return None
    return subject.side


def _advance_claim(ctx: SentenceContext, lead: _Trig, m: _Move) -> Any:
    """The advance claim of ``lead``'s clause, with its depth and side."""
    dist = m.dist
    return ctx.make(
        "advance",
        lead.start,
        m.seg,
        lead,
        _gainer(ctx, lead, m),
        m.pl,
        distance_km=round(dist.value, 6) if dist else None,
        negated=m.stalled or ctx.negated_near(lead, m.clause),
        sector=m.sec or paragraph_sector(ctx.st, ctx.sector),
        approx=dist.approx if dist else None,
        front_width_km=m.width,
        distance_to_place_km=m.to_place,
        distance_range_km=[dist.range_low, dist.value]
        if dist and dist.range_low
        else None,
    )
