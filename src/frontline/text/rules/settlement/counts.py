"""Counts of settlements: "liberated five villages", "the number of villages
taken reached 150", a count told on without its noun ("and another four in the
Y direction"), and the named members of a count told just before ("Among them
are X and Y.")."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...context import SentenceContext, _blocked, _clause_of, _gainer_for
from ...fastre import folded, keyed
from ...lang import en, ru, uk
from ...numbers import NumberMatch, number_before, word_value
from ...units import _hedge_before
from .targets import _named_not_reference, _Target

_COUNT_FILLER = re.compile(
    r"(?<=\s)(?:(?:more|other|further|additional|new|small|tiny|key|nearby|"
    r"frontline|border|"
    # any adjective or adverb by its ending: "two southern villages",
    # "three strategically important villages", "four Ukrainian-held towns"
    r"[a-z]+(?:al|ic|ful|ive|ous|ern|ant|ent|ly|ed|ing)|[a-z]+-[a-z]+|"
    # uk/ru adjectives and adverbs: "три прикордонні села", "два небольших
    # поселка", "стратегічно важливих", "стратегически важных"
    r"[а-яіїєґё'’-]{2,}(?:их|ых|іх|ие|ые|ьні|ні|кі|лі|ві|чно|ски|цки|ьно))\s+){1,2}$",
    re.IGNORECASE,
)
_COUNT_FILLER = keyed(folded(_COUNT_FILLER))  # speed: a case-folded twin, keyed


def settlement_count_claims(ctx: SentenceContext) -> None:
    """Append the settlement-count claims of ``ctx``'s sentence to ``ctx.out``.

    Leaves the capture triggers in ``ctx.captures`` for the settlement rule.
    """
    t = ctx.t
    trigs = ctx.trigs
    captures = [tr for tr in trigs if tr.family in ("capture", "withdraw")]
    holders = [tr for tr in trigs if tr.family == "hold"]
    # "entered more than 40 settlements": entering a counted set is control
    enters = [
        tr
        for tr in trigs
        if tr.family == "advance"
        and re.match(r"enter|увійш|зайш|вошл|зашл", tr.text, re.IGNORECASE)
    ]
    # speed: with no verb to govern a count, or in a question, every count is
    # skipped (_count_skipped): none is looked for
    governed = (captures or holders or enters) and not ctx.question
    for m in lx.COUNT_NOUN.finditer(t) if governed else ():
        num = _count_number(ctx, m) or _total_after(ctx, m) or _vague_count(ctx, m)
        if _count_skipped(ctx, m, num, captures, holders, enters):
            continue
        cands = captures or holders or enters
        # a verb of the count's own clause governs it: "said troops had taken
        # back X, and that since May 40 settlements had been freed"
        own = ctx.clause_span(num.start)
        cands = [tr for tr in cands if own[0] <= tr.start < own[1]] or cands
        # "retaken three villages seized by Ukraine": the verb before governs
        ahead = [tr for tr in cands if tr.end <= num.start]
        trig = min(ahead or cands, key=lambda tr: abs(tr.start - m.start()))
        if _blocked(t, trig, ctx.lang) and trig.family != "hold":
            continue
        trig.used = True
        _append_count_claims(ctx, m, num, trig)
        _more_counts(ctx, m, trig)
    ctx.captures = captures


def _count_number(ctx: SentenceContext, m: re.Match[str]) -> Any:
    """The number before the count noun ``m``, past any filler words."""
    t = ctx.t
    lang = ctx.lang
    # "two more villages", "три невеликих села": words between count and noun
    filler = _COUNT_FILLER.search(t, max(0, m.start() - 40), m.start())
    fstart = filler.start() if filler else m.start()
    if filler:
        # "captured five tiny hamlets": the filler starts after the number
        for w in re.finditer(r"\S+", filler.group(0)):
            if all(word_value(x, lang) for x in w.group(0).lower().split("-")):
                fstart = filler.start() + w.end() + 1
    return number_before(t, fstart, lang)


# KNOWN36: a vague count right before the count noun, past filler words
# ("several villages", "кілька сіл", "несколько населённых пунктов"; lang
# VAGUE_COUNT)
_VAGUE_COUNT = {
    code: re.compile(rf"(?<![\w])(?:{mod.VAGUE_COUNT})\s+$", re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


class VagueCount(NumberMatch):
    """A vague count ("several villages"): a claim, but no figure."""


def _vague_count(ctx: SentenceContext, m: re.Match[str]) -> NumberMatch | None:
    """KNOWN36: a vague count ("several", "кілька") before the count noun
    ``m``, past any filler words, as a number of value 1 that is ``vague``;
    None when there is none."""
    t = ctx.t
    rx = _VAGUE_COUNT[ctx.lang]
    v = rx.search(t, max(0, m.start() - 30), m.start())
    if v is None:
        # "several small villages" ("several" itself reads as a filler)
        filler = _COUNT_FILLER.search(t, max(0, m.start() - 40), m.start())
        if filler is None:
            return None
        # before the filler or after any of its words
        ends = [filler.start()]
        ends += [filler.start() + w.end() for w in re.finditer(r"\S+\s+", filler[0])]
        for end in ends:
            v = rx.search(t, max(0, end - 30), end)
            if v is not None:
                break
    if v is None:
        return None
    return VagueCount(v.start(), v.end(), 1.0, t[v.start() : v.end()].strip(), True)


# a total told as "the number of X taken reached N": the head before the count
# noun, the figure after it ("Число освобожденных населенных пунктов достигло
# 200", "the number of villages captured this year rose to 150")
_NUMBER_OF = {
    code: re.compile(mod.NUMBER_OF, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


_TOTAL_IS = {
    code: re.compile(mod.TOTAL_IS, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


_TOTAL_REACH = 60  # characters from the head to the noun, the noun to the verb


# PLACES28: the marker opening the named members of a count (lang:
# COUNT_MEMBERS), how far after the count noun it may stand and how far the
# list it opens runs
_COUNT_MEMBERS = {
    code: re.compile(mod.COUNT_MEMBERS, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}
_MEMBERS_REACH, _MEMBERS_SPAN = 80, 160


def _mentions_of(
    ctx: SentenceContext, seg: tuple[int, int], members: list[str]
) -> list:
    """The place mentions in ``seg`` and those named as members, in order."""
    return [p for p in ctx.places if seg[0] <= p.start < seg[1] or p.name in members]


def _members_named(ctx: SentenceContext, m: re.Match[str]) -> list[str]:
    """The places named as the members of the count with noun ``m`` ("15
    settlements, including X and Y", "два населенных пункта – X и Y")."""
    t = ctx.t
    k = _COUNT_MEMBERS[ctx.lang].search(
        t, m.end(), min(len(t), m.end() + _MEMBERS_REACH)
    )
    if k is None or re.search(r"[.;!?]", t[m.end() : k.start()]):
        return []
    gap = t[m.end() : k.start()]
    if any(w.isdigit() or word_value(w, ctx.lang) for w in re.findall(r"\w+", gap)):
        return []  # "по два в X и один - в Y": another count, no members
    stop = re.search(r"[.;!?]", t[k.end() :])
    end = min(k.end() + _MEMBERS_SPAN, k.end() + stop.start() if stop else len(t))
    return [p.name for p in ctx.places if k.end() <= p.start < end]


def _total_after(ctx: SentenceContext, m: re.Match[str]) -> Any:
    """The figure a "number of <settlements> taken" head reaches, or None."""
    head, verb = _NUMBER_OF.get(ctx.lang), _TOTAL_IS.get(ctx.lang)
    if head is None or verb is None:
        return None
    t = ctx.t
    h = head.search(t, max(0, m.start() - _TOTAL_REACH), m.start())
    if h is None or re.search(r"[.;!?]", t[h.end() : m.start()]):
        return None
    v = verb.search(t, m.end(), min(len(t), m.end() + _TOTAL_REACH))
    if v is None or re.search(r"[.;!?]", t[m.end() : v.start()]):
        return None
    return number_before(t, v.end(), ctx.lang)


def _count_skipped(
    ctx: SentenceContext,
    m: re.Match[str],
    num: Any,
    captures: list[Any],
    holders: list[Any],
    enters: list[Any],
) -> bool:
    """Whether the count ``num`` before noun ``m`` makes no claim."""
    t = ctx.t
    if num is None or not (captures or holders or enters) or ctx.question:
        return True
    if not (captures or holders) and not any(
        0 < num.start - tr.end <= 25 for tr in enters
    ):
        return True
    if num.value != int(num.value) or num.value <= 0 or num.value > 5000:
        return True
    if re.search(
        r"(?:\bnot|\beven|(?<![\w])(?:ни|ні))\s+$",
        t[max(0, num.start - 8) : num.start],
    ):
        return True  # "ни одного села", "not one village": no count, a denial
    lookalike = ctx.lookalike
    if (
        lookalike
        and lookalike.start() < m.end() + 40
        and lookalike.start() > m.start() - 60
    ):
        return True
    if (
        re.search(r"(?:of|from|in|near)\s*$", t[max(0, num.start - 8) : num.start])
        and not re.search(
            r"\btotal\s+of\s+$|"  # "captured a total of 34 villages"
            r"(?:control|capture|liberation|seizure|occupation|loss|контроль|"
            r"звільнення|освобождение)\s+(?:of\s+)?$|"
            r"(?:withdr\w+|retreat\w*|pull\w* (?:out|back)|driven out|forced out|"
            r"expelled|ousted|pushed out)\s+(?:of\s+|from\s+)$",
            t[max(0, num.start - 30) : num.start],
            re.IGNORECASE,
        )
    ):
        return True
    return False


# B28MISS37: a count held "under occupation" (lang B28MISS37 "hold"): the
# occupier holds it, unless a side is named right after the noun
_UNDER_OCCUPATION = re.compile(r"occupation|окупаці|оккупаци", re.IGNORECASE)


def _occupier(ctx: SentenceContext, trig: Any) -> str | None:
    """RU for a count held "under occupation" with no side named within a
    few words after the trigger ("під окупацією ЗСУ" names one), else None."""
    if trig.family != "hold" or not _UNDER_OCCUPATION.search(trig.text):
        return None
    if any(0 <= sm.start - trig.end <= 20 for sm in ctx.mentions):
        return None
    return "RU"


def _append_count_claims(
    ctx: SentenceContext, m: re.Match[str], num: Any, trig: Any
) -> None:
    """Append the claims of ``num`` settlements (noun ``m``) taken by ``trig``."""
    t = ctx.t
    gainer = _gainer_for(
        t,
        trig,
        _clause_of(ctx.clauses, trig.start),
        ctx.mentions,
        ctx.st,
        ctx.perspective,
        ctx.lang,
    )
    gainer = _occupier(ctx, trig) or gainer
    clause = ctx.clause_span(m.start())
    seg = (min(clause[0], trig.start), max(clause[1], trig.end))
    members = _members_named(ctx, m)
    pl = [p.name for p in ctx.places if seg[0] <= p.start < seg[1]] + members
    # LEFTEN36: "two villages near X: A and B": X is where they lie
    pl = [p.name for p in _named_not_reference(t, _mentions_of(ctx, seg, members))]
    # "по два населенных пункта в ДНР и Запорожской области", "two villages
    # each in X and Y": the count holds in every place named
    each = re.search(r"(?<![\w])по\s+$", t[max(0, num.start - 4) : num.start])
    each = each or re.match(r"\s+each\b", t[m.end() : m.end() + 6])
    ctx.st.last_count_at = ctx.st.sentence_no
    vague = isinstance(num, VagueCount)
    for group in [[name] for name in pl] if each and len(pl) > 1 else [pl]:
        ctx.out.append(
            ctx.make(
                "settlement_control",
                num.start,
                seg,
                trig,
                gainer,
                group,
                settlements_count=None if vague else int(num.value),
                approx=num.written.lower() if vague else _count_hedge(t, num),
                negated=ctx.negated_near(trig, clause),
                holding=trig.family == "hold" or None,
            )
        )


def _count_hedge(t: str, num: Any) -> str | None:
    """The hedge right before the count ``num`` ("понад два десятки",
    "более 20", "близько 30", "more than 40", "at least 12"), lower case;
    None when the count is written bare.

    >>> _count_hedge("звільнили понад 20 сіл", NumberMatch(16, 18, 20.0, "20"))
    'понад'
    """
    return _hedge_before(t, num.start)[0]


# a count told again without its noun: "recaptured six villages near X and
# another four in the Y direction", "звільнили вісім населених пунктів, ще
# п'ять зачищено", "освободили по два населенных пункта в X и один - в Y"
_MORE_COUNT = re.compile(
    r"(?:,\s*(?:(?:and|і|й|та|и|а)\s+)?|(?:\band|(?<![\w])(?:і|й|та|и|а))\s+)"
    r"(?:(?:another|a further|ще|ещё|еще)\s+)?"
    r"(?P<n>\d+|[a-zа-яіїєґё'’ʼ]+)\s*(?:[-–—]\s*)?(?=(?P<next>[\w'’ʼ]+))",
    re.IGNORECASE,
)


# what the bare number is followed by: a place (a preposition) or its verb
_COUNT_TAIL = re.compile(
    r"(?:in|on|near|at|around|along|across|east|west|north|south|в|у|на|під|"
    r"под|біля|около|возле|вблизи|поблизу|за)$",
    re.IGNORECASE,
)


# a count told on for another time, its noun and verb left out (session 25):
# "29 settlements in May, and since the start of the year — over 150", "20
# населених пунктів, а від початку року — понад 140", "…, а с начала года —
# свыше 150" (the time opens with its preposition, a dash before the figure)
_ELIDED_SINCE = re.compile(
    r",\s*(?:(?:and|і|й|та|и|а)\s+)?(?:since|over|during|in|this|from|с|со|"
    r"від|з|із|за|в|у)\s+(?:[\w'’ʼ-]+\s+){0,5}?[—–]\s*(?:(?:over|more than|"
    r"about|nearly|almost|some|свыше|более|около|почти|порядка|понад|більше|"
    r"близько|майже|ещё|еще|ще)\s+)?(?P<n>\d+)(?=\s*(?:[.;!?)»”]|$))",
    re.IGNORECASE,
)


def _more_counts(ctx: SentenceContext, m: re.Match[str], trig: Any) -> None:
    """Counts of the same settlements told on after ``m`` without the noun."""
    t = ctx.t
    end = m.end()
    nxt = lx.COUNT_NOUN.search(t, end)
    limit = nxt.start() if nxt else len(t)
    elided = _ELIDED_SINCE.search(t, end, limit)
    if elided is not None:
        _elided_count(ctx, elided, trig)
    for more in _MORE_COUNT.finditer(t, end, limit):
        word, tail = more.group("n"), more.group("next")
        value = (
            float(word)
            if word.isdigit()
            else (word_value(word, ctx.lang) or (None, True))[0]
        )
        if value is None or value != int(value) or not 0 < value <= 5000:
            continue
        verb = any(tr.start == more.start("next") for tr in ctx.trigs)
        if not (_COUNT_TAIL.match(tail) or verb):
            continue
        lead = t[more.start() : more.start("n")]
        if not verb and not re.search(r"\w", lead):
            continue  # ", 40 in total": a comma alone does not carry the count on
        n = more.start("n")
        clause = ctx.clause_span(n)
        if re.match(r"\s*[—–-]\s", t[more.end("n") :]):
            # "и один - в Харьковской": the place stands past the dash
            clause = (clause[0], ctx.clause_span(more.end("n") + 3)[1])
        seg = (more.start() + (1 if t[more.start()] == "," else 0), clause[1])
        pl = [p.name for p in ctx.places if n <= p.start < clause[1]]
        ctx.out.append(
            ctx.make(
                "settlement_control",
                n,
                seg,
                trig,
                ctx.out[-1].gainer if ctx.out else None,
                pl,
                settlements_count=int(value),
                negated=ctx.negated_near(trig, clause),
                holding=trig.family == "hold" or None,
            )
        )


def _elided_count(ctx: SentenceContext, more: re.Match[str], trig: Any) -> None:
    """The claim of a count told on for another time (``_ELIDED_SINCE``):
    the side of the count before, its own time and figure."""
    value = int(more.group("n"))
    if not 0 < value <= 5000:
        return
    seg = (more.start() + 1, more.end())
    ctx.out.append(
        ctx.make(
            "settlement_control",
            more.start("n"),
            seg,
            trig,
            ctx.out[-1].gainer if ctx.out else None,
            [],
            settlements_count=value,
            approx=_hedge_before(ctx.t, more.start("n"))[0],
            negated=ctx.negated_near(trig, seg),
            holding=trig.family == "hold" or None,
        )
    )


# the named members of a count told in the sentence before, opening their
# sentence: "Among them are X and Y.", "Серед них — X та Y.", "Речь идет о
# селах X, Y и Z."
_MEMBERS = re.compile(
    r"\W*(?:among|they include|these include|серед|у тому|в тому|йдеться|"
    r"в их числе|в том числе|среди|речь ид)",
    re.IGNORECASE,
)


# a list of capitalised names, when the gazetteer knows none of them
_NAME_LIST = re.compile(
    r"\W*(?P<items>(?-i:[A-ZА-ЯЁІЇЄҐ])[\w’'-]+(?:\s+(?-i:[A-ZА-ЯЁІЇЄҐ])[\w’'-]+)?"
    r"(?:(?:\s*,\s*|\s+(?:and|и|і|й|та)\s+)(?-i:[A-ZА-ЯЁІЇЄҐ])[\w’'-]+"
    r"(?:\s+(?-i:[A-ZА-ЯЁІЇЄҐ])[\w’'-]+)?)*)",
)


_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|и|і|й|та)\s+")


# an aside between a list marker and its members: ", according to X,"
_ASIDE = re.compile(r",\s[^,.;]{1,60},\s")


def _member_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """The settlements a list marker names: one claim, the count's side."""
    t = ctx.t
    if re.search(r"\w", t[: trig.start]):
        return  # the list opens its sentence
    names = [p.name for p in g.after_pl]
    end = max([g.clause[1]] + [p.end for p in g.after_pl])
    aside = _ASIDE.match(t, trig.end) if not names else None
    if aside is not None:
        # "Among them, the governor said, is X": the members past the aside
        after = [p for p in ctx.places if p.start >= aside.end()]
        names = [p.name for p in after]
        end = max([end] + [p.end for p in after])
    if not names:
        m = _NAME_LIST.match(t, trig.end)
        names = _ITEM_SPLIT.split(m.group("items")) if m else []
        end = max(end, m.end() if m else 0)
    if (
        not names
        or g.gainer is None
        or ctx.st.sentence_no - ctx.st.last_count_at not in (0, 1)
    ):
        return  # not the members of a count told just before
    trig.used = True
    ctx.out.append(
        ctx.make(
            "settlement_control",
            trig.start,
            (trig.start, end),
            trig,
            g.gainer,
            names,
            negated=g.neg,
            members=True,
        )
    )


def date_members(new: list[Any], st: Any) -> None:
    """Give the members of a count the time of the count (``new`` are one
    sentence's dated claims); remember the sentence's last count."""
    for c in new:
        count = st.last_count
        if c.extra.get("members") and c.period_text is None and count is not None:
            c.period_text = count.period_text
            c.period_start, c.period_end = count.period_start, count.period_end
            c.cumulative = count.cumulative
        if c.extra.get("settlements_count"):
            st.last_count = c
