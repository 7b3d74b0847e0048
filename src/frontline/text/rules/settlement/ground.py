"""Ground, positions or a distance taken or left (an advance, an area by
comparison or a whole zone), local ground of the town told of ("took back two
streets"), and the advance claim maker the other steps share."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...context import SentenceContext, last_settlement
from ...lang import en, ru, uk
from ..advance import ground_distance
from ..area import _TOWN_TERRITORY
from .targets import _Target
from .words import _ENTIRE, _GROUND, _whole_region

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
    # XDET40: a slag heap or a stretch of road is ground ("captured the slag
    # heap near X", "regained a section of the road", "отбили терриконик у X")
    r"(?:(?:slag|waste|spoil|mine(?: waste)?) )?heaps?|terrikons?|"
    r"(?:sections?|stretch(?:es)?|segments?) of (?:the )?(?:\w+ )?(?:road|highway|"
    r"railway|rail line)|терикон\w*|террикон\w*|"
    r"позиці\w*|позици\w*|рубеж\w*|посадк\w*|посадок|окоп\w*|"
    r"опорн\w+ пункт\w*|опорник\w*|лісосмуг\w*|лісопосад(?:к\w*|ок)|"
    r"лесопосад(?:к\w*|ок)|лесополос\w*|"
    r"висот\w*|высот\w*|будин(?:ки|ків|ок)|будівл\w*|здани[яей]\w*|"
    # a bridgehead taken is ground, not a settlement: "захопили плацдарм"
    r"плацдарм\w*)(?![\w’'])"
)


# a part of a town left is ground, not the town: "pulled back from the market
# district to the river", "відійшли зі східного кварталу", "отошли из
# микрорайона", "з околиць X" (lower-case modifiers only: not "the Pokrovsk
# district")
_DISTRICT_OBJECT = re.compile(
    r"\s*(?:(?i:from|out of|з|із|зі|из|с|со)\s+)?(?:[a-zа-яіїєґё][\w’'-]*\s+){0,3}?"
    r"(?i:(?:micro)?districts?|quarters?|neighbou?rhoods?|"
    r"мікрорайон\w*|микрорайон\w*|квартал\w*|"
    # (session 23) its outskirts left, as its outskirts reached are an
    # advance (dev2): "ВСУ отошли с северной окраины X", "withdrew from the
    # outskirts of X"
    r"outskirts|околиц\w*|окраин\w*)(?![\w’'])"
)


# a distance taken back is ground: "відвоювали 800 метрів біля X",
# "отвоевали километр", "won back 500 metres" (rules/advance.ground_distance)
_DISTANCE_OBJECT = re.compile(
    r"\s*(?:(?:about|around|approximately|some|roughly|nearly|almost|up to|"
    r"another|приблизно|близько|"
    r"ще|около|почти|еще|ещё|до)\s+)?(?:[\d.,]+|[\w-]+)\s*(?:км|km|метр\w*|"
    r"кілометр\w*|километр\w*|kilomet\w*|metres|meters|miles?)(?![\w])",
    re.IGNORECASE,
)

# LEFTUKRU36: a withdrawal by a distance ("отступили на 5 км", "відійшли на
# 5 км", "fell back by 5 km"): ground left, told by how deep
_BY_DISTANCE_OBJECT = re.compile(
    r"\s*(?:на|by)\s+(?=\S)" + _DISTANCE_OBJECT.pattern.removeprefix(r"\s*"),
    re.IGNORECASE,
)


# local ground inside a town, taken in a sentence naming no place: "took back
# two streets", "retook several houses" (English: the uk/ru words also name
# homes hit by strikes and quarters of a year)
_LOCAL_GROUND = re.compile(
    r"\s*(?:back\s+)?(?:(?:the|a|two|three|four|five|several|a few|few|some|"
    r"more|\d+|last|remaining|first|nearby)\s+){0,2}"
    r"(?:streets|houses|buildings|(?:city\s+)?blocks)\b",
    re.IGNORECASE,
)


# an explainer headline ("Why Russia's slow advance on X is so costly", "How
# Ukraine held Y", "Чому …", "Почему …") asks, it reports no change
_WHOLE_ZONE = re.compile(
    r"\b(?:complet(?:ed|es|e|ion of)|entire|whole|all of|zone of responsibility)\b|"
    r"(?<![\w])(?:заверш\w+|закінчи\w+|закінчен\w*|зоні відповідальності|"
    r"зоне ответственности|всю|всей|всієї|повністю|полностью)(?![\w])",
    re.IGNORECASE,
)


_COORDINATED = re.compile(
    r"\b(?:and|і|та|й|и)\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE
)


def _approx_word(text: str) -> str | None:
    m = re.search(
        r"\b(?:at least|more than|nearly|almost|about|over|some|"
        r"roughly|around)\b",
        text,
        re.I,
    )
    return m.group(0).lower() if m else None


def _advance(
    ctx: SentenceContext,
    trig: Any,
    g: _Target,
    pl: list[str],
    span: tuple[int, int] | None = None,
) -> Any:
    """An advance claim of ``trig``, given its places ``pl`` (and how far the
    ground moved: ``advance.ground_distance``), quoting ``span`` (the
    target's, unless given)."""
    span = span or g.span
    dist = ground_distance(ctx, trig, span)
    return ctx.make(
        "advance",
        trig.start,
        span,
        trig,
        g.gainer,
        pl,
        negated=g.neg,
        sector=ctx.sector,
        distance_km=round(dist.value, 6) if dist else None,
        approx=dist.approx if dist else None,
    )


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
    r"\s*(?:[\w-]+[»”\"]?\s+){1,2}?(?:з|зі|із|с|со|из)\s+(?:\w+\s+)?(?:позиці|позици|"
    r"висот|высот|лісосмуг|лесополос|посад(?:к|ок)|окоп|траншей|опорн|"
    r"плацдарм)\w*",
    re.IGNORECASE,
)


# a trigger that is itself ground: a zone of control grown ("збільшили зону
# контролю біля X", "увеличили зону контроля у X") is ground near the place
_ZONE_TRIGGER = re.compile(
    r"(?:зон|площ|територі|территори)\w* (?:\w+ )?(?:контрол|окупаці|оккупаци)"
    r"\w*$|подконтрольн\w* \w+$",
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
        or _ZONE_TRIGGER.search(trig.text)
        or (
            trig.family == "withdraw"
            and (_DISTRICT_OBJECT.match(tail) or _BY_DISTANCE_OBJECT.match(tail))
        )
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
    if not (pl or sector or regions) and (
        _POSITIONS_OBJECT.match(tail) or _DISTRICT_OBJECT.match(tail)
    ):
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
    elif pl or sector or regions or _moved_back_by(tail):
        # LEFTUKRU36: "ВСУ отступили на 5 км", "troops retreated 5 km": the
        # other side's advance by that distance, with no place
        ctx.out.append(_advance(ctx, trig, g, pl))
    else:
        ctx.drop(trig, "ground-unplaced")


def _moved_back_by(tail: str) -> bool:
    """Whether a withdrawal's object is the distance it moved back ("на 5
    км", "5 km", "by 5 km").

    >>> _moved_back_by(" на 5 км."), _moved_back_by(" 5 km."), _moved_back_by(" з Х")
    (True, True, False)
    """
    return bool(_DISTANCE_OBJECT.match(tail) or _BY_DISTANCE_OBJECT.match(tail))


def _ground_taken_claim(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """Ground or positions taken: a whole zone, an area by comparison, or an
    advance at the place told (or the place of a coordinated predicate)."""
    st, t, out, tail = ctx.st, ctx.t, ctx.out, g.tail
    regions, sector = g.regions, ctx.sector
    made = len(out)
    if regions and (
        _WHOLE_ZONE.search(t, g.clause[0], g.clause[1])
        or _territory_of_region(ctx, trig, g)
    ):
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
    elif pl := _fronted_place(ctx, g):
        # "Під X ЗСУ відновили контроль над кількома позиціями": the place
        # fronted before the verb
        out.append(_advance(ctx, trig, g, pl))
    elif not ctx.places and st.last_places and _POSITIONS_OBJECT.match(tail):
        # "we retook a tree line": local ground of the town told of
        out.append(_advance(ctx, trig, g, last_settlement(st)))
    if len(out) == made:
        ctx.drop(trig, "ground-unplaced")


# XDET40: a preposition of nearness right before a place (lang GROUND_NEAR)
_NEAR_BEFORE = {
    code: re.compile(rf"(?<![\w-]){mod.GROUND_NEAR}\s+$", re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


def _fronted_place(ctx: SentenceContext, g: _Target) -> list[str]:
    """The settlement fronted before the verb of ground taken with a
    preposition of nearness ("Near X we took back two tree lines", "Під X
    ЗСУ відновили позиції"), as a one-name list, or []."""
    near = _NEAR_BEFORE.get(ctx.lang)
    for p in reversed(g.before_pl):
        if near and not p.region and near.search(ctx.t, max(0, p.start - 25), p.start):
            return [p.name]
    return []


# XKIND41: "territory" right before the region it is ("the liberation of
# the territory of the X region", "звільнення території X області")
_TERRITORY_OF = re.compile(lx.TERRITORY_OF + "$", re.IGNORECASE)


def _territory_of_region(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Whether the ground taken is the territory of the region named right
    after it (no settlement named): the whole region, not an advance."""
    ground = _GROUND.search(g.tail[:60])
    if g.settlements or not g.regions or ground is None:
        return False
    a = trig.end + ground.start()
    first = min(p.start for p in g.regions)
    return first > a and bool(_TERRITORY_OF.fullmatch(ctx.t[a:first]))


def _ground_claim(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Ground taken ("gained ground near X": an advance; unplaced: dropped) or
    an entire region taken; False when it is neither."""
    t, clause, regions = ctx.t, g.clause, g.regions
    whole = bool(regions) and bool(_ENTIRE.search(t[clause[0] : clause[1]]))
    ground = _GROUND.search(g.tail[:60])
    if ground and _TOWN_TERRITORY.match(g.tail, ground.start()):
        return False  # XKIND3-42: a town's territory is the town (recalled)
    if ground and not lx.SETTLEMENT_NOUN.search(g.tail[: ground.start()]):
        whole = whole or _territory_of_region(ctx, trig, g)
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
