"""Settlement claims: a named settlement taken or lost, and counts of
settlements ("liberated five villages")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any

from ...model import Place
from .. import lexicon as lx
from ..anaphora import SETTLEMENT_NOM
from ..context import (
    SentenceContext,
    _blocked,
    _clause_of,
    _gainer_for,
    _partial,
    continued_place,
    continued_side,
    last_settlement,
    pointed_place,
)
from ..fastre import folded
from ..lang import en, ru, uk
from ..numbers import number_before, word_value
from ..sides import concrete, opposite, side_mentions
from ..toponyms import PlaceMention
from .advance import ground_distance

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
    for m in lx.COUNT_NOUN.finditer(t):
        num = _count_number(ctx, m) or _total_after(ctx, m)
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
    lookalike = ctx.lookalike
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
    if (
        lookalike
        and lookalike.start() < m.end() + 40
        and lookalike.start() > m.start() - 60
    ):
        return True
    if re.search(
        r"(?:of|from|in|near)\s*$", t[max(0, num.start - 8) : num.start]
    ) and not re.search(
        r"\btotal\s+of\s+$|"  # "captured a total of 34 villages"
        r"(?:control|capture|liberation|seizure|occupation|контроль|"
        r"звільнення|освобождение)\s+(?:of\s+)?$|"
        r"(?:withdr\w+|retreat\w*|pull\w* (?:out|back)|driven out|forced out|"
        r"expelled|ousted|pushed out)\s+(?:of\s+|from\s+)$",
        t[max(0, num.start - 30) : num.start],
        re.IGNORECASE,
    ):
        return True
    return False


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
    clause = ctx.clause_span(m.start())
    seg = (min(clause[0], trig.start), max(clause[1], trig.end))
    pl = [p.name for p in ctx.places if seg[0] <= p.start < seg[1]]
    # "по два населенных пункта в ДНР и Запорожской области", "two villages
    # each in X and Y": the count holds in every place named
    each = re.search(r"(?<![\w])по\s+$", t[max(0, num.start - 4) : num.start])
    each = each or re.match(r"\s+each\b", t[m.end() : m.end() + 6])
    ctx.st.last_count_at = ctx.st.sentence_no
    for group in [[name] for name in pl] if each and len(pl) > 1 else [pl]:
        ctx.out.append(
            ctx.make(
                "settlement_control",
                num.start,
                seg,
                trig,
                gainer,
                group,
                settlements_count=int(num.value),
                negated=ctx.negated_near(trig, clause),
                holding=trig.family == "hold" or None,
            )
        )


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


def _more_counts(ctx: SentenceContext, m: re.Match[str], trig: Any) -> None:
    """Counts of the same settlements told on after ``m`` without the noun."""
    t = ctx.t
    end = m.end()
    nxt = lx.COUNT_NOUN.search(t, end)
    limit = nxt.start() if nxt else len(t)
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


_GROUND = re.compile(
    r"\b(?:ground|territory|territories|positions?|lines?|land|areas?)\b|"
    r"(?<![\w])(?:територі\w+|позиці\w+|рубеж\w*|территори\w+|позици\w+)(?![\w])",
    re.IGNORECASE,
)


_BY_DISTANCE = re.compile(r"\s+(?:на|by)\s+", re.IGNORECASE)
_NEW_POSITIONS = re.compile(
    r"(?:to|towards?) (?:\W?(?:new|more|better) )?(?:defen[cs]ive |defen[cs]e |"
    r"prepared |favou?rable |advantageous |safer )?\W?(?:positions|lines?)|"
    r"на (?:нові|новые|більш|более) \w*\s*(?:позиції|позиции|рубежі|рубежи)|"
    # a retreat by a distance, the town only locating it: "отошли на 2 км
    # западнее X", "відійшли на кілометр від X"
    r"на (?:\d[\d,.]*|[\w-]+) (?:км|кілометр\w*|километр\w*|м|метр\w*|"
    r"сотн\w+ метр\w*)\s+(?:західніше|східніше|північніше|південніше|"
    r"западнее|восточнее|севернее|южнее|від|от|назад)(?![\w])|"
    # "отошли на заранее подготовленные позиции", "на запасні рубежі"
    r"на (?:(?:заранее|заздалегідь|завчасно|підготовлен\w*|подготовленн\w*|"
    r"запасн\w*|вигідн\w*|выгодн\w*|оборонн\w*|резервн\w*)\s+){1,3}"
    r"(?:позиції|позиции|рубежі|рубежи)",
    re.IGNORECASE,
)


# a withdrawal by a distance away from a place, which it did not leave:
# "отошли на 500 метров от X", "fell back 2 km from X"
_AWAY_FROM = re.compile(
    r"(?:км|km|метр\w*|кілометр\w*|километр\w*|metres|meters|miles?)\s+"
    r"(?:от|від|from)\s+$",
    re.IGNORECASE,
)


# the object of a capture/withdrawal verb is positions or lines, whatever the
# lower-case modifiers ("a small number of forward positions", "более
# выгодные рубежи", "с ряда позиций") or a side's name ("Ukrainian positions",
# "Russian trenches"): movement, not a settlement
_POSITIONS_OBJECT = re.compile(
    r"\s*(?:(?i:from|out of|з|із|зі|из|с|со)\s+)?"
    r"(?:(?!(?i:village|town|city|settlement|hamlet|locality|сел|міст|город|"
    r"посел|населен|селищ|(?:to|towards|into|на|до|к|в|у)\s))"
    r"(?:[a-zа-яіїєґё][\w’'-]*|Russian|Ukrainian)\s+){0,5}?"
    r"(?i:positions|lines|(?:tree|trench) ?lines?|treelines?|trenches|strongholds|"
    r"(?:forest|wood) ?(?:belts?|lines?)|woodlines?|strongpoints?|heights?|"
    r"позиці\w*|позици\w*|рубеж\w*|посадк\w*|окоп\w*|"
    r"опорн\w+ пункт\w*|опорник\w*|лісосмуг\w*|лісопосадк\w*|лесополос\w*|"
    r"висот\w*|высот\w*|будин(?:ки|ків|ок)|будівл\w*|здани[яей]\w*|"
    # a bridgehead taken is ground, not a settlement: "захопили плацдарм"
    r"плацдарм\w*)(?![\w’'])"
)
# a distance taken back is ground: "відвоювали 800 метрів біля X",
# "отвоевали километр", "won back 500 metres" (rules/advance.ground_distance)
_DISTANCE_OBJECT = re.compile(
    r"\s*(?:(?:about|some|roughly|nearly|almost|up to|another|приблизно|близько|"
    r"ще|около|почти|еще|ещё|до)\s+)?(?:[\d.,]+|[\w-]+)\s*(?:км|km|метр\w*|"
    r"кілометр\w*|километр\w*|kilomet\w*|metres|meters|miles?)(?![\w])",
    re.IGNORECASE,
)
# the edge of a town: "the eastern outskirts of X", "X's outskirts"
_OUTSKIRTS = re.compile(
    r"\boutskirts\b|(?<![\w])(?:окраїн|окраин|околиц)", re.IGNORECASE
)
_OUTSKIRTS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?outskirts\b", re.I)
# local ground inside a town, taken in a sentence naming no place: "took back
# two streets", "retook several houses" (English: the uk/ru words also name
# homes hit by strikes and quarters of a year)
_LOCAL_GROUND = re.compile(
    r"\s*(?:back\s+)?(?:(?:the|a|two|three|four|five|several|a few|few|some|"
    r"more|\d+|last|remaining|first|nearby)\s+){0,2}"
    r"(?:streets|houses|buildings|(?:city\s+)?blocks)\b",
    re.IGNORECASE,
)


_UNNAMED_SETTLEMENT = re.compile(
    r"\s+(?:(?:a|an|another|one more|the|a further|a key|a strategic|a small|"
    r"a frontline|a front-line)\s+)?(?:(?:small|key|strategic|frontline|"
    r"front-line|border|eastern|southern|northern|western|Ukrainian|Russian)\s+)?"
    r"(?:village|town|settlement|hamlet|locality)\s+(?:in|of|near)\b|"
    # no count: "retook several villages in the Kherson region"
    r"\s+(?:(?:several|dozens of|scores of|a number of|some|more|many|further|"
    r"a few|a handful of|a string of|a series of|other)\s+)?(?:(?:small|key|"
    r"strategic|frontline|front-line|border)\s+)?(?:villages|towns|settlements|"
    r"hamlets|localities)\s+(?:in|of|near)\b|"
    r"\s+(?:ще (?:одне |один )?)?(?:село|селище|населений пункт|місто)\s+"
    r"(?:на|в|у|біля)\s|"
    r"\s+(?:ещё |еще )?(?:один |одно )?(?:село|поселок|населенный пункт|город)\s+"
    r"(?:в|на|под|у)\s|"
    # no count: "окупували кілька сіл у X", "освободили ряд населенных пунктов
    # в X"
    r"\s+(?:ще\s+|ещё\s+|еще\s+)?(?:кілька|декілька|низку|ряд|десятки|"
    r"несколько|множество)\s+(?:[\w’'ʼ-]+\s+)?(?:сіл|селищ|населених\s+пунктів|"
    r"сел|сёл|поселков|населенных\s+пунктов|населённых\s+пунктов|деревень)\s+"
    r"(?:на|в|у|біля|под|возле)\s",
    re.IGNORECASE,
)


_NEAR_BEFORE = re.compile(
    r"(?:\b(?:near|around|outside|close to|north of|south of|east of|west of|"
    # "fell back toward X": X is where the line moved to, not a place lost
    r"toward|towards|in the direction of)|"
    r"(?<![\w])(?:біля|поблизу|під|около|под|возле|неподалік|недалеко от|"
    r"в бік|у бік|в сторону|у напрямку|в напрямку|в направлении|в районе|"
    r"в районі|у районі|(?:з|із|зі|из) район\w*))\s+"
    r"(?:the\s+)?(?:(?:village|town|city|settlement)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_NEAR_BEFORE = folded(_NEAR_BEFORE)  # speed: a case-folded twin (same matches)


_LIST_JOIN = re.compile(r"\s*(?:,|and|та|і|й|и)\s*", re.IGNORECASE)


# where a withdrawal went, not what it left: "fell back to X", "відійшли до
# X", "отошли к X" (the line moved back toward X: an advance of the other side)
_TO_BEFORE = re.compile(
    r"(?:\b(?:to|as far as)|(?<![\w])(?:до|к|ко))\s+"
    r"(?:the\s+)?(?:(?:village|town|city|settlement)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def _all_near(t: str, settlements: list[Any], also: Any = None) -> bool:
    """Whether every place is only a neighbourhood ("near X and Y", "з районів
    X та Y"): a place joined by "and" to a near one is near too. ``also``: a
    pattern of more words that make a place only a neighbourhood."""
    prev = None
    for p in settlements:
        before = t[max(0, p.start - 30) : p.start]
        near = (
            _NEAR_BEFORE.search(before)
            or (also is not None and also.search(before))
            or (prev is not None and _LIST_JOIN.fullmatch(t, prev.end, p.start))
        )
        if not near:
            return False
        prev = p
    return True


# an explainer headline ("Why Russia's slow advance on X is so costly", "How
# Ukraine held Y", "Чому …", "Почему …") asks, it reports no change
_WHOLE_ZONE = re.compile(
    r"\b(?:complet(?:ed|es|e|ion of)|entire|whole|all of|zone of responsibility)\b|"
    r"(?<![\w])(?:заверш\w+|закінчи\w+|закінчен\w*|зоні відповідальності|"
    r"зоне ответственности|всю|всей|всієї|повністю|полностью)(?![\w])",
    re.IGNORECASE,
)


_ENTIRE = re.compile(
    r"\b(?:entire(?:ty)?|whole|all of|completely|fully|complet(?:ed|es|e|ion of)|"
    r"full)\b|(?<![\w])(?:всю|всей|вся|весь|уся|увесь|"
    r"всієї|всю|повністю|полностью|цілком)(?![\w])",
    re.IGNORECASE,
)


# a share of a region right after the verb: "most of the X region",
# "large parts of X Oblast", "більшу частину Харківщини", "часть Курской области"
_REGION_SHARE = re.compile(
    r"\s+(?:(?:from|out of|of|over|з|із|из|с|над)\s+)?(?:the\s+)?(?:(?:most|much|part|"
    r"parts|bulk|half|rest|remainder|majority|remnants|(?:(?:a|the)\s+)?(?:large|"
    r"larger|significant|substantial|considerable|big|major|small)\s+(?:parts?|"
    r"portions?|chunks?|swathes?|swaths?|areas?|share)|swathes?|swaths?|"
    r"remaining\s+parts?)\s+of\s+(?:the\s+)?|"
    r"(?:більш\w*\s+|значн\w*\s+|велик\w*\s+|решт\w*\s+)?частин\w*\s+|"
    r"(?:больш\w*\s+|значительн\w*\s+|остальн\w*\s+)?част[ьи]\s+|"
    r"решту\s+|остаток\s+|половину\s+|(?:\w+\s+)?(?:участк|ділянк)\w*\s+)"
    r"(?:території\s+|территории\s+)?"
    r"(?-i:[A-ZА-ЯІЇЄҐ])",
    re.IGNORECASE,
)


# a capture by driving the other side out: out of a region it is region-level
_OUSTING = re.compile(
    r"(?:pushed|drove|driven|forced|kicked|knocked|ousted|expelled|dislodged|"
    r"evicted)$|(?:вибил|выбил|витісни|вытесни|выдавил)\w*$",
    re.IGNORECASE,
)


_GROUND = folded(_GROUND)


_ENTIRE = folded(_ENTIRE)


_APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:(?:which|that|які|яке|який|яку|которое|который|которую|которые)\s+"
    r"(?:[\w'’-]+\s+){1,6})?$"
)


_SHARE_OF_BEFORE = re.compile(
    r"\b(?:most|much|the bulk|(?:about |nearly |over )?half|a third|two-thirds|"
    r"the majority) of (?:the|these|those|this|that|its|their) (?:ground|gains|"
    r"territory|land|area)\b|(?<![\w])(?:більшість|більша частина|большая часть|"
    r"большинство) (?:цієї |этой |этих )?(?:територі\w+|территори\w+|площ\w+)",
    re.IGNORECASE,
)


_COORDINATED = re.compile(
    r"\b(?:and|і|та|й|и)\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE
)


# "not a single settlement", "жодного населеного пункту", "ни одного села":
# the object of a denied capture or loss is every settlement at all
_NOT_ONE = re.compile(
    r"\s+(?:(?:a single|any|one|even one|not one|not a single)\s+(?:[\w-]+\s+)?"
    r"(?:village|town|city|settlement|locality|hamlet)s?\b|"
    r"(?:жодного|жодної|жодне|ні одного|ні однієї|ни одного|ни одной|ни единого)"
    r"\s+(?:\w+\s+)?(?:населен\w+|сел\w*|міст\w*|город\w*|посел\w*|селищ\w*)"
    r"(?![\w]))",
    re.IGNORECASE,
)


# "either place", "both towns", "neither of them": the last two places named
_BOTH_PLACES = re.compile(
    r"\b(?:either|both|neither)\s+(?:of\s+(?:them|the\s+\w+)|(?:place|village|"
    r"town|settlement|localit(?:y|ie))s?)\b",
    re.IGNORECASE,
)


# a side that denies or does not confirm a capture is not its taker:
# "Ukraine's General Staff called the claim of the capture of X a lie",
# "Kyiv did not confirm the capture of X"
_DENIAL_VERB = re.compile(
    r"\b(?:denied|denies|deny|dismissed|rejected|refuted|called|"
    r"(?:did|does|has|have) not confirm(?:ed)?)\b|"
    r"(?<![\w])(?:спростува\w*|спростову\w*|заперечи\w*|заперечу\w*|назва\w*|"
    r"не підтверди\w*|не підтверджу\w*|опроверг\w*|опровер\w*|отрица\w*|"
    r"не подтверди\w*|не подтвержда\w*)(?![\w])",
    re.IGNORECASE,
)
_CAPTURE_NOUN = re.compile(
    r"capture|seizure|fall|taking|взят|захопл|захват|оволодін|овладени",
    re.IGNORECASE,
)


def _denier_is_not_taker(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int], gainer: str | None
) -> str | None:
    """The gainer of a denied capture noun whose subject is the denier."""
    if gainer is None or not _CAPTURE_NOUN.match(trig.text):
        return gainer
    t = ctx.t
    for den in _DENIAL_VERB.finditer(t, clause[0], trig.start):
        for sm in ctx.mentions:
            if clause[0] <= sm.start < den.start() and not sm.after_preposition:
                side = concrete(sm.side, ctx.perspective)
                if side == gainer:
                    return opposite(side) or gainer
    return gainer


def _sentence_end(t: str, start: int, limit: int) -> int:
    m = re.search(r"[.;]\s", t[start:limit])
    return start + m.start() if m else limit


def _approx_word(text: str) -> str | None:
    m = re.search(
        r"\b(?:at least|more than|nearly|almost|about|over|some|"
        r"roughly|around)\b",
        text,
        re.I,
    )
    return m.group(0).lower() if m else None


# a river bank taken or left: "the right bank of the Dnipro", "правобережжя
# Херсонщини", "с правого берега Днепра"
_BANK = re.compile(
    r"\W*(?:(?-i:[a-zа-яіїєґё’'-]+)\s+){0,4}?(?:(?:right|left|east(?:ern)?|"
    r"west(?:ern)?)"
    r"\s+bank\b|правобережж\w*|лівобережж\w*|правобережь\w*|левобережь\w*|"
    r"(?:прав|лів|лев|восточн|західн|східн|западн|противоположн|протилежн)\w+"
    r"\s+берег\w*)",
    re.IGNORECASE,
)


def _whole_region(
    make: Any, trig: Any, span: Any, gainer: Any, regions: list[Any], neg: bool
) -> Any:
    """The trigger's claim on whole regions: an area change with no figure
    ("liberated the Kharkiv region", "the entire Kherson oblast")."""
    return make(
        "area_change",
        trig.start,
        span,
        trig,
        gainer,
        [p.name for p in regions],
        negated=neg,
        region_level=True,
    )


# a time of its own after each item of a list that shares one verb: "took X in
# February, Y in October and much of Z by late December"
_MONTHS = f"(?:{en.MONTHS})"
_ITEM_DATE = re.compile(
    r"\b(?:in|by|on|since|during)\s+(?:(?:early|late|mid-?)\s*)?" + _MONTHS + r"\b|"
    r"(?<![\w])(?:у|в|во|до|наприкінці|на початку|в конце|в начале|к концу)\s+"
    r"(?:січн|лют|березн|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|"
    r"грудн|январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|"
    r"ноябр|декабр)\w*",
)


_ITEM_SEP = re.compile(r"\s*(?:,\s*(?:(?:and|а|і|и|та)\s+)?|\s(?:and|а|і|й|и|та)\s+)")


_ITEM_LEAD = re.compile(
    r"(?:(?:much|most|part|parts|all|the rest) of\s+|(?:частину|часть|більшу частину|"
    r"большую часть)\s+)?(?:(?:the )?(?:village|town|city) of\s+|"
    rf"(?:{SETTLEMENT_NOM})\s+)?"
)


# a longer "list" is a table or hostile input: one claim, linear time
_MAX_DATED_ITEMS = 12


def _more_dated_items(
    ctx: SentenceContext, items: list[Any], b: int
) -> tuple[list[Any], int]:
    """Items a dated list goes on with after the claim's end ("…, Y in May")."""
    t = ctx.t
    items = list(items)
    while len(items) <= _MAX_DATED_ITEMS:
        last = items[-1]
        date = _ITEM_DATE.search(t, last.end, min(len(t), last.end + 30))
        if date is None or not re.fullmatch(r"[\s\w-]*", t[last.end : date.start()]):
            return items, b
        sep = _ITEM_SEP.match(t, date.end())
        if sep is None:
            return items, b
        lead = _ITEM_LEAD.match(t, sep.end())
        pos = lead.end() if lead else sep.end()
        nxt = next(
            (p for p in ctx.places if p.start in (sep.end(), pos) and not p.region),
            None,
        )
        if nxt is None or not _ITEM_DATE.search(t, nxt.end, min(len(t), nxt.end + 30)):
            return items, b
        items.append(nxt)
        after = _ITEM_DATE.search(t, nxt.end, min(len(t), nxt.end + 30))
        b = max(b, after.end() if after else nxt.end)
    return items, b


def _split_dated_items(ctx: SentenceContext, claims: list[Any]) -> list[Any]:
    """One claim per list item when each item carries its own time."""
    t, base = ctx.t, ctx.s.start
    out: list[Any] = []
    if not any(c.kind == "settlement_control" for c in claims):
        return claims
    ordered = sorted(ctx.places, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    for c in claims:
        if c.kind != "settlement_control":
            out.append(c)
            continue
        a, b = c.char_start - base, c.char_end - base
        names = {p.name for p in c.places}
        items = [
            p
            for p in ordered[bisect_left(starts, a) : bisect_left(starts, b)]
            if p.name in names and not p.region
        ]
        complete = len(items) == len(c.places)
        if c.kind == "settlement_control" and items and complete:
            items, b = _more_dated_items(ctx, items, b)
        if (
            c.kind != "settlement_control"
            or not 2 <= len(items) <= _MAX_DATED_ITEMS
            or not complete
            or not all(
                _ITEM_DATE.search(t, x.end, y.start)
                for x, y in zip(items, items[1:], strict=False)
            )
            or not _ITEM_DATE.search(t, items[-1].end, b)
        ):
            out.append(c)
            continue
        lo = a
        for i, p in enumerate(items):
            hi, nxt = b, b
            if i + 1 < len(items):
                nxt = items[i + 1].start
                date = _ITEM_DATE.search(t, p.end, nxt)
                sep = _ITEM_SEP.search(t, date.end() if date else p.end, nxt)
                hi, nxt = (sep.start(), sep.end()) if sep else (nxt, nxt)
            piece = t[lo:hi].rstrip(" ,;.")
            extra = dict(c.extra)
            if i:
                extra["_anchor"] = p.start  # the item's own time follows it
            out.append(
                replace(
                    c,
                    places=[Place(name=p.name)],
                    quote=piece,
                    char_start=base + lo,
                    char_end=base + lo + len(piece),
                    extra=extra,
                )
            )
            lo = nxt
    return out


def settlement_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``."""
    first = len(ctx.out)
    _settlement_claims(ctx)
    ctx.out[first:] = _split_dated_items(ctx, ctx.out[first:])


@dataclass
class _Target:
    """What one capture trigger acts on: its clause, segments and places."""

    clause: tuple[int, int]
    nxt: int
    seg_before: tuple[int, int]
    seg_after: tuple[int, int]
    after_pl: list[PlaceMention]
    before_pl: list[PlaceMention]
    obj: list[PlaceMention]
    appos: PlaceMention | None
    settlements: list[PlaceMention]
    regions: list[PlaceMention]
    tail: str
    gainer: str | None
    neg: bool
    span: tuple[int, int]


def _settlement_claims(ctx: SentenceContext) -> None:
    """The claims of a named settlement taken or lost in ``ctx``'s sentence."""
    cap_trigs = [tr for tr in ctx.captures if not tr.used]
    for trig in cap_trigs:
        if _skipped(ctx, trig):
            ctx.drop(trig, "question" if ctx.question else "skipped")
            continue
        g = _target(ctx, trig)
        if _MEMBERS.match(trig.text):
            _member_claims(ctx, trig, g)
            ctx.drop(trig, "members")  # (no drop when it made a claim)
            continue
        if (
            _region_claims(ctx, trig, g)
            or _unnamed_claims(ctx, trig, g)
            or _ground_claims(ctx, trig, g)
            or _withdraw_claims(ctx, trig, g)
            or _named_claims(ctx, trig, g)
        ):
            continue
        _anaphora_claims(ctx, trig, g)
        if not trig.used:
            _pointed_claims(ctx, trig, g)
        if not trig.used:
            _pronoun_claims(ctx, trig, g)
        if not trig.used:
            ctx.drop(trig, "no-place")
    for trig in cap_trigs:
        if trig.used and _ENTERED_WORD.match(trig.text):
            # "зашли в X и закрепились в южной части": the digging in is the
            # same capture in part, no advance of its own
            for tr in ctx.trigs:
                if (
                    tr.family == "advance"
                    and tr.start > trig.end
                    and _DUG_IN_WORD.match(tr.text)
                ):
                    tr.used = True


_ENTERED_WORD = re.compile(r"(?:вош|заш|увійш|зайш)", re.IGNORECASE)
_DUG_IN_WORD = re.compile(r"(?:закрепи|закріпи)", re.IGNORECASE)


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


def _member_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """The settlements a list marker names: one claim, the count's side."""
    t = ctx.t
    if re.search(r"\w", t[: trig.start]):
        return  # the list opens its sentence
    names = [p.name for p in g.after_pl]
    end = max([g.clause[1]] + [p.end for p in g.after_pl])
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


def _skipped(ctx: SentenceContext, trig: Any) -> bool:
    """Whether capture trigger ``trig`` makes no claim of its own."""
    t = ctx.t
    if trig.text.lower() == "changed hands":
        return True  # only with a figure: "725 sq km changed hands"
    if ctx.question or _blocked(t, trig, ctx.lang):
        return True
    if lx.LAND_LOOKALIKE.search(t) and re.search(
        r"\b(?:which|that|where)\s+(?:was|were|had been|has been)\s+$|"
        r"(?<![\w])(?:який|яке|яка|які|который|которое|которая|которые)\s+"
        r"(?:\w+\s+)?$",
        t[max(0, trig.start - 30) : trig.start],
    ):
        return True  # "farmland near X, which was liberated in 2022": history
    return False


# a flag raised over a place: whose flag it is ("український прапор", "флаг
# России", "the Russian flag"), else who raised it ("ВСУ установили флаг")
_FLAG_WORD = re.compile(r"(?<![\w])(?:прапор\w*|флаг\w*|flags?)(?![\w])", re.I)
_RAISED_BY = re.compile(r"(?:ли|ют|ут|ят|ed)$", re.I)


def _flag_side(ctx: SentenceContext, trig: Any, clause: tuple[int, int]) -> str | None:
    """The side gaining the place a flag is raised over, or None."""
    t = ctx.t
    flag = _FLAG_WORD.search(t, max(clause[0], trig.start - 40), trig.end + 30)
    if flag is None:
        return None
    sides = [
        m
        for m in ctx.mentions
        if m.side in ("UA", "RU", "WE", "ENEMY")
        and (0 <= flag.start() - m.end <= 2 or 0 <= m.start - flag.end() <= 2)
    ]
    if not sides and _RAISED_BY.search(trig.text):
        sides = [
            m
            for m in ctx.mentions
            if clause[0] <= m.start < trig.start
            and not m.after_preposition
            and m.side in ("UA", "RU", "WE", "ENEMY")
        ][-1:]
    for m in sides:
        side = concrete(m.side, ctx.perspective)
        if side:
            return side
    return None


# a place declared one side's again: "X is Ukrainian again", "Колоски знову
# наші", "X снова российская" (the side word is inside the trigger)
_DECLARED = re.compile(
    r"(?:(?:once )?again |once more |знову? |снова |вновь |опять )?"
    r"(?:(ukrainian|україн\w*|украин\w*)|(russian|російськ\w*|российск\w*)|"
    r"(наш\w*))(?: (?:once )?again| once more)?",
    re.IGNORECASE,
)


_AGAIN_WORDS = ("again", "once", "знов", "снова", "вновь", "опять")


def _declared_side(ctx: SentenceContext, trig: Any) -> str | None:
    """The side a place is declared to belong to again, or None."""
    low = trig.text.lower()
    if not low.startswith(_AGAIN_WORDS) and not low.endswith(("again", "more")):
        return None
    m = _DECLARED.fullmatch(trig.text)
    if m is None:
        return None
    if m.group(3):
        return ctx.perspective or {"uk": "UA", "ru": "RU"}.get(ctx.lang)
    return "UA" if m.group(1) else "RU"


# a place that fell, as the subject before its verb: "Зорівка впала", "X не
# пала" (the withdraw family: a loss for the side telling it)
# (and a place declared lost or denied to have fallen: "X не втрачена", "X
# did not fall", "X never fell", "X is gone")
_FELL = re.compile(
    r"(?:впа|упа|па)(?:в|ла|ло|ли)$|fallen$|fell$|fall$|lost$|gone$|"
    r"втрачен\w*$|зда(?:ли|в|ла)$",
    re.IGNORECASE,
)
# a verb whose object stood first ("Зорівку ворог так і не взяв."): the
# place before it is what it took
_OBJECT_FIRST = re.compile(r"(?:взя|узя)(?:ли|в|ла)$", re.IGNORECASE)


# a place's fall told with the place as subject ("X fell", "X has fallen",
# "X is lost", "X is gone"), and a side that only tells it ("Moscow says",
# "Kyiv admits that", "росіяни кажуть, що")
_PLACE_LOST = re.compile(r"fell|fallen|lost|gone|(?:впа|упа)(?:в|ла|ло|ли)", re.I)
_TELLS = re.compile(
    r"[\w’'-]*\W{0,3}(?:\w+\s+){0,2}?(?:says?|said|insists?|insisted|claims?|"
    r"claimed|admits?|admitted|reports?|reported|announced|confirms?|confirmed|"
    r"кажуть|каже|заяви\w*|заявля\w*|стверджу\w*|визна\w*|повідоми\w*|"
    r"говор\w*|утвержда\w*|признал\w*|сообщи\w*)\b",
    re.IGNORECASE,
)


# an object announced as a list after a colon
_LIST_AHEAD = re.compile(
    r"[^:.;!?]{0,40}?\b(?:the following|these|such)\b[^:.;!?]{0,40}:\s*|"
    r"[^:.;!?]{0,40}?(?<![\w])(?:такі|таких|таке|наступн\w+|следующ\w+|таки[ех]|"
    r"ці|цих|эти|этих)(?![\w])[^:.;!?]{0,40}:\s*",
    re.IGNORECASE,
)


def _target(ctx: SentenceContext, trig: Any) -> _Target:
    """The clause, segments, places, gainer and negation of ``trig``: a
    recipe of the steps below (segments, object, gainer, span)."""
    clause = ctx.clause_span(trig.start)
    prv, nxt = _neighbours(ctx.trigs, trig, len(ctx.t))
    seg_after = (trig.end, min(clause[1], nxt))
    seg_before = (max(clause[0], prv), trig.start)
    seg_after, after_pl = _after_places(ctx, trig, seg_after, nxt)
    before_pl = [p for p in ctx.places if seg_before[0] <= p.start < seg_before[1]]
    obj, appos = _object(ctx, trig, clause, after_pl, before_pl)
    settlements = [p for p in obj if not p.region]
    gainer, neg = _gainer_and_negation(ctx, trig, clause)
    span = (
        min(
            seg_before[0] if trig.passive or not settlements else trig.start,
            trig.start,
        ),
        max(seg_after[1], trig.end),
    )
    if appos is not None:
        span = (appos.start, max(seg_after[1], trig.end))
    return _Target(
        clause,
        nxt,
        seg_before,
        seg_after,
        after_pl,
        before_pl,
        obj,
        appos,
        settlements,
        [p for p in obj if p.region],
        ctx.t[trig.end : seg_after[1]],
        gainer,
        neg,
        span,
    )


def _neighbours(trigs: list[Any], trig: Any, n: int) -> tuple[int, int]:
    """The end of the movement trigger before ``trig`` (0: none) and the start
    of the one after it (``n``, the sentence length: none)."""
    prv = max(
        [
            tr.end
            for tr in trigs
            if tr.end <= trig.start and tr.family in ("capture", "withdraw", "advance")
        ],
        default=0,
    )
    nxt = min(
        [
            tr.start
            for tr in trigs
            if tr.start > trig.start
            and tr.family in ("capture", "withdraw", "advance", "stall")
        ],
        default=n,
    )
    return prv, nxt


def _after_places(
    ctx: SentenceContext, trig: Any, seg_after: tuple[int, int], nxt: int
) -> tuple[tuple[int, int], list[PlaceMention]]:
    """The segment after ``trig`` and its places; with none in its clause, a
    list announced after a colon ("майорить у таких селах: X, Y", "liberated
    the following villages: X, Y") is the object."""
    t, places = ctx.t, ctx.places
    after_pl = [p for p in places if seg_after[0] <= p.start < seg_after[1]]
    ahead = _LIST_AHEAD.match(t, trig.end) if not after_pl else None
    if ahead is None:
        return seg_after, after_pl
    stop = re.compile(r"[.;!?]").search(t, ahead.end())
    seg_after = (trig.end, min(stop.start() if stop else len(t), nxt))
    return seg_after, [p for p in places if ahead.end() <= p.start < seg_after[1]]


def _object(
    ctx: SentenceContext,
    trig: Any,
    clause: tuple[int, int],
    after_pl: list[PlaceMention],
    before_pl: list[PlaceMention],
) -> tuple[list[PlaceMention], PlaceMention | None]:
    """The places ``trig`` acts on, and the place put first that the claim's
    quote starts at (None: none). The places after an active trigger, before a
    passive one; else a topic before it, else an appositive's head."""
    if trig.passive and before_pl:
        obj = before_pl
    else:
        obj = after_pl or []
    appos = None
    if not after_pl and not trig.passive and before_pl:
        topic = _topic_before(ctx, trig, clause, before_pl)
        obj = [topic] if topic is not None else obj
        appos = topic  # the claim's quote starts at the place put first
    if not [p for p in obj if not p.region]:
        appos = _appositive(ctx, trig, appos)
        if appos is not None:
            obj = [appos]
    return obj, appos


def _appositive(ctx: SentenceContext, trig: Any, appos: Any) -> Any:
    """The place an appositive clause of ``trig`` hangs on ("Avdiivka,
    abandoned by Ukraine in February", "Vuhledar, which Kyiv's troops left in
    October"): None if no place ends where it starts; ``appos`` when there
    is no such clause."""
    t = ctx.t
    m_app = _APPOSITIVE_BEFORE.search(t, max(0, trig.start - 60), trig.start)
    if not m_app:
        return appos
    return next(
        (p for p in ctx.places if p.end == m_app.start() and not p.region), None
    )


def _topic_before(
    ctx: SentenceContext,
    trig: Any,
    clause: tuple[int, int],
    before_pl: list[PlaceMention],
) -> Any:
    """The place before an active trigger with no place after it that is its
    object (None: none): a topic, the object of an impersonal form, the
    subject of a predicate participle, or a place that fell."""
    t, last = ctx.t, before_pl[-1]
    topic = _topical_object(ctx, last, trig)
    if topic is not None:
        return topic
    if _IMPERSONAL.search(trig.text):
        # "Село Колоски було звільнено": the impersonal form's object
        # stands before it (not "біля X звільнено ...")
        near = _NEAR_BEFORE.search(t, max(0, last.start - 30), last.start)
        common = lx.SETTLEMENT_NOUN.fullmatch(last.name)  # "Город освобожден"
        return None if near or last.region or common else last
    if _PARTICIPLE.search(trig.text) and _PARTICIPLE_GAP.fullmatch(
        t, last.end, trig.start
    ):
        return _participle_subject(ctx, before_pl, clause)
    if (
        trig.family == "withdraw"
        and _FELL.fullmatch(trig.text)
        or trig.family == "capture"
        and _OBJECT_FIRST.fullmatch(trig.text)
    ) and not last.region:
        return last  # "Зорівка не впала": the place fell
    return None


def _gainer_and_negation(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int]
) -> tuple[str | None, bool]:
    """Who gained by ``trig`` (a flag or a declaration over the gainer the
    clause names) and whether it is denied (a denier is no taker)."""
    mentions = _untold_mentions(ctx, trig, clause)
    told = ctx.perspective if len(mentions) == len(ctx.mentions) else "UA"
    gainer = _gainer_for(ctx.t, trig, clause, mentions, ctx.st, told, ctx.lang)
    gainer = _flag_side(ctx, trig, clause) or _declared_side(ctx, trig) or gainer
    neg = ctx.negated_near(trig, clause) or _capture_denied(ctx, trig, clause)
    if neg:
        gainer = _denier_is_not_taker(ctx, trig, clause, gainer)
        gainer = _untaken_by_the_teller(ctx, trig, clause, gainer)
    return gainer, neg


# (English tells these with "no"/"never": context.negated_near)
_DENIED_BEFORE = {
    code: re.compile(mod.CAPTURE_DENIED_BEFORE, re.IGNORECASE)
    for code, mod in (("uk", uk), ("ru", ru))
}
_DENIED_AFTER = {
    code: re.compile(mod.CAPTURE_DENIED_AFTER, re.IGNORECASE)
    for code, mod in (("uk", uk), ("ru", ru))
}


def _capture_denied(ctx: SentenceContext, trig: Any, clause: tuple[int, int]) -> bool:
    """A capture noun told only to be denied: "ніякого захоплення X не було",
    "о взятии X речи не идет"."""
    before, after = _DENIED_BEFORE.get(ctx.lang), _DENIED_AFTER.get(ctx.lang)
    noun = trig.nominal or _ACT_NOUN.search(trig.text) or _CAPTURE_NOUN.match(trig.text)
    if before is None or after is None or not noun:
        return False
    t = ctx.t
    if before.search(t, max(clause[0], trig.start - 40), trig.start):
        return True
    places = [p for p in ctx.places if trig.end <= p.start < clause[1]]
    end = places[0].end if places else trig.end
    return after.match(t, end, clause[1]) is not None


def _untaken_by_the_teller(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int], gainer: str | None
) -> str | None:
    """The gainer of a capture denied outright ("Місто не захоплене", "the town
    has not been captured") that names no taker in its clause, told by a
    Ukrainian teller: Russia's (the claim a Ukrainian source denies is the
    other side's). A Russian teller denying a capture with no taker is as
    often cautious about its own side's claims ("информация о взятии X пока
    не подтверждается"), so its default stays."""
    own = ctx.perspective or ctx.st.own_side
    if gainer != own or own != "UA":
        return gainer
    if lx.PREMATURE.search(ctx.t, clause[0], clause[1]):
        return gainer  # a claim called premature keeps its side (lexicon)
    if any(clause[0] <= m.start < clause[1] for m in ctx.mentions):
        return gainer
    return opposite(own)


def _untold_mentions(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int]
) -> list[Any]:
    """The side mentions of the sentence, less those that only tell of a
    place's fall ("Moscow says X fell", "Kyiv admits X is lost"): the teller
    is no agent of it, nor its side the text's perspective on it (the place is
    its holder's loss, as a place that fell with nobody telling it)."""
    t, mentions = ctx.t, ctx.mentions
    subject = max(
        (p for p in ctx.places if clause[0] <= p.start and p.end <= trig.start),
        key=lambda p: p.start,
        default=None,
    )
    if subject is None or not (
        trig.family == "withdraw" and _PLACE_LOST.fullmatch(trig.text)
    ):
        return mentions
    return [
        m
        for m in mentions
        if not (m.start < subject.start and _TELLS.match(t, m.end, subject.start))
    ]


def _participle_subject(
    ctx: SentenceContext, before: list[Any], clause: tuple[int, int]
) -> Any:
    """The place a predicate participle after it was done to, or None.

    "Роботине вже звільнене", "Город X освобожден", "X была взята", "майже
    вся Харківська область деокупована" (a region only whole); a district
    after its settlement stays with it ("Роботине Пологівського району
    звільнене"); not a place after a preposition ("біля X звільнено") nor a
    common noun ("Город освобожден").
    """
    t = ctx.t
    subj = before[-1]
    if (
        subj.region
        and len(before) > 1
        and not before[-2].region
        and not t[before[-2].end : subj.start].strip()
    ):
        subj = before[-2]
    if (
        _PREP_END.search(t, max(0, subj.start - 8), subj.start)
        or _NEAR_BEFORE.search(t, max(0, subj.start - 30), subj.start)
        or lx.SETTLEMENT_NOUN.fullmatch(subj.name)
    ):
        return None
    if subj.region and not _ENTIRE.search(t, clause[0], clause[1]):
        return None
    return subj


_PREP_END = re.compile(
    r"(?<![\w])(?:на|в|у|біля|під|поблизу|возле|около|под|до|від|от|з|із|из|с)\s+$",
    re.IGNORECASE,
)
# an impersonal passive (uk "-но/-то", ru short neuter): "звільнено", "занято"
_IMPERSONAL = re.compile(r"(?-i:[а-яіїєґё]+(?:но|то))$")
# a short or predicative passive participle agreeing with the place before
# it: "Город X освобожден", "X была взята", "село захоплене", "Роботине вже
# звільнене", "деокупована" (not across a clause: "… в X ночью, мост уже
# потерян"; the impersonal "-но/-то" is _IMPERSONAL's)
_PARTICIPLE = re.compile(
    r"(?-i:[а-яіїєґё]+(?:[еаіё]н[аеіоы]?|ян[аы]?|ят[аеіы]?|ений|ятий))$"
)
_PARTICIPLE_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
# a place put first, then the subject and the verb (uk/ru word order):
# "Колоски ми залишили", "з Марівки вони вийшли", "Колоски окупанти захопили"
_TOPIC_HEAD = re.compile(r"(?:^|[\s«\"„“—–-])(?:(?:з|із|зі|из|с)\s+)?$", re.I)
_TOPIC_GAP = re.compile(r"\s+(?:\w+\s+)?$")


def _topical_object(ctx: SentenceContext, place: Any, trig: Any) -> Any:
    """``place`` when it is the object put before the subject of ``trig``."""
    t = ctx.t
    if place.region or not _TOPIC_HEAD.search(t, max(0, place.start - 6), place.start):
        return None
    subj = [m for m in ctx.mentions if place.end <= m.start and m.end <= trig.start]
    if len(subj) != 1 or subj[0].side not in ("UA", "RU", "WE", "ENEMY"):
        return None
    if (
        not _TOPIC_GAP.fullmatch(t, subj[0].end, trig.start)
        or t[place.end : subj[0].start].strip()
    ):
        return None
    return place


_PART_BEFORE = re.compile(
    r"(?:частин\w*|част(?:ь|и|ью)|part of(?: the)?)\s+$", re.IGNORECASE
)


def _part_of(t: str, place: Any) -> bool:
    """Whether ``place`` is written as a part of it ("західною частиною X")."""
    return _PART_BEFORE.search(t, max(0, place.start - 30), place.start) is not None


def _advance(ctx: SentenceContext, trig: Any, g: _Target, pl: list[str]) -> Any:
    """An advance claim of ``trig``, given its places ``pl`` (and how far the
    ground moved: ``advance.ground_distance``)."""
    dist = ground_distance(ctx, trig, g.span)
    return ctx.make(
        "advance",
        trig.start,
        g.span,
        trig,
        g.gainer,
        pl,
        negated=g.neg,
        sector=ctx.sector,
        distance_km=round(dist.value, 6) if dist else None,
        approx=dist.approx if dist else None,
    )


def _region_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """A denied change, a region-level claim or a passive ground advance: the
    first step below that fits makes the claim and uses ``trig``."""
    if not (
        _denied_change_claim(ctx, trig, g)
        or _region_share_claim(ctx, trig, g)
        or _passive_ground_claim(ctx, trig, g)
        or _region_left_claim(ctx, trig, g)
    ):
        return False
    trig.used = True
    return True


def _denied_change_claim(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """ "have not lost a single settlement": a denied change, no name."""
    if not (_NOT_ONE.match(g.tail) and (g.neg or re.match(r"\s+not\b", g.tail))):
        return False
    ctx.out.append(
        ctx.make(
            "settlement_control",
            trig.start,
            g.span,
            trig,
            g.gainer,
            [p.name for p in g.regions],
            negated=True,
        )
    )
    return True


def _region_share_claim(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """ "captured most of the Luhansk region", "звільнили частину
    Харківщини": a region-level claim without a figure."""
    if not (
        g.regions
        and not g.settlements
        and trig.family in ("capture", "withdraw")
        and _REGION_SHARE.match(g.tail)
    ):
        return False
    ctx.out.append(_whole_region(ctx.make, trig, g.span, g.gainer, g.regions, g.neg))
    return True


def _passive_ground_claim(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Ground taken in the passive ("ground was taken near X"): an advance."""
    head_txt = ctx.t[max(g.seg_before[0], trig.start - 40) : trig.start]
    if not (
        trig.passive
        and not g.settlements
        and _GROUND.search(head_txt)
        and not lx.SETTLEMENT_NOUN.search(head_txt)
    ):
        return False
    if _SHARE_OF_BEFORE.search(head_txt):
        # "Most of the ground was taken in Donetsk Oblast": where the
        # figure already reported fell, not a claim of its own
        return True
    pl = [p.name for p in g.after_pl + g.before_pl]
    if pl or ctx.sector:
        ctx.out.append(_advance(ctx, trig, g, pl))
    return True


_REGION_WORD = re.compile(
    r"\b(?:bank|region|oblast|province|district)\b|(?:берег|област|район)", re.I
)
_A_TOWN = re.compile(
    r"\b(?:village|town|city|settlement|locality|hamlet)\b|"
    r"(?<![\w])(?:сел|міст|город|населен|селищ|посел)",
    re.I,
)


def _region_left_claim(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """A region or its bank left or cleared, no settlement named: a
    region-level claim."""
    if not (
        (trig.family == "withdraw" or _OUSTING.match(trig.text))
        and not g.settlements
        and g.regions
        and _REGION_WORD.search(ctx.t[trig.end : g.seg_after[1]])
        and not _NEW_POSITIONS.search(g.tail)
        and not _A_TOWN.search(g.tail)
    ):
        return False
    ctx.out.append(_whole_region(ctx.make, trig, g.span, g.gainer, g.regions, g.neg))
    return True


# common nouns that open a uk/ru sentence before its verb: the subject or a
# total, no town ("Армия освободила ...", "Число освобожденных ... составило")
_NOT_A_TOWN = re.compile(
    r"(?:Армия|Армія|Войска|Війська|Число|Количество|Кількість|Общее|Загальна|"
    r"Всего|Усього|Итого|Бойцы|Бійці|Подразделения|Підрозділи|Штурмовики|"
    r"Военные|Військові|Военнослужащие|Силы|Сили|Группировка|Угруповання|"
    r"Противник|Ворог|Враг|Командование|Командування)$"
)


def _unnamed_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Take a capitalised word before ``trig`` as its settlement; claim an
    unnamed settlement in a region."""
    st = ctx.st
    t = ctx.t
    seg_before = g.seg_before
    if not g.settlements and not lx.SETTLEMENT_NOUN.search(
        t[seg_before[0] : g.seg_after[1]]
    ):
        lead = re.search(
            # (not the preposition before it: "Над Колосками встановлено")
            r"(?:^|\s|[\"“«])(?:(?:Над|Під|Под)\s+)?"
            r"((?-i:[A-ZА-ЯІЇЄҐ])[\w’'ʼ-]+(?:[ -](?-i:[A-ZА-ЯІЇЄҐ])"
            r"[\w’'ʼ-]+)?)(?:\s+(?:на|в|у|in|near|під|под)\s+[\w’'ʼ-]+)?"
            # its district: "Роботине Пологівського району звільнене"
            r"(?:\s+[\w’'ʼ-]+(?:ського|цького|зького|ского|цкого|ської|ской)\s+"
            r"(?:району|района|області|области|громади|округа))?"
            r"(?:\s+(?:was|were|is|has been|have been|had been|"
            r"повністю|полностью|completely|fully|finally|now|нарешті|"
            r"окончательно|остаточно))*\s*$",
            t[seg_before[0] : trig.start],
        )
        if (
            lead
            and lead.group(1) not in st.people
            and not side_mentions(lead.group(1), ctx.lang)
            and not _NOT_A_TOWN.match(lead.group(1))
        ):
            g.settlements = [
                PlaceMention(
                    seg_before[0] + lead.start(1),
                    seg_before[0] + lead.end(1),
                    lead.group(1),
                    False,
                )
            ]
            g.obj = g.settlements
    if (
        not g.settlements
        and g.regions
        and trig.family == "capture"
        and not trig.passive
        and _UNNAMED_SETTLEMENT.match(g.tail)
    ):
        # "capture village in Donetsk region": an unnamed settlement
        ctx.out.append(
            ctx.make(
                "settlement_control",
                trig.start,
                g.span,
                trig,
                g.gainer,
                [p.name for p in g.regions],
                negated=g.neg,
            )
        )
        trig.used = True
        return True
    return False


# "the territory" alone, closing its clause: the place just named
_THE_TERRITORY = re.compile(
    r"\s*(?:the\s+)?(?:territory|територію|территорию)\s*(?:[.;,!]|[—–-]|$)",
    re.IGNORECASE,
)


# ground, territory or positions as the object of the verb
_GROUND_OBJECT = re.compile(
    r"\s*(?:(?:from|out of|з|із|из|с)\s+)?(?:(?:new|more|some|the|a|an|large|"
    r"further|several|their|its|our|"
    r"additional|significant|much|most|nearly|almost|"
    r"at least|substantial|lost)\s+){0,3}(?:ground|territory|"
    r"territories|land|lands|swathes?|areas?|positions?|bridgeheads?|"
    r"footholds?)\b"
    r"(?!['’]s)|"
    r"\s*(?:територі\w+|территори\w+|позиці\w+|позици\w+)|"
    # the enemy knocked off positions: "выбили ВСУ с позиций у X"
    r"\s*(?:[\w-]+\s+){1,2}?(?:з|зі|із|с|со|из)\s+(?:\w+\s+)?(?:позиці|позици|"
    r"висот|высот|лісосмуг|лесополос|посадк|окоп|траншей|опорн|плацдарм)\w*",
    re.IGNORECASE,
)


def _ground_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Ground or positions taken or left: an advance, area or region claim
    (a recipe: ground left, ground taken, local ground of the town told)."""
    st, tail = ctx.st, g.tail
    ground = (
        _GROUND_OBJECT.match(tail)
        or _POSITIONS_OBJECT.match(tail)
        or _DISTANCE_OBJECT.match(tail)
    )
    if ground and trig.family == "withdraw":
        _ground_left_claim(ctx, trig, g)
    elif ground and trig.family == "capture":
        _ground_taken_claim(ctx, trig, g)
    elif (
        trig.family == "capture"
        and ctx.lang == "en"
        and not ctx.places
        and st.last_places
        and _LOCAL_GROUND.match(tail)
    ):
        # "we took back two streets": local ground of the town told of
        ctx.out.append(_advance(ctx, trig, g, last_settlement(st)))
    else:
        return False
    trig.used = True
    return True


def _ground_left_claim(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """Ground or positions left: an advance of the other side, or the town
    just taken told from the side that left it."""
    st, tail, regions, sector = ctx.st, g.tail, g.regions, ctx.sector
    pl = [p.name for p in g.after_pl]
    if not (pl or sector or regions) and _POSITIONS_OBJECT.match(tail):
        pl = last_settlement(st)  # "pulled back from some positions"
    recent = st.recent_settlement
    taken = [c for c in ctx.out if c.kind == "settlement_control" and c.places]
    if taken:  # the same sentence: "освободили X – ВСУ покинули территорию"
        recent = (st.sentence_no, [taken[-1].places[0].name])
    if (
        not (pl or sector or regions)
        and _THE_TERRITORY.match(tail)
        and recent is not None
        and st.sentence_no - recent[0] <= 1
    ):
        # "освободили Суджу – ВСУ покинули территорию": the town just
        # taken, told from the side that left it
        ctx.out.append(
            ctx.make(
                "settlement_control",
                trig.start,
                g.span,
                trig,
                g.gainer,
                recent[1][:1],
                negated=g.neg,
                anaphora=True,
            )
        )
    elif pl or sector or regions:
        ctx.out.append(_advance(ctx, trig, g, pl))
    else:
        ctx.drop(trig, "ground-unplaced")


def _ground_taken_claim(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """Ground or positions taken: a whole zone, an area by comparison, or an
    advance at the place told (or the place of a coordinated predicate)."""
    st, t, out, tail = ctx.st, ctx.t, ctx.out, g.tail
    regions, sector = g.regions, ctx.sector
    made = len(out)
    if regions and _WHOLE_ZONE.search(t, g.clause[0], g.clause[1]):
        # "completed the liberation of the territory of the DPR in its
        # zone of responsibility": a whole-zone claim without a figure
        out.append(_whole_region(ctx.make, trig, g.span, g.gainer, regions, g.neg))
    elif lx.COMPARISON.search(tail):
        out.append(
            ctx.make(
                "area_change",
                trig.start,
                g.span,
                trig,
                g.gainer,
                [],
                negated=g.neg,
                area_by_comparison=True,
                approx=_approx_word(tail),
            )
        )
    elif g.after_pl or sector or regions or _COORDINATED.search(t, 0, trig.start):
        pl = [p.name for p in g.after_pl]
        if not (pl or sector or regions):
            # "counterattacked near X and regained a tree line": the
            # coordinated predicate shares the place before it
            pl = [p.name for p in ctx.places if p.end <= trig.start and not p.region][
                -1:
            ]
        if pl or sector or regions:
            out.append(_advance(ctx, trig, g, pl))
    elif not ctx.places and st.last_places and _POSITIONS_OBJECT.match(tail):
        # "we retook a tree line": local ground of the town told of
        out.append(_advance(ctx, trig, g, last_settlement(st)))
    if len(out) == made:
        ctx.drop(trig, "ground-unplaced")


def _withdraw_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """A withdrawal near a settlement or to new positions: an advance claim."""
    if trig.family != "withdraw":
        return False
    if _near_only(ctx, trig, g):
        _near_withdrawal_claim(ctx, trig, g)
        return True
    if _NEW_POSITIONS.search(g.tail) and not _from_places(ctx.t, g.settlements):
        _new_positions_claim(ctx, trig, g)
        return True
    return False


def _from_places(t: str, settlements: list[Any]) -> list[Any]:
    """The settlements left themselves: "from X", "from the eastern town of X"
    (not a distance away from it: "отошли на 500 метров от X")."""
    return [
        p
        for p in settlements
        if re.search(
            r"(?:\bfrom|\bout of|(?<![\w])(?:з|із|зі|из|от))\s+"
            r"(?:the\s+)?(?:\w+\s+){0,2}?(?:of\s+)?$",
            t[max(0, p.start - 40) : p.start],
            re.IGNORECASE,
        )
        and not _AWAY_FROM.search(t, max(0, p.start - 40), p.start)
    ]


def _near_only(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Whether the withdrawal only moved around its settlements: all of them
    named near it, or thrown back from them ("around X, which the troops
    left": a relative clause speaks of X itself, whatever stood before it)."""
    settlements = g.settlements
    if not settlements:
        return False
    if settlements != [g.appos] and _all_near(ctx.t, settlements, _TO_BEFORE):
        return True
    return _thrown_back(ctx.t, trig, settlements)


def _thrown_back(t: str, trig: Any, settlements: list[Any]) -> bool:
    """Thrown back from X: X did not change hands."""
    return bool(
        re.match(
            r"(?:pushed|driven|forced|thrown|beaten) back|отброш|оттесн|відкин|"
            r"відтісн",
            trig.text,
            re.IGNORECASE,
        )
    ) and all(
        re.search(
            r"(?:\b(?:from|away from)|(?<![\w])(?:от|від))\s+"
            r"(?:the\s+)?(?:(?:village|town|city)\s+(?:of\s+)?)?$",
            t[max(0, p.start - 30) : p.start],
            re.IGNORECASE,
        )
        for p in settlements
    )


def _near_withdrawal_claim(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """ "pulls back near X": movement around the place, not leaving it."""
    span = (g.seg_before[0], g.seg_after[1])
    dist = ground_distance(ctx, trig, span)
    ctx.out.append(
        ctx.make(
            "advance",
            trig.start,
            span,
            trig,
            g.gainer,
            [p.name for p in g.settlements],
            negated=g.neg,
            sector=ctx.sector,
            distance_km=round(dist.value, 6) if dist else None,
            approx=dist.approx if dist else None,
        )
    )
    trig.used = True


def _new_positions_claim(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A withdrawal to new positions: an advance where it stood, as deep as
    the line moved back."""
    pl = [p.name for p in g.after_pl] or _fronted(ctx, trig, g)
    pl = pl or last_settlement(ctx.st)
    back = _depth_back(ctx, trig, g)
    ctx.out.append(
        ctx.make(
            "advance",
            trig.start,
            (g.seg_before[0], g.seg_after[1]),
            trig,
            g.gainer,
            pl,
            negated=g.neg,
            sector=ctx.sector,
            distance_km=back[0].value if back else None,
        )
    )
    trig.used = True


def _fronted(ctx: SentenceContext, trig: Any, g: _Target) -> list[str]:
    """The places fronted before the verb, also across a quote mark that cut
    the clause: "часть подразделений в районе X и Y «перешла на ...»"."""
    t = ctx.t
    near = [p for p in ctx.places if p.end <= trig.start < p.end + 60]
    return [
        p.name
        for p in (g.before_pl or near)
        if _NEAR_BEFORE.search(t[max(0, p.start - 30) : p.start])
        or re.search(r"\b(?:and|и|і|та)\s+$", t[max(0, p.start - 6) : p.start])
    ]


def _depth_back(ctx: SentenceContext, trig: Any, g: _Target) -> list[Any]:
    """How far the line moved back: "to prepared positions one to two
    kilometres west of the town", "отошли на 2 км западнее X" (the depth right
    after the verb)."""
    t, seg_after = ctx.t, g.seg_after
    return [
        q
        for q in ctx.quantities
        if q.measure == "distance"
        and not q.conversion
        and seg_after[0] <= q.start < seg_after[1]
        and (
            _NEW_POSITIONS.search(t, trig.end, q.start)
            and re.search(
                r"(?:positions|lines?|позиці\w*|позици\w*|рубеж\w*)\s+"
                r"(?:[\w-]+\s+){0,3}$",
                t[max(0, q.start - 40) : q.start],
                re.IGNORECASE,
            )
            or _BY_DISTANCE.fullmatch(t, trig.end, q.start) is not None
        )
    ]


def _named_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Named settlements taken (one claim per date), or ground or a whole
    region taken: the first step that fits makes the claims."""
    if (g.obj or trig.family == "withdraw") and _BANK.match(g.tail):
        # "отошли с правого берега Днепра": a bank is ground, no settlement
        ctx.out.append(
            _whole_region(ctx.make, trig, g.span, g.gainer, g.obj, g.neg)
        )
    elif g.settlements and trig.family == "capture" and _at_outskirts(ctx.t, trig, g):
        ctx.out.append(_outskirts_claim(ctx, trig, g))
    elif g.settlements:
        _dated_settlement_claims(ctx, trig, g)
    elif not _ground_claim(ctx, trig, g):
        return False
    trig.used = True
    return True


def _at_outskirts(t: str, trig: Any, g: _Target) -> bool:
    """Whether the settlements taken are only a town's outskirts."""
    first = g.settlements[0]
    return bool(
        _OUTSKIRTS.search(t, trig.end, first.start)
        or _OUTSKIRTS_AFTER.match(t, first.end)
    )


def _outskirts_claim(ctx: SentenceContext, trig: Any, g: _Target) -> Any:
    """ "seized X's eastern outskirts", "захопили околиці X": ground at the
    edge of a town is an advance (the corpora agree), not the town."""
    names = [re.sub(r"['’]s$", "", p.name) for p in g.settlements]
    return ctx.make(
        "advance",
        trig.start,
        g.span,
        trig,
        g.gainer,
        names,
        negated=g.neg,
        sector=ctx.sector,
        partial=True,
    )


def _dated_settlement_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """ "on 1 Oct X and Y were taken, on the 2nd - Z": one claim per date."""
    groups, pool = _date_groups(ctx, trig, g)
    for gi, (g0, g1) in enumerate(groups):
        g_pl = [p for p in pool if g0 <= p.start < g1]
        if any(not p.region for p in g_pl):
            _group_claims(ctx, trig, g, trig.start if gi == 0 else g0, (g0, g1), g_pl)


def _date_groups(
    ctx: SentenceContext, trig: Any, g: _Target
) -> tuple[list[tuple[int, int]], list[Any]]:
    """The spans cut by the dates after the first settlement, and the places
    to share out among them (one span, the object, when no date cuts)."""
    t, span = ctx.t, g.span
    ext_end = g.nxt if g.nxt < len(t) else len(t)
    cuts = [
        p.start
        for p in ctx.periods
        if p.kind in ("date", "day_of_month")
        and g.settlements[0].start < p.start < ext_end
    ]
    if not any(p.start >= trig.end for p in g.obj):
        cuts = []  # "X had been taken on July 2": one dated claim
    groups: list[tuple[int, int]] = []
    lo = span[0]
    for cut in cuts:
        groups.append((lo, cut))
        lo = cut
    groups.append((lo, span[1] if not cuts else _sentence_end(t, lo, ext_end)))
    pool = g.obj if not cuts else [p for p in ctx.places if p.start >= trig.end]
    return groups, pool


def _group_claims(
    ctx: SentenceContext,
    trig: Any,
    g: _Target,
    at: int,
    span: tuple[int, int],
    g_pl: list[Any],
) -> None:
    """The claims of one dated group of places: "над Ізюмом і західною
    частиною Куп'янська": a whole town and part of another are two claims."""
    parts = [p for p in g_pl if not p.region and _part_of(ctx.t, p)]
    wholes = [p for p in g_pl if not p.region and p not in parts]
    if not (parts and wholes):
        parts = []
    names = [p.name for p in g_pl if not p.region and p not in parts] + [
        p.name for p in g_pl if p.region
    ]
    g0, g1 = span
    ctx.out.append(
        ctx.make(
            "settlement_control",
            at,
            (g0, max(p.end for p in wholes)) if parts else span,
            trig,
            g.gainer,
            names,
            negated=g.neg,
            partial=_partial(g.tail) if not parts else None,
        )
    )
    if parts:
        ctx.out.append(
            ctx.make(
                "settlement_control",
                at,
                span,
                trig,
                g.gainer,
                [p.name for p in parts],
                negated=g.neg,
                partial=True,
            )
        )


def _ground_claim(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Ground taken ("gained ground near X": an advance; unplaced: dropped) or
    an entire region taken; False when it is neither."""
    t, clause, regions = ctx.t, g.clause, g.regions
    whole = bool(regions) and bool(_ENTIRE.search(t[clause[0] : clause[1]]))
    ground = _GROUND.search(g.tail[:60])
    if ground and not lx.SETTLEMENT_NOUN.search(g.tail[: ground.start()]):
        if whole:
            ctx.out.append(
                _whole_region(ctx.make, trig, g.span, g.gainer, regions, g.neg)
            )
        elif regions or g.after_pl or ctx.sector or ctx.st.last_places:
            pl = [p.name for p in g.after_pl] or [p.name for p in regions]
            ctx.out.append(_advance(ctx, trig, g, pl))
        else:
            ctx.drop(trig, "ground-unplaced")
        return True
    if whole:
        ctx.out.append(_whole_region(ctx.make, trig, g.span, g.gainer, regions, g.neg))
        return True
    return False


# a trigger that is a noun of the act ("освобождение", "звільнення", "capture")
_ACT_NOUN = re.compile(r"(?:ени[еяю]|енн[яюі]|ання|tion|ture)$", re.IGNORECASE)


def _pointed_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A settlement named only by a pointer ("в центре города", "there") or
    by the sentence before when the subject goes on ("By evening they had
    taken the eastern districts."): see ``anaphora``."""
    span = (g.seg_before[0], g.seg_after[1])
    names, ptr = pointed_place(ctx, span)
    part = ptr is not None and ptr.part
    gainer = g.gainer
    if not names:
        names = continued_place(ctx, g.clause, trig.start)
        side = continued_side(ctx.st) if names else None
        if side is not None:  # "they": the actor of the sentence before
            gainer = opposite(side) if trig.family == "withdraw" else side
    nominal = trig.nominal or _ACT_NOUN.search(trig.text) is not None
    if not names or (nominal and set(names) <= set(ctx.st.last_claim_places)):
        return  # "освобождение города произошло при …": the capture told before
    part = part or bool(_partial(ctx.t[trig.end : g.clause[1]]))
    ctx.out.append(
        ctx.make(
            "settlement_control",
            trig.start,
            span,
            trig,
            gainer,
            names,
            negated=g.neg,
            anaphora=True,
            partial=True if part else None,
        )
    )
    trig.used = True


def _anaphora_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A settlement named earlier: "the first village", "this settlement",
    relative "which" (a recipe: the pointer, its antecedent, the claim)."""
    ana_zone = ctx.t[g.seg_before[0] : g.seg_after[1]]
    ana = lx.SETTLEMENT_NOUN.search(ana_zone) or lx.ANAPHOR_PLACE.search(ana_zone)
    both = _BOTH_PLACES.search(ana_zone)
    if trig.family == "withdraw" and not (ana or both):
        antecedent = _left_just_told(ctx, trig, g)
    else:
        antecedent = _antecedent(ctx, trig, g, ana, both)
    if antecedent or ((ana or both) and g.regions):
        names = antecedent + [p.name for p in g.regions]
        ctx.out.append(
            ctx.make(
                "settlement_control",
                trig.start,
                (g.seg_before[0], g.seg_after[1]),
                trig,
                g.gainer,
                names,
                negated=g.neg,
                anaphora=True,
            )
        )
        trig.used = True


_RELATIVE_BEFORE = re.compile(
    r"(?:\bwhich|\bthat|\bwho|—|–)\s*(?:\w+\s+){0,4}$|"
    r",\s*$|\band\s+(?:then\s+|later\s+)?$"
)
_RELATIVE_HEAD = re.compile(r"\s*(?:which|який|яка|которы\w+)")


def _antecedent(
    ctx: SentenceContext,
    trig: Any,
    g: _Target,
    ana: re.Match[str] | None,
    both: re.Match[str] | None,
) -> list[str]:
    """The settlement(s) an anaphor ``ana``, "both" or a relative clause of
    ``trig`` points back to: earlier in the sentence, else the last told."""
    st, t, clause = ctx.st, ctx.t, g.clause
    relative = None
    if trig.family != "withdraw":
        relative = _RELATIVE_BEFORE.search(
            t[max(0, clause[0] - 6) : trig.start]
        ) or _RELATIVE_HEAD.match(t[clause[0] : trig.start])
    prior = [p for p in ctx.places if p.start < g.seg_before[0] and not p.region]
    pool = [p.name for p in prior] or st.last_claim_places or st.last_places
    if both:
        return pool[-2:]
    if relative and prior:
        return [prior[-1].name]
    if ana:
        word = ana.group(0).lower()
        if "second" in word or "latter" in word:
            return pool[1:2] or pool[-1:]
        if "first" in word or "former" in word:
            return pool[:1]
        return pool[-1:]
    if relative is not None and st.last_places and not prior:
        return last_settlement(st)
    return []


_OUT_OR_BACK = re.compile(
    r"\b(?:out|back)\b|(?:вийшли|вышли|отошли|відійшли)", re.IGNORECASE
)


def _left_just_told(ctx: SentenceContext, trig: Any, g: _Target) -> list[str]:
    """ "Ukraine pulled its last units out overnight" right after a claim
    about one settlement: the same settlement."""
    st = ctx.st
    if (
        not g.after_pl
        and not g.before_pl
        and st.recent_settlement is not None
        and st.sentence_no - st.recent_settlement[0] <= 1
        and _OUT_OR_BACK.search(ctx.t[trig.start : trig.end + 40])
        and not lx.LOOKALIKE.search(ctx.t)
    ):
        return st.recent_settlement[1][:1]
    return []


# a pronoun for the settlement told just before: the object of the verb
# ("Ukrainian troops retook it", "окупанти захопили її", "ВСУ освободили его")
# or the owner of the capture noun ("Russia claimed its capture", "заявили про
# її захоплення", "сообщило о ее освобождении"); never of people taken
# prisoner ("звільнили його з полону")
_PRONOUN_OBJECT = {
    code: re.compile(mod.PRONOUN_OBJECT, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}
_PRONOUN_OWNER = {
    code: re.compile(mod.PRONOUN_OWNER, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}
_CAPTIVES = re.compile(
    r"\b(?:captiv|prisoner|hostage|detain)|(?<![\w])(?:полон|плен|заручник|"
    r"заложник|затрима|задерж)",
    re.IGNORECASE,
)
_PRONOUN_REACH = 2  # sentences back to the one that named the settlement


def _pronoun_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A settlement of the sentence just before, named by a pronoun."""
    lang, t, st = ctx.lang, ctx.t, ctx.st
    obj, owner = _PRONOUN_OBJECT.get(lang), _PRONOUN_OWNER.get(lang)
    if obj is None or owner is None or trig.family != "capture":
        return
    # (the pronoun before a verb is its object too: "її захопили")
    hit = owner.search(t, max(g.clause[0], trig.start - 30), trig.start) or (
        obj.match(t, trig.end, g.clause[1])
    )
    at, _ = st.told.last
    if (
        hit is None
        or st.sentence_no - at > _PRONOUN_REACH
        or _CAPTIVES.search(t)
        or any(g.clause[0] <= p.start < g.clause[1] for p in ctx.places)
    ):
        return
    names = st.told.recall("settlement", st.sentence_no, st.paragraph)
    if not names:
        return
    ctx.out.append(
        ctx.make(
            "settlement_control",
            trig.start,
            (g.seg_before[0], g.seg_after[1]),
            trig,
            g.gainer,
            names[:1],
            negated=g.neg,
            anaphora=True,
        )
    )
    trig.used = True
