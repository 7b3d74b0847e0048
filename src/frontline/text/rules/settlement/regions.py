"""Region-level and unnamed claims: "have not lost a single settlement", "most of
the Luhansk region", ground taken in the passive, a region or bank left, and an
unnamed settlement in a region ("captured a village in Donetsk region") or a
capitalised word before the verb taken as the settlement."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...context import SentenceContext
from ...lang import ru, uk
from ...sides import side_mentions
from ...toponyms import PlaceMention
from .ground import _advance
from .targets import _Target
from .words import _GROUND, _NEW_POSITIONS, _whole_region

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
    r"evicted)$|(?:вибил|выбил|вибит|выбит|витісн|вытесн|выдавил|видавил)\w*$",
    re.IGNORECASE,
)


_SHARE_OF_BEFORE = re.compile(
    r"\b(?:most|much|the bulk|(?:about |nearly |over )?half|a third|two-thirds|"
    r"the majority) of (?:the|these|those|this|that|its|their) (?:ground|gains|"
    r"territory|land|area)\b|(?<![\w])(?:більшість|більша частина|большая часть|"
    r"большинство) (?:цієї |этой |этих )?(?:територі\w+|территори\w+|площ\w+)",
    re.IGNORECASE,
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
    r"\b(?:bank|region|oblast|province|district)\b|"
    r"(?:берег|област|район|регион|регіон)",
    re.I,
)


_A_TOWN = re.compile(
    r"\b(?:villages?|towns?|cit(?:y|ies)|settlements?|localit(?:y|ies)|hamlets?)\b|"
    r"(?<![\w])(?:сел|сёл|сіл|міст|город|населен|селищ|посел|деревн|хутор)",
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


# a capitalised word just before the verb, taken as the settlement when the
# gazetteer knows none (not the preposition before it: "Над Колосками
# встановлено"; with its district: "Роботине Пологівського району звільнене")
_CAPITALISED_LEAD = re.compile(
    r"(?:^|\s|[\"“«])(?:(?:Над|Під|Под)\s+)?"
    r"((?-i:[A-ZА-ЯІЇЄҐ])[\w’'ʼ-]+(?:[ -](?-i:[A-ZА-ЯІЇЄҐ])"
    r"[\w’'ʼ-]+)?)(?:\s+(?:на|в|у|in|near|під|под)\s+[\w’'ʼ-]+)?"
    r"(?:\s+[\w’'ʼ-]+(?:ського|цького|зького|ского|цкого|ської|ской)\s+"
    r"(?:району|района|області|области|громади|округа))?"
    r"(?:\s+(?:was|were|is|has been|have been|had been|"
    r"повністю|полностью|completely|fully|finally|now|нарешті|"
    r"окончательно|остаточно))*\s*$"
)


def _unnamed_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Take a capitalised word before ``trig`` as its settlement; claim an
    unnamed settlement in a region (a recipe of the two steps below)."""
    _take_capitalised_lead(ctx, trig, g)
    return _unnamed_in_region_claim(ctx, trig, g)


def _take_capitalised_lead(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """With no settlement named nor a settlement noun, make a capitalised word
    just before ``trig`` the object of ``g`` (not a person, a side or a common
    noun opening the sentence)."""
    t, seg_before = ctx.t, g.seg_before
    if g.settlements or lx.SETTLEMENT_NOUN.search(t[seg_before[0] : g.seg_after[1]]):
        return
    lead = _CAPITALISED_LEAD.search(t[seg_before[0] : trig.start])
    if (
        lead
        and lead.group(1) not in ctx.st.people
        and not side_mentions(lead.group(1), ctx.lang)
        and not _NOT_A_TOWN.match(lead.group(1))
    ):
        name, cut = _without_unit_head(_owner(lead.group(1)))
        a = seg_before[0] + lead.start(1) + cut
        g.settlements = [PlaceMention(a, a + len(name), name, False)]
        g.obj = g.settlements


# LEFTUKRU36: a unit's noun before the place it holds (lang uk/ru)
_UNIT_HEADS = frozenset(
    w.capitalize() for w in (uk.UNIT_HEAD_NOUNS + " " + ru.UNIT_HEAD_NOUNS).split()
)


def _without_unit_head(name: str) -> tuple[str, int]:
    """A two-word lead without a unit's noun opening it ("Гарнизон Угледара
    отступил": the place is "Угледара"), and how far the name moved.

    >>> _without_unit_head("Гарнізон Вугледара"), _without_unit_head("Часов Яр")
    (('Вугледара', 9), ('Часов Яр', 0))
    """
    head, _, rest = name.partition(" ")
    if rest and head in _UNIT_HEADS:
        return rest, len(head) + 1
    return name, 0


def _owner(word: str) -> str:
    """PROBEEN35: a capitalised lead without its possessive "'s": the place
    that owns the noun ("Vuhledar's capture", "Toretsk's fall").

    >>> _owner("Vuhledar's"), _owner("Pervomais'ke"), _owner("Ivanivka")
    ('Vuhledar', "Pervomais'ke", 'Ivanivka')
    """
    if len(word) > 3 and word.endswith(("'s", "’s")):
        return word[:-2]
    return word


def _unnamed_in_region_claim(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """ "capture village in Donetsk region": an unnamed settlement taken in the
    regions named."""
    if not (
        not g.settlements
        and g.regions
        and trig.family == "capture"
        and not trig.passive
        and _UNNAMED_SETTLEMENT.match(g.tail)
    ):
        return False
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
