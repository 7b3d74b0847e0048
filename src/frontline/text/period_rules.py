"""Period and cumulative decisions over the claims of one sentence.

Rules that hold whatever time expression the resolver (``periods``) found:

* ``cumulative`` is a property of quantities: an area (with or without a
  figure), a distance advanced or a count of settlements can be a running
  total; a fight, an advance without a distance or the capture of named
  settlements is an event and never is.
* a total word ("in total", "already", "загалом", "всего") by an area or a
  count with no bounded span makes it a running total.
* a running total "since the beginning of the operation" (or "as of today")
  starts on the day the text says the operation was launched.
* a daily report's day ("за сутки", "за минулу добу", "over the past day"
  in its lead, before or in its first claim sentence) is the default period of
  its later claims that have no time expression of their own (not of
  running totals or holdings); a claim's own expression always wins, and
  an expression belongs to the clause it stands in (``roundup_dates._report_day``).
* a weekday or a written date standing by a statement verb ("told Putin on
  Sunday evening", "On December 27, the General Staff said", "9 листопада
  Генштаб повідомив", "сообщил в воскресенье") is the statement day
  (``statement_day``): the claims of that statement were announced then, and
  their relative times count from it.

>>> from frontline.model import Claim
>>> c = Claim("d", "settlement_control", "took X", 0, 6, cumulative=True)
>>> settle_cumulative([c]); c.cumulative
False
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import date

from ..model import Claim
from . import lexicon as lx
from .fastre import folded, keyed
from .lang import ru as _ru
from .lang import uk as _uk
from .periods import (
    BOUNDED_KINDS,
    CUMULATIVE_KINDS,
    DAY_KINDS,
    NAMED_DAY,
    PeriodMention,
    find_periods,
    resolve,
)

# the verbs a statement is made with (en/uk/ru)
STATEMENT_VERB = folded(
    re.compile(
        r"\b(?:said|says|told|reported|announced|claimed|stated|wrote|posted|"
        r"declared|confirmed|"
        # PERIODS25B: the verbs a speaker goes on with ("…," he stressed)
        r"added|stressed|emphasi[sz]ed|insisted)\b|"
        r"(?<![\w])(?:повідоми\w*|заяви\w*|сообщи\w*|сообща\w*|"
        r"повідомля\w*|заявля\w*|доповіл?\w*|доповів|доложи\w*|"
        r"розповіл?\w*|розповів|рассказа\w*|оголоси\w*|объяви\w*|"
        r"написа\w*|зазначи\w*|отмети\w*|"
        r"наголоси\w*|наголосив|додав|додала|додали|підкресли\w*|"
        r"подчеркну\w*|добави\w*)(?![\w])",
        re.IGNORECASE,
    )
)
# what a statement is given as, or the verb giving it: "in its Monday
# update", "issued its daily briefing on Monday", "Speaking on Monday",
# "у зверненні в неділю", "опубликовало сводку в понедельник"; PERIODS25: a
# meeting ("held a meeting on Monday", "провів нараду", "провел совещание")
STATEMENT_NOUN = folded(
    re.compile(
        r"\b(?:update|briefing|statement|bulletin|summary|report|issued|post|"
        r"address|interview|remarks|speech|speaking|acknowledged|admitted|"
        r"conceded|added|meeting)\b|"
        # S36: a broadcast or a host's questions ("в ефірі телемарафону",
        # "в эфире «Россия-1»", "ответил на вопросы ведущего")
        r"(?<![\w])(?:ефір\w*|эфир\w*|телемарафон\w*|відповіл[аи]|відповів|"
        r"відповідаючи|ответил[аи]?|отвечая)(?![\w])|"
        r"(?<![\w])(?:зведенн\w*|нарад\w*|совещани\w*|звіт\w*|"
        r"заяв[аіуо]\w*|повідомленн\w*|"
        r"брифінг\w*|оприлюдни\w*|підтверди\w*|допис\w*|звернен\w*|"
        r"інтерв['’]ю|виступ\w*|визна\w*|додав\w*|сказа\w*|"
        r"сводк\w*|отч[её]т\w*|заявлени\w*|сообщени\w*|брифинг\w*|"
        r"подтверди\w*|обращени\w*|интервью|выступ\w*|призна\w*|добави\w*)"
        r"(?![\w])",
        re.IGNORECASE,
    )
)
# PERIODS25: the sitting of an interview the outlet itself held ("He spoke to
# us by phone on Tuesday", "Інтерв'ю записане в понеділок", "беседовал с нами
# во вторник"): its day is the day every answer is given (``sitting_day``)
_SITTING = keyed(
    folded(
        re.compile(
            r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+us\b|"
            r"\bwe\s+(?:spoke|talked)\s+(?:to|with)\b|"
            r"\b(?:interview|conversation)\s+(?:was\s+)?(?:recorded|conducted|"
            r"held|given|took\s+place)\b|"
            r"(?<![\w])(?:поспілкува\w*|розмовля\w*|поговори\w*|"
            r"побеседова\w*|беседова\w*|говори\w*|пообща\w*)\s+(?:з|із|с)\s+"
            r"нами(?![\w])|"
            r"(?<![\w])(?:інтерв['’]ю|розмов[ау]|интервью|беседа|беседу|разговор)"
            r"\s+(?:(?:було|был[оа]?)\s+)?(?:записан\w*|записали|відбул\w*|"
            r"проведен\w*|провели|состоял\w*)(?![\w])",
            re.IGNORECASE,
        )
    )
)
_SITTING_HEAD = 5  # sentences of the lede a sitting is told in
# speed: a sitting names its interview or "us" (a literal test before the regex)
_SITTING_KEYS = (
    " us",
    "we spoke",
    "we talked",
    "нами",
    "interview",
    "conversation",
    "інтерв",
    "интервью",
    "розмов",
    "бесед",
    "разговор",
)


def sitting_day(
    sentences: Sequence[str], lang: str, published: date | None
) -> date | None:
    """The day of the outlet's own interview its lede names, else None: the
    answers are given that day, so relative times count from it and claims
    without one are dated by it.

    >>> sitting_day(["Q&A", "He spoke to us on Monday."], "en", date(2025, 3, 13))
    datetime.date(2025, 3, 10)
    >>> sitting_day(["He spoke to reporters on Monday."], "en", date(2025, 3, 13))
    """
    if published is None:
        return None
    for sentence in sentences[:_SITTING_HEAD]:
        low = sentence.lower()
        if not any(k in low for k in _SITTING_KEYS):
            continue
        spans = [(m.start(), m.end()) for m in _SITTING.finditer(sentence)]
        if not spans:
            continue
        for p in find_periods(sentence, lang):
            if _may_date_statement(p) and any(
                _dates_verb(sentence, p, a, b) for a, b in spans
            ):
                day = resolve(p, published)[1]
                if day is not None and day <= published:
                    return day
    return None


# a day that dates a statement: a weekday, or a written day ("December 27")
STATEMENT_DAY_KINDS = frozenset({"weekday", "date", "date_num", "two_days_ago"})
_SAID_BEFORE = 40  # "told Putin on Sunday": verb … day, in characters
_DAY_BEFORE = 45  # "Russia on Saturday said": day … verb
_SENTENCE_HEAD = 4  # "On December 27, the General Staff said …"
# "On Monday, Ukraine's top commander, Colonel General X, said": a day opening
# the sentence reaches a verb past a long subject
_HEAD_DAY_BEFORE = 100
_OPENER = re.compile(  # "Earlier, ", "Late on Monday, …"
    r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?,\s*|\s*(?:late|early|ввечері|вночі|вранці|"
    r"пізно|вечером|ночью|утром|поздно)\s+",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"\s*,?\s*")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”]")
# "the statement, released Monday": a release in apposition to the statement
_RELEASED = re.compile(
    r"\s*,\s*(?:released|issued|published|оприлюднен\w*|опублікован\w*|"
    r"опубликован\w*)\s+",
    re.IGNORECASE,
)
# "the report for October 1", "зведення за 25 серпня": the day the report is
# about (``report_day``), not the day it was given
_REPORT_FOR = re.compile(r"(?:\b(?:for|of)|(?<![\w])за)\s*$", re.IGNORECASE)

# running totals whose start is the launch of the operation the text is about
FROM_EVENT_KINDS = frozenset({"since_start", "during_offensive", "as_of"})
_LAUNCH = {
    "en": re.compile(
        r"\b(?:launched|began|started|mounted|opened)\s+(?:\w+\s+){0,3}?"
        r"(?:operation|offensive|incursion|counter-?offensive|invasion|assault)\b",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        r"(?<![\w])(?:розпоча\w*|почал\w*|почав)\s+(?:\w+\s+){0,3}?"
        r"(?:операці\w+|наступ\w*|контрнаступ\w*|вторгнення)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:нача\w*|запусти\w*)\s+(?:\w+\s+){0,3}?"
        r"(?:операци\w+|наступлени\w*|контрнаступлени\w*|вторжени\w*)",
        re.IGNORECASE,
    ),
}
# PERIODS33b: the operation named before its launch verb ("наступ, який
# розпочався 10 травня", "операция началась 6 августа"), uk/ru
_LAUNCHED = {
    "uk": re.compile(
        r"(?<![\w])(?:операці\w+|наступ\w*|контрнаступ\w*|вторгнення)[,\s]+"
        r"(?:(?:яка|який|яке|що)\s+)?(?:розпоча\w*|почал\w*|почав\w*)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:операци\w+|наступлени\w*|контрнаступлени\w*|вторжени\w*)"
        r"[,\s]+(?:(?:которая|которое|который|что)\s+)?(?:нача\w*)",
        re.IGNORECASE,
    ),
}
# speed: folded twins, asked only of texts holding one of their keys
_LAUNCH = {k: keyed(folded(v)) for k, v in _LAUNCH.items()}
_LAUNCHED = {k: keyed(folded(v)) for k, v in _LAUNCHED.items()}
_LAUNCH_REACH = 80  # characters from the launch verb to its date
_LAUNCH_BEFORE = 60  # characters from a date to the launch verb after it (uk/ru)

# words that make an area or a count a running total when no bounded span is
# given: "in total", "already", "загалом", "всего" (CONVENTIONS: cumulative)
TOTAL_WORDS = {
    "en": re.compile(
        r"\b(?:already|in total|a total of|altogether|so far|to date|in all|"
        r"(?:have|has) (?:now )?taken control of)\b",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        rf"(?<![\w])(?:вже|уже|загалом|загальн\w+|{_uk.TOTAL_ALL}|сумарно)(?![\w])",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        rf"(?<![\w])(?:уже|{_ru.TOTAL_ALL}|в общей сложности|итого|"
        r"общ(?:ая|ей) площад\w+)"
        r"(?![\w])",
        re.IGNORECASE,
    ),
}
_LOOK_BEHIND = 40  # characters before a claim's quote that still speak of it
# a count of settlements this large with no bounded span is a tally of many
# weeks, a running total ("ЗСУ звільнили 421 населений пункт", "more than 400
# towns and villages"); a few captured places are news of the day
RUNNING_TOTAL_COUNT = 20
# a fraction of a territory ("two-thirds of the territory", "половину
# території", "треть территории")
_FRACTION = folded(
    re.compile(
        r"\b(?:two-thirds|three-quarters|(?:a|one) (?:third|quarter)|half) of "
        r"(?:the |its |their )?(?:territor|area|land)|"
        # "half the land", "clawed back half of it" (an area named before)
        r"\bhalf (?:the |its |their )(?:\w+ )?(?:territor|area|land)|"
        r"\b(?:two-thirds|three-quarters|(?:a|one) (?:third|quarter)|half) of "
        r"(?:it|that|this)\b|"
        r"(?<![\w])(?:половин\w*|третин\w*|чверт\w*|трет\w* част\w*|треть|"
        r"четверть)\s+(?:\w+\s+)?(?:територі|территори|площ)",
        re.IGNORECASE,
    )
)


# LEFTPER37: a distance said without a figure ("a few kilometres", "several
# miles", "кілька кілометрів", "несколько километров"): still a distance, a
# running total over a span since a start (CONVENTIONS: totals since a start)
_VAGUE_DISTANCE = folded(
    re.compile(
        r"\b(?:a few|several|a couple of|some|few) (?:more )?"
        r"(?:kilomet(?:re|er)s|km|miles)\b|"
        r"(?<![\w])(?:кілька|декілька|кількох|декількох|пару|кілька десятків) "
        r"(?:кілометр\w*|км)(?![\w])|"
        r"(?<![\w])(?:несколько|нескольких|пару|пару десятков) "
        r"(?:километр\w*|км)(?![\w])",
        re.IGNORECASE,
    )
)


_LONG_SINCE_KINDS = frozenset(
    {"since_month", "since_start", "since_year", "ytd", "ytd_year"}
)


def can_be_running_total(c: Claim) -> bool:
    """An area, a distance (with a figure or not: "a few kilometres") or a
    count of settlements; not a fight, a bare advance or a capture of named
    places."""
    if c.kind == "fighting":
        return False
    if c.kind == "advance":
        return (
            c.distance_km is not None
            or c.area_km2 is not None
            # (a vague distance only since a month, a year or an operation's
            # start: "since Friday" it is the few days' own gain)
            or (
                c.extra.get("period_rule") in _LONG_SINCE_KINDS
                and _VAGUE_DISTANCE.search(c.quote) is not None
            )
        )
    if c.kind == "settlement_control":
        return bool(c.extra.get("settlements_count"))
    return True


# running spans a tally of fights counts over: "з початку лютого противник
# провів понад 300 штурмів" (not "since Wednesday", not "since the start of
# the day", not "щодня штурмують")
TALLY_SINCE_KINDS = frozenset(
    {"since_month", "since_start", "since_year", "ytd", "mtd"}
)
# a fight counted in times: "14 разів штурмував", "attacked 12 times"
_TIMES = folded(
    re.compile(
        r"(?<![\w])\d[\d  ]*\s+(?:times|разів|рази|раз|раза)(?![\w])",
        re.IGNORECASE,
    )
)


def tally_since(c: Claim) -> bool:
    """A fight counted over a running span since a start is a running total
    too (CONVENTIONS: totals since a start).

    >>> c = Claim("d", "fighting", "з початку червня ворог 14 разів штурмував",
    ...           0, 40, cumulative=True, extra={"period_rule": "since_month"})
    >>> tally_since(c)
    True
    >>> c.quote = "з початку червня ворог щодня штурмує"
    >>> tally_since(c)
    False
    """
    if c.negated or c.kind != "fighting":
        return False
    if c.extra.get("period_rule") not in TALLY_SINCE_KINDS:
        return False
    return _TIMES.search(c.quote) is not None or any(
        rx.search(c.quote) for rx in lx.COUNTED_FIGHT.values()
    )


def launch_day(
    sentence: str,
    lang: str,
    published: date | None,
    found: list[PeriodMention] | None = None,
) -> date | None:
    """The day of "launched an offensive operation … on August 6" (a dated
    day right after a launch verb in the same sentence), else None.

    >>> t = "Kyiv launched its incursion into the region on August 6."
    >>> launch_day(t, "en", date(2024, 8, 27))
    datetime.date(2024, 8, 6)
    """
    m = _LAUNCH.get(lang, _LAUNCH["en"]).search(sentence)
    if m is None and lang in _LAUNCHED:
        m = _LAUNCHED[lang].search(sentence)
    if m is None:
        return None
    for p in find_periods(sentence, lang) if found is None else found:
        if p.kind == "date" and m.end() <= p.start <= m.end() + _LAUNCH_REACH:
            return resolve(p, published)[0]
        if (
            # PERIODS33b: "6 серпня ЗСУ розпочали Курську операцію"
            lang != "en"
            and p.kind == "date"
            and 0 <= m.start() - p.end <= _LAUNCH_BEFORE
            and not re.search(r"[.;!?]", sentence[p.end : m.start()])
        ):
            return resolve(p, published)[0]
    return None


@functools.lru_cache(maxsize=2048)
def statement_verbs(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the statement verbs of ``sentence`` (cached: a sentence is
    asked by the lede, the report day and its own analysis)."""
    return tuple((m.start(), m.end()) for m in STATEMENT_VERB.finditer(sentence))


@functools.lru_cache(maxsize=2048)
def statement_words(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the words a statement day stands by: its verbs and the
    nouns naming it ("in its Monday update", "briefing on Monday")."""
    nouns = ((m.start(), m.end()) for m in STATEMENT_NOUN.finditer(sentence))
    return tuple(sorted((*statement_verbs(sentence), *nouns)))


def statement_day(
    sentence: str,
    lang: str,
    published: date | None,
    found: list[PeriodMention] | None = None,
    busy: Sequence[tuple[int, int]] = (),
) -> tuple[PeriodMention, date] | None:
    """The mention dating a statement of ``sentence`` and its day, else None.

    A weekday, a written day or a named day (``_may_date_statement``) with its
    date in apposition (``_with_apposition``), right after a statement verb
    ("said on Monday", "заявив у неділю") or right before one ("Russia on
    Saturday said", "9 листопада Генштаб повідомив"), and no claim word of
    ``busy`` between them (``_stands_by_statement``); the first that resolves.

    >>> t = "Gerasimov told Putin on Sunday evening that troops took Dalne."
    >>> statement_day(t, "en", date(2025, 3, 12))[1]
    datetime.date(2025, 3, 9)
    >>> statement_day("Troops took Dalne on Monday, the army said.", "en",
    ...               date(2025, 3, 12)) is None
    True
    """
    if found is None and not statement_words(sentence):
        return None
    mentions = find_periods(sentence, lang) if found is None else found
    verbs: tuple[tuple[int, int], ...] | None = None  # found when first needed
    for k, p in enumerate(mentions):
        if not _may_date_statement(p):
            continue
        if verbs is None:
            verbs = statement_words(sentence)
        if not verbs:
            return None
        span, dated = _with_apposition(sentence, mentions, k, busy)
        if not _stands_by_statement(sentence, span, p, verbs, busy):
            continue
        day = resolve(dated, published)[1] or resolve(p, published)[1]
        if day is not None:
            return span, day
    return None


def _may_date_statement(p: PeriodMention) -> bool:
    """``p`` is a day a statement may be dated by: a weekday, a written day, or
    a named day ("yesterday", "накануне")."""
    return p.kind in STATEMENT_DAY_KINDS or (
        p.kind in DAY_KINDS and bool(NAMED_DAY.fullmatch(p.text))
    )


def _with_apposition(
    sentence: str,
    mentions: list[PeriodMention],
    k: int,
    busy: Sequence[tuple[int, int]],
) -> tuple[PeriodMention, PeriodMention]:
    """The span of day ``mentions[k]`` and the mention giving its date: a date in
    apposition ("в воскресенье, 9 марта, сообщило") joins the span and gives
    the date ("Напередодні, 3 березня"), unless a claim word of ``busy`` stands
    before the day ("took X on Sunday, …"); otherwise the day alone."""
    p = mentions[k]
    q = mentions[k + 1] if k + 1 < len(mentions) else None
    if (
        q is not None
        and _APPOSITION.fullmatch(sentence, p.end, q.start)
        and not any(x < p.start for x, _ in busy)  # not "took X on Sunday, …"
    ):
        p_end = _APPOSITION.match(sentence, q.end).end()
        return PeriodMention(p.start, p_end, p.text, p.kind, p.groups), q
    return p, p


def _stands_by_statement(
    sentence: str,
    span: PeriodMention,
    p: PeriodMention,
    verbs: tuple[tuple[int, int], ...],
    busy: Sequence[tuple[int, int]],
) -> bool:
    """The day ``span`` (of mention ``p``) dates one of the statement ``verbs``
    (``_dates_verb``: a day before the verb across a comma only when it opens
    the sentence, "captured X on Monday, the ministry said" being the capture's
    day), with no claim word of ``busy`` between them ("says its troops took
    Illinka on Monday": the claim's day)."""
    return any(
        _dates_verb(sentence, span, a, b)
        and not any(min(b, p.end) <= x < max(a, p.start) for x, _ in busy)
        for a, b in verbs
    )


# a subordinate clause opening between a day and a statement verb after it
# (session 24): the day is the main clause's event ("entered X on Friday after
# Russia said", "увійшли в X у п'ятницю після того, як РФ заявила")
_SUBORDINATE_GAP = re.compile(
    r"\W*(?:after|before|when|while|as soon as|once|після того,? як|після|"
    r"перед тим,? як|коли|после того,? как|после|перед тем,? как|когда)\b",
    re.IGNORECASE,
)


def _dates_verb(sentence: str, p: PeriodMention, a: int, b: int) -> bool:
    """``p`` stands by the statement verb at ``a``…``b``."""
    if b <= p.start:
        gap = sentence[b : p.start]
        if _REPORT_FOR.search(gap) or _REPORT_FOR.match(p.text):
            return False
        return len(gap) <= _SAID_BEFORE and (
            not _CLAUSE_BREAK.search(gap) or _RELEASED.fullmatch(gap) is not None
        )
    if p.end <= a:
        gap = sentence[p.end : a]
        if _SUBORDINATE_GAP.match(gap):
            return False  # "entered X on Friday after Russia said": the event's
        opens = p.start <= _SENTENCE_HEAD
        if len(gap) > (_HEAD_DAY_BEFORE if opens else _DAY_BEFORE):
            return False
        return (
            not _CLAUSE_BREAK.search(gap)
            or opens
            # "Днем ранее, 12 августа, врио губернатора сообщил": a short
            # opener before the day
            or _OPENER.fullmatch(sentence, 0, p.start) is not None
        )
    return False


def _bounded(c: Claim) -> bool:
    """The claim has a start day or a bounded time expression (not the day
    it was only announced on)."""
    if c.extra.get("announced"):
        return c.period_start is not None
    return c.period_start is not None or c.extra.get("period_rule") in BOUNDED_KINDS


def settle_cumulative(
    claims: Iterable[Claim], sentence: str = "", offset: int = 0, lang: str = "en"
) -> None:
    """Clear ``cumulative`` where the claim cannot be a running total; set it
    where a total word stands by an area or a count with no bounded span
    ("have already taken 40 settlements", "загалом звільнили 500 км²").

    ``sentence`` is the claims' sentence, starting at ``offset`` in the text.
    """
    total = TOTAL_WORDS.get(lang, TOTAL_WORDS["en"])
    for c in claims:
        if not can_be_running_total(c):
            c.cumulative = bool(c.cumulative) and tally_since(c)
            continue
        if _is_rate(c, sentence, offset):
            # "an average of 390 sq km per month": a rate totals nothing
            c.cumulative = False
            c.extra["rate"] = True
            continue
        if _share_total(c):
            c.cumulative = True
            continue
        if (
            c.kind == "area_change"
            and c.area_km2 is None
            and not c.extra.get("share_pct")
            and _FRACTION.search(c.quote)
            and not _bounded(c)
        ):
            # "wrested back two-thirds of the territory", "повернули половину
            # території": a fraction of a territory stands as a total (a
            # percentage lost or won is read by the figure rules)
            c.cumulative = True
            continue
        if (
            c.kind == "area_change"
            and c.area_km2 is None
            and not c.extra.get("share_pct")
            and c.extra.get("period_rule") not in FROM_EVENT_KINDS
        ):
            # "by mid-August they took control of part of the region": an
            # area without a figure totals nothing, unless it is the whole
            # gain of an operation ("під час контрнаступу звільнили …")
            c.cumulative = False
            continue
        if _held_total(c):
            # "on Monday Ukraine controlled 1,300 sq km", "у понеділок під
            # контролем ЗСУ було 74 населені пункти": a holding counted is the
            # total held on the day that dates it
            c.cumulative = True
            continue
        if c.cumulative or _bounded(c):
            continue
        if (c.extra.get("settlements_count") or 0) >= RUNNING_TOTAL_COUNT:
            c.cumulative = True
            continue
        a = max(0, c.char_start - offset - _LOOK_BEHIND)
        if total.search(sentence, a, max(a, c.char_end - offset)):
            c.cumulative = True


# the days a holding is told as of ("on Thursday", "as of 12 March"): not a
# span of increments ("within the week"), not a month's history ("In March
# of that year … saw it control 45,426 km²" is no total in real gold)
_HELD_ON = frozenset(
    {None, "date", "date_num", "day_of_month", "weekday", "today", "yesterday"}
)


def _held_total(c: Claim) -> bool:
    """A holding with a figure: an area held or a count of settlements held
    (CONVENTIONS: holding totals are cumulative; a held named place is not).

    >>> _held_total(Claim("d", "area_change", "held 90 sq km", 0, 13,
    ...                   area_km2=90.0, extra={"holding": True}))
    True
    """
    if not c.extra.get("holding"):
        return False
    if c.area_km2 is not None and _PEAK.search(c.quote):
        # P25: a hold at its peak ("down from a peak of 1,300 sq km in
        # August", "на пике ВСУ контролировали 1300 кв. км") is the total
        # held then, a month and a past tense notwithstanding
        return True
    if c.extra.get("background"):
        return False
    if c.extra.get("period_rule") not in _HELD_ON:
        return False
    return c.area_km2 is not None or bool(c.extra.get("settlements_count"))


# P25: the peak of a holding ("a peak of", "at its peak", "на пике", "на піку",
# "пиковых")
_PEAK = re.compile(r"\bpeak\b|(?<![\w])(?:пик|пік)(?:е|у|ов\w*|ов\w*)?(?![\w])", re.I)


# the days a statement is dated by: a share told "on Tuesday" is the share
# reached by then, not a day's increment
_STATEMENT_DAY_RULES = frozenset(
    {"weekday", "date", "date_num", "day_of_month", "today", "same_day"}
)


def _share_total(c: Claim) -> bool:
    """A share of a territory won back or taken ("recaptured 54% of the
    territory Russia seized", "освобождено свыше 60% территории") is a
    running total, unless a span bounds it ("0.94% of Ukraine in 2025").

    >>> c = Claim("d", "area_change", "retook 54% of it", 0, 16,
    ...           extra={"share_pct": 54.0})
    >>> _share_total(c)
    True
    >>> c.extra["period_rule"] = "year"
    >>> _share_total(c)
    False
    """
    if c.kind != "area_change" or not c.extra.get("share_pct") or c.negated:
        return False
    return not _bounded(c) or c.extra.get("period_rule") in _STATEMENT_DAY_RULES


# a figure told as a rate: "an average of 390 sq km per month", "в середньому
# 12 км² на добу", "в среднем по 300 кв. км в месяц"
_RATE_BEFORE = re.compile(
    r"(?:\ban average of|\bon average|в середньому|у середньому|в среднем)"
    r"\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
_RATE_BEFORE = keyed(_RATE_BEFORE)  # speed: passed over texts lacking its keys
_RATE_AFTER = re.compile(
    r"^\W*(?:(?!(?:in|within|over|for|during|by)\s)\S+\s+){0,3}?"
    r"(?:(?:per|a|each|every) (?:day|week|month)\b(?! (?:ago|earlier|before|later))|"
    r"на (?:добу|день|тиждень|місяць)\b|в (?:сутки|день|неделю|месяц)\b|"
    r"щодня|щотижня|щомісяця|ежедневно|еженедельно|ежемесячно)",
    re.IGNORECASE,
)
_RATE_WINDOW = 40


def _is_rate(c: Claim, sentence: str, offset: int) -> bool:
    """The claim's figure is told as a rate (per day/week/month or as an
    average), not as a change or a total."""
    value = c.area_km2 if c.area_km2 is not None else c.distance_km
    if value is None or not sentence:
        return False
    at = _figure_at(sentence, value, max(0, c.char_start - offset - _RATE_WINDOW))
    if at < 0:
        return False
    head = sentence[max(0, at - _RATE_WINDOW) : at]
    tail = sentence[at : at + _RATE_WINDOW]
    return bool(_RATE_BEFORE.search(head) or _RATE_AFTER.match(tail))


# "taking the total there to 43 sq km", "bringing the total to …"
_THE_TOTAL = re.compile(r"\bthe total\b", re.IGNORECASE)
_CLAUSE_GAP = re.compile(r"[,;—–]")
_DIGIT = re.compile(r"\d")


def _figure_at(text: str, value: float, start: int) -> int:
    """Where the figure ``value`` is written in ``text`` from ``start``
    ("43", "12,6", "4 070"), else -1."""
    whole = int(value)
    forms = [str(whole), f"{whole:,}", f"{whole:,}".replace(",", " ")]
    if value != whole:
        forms = [f"{value:g}", f"{value:g}".replace(".", ",")]
    for form in forms:
        m = re.compile(rf"(?<![\d.,]){re.escape(form)}(?!\d)").search(text, start)
        if m:
            return m.start()
    return -1


# running spans with a start ("since June 10", "з початку року")
_SINCE_KINDS = frozenset(CUMULATIVE_KINDS - {"as_of"})


def total_of_own_clause(c: Claim, sentence: str, offset: int, lang: str) -> bool:
    """Whether the claim's figure is a running total told in a clause of its
    own after a bounded one ("regained 3 sq km last week, taking the total to
    43 sq km"; "за тиждень звільнено 2 кв. км, а загалом — 262"): a total word
    after the claim's time expression and a clause break, before the figure.
    Such a figure is not of that time (CONVENTIONS: "in total … within a
    week" in one clause stays bounded).
    """
    if c.area_km2 is None or not c.period_text:
        return False
    if c.extra.get("period_rule") in _SINCE_KINDS:
        # "since June 10 we freed 12 villages and, in total, 400 sq km": a
        # total after a span that starts is a total since that start
        return False
    at = sentence.rfind(c.period_text, 0, c.char_end - offset)
    if at < 0:
        return False
    end = at + len(c.period_text)
    figure = _figure_at(sentence, c.area_km2, end)
    if figure < 0:
        return False
    total = TOTAL_WORDS.get(lang, TOTAL_WORDS["en"])
    for rx in (total, _THE_TOTAL):
        m = rx.search(sentence, end, figure)
        if m is None or not _CLAUSE_GAP.search(sentence, end, m.start()):
            continue
        # the bounded clause has a figure of its own, before or after its time
        # (B33PER2: a figure before it in a clause of its own is another
        # claim's: "10 sq km in the first quarter, and in November already
        # 30 sq km" keeps November)
        before = sentence[max(0, at - _LOOK_BEHIND) : at]
        before = _CLAUSE_GAP.split(before)[-1]
        if _DIGIT.search(before) or _DIGIT.search(sentence, end, m.start()):
            return True
    return False


# "in its report for October 1", "у звіті ISW за 1 жовтня", "в сводке за 5
# марта": the day a relayed report is about
_REPORT_OF = folded(
    re.compile(
        r"\b(?:report|assessment|update|briefing|summary|summaries|digest|"
        r"roundup|recap)\w*\s+(?:\S+\s+){0,6}?(?:for|of|on)\s+$|"
        r"(?<![\w])(?:звіт\w*|зведенн\w*|оновленн\w*|отч[её]т\w*|сводк\w*|"
        r"доклад\w*|підсумк\w*|огляд\w*|итог\w*|обзор\w*)\s+(?:\S+\s+){0,6}?"
        r"(?:за|від|от)\s+$|"
        # a report's own time: "станом на 22:00 4 грудня", "по состоянию на"
        r"(?<![\w])(?:станом на|по состоянию на)\s+(?:\d{1,2}[:.]\d{2}\s+)?$",
        re.IGNORECASE,
    )
)
_REPORT_REACH = 80  # characters from the report word to its day


def report_day(
    sentence: str,
    lang: str,
    published: date | None,
    found: list[PeriodMention] | None = None,
) -> tuple[PeriodMention, date] | None:
    """The day a relayed report is for ("ISW's report for October 1"), when it
    is on or before publication; its claims were stated that day.

    >>> report_day("Troops likely took X, ISW said in its report for October 1.",
    ...            "en", date(2024, 10, 2))[1]
    datetime.date(2024, 10, 1)
    """
    for p in find_periods(sentence, lang) if found is None else found:
        if p.kind not in ("date", "since_date", "date_num"):
            continue
        # "on May 1", "від 1 жовтня" (a report dated that day, not "since")
        lead = re.match(r"(?:for|of|on|від|от)\s+", p.text, re.IGNORECASE)
        cut = p.start + (lead.end() if lead else 0)
        if not _REPORT_OF.search(sentence[max(0, cut - _REPORT_REACH) : cut]):
            continue
        day = resolve(p, published)[0 if p.kind == "since_date" else 1]
        if day is not None and (published is None or day <= published):
            return p, day
    return None


# the title of a report series names the report, not a claim of its own:
# "Summary of the Ministry of Defence … (1 December)", "Daily update",
# "Зведення Генштабу", "Сводка Минобороны", "Итоги дня"
_REPORT_TITLE = folded(
    re.compile(
        r"^\W*(?:(?:daily|weekly|operational|morning|evening)\s+)?"
        r"(?:summary|report|update|briefing|bulletin|digest|roundup)\b|"
        r"^\W*(?:(?:щоденн\w+|оперативн\w+|ежедневн\w+)\s+)?"
        r"(?:зведенн\w*|звіт\w*|підсумк\w*|брифінг\w*|сводк\w*|отч[её]т\w*|"
        r"итог\w*|брифинг\w*|бюллетен\w*)(?![\w])",
        re.IGNORECASE,
    )
)


def report_title(line: str) -> bool:
    """Whether a title line names a report ("Summary of the Ministry of
    Defence on the progress of the operation (1 December)", "Зведення
    Генштабу станом на 08:00"): such a title is no claim sentence, and the
    day its lead names ("over the past day") dates the report.

    >>> report_title("Summary of the Ministry of Defence (1 December)")
    True
    >>> report_title("Russia takes two villages, ministry says")
    False
    """
    return _REPORT_TITLE.search(line) is not None


# a period stated once for a list: "Over the past week, according to the
# General Staff:" then items "- captured X;", "— просунувся біля Y;"
_LIST_INTRO = re.compile(r":\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*▪●]|\d{1,2}[.)])\s*\w")


def list_intro(
    sentence: str, lang: str, found: list[PeriodMention] | None = None
) -> PeriodMention | None:
    """The time expression of a line that opens a list ("Over the past week,
    the General Staff reported:"), else None: it dates the list's items that
    have none of their own.

    >>> list_intro("За тиждень, за даними Генштабу:", "uk").text
    'За тиждень'
    >>> list_intro("Over the past week the army took Dubrava.", "en") is None
    True
    """
    if not _LIST_INTRO.search(sentence):
        return None
    mentions = find_periods(sentence, lang) if found is None else found
    return mentions[0] if mentions else None


def list_item(sentence: str) -> bool:
    """Whether ``sentence`` is an item of a list ("- captured X;", "2) …").

    >>> list_item("— ворог захопив Орлівку;"), list_item("Ворог захопив Орлівку.")
    (True, False)
    """
    return _LIST_ITEM.match(sentence) is not None


# a sentence that goes on with the one before ("They also took X", "Також
# вони просунулися …", "Кроме того, заняли …"): the day of the sentence before
# (``CONTINUED_KINDS``) is its time too when it has none of its own
CONTINUED_KINDS = frozenset({"date", "date_num", "weekday"})
_CONTINUES = folded(
    re.compile(
        r"^\W*(?:(?:they|it|he|she|we|its \w+|their \w+)\s+)?(?:also|"
        r"additionally|in addition|furthermore|moreover)\b|"
        r"^\W*(?:(?:вони|воно|він|вона|ми|они|оно|он|она|мы)\s+)?(?:також|теж|"
        r"крім того|окрім того|до того ж|также|тоже|кроме того|помимо (?:того|"
        r"этого)|к тому же)(?![\w])",
        re.IGNORECASE,
    )
)


def continues(sentence: str) -> bool:
    """Whether ``sentence`` goes on with the one before ("also" first).

    >>> continues("They also advanced 3 km near Dubrava.")
    True
    >>> continues("Кроме того, войска заняли Степки.")
    True
    >>> continues("Fighting goes on near Zorivka, he also said.")
    False
    """
    return _CONTINUES.search(sentence) is not None


# A claim told as the state at the time of speaking ("the heaviest fighting
# continues near X", "тривають бої за X", "сейчас бои на подступах к X") or
# only as what someone announced ("Росіяни заявили про захоплення X", "the
# ministry claimed the capture of X"): CONVENTIONS "a claim only announced on
# a day" — its period ends on the statement day, whatever span a report's
# lead or an earlier clause of the sentence gave its other claims.
_NOW = {
    "en": re.compile(
        r"\b(?:continues?|continuing|(?:is|are) (?:still )?(?:ongoing|under ?way|"
        r"raging)|still (?:ongoing|going on|under ?way)|currently|at the moment|"
        r"(?:is|are) (?:now|still) (?:\w+ing)|remains?)\b",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        r"(?<![\w])(?:триває|тривають|продовжу(?:є|ють|ється|ються)|точа?ться|"
        r"зараз|наразі|нині|залишається|залишаються|під (?:\w+ )?контролем|"
        # the attack as it goes on: "намагаються", "наступають", "штурмують"
        r"намага(?:ється|ються)|наступа(?:є|ють)|штурму(?:є|ють)|атаку(?:є|ють)|"
        r"просува(?:ється|ються)|тисне|тиснуть|"
        r"досі|дотепер)(?![\w])",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:продолжа(?:ет|ют|ется|ются)|продолжающ\w+|идут|ид[её]т|"
        r"ведутся|вед[её]тся|оста[её]тся|остаются|под (?:\w+ )?контролем|"
        r"пыта(?:ется|ются)|наступа(?:ет|ют)|штурму(?:ет|ют)|атаку(?:ет|ют)|"
        r"продвига(?:ется|ются)|дав(?:ит|ят)|"
        r"сейчас|по-прежнему|до сих пор|в настоящее время)(?![\w])",
        re.IGNORECASE,
    ),
}
# speed: folded twins, asked only of texts holding one of their keys
_NOW = {k: keyed(folded(v)) for k, v in _NOW.items()}
# a claim verb whose object is the claim: "заявили про захоплення X",
# "объявило об освобождении X", "claimed the capture of X"; a report that
# "reported"/"повідомив"/"сообщил о" a capture relays the news of its own day
_ANNOUNCED_OBJECT = folded(
    re.compile(
        # (not the adjective: "made confirmed advances", "no confirmed gains")
        r"\b(?<!made )(?<!make )(?<!makes )(?<!making )(?<!no )(?<!any )"
        r"(?<!recent )(?:announced|claimed|confirmed|declared)\s+(?:the\s+)?$|"
        r"(?<![\w])(?:заяви\w*|заявля\w*|оголоси\w*|объяви\w*)"
        r"\s+(?:про|об|о)\s+[«\"“]?$",
        re.IGNORECASE,
    )
)
# punctuation closing a stretch; not the dot of "кв. км" or "sq. km"
# the claim word in the present progressive: "are advancing", "is storming"
_PROGRESSIVE = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+|not\s+|no longer\s+)?$"
)
_PAST_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:still\s+|not\s+)?$")
# reported speech moves the present back: "said fighting continued near X",
# "said the advance was continuing" (not "continued for weeks": a past span)
_BACKSHIFTED = re.compile(
    r"\b(?:continued|(?:was|were) (?:still )?(?:continuing|ongoing|under ?way|"
    r"raging))\b(?! (?:for|until|till|through|throughout|into|to)\b)",
    re.IGNORECASE,
)
_BACKSHIFTED = keyed(_BACKSHIFTED)  # speed: passed over texts lacking its keys
_ING_WORD = re.compile(r"\w+ing\b")  # "storming", not "ours" ("the city is ours")
_SEGMENT_BREAK = re.compile(r"[,;:!?()—–]|\.(?=\s*(?:[A-ZА-ЯІЇЄҐ]|$))")
_ANNOUNCED_REACH = 40  # characters from a statement verb to the claim word


@functools.lru_cache(maxsize=256)
def _breaks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the punctuation breaks of ``sentence`` (found once:
    every claim of a long sentence asks)."""
    found = [(m.start(), m.end()) for m in _SEGMENT_BREAK.finditer(sentence)]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


def _segment(sentence: str, anchor: int) -> tuple[int, int]:
    """The stretch of ``sentence`` around ``anchor`` between punctuation."""
    starts, ends = _breaks(sentence)
    k = bisect_right(ends, anchor)  # breaks that end by the anchor
    a = ends[k - 1] if k else 0
    j = bisect_left(starts, anchor)
    return a, starts[j] if j < len(starts) else len(sentence)


def announced_object(sentence: str, anchor: int) -> bool:
    """Whether the claim word at ``anchor`` is the object of an announcement
    ("announced the capture of X on Thursday", "заявили про захоплення X",
    "объявило об освобождении X"): a day told with it is the announcement's
    (CONVENTIONS: "a claim only announced on a day").

    >>> t = "The ministry announced the capture of X on Monday."
    >>> announced_object(t, t.index("capture"))
    True
    >>> announced_object("Troops captured X on Monday.", 7)
    False
    """
    head = sentence[max(0, anchor - _ANNOUNCED_REACH) : anchor]
    return _ANNOUNCED_OBJECT.search(head) is not None


def stated_now(sentence: str, anchor: int, lang: str) -> tuple[int, int] | None:
    """The segment of ``sentence`` holding the claim word at ``anchor`` when
    the claim is told as the present state or only as announced, else None.

    >>> stated_now("Over the week we took X; fighting continues near Y.", 33, "en")
    (24, 50)
    >>> stated_now("Росіяни заявили про захоплення Ілінки.", 20, "uk")
    (0, 37)
    >>> stated_now("Over the week we took X.", 17, "en") is None
    True
    >>> stated_now("He said fighting continued near Y.", 8, "en")
    (0, 33)
    >>> stated_now("He said fighting continued for weeks near Y.", 8, "en") is None
    True
    """
    a, b = _segment(sentence, anchor)
    rx = _NOW.get(lang, _NOW["en"])
    if rx.search(sentence, a, b):
        return a, b
    head = sentence[max(a, anchor - _ANNOUNCED_REACH) : anchor]
    if (
        lang == "en"
        and (
            _BACKSHIFTED.search(sentence, anchor, b)
            or (
                _PAST_PROGRESSIVE.search(head)
                and _ING_WORD.match(sentence, anchor) is not None
            )
        )
        and any(v_end <= anchor for _, v_end in statement_verbs(sentence))
    ):
        return a, b
    if _ANNOUNCED_OBJECT.search(head) or (
        lang == "en"
        and _PROGRESSIVE.search(head)
        and _ING_WORD.match(sentence, anchor) is not None
    ):
        return a, b
    return None
