"""Territorial claims from news text (en/uk/ru): the extraction engine.

Pure: no files, no network. Sentences are split with exact offsets, page
furniture is skipped, and only sentences holding a trigger word are analysed
(so a 50 MB page stays fast). Each claim is one proposition of one kind:

* ``area_change``        — an area gained/lost/held (km², sq mi, ha)
* ``settlement_control`` — named settlements (or a count) taken or given up
* ``advance``            — movement near/toward a place, with or without km
* ``fighting``           — ongoing fighting / attacks at a place or sector

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
import functools
import logging
import re
import weakref
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from ..model import Claim, Place
from . import lexicon as lx
from .claimants import (
    Claimant,
    analyst,
    by_role,
    disputing_speaker,
    find_claimant,
    is_outlet,
    keep_analyst,
    named_later,
    person_named,
    quote_attribution,
    title_stems,
)
from .clean import Sentence, sentences
from .context import (
    _QUOTE_LEAD,
    SentenceContext,
    _clause_of,
    _DocState,
    _mentions_in,
    _Trig,
    admits,
    pointed_places,
)
from .dateline import dateline_place, dateline_span, statement_dateline, title_date
from .dating import (
    _CARRIED_KINDS,
    _COMPARISON,
    _CONTRAST,
    _NEW_STATEMENT,
    _NOW,
    _QUOTED_KINDS,
    _SPOKEN_DAY_KINDS,
    _START_KINDS,
    _and_that_spans,
    _apply_period,
    _date_and_flag,
    _same_speaker,
    _within,
)
from .fastre import folded, head_grouped, keyed, prefiltered
from .lang import en, every
from .numbers import word_value
from .page_speakers import layout_speakers
from .period_rules import (
    CONTINUED_KINDS,
    FROM_EVENT_KINDS,
    STATEMENT_VERB,
    can_be_running_total,
    launch_day,
    list_intro,
    list_item,
    report_day,
    report_title,
    settle_cumulative,
    sitting_day,
    statement_day,
    statement_words,
    total_of_own_clause,
)
from .periods import (
    BOUNDED_KINDS,
    DAY_KINDS,
    NAMED_DAY,
    WEEK_KINDS,
    PeriodMention,
    find_periods,
    resolve,
)
from .rules import RULES
from .rules.area import may_hold_front_figure
from .rules.relayed import deny_relayed
from .rules.settlement import date_members
from .rules.skips import skip_reason
from .sides import (
    KNOWN_PEOPLE,
    SideMention,
    collective_side,
    concrete,
    opposite,
    side_mentions,
    side_of_document,
    side_of_text,
)
from .stems import prefix_regex, punct_to_space
from .toponyms import PlaceMention, find_places
from .trace import Drop, Why, drops_of
from .triggers import _TRIGGER_RE, _find_triggers, _trigger_matches, word_guard
from .units import Quantity, find_quantities

__all__ = ["extract_claims", "claim_to_record", "detect_language"]

log = logging.getLogger("frontline.claims")

_CLAUSE_SPLIT = {
    "en": re.compile(
        r",\s*(?=(?:which|who|whose|while|but|whereas|although|though|as well as|"
        r"after|before|when|where|adding|saying|citing|according|and|including|"
        r"just|a\s|an\s|the\s+(?:\w+\s+){0,3}(?:said|says|told)|it\s|"
        r"\w+ing\s)\b)|"
        r";|\s[—–-]\s|:\s|,\s*[\"“]|[\"”],?\s|\swhile\s|\sbut\s|"
        # "said fighting continued near X and that attempts to ... were stopped"
        r"and(?<=\sand)\s(?=that\s(?!(?:city|town|village|settlement|area|region)\b))|"
        r"\sand\s(?=(?:also\s|then\s|later\s)?(?:was|were|are|is)\s+[a-z]+ing\b)|"
        r"\sand\s(?=(?:also\s|then\s|later\s)?(?:(?:had|has|have|was|were)\s)?"
        r"(?:[a-z]+(?:ed|en|wn)|took|won|broke|fell|"
        r"made|drove|held|seized|retook|overran|said|says|told)\b)"
    ),
    "uk": re.compile(
        r",\s*(?=(?:а|але|проте|однак|та|і|й|який|яка|яке|які|якого|що|де|коли|"
        r"хоча|йдеться|повідом\w*|заяв\w*)\b)|;|\s[—–-]\s|:\s|[«»\"]|"
        r"\s(?:і|й|та)\s(?=(?:\w+\s)?\w+(?:ли|ла|ло|ів|ив|ав|ув)\b)"
    ),
    "ru": re.compile(
        r",\s*(?=(?:а|но|однако|и|который|которая|которое|которые|которого|что|"
        r"где|когда|хотя|говорится|сообща\w*|заяв\w*)\b)|;|\s[—–-]\s|:\s|[«»\"]|"
        r"\sи\s(?=(?:\w+\s)?\w+(?:ли|ла|ло|ил|ал|ел)\b)"
    ),
}
# speed: alternatives grouped by first character (same matches; see fastre)
_CLAUSE_SPLIT = {lang: head_grouped(rx) for lang, rx in _CLAUSE_SPLIT.items()}
_BY_AGENT = re.compile(r"^\s*(?:\w+\s+){0,6}?by\s+", re.IGNORECASE)
_DIST_EXCLUDE_BEFORE = re.compile(
    r"(?:within|along|across a|along a|stretch of|[\w]+-|\bat\b|\bover a\b|"
    r"в межах|в пределах|протяжн\w+|вздовж|вдоль|за)\s*(?:up to\s*|about\s*|"
    r"some\s*|around\s*)?$",
    re.IGNORECASE,
)
# "dismissed a statement by X that Y controlled Z": the reported claim is denied
_DENIED_REPORT = re.compile(
    r"\b(?:denied|dismissed|rejected|refuted|denies|dismisses|rejects|refutes|"
    r"denying|disputed|disputes|disputing)\b"
    r"[^.;]{0,100}?\b(?:statement|claims?|reports?|assertions?)\b"
    # "…, insisting that X": the denier's own counter-claim is not denied
    r"(?:(?!\b(?:insist|saying|said|says|stress|maintain|add)\w*)[^.;]){0,60}?"
    r"\bthat\s+[^.;]*$|"
    # "Russia falsely claims the capture of X"
    r"\b(?:falsely|wrongly|erroneously)\s+(?:\w+\s+)?(?:claim|report|announc|"
    r"assert)\w*\b[^.;]*$|"
    r"(?<![\w])(?:спростува\w*|заперечи\w*|опроверг\w*|отверг\w*)(?![\w])[^.;]{0,100}?"
    # (the noun "заяву", not the verb "заявив": "заперечив це і заявив, що
    # X під контролем ЗСУ" asserts X)
    r"(?:заяв(?:а|у|и|ою|ам|ами|ах)?(?![\w])|заявлени\w*|твердженн\w*|"
    r"утверждени\w*|повідомленн\w*|сообщени\w*|"
    r"информаци\w*|інформаці\w*|сведени\w*|слух\w*|чутк\w*)"
    # (no new saying between: "спростував чутки й наголосив, що …")
    r"(?:(?!наголоси|заяви|сказа|повідоми|додав|зазначи|сообщи|добави|"
    r"подчеркну|отмети)[^.;]){0,60}?(?:що|что)\s+[^.;]*$|"
    # "речник заперечив, що X звільнено": a denial of what follows "that"
    r"(?<![\w])(?:спростува\w*|спростову\w*|заперечи\w*|заперечу\w*|"
    r"опроверг\w*|отверг\w*|отрица\w*|бреш\w*|брехня|неправда|лгут|лж[её]т|"
    r"врут|вр[её]т|"
    r"ложь)(?![\w]),?\s+(?:що|что)\s+[^.;]*$",
    re.IGNORECASE,
)
# a new statement between a negation and the claim: "заперечив це і заявив,
# що село під контролем ЗСУ", "denied it and said Ukrainian troops held X"
_NEW_SAYING = re.compile(
    r"\b(?:said|says|added|stressed|insisted|noted)\b(?:\s*,)?\s+(?:that\b)?|"
    r"(?<![\w])(?:заяви\w*|сказа\w*|повідоми\w*|додав\w*|наголоси\w*|"
    r"запевни\w*|сообщи\w*|добави\w*|подчеркну\w*|завери\w*)\W+(?:що|что)"
    r"(?![\w])",
    re.IGNORECASE,
)
# a denial verb closing the claim's own stretch (no comma between): "інформацію
# про захоплення X заперечили в ЗСУ", "сообщения о взятии X опровергли в ВСУ"
_DENIED_AFTER = re.compile(
    r"[^,;.:—–]{0,40}?(?<![\w])(?:заперечи|заперечу|спростува|спростову|"
    r"опроверг|отрица|отверг)\w*",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"\bwhether\b|\?\s*$|(?<![\w])(?:чи|ли)(?![\w])", re.IGNORECASE)
_SLAVIC_QUESTION = re.compile(
    r"(?<![\w])(?:чи|ли)(?![\w])|"
    # a wh-question: "Когда ожидать освобождения региона?", "Коли звільнять X?"
    r"^\W*(?:коли|чому|навіщо|когда|почему|зачем)(?![\w])",
    re.IGNORECASE,
)
# a yes/no question opening a sentence: "Чи захопили росіяни X: ..."
_SLAVIC_YES_NO = re.compile(r"\W*(?:чи|неужели|невже)\s", re.IGNORECASE)
_EXPLAINER = re.compile(
    r"^\W*(?:why|how|what|explainer|analysis:|чому|як саме|почему|как именно)\b",
    re.IGNORECASE,
)


_YEAR = prefiltered(re.compile(r"\b(20\d\d)\b"), ("20",))  # speed
# speed: the big case-insensitive patterns search through a case-folded twin
_QUESTION = folded(_QUESTION)
_SLAVIC_QUESTION = folded(_SLAVIC_QUESTION)
_DENIED_REPORT = folded(_DENIED_REPORT)


_DIST_EXCLUDE_BEFORE = folded(_DIST_EXCLUDE_BEFORE)
_MEMORY = 4  # sentences before a triggered one that feed the document memory


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


_DASH_CUT = re.compile(r"\s[—–-]\s")
_QUOTE_MARK = re.compile(r"[\"”“«»]")
_QUOTE_OPENED = re.compile(r"[\"“«][^\"“”«»]{1,25}$")
_QUOTED_WORDS = re.compile(r"[\"”“«»][^\"“”«»\s]{1,20}(?:\s[^\"“”«»\s]{1,20})?[\"”»]")


def _clauses(text: str, lang: str) -> list[tuple[int, int]]:
    rx = _CLAUSE_SPLIT.get(lang, _CLAUSE_SPLIT["en"])
    cuts = [0]
    for m in rx.finditer(text):
        if (
            _DASH_CUT.fullmatch(m.group(0))
            and len(text[cuts[-1] : m.start()].split()) <= 2
        ):
            continue  # "Серед звільнених - X, Y": a list follows
        quote = _QUOTE_MARK.search(m.group(0))
        if quote:
            # scare quotes around one or two words ("liberated") are no clause
            q = m.start() + quote.start()
            if _QUOTE_OPENED.search(text[max(0, q - 26) : q]) or _QUOTED_WORDS.match(
                text, q
            ):
                continue
        if m.start() > cuts[-1]:
            cuts.append(m.start())
        if m.end() > cuts[-1]:
            cuts.append(m.end())
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b > a and text[a:b].strip(' ,;:"“”«»—–-'):
            out.append((a, b))
    return out or [(0, len(text))]


def _merge_coordinated_advances(out: list[Claim], t: str, base: int) -> list[Claim]:
    """ "pushed the enemy back in places and regained positions in X": an
    advance with nothing of its own (no place, distance or sector) joined by
    "and" to the next advance of the same side is one claim with it."""
    drop: set[int] = set()
    for i, c in enumerate(out):
        if c.kind != "advance" or c.places or c.distance_km:
            continue
        for j, d in enumerate(out):
            if j == i or d.kind != "advance" or d.gainer != c.gainer:
                continue
            gap = t[c.char_end - base : d.char_start - base]
            if 0 <= len(gap) <= 40 and re.fullmatch(
                r"[\s,]*(?:and|і|та|й|и|а також|as well as)?\s*(?:\w+\s+){0,3}?",
                gap,
                re.IGNORECASE,
            ):
                a = c.char_start - base
                d.quote = t[a : d.char_end - base]
                d.char_start = c.char_start
                d.sector = d.sector or c.sector
                drop.add(i)
                break
    # "recaptured positions near X, a brigade officer said, pushing the
    # Russians back by roughly 1 km": a participle that only adds a distance
    # is the depth of the advance before it
    for j, d in enumerate(out):
        if (
            j in drop
            or d.kind != "advance"
            or d.places
            or not d.distance_km
            or not _PARTICIPLE.match(d.quote)
        ):
            continue
        for i in range(j - 1, -1, -1):
            c = out[i]
            if i in drop or c.kind != "advance" or c.distance_km:
                continue
            if 0 <= d.char_start - c.char_end <= 60:
                c.distance_km = d.distance_km
                for k in ("distance_range_km", "approx"):
                    if d.extra.get(k) and not c.extra.get(k):
                        c.extra[k] = d.extra[k]
                c.quote = t[c.char_start - base : d.char_end - base]
                c.char_end = d.char_end
                drop.add(j)
            break
    return [c for i, c in enumerate(out) if i not in drop]


_PARTICIPLE = re.compile(
    r"(?:pushing|driving|forcing|advancing|moving|gaining)\b|"
    r"(?:відкинувши|відтіснивши|просунувшись|отбросив|оттеснив|продвинувшись)"
    r"(?![\w])",
    re.IGNORECASE,
)


# a fight that may be the means of the gain told right after it
_FOLDED_ATTACK = re.compile(
    r"counter-?attack|контратак|attack|assault|storm|атак|штурм", re.IGNORECASE
)
_COUNTER = re.compile(r"counter-?attack|контратак", re.IGNORECASE)


def _gain_of_attack(d: Claim) -> bool:
    """Whether ``d`` may be the gain an attack told right before it won: a
    placed advance, or a town entered ("stormed X and entered the village":
    session 23)."""
    if not d.places:
        return False
    return d.kind == "advance" or d.extra.get("rule") == "advance-entered:advance"


def _fold_counterattacks(out: list[Claim], t: str, base: int) -> list[Claim]:
    """ "counterattacked near X and regained a tree line": the counter-attack
    that won ground is one advance, not fighting plus an advance; so is an
    attack that entered the place it was made at ("announced an attack in X
    and entered it"). A counter-attack folds into the gain told right after
    it wherever that is ("counterattacked near X and regained positions
    northwest of Y"); another attack only into a gain at its own place (an
    entry too: "stormed X and pushed into the village")."""
    drop: set[int] = set()
    for i, c in enumerate(out):
        trig = c.extra.get("trigger") or ""
        if c.kind != "fighting" or not _FOLDED_ATTACK.match(trig):
            continue
        counter = _COUNTER.match(trig) is not None
        for d in out:
            if not _gain_of_attack(d):
                continue
            if not counter and {p.name for p in d.places} != {p.name for p in c.places}:
                continue
            gap = t[c.char_end - base : d.char_start - base]
            if re.fullmatch(r"[\s,]*(?:and|і|та|й|и)\s*", gap, re.IGNORECASE):
                d.quote = t[c.char_start - base : d.char_end - base]
                d.char_start = c.char_start
                d.places = c.places + [
                    p for p in d.places if p.name not in {q.name for q in c.places}
                ]
                drop.add(i)
                break
    return [c for i, c in enumerate(out) if i not in drop]


def _trim_trigger_words(
    places: list[PlaceMention], trigs: list[_Trig], t: str
) -> list[PlaceMention]:
    """A capitalised trigger glued to a name ("Звільнено Сторожеве") is cut off."""
    out = []
    starts = [tr.start for tr in trigs]  # sorted: the matches of one search
    for p in places:
        i = bisect_left(starts, p.start)
        tr = trigs[i] if i < len(trigs) and trigs[i].start < p.end else None
        if tr is None:
            out.append(p)
            continue
        if tr.start == p.start and tr.end < p.end:
            a = tr.end + (len(t[tr.end : p.end]) - len(t[tr.end : p.end].lstrip()))
            if a < p.end and t[a : p.end][:1].isupper():
                out.append(PlaceMention(a, p.end, t[a : p.end], p.region))
                continue
        out.append(p)
    return out


@functools.lru_cache(maxsize=4096)
def _claimant(sentence: str, lang: str) -> Claimant | None:
    """find_claimant, minus "claimants" that are really the claim itself
    (cached for one document: asked of a sentence up to four times)."""
    c = find_claimant(sentence, lang)
    if (
        c is not None
        and c.name
        and (
            _TRIGGER_RE.get(lang, _TRIGGER_RE["en"]).search(c.name)
            or len(c.name.split()) > 8
        )
    ):
        return None
    return c


_ATTRIBUTION_WORDS = 14  # a longer next sentence says more than who spoke


def _attribution_after(next_text: str, lang: str) -> Claimant | None:
    """The speaker a short next sentence names ("Putin said." after a quote)."""
    if not next_text or len(next_text.split()) > _ATTRIBUTION_WORDS:
        return None
    if _trigger_matches(next_text, lang):
        return None  # a claim of its own, with its own speaker
    c = _claimant(next_text, lang)
    return c if c is not None and c.name and not is_outlet(c) else None


# "did not immediately comment on Russia's claim to have taken X", "could not
# independently verify": the negation is the speaker's silence, not a denial
_NEUTRAL_AFTER_NOT = re.compile(
    r"\s+(?:(?:immediately|independently|yet|publicly|officially)\s+)*"
    r"(?:comment\w*|respond\w*|react\w*|repl(?:y|ied|ies)|verif\w+|specif\w+|"
    r"elaborat\w+|disclos\w+|"
    # an emphasis, not a denial (FIELDS23): "not only took X but", "не лише
    # захопили", "не только взяли", "there is no doubt that", "немає сумнівів"
    r"only|just|merely|лише|тільки|лиш|только|лишь|просто|doubt\w*|"
    r"one\s+(?:disputes|doubts|denies)|сумнів\w*|сомнени\w*)\b",
    re.IGNORECASE,
)


def _is_conversion_of(prev: Quantity | None, q: Quantity, text: str) -> bool:
    return q.conversion


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
        return _extract(text, doc_id, published, language, stored, why)
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
    walk = _Walk(text, sents, hot, near, figured, live)
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
        if said is None:
            said = report_day(s.text, lang, published)
        if said is not None:
            st.statement, st.statement_at = said[1], i
            st.statement_claimant = s.text
            break
    if st.statement is None:
        st.statement = _title_day(text, lang, published)
    if st.statement is None:
        # "KYIV, March 3 (Reuters) -": the dateline dates the story
        st.statement = statement_dateline(text, published)


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
        not h and may_hold_front_figure(s.text, lang)
        for s, h in zip(sents, hot, strict=True)
    ]
    return hot, _near(hot), figured


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


def _read_sentence(
    w: _Walk, st: _DocState, lang: str, i: int, published: date | None
) -> None:
    """Read sentence ``i``: its claims join ``w.claims``, and what it tells
    (places, speakers, days, a list opened) is noted for the next ones."""
    s = w.sents[i]
    intro = _enter_sentence(w, st, lang, i)
    follow = _follow_up(w, st, lang, i)
    # cheap gates: no trigger word, no work
    if not w.near[i] and not w.figured[i]:
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
    if not w.hot[i] and (follow or not w.figured[i]):
        _note_statement(s, st, lang, i)
        _note_topic_week([], st, i, lambda: find_periods(s.text, lang))
        _remember(s, st, lang, pls, i)
        w.opening = _opening(s, w.sents, i, st, lang) or w.opening
        return
    new = _claims_of_sentence(w, st, lang, i, pls)
    _list_of(w, st, lang, i, intro, new)
    _remember(s, st, lang, pls, i)
    if not new:  # "— Противник тисне. За тиждень він просунувся …"
        w.opening = _opening(s, w.sents, i, st, lang) or w.opening
        # PERIODS25: "Over the past week the forces went on with the
        # offensive, X said": the head names the roundup's week, no claim
        _note_topic_week(new, st, i, lambda: find_periods(s.text, lang))
    if new:
        _note_new_claims(new, s, st, lang, i)
    w.claims.extend(new)
    if st.topic_day is None and not w.live and st.published is not None:
        _note_report_day(s, st, lang, i, new)


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
        w.listed = (i, intro)
    elif new and w.listed is None:
        # "Russia took 61 sq mi last week.\n- Largest gains: …": a list
        # right under a claim with a bounded span of its own is that span's
        head = _span_over_list(new, s, w.sents[i + 1 : i + 2], w.text, lang)
        w.listed = (i, head) if head is not None else None


def _enter_sentence(w: _Walk, st: _DocState, lang: str, i: int) -> PeriodMention | None:
    """Count the paragraph sentence ``i`` opens, close a list it does not
    continue, and open one it introduces (a cold list intro: "Over the week
    the troops took:"); the list intro's time, if it is one."""
    s = w.sents[i]
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
        w.listed = (i, intro)
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
        named = [p.name for p in c.places if not _looks_regional(p.name)]
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
    # events dated before 2014 are history ("liberated from the Nazis in 1943")
    dated = claims
    claims = [c for c in claims if c.period_end is None or c.period_end.year >= 2014]
    if st.why is not None:
        st.why.lose(dated, claims, "history")
    _link_restatements(claims)
    _speakers_for_unattributed(claims, sents, lang)
    _titles_named_later(claims, sents, lang)
    layout_speakers(claims, text, lang)
    return claims


def _titles_named_later(claims: list[Claim], sents: list[Sentence], lang: str) -> None:
    """A claim whose claimant is a bare title ("Ukraine's army chief said …")
    takes the person the next sentences name with it (``named_later``)."""
    for claim in claims:
        if claim.claimant_role or title_stems(claim.claimant or "") is None:
            continue
        after = [s for s in sents if s.start > claim.char_start]
        later = []
        for s in after[:_TITLE_LOOKAHEAD]:
            c = _claimant(s.text, lang) or person_named(s.text)
            if c is not None and c.name:
                later.append(c)
        who = named_later(claim.claimant, later)
        if who is not None:
            claim.claimant, claim.claimant_role = who.name, who.role


_TITLE_LOOKAHEAD = 6  # sentences read for the person a title stands for


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


def _clause_speakers(new: list[Claim], s: Sentence, lang: str) -> None:
    """Claims after a contrast clause with its own named speaker are that
    speaker's, not the sentence's first one."""
    cuts = list(_CONTRAST.finditer(s.text))
    if not cuts or not new:
        return
    ends = [m.start() for m in cuts[1:]] + [len(s.text)]
    for m, b in zip(cuts, ends, strict=True):
        a = m.start()
        c = _claimant(s.text[m.end() : b], lang)
        if c is None or not c.name:
            continue
        for claim in new:
            if a <= claim.char_start - s.start < b:
                claim.claimant, claim.claimant_role = c.name, c.role


_LEAD_CLAIM_SENTENCES = 1  # a daily report names its day by its first claim
_LEAD_SENTENCES = 8  # … and within its first sentences (headline, furniture)


_LIVE_ENTRY = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}\b", re.MULTILINE)  # "14:50 …"
_LIVE_ENTRIES = 3


_BULLET = re.compile(r"[ \t]*(?:[-•*▪●]|\d{1,2}[.)])[ \t]*\w")


def _span_over_list(
    new: list[Claim], s: Sentence, after: list[Sentence], text: str, lang: str
) -> PeriodMention | None:
    """The bounded span of the first claim of ``s`` when the next line opens a
    list ("- …", "1) …"), else None."""
    if not after or "\n" not in text[s.end : after[0].start]:
        return None
    nxt = after[0]
    # a bullet, not a dash (a dash opens a line of dialogue as often)
    if not _BULLET.match(text, text.rfind("\n", 0, nxt.start) + 1, nxt.end):
        return None
    first = new[0]
    if first.cumulative or first.period_start is None or not first.period_text:
        return None
    return next(
        (
            p
            for p in find_periods(s.text, lang)
            if p.text.rstrip(".") == first.period_text and p.kind in BOUNDED_KINDS
        ),
        None,
    )


def _date_list_items(
    new: list[Claim], p: PeriodMention, st: _DocState, sentence: str
) -> None:
    """The items of a list take the time its intro line names ("Over the
    past week, according to the General Staff:"), unless they have their own
    or tell a state (a holding, a running total, what goes on now)."""
    for c in new:
        if (
            c.period_text
            or c.cumulative
            or c.extra.get("holding")
            or c.extra.get("stated_now")
        ):
            continue
        _apply_period(c, p, st, st.statement or st.published, sentence)


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
    st.statement_local = True  # … up to the paragraph's end
    st.last_day = said[1]


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
                return (a, b) if a is not None and b is not None else None
        claims_seen += hot[i] and not (s.headline and report_title(s.text))
        if claims_seen >= _LEAD_CLAIM_SENTENCES:
            break
    return None


def _speakers_for_unattributed(
    claims: list[Claim], sents: list[Sentence], lang: str
) -> None:
    """A claim nobody is said to make is the nearest named speaker's.

    The speaker named before the claim (in any sentence, with or without a
    claim of its own) wins, else the first one named after it: "Our units hold
    the village. … Syniehubov told the agency." An article with no named
    speaker leaves the field empty.
    """
    if all(c.claimant for c in claims):
        return
    # a live-blog timestamp starts an entry of its own: no speaker crosses it
    entries: list[int] = []
    named: list[tuple[int, int, Claimant]] = []
    for s in sents:
        if _TIMESTAMP.match(s.text):
            entries.append(s.start)
        c = disputing_speaker(s.text, lang) or _claimant(s.text, lang)
        if c is not None and c.name:
            named.append((len(entries), s.start, c))
    if not all(is_outlet(c) for _, _, c in named):
        # an outlet relaying others is the speaker only when nobody else is
        named = [n for n in named if not is_outlet(n[2])]
    if not named:
        return
    for claim in claims:
        if claim.claimant:
            continue
        entry = sum(1 for e in entries if e <= claim.char_start)
        same = [(pos, c) for n, pos, c in named if n == entry]
        before = [c for pos, c in same if pos <= claim.char_start]
        who = before[-1] if before else (same[0][1] if same else None)
        if who is not None:
            claim.claimant, claim.claimant_role = who.name, who.role


# a denial or announcement that points back at the claim before it ("Kyiv
# denies it", "у ЗСУ це спростовують", "эту информацию опровергли", "Moscow
# announced it on Thursday")
_BACK_DENIAL = re.compile(
    r"\b(?:denie[sd]|deny|rejecte?d?s?|refute[sd]?)\s+"
    # "that" as the pronoun ("Kyiv denied that."), not as the conjunction
    # before a clause of its own ("It denied that troops were encircled")
    r"(?:it|this|that(?=\s*(?:[^\w\s]|$)|\s+(?:claim|report|statement|on|in|"
    r"at|late|later|earlier|yesterday|today|too|outright|flatly|immediately)\b)|"
    r"the (?:claims?|reports?|statement|announcement)|"
    r"(?:these|those|such|the) (?:claims|reports|assertions|statements|"
    r"allegations))\b(?!\s+(?:was|is|had|has|that)\b)|"
    # "…, a claim Kyiv denied"
    r"\ba claim (?:that )?(?:[\w’'-]+ ){1,3}(?:denie[sd]|deny|rejecte?d?s?|"
    r"dispute[sd]?|refute[sd]?)\b|"
    # "acknowledged no such losses", "has never acknowledged the capture"
    r"\backnowledged\s+no\s+such\b|\b(?:never|not)\s+acknowledged\s+(?:the|any|"
    r"such)\b|"
    r"(?<![\w])(?:це|цю заяву|ці заяви|цю інформацію|ці твердження|це твердження|"
    r"це повідомлення|ці повідомлення|ці відомості|ці дані|это|эту информацию|"
    r"это заявление|эти заявления|эти данные|это утверждение|эти утверждения|"
    r"эти сведения|эти сообщения|это сообщение)\s+(?:\w+\s+)?(?:спростову\w*|"
    r"спростува\w*|заперечу\w*|"
    r"запереч\w*|опроверга\w*|опроверг\w*|отрица\w*|назва\w+\s+(?:неправдив\w*|"
    r"фейк\w*|брехн\w*|вигадк\w*|хибн\w*|ложн\w*|ложью|неправд\w*))|"
    r"(?<![\w])(?:спростову\w*|спростува\w*|заперечу\w*|опроверга\w*|"
    r"опроверг\w*|отрица\w*)\s+(?:це|цю заяву|цю інформацію|ці відомості|это|"
    r"эту информацию|эти данные|эти сведения|эти сообщения|"
    r"(?:\w+\s+)?(?:утрату|втрату|втрати)\s+(?:\w+\s+)?контрол\w*)"
    r"(?![\w])|" + every("BACK_DENIAL"),
    re.IGNORECASE,
)
# (an announcement restates the claim before only with a date of its own:
# "Moscow announced it on Thursday"; "announced this on Telegram" adds none)
_BACK_ANNOUNCE = re.compile(
    r"\b(?:announced|claimed|reported)\s+(?:it|this)\b(?!\s+(?:was|is|had|has|"
    r"that|would|will)\b)(?=\s+(?:\w+\s+){0,2}?(?:on\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|\d|(?-i:[A-Z])[a-z]+\.?\s+\d)|"
    r"yesterday|today|last\s+(?:week|night|month)|earlier\s+(?:this|on|in)\b))",
    re.IGNORECASE,
)
# no movement at all, said of the front just reported ("made no gains at all",
# "advance … was stopped", "просування противника вдалося зупинити", "ни метра
# они там не вернули"): a negated advance at the place of the claim before
_BACK_STALL = re.compile(
    r"\bmade no (?:gains|progress|advances?)\b|\bgained no ground\b|"
    r"\b(?:advance|offensive|push)\s+(?:has|had|have)\s+been\s+(?:stopped|halted)\b|"
    r"(?<![\w])(?:просування\s+(?:\w+\s+){0,2}(?:вдалося\s+)?зупин\w*|"
    r"(?:ні|ни)\s+(?:метра|кроку|шагу)\b[^.;]{0,40}?\bне\s+\w+|"
    r"продвижени\w*\s+(?:\w+\s+){0,2}(?:удалось\s+)?останов\w*)|" + en.BACK_STALL,
    re.IGNORECASE,
)
# cheap substring gate for the three patterns above (speed)
_BACK_KEYS = tuple(
    "deni|deny|reject|refut|dismiss|announced|claimed|reported|acknowledged|"
    "спрост|запереч|відкин|відкида|отверг|"
    "опроверг|отрица|назва|made no|gained no|stopped|halted|зупин|метра|кроку|"
    "шагу|останов|false|not true|untrue|a lie|baseless|groundless|fabricat|"
    "disinformation|propaganda|fake|fantas|fiction|invention|fairy|nonsense|"
    "did not|didn|made no|without gain|"
    "without mak|without achiev|without regist|not advance|n't advance".split("|")
)
# speed: one search for any key (the same answer as testing each in turn)
_BACK_KEY_RE = re.compile(prefix_regex(_BACK_KEYS))  # a trie: scans fast
_BACK_NEGATED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BACK_DENIAL = folded(_BACK_DENIAL)  # speed: a case-folded twin (same matches)
_BACK_STALL = folded(_BACK_STALL)


_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|again|repeatedly|previously|already|"
    r"consistently|quickly|swiftly))+$",
    re.IGNORECASE,
)


_CLAIM_DENIER = re.compile(
    r"a claim (?:that )?(.+?) (?:denie|deny|reject|disput|refut)", re.IGNORECASE
)


def _back_keyed(sents: list[Sentence], text: str) -> list[Sentence]:
    """The sentences holding a key of _BACK_KEYS (lower-cased): the document
    is lower-cased once and each sentence's span searched in it (a sentence
    is its span of ``text``; the keys are plain words, no look-around), unless
    a character's lower case is longer (then each sentence on its own).

    >>> t = "Russia claimed it. Kyiv denied it. Quiet."
    >>> [s.text for s in _back_keyed(sentences(t), t)]
    ['Russia claimed it.', 'Kyiv denied it.']
    """
    low = text.lower()
    if len(low) != len(text):
        return [s for s in sents if _BACK_KEY_RE.search(s.text.lower())]
    search = _BACK_KEY_RE.search
    return [s for s in sents if search(low, s.start, s.end)]


def _pointing_back(
    sents: list[Sentence],
    claims: list[Claim],
    st: _DocState,
    lang: str,
    text: str,
) -> list[Claim]:
    """A clause that denies or announces "it" is a claim about the place of
    the settlement or advance claim just before it (same or previous
    sentences, at most 300 characters back): the same proposition, negated
    for a denial. The recipe: find the denial, announcement or stall words
    of each sentence, and make of each a claim pointing back
    (``_point_back``)."""
    out: list[Claim] = []
    pool = sorted(
        (c for c in claims if c.kind in ("settlement_control", "advance") and c.places),
        key=lambda c: c.char_end,
    )
    fronts = sorted(
        (c for c in claims if c.kind != "area_change" and (c.places or c.sector)),
        key=lambda c: c.char_end,
    )
    if not fronts:
        return out
    stmt = st.statement or st.published
    for s in _back_keyed(sents, text):
        for rx, negated in (
            (_BACK_DENIAL, True),
            (_BACK_ANNOUNCE, False),
            (_BACK_STALL, True),
        ):
            for m in rx.finditer(s.text):
                ante_pool = fronts if rx is _BACK_STALL else pool
                c = _point_back(
                    s, m, rx, negated, ante_pool, claims + out, st, lang, stmt
                )
                if c is not None:
                    out.append(c)
    return out


def _point_back(
    s: Sentence,
    m: re.Match[str],
    rx: re.Pattern[str],
    negated: bool,
    ante_pool: list[Claim],
    known: list[Claim],
    st: _DocState,
    lang: str,
    stmt: date | None,
) -> Claim | None:
    """The claim the words ``m`` (of pattern ``rx``) of sentence ``s`` make
    about the claim just before them, or None (no claim before, one already
    there, no side for a stall).

    A recipe: a negation before the words (when they are not negated
    themselves) decides there is none; ``_pointed_claim`` decides the claim
    pointed at and the kind and gainer taken from it; ``_back_span`` decides the
    quote and its periods, and ``_told_already`` whether a claim there exists;
    ``_back_claim`` builds the claim, ``_date_back`` dates it.
    """
    t = s.text
    if not negated and _BACK_NEGATED.search(t[: m.start()]):
        return None
    pointed = _pointed_claim(s, m, rx, negated, ante_pool, lang)
    if pointed is None:
        return None
    prev, kind, gainer = pointed
    a, b, periods = _back_span(t, m, lang)
    if _told_already(known, s.start, s.start + a, negated, kind):
        return None
    c = _back_claim(s, m, rx, prev, kind, gainer, (a, b), negated)
    _date_back(c, prev, periods, s, st, stmt, rx, negated)
    c.extra["trigger"] = m.group(0)
    c.extra["anaphora"] = True
    c.extra["confidence"] = 0.6
    return c


def _pointed_claim(
    s: Sentence,
    m: re.Match[str],
    rx: re.Pattern[str],
    negated: bool,
    ante_pool: list[Claim],
    lang: str,
) -> tuple[Claim, str, str | None] | None:
    """The claim the words ``m`` point back to, with the kind and gainer they
    take from it: the last claim ending within 300 characters before (a denial
    reaches further, ``_denied_claim``); a negation of a claim this sentence
    already negates points at nothing; a stall makes an advance of the stalled
    side (``_stalled_side``; none found: nothing)."""
    t = s.text
    at = s.start + m.start()
    ante = [c for c in ante_pool if c.char_start < at - 10 and at - c.char_end <= 300]
    if not ante:
        return None
    prev = ante[-1]
    if rx is _BACK_DENIAL:
        wider = [
            c
            for c in ante_pool
            if c.char_start < at - 10 and at - c.char_end <= _DENIED_REACH
        ]
        prev = _denied_claim(ante, wider, t, m, lang)
    if negated and prev.negated and prev.char_start >= s.start:
        return None  # "dismissed the claim …, calling it propaganda"
    kind, gainer = prev.kind, prev.gainer
    if rx is _BACK_STALL:
        kind = "advance"
        prev, gainer = _stalled_side(t, m, ante, prev, lang)
        if gainer is None:
            return None
    return prev, kind, gainer


def _back_claim(
    s: Sentence,
    m: re.Match[str],
    rx: re.Pattern[str],
    prev: Claim,
    kind: str,
    gainer: str | None,
    span: tuple[int, int],
    negated: bool,
) -> Claim:
    """The claim pointing back to ``prev``, quoting ``span`` of ``s``: it keeps
    the places of ``prev`` (and its sector, for a stall) and takes its
    claimant from the words around ``m`` (``_back_claimant``)."""
    t = s.text
    a, b = span
    c = Claim(
        doc_id="",
        kind=kind,
        quote=t[a:b],
        char_start=s.start + a,
        char_end=s.start + b,
        gainer=gainer,
        places=list(prev.places),
        negated=negated,
        sector=prev.sector if rx is _BACK_STALL else None,
    )
    c.claimant = _back_claimant(t, a, m)
    return c


# how far back a denial beside the denier's own hold may reach for the other
# side's claim it denies (a paragraph or so)
_DENIED_REACH = 1000


def _denied_claim(
    ante: list[Claim], wider: list[Claim], t: str, m: re.Match[str], lang: str
) -> Claim:
    """The claim a denial is of: the last one of the side the denial names
    ("calling the Russian statement a fantasy"), else the last that is not a
    holding when a claim of the other side stands before that holding (a
    denier states its own hold next to its denial: "our defenders control the
    plant … Prigozhin's claim “is not true")."""
    named = [
        x.side
        for x in side_mentions(t, lang)
        if x.side in ("UA", "RU") and m.start() <= x.start < m.end()
    ]
    if named:
        same = [c for c in ante if c.gainer == named[-1]]
        return same[-1] if same else ante[-1]
    last = ante[-1]
    if not last.extra.get("holding") or last.gainer not in ("UA", "RU"):
        return last
    other = [
        c
        for c in wider
        if not c.extra.get("holding")
        and not c.negated
        and c.gainer == opposite(last.gainer)
    ]
    return other[-1] if other else last


def _told_already(
    known: list[Claim], sent_start: int, at: int, negated: bool, kind: str
) -> bool:
    """Whether a claim of this sentence of the same kind and polarity
    already covers offset ``at``."""
    return any(
        c.char_start <= at < c.char_end
        and c.negated == negated
        and c.kind == kind
        and c.char_start >= sent_start
        for c in known
    )


def _stalled_side(
    t: str, m: re.Match[str], ante: list[Claim], prev: Claim, lang: str
) -> tuple[Claim, str | None]:
    """The side that made no gains in the stall words ``m`` ("Ukrainian units
    made no gains"), and the claim before that names it (``prev``, or a fight
    further back that names the side: "ВСУ контратакуют у X. … Ни метра они
    там не вернули")."""
    ms = side_mentions(t, lang)
    inside = [x for x in ms if m.start() <= x.start < m.end()]
    sides = [x.side for x in inside if x.side in ("UA", "RU")]
    if not sides and any(x.side == "ENEMY" for x in inside):
        # "просування противника": the speaker's other side
        own = [x.side for x in ms if x.side in ("UA", "RU") and x.start < m.start()]
        sides = [opposite(own[-1])] if own else [prev.gainer or ""]
    if not sides:
        # the subject after the speech verb ("Moscow says Ukrainian units
        # made no gains"), not the speaker
        sv = list(_NEW_STATEMENT.finditer(t, 0, m.start()))
        lo = sv[-1].end() if sv else 0
        sides = [
            x.side for x in ms if x.side in ("UA", "RU") and lo <= x.start < m.start()
        ]
    for a2 in reversed(ante):
        if sides or a2.kind != "fighting":
            break
        sides = [
            x.side for x in side_mentions(a2.quote, lang) if x.side in ("UA", "RU")
        ]
        if sides:
            prev = a2
    return prev, sides[-1] if sides else prev.gainer


def _back_span(
    t: str, m: re.Match[str], lang: str
) -> tuple[int, int, list[PeriodMention]]:
    """The quote of the words ``m`` pointing back: from the clause opening
    close before them (at most 45 characters) to their end, or to the end of
    a time expression right after them (returned too)."""
    cut = max(t.rfind(ch, 0, m.start()) for ch in ";,:.")
    a = cut + 1 if cut >= 0 and m.start() - cut <= 45 else m.start()
    if cut < 0 and m.start() <= 45:
        a = 0
    end = m.end()
    periods = [p for p in find_periods(t, lang) if 0 <= p.start - end <= 3]
    if periods:
        end = periods[0].end
    a, b = _trim(t, a, end)
    return a, b, periods


def _back_claimant(t: str, a: int, m: re.Match[str]) -> str | None:
    """The speaker of the words ``m`` pointing back: the subject before them
    in the quote (from ``a``), or the denier inside "a claim X denied".

    >>> t = "Moscow claimed it, but Kyiv has repeatedly rejected that"
    >>> _back_claimant(t, t.index(",") + 1, re.search("rejected", t))
    'Kyiv'
    """
    subj = t[a : m.start()].strip(" ,;:")
    subj = re.sub(r"^(?:у|в|У|В|but|and|yet|while)\s+", "", subj)
    # "Kyiv has repeatedly (rejected)": the speaker, not the adverbs
    subj = _SUBJECT_TAIL.sub("", subj)
    inner = _CLAIM_DENIER.match(m.group(0))
    if inner:  # "a claim Kyiv denied": the denier inside
        subj = inner.group(1)
    return subj if subj and len(subj) <= 40 else None


def _date_back(
    c: Claim,
    prev: Claim,
    periods: list[PeriodMention],
    s: Sentence,
    st: _DocState,
    stmt: date | None,
    rx: re.Pattern[str],
    negated: bool,
) -> None:
    """The period of claim ``c`` pointing back to ``prev``: its own time
    expression, else the one of the claim it denies or stalls."""
    own_stmt = stmt
    if (
        negated
        and c.claimant
        and st.statement_claimant
        and not _same_speaker(c.claimant, st.statement_claimant)
    ):
        own_stmt = st.published  # another side's denial: not that day
    _apply_period(c, periods[0] if periods else None, st, own_stmt, s.text)
    if (
        rx is not _BACK_ANNOUNCE
        and not periods
        and prev.period_text
        and (prev.char_start >= s.start or rx is _BACK_DENIAL)
        # the denial of an announcement is made after it
        and not prev.extra.get("announcement")
    ):
        # "assaults near X on May 3 but made no gains": one period;
        # "… закрепились у X в понедельник. Минобороны это
        # опровергло": the denial is of that day's claim
        c.period_text = prev.period_text
        c.period_start, c.period_end = prev.period_start, prev.period_end


_HEAD_SENTENCES = 2  # headline, standfirst, lede


# the dated spans a report's head names as the period it reports on: a week
# ("from 26 July to 1 August") or a calendar month ("за жовтень"), ended a few
# days before the report is published
_REPORT_SPANS = frozenset({"span", "month", "the_month", "last_month"})
_REPORT_WEEK_DAYS = range(5, 9)
_REPORT_MONTH_DAYS = range(28, 32)
_REPORT_LAG = 7


def _report_span(a: date, b: date, published: date) -> bool:
    """Whether the span a..b in a report's head is the week or the month it
    reports on: seven days or a calendar month, ended just before
    publication."""
    days = (b - a).days + 1
    month = a.day == 1 and days in _REPORT_MONTH_DAYS
    return (days in _REPORT_WEEK_DAYS or month) and (
        0 < (published - b).days <= _REPORT_LAG
    )


def _note_topic_week(
    new: list[Claim],
    st: _DocState,
    i: int,
    found: Callable[[], list[PeriodMention]],
) -> None:
    """A week (or a report's span) named in sentence ``i`` of the head (its
    periods ``found`` asked only there), with the claims ``new`` it made, is a
    weekly roundup's."""
    if (
        st.topic_week is not None
        or st.topic_week_over
        or i > _HEAD_SENTENCES
        or st.published is None
    ):
        return
    weeks = [p for p in found() if p.kind in WEEK_KINDS or p.kind in _REPORT_SPANS]
    if not weeks:
        return
    a, b = resolve(weeks[0], st.published, st.statement)
    if (
        a is not None
        and b is not None
        and (weeks[0].kind in WEEK_KINDS or _report_span(a, b, st.published))
    ):
        st.topic_week = (a, b)
        st.topic_week_said = " ".join(c.claimant for c in new if c.claimant)
        # a month's list is the head's own: not a new statement's
        st.topic_week_strict = weeks[0].kind not in WEEK_KINDS | {"span"}
        st.topic_week_dated = weeks[0].kind == "span"


def _note_topic_month(new: list[Claim], s: Sentence, st: _DocState, lang: str) -> None:
    """The first calendar month named in a claim sentence is the roundup's;
    a week named in a claim sentence of the head is a weekly roundup's."""
    if st.published is None:
        return
    found = find_periods(s.text, lang)
    if st.event_start is None:
        st.event_start = launch_day(s.text, lang, st.published, found)
        for c in st.awaiting_event if st.event_start else ():
            if c.period_end is None or st.event_start <= c.period_end:
                c.period_start = st.event_start
        if st.event_start:
            st.awaiting_event.clear()
    _note_topic_week(new, st, st.sentence_no, lambda: found)
    if st.topic_month is not None:
        return
    for p in found:
        if p.kind == "month":
            a, b = resolve(p, st.published, st.statement, st.context_year, st.stored)
            if a is not None and b is not None and b < st.published:
                st.topic_month = (a, b)
            return


def _opening(
    s: Sentence, sents: list[Sentence], i: int, st: _DocState, lang: str
) -> tuple[int, str] | None:
    """The side opening sentence ``i`` when the next one points back to it.

    "Ukraine has hit back in places. Its brigade recaptured …", "Противник
    тисне. За тиждень він просунувся …": a side opening a sentence is the
    actor the next "its" / "він" refers to.
    """
    if i + 1 >= len(sents) or not _POSSESSIVE_START.match(sents[i + 1].text):
        return None
    ms = side_mentions(s.text, lang)
    # an undecided Russian text has no perspective: the language's weak
    # default applies, as it does for every sentence ("противник" = Ukraine)
    voice = st.perspective or _LANG_SIDE.get(lang)
    first = concrete(ms[0].side, voice) if ms else None
    return (i, first) if first and ms[0].start <= 2 else None


# the side a language's own reporting speaks for, when nothing else settles it
_LANG_SIDE = {"uk": "UA", "ru": "RU"}
_POSSESSIVE_START = re.compile(
    r"\W*(?:its|their|його|її|їхн\w*|его|их)\s|"
    # a singular subject pronoun among the first words: "За тиждень він
    # просунувся", "В среду он вошёл": the side opening the sentence before
    r"\W*(?:[\w’'-]+\s+){0,3}?(?:він|вона|он|она)\s",
    re.IGNORECASE,
)
_OPENING_QUOTE = "«“„"
_CLOSING_QUOTE = "»”"


def _same_quote(text: str, before: Sentence, s: Sentence) -> bool:
    """``s`` goes on inside a quotation ``before`` stands in: one opened in or
    before it (on its line) and closed neither in between nor before ``s``."""
    line = text.rfind("\n", 0, before.start) + 1
    head = text[line : s.start]
    opened = max(head.rfind(q) for q in _OPENING_QUOTE)
    closed = max(head.rfind(q) for q in _CLOSING_QUOTE)
    return opened >= 0 and opened > closed


# a count of settlements this large, told with no time span, is more than one
# day's news: a running total ("ЗСУ звільнили 421 населений пункт в області")
_RUNNING_COUNT = 20
_INCLUDING = re.compile(
    r"\b(?:including|among them)\b|(?<![\w])(?:включаючи|у тому числі|"
    r"в тому числі|включая|в том числе)(?![\w])",
    re.IGNORECASE,
)


def _settle_counts(new: list[Claim], s: Sentence) -> None:
    """Cumulative flags of counts of settlements with no time of their own.

    "captured 6,640 sq km, including 334 villages": the count is part of the
    area claim and shares its period and flag; a large count alone is a
    running total (CONVENTIONS: "have taken control of N settlements").
    """
    areas = [c for c in new if c.kind == "area_change" and c.area_km2]
    for c in new:
        n = c.extra.get("settlements_count")
        if c.kind != "settlement_control" or not n or c.period_text:
            continue
        host = next(
            (
                a
                for a in areas
                if a.char_start <= c.char_end
                and _INCLUDING.search(
                    s.text, max(0, a.char_start - s.start), c.char_end - s.start
                )
            ),
            None,
        )
        if host is not None:
            c.cumulative = host.cumulative
            c.period_text = host.period_text
            c.period_start, c.period_end = host.period_start, host.period_end
        elif n >= _RUNNING_COUNT:
            c.cumulative = True
            c.period_start = None


# an operation the span belongs to: "з 6 до 14 вересня в межах контрнаступу"
_OPERATION = re.compile(
    r"\b(?:during|as part of|in the course of|since the (?:start|beginning) of|"
    r"within) (?:the |its |their |our )?(?:\w+ ){0,2}(?:counter-?offensive|"
    r"offensive|operation|incursion)\b|(?<![\w])(?:в межах|у межах|під час|"
    r"в ході|у ході|в рамках|у рамках|во время|за время) (?:\w+ ){0,2}"
    r"(?:контрнаступ\w*|наступ\w*|операці\w+|контрнаступлени\w+|"
    r"наступлени\w+)",
    re.IGNORECASE,
)
_OPERATION = folded(_OPERATION)
_SPAN_REACHES_STATEMENT = 2  # days between a span's end and the statement


def _operation_spans(new: list[Claim], s: Sentence, st: _DocState) -> None:
    """A dated span of an operation that runs up to the statement ("from 6 to
    14 September, within the counteroffensive, 8,500 km² were liberated", said
    on the 14th or 15th) is the operation's running total so far; told later
    it is a completed period, a bounded increment (CONVENTIONS)."""
    if st.published is None or not _OPERATION.search(s.text):
        return
    for c in new:
        if (
            c.extra.get("period_rule") == "span"
            and can_be_running_total(c)
            and c.period_end is not None
            and 0 <= (st.published - c.period_end).days <= _SPAN_REACHES_STATEMENT
        ):
            c.cumulative = True


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


def _note_claim_period(
    new: list[Claim], s: Sentence, st: _DocState, lang: str, i: int
) -> None:
    """Settle the sentence's cumulative flags (``period_rules``), date its
    undated increments by a weekly roundup's week or a daily report's day,
    then remember the explicit span of a claim sentence for the next ones; a
    comparison ("less than in December") keeps the span remembered before."""
    _totals_up_to_statement(new, s, st, lang)
    settle_cumulative(new, s.text, s.start, lang)
    _settle_counts(new, s)
    _operation_spans(new, s, st)
    _await_event_start(new, st)
    _date_by_topic_week(new, s, st)
    _date_by_topic_day(new, s, st, lang, i)
    _remember_claim_period(new, s, st, lang, i)


def _totals_up_to_statement(
    new: list[Claim], s: Sentence, st: _DocState, lang: str
) -> None:
    """A running total after a bounded figure in its own clause runs up to the
    statement (``period_rules.total_of_own_clause``)."""
    for c in new:
        if total_of_own_clause(c, s.text, s.start, lang):
            # the running total after a bounded figure: up to the statement
            c.cumulative, c.period_text, c.period_start = True, None, None
            c.period_end = st.statement or st.published
            c.extra.pop("period_rule", None)


def _await_event_start(new: list[Claim], st: _DocState) -> None:
    """Totals since an event not dated yet wait for its start."""
    if st.event_start is None:
        st.awaiting_event.extend(
            c
            for c in new
            if c.cumulative
            and c.period_start is None
            and c.extra.get("period_rule") in FROM_EVENT_KINDS
        )


def _date_by_topic_week(new: list[Claim], s: Sentence, st: _DocState) -> None:
    """A weekly roundup's undated increments are of its week; a newer span
    ends the roundup."""
    if st.topic_week is not None and not (
        st.topic_week_strict and STATEMENT_VERB.search(s.text)
    ):
        # … of the roundup's speaker: another one speaks on its own day
        for c in new:
            if not (
                c.cumulative
                or c.period_text
                or c.extra.get("stated_now")
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
            c.period_start, c.period_end = st.topic_day


def _remember_claim_period(
    new: list[Claim], s: Sentence, st: _DocState, lang: str, i: int
) -> None:
    """Remember the explicit span of a claim sentence for the next ones (kept
    as before after a comparison: "less than in December")."""
    # a fight dated by a calendar span ("В начале августа 2024 года ВСУ
    # перешли границу и начали боевые действия") dates what follows too
    main = next((c for c in new if c.kind != "fighting"), new[0] if new else None)
    if main is None or main.period_text is None or _COMPARISON.search(s.text):
        return
    ps = [
        p
        for p in find_periods(s.text, lang)
        if main.period_text and p.text.rstrip(".") == main.period_text
    ]
    st.claim_period_said = None
    if ps and (
        ps[0].kind in _CARRIED_KINDS
        # a day the claim happened on (not one it was only announced on)
        or ps[0].kind in CONTINUED_KINDS
        and main.period_start is not None
        or ps[0].kind in _QUOTED_KINDS  # (only within its quotation)
        or ps[0].kind in _START_KINDS  # (only into a running total)
    ):
        st.claim_period, st.claim_period_at = ps[0], i
    elif ps and ps[0].kind in _SPOKEN_DAY_KINDS and main.claimant:
        # "Over the past day our troops advanced 2 km, Syrskyi said." — "They
        # also took X, he said.": the speaker's day goes on in their next
        # sentence (``_goes_on_speaking``)
        st.claim_period, st.claim_period_at = ps[0], i
        st.claim_period_said = main.claimant
    elif main.period_text is not None:
        st.claim_period = None


_FOLLOW_UP = re.compile(
    r"\b(?:the (?:figure|total|tally|number|area|gains?)|it|that)\s+(?:\w+\s+)?"
    r"(?:was|stood|came|reached|amounted|rose|fell|totall?ed|grew|dropped)\b|"
    r"\b(?:" + en.MONTHS + r"|(?:the )?(?:previous|last|first|second|third) "
    r"(?:month|week|quarter)|20\d\d) (?:was|were) (?:slower|faster|higher|lower|"
    r"smaller|bigger|larger|similar|worse|better|quieter)\b|"
    r"(?<![\w])(?:показник\w*|цифр\w*|площ\w*|показател\w*)\s+(?:\w+\s+)?"
    r"(?:склав|склала|становив|становила|сягнув|сягнула|составил\w*|достиг\w*)|"
    # comparisons and roundup lines: "up from 581 sq km in October", "the
    # figures were", "December alone brought", a "June: 556 sq km" label line
    r"\b(?:up|down|rising|falling) from\b|\bcompared (?:with|to)\b|"
    r"\b(?:the |those |these )?(?:figures?|numbers?|totals?) (?:were|was|stood)\b|"
    r"\b(?:" + en.MONTHS + r"|20\d\d|week|month) alone\b|"
    r"^\W*(?:" + en.MONTHS + r")(?: 20\d\d)?\s*[:\u2013\u2014-]\s*"
    r"(?:about |some |nearly |roughly |around |almost |over )?\d|"
    r"(?<![\w])(?:порівняно з|проти|против|по сравнению с)\s+(?:\w+\s+)?\d",
    re.IGNORECASE,
)
_FOLLOW_UP = folded(_FOLLOW_UP)
# a bare figure coordinated with an area figure: "581 sq km in October and 412
# in September" (the unit is the first figure's)
_AND_FIGURE = re.compile(
    r"(?:\s+(?:in|during|for|у|в|за)\s+[\w ]{3,20}?)?\s*(?:,\s*|\s+)(?:and|і|та|и)\s+"
    r"(\d[\d,.\u202f\u00a0 ]*\d|\d)(?=\s+(?:in|during|for|у|в|за)\s)",
    re.IGNORECASE,
)
# "about 200 sq km, down from roughly 1,300 at the peak": the earlier size
_FROM_FIGURE = re.compile(
    r"\s*[,;]?\s*(?:up|down|rising|falling) from\s+(?:(?:about|roughly|some|nearly|"
    r"around|almost|over|more than) )?(\d[\d,.]*\d|\d)(?![\d,.]*\s*(?:%|per|sq|"
    r"square|km|mi|hect|кв|км|га))",
    re.IGNORECASE,
)
_AND_COUNT = re.compile(
    r"\s*(?:,\s*|\s+)(?:and|і|та|и)\s+(\d[\d,]*)\s+(?:settlements|villages|"
    r"towns|localities|населен\w+ пункт\w*|сіл|сел)\b",
    re.IGNORECASE,
)


_HOW_MUCH = re.compile(
    r"\bhow (?:much|many square|large an area)\b|(?<![\w])(?:скільки|сколько|"
    r"яку площу|какую площадь)(?![\w])",
    re.IGNORECASE,
)


def _asked_area(s: Sentence, st: _DocState, lang: str) -> Claim | None:
    """A question about how much ground a side holds or took: the claim the
    answer's figures belong to (side from the question, holding or not)."""
    t = s.text
    if not t.rstrip().endswith("?") or not _HOW_MUCH.search(t):
        return None
    fams = {m.lastgroup for m in _trigger_matches(t, lang)}
    if not fams & {"hold", "capture", "gain", "advance"}:
        return None
    sides = [x.side for x in side_mentions(t, lang) if x.side in ("UA", "RU")]
    if not sides:
        return None
    c = Claim(doc_id="", kind="area_change", quote="", char_start=0, char_end=0)
    c.gainer = sides[0]
    c.claimant = st.claimant.name if st.claimant else None
    if "hold" in fams and not fams & {"capture", "gain", "advance"}:
        c.extra["holding"] = True
        c.cumulative = True
    return c


def _follow_up_figures(
    s: Sentence, st: _DocState, lang: str, answer: bool = False
) -> list[Claim]:
    """Bare figures right after an area claim ("December was slower, at about
    180 square miles"; "In September, the figure stood at 418 sq km"; "That is
    up from 581 sq km in October and 412 in September"; "June: 556 sq km")
    are more area claims of the same side and source, each for the time
    expression attached to it (right after the figure, else the nearest
    before it): a recipe of the figures, each one's period, its area claim and
    a count of settlements told with it."""
    prev = st.last_area_claim
    t = s.text
    if prev is None or not (answer or _FOLLOW_UP.search(t)) or lx.LOOKALIKE.search(t):
        return []
    figs = _bare_figures(t, lang)
    if not figs:
        return []
    periods = find_periods(t, lang)
    stmt = st.statement or st.published
    out: list[Claim] = []
    prev_end = 0
    for fig in figs:
        p, end = _figure_period(periods, fig[0], fig[1], prev_end, first=not out)
        c = _follow_up_area(s, st, prev, fig, end, p, periods, stmt)
        out.append(c)
        prev_end = fig[1]
        count = _follow_up_count(s, prev, c, fig[1])
        if count is not None:
            out.append(count[0])
            prev_end = count[1]
    return out


_Figure = tuple[int, int, float, Quantity | None]


def _bare_figures(t: str, lang: str) -> list[_Figure]:
    """The area figures of ``t`` (one to three) and the bare figures joined to
    them ("and 412 in September", "down from 1,300"), in order: ``(start, end,
    km², quantity)``, the quantity None for a bare figure (the unit elided)."""
    from .numbers import parse_digits  # noqa: PLC0415

    qs = [
        q for q in find_quantities(t, lang) if q.measure == "area" and not q.conversion
    ]
    if not qs or len(qs) > 3:
        return []
    figs: list[_Figure] = [(q.start, q.end, q.value, q) for q in qs]
    for q in qs:
        for rx in (_AND_FIGURE, _FROM_FIGURE):
            m = rx.match(t, q.end)
            v = parse_digits(m.group(1)) if m else None
            if m and v is not None and not any(f[0] == m.start(1) for f in figs):
                figs.append((m.start(1), m.end(1), v * q.factor, None))
    figs.sort(key=lambda f: f[0])
    return figs


def _figure_period(
    periods: list[PeriodMention], fs: int, fe: int, prev_end: int, first: bool
) -> tuple[PeriodMention | None, int]:
    """The time expression of the figure at ``fs``-``fe``: right after it,
    else the nearest before it since the figure before (for the ``first``
    figure: anywhere before it); and where the figure's quote ends."""
    after = [p for p in periods if 0 <= p.start - fe <= 4]
    before = [p for p in periods if prev_end <= p.start and p.end <= fs]
    if not before and first:
        before = [p for p in periods if p.end <= fs]
    p = after[0] if after else (before[-1] if before else None)
    return p, (max(fe, p.end) if after else fe)


def _follow_up_area(
    s: Sentence,
    st: _DocState,
    prev: Claim,
    fig: _Figure,
    end: int,
    p: PeriodMention | None,
    periods: list[PeriodMention],
    stmt: date | None,
) -> Claim:
    """The area claim of one follow-up figure: ``prev``'s side and source, the
    figure's period, a total or a size held as ``prev`` was."""
    t = s.text
    _, _, value, q = fig
    a, b = _trim(t, 0, end)
    c = Claim(
        doc_id="",
        kind="area_change",
        quote=t[a:b],
        char_start=s.start + a,
        char_end=s.start + b,
        gainer=prev.gainer,
        area_km2=round(value, 6),
        claimant=prev.claimant,
        claimant_role=prev.claimant_role,
        approx=bool(q and q.approx),
    )
    if q is not None and q.approx:
        c.extra["approx"] = q.approx
    if q is None:
        c.extra["elided_unit"] = True
    elif not re.search(r"km|kilomet|км|кілометр|километр", q.unit, re.I):
        c.extra["area_as_written"] = q.written
    c.extra["trigger"] = None
    c.extra["follow_up"] = True
    _apply_period(c, p, st, stmt, t, periods if p is not None else None)
    if lx.TOTAL.search(t):
        c.cumulative = True
    if prev.extra.get("holding"):
        # a size held ("still hold … about 200 sq km, down from 1,300")
        c.extra["holding"] = True
        c.cumulative = True
        c.period_start = None
    return c


def _follow_up_count(
    s: Sentence, prev: Claim, c: Claim, fe: int
) -> tuple[Claim, int] | None:
    """A count of settlements told with the figure ending at ``fe`` ("and 12
    villages"): a claim with area claim ``c``'s time, and where it ends."""
    from .numbers import parse_digits  # noqa: PLC0415

    t = s.text
    cm = _AND_COUNT.match(t, fe)
    n = parse_digits(cm.group(1)) if cm else None
    if not (cm and n):
        return None
    a2, b2 = _trim(t, 0, cm.end())
    sc = Claim(
        doc_id="",
        kind="settlement_control",
        quote=t[a2:b2],
        char_start=s.start + a2,
        char_end=s.start + b2,
        gainer=prev.gainer,
        period_text=c.period_text,
        period_start=c.period_start,
        period_end=c.period_end,
        cumulative=c.cumulative,
        claimant=prev.claimant,
        claimant_role=prev.claimant_role,
    )
    sc.extra["settlements_count"] = int(n)
    sc.extra["trigger"] = None
    sc.extra["follow_up"] = True
    return sc, cm.end()


_TIMESTAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:BST|GMT|CET|CEST|EET|EEST|UTC|МСК|MSK|"
    r"[ap]\.?m\.?|(?:Kyiv|Moscow|London) time|за київським часом))?\s*$",
    re.IGNORECASE,
)
_AS_OF = re.compile(
    r"^\W*(?:(?:details|деталі|подробности)\s*:\s*)?(?:as of|станом на|"
    r"по состоянию на|на)\s",
    re.IGNORECASE,
)


def _map_states(
    new: list[Claim], following: list[Sentence], st: _DocState, lang: str
) -> None:
    """DeepState-style map comparisons after a claim ("As of 30 May … As of 29
    May, the situation was different"): the claim spans the compared days."""
    if not new or st.published is None:
        return
    days = []
    for s in following:
        if re.match(r"\W*(?:source|джерело|источник)\s*:", s.text, re.IGNORECASE):
            continue
        if not _AS_OF.match(s.text):
            break
        ps = [
            p
            for p in find_periods(s.text, lang)
            if p.kind in ("date", "date_num") and p.start < 30
        ]
        if not ps:
            break
        d = resolve(ps[0], st.published)[0]
        if d is not None:
            days.append(d)
    if not days:
        return
    for c in new:
        if c.period_text is None and c.kind in (
            "advance",
            "settlement_control",
            "area_change",
        ):
            c.period_start = min(days) if len(set(days)) > 1 else None
            c.period_end = max(days)
            c.period_text = "; ".join(
                s.text.split(",")[0] for s in following if _AS_OF.match(s.text)
            )


def _clear_caches() -> None:
    """Per-document caches only: repeated documents get no free speed."""
    from . import claimants, period_rules, periods  # noqa: PLC0415

    claimants.find_claimant.cache_clear()
    period_rules.statement_verbs.cache_clear()
    period_rules.statement_words.cache_clear()
    periods._find_periods_cached.cache_clear()
    _trigger_matches.cache_clear()
    _and_that_spans.cache_clear()
    _claimant.cache_clear()


def _doc_perspective(sents: list[Sentence], lang: str, text: str = "") -> str | None:
    """The side most claimants of the document speak for (first sentences)."""
    votes = {"UA": 0, "RU": 0}
    for s in sents[:60]:
        c = _claimant(s.text, lang)
        if c is not None and c.name and not collective_side(c.name):
            side = side_of_text(f"{c.name} {c.role or ''}")
            if side and admits(s.text, c.start, c.end):
                # "Ukrainian analysts admitted the loss of …": a side that
                # admits is told of by the other side's narrator
                side = opposite(side)
            if side:
                votes[side] += 1
    if votes["UA"] == votes["RU"]:
        # no speaker settles it: the document's own war vocabulary, then
        # its language (weak evidence)
        voice = side_of_document(text or " ".join(s.text for s in sents))
        # (Russian: None, the language's weak default "RU" is applied per
        # sentence, and context._gainer_for knows nothing settled the side)
        return voice or (None if lang == "ru" else "UA")
    return "UA" if votes["UA"] > votes["RU"] else "RU"


def _remember(
    s: Sentence, st: _DocState, lang: str, pls: list[PlaceMention], at: int
) -> None:
    """Update the document memory (places, claimant, carried period) with
    sentence number ``at``: a recipe of the speaker (``_remember_speaker``),
    then the places told (``_remember_places``, which notes the speaker named
    beside them), then the period and year carried on (``_remember_period``)."""
    c = _remember_speaker(s, st, lang)
    besides = c.name if c is not None and c.name else ""
    _remember_places(s, st, pls, at, besides)
    _remember_period(s, st, lang)


def _remember_speaker(s: Sentence, st: _DocState, lang: str) -> Claimant | None:
    """The speaker of ``s`` (a disputing one first), or None. A sentence naming
    nobody still leaves its person named last; a named speaker who is no
    pronoun becomes the document's claimant and last person, joins the
    speakers when it has a role, sets the claimant's side when its words give
    one, and lends its capitalised words to the people."""
    c = keep_analyst(
        disputing_speaker(s.text, lang) or _claimant(s.text, lang), st.claimant
    )
    if c is None or not c.name:
        st.last_person = person_named(s.text) or st.last_person
    if c is not None and not c.pronoun and c.name:
        c = by_role(c, st.speakers)
        _note_aside(st, c)
        st.claimant = st.last_person = c
        if c.role:
            st.speakers.append(c)
        side = side_of_text(f"{c.name} {c.role or ''}")
        if side:
            st.claimant_side = side
        for w in c.name.split():
            if w[:1].isupper():
                st.people.add(w)
    return c


# an unnamed person speaking: "The commander of a Ukrainian brigade", "A
# spokesperson for the unit", "One soldier"
_UNNAMED_PERSON = re.compile(r"^(?:A|An|The|One)\s+[a-z]")


def _note_aside(st: _DocState, c: Claimant) -> None:
    """Before ``c`` becomes the claimant: an unnamed person's word inside a
    named source's report is an aside, and the named source is claimant again
    from the next paragraph on (``_enter_sentence``)."""
    old = st.claimant
    if (
        _UNNAMED_PERSON.match(c.name or "")
        and old is not None
        and old.name
        and not _UNNAMED_PERSON.match(old.name)
    ):
        st.claimant_before = old
    else:
        st.claimant_before = None


def _remember_places(
    s: Sentence, st: _DocState, pls: list[PlaceMention], at: int, besides: str
) -> None:
    """Note the places ``pls`` of sentence ``at``: the non-region ones become the
    last places; all are told (``st.told``, ``besides`` the speaker named) and
    known by their first word; the text joins the quiet ones a later "на цій
    ділянці" may point back into."""
    names = [p.name for p in pls if not p.region]
    if names:
        st.last_places = names
    st.told.note(
        pls,
        s.text,
        at,
        st.paragraph,
        headline=s.headline,
        besides=besides,
    )
    # a later "на цій ділянці" may point to a sector named here (searched
    # only then: see context.last_sector)
    st.quiet_texts.append(s.text)
    del st.quiet_texts[:-_MEMORY]
    for p in pls:
        st.known_places.add(p.name.split()[0])


def _remember_period(s: Sentence, st: _DocState, lang: str) -> None:
    """The period carried to the next sentences: the first of ``s`` (no weekday,
    no "since") when a territorial trigger (capture, advance, gain, hold)
    stands in it, else none; the last year named becomes the context year."""
    terr = any(
        m.lastgroup in ("capture", "advance", "gain", "hold")
        for m in _trigger_matches(s.text, lang)
    )
    periods = (
        [
            p
            for p in find_periods(s.text, lang)
            if p.kind != "weekday" and not p.text.lower().startswith("since")
        ]
        if terr
        else []
    )
    st.carry_period = periods[0] if periods and terr else None
    years = _YEAR.findall(s.text)
    if years:
        st.context_year = int(years[-1])


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
    out = _fold_counterattacks(merged, ctx.t, ctx.s.start)
    if st.why is not None:
        st.why.lose(ctx.out, merged, "merged-advance")
        st.why.lose(merged, out, "folded-counterattack")
        for tr in ctx.trigs:
            if tr.used:  # (no drop when a claim was made from it)
                st.why.note(tr.start, tr.end, "absorbed")
    pointed_places(out, s, st, ctx.places)  # "lost 250 sq km there": which place
    # ---- periods, claimant side, flags ---------------------------------------
    _date_and_flag(ctx, out, ctx.stmt, ctx.total_word, next_text)
    return out


class _Frame(NamedTuple):
    """Who states a sentence and when: what ``_sentence_frame`` decides."""

    claimant: Claimant | None
    own: Claimant | None  # the speaker the sentence names itself
    perspective: str | None
    periods: list[PeriodMention]
    trigs: list[_Trig]  # less those that only date a running total
    stmt: date | None
    said: PeriodMention | None


def _sentence_context(
    s: Sentence,
    st: _DocState,
    lang: str,
    next_text: str = "",
    pls: list[PlaceMention] | None = None,
) -> SentenceContext | None:
    """The context the rules share for sentence ``s``; None with no trigger.

    A recipe: the triggers, or a bare front figure, decide whether the sentence
    is read at all; ``_sentence_frame`` decides who states it, when, and which
    triggers still make claims (none: no context); ``_sentence_places`` decides
    the places before ``_note_sector`` moves the document's sector on;
    ``_new_context`` assembles what the rules share.
    """
    t = s.text
    trigs = _find_triggers(t, lang)
    if not trigs and not may_hold_front_figure(t, lang):
        return None
    frame = _sentence_frame(s, st, lang, trigs, next_text)
    if frame is None:
        return None
    mentions = side_mentions(t, lang)
    sector_ms = list(lx.SECTOR.get(lang, lx.SECTOR["en"]).finditer(t))
    places = _sentence_places(
        t, lang, st, pls, frame.claimant, frame.own, frame.trigs, mentions, sector_ms
    )
    return _new_context(s, st, lang, frame, mentions, places, sector_ms)


def _sentence_frame(
    s: Sentence, st: _DocState, lang: str, trigs: list[_Trig], next_text: str
) -> _Frame | None:
    """Who states sentence ``s`` and when, in this order: the claimant
    (``_sentence_claimant``, which may read ``next_text``); the periods less
    datelines; the triggers left once those only dating a running total go
    (None if none is left); the day of the statement (``_statement_date``)."""
    t = s.text
    claimant, own, pronoun, perspective = _sentence_claimant(t, st, lang, next_text)
    periods = [p for p in find_periods(t, lang) if not _dateline(t, p)]
    kept = _undated_triggers(trigs, periods, st)
    if kept is None:
        return None
    stmt, said = _statement_date(s, st, lang, claimant, pronoun, periods, kept)
    said_at = said[0] if said is not None else None
    return _Frame(claimant, own, perspective, periods, kept, stmt, said_at)


def _note_sector(st: _DocState, sector_ms: list[re.Match[str]]) -> str | None:
    """The sector the sentence names first, if any; naming one moves the
    document's last sector on and forgets the quiet sentences of the last."""
    sector = sector_ms[0].group(0) if sector_ms else None
    if sector:
        st.last_sector = sector
        st.quiet_texts.clear()
    return sector


def _lookalike(t: str, quantities: list[Quantity]) -> re.Match[str] | None:
    """A figure in ``t`` that only looks like an area (a count, a share)."""
    if quantities or "%" in t or lx.COUNT_NOUN.search(t):
        return lx.LOOKALIKE.search(t)
    return None


def _new_context(
    s: Sentence,
    st: _DocState,
    lang: str,
    frame: _Frame,
    mentions: list[SideMention],
    places: list[PlaceMention],
    sector_ms: list[re.Match[str]],
) -> SentenceContext:
    """The context of ``s`` from its frame, mentions and places; the text alone
    decides the rest. (``make`` reaches the section through a weak reference: a
    closure over ``ctx`` held by ``ctx`` made a cycle, and every sentence's
    context and mentions waited for the garbage collector; speed.)"""
    t = s.text
    clauses = _clauses(t, lang)
    quantities = find_quantities(t, lang)
    ctx = SentenceContext(
        s=s,
        st=st,
        lang=lang,
        t=t,
        trigs=frame.trigs,
        clauses=clauses,
        mentions=mentions,
        places=places,
        quantities=quantities,
        question=_is_question(s, lang),
        lookalike=_lookalike(t, quantities),
        perspective=frame.perspective,
        sector=_note_sector(st, sector_ms),
        out=[],
        make=_claim_maker(s, clauses, mentions, frame.claimant, lambda: own().section),
        clause_span=functools.partial(_clause_of, clauses),
        negated_near=_negation_check(t, lang),
        periods=frame.periods,
        stmt=frame.stmt,
        total_word=bool(lx.TOTAL.search(t)),
        said=frame.said,
    )
    own = weakref.ref(ctx)
    return ctx


def _is_question(s: Sentence, lang: str) -> bool:
    """Whether sentence ``s`` asks rather than states (no claim in a question)."""
    t = s.text
    return (
        lang == "en"
        and bool(_QUESTION.search(t))
        # "Чи зможе армія звільнити X?", "Сможет ли армия взять X?"
        or bool(t.rstrip().endswith("?") and _SLAVIC_QUESTION.search(t))
        # "Ворог захопив Колоски?", "Чи захопили росіяни X: відповідь ЗСУ"
        or bool(lang in ("uk", "ru") and t.rstrip(' »”"').endswith("?"))
        or bool(lang in ("uk", "ru") and _SLAVIC_YES_NO.match(t))
        or bool(s.headline and _EXPLAINER.match(t))
        or bool(t.rstrip().endswith("?") and _HOW_MUCH.search(t))
    )


# a source of data named for its facts: "по данным X", "за даними X",
# "according to data from X", "according to maps by X"
_DATA_SOURCE = re.compile(
    r"(?<![\w])(?:по данным|за даними|по оценке|за оцінкою|"
    r"according to (?:data|maps?|figures|estimates) (?:from|of|by))(?![\w])",
    re.IGNORECASE,
)
_DATA_SOURCE = keyed(_DATA_SOURCE)  # speed: passed over texts lacking its keys


def _sentence_claimant(
    t: str, st: _DocState, lang: str, next_text: str
) -> tuple[Claimant | None, Claimant | None, bool, str | None]:
    """The speaker of ``t``, its own named one, pronoun flag and perspective."""
    claimant = by_role(
        keep_analyst(
            _claimant(t, lang)
            or _attribution_after(next_text, lang)
            or quote_attribution(t, next_text, lang),
            st.claimant,
        ),
        st.speakers,
    )
    own = claimant if claimant is not None and claimant.name else None
    pronoun = claimant is not None and claimant.pronoun
    if claimant is not None and claimant.pronoun:
        claimant = (claimant.relayed and analyst(st.speakers)) or (
            st.last_person or st.claimant
        )
    elif claimant is not None and claimant.name:
        st.claimant = claimant
    elif claimant is None:
        claimant = st.claimant
    c_side = side_of_text(
        f"{claimant.name or ''} {claimant.role or ''}" if claimant else None
    )
    if claimant is not None and claimant.name:
        for w in claimant.name.split():
            if w[:1].isupper():
                st.people.add(w)
    if own is None and claimant is not None and collective_side(claimant.name):
        c_side = None  # "Росіяни пишуть, що …" speaks for its sentence only
    if own is not None and _DATA_SOURCE.search(t):
        # "по данным DeepState, противник оставил …": a source of data lends
        # its facts, not its voice; "the enemy" stays the narrator's
        c_side = None
    perspective = c_side or st.perspective or _LANG_SIDE.get(lang)
    st.own_side = (
        side_of_text(f"{own.name} {own.role or ''}") if own is not None else None
    )
    return claimant, own, pronoun, perspective


def _undated_triggers(
    trigs: list[_Trig], periods: list[PeriodMention], st: _DocState
) -> list[_Trig] | None:
    """``trigs`` less those that only date a running total; None if none is left."""
    # "since launching the assault on May 10": the date starts a running
    # total and the fighting word inside only dates it; "since seizing
    # Avdiivka in February": a capture inside is a claim of its own, dated
    # by the inner expression
    since_spans = [(p.start, p.end) for p in periods if p.kind in ("since_start",)]
    for p in periods:
        if "inner_kind" in p.groups and not any(
            p.start < tr.start < p.end and tr.family in ("capture", "withdraw")
            for tr in trigs
        ):
            since_spans.append((p.start, p.end))
    if not since_spans:
        return trigs
    dating = trigs
    trigs = [
        tr
        for tr in trigs
        if tr.family in ("capture", "withdraw")
        or not any(a < tr.start and tr.end <= b for a, b in since_spans)
    ]
    if st.why is not None:
        for tr in dating:
            if tr not in trigs:
                st.why.note(tr.start, tr.end, "since-span")
    return trigs or None


def _statement_date(
    s: Sentence,
    st: _DocState,
    lang: str,
    claimant: Claimant | None,
    pronoun: bool,
    periods: list[PeriodMention],
    trigs: list[_Trig],
) -> tuple[date | None, tuple[PeriodMention, date] | None]:
    """The day sentence ``s`` is stated on, and the mention saying so if any."""
    t = s.text
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
        # ("За словами X, минулого тижня ..."), X is read from publication
        st.statement = st.statement_claimant = None
        back = _dated_before(st, claimant.name)
        if back is not None:
            # … unless the statement named again is one dated before ("X
            # told Putin on Thursday … Y said … X also said …"; asked only
            # here: a wider reach lowered the read sets)
            stmt, st.statement, st.statement_claimant = back[1], back[1], back[0]
    said = statement_day(
        t, lang, st.published, periods, [(tr.start, tr.end) for tr in trigs]
    )
    if said is not None:
        stmt = said[1]
        st.last_day = said[1]
        # the next sentences of the same statement keep its day
        st.statement, st.statement_claimant = said[1], t
        st.statement_local = st.told_first
        st.dated_statements.append((t, said[1]))
    return stmt, said


# a person's name ("Gerasimov", "Valery Gerasimov", "Олександр Сирський"): a
# body's name ("The Russian ministry", "Operational Command South") shares its
# words with too many sentences to be known again by them
_PERSON_NAME = re.compile(r"(?:[A-ZА-ЯІЇЄҐ][\w'’-]+\s+){0,2}[A-ZА-ЯІЇЄҐ][\w'’-]{3,}")
_BODY_WORD = re.compile(every("BODY_WORDS"))


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


def _sentence_places(
    t: str,
    lang: str,
    st: _DocState,
    pls: list[PlaceMention] | None,
    claimant: Claimant | None,
    own: Claimant | None,
    trigs: list[_Trig],
    mentions: list[SideMention],
    sector_ms: list[re.Match[str]],
) -> list[PlaceMention]:
    """The places of ``t``, less speakers' names, trigger and side words."""
    places = (
        pls
        if pls is not None
        else find_places(t, lang, exclude=st.people, known=st.known_places)
    )
    if (
        claimant is not None
        and claimant.name
        and any(w in claimant.name.split() for p in places for w in p.name.split())
    ):
        places = [
            p
            for p in places
            if not any(w in claimant.name.split() for w in p.name.split())
        ]
    if own is not None and own.name:
        places = [
            p
            for p in places
            if not (own.start <= p.start < own.end and p.name in own.name)
        ]
    places = _trim_trigger_words(places, trigs, t)
    # side words read as names ("«Наші хлопці зайшли…»") are no places
    side_words = {
        (m.start, m.end) for m in mentions if m.side in ("WE", "ENEMY", "PRO")
    }
    places = [p for p in places if (p.start, p.end) not in side_words]
    sector_spans = [(m.start(), m.end()) for m in sector_ms]
    if lang != "en":
        places = [
            p for p in places if not any(a <= p.start < b for a, b in sector_spans)
        ]
    return places


def _claim_maker(
    s: Sentence,
    clauses: list[tuple[int, int]],
    mentions: list[SideMention],
    claimant: Claimant | None,
    section: Callable[[], str],
) -> Callable[..., Claim]:
    """The ``make`` of a sentence: builds a claim from a span and its fields (a
    recipe: the quote led by its actor, the claim and its source, the rule that
    made it, the fields the rule passes)."""
    t = s.text
    hedge: list[bool] = []  # speed: asked once, when the first claim is made

    def make(
        kind: str,
        anchor: int,
        span: tuple[int, int],
        trig: _Trig | None,
        gainer: str | None,
        pl: list[str],
        **kw: Any,
    ) -> Claim:
        a, b = _trim(t, _actor_lead(t, clauses, mentions, trig, span[0]), span[1])
        if not hedge:
            hedge.append(bool(lx.HEDGE.search(t)))
        cl = Claim(
            doc_id="",
            kind=kind,
            quote=t[a:b],
            char_start=s.start + a,
            char_end=s.start + b,
            gainer=gainer,
            places=[Place(name=n) for n in dict.fromkeys(pl)],
            sector=kw.pop("sector", None),
            claimant=claimant.name if claimant else None,
            claimant_role=claimant.role if claimant else None,
            hedged=hedge[0],
        )
        cl.extra["trigger"] = trig.text if trig else None
        # the rule that made the claim: section of the engine and trigger family
        sec = section()
        cl.extra["rule"] = f"{sec}:{trig.family}" if trig else sec
        cl.extra["_anchor"] = anchor
        if s.headline:
            cl.extra["headline"] = True
        _set_claim_fields(cl, kw)
        return cl

    return make


def _actor_lead(
    t: str,
    clauses: list[tuple[int, int]],
    mentions: list[SideMention],
    trig: _Trig | None,
    a: int,
) -> int:
    """Where a claim's quote starts: at the actor of its trigger ("Russian
    troops captured ...", with its "the"/"its") when the quote starts at the
    trigger, else at ``a``."""
    if trig is None or not trig.start - 1 <= a <= trig.start + _QUOTE_LEAD:
        return a
    cs = _clause_of(clauses, trig.start)[0]
    for sm in reversed(_mentions_in(mentions, cs, trig.start)):
        if not sm.after_preposition and sm.side != "PRO" and trig.start - sm.end <= 40:
            det = re.search(r"(?:\bthe\s+|\bits\s+)$", t[cs : sm.start])
            return cs + det.start() if det else sm.start
    return a


def _set_claim_fields(cl: Claim, kw: dict[str, Any]) -> None:
    """Set the fields a rule passed to ``make``: ``approx`` as a flag and its
    word, the claim's own fields, anything else (not None) in ``extra``."""
    for k, v in kw.items():
        if k == "approx":
            cl.approx = bool(v)
            if v:
                cl.extra["approx"] = v
        elif k in ("area_km2", "distance_km", "negated", "cumulative"):
            setattr(cl, k, v)
        elif v is not None:
            cl.extra[k] = v


def _negation_check(t: str, lang: str) -> Callable[[_Trig, tuple[int, int]], bool]:
    """The ``negated_near`` of sentence ``t``: one memoised answer per trigger."""
    # one answer per trigger: a sentence may list thousands of its figures
    neg_memo: dict[tuple[int, int, tuple[int, int]], bool] = {}

    def negated_near(trig: _Trig, clause: tuple[int, int]) -> bool:
        key = (trig.start, trig.end, clause)
        if key not in neg_memo:
            neg_memo[key] = _negation_near(t, lang, trig, clause)
        return neg_memo[key]

    return negated_near


# how far into its clause a negation after a trigger may stand ("X was taken,
# which the General Staff denied"): a bound keeps a long sentence linear
_NEGATION_REACH = 400


def _negation_near(t: str, lang: str, trig: _Trig, clause: tuple[int, int]) -> bool:
    """Whether a negation or denial near ``trig`` in its clause undoes it."""
    cs, _ = clause
    before = t[max(cs, trig.start - 70) : trig.start]
    neg = lx.NEGATION.get(lang, lx.NEGATION["en"])
    if any(
        not _NEUTRAL_AFTER_NOT.match(before, m.end())
        and not _NEW_SAYING.search(before, m.end())
        for m in neg.finditer(before)
    ):
        return True
    if neg.search(t[trig.start : trig.end]):  # "have not taken", "не взяли"
        return True
    if _DENIED_REPORT.search(t[max(0, trig.start - 200) : trig.start]):
        return True
    if _DENIED_AFTER.match(t, trig.end, clause[1]):
        return True  # "інформацію про захоплення X заперечили в ЗСУ"
    reach = min(max(trig.end, clause[1]), trig.end + _NEGATION_REACH)
    if lx.NEGATION_AFTER.search(t[trig.end : reach]) or lx.NEGATION_AFTER.search(
        t[trig.end : trig.end + 120]
    ):
        return True
    return lx.PREMATURE.search(t, trig.end, min(len(t), trig.end + 120)) is not None


_REGIONAL = re.compile(
    r"\b(?:region|oblast|province|district|river)\b|област|"
    r"район|Республик|ДНР|ЛНР|щин",
    re.IGNORECASE,
)
_REGIONAL = folded(_REGIONAL)


def _looks_regional(name: str) -> bool:
    return bool(_REGIONAL.search(name))


def _same_side(claimant: Claimant, said: str, lang: str) -> bool:
    """A headline's speaker ("Росія заявила …") is of the side that speaks in
    the dated statement of the lede ("… заявили в Міноборони РФ")."""
    side = side_of_text(f"{claimant.name} {claimant.role or ''}")
    other = _claimant(said, lang)
    return (
        side is not None
        and other is not None
        and side == side_of_text(f"{other.name or ''} {other.role or ''}")
    )


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


def _dateline(t: str, p: PeriodMention) -> bool:
    """ "KYIV, Aug 28 - ...", "СІМФЕРОПОЛЬ, 7 окт – ...": a dateline date
    (a bare month is none: "В октябре — 423 кв. км" heads a figure)."""
    if p.start >= 60 or p.kind == "month":
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


def _trim(t: str, a: int, b: int) -> tuple[int, int]:
    while a < b and t[a] in " ,;:—–-\u00a0":
        a += 1
    while b > a and t[b - 1] in " ,;:—–-(\u00a0":
        b -= 1
    if b <= a:
        return 0, len(t)
    return a, b


def _link_restatements(claims: list[Claim]) -> None:
    """``restates``: index of an earlier claim carrying the same figure/places."""
    buckets: dict[tuple, list[int]] = {}
    for i, c in enumerate(claims):
        if c.kind == "fighting":
            continue
        key = (
            c.kind,
            c.gainer,
            c.negated,
            c.area_km2,
            c.distance_km,
            c.extra.get("settlements_count"),
        )
        seen = buckets.setdefault(key, [])
        for j in reversed(seen[-20:]):
            o = claims[j]
            if c.area_km2 is None and c.distance_km is None:
                a = {p.name[:5].lower() for p in c.places}
                b = {p.name[:5].lower() for p in o.places}
                if not a or not (a & b):
                    continue
            c.restates = o.restates if o.restates is not None else j
            break
        seen.append(i)


def claim_to_record(claim: Claim) -> dict[str, Any]:
    """The JSON record of a claim (fields of CONVENTIONS.md plus extras)."""
    rec: dict[str, Any] = {
        "doc_id": claim.doc_id,
        "kind": claim.kind,
        "quote": claim.quote,
        "char_start": claim.char_start,
        "char_end": claim.char_end,
        "gainer": claim.gainer,
        "area_km2": claim.area_km2,
        "distance_km": claim.distance_km,
        "places": [
            {"name": p.name}
            if p.lat is None
            else {
                "name": p.name,
                "lat": p.lat,
                "lon": p.lon,
                "resolved_name": p.resolved_name,
            }
            for p in claim.places
        ],
        "sector": claim.sector,
        "period_text": claim.period_text,
        "period_start": claim.period_start.isoformat() if claim.period_start else None,
        "period_end": claim.period_end.isoformat() if claim.period_end else None,
        "cumulative": claim.cumulative,
        "claimant": claim.claimant,
        "claimant_role": claim.claimant_role,
        "negated": claim.negated,
        "hedged": claim.hedged,
        "approx": claim.extra.get("approx") or (True if claim.approx else None),
        "restates": claim.restates,
    }
    for k, v in claim.extra.items():
        if k not in rec:
            rec[k] = v
    return rec
