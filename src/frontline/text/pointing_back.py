"""Claims made by pointing back at a claim before: a denial ("Kyiv denies
it"), an announcement with a day of its own ("Moscow announced it on
Thursday") or a stall ("made no gains at all") is a claim about the place of
the claim just before it, negated for a denial or stall (``_pointing_back``,
``_point_back`` and their parts: the claim pointed at, the quote, the
speaker, the period).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Claim
from .claimants import subject_before_verb
from .clauses import _trim
from .clean import Sentence
from .context import (
    _DocState,
)
from .dating import (
    _NEW_STATEMENT,
    _apply_period,
    _same_speaker,
)
from .fastre import AutomatonLead, folded, keyed
from .lang import en, every, uk
from .lexicon import HEDGE, HOME_SIDE
from .periods import (
    PeriodMention,
    find_periods,
)
from .sides import (
    SideMention,
    opposite,
    side_mentions,
)
from .stems import prefix_regex

# a denial or announcement that points back at the claim before it ("Kyiv
# denies it", "у ЗСУ це спростовують", "эту информацию опровергли", "Moscow
# announced it on Thursday")
_BACK_DENIAL = re.compile(
    r"\b(?:denie[sd]|deny|rejecte?d?s?|refute[sd]?)\s+"
    # "that" as the pronoun ("Kyiv denied that."), not as the conjunction
    # before a clause of its own ("It denied that troops were encircled")
    r"(?:it|this|that(?=\s*(?:[^\w\s]|$)|\s+(?:claim|report|statement|on|in|"
    r"at|late|later|earlier|yesterday|today|too|outright|flatly|immediately)\b)|"
    # (EN-FP33: not "rejected / denied the claim / the statement": the gold
    # reads the denier's own words after it, not a negated copy of the claim;
    # "refuted the claim", a verdict on it, still points back)
    r"(?<=refute[sd]\s)the (?:claims?|reports?|statement|announcement)|"
    r"(?:these|those|such|the) (?:claims|reports|assertions|statements|"
    r"allegations))\b(?!\s+(?:was|is|had|has|that)\b)|"
    # "…, a claim Kyiv denied", B32DET41: "a figure Russian officials
    # disputed", "…, which Kyiv denied"
    r"\b(?:a (?:claim|figure|number|report|version|assertion)|which) (?:that )?"
    r"(?:[\w’'-]+ ){1,3}(?:denie[sd]|deny|rejecte?d?s?|"
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
    r"(?![\w])|" + every("BACK_DENIAL") + "|" + every("BACK_DENIAL_BARE"),
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
    r"продвижени\w*\s+(?:\w+\s+){0,2}(?:удалось\s+)?останов\w*)|"
    + en.BACK_STALL
    + "|"
    # (no Russian twin: "но продвинуться не смог" cost the unread pool a claim)
    + uk.BACK_STALL,
    re.IGNORECASE,
)


# the claim just made left unconfirmed ("Kyiv did not confirm it", "цього не
# підтвердила", "это не подтвердили"): a denial dated by its own day, not by
# the claim's (what is not confirmed is the state at the telling)
# speed: passed over sentences lacking all its keys
_BACK_UNCONFIRMED = keyed(folded(re.compile(every("BACK_UNCONFIRMED"), re.IGNORECASE)))


# cheap substring gate for the patterns above (speed)
_BACK_KEYS = tuple(
    "deni|deny|reject|refut|dismiss|disput|announced|claimed|reported|acknowledged|"
    "спрост|запереч|відкин|відкида|отверг|"
    "опроверг|отрица|назва|made no|gained no|stopped|halted|зупин|метра|кроку|"
    "шагу|останов|false|not true|untrue|a lie|baseless|groundless|fabricat|"
    "disinformation|propaganda|fake|fantas|fiction|invention|fairy|nonsense|"
    "did not|didn|made no|without gain|not confirm|n't confirm|n’t confirm|"
    "not yet confirm|observed confirmation|seen confirmation|seen any confirmation|"
    "not officially confirm|not independently confirm|не підтверд|не подтвер|"
    "gain ground|gain any ground|take ground|take any ground|не досяг|не доміг|"
    "не домогл|успіху не|не змог|не зміг|"
    "without mak|without achiev|without regist|not advance|n't advance".split("|")
)


# speed: one search for any key (the same answer as testing each in turn):
# an Aho–Corasick automaton, else a trie (the keys may start inside a word)
_BACK_KEY_RE = AutomatonLead.of("", _BACK_KEYS) or re.compile(prefix_regex(_BACK_KEYS))


_BACK_NEGATED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)


_BACK_DENIAL = folded(_BACK_DENIAL)  # speed: a case-folded twin (same matches)


_BACK_STALL = keyed(folded(_BACK_STALL), most=24)  # speed: see _BACK_UNCONFIRMED


_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|again|repeatedly|previously|already|"
    r"consistently|quickly|swiftly))+$",
    re.IGNORECASE,
)


# a clause opening before the subject, or standing for none ("але просування
# ворога зупинено": no speaker named)
# PROBEUKRU37: a conjunction, then the preposition before a body ("проте у
# ЗСУ", "однако в ВСУ"): both are no part of the speaker
# the words opening the clause before a speaker ("but Kyiv", "хоча ЗСУ"): the
# joining words and every language's contrast words (lang CONTRAST_WORDS;
# KNOWN2-41: "…, хоча ЗСУ цього не підтверджують" named "хоча ЗСУ")
_OPENING_WORD = re.compile(
    r"^(?:(?:у|в|and|а|і|та|и|втім|"
    + every("CONTRAST_WORDS")
    # XCLAIM3-42: "Официально Генштаб ВСУ этого не подтверждает"
    + "|"
    + every("OFFICIALLY")
    + r"),?(?:\s+|$))+",
    re.IGNORECASE,
)


_FIGURE_DENIED = re.compile(r"a (?:figure|number)\b", re.IGNORECASE)
_CLAIM_DENIER = re.compile(
    r"(?:a (?:claim|figure|number|report|version|assertion)|which) (?:that )?"
    r"(.+?) (?:denie|deny|reject|disput|refut)",
    re.IGNORECASE,
)


def _back_keyed(sents: list[Sentence], text: str) -> list[Sentence]:
    """The sentences holding a key of _BACK_KEYS (lower-cased): the document
    is lower-cased once and each sentence's span searched in it (a sentence
    is its span of ``text``; the keys are plain words, no look-around), unless
    a character's lower case is longer (then each sentence on its own).

    >>> from frontline.text.clean import sentences
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
    # (a denial may point at a count of unnamed settlements, "захопила 5
    # населених пунктів … це заперечує"; a count left unconfirmed or announced
    # again is no claim of its own: own corpus 3)
    counted = sorted(
        (
            c
            for c in claims
            if c.kind in ("settlement_control", "advance")
            and (c.places or c.extra.get("settlements_count"))
        ),
        key=lambda c: c.char_end,
    )
    pool = [c for c in counted if c.places]
    fronts = sorted(
        (c for c in claims if c.kind != "area_change" and (c.places or c.sector)),
        key=lambda c: c.char_end,
    )
    if not fronts and not counted:
        return out
    stmt = st.statement or st.published
    for s in _back_keyed(sents, text):
        for rx, negated in (
            (_BACK_DENIAL, True),
            (_BACK_ANNOUNCE, False),
            (_BACK_STALL, True),
            (_BACK_UNCONFIRMED, True),
        ):
            for m in rx.finditer(s.text):
                ante_pool = (
                    fronts
                    if rx is _BACK_STALL
                    else counted
                    if rx is _BACK_DENIAL
                    else pool
                )
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
    voice = st.perspective or HOME_SIDE.get(lang)
    pointed = _pointed_claim(s, m, rx, negated, ante_pool, lang, voice)
    if pointed is None:
        return None
    prev, kind, gainer = pointed
    a, b, periods = _back_span(t, m, lang)
    if _told_already(known, s.start, s.start + a, negated, kind):
        return None
    c = _back_claim(s, m, rx, prev, kind, gainer, (a, b), negated, lang)
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
    voice: str | None = None,
) -> tuple[Claim, str, str | None] | None:
    """The claim the words ``m`` point back to, with the kind and gainer they
    take from it: the last claim ending within 300 characters before (a denial
    reaches further, ``_denied_claim``); a negation of a claim this sentence
    already negates points at nothing; an advance left unconfirmed makes
    nothing; a stall makes an advance of the stalled side (``_stalled_side``;
    none found: nothing)."""
    t = s.text
    at = s.start + m.start()
    ante = [c for c in ante_pool if c.char_start < at - 10 and at - c.char_end <= 300]
    if not ante:
        return None
    prev = ante[-1]
    if rx is _BACK_DENIAL and _CLAIM_DENIER.match(m.group(0)):
        # B32DET41: "…, which Kyiv denied", "…, a figure X disputed": in
        # apposition to a claim of its own sentence (a figure: one with a
        # figure), never one told before ("lost 1,500 soldiers a day, a
        # figure Kyiv disputes" denies no town taken a sentence before)
        figure = _FIGURE_DENIED.match(m.group(0)) is not None
        ante = [
            c
            for c in ante
            if c.char_start >= s.start
            and not (figure and c.distance_km is None and c.area_km2 is None)
        ]
        if not ante:
            return None
        return ante[-1], ante[-1].kind, ante[-1].gainer
    if rx is _BACK_DENIAL or rx is _BACK_UNCONFIRMED:
        wider = [
            c
            for c in ante_pool
            if c.char_start < at - 10 and at - c.char_end <= _DENIED_REACH
        ]
        prev = _denied_claim(ante, wider, t, m, lang)
    if negated and prev.negated and prev.char_start >= s.start:
        return None  # "dismissed the claim …, calling it propaganda"
    if rx is _BACK_UNCONFIRMED and prev.kind == "advance":
        # "Украинская сторона эти данные не подтверждает" after a reported
        # advance: leaving a movement unconfirmed denies no place (a
        # settlement left unconfirmed still is a denial of it)
        return None
    kind, gainer = prev.kind, prev.gainer
    if rx is _BACK_STALL:
        kind = "advance"
        prev, gainer = _stalled_side(t, m, ante, prev, lang, voice)
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
    lang: str,
) -> Claim:
    """The claim pointing back to ``prev``, quoting ``span`` of ``s``: it keeps
    the places of ``prev`` (and its sector, for a stall) and takes its
    claimant from the words around ``m`` (``_back_claimant``) when they name a
    speaker (``_back_speaker``; else the document's speaker is found later)."""
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
    c.claimant = _back_speaker(_back_claimant(t, a, m), prev, lang)
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
    t: str,
    m: re.Match[str],
    ante: list[Claim],
    prev: Claim,
    lang: str,
    voice: str | None = None,
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
        if voice:
            own = [voice]
        sides = [opposite(own[-1])] if own else [prev.gainer or ""]
    if not sides:
        sides = _attacker(t, m, ms, voice)
    for a2 in reversed(ante):
        if sides or a2.kind != "fighting":
            break
        sides = [
            x.side for x in side_mentions(a2.quote, lang) if x.side in ("UA", "RU")
        ]
        if sides:
            prev = a2
    return prev, sides[-1] if sides else prev.gainer


# a side word naming the positions attacked, not the attacker ("attacked
# Russian positions", "штурмували позиції ЗСУ", "атаковал позиции ВСУ")
_POSITIONS_AFTER = re.compile(r"\s+(?:positions|lines|defen[cs]es)\b", re.IGNORECASE)
_POSITIONS_BEFORE = re.compile(
    r"(?:позиці\w*|позици\w*|оборон\w*|positions of(?: the)?)\s+$", re.IGNORECASE
)


def _attacker(
    t: str, m: re.Match[str], ms: list[SideMention], voice: str | None
) -> list[str]:
    """The sides of the subject after the speech verb ("Moscow says
    Ukrainian units made no gains"), not the speaker, nor the side whose
    positions were attacked ("attacked Russian positions … but did not gain
    ground"); "the enemy" there is the speaker's other side."""
    sv = list(_NEW_STATEMENT.finditer(t, 0, m.start()))
    lo = sv[-1].end() if sv else 0
    out = []
    for x in ms:
        if not lo <= x.start < m.start():
            continue
        if _POSITIONS_AFTER.match(t, x.end) or _POSITIONS_BEFORE.search(
            t, max(0, x.start - 25), x.start
        ):
            continue
        side = x.side if x.side in ("UA", "RU") else None
        if side is None and x.side == "ENEMY":
            side = opposite(voice)
        if side:
            out.append(side)
    return out


# PROBEEN38: the marks opening the clause of the words pointing back; a
# dash opens one as a comma does ("Russia claims it took X — Ukraine denies
# it": the denier is Ukraine, not the clause before the dash)
_CLAUSE_CUTS = (";", ",", ":", ".", "—", "–", " - ")


def _last_cut(t: str, end: int) -> int:
    """The offset of the last character of the last clause mark before
    ``end`` (``_CLAUSE_CUTS``), or -1.

    >>> _last_cut("took X - Kyiv denies it", 13), _last_cut("no mark", 5)
    (8, -1)
    """
    found = [k + len(ch) - 1 for ch in _CLAUSE_CUTS if (k := t.rfind(ch, 0, end)) >= 0]
    return max(found, default=-1)


def _back_span(
    t: str, m: re.Match[str], lang: str
) -> tuple[int, int, list[PeriodMention]]:
    """The quote of the words ``m`` pointing back: from the clause opening
    close before them (at most 45 characters; ``_CLAUSE_CUTS``) to their
    end, or to the end of a time expression right after them (returned too).

    >>> t = "Russia claims it took Ivanivka — Ukraine denies it"
    >>> a, b, _ = _back_span(t, re.search("denies it", t), "en")
    >>> t[a:b]
    'Ukraine denies it'
    """
    cut = _last_cut(t, m.start())
    a = cut + 1 if cut >= 0 and m.start() - cut <= 45 else m.start()
    if cut < 0 and m.start() <= 45:
        a = 0
    end = m.end()
    periods = [p for p in find_periods(t, lang) if 0 <= p.start - end <= 3]
    if periods:
        end = periods[0].end
    a, b = _trim(t, a, end)
    return a, b, periods


_SUBJECT_TIME = re.compile(rf"\s+(?:{en.SPEAKER_TRAIL_TIMES})$")


def _back_claimant(t: str, a: int, m: re.Match[str]) -> str | None:
    """The speaker of the words ``m`` pointing back: the subject before them
    in the quote (from ``a``), or the denier inside "a claim X denied".

    >>> t = "Moscow claimed it, but Kyiv has repeatedly rejected that"
    >>> _back_claimant(t, t.index(",") + 1, re.search("rejected", t))
    'Kyiv'
    """
    subj = t[a : m.start()].strip(" ,;:")
    subj = _OPENING_WORD.sub("", subj)
    # XCLAIMEN40: "X said the (claim … was false)": the subject before "said"
    subj = subject_before_verb(subj)
    # "Kyiv has repeatedly (rejected)": the speaker, not the adverbs
    subj = _SUBJECT_TAIL.sub("", subj)
    subj = _SUBJECT_TIME.sub("", subj)  # CLAIMLEFT40: "officials at the time"
    inner = _CLAIM_DENIER.match(m.group(0))
    if inner:  # "a claim Kyiv denied": the denier inside
        subj = inner.group(1)
    return subj if subj and len(subj) <= 40 else None


# the end of a clause cut short, not of a speaker's name ("… Ivanivka and
# Petrivka on May 2 and (made no gains)")
_JOINING_END = re.compile(
    r"(?:^|\s)(?:and|or|but|then|on|in|at|near|of|to|by|with|from|і|й|та|а|але|"
    r"в|у|на|з|із|біля|під|и|но|с|со|под|возле)$",
    re.IGNORECASE,
)


# a participle opening a clause names an action, not who speaks ("attacking
# without gaining ground", "having pushed … but made no gains")
_PARTICIPLE_OPENING = re.compile(r"^(?:having\s+)?[a-z]+ing\b")


# a list of names ("Ivanivka and Petrivka", "Терни, Торське та Невське")
_LIST_JOIN = re.compile(r"\s*,\s*|\s+(?:and|і|й|та|и)\s+")
_LIST_NAME = r"[A-ZА-ЯІЇЄҐЁ][\w’'ʼ-]*(?:[ -][A-ZА-ЯІЇЄҐЁ][\w’'ʼ-]*)?"
_PLACE_LIST = re.compile(rf"{_LIST_NAME}(?:(?:{_LIST_JOIN.pattern}){_LIST_NAME})+")


def _back_speaker(who: str | None, prev: Claim, lang: str) -> str | None:
    """The speaker the subject ``who`` before the words pointing back names
    (a person, body, outlet or side; a time expression at its end cut off:
    "Kyiv on Thursday"), or None for the tail of the clause before them: a
    time expression inside ("… on May 1 and"), a joining word at its end
    ("… and"), a participle first ("attacking"), or only the places of the
    claim pointed at listed ("Ivanivka and Petrivka").

    >>> prev = Claim(doc_id="", kind="fighting", quote="", char_start=0,
    ...              char_end=0, places=[])
    >>> _back_speaker("Kyiv on Thursday", prev, "en")
    'Kyiv'
    >>> _back_speaker("Ivanivka and Petrivka on May 2 and", prev, "en") is None
    True
    """
    if not who or _JOINING_END.search(who) or _PARTICIPLE_OPENING.match(who):
        return None
    periods = find_periods(who, lang)
    if periods and not who[periods[-1].end :].strip(" ,"):
        who = who[: periods.pop().start].strip(" ,")
    if periods or not who or _JOINING_END.search(who):
        return None
    if _PLACE_LIST.fullmatch(who):
        placed = {p.name for p in prev.places}
        if all(w.strip() in placed for w in _LIST_JOIN.split(who)):
            return None  # "Ivanivka and Petrivka" (one name may be a capital: "Kyiv")
    return who


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
        and rx is not _BACK_UNCONFIRMED
        and (prev.char_start >= s.start or rx is _BACK_DENIAL)
        # the denial of an announcement is made after it
        and not prev.extra.get("announcement")
    ):
        # "assaults near X on May 3 but made no gains": one period;
        # "… закрепились у X в понедельник. Минобороны это
        # опровергло": the denial is of that day's claim
        c.period_text = prev.period_text
        c.period_start, c.period_end = prev.period_start, prev.period_end


# PROBEEN38: a sentence that only leaves the claim before it unverified ("The
# claim could not be independently verified.", "There was no visual
# confirmation of the report.", "Reuters could not verify it."): it opens on
# the claim, a pronoun, "there was" or a verifier, and names no claim itself
_UNVERIFIED_NEXT = re.compile(
    r"^\W*(?:(?i:(?:the|this|that|such|these|those)\s+(?:claims?|reports?|"
    r"statements?|announcement|assertions?|information|figures?|account)\b|"
    r"(?:it|this|that|there)\b)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?"
    r"\s+(?:could|can|was|has|did)\b)",
)


def hedged_by_next(sents: list[Sentence], claims: list[Claim]) -> None:
    """Hedge the claims of a sentence whose next sentence, holding no claim
    of its own, only leaves them unverified (``HEDGE``, ``_UNVERIFIED_NEXT``):
    "Russia said it took X. The claim could not be independently verified."
    """
    starts = sorted({c.char_start for c in claims})
    if not starts:
        return
    for prev, s in zip(sents, sents[1:], strict=False):
        if not _UNVERIFIED_NEXT.match(s.text) or not HEDGE.search(s.text):
            continue
        if any(s.start <= c.char_start < s.end for c in claims):
            continue  # a claim of its own: its own hedge (claim_maker)
        for c in claims:
            if prev.start <= c.char_start < prev.end and not c.negated:
                c.hedged = True
