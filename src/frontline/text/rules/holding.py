"""Holding claims: control held over named settlements ("X remains under
Ukrainian control", "still in Russian hands", "ВСУ удерживают ...")."""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..anaphora import (
    EN_NAMING_ONLY,
    PUNKT,
    case_forms,
    en_settlement,
    forms_of,
    one_of,
)
from ..claimants import EN_SPEECH_VERBS
from ..context import (
    SentenceContext,
    _agent,
    _anaphoric_place,
    _blocked,
    _partial,
    _Trig,
    last_settlement,
    pointed_place,
)
from ..lang import en, ru, uk
from ..sides import concrete, opposite
from ..toponyms import PlaceMention

_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are|has been|have been|remains?|still)\s+(?:\w+\s+)?$", re.IGNORECASE
)

_SHARE = re.compile(r"\d\s?(?:%|per ?cent|percent|відсот|процент)", re.IGNORECASE)
# XKIND3-42: the territory between a share and its town ("80% of the territory
# of X", "80% території X", "80% территории X")
_TERRITORY = r"(?:" + lx.TERRITORY_OF + r")?"
# "about 70% of the town": a share of one settlement is a partial hold of it
_OF_SETTLEMENT = re.compile(
    r"\w*[»”\"’']?\s+(?:of\s+)?(?:the\s+)?" + _TERRITORY + r"(?:(?:[\w-]+\s+)?"
    rf"(?:{en_settlement(*EN_NAMING_ONLY)})\b|(?:\w+\s+)?(?:"
    + case_forms(
        "gen",
        uk=("місто", "село", "селище", PUNKT["uk"]),
        ru=("город", "поселок", "посёлок", PUNKT["ru"]),
    )
    + r")(?![\w]))",
    re.IGNORECASE,
)

_RIGHT_AFTER = re.compile(
    r"\w*[»”\"’']?\s+(?:of\s+)?(?:the\s+)?" + _TERRITORY, re.IGNORECASE
)

# a finite present verb of holding, whose subject may follow it in uk/ru
# ("Місто контролюють Сили оборони", "Село удерживают ВСУ"), or whose agent
# follows its reflexive passive ("Покровск удерживается ВСУ")
_FINITE_HOLD = re.compile(
    r"(?:контролю|утриму|удержива|контролиру)(?:ють|є|ют|ет|ется|ются|ється|"
    r"ються)$|"
    # the holder after "за": "северная часть X остается за ВСУ"
    r"(?:ется|ётся|ются|тся|ться) за$",
    re.IGNORECASE,
)
# the town itself, named earlier: "Місто контролюють …", "ВСУ удерживают город"
_TOWN_WORD = re.compile(
    r"(?<![\w])(?:"
    + one_of(
        forms_of("uk", "місто", "nom", "loc", "gen"),
        forms_of("uk", "село", "nom", "gen"),
        forms_of("uk", "селище", "nom", "gen"),
        forms_of("ru", "город", "nom", "loc", "gen"),
        case_forms("nom", ru=("поселок", "посёлок")),
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


# a fact-check label heading the claim it rejects: "Фейк: «X під контролем РФ»"
_VERDICT_LABEL = re.compile(
    r"\W*(?:fake|false|фейк|неправда|брехня|ложь|вигадка|выдумка)\s*[:—–]",
    re.IGNORECASE,
)
# KNOWNLEFT39: a holding in the first person after the label, unquoted
# ("Ложь: X по-прежнему под нашим контролем", "Fake: X is still under our
# control"): the speaker's own rebuttal of the claim answered, no claim it
# rejects
_OWN_HOLD = re.compile(r"(?<![\w])(?:our|ours|наш\w*)(?![\w])", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“”«»]")


def _labelled_false(t: str, trig: _Trig) -> bool:
    """Whether a fact-check label heads the holding ``trig`` tells as a claim
    it rejects ("Фейк: «X під контролем РФ»"), not as the speaker's own."""
    label = _VERDICT_LABEL.match(t)
    if label is None:
        return False
    own = _OWN_HOLD.search(t, label.end(), min(len(t), trig.end + 24))
    return own is None or _QUOTED.search(t, label.end(), trig.end) is not None


_FORCES_OF = re.compile(
    r"\s+(?:збройних\s+|вооруженных\s+)?(?:армі[їя]|армии|військ|войск|сил)\s*",
    re.IGNORECASE,
)


# partial control held: the object of the verb is a part of a settlement
# ("hold several blocks", "утримують позиції на околицях", "контролируют
# объекты в районе"), or the subject of a passive one is ("територія заводу
# під контролем"), or an adverb says so ("частково контролює")
_QUOTES = "«»\"“”„'’"
_PART_AFTER = {
    code: re.compile(
        rf"[\s{_QUOTES}]*(?:[\w’'-]+[\s{_QUOTES},]+){{0,4}}?{mod.PART_OF_TOWN}",
        re.IGNORECASE,
    )
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}
_PART_BEFORE = {
    code: re.compile(
        rf"{mod.PART_OF_TOWN}[\s{_QUOTES}]+(?:[\w’'-]+[\s{_QUOTES}]+){{0,3}}$",
        re.IGNORECASE,
    )
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}
_PARTLY = {
    code: re.compile(mod.PARTLY, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}
_UNDER_CONTROL = re.compile(r"контрол\w*$|hands$", re.IGNORECASE)


def _part_held(ctx: SentenceContext, trig: object, clause: tuple[int, int]) -> bool:
    """Whether ``trig`` holds a part of a settlement rather than all of it."""
    t, lang = ctx.t, ctx.lang
    start, end = trig.start, trig.end  # type: ignore[attr-defined]
    if lang not in _PART_AFTER:
        return False
    if trig.text.lower().endswith("ing"):  # type: ignore[attr-defined]
        return False  # "soldiers holding the outskirts told …": a description
    if _PARTLY[lang].search(t, max(clause[0], start - 12), start):
        return True
    m = _PART_AFTER[lang].match(t, end, clause[1])
    if m is not None:
        return True
    # a passive status: the part is the subject before "під контролем"
    return bool(
        _UNDER_CONTROL.search(trig.text)  # type: ignore[attr-defined]
        and _PART_BEFORE[lang].search(t, max(clause[0], start - 60), start)
    )


# control lost: "no longer control", "вже не контролюємо", "больше не удерживают"
_NO_LONGER = re.compile(
    r"\bno longer\s+(?:\w+\s+)?$|(?<![\w])(?:вже|уже|більше|больше|более)\s+не\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
_THEY = re.compile(
    r"(?:they|вони|они)\s+(?:(?:still|now|already|ще|вже|уже|ещё|еще|досі|"
    r"тепер|теперь|зараз|сейчас|по-прежнему)\s+)?$",
    re.I,
)


def _they_side(ctx: SentenceContext, trig: object) -> str | None:
    """Whom a "they" holding a part stands for: the side named before it in
    the sentence ("the enemy infiltrates …, and they hold several blocks"),
    else the other side of a speaker's "we" ("they hold a few streets, and we
    are clearing them out")."""
    start = trig.start  # type: ignore[attr-defined]
    if not _THEY.search(ctx.t, max(0, start - 24), start):
        return None
    named = [
        m
        for m in ctx.mentions
        if m.end <= start
        and not m.after_preposition
        and m.side in ("UA", "RU", "ENEMY")
    ]
    for m in reversed(named):
        side = concrete(m.side, ctx.perspective)
        if side:
            return side
    we = any(m.side == "WE" for m in ctx.mentions)
    if we and ctx.perspective in ("UA", "RU"):
        return opposite(ctx.perspective)
    return None


# a unit or the defenders named as the holder with no side word: "the 47th
# Brigade holds X", "X утримує 47-ма бригада", "held by the marines" (the side
# of the text)
_UNIT = re.compile(
    r"(?<![\w])(?:brigades?|battalions?|regiments?|divisions?|corps|units?|"
    r"detachments?|marines|paratroopers|бригад\w*|батальйон\w*|батальон\w*|"
    r"полк\w*|дивізі\w*|диви[зз]и\w*|корпус\w*|підрозділ\w*|подразделени\w*|"
    r"заг[іо]н\w*|отряд\w*|десантник\w*|морпіх\w*|морпех\w*|штурмовик\w*|"
    # its defenders: "the defenders still hold X", "оборонці контролюють X"
    r"defenders|захисник\w*|оборонц\w*|оборонці|защитник\w*|"
    # soldiers or a garrison with no side word: "бойцы удерживают X",
    # "гарнизон продолжает удерживать город"
    r"бойц\w*|бійц\w*|гарнизон\w*|гарнізон\w*|военные|военных|військові|"
    r"військових|"
    # troops or "the guys" with no side word: "troops still hold X", "the
    # garrison holds X", "хлопці тримають X", "ребята держат X"
    r"troops|soldiers|servicemen|fighters|garrison|guys|хлопці|хлопців|ребята|"
    r"парни)"
    r"(?![\w])",
    re.IGNORECASE,
)
_UNIT_REACH = 40  # characters after the verb ("утримує 47-ма окрема бригада")


# XKIND4-42: a holding verb sharing the subject of the verb before it ("Russian
# troops had taken X and controlled 80% of Y", "ЗСУ звільнили X і контролюють
# Y", "ВСУ отошли из X и удерживают Y")
_AND_BEFORE = re.compile(
    r"(?<![\w])(?:and|і|й|та|и)\s+(?:(?:now|still|also|вже|уже|ще|ещё|еще|також|"
    r"также|теперь|тепер)\s+)?$",
    re.IGNORECASE,
)


def _shared_subject(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> str | None:
    """The side of the subject before a plain "and" opening the clause of a
    holding verb with no subject of its own."""
    start = trig.start  # type: ignore[attr-defined]
    head = ctx.t[clause[0] : start]
    found = _AND_BEFORE.search(head)
    if found is None or head[: found.start()].strip(" ,"):
        return None
    for m in reversed(ctx.mentions):
        if m.end <= clause[0] and not m.after_preposition:
            side = concrete(m.side, ctx.perspective)
            if side in ("UA", "RU"):
                return side
            return None
    return None


# XKIND4-42: a Russian unit by its own name holding with no side word
# ("«Ахмат» контролирует более 60% X", "«Вагнер» утримує X", "Akhmat holds X");
# the names: lang RU_UNIT_OWN_NAMES
_RU_UNIT_NAME = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        [
            *en.RU_UNIT_OWN_NAMES.split(),
            *(
                rf"{name}\w{{0,2}}"
                for name in dict.fromkeys(
                    uk.RU_UNIT_OWN_NAMES.split() + ru.RU_UNIT_OWN_NAMES.split()
                )
            ),
        ]
    )
    + r")(?![\w])"
)


def _named_unit_side(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> str | None:
    """Russia's side when a Russian unit by its own name holds the place: the
    name before the verb in its clause, or right after it."""
    start, end = trig.start, trig.end  # type: ignore[attr-defined]
    if _RU_UNIT_NAME.search(ctx.t, clause[0], start) or _RU_UNIT_NAME.search(
        ctx.t, end, min(clause[1], end + _UNIT_REACH)
    ):
        return "RU"
    return None


def _unit_side(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> str | None:
    """The text's own side when a unit with no side word holds the place."""
    side = ctx.st.own_side or ctx.perspective
    if side not in ("UA", "RU"):
        return None
    start, end = trig.start, trig.end  # type: ignore[attr-defined]
    if _UNIT.search(ctx.t, clause[0], start) or _UNIT.search(
        ctx.t, end, min(clause[1], end + _UNIT_REACH)
    ):
        return side
    return None


def _part_place(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> list[str]:
    """The settlement a part held belongs to when the clause names none: the
    settlement named last before it (in the sentence or the text)."""
    start = trig.start  # type: ignore[attr-defined]
    places = ctx.places
    if any(clause[0] <= p.start < clause[1] and p.region for p in places):
        return []  # a region's parts are areas, not a settlement's
    earlier = [p.name for p in places if p.start < start and not p.region]
    return earlier[-1:] or last_settlement(ctx.st)


def _subject_after(ctx: SentenceContext, trig: object) -> str | None:
    """Side named right after a finite uk/ru holding verb (object-first order)."""
    end = trig.end  # type: ignore[attr-defined]
    if re.search(r"контрол", trig.text, re.IGNORECASE):  # type: ignore[attr-defined]
        # "під контролем армії РФ", "под контролем войск РФ"
        m = _FORCES_OF.match(ctx.t, end)
        if m is None:
            return None
        end = m.end()
    elif not _FINITE_HOLD.search(trig.text):  # type: ignore[attr-defined]
        return None
    for sm in ctx.mentions:
        if 0 <= sm.start - end <= 2 and sm.side in ("UA", "RU", "WE", "ENEMY"):
            return concrete(sm.side, ctx.perspective)
    return None


def _town_before(ctx: SentenceContext, clause: tuple[int, int]) -> list[str]:
    """The settlement a bare "місто"/"город" in ``clause`` points back to."""
    if ctx.lang not in ("uk", "ru") or not _TOWN_WORD.search(
        ctx.t, clause[0], clause[1]
    ):
        return []
    earlier = [p.name for p in ctx.places if p.start < clause[0] and not p.region]
    return earlier[-1:] or last_settlement(ctx.st)


# a pronoun subject right before the holding words: "It remains in Ukrainian
# hands", "Вона досі в руках ЗСУ", "Она по-прежнему под контролем ВСУ"
_IT_BEFORE = re.compile(
    r"^[\W]*(?:(?:but|and|але|проте|однак|а|но|однако)\s+)?(?:it|вона|воно|она|оно)"
    r"\s+(?:(?:still|remains|is|has been|досі|ще|й|і|надалі|залишається|лишається|"
    r"по-прежнему|до сих пор|всё ещё|все еще|все ещё|остается|остаётся)\s+){0,2}$",
    re.IGNORECASE,
)


def _pronoun_place(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> list[str]:
    """The settlement a pronoun subject of the holding words points back to."""
    start = trig.start  # type: ignore[attr-defined]
    if not _IT_BEFORE.match(ctx.t[clause[0] : start]):
        return []
    earlier = [p.name for p in ctx.places if p.start < clause[0] and not p.region]
    return earlier[-1:] or last_settlement(ctx.st)


# positions held INSIDE a named settlement: "still holding positions in and
# around X", "positions in the centre of X" (a part of X held); positions
# near, west of or in the area of X stay unclaimed (uk/ru: a part of X only,
# "утримують позиції в північній частині X"; a bare "позиції в X" reads as
# fighting as often)
_POSITIONS_IN = {
    code: re.compile(mod.POSITIONS_IN, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


def _positions_in_town(
    ctx: SentenceContext, trig: object, named: list[PlaceMention]
) -> bool:
    """Whether ``trig`` holds positions inside a settlement of ``named``."""
    pattern = _POSITIONS_IN.get(ctx.lang)
    end = trig.end  # type: ignore[attr-defined]
    return pattern is not None and any(
        0 < p.start - end <= 60 and pattern.fullmatch(ctx.t, end, p.start)
        for p in named
    )


# a town still occupied, the occupier unnamed: Russia holds it
_OCCUPIED = re.compile(
    r"occupied|occupation|окупован|окупаці|оккупирован|оккупаци", re.IGNORECASE
)


# the object of the verb in quotes, where uk/ru clauses are cut: "ВСУ
# контролируют «инфраструктурные объекты» в районе X"
_QUOTE_OPEN = re.compile(r"\s*[«“„\"]")
_QUOTE_CLOSE = re.compile(r"[»”\"]")
_QUOTED_REACH = 80  # characters of a quoted object


def _through_quote(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> tuple[int, int]:
    """``clause`` carried on through a quoted object that cut it right after
    the verb ``trig``, and through the clause after the closing quote."""
    t = ctx.t
    opened = _QUOTE_OPEN.match(t, trig.end)  # type: ignore[attr-defined]
    if opened is None or clause[1] > opened.end():
        return clause
    close = _QUOTE_CLOSE.search(t, opened.end(), opened.end() + _QUOTED_REACH)
    if close is None:
        return clause
    end = close.end()
    if end < len(t):
        after = ctx.clause_span(end)
        if after[0] <= end + 2:
            end = max(end, after[1])
    return clause[0], end


# control with no owner named, the clause ending after it: "X remains under
# control", "Сіверськ досі під контролем", "Северск под контролем, сообщили"
# (not "under the control of …", "під контролем окупантів")
_OWNERLESS = re.compile(
    r"(?:under|під|под)\s+(?:(?:full|complete|повним|повним|полным|нашим)\s+)?"
    r"контрол\w*$|\bunder\s+(?:full\s+|complete\s+)?control$|"
    # S36REST: a town holding out: "Покровськ тримається", "X держится"
    r"(?<![\w])(?:тримається|тримаються|держится|держатся)$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?»”\"]|[—–]\s|$)")
# a situation, not a place, under control: "the situation in X is under control"
_SITUATION = re.compile(
    r"\bsituation\b|(?<![\w])(?:ситуаці|ситуаци|обстановк)", re.IGNORECASE
)


def _ownerless_side(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> str | None:
    """The speaker's side for a place "under control" with no owner named."""
    side = ctx.st.own_side or ctx.perspective
    t = ctx.t
    start, end = trig.start, trig.end  # type: ignore[attr-defined]
    if (
        side not in ("UA", "RU")
        or not _OWNERLESS.search(t, max(clause[0], start - 12), end)
        or not _CLAUSE_END.match(t, end)
        or _SITUATION.search(t, clause[0], start)
    ):
        return None
    return side


# control owned by a possessive: "X remains under its control", "under their
# control", "під своїм контролем", "под своим контролем": the side that is the
# subject of the sentence (else the speaker's own side)
_POSSESSIVE = re.compile(
    r"\b(?:under|in)\s+(?:its|their)\s+(?:(?:full|complete|firm)\s+)?$|"
    r"(?<![\w])(?:під|под)\s+(?:своїм|своим)\s+(?:(?:повним|полным|надійним|"
    r"надежным)\s+)?$",
    re.IGNORECASE,
)


def _possessive_side(ctx: SentenceContext, trig: object) -> str | None:
    """The subject's side for control told with "its"/"their"/"своїм"."""
    start = trig.start  # type: ignore[attr-defined]
    if not _POSSESSIVE.search(ctx.t, max(0, start - 30), start):
        return None
    for m in ctx.mentions:
        if m.end <= start and not m.after_preposition:
            side = concrete(m.side, ctx.perspective)
            if side in ("UA", "RU"):
                return side
    side = ctx.st.own_side or ctx.perspective
    return side if side in ("UA", "RU") else None


def holding_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``:
    a recipe of the steps below (guard, clause, share, places, holder,
    negation)."""
    for trig in [tr for tr in ctx.trigs if tr.family == "hold" and not tr.used]:
        reason = _hold_guard(ctx, trig)
        if reason is not None:
            ctx.drop(trig, reason)
            continue
        clause = _hold_clause(ctx, trig)
        share, of_town = _share_of_town(ctx, trig, clause)
        if share and not of_town:
            ctx.drop(trig, "share")
            continue  # share-of-territory status lines are not annotated
        held, part, reason = _held_places(ctx, trig, clause, share)
        if reason is not None:
            ctx.drop(trig, reason)
            continue
        side = _holder(ctx, trig, clause)
        if side is None:
            ctx.drop(trig, "no-side")
            continue
        side, negated = _hold_negation(ctx, trig, clause, side)
        for tr in ctx.trigs:
            if tr.family == "hold" and clause[0] <= tr.start < clause[1]:
                tr.used = True
        ctx.out.append(
            ctx.make(
                "settlement_control",
                trig.start,
                clause,
                trig,
                side,
                held,
                negated=negated,
                holding=True,
                partial=True
                if of_town or part
                else _partial(ctx.t[trig.end : clause[1]]),
            )
        )


# "who/from/of …" before the verb: not a holder ("freed from Russian control")
_HOLD_FROM = re.compile(
    r"\b(?:who|from|of)\s+(?:\w+\s+)?$|(?:з-під|из-под|від|от)\s+(?:\w+\s+)?$"
)
_BRIDGEHEAD = re.compile(r"плацдарм|bridgehead", re.I)
# (not "held on to X": kept through an attack, a hold told in the past)
# (EN30b: "still held" is a status the writer tells, past or not, unless a
# time sets it back: "X, still held by Ukrainian forces at the time")
_PAST_HELD = re.compile(r"(?<!still )\b(?:controlled|held)\b(?! ?on)", re.I)
_BACK_THEN = re.compile(r"[^.;!?]{0,60}?\b(?:at the time|back then|then)\b", re.I)
# backshifted reported speech keeps a past "held": "officials said X was held"
_REPORTED_BEFORE = re.compile(
    rf"\b(?:{EN_SPEECH_VERBS})\s+(?:that\s+)?(?:\S+\s+){{0,4}}$|"
    r"\b(?:statement|claim|report|assertion)s?\b[^.;]{0,50}?\bthat\s+"
    r"(?:\S+\s+){0,4}$"
)
# XKIND4-42: a clause further on in a reported sentence ("told Putin on
# Thursday that X had fallen and that his units controlled 70% of Y", "had
# claimed late on Tuesday that Wagner controlled the whole of Y"), where the
# past "controlled" holds a share or the whole of a town: a status reported
_REPORTED_FAR = re.compile(rf"\b(?:{EN_SPEECH_VERBS})\s[^.;!?]{{0,200}}$")
_SHARE_HELD = re.compile(
    r"\s+(?:(?:more|less|fewer) than\s+|about\s+|almost\s+|nearly\s+|over\s+|"
    r"around\s+|roughly\s+|some\s+)?\d[\d.,]*\s?(?:%|per ?cent|percent)|"
    r"\s+(?:the whole|all|most) of\b",
    re.IGNORECASE,
)


_BACK_THEN_BEFORE = re.compile(r"\b(?:at the time|back then|then)\b[^.;!?]*$", re.I)


def _part_controlled(ctx: SentenceContext, trig: object) -> bool:
    """Whether an English past "controlled"/"held" with a part of a town for
    its object tells the part's status, not a past one (EN30b: "Russian
    forces controlled several blocks in the east of X"; not "at the time",
    "back then")."""
    t, start, end = ctx.t, trig.start, trig.end  # type: ignore[attr-defined]
    if ctx.lang != "en" or trig.text.lower() not in ("held", "controlled"):  # type: ignore[attr-defined]
        return False
    clause = ctx.clause_span(start)
    return (
        _PART_AFTER["en"].match(t, end, clause[1]) is not None
        and _BACK_THEN.match(t, end) is None
        and _BACK_THEN_BEFORE.search(t, clause[0], start) is None
    )


def _hold_guard(ctx: SentenceContext, trig: object) -> str | None:
    """Why ``trig`` makes no holding claim at all (``None``: it may)."""
    t = ctx.t
    start = trig.start  # type: ignore[attr-defined]
    if (
        trig.used  # type: ignore[attr-defined]  # "continue holding control of"
        or ctx.question
        or _blocked(t, trig, ctx.lang)
        or _HOLD_FROM.search(t[max(0, start - 25) : start])
    ):
        return "question" if ctx.question else "blocked"
    # a present status stays: "X is controlled by", "has been held by"
    present = _PRESENT_PASSIVE.search(t[max(0, start - 25) : start])
    text = trig.text  # type: ignore[attr-defined]
    end = trig.end  # type: ignore[attr-defined]
    past = _PAST_HELD.search(text) or (
        text.lower().endswith(("held", "controlled")) and _BACK_THEN.match(t, end)
    )
    if past and _part_controlled(ctx, trig):
        past = None  # "Russian forces controlled several blocks of X": a status
    if _BRIDGEHEAD.search(text) or (
        past
        and not present
        and not _REPORTED_BEFORE.search(t[max(0, start - 100) : start])
        and not (
            _SHARE_HELD.match(t, end)
            and _REPORTED_FAR.search(t[max(0, start - 200) : start])
        )
    ):
        # past descriptions (backshifted reported speech stays); bridgeheads
        # are areas
        return "past-or-bridgehead"
    if _describes_teller(ctx, trig):
        return "teller"
    if any(
        tr is not trig
        and tr.family in ("capture", "withdraw")
        and -2 <= start - tr.end <= 14
        # not across a clause: "Канал ми залишили, але місто тримаємо"
        and "," not in t[tr.end : start]
        # XKIND4-42: nor across a plain "and" ("had taken X and controlled 80%
        # of Y": a second claim of its own)
        and " and " not in t[tr.end : start]
        for tr in ctx.trigs_ending_in(start - 14, start + 3)
    ):
        return "with-capture"  # "had taken full control", "relinquished control"
    return None


# a teller described by what it holds: "…, Ukrainian soldiers holding the
# city's outskirts told reporters" (the holding is no news of its own)
_TOLD_AFTER = re.compile(rf"\b(?:{EN_SPEECH_VERBS}|tells)\b", re.IGNORECASE)
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|still|keep|kept|keeps|continue[sd]?)\s+$",
    re.IGNORECASE,
)


def _describes_teller(ctx: SentenceContext, trig: object) -> bool:
    """Whether an English "holding" describes the teller of its clause: a
    part of a town held, then a telling verb ("soldiers holding the town's
    outskirts told …")."""
    t, start, end = ctx.t, trig.start, trig.end  # type: ignore[attr-defined]
    if ctx.lang != "en" or not trig.text.lower().endswith("ing"):  # type: ignore[attr-defined]
        return False
    if _BE_BEFORE.search(t, max(0, start - 20), start):
        return False  # "are still holding the outskirts": a status
    clause = ctx.clause_span(start)
    part = _PART_AFTER["en"].match(t, end, clause[1])
    return part is not None and bool(_TOLD_AFTER.search(t, part.end(), clause[1]))


def _hold_clause(ctx: SentenceContext, trig: object) -> tuple[int, int]:
    """The clause ``trig`` holds in, reaching back over a dash to its subject
    and on through a quoted object."""
    t = ctx.t
    start = trig.start  # type: ignore[attr-defined]
    clause = ctx.clause_span(start)
    if clause[0] > 0 and not t[clause[0] : start].strip(" —–-"):
        # "основна частина міста — наша": the predicate after a dash
        # speaks of the subject before it
        head = len(t[: clause[0]].rstrip(" —–-")) - 1
        clause = (ctx.clause_span(max(0, head))[0], clause[1])
    elif ctx.lang == "en":
        clause = (_subject_past_aside(ctx, clause[0], start), clause[1])
    elif (
        opened := _QUOTE_OPENED_BEFORE.search(t, 0, clause[0])
    ) and _FEW_WORDS.fullmatch(t, clause[0], start):
        # XDET5: the predicate quoted after its subject ("Купянск «полностью
        # под нашим контролем»", "місто «залишається під контролем ЗСУ»")
        clause = (ctx.clause_span(opened.start() - 1)[0], clause[1])
    return _through_quote(ctx, trig, clause)


# XDET5 (session 43): a guillemet opened right before a clause, after a word
_QUOTE_OPENED_BEFORE = re.compile(r"(?<=\w)\s+[«„“]\s*$")
# at most three words between the clause's start and its trigger
_FEW_WORDS = re.compile(r"\s*(?:[\w’'ʼ-]+\s+){0,3}")


# EN31c: an aside between a place and what holds it ("X, which Russian
# troops had held since March, is fully under Ukrainian control", "X, a
# village of 300 people, is still in Ukrainian hands")
_ASIDE = re.compile(
    r"(?:which|that|where|a|an|the|once|one)\s[^,.;:!?()\"“”]{0,80},\s*",
    re.IGNORECASE,
)


def _subject_past_aside(ctx: SentenceContext, begin: int, start: int) -> int:
    """Where the clause of a hold trigger at ``start`` begins once a
    settlement before an aside ending before the trigger is its subject
    (``begin``, the clause's own start: none)."""
    t = ctx.t
    for p in ctx.places:
        if p.region or p.end > begin or not re.fullmatch(r",\s*", t[p.end : begin]):
            continue
        aside = _ASIDE.match(t, begin)
        if (
            aside is not None
            and aside.end() <= start
            and not ctx.places_in(aside.end(), start)
        ):
            return p.start
    return begin


def _share_of_town(
    ctx: SentenceContext, trig: object, clause: tuple[int, int]
) -> tuple[re.Match[str] | None, object]:
    """A share figure after ``trig``, and whether it is a share of a town."""
    t = ctx.t
    end = trig.end  # type: ignore[attr-defined]
    share = _SHARE.search(t, end, max(end, clause[1]))
    of_town = share is not None and (
        _OF_SETTLEMENT.match(t, share.end())
        or any(
            not p.region
            and p.start >= share.end()
            and _RIGHT_AFTER.fullmatch(t, share.end(), p.start)
            for p in ctx.places
        )
    )
    return share, of_town


def _held_places(
    ctx: SentenceContext,
    trig: object,
    clause: tuple[int, int],
    share: re.Match[str] | None,
) -> tuple[list[str], bool, str | None]:
    """The places held, whether only a part is, and why none (a reason)."""
    t, in_clause = ctx.t, ctx.places_in(*clause)
    named = [p for p in in_clause if not p.region]
    held = [p.name for p in in_clause]
    part = not share and _part_held(ctx, trig, clause)
    if not named:
        # "but the settlement is controlled by the Armed Forces": the
        # settlement named before
        held = (
            _anaphoric_place(t, clause, ctx.places, ctx.st)
            or _town_before(ctx, clause)
            or _pronoun_place(ctx, trig, clause)
            or pointed_place(ctx, clause)[0]
        )
        if part and not held:
            held = _part_place(ctx, trig, clause)
    end = trig.end  # type: ignore[attr-defined]
    if not held or (
        not part
        and lx.GROUND_OR_POSITIONS.search(t[end : end + 25])
        and not (part := _positions_in_town(ctx, trig, named))
    ):
        return held, part, "no-place" if not held else "ground"
    return held, part, None


def _holder(ctx: SentenceContext, trig: object, clause: tuple[int, int]) -> str | None:
    """The side holding: the agent told, else the first of the fallbacks
    (a "we" verb, the subject after, "they", a unit, the occupier, the
    speaker's own side for control with no owner)."""
    side, explicit = _agent(ctx.t, trig, clause, ctx.mentions, ctx.st, ctx.perspective)
    first = lx.FIRST_PLURAL.get(ctx.lang)
    text = trig.text  # type: ignore[attr-defined]
    if first is not None and first.search(text) and ctx.perspective:
        side, explicit = ctx.perspective, True  # "місто тримаємо": we hold it
    after = _subject_after(ctx, trig)
    if after is not None and (not explicit or side is None):
        side, explicit = after, True
    if explicit and side is not None:
        return side
    # "they hold several blocks", "вони досі утримують X": the side named
    # before, or the other side of a speaker's "we"
    fallback = (
        _they_side(ctx, trig)
        or _shared_subject(ctx, trig, clause)
        or _named_unit_side(ctx, trig, clause)
        or _unit_side(ctx, trig, clause)
        or _possessive_side(ctx, trig)
    )
    if fallback is not None:
        return fallback
    if _OCCUPIED.search(text):
        return "RU"  # "X remains occupied": the occupier
    # "X remains under control": nobody tells of the enemy's control
    # with no owner, so the speaker's own side holds it
    return _ownerless_side(ctx, trig, clause)


def _hold_negation(
    ctx: SentenceContext, trig: object, clause: tuple[int, int], side: str
) -> tuple[str, bool]:
    """The holder and negation: control no longer held is the other side's."""
    t = ctx.t
    start = trig.start  # type: ignore[attr-defined]
    negated = ctx.negated_near(trig, clause) or _labelled_false(t, trig)
    if negated and _NO_LONGER.search(t, max(clause[0], start - 24), start):
        # "частину міста ми вже не контролюємо", "no longer hold X": the
        # other side holds it now (a loss, not a denial)
        return opposite(side), False
    return side, negated
