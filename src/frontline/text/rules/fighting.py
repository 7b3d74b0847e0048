"""Fighting claims: a place (or sector) where fighting goes on, no gainer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import lexicon as lx
from ..anaphora import joined_from
from ..clauses import place_pair_after
from ..context import (
    THIS_SECTOR,
    SentenceContext,
    _sector_in,
    _Trig,
    continued_place,
    last_sector,
    last_settlement,
    pointed_place,
)
from ..fastre import folded, keyed
from ..lang import en, ru, uk

_DASH_BEFORE = re.compile(r"[—–]")
# a fight on the outskirts, in the area or the grey zone of a place: a fight
# there (also read by merges: such a fight is never one told again)
LOCAL_FIGHT = re.compile(
    r"\b(?:on|at) the (?:outskirts|edges?)\b|\bin the (?:area|vicinity)\b|"
    r"\b(?:grey|gray) zone\b|(?<![\w])(?:на околиц\w*|"
    r"на (?:[\w-]+ )?(?:околиц|окраин)\w*|по (?:\w+ )?(?:околиц|окраин)\w*|"
    r"контратак\w*|"
    r"сір\w+ зон\w*|сер\w+ зон\w*|в районі населеного пункту|"
    r"в районе населенного пункта|"
    # inside the town just named: "В центре города — бои", "на улицах идут
    # бои", "в северной части села"
    r"(?:в|у) центр[еі] (?:город|міст|сел|поселк|посёлк|селищ)\w*|"
    r"в черте (?:город|сел|поселк)\w*|на улицах|на вулицях|"
    r"(?:в|у) (?:[\w-]+ )?част[иі] (?:город|міст|сел|поселк|посёлк|селищ)\w*)"
    r"(?![\w])|" + en.LOCAL_FIGHT,
    re.IGNORECASE,
)
LOCAL_FIGHT = keyed(folded(LOCAL_FIGHT))  # speed: a case-folded twin, keyed


# harm to homes and civilians: an "attack" on a town is then a strike from
# afar (not annotated), not a ground assault
_HARM = re.compile(
    r"\b(?:civilians?|residents|houses|homes|residential|apartments?|"
    r"damag(?:ed|ing|e)|injur(?:ed|ing|ies)|(?:wound|kill)(?:ed|ing) (?:\w+ )?"
    r"(?:civilians?|residents|people|persons|women|children|a \w+))\b|"
    r"(?<![\w])(?:цивільн\w*|мирн\w+ жител\w*|будин\w*|пошкоджен\w*|"
    r"поранен\w*|домов|дома|повреждени\w*|поврежден\w*|ранен\w*|жил\w+ дом\w*)"
    r"(?![\w])",
    re.IGNORECASE,
)
_HARM = keyed(folded(_HARM))  # speed: a case-folded twin, keyed


# a fight dated to an earlier year is background: "the battle for its
# liberation in September 2022", "бої за місто у вересні 2022 року"
_PAST_YEAR = re.compile(
    r"\b(?:in|during|since|back in)\s+(?:(?:early|late|mid-?|the (?:spring|"
    r"summer|autumn|fall|winter) of)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b|"
    r"(?<![\w])(?:у|в|во)\s+(?:\w+\s+)?((?:19|20)\d\d)(?:\s*(?:року|р\.|"
    r"году|г\.))?(?![\w])"
)


_EARLIER_YEAR = re.compile(
    r"\b(?:last year|a year ago|(?:two|three|four|\d+) years ago|in previous years)\b|"
    r"(?<![\w])(?:минулого року|торік|рік тому|року тому|роки тому|в прошлом году|"
    r"год назад|года назад|лет назад)(?![\w])",
    re.IGNORECASE,
)
_EARLIER_YEAR = keyed(_EARLIER_YEAR)  # speed: passed over texts lacking its keys


# the place a fight is at, not its aftermath: "the scene of intense fighting",
# "the epicentre of the battles", "most of the clashes took place near X",
# "42 of the 160 clashes took place on the X front"
_FIGHT_SITE = re.compile(
    r"\b(?:scenes?|site|epicent(?:re|er)|cent(?:re|er)|focus|hotbed|heart|most|"
    r"one|number|intensity|frequency|pace|tempo|"
    r"much|many|half|(?:a|one|two)[ -](?:thirds?|quarters?)|\d[\d,]*)\s+of\s+"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FIGHT_SITE = keyed(folded(_FIGHT_SITE))  # speed: a case-folded twin, keyed


# fight triggers that are a verb phrase or a predicate, never a noun that
# "of"/"after" could govern: "Forces of Ukraine continue...", "the village of
# X is grey now", "the town of X holds the line"
_PREDICATE_FIGHT = re.compile(
    r"continu|conduct|launch|resum|.*(?:zone|зон)|gr[ae]y|nobody|no[- ]man|contested|"
    r"hold|stabili|positional|pressure|позиці|позици|трима|держ|стабіл|стабил|"
    r"changed hands|line |contact |лінія|линия|з рук|із рук|из рук",
    re.IGNORECASE,
)


# a contested status is fighting whatever strikes the clause also tells of:
# "near X it's positional, both sides just use drones", "сіра зона, дрони"
_STATUS_FIGHT = re.compile(
    r".*(?:zone|зон)|gr[ae]y|nobody|no[- ]man|positional|позиці|позици|hold|"
    r"трима|держ",
    re.IGNORECASE,
)


# a sentence that only says the fighting goes on: "Бої тривають.", "Fighting
# continues.", "Бои продолжаются."
_BARE_GOES_ON = re.compile(
    r"(?:(?:the )?(?:fighting|battles?|clashes|hostilities) (?:continues?|"
    r"goes on|go on|(?:is|are) (?:still )?(?:ongoing|continuing|under ?way))|"
    r"(?:бої|бій|бойові дії) (?:(?:ще|досі) )?(?:тривають|триває|йдуть|йде|"
    r"точаться)|(?:бои|бой|боевые действия) (?:(?:еще|ещё) )?(?:продолжаются|"
    r"продолжается|идут|идёт|идет))\W*",
    re.IGNORECASE,
)


def _dated_earlier(text: str, year: int | None) -> bool:
    """Whether ``text`` dates what it tells to a year before ``year``.

    >>> _dated_earlier("took place in September 2022", 2025)
    True
    >>> _dated_earlier("raged in May 2025", 2025)
    False
    >>> _dated_earlier("fled the fighting there last year", None)
    True
    """
    if _EARLIER_YEAR.search(text):
        return True
    if year is None:
        return False
    m = _PAST_YEAR.search(text)
    return bool(m) and int(m.group(1) or m.group(2)) < year


# the whole front: a count there is no count at the place told before
_WHOLE_FRONT = re.compile(
    r"(?<![\w])(?:на фронті|на фронте|на всіх напрямках|на всех направлениях|"
    r"по всій лінії фронту|по всей линии фронта|along the (?:entire |whole )?"
    r"front(?: ?line)?|on the front ?line|across the front)(?![\w])",
    re.IGNORECASE,
)
_WHOLE_FRONT = keyed(folded(_WHOLE_FRONT))  # speed: a case-folded twin, keyed


def _counted(text: str, trig: _Trig, clause: tuple[int, int], lang: str) -> bool:
    """Whether ``trig`` is a counted fight ("repelled 17 attacks") in ``clause``,
    not one of the whole front ("на фронті відбулося 64 зіткнення")."""
    rx = lx.COUNTED_FIGHT.get(lang)
    return (
        rx is not None
        and not _WHOLE_FRONT.search(text, clause[0], clause[1])
        and any(
            m.start() <= trig.start < m.end()
            for m in rx.finditer(text, clause[0], clause[1])
        )
    )


def _front_tally(t: str, trig: _Trig, clause: tuple[int, int], lang: str) -> bool:
    """Whether ``trig`` is an English count of the whole front's fights ("the
    General Staff recorded 156 combat engagements along the front line"):
    a fight of the front, no place named (session 30).

    >>> tr = _Trig("fight", 23, 29, "combat")
    >>> t = "The staff recorded 140 combat engagements along the front line."
    >>> _front_tally(t, tr, (0, len(t)), "en")
    True
    """
    rx = lx.COUNTED_FIGHT.get(lang)
    return (
        lang == "en"
        and rx is not None
        and _WHOLE_FRONT.search(t, clause[0], clause[1]) is not None
        and any(
            m.start() <= trig.start < m.end()
            for m in rx.finditer(t, clause[0], clause[1])
        )
    )


def _placed_elsewhere(ctx: SentenceContext, trig: _Trig, fights: list[_Trig]) -> bool:
    """Whether a later fight trigger of the sentence has places in its own
    clause: that one tells where, not ``trig`` (whose clause names none)."""
    mine = ctx.clause_span(trig.start)
    for other in fights:
        if other.start <= trig.start or other.used:
            continue
        clause = ctx.clause_span(other.start)
        if clause != mine and any(clause[0] <= p.start < clause[1] for p in ctx.places):
            return True
    return False


# a fight only expected, feared or prepared: "may attack X soon", "massing
# troops for an assault on X", "Ворог готує наступ на X", "сили для штурму X"
_PROSPECTIVE_BEFORE = re.compile(
    r"\b(?:may|might|could|would|will|can)\s+(?:\w+\s+)?$|"
    r"\b(?:prepar\w+|expect\w*|fear\w*|anticipat\w+|brac\w+|ahead of|"
    r"massing\s+(?:\w+\s+)?for)\s+(?:for\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}$|"
    # (PROBEUKRU37: "зможе/зможуть", "сможет/смогут": able to, later)
    r"(?<![\w])(?:готу\w+|підготовк\w+|для|може|можуть|зможе|зможуть|міг би|"
    r"могли б|сможет|смогут|"
    r"очіку\w+|планує|планують|збира\w+|"
    # Russian: "может начать наступление на X", "готовит штурм X"
    r"готов\w+|подготовк\w+|может|могут|мог бы|могли бы|ожида\w+|"
    r"планиру\w+|намерен\w*|собира\w+)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# speed: a case-folded twin, keyed
_PROSPECTIVE_BEFORE = keyed(folded(_PROSPECTIVE_BEFORE))


# an offensive as a noun: the frame of an advance that spans it
_OFFENSIVE = re.compile(r"offensive|наступ|наступлен|counteroffensive", re.IGNORECASE)


# a headline naming the topic of an interview: "Командир батальйону — про бої в
# місті", "командир соединения - о боях на X направлении" (no claim of its own)
_ABOUT = re.compile(r"(?<![\w])(?:про|о|об)\s+$", re.IGNORECASE)


# "the situation is difficult" is a fight only where its own clause says:
# "Ситуація в X складна", "на X напрямку ситуація залишається найскладнішою"
_SITUATION = re.compile(r"ситуаці|ситуаци|обстановк", re.IGNORECASE)


# only a quote mark, a colon or a dash between a place and the clause after it
_LEAD_IN = re.compile(r"[\s«»\"“”„:—–-]*")


def _place_leading_in(ctx: SentenceContext, clause: tuple[int, int]) -> list[str]:
    """The place that ends right where ``clause`` starts: a quotation opened
    after it is about it ("в районе X «противник цепляется за ...»", "біля X:
    «ворог тисне»")."""
    for p in ctx.places:
        if p.end <= clause[0] and _LEAD_IN.fullmatch(ctx.t, p.end, clause[0]):
            return [p.name]
    return []


# an attempt at ground: an assault verb right after "tried to" ("пытались
# заходить", "намагалися прорватися", "tried to storm")
_ASSAULT_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:зайти|заход|войти|прорв|прорыв|атак|контратак|штурм|"
    r"наступ|продвин|вклин|просоч|зайт|увійт|прорив|просун|захоп|захват|взять|"
    r"отбить|відбит|выбить|вибит|вернуть|поверну|окруж|оточ|переправ|форсир|"
    r"высад|висад|улучш|покращ|закреп|закріп|вытесн|витісн|выдав|обойти|обійти|"
    r"storm|attack|counterattack|advance|break|enter|push|captur|seiz|retake|"
    r"regain|cross|encircl|improve)",
    re.IGNORECASE,
)


# a fight told as going on by its own verb ("Идет встречный бой", "завязался
# бой"): at the place of the sentences before, like "fighting continues"
_GOING_ON = re.compile(r"ид[её]т|вед[её]тся|завязал|кипи|кипя", re.IGNORECASE)


# the enemy acting on "us" with no place of its own: "The enemy threw three
# assault groups at our positions", "Противник щодня атакує наші позиції",
# "враг лезет на нас" - at the settlement the sentence before named
_AT_US = re.compile(
    r"\b(?:the enemy|the Russians|the occupiers|they)\b|"
    r"\b(?:at|on|against|toward|towards) (?:us|our (?:[\w-]+ )?(?:positions|"
    r"lines?|defen[cs]es|trenches|troops|units|guys|boys))\b|"
    r"(?<![\w])(?:ворог|противник|окупант\w*|росіян\w*|враг|оккупант\w*|"
    r"россиян\w*|на нас|наш\w* позиці\w*|наш\w* позици\w*)(?![\w])",
    re.IGNORECASE,
)
_AT_US = keyed(folded(_AT_US))  # speed: a case-folded twin, keyed


# trigger families of a gain or its failure: a sentence holding one tells the
# fight's outcome ("The enemy is storming, but it has not advanced")
_GAIN_FAMILIES = frozenset({"capture", "withdraw", "advance", "stall", "gain"})


# the outcome of the attempt just told: "All the attacks were repelled.",
# "Упродовж дня - сім штурмів, усі відбито.", "все атаки отбиты" (one fight)
_ALL_REPELLED = re.compile(
    r"\ball (?:of )?(?:the |these |those |their |enemy |Russian |Ukrainian )*"
    r"(?:attacks|assaults|attempts)\b|\b(?:repelled|repulsed|beat(?:en)? (?:back|"
    r"off)|fought off) (?:them )?all\b|"
    r"(?<![\w])(?:усі|всі|все|всех) (?:[\w-]+ )?(?:атак\w*|штурм\w*|спроб\w*|"
    r"відбит\w*|отбит\w*|отражен\w*)|(?:відбит\w*|отбит\w*|отражен\w*|"
    r"відбили|отбили|отразили) (?:усі|всі|все)(?![\w])",
    re.IGNORECASE,
)
_ALL_REPELLED = keyed(folded(_ALL_REPELLED))  # speed: a case-folded twin, keyed


# a person described by what his unit does: "a battalion commander defending
# X said ..." (no claim of a fight: the speaker is introduced)
_PERSON_BEFORE = re.compile(
    r"\b(?:commander|officer|soldier|medic|spokes(?:man|woman|person)|fighter|"
    r"marine|serviceman|servicewoman|sniper|chaplain|volunteer|paramedic|"
    r"pilot|gunner|operator|sergeant|lieutenant|captain|colonel|general)\s+$",
    re.IGNORECASE,
)


# an attempt at words, not ground: "Киев пытается «создать информационный
# повод»", "намагається виправдати", "trying to convince"
_WORDS_GOAL = re.compile(
    r"\s+(?:\w+\s+)?[«\"“]?(?:созда|показа|убеди|оправда|скры|представи|"
    r"навяза|навʼяза|дискредит|переложи|обвини|сорва|затяну|договор|получи|"
    r"привлечь|створи|переконати|виправда|прихова|"
    # B34DET43: passing one thing off as another ("пытается выдать желаемое
    # за действительное", "намагаються видати відступ за маневр")
    r"выда(?:ть|вать)\s|вида(?:ти|вати)\s|"
    r"нав[’'ʼ]?яза|переклас|звинувати|зірва|затягну|домовит|отрима|залучи)",
    re.IGNORECASE,
)


@dataclass
class _Fights:
    """What the fight triggers of one sentence share."""

    fights: list[_Trig]
    # places an earlier rule already reported fighting at (an undone advance)
    fought: set[frozenset[str]]
    # where the sentence's first gain ends (the rules before marked it used)
    first_gain_end: int
    # whether the sentence tells of harm to homes or people (computed once)
    harm: bool | None = None
    # the clauses this rule made its fight claims in, by places (or sector)
    claimed: dict[frozenset[str], set[tuple[int, int]]] = field(default_factory=dict)


def fighting_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``:
    a recipe of the steps below (no report, no ground fight, where, once)."""
    sh = _Fights(
        [tr for tr in ctx.trigs if tr.family in ("fight", "attempt") and not tr.used],
        {frozenset(p.name for p in c.places) for c in ctx.out if c.kind == "fighting"},
        min(
            (
                tr.end
                for tr in ctx.trigs
                if tr.used and tr.family in ("capture", "advance")
            ),
            default=len(ctx.t) + 1,
        ),
    )
    for trig in sh.fights:
        before = ctx.t[max(0, trig.start - 40) : trig.start]
        clause = ctx.clause_span(trig.start)
        where = (
            _not_reported(ctx, trig, before)
            or _not_ground(ctx, trig, before, clause, sh)
            or _where(ctx, trig, clause, sh)
        )
        if isinstance(where, str):
            ctx.drop(trig, where)
            continue
        pl, sec = where
        key = frozenset(pl) or frozenset([sec or ""])
        if _grey_status(ctx, trig):
            if clause in sh.claimed.get(_GREY_KEY, ()):
                ctx.drop(trig, "told-before")
                continue
            sh.claimed.setdefault(_GREY_KEY, set()).add(clause)
        elif _told_before(sh, key, bool(pl or sec), clause):
            ctx.drop(trig, "told-before")
            continue
        sh.fought.add(key)
        sh.claimed.setdefault(key, set()).add(clause)
        share = _share_part(ctx, trig, clause)
        if share is not None:
            _share_claims(ctx, trig, clause, share, sh, sec)
            continue
        ctx.out.append(
            ctx.make("fighting", trig.start, clause, trig, None, pl, sector=sec)
        )


# EN31: the share of a count of fights placed on its own (lang: FIGHT_SHARE)
_SHARE = {"en": keyed(folded(re.compile(en.FIGHT_SHARE, re.IGNORECASE)))}


def _share_part(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int]
) -> int | None:
    """Where the share of the fights starts ("52 attacks near X, most of them
    around Y"), or None: a marker after ``trig`` in its clause, a place or
    sector before it (the count's own) and a place after it (the share's)."""
    rx = _SHARE.get(ctx.lang)
    m = rx.search(ctx.t, trig.end, clause[1]) if rx else None
    if m is None or not ctx.places_in(m.end(), clause[1]):
        return None
    if not (
        ctx.places_in(clause[0], m.start())
        or _sector_in(ctx.t, (clause[0], m.start()), ctx.lang)
    ):
        return None  # "178 clashes, with the heaviest near Y": Y's claim alone
    return m.start()


def _share_claims(
    ctx: SentenceContext,
    trig: _Trig,
    clause: tuple[int, int],
    cut: int,
    sh: _Fights,
    sec: str | None,
) -> None:
    """Two fighting claims, the count's (up to ``cut``) and the share's."""
    first = [p.name for p in ctx.places_in(clause[0], cut)]
    share = [p.name for p in ctx.places_in(cut, clause[1])]
    count = ctx.make(
        "fighting", trig.start, (clause[0], cut), trig, None, first, sector=sec
    )
    # (no trigger passed: the share's quote starts at its marker, not at the
    # count's actor; the rule and trigger are the count's)
    part = ctx.make("fighting", cut + 2, (cut + 2, clause[1]), None, None, share)
    part.extra["rule"], part.extra["trigger"] = count.extra["rule"], trig.text
    ctx.out += [count, part]
    sh.fought.add(frozenset(share))
    sh.claimed.setdefault(frozenset(share), set()).add(clause)


# UKRU30: a place's grey-zone status, uk/ru ("населённый пункт — в «серой
# зоне»", "місто перетворилось на сіру зону")
_GREY = re.compile(r"(?:сір|сер)\w* зон", re.IGNORECASE)
# the key its clauses are noted under in ``_Fights.claimed`` (no place's)
_GREY_KEY = frozenset(["\x00grey"])


def _grey_status(ctx: SentenceContext, trig: _Trig) -> bool:
    """Whether ``trig`` tells a settlement's grey-zone status in uk/ru, its
    subject a settlement noun or the rest of one just before: a claim of its own beside
    the fight its sentence tells ("бои идут, населённый пункт — в «серой
    зоне»": two), told once in its own clause (a bare "Сіра зона." is the
    fight told before)."""
    if ctx.lang not in ("uk", "ru") or _GREY.search(trig.text) is None:
        return False
    head = ctx.t[max(0, trig.start - 40) : trig.start]
    return bool(lx.SETTLEMENT_NOUN.search(head) or _REST.search(head))


# "the rest (of the village)": "решта — сіра зона", "остальное — серая зона"
_REST = re.compile(
    r"(?<![\w])(?:решта|остальн\w*|інша частина|другая часть|насел[её]н\w* пункт)",
    re.IGNORECASE,
)


def _told_before(
    sh: _Fights, key: frozenset[str], placed: bool, clause: tuple[int, int]
) -> bool:
    """Whether the fight at ``key`` was told already in the sentence: the same
    places (or, placed nowhere and with no sector of its own, after any fight;
    XDET40: "бои в районе X продолжаются, а на Y направлении отбито 19 атак" is
    two). A statement of its own, in a
    clause no claim was made in, at the place this rule's claim in another
    clause named, is a claim of its own ("В районе X продолжаются бои, в четверг
    противник бросил в атаку два батальона": two)."""
    if not (key in sh.fought or (sh.fought and not placed)):
        return False
    return key not in sh.claimed or any(clause in c for c in sh.claimed.values())


# a pressure verb in a headline ("Russian troops pressing on X") names the push
# the story tells: no fight of its own (lang: HEADLINE_PRESSURE)
_HEADLINE_PRESSURE = {
    code: re.compile(mod.HEADLINE_PRESSURE, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


def _not_reported(ctx: SentenceContext, trig: _Trig, before: str) -> str | None:
    """Why ``trig`` reports no fight at all (a question, a topic, a fight only
    expected, a person described, an attempt at words), else None."""
    t, lang = ctx.t, ctx.lang
    if ctx.question and t.rstrip().endswith("?") or ctx.s.headline and ctx.question:
        return "question"  # "Why is Russia attacking X now?": a question, no report
    if ctx.s.headline and _ABOUT.search(before):
        return "topic"  # "боєць — про бої під X": the topic of what follows
    if ctx.s.headline and _HEADLINE_PRESSURE[lang].fullmatch(trig.text):
        return "headline-pressure"  # "Russian troops pressing on X": the push
    if (
        # (speed: the word's own test first, the conditional searched after)
        (trig.family == "attempt" or re.search(r"\bto\s+$", before))
        and lx.CONDITIONAL.get(lang, lx.CONDITIONAL["en"]).search(
            re.sub(r"[\"'‘’“”]", "", before)
        )
        or lx.FUTURE.search(t[max(0, trig.start - 50) : trig.end + 50])
    ):
        return "prospective"  # "'highly likely' to press on", "expected to attack"
    if _PROSPECTIVE_BEFORE.search(before):
        return "prospective"  # "may attack X soon", "готує наступ на X": not yet
    if re.match(r"defend", trig.text, re.I) and _PERSON_BEFORE.search(before):
        return "person"  # "a battalion commander defending X said": who speaks
    if (
        trig.family == "attempt"
        and lang in ("uk", "ru")
        and _WORDS_GOAL.match(t, trig.end)
    ):
        return "words-goal"  # "Киев пытается «создать повод»": no ground sought
    return None


def _not_ground(
    ctx: SentenceContext,
    trig: _Trig,
    before: str,
    clause: tuple[int, int],
    sh: _Fights,
) -> str | None:
    """Why ``trig`` is no fight for ground told now (a noun another word
    governs, the frame of a gain, a strike, background), else None."""
    t = ctx.t
    if (
        trig.family == "fight"
        and lx.FIGHT_BLOCK.search(before)
        and not (ctx.lang == "en" and _FIGHT_SITE.search(before))
        # a verb phrase is no noun after "of": "Forces of Ukraine continue…"
        and not _PREDICATE_FIGHT.match(trig.text)
    ):
        return "fight-block"
    if (
        re.match(r"continu|pursu|resum", trig.text, re.I)
        and re.search(r"\band\s+$", before)
        and sh.first_gain_end <= trig.start
    ):
        return "gain-frame"  # "liberated X and continue the offensive": its frame
    if _OFFENSIVE.match(trig.text) and any(
        c.kind == "advance"
        and c.char_start - ctx.s.start <= trig.start < c.char_end - ctx.s.start
        for c in ctx.out
    ):
        return "advance-covers"  # "мали успіх ... й продовжують наступальні дії в
        # напрямку X": the advance told already spans the offensive
    if _struck(t, trig, clause):
        return "strike"  # a strike or shelling, not fighting for ground
    if re.match(r"attack|атак", trig.text, re.I):
        if sh.harm is None:
            sh.harm = _HARM.search(t) is not None  # once a sentence: linear
        if sh.harm:
            return "harm"  # "attacked X, damaging ten houses": a strike
    if _dated_earlier(
        t[trig.end : max(trig.end, clause[1])],
        ctx.st.published.year if ctx.st.published else None,
    ):
        return "dated-earlier"  # "the battle for its liberation in September 2022"
    if lx.LAND_LOOKALIKE.search(t, clause[0], clause[1]):
        return "land-lookalike"  # "clearing operations after the floods"
    return None


def _struck(t: str, trig: _Trig, clause: tuple[int, int]) -> bool:
    """Whether the clause of the fight word tells of a strike or shelling."""
    return bool(
        trig.family == "fight"
        and lx.STRIKE.search(t[clause[0] : clause[1]])
        and not re.match(
            # (encircled groups are fought on the ground, whatever the
            # fire: "блокированы и уничтожаются артиллерией"; a "search and
            # strike" action is a sweep on foot: "пошуково-ударні дії")
            r"(?:repel|repuls|відбил|отраз|fighting|бо|блок|заблок|"
            r"пошуково|поисково|search)",
            trig.text,
            re.IGNORECASE,
        )
        and not _STATUS_FIGHT.match(trig.text)  # "positional, only drones"
    )


def _where(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> tuple[list[str], str | None] | str:
    """The places and sector of the fight, or why it is placed nowhere: its
    own clause, else a place told before or elsewhere in the sentence."""
    t, lang, st = ctx.t, ctx.lang, ctx.st
    own = _own_place(ctx, trig, clause, sh)
    if isinstance(own, str):
        return own
    pl, sec = own
    cont = (
        lx.CONTINUING.search(t[clause[0] : clause[1]]) or _GOING_ON.match(trig.text)
    ) or (
        # "Село еще не зачищено": the village just named
        st.last_places
        and lx.SETTLEMENT_NOUN.search(t[max(0, clause[0] - 40) : clause[1]])
    )
    if not (pl or sec) and _front_tally(t, trig, clause, lang):
        sec = "front line"  # "156 combat engagements along the front line"
    if not (pl or sec) and _placed_elsewhere(ctx, trig, sh.fights):
        return "placed-elsewhere"  # "X attacks daily: we repelled four near Y"
    if not (pl or sec or cont):
        for step in _UNPLACED:
            got = step(ctx, trig, clause, sh)
            if isinstance(got, str):
                return got
            if got:
                pl = got
                break
    if not pl and cont and not _sector_in(t, clause, lang):
        got = _continued_here(ctx, trig, clause, sec)
        if isinstance(got, str):
            return got
        pl = got
    if not (pl or sec):
        return "no-place"  # "vowed to continue fighting": fighting nowhere named
    return pl, sec


def _paired_places(ctx: SentenceContext, clause: tuple[int, int]) -> list[str]:
    """KNOWNLEFT39: the places of the clause after a spaced dash that joins a
    second place to the clause's last ("fighting near Bakhmut - Andriivka")."""
    spans = [(p.start, p.end) for p in ctx.places]
    at = place_pair_after(ctx.t, ctx.lang, clause[1], spans)
    if at is None:
        return []
    nxt = ctx.clause_span(at)
    return [p.name for p in ctx.places if nxt[0] <= p.start < nxt[1]]


# XPLACES3-43: the members of a fight tally named after its clause
# ("62 attacks on the X direction, including near A and B", "57 боєзіткнень,
# найбільше — біля A, B та C", "40 боестолкновений, больше всего — у A"; lang
# FIGHT_MEMBERS): the fight's places
_MEMBERS_AFTER = {
    code: re.compile(mod.FIGHT_MEMBERS, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


def _members_after(ctx: SentenceContext, clause: tuple[int, int]) -> list[str]:
    """XPLACES3-43: the places a list of members right after ``clause``
    names ("…, including near A and B"), or []."""
    rx = _MEMBERS_AFTER.get(ctx.lang)
    if rx is None:
        return []
    # the marker may close the clause itself ("…, найбільше — біля A": the
    # dash after one word cuts no clause of its own)
    m = next(
        (
            m
            for m in rx.finditer(ctx.t, max(clause[0], clause[1] - 40))
            if m.start() <= clause[1] < m.end()
        ),
        None,
    )
    if m is None:
        return []
    after = [p for p in ctx.places if p.start >= m.end()]
    if not after or after[0].start != m.end():
        return []
    return joined_from(ctx.t, after)


def _own_place(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> tuple[list[str], str | None] | str:
    """The places and sector the fight's own clause names (or points to: "на
    цій ділянці"), or why a clause naming none is no fight of its own."""
    t, lang, st = ctx.t, ctx.lang, ctx.st
    pl = [p.name for p in ctx.places if clause[0] <= p.start < clause[1]]
    pl += _paired_places(ctx, clause)
    if not pl:
        pl = _members_after(ctx, clause)
    if not pl:
        pl = _place_leading_in(ctx, clause)
    if not pl and _SITUATION.match(trig.text) and not _sector_in(t, clause, lang):
        return "situation-unplaced"  # "заявили, що ситуація складна": a mood
    if (
        sh.fought
        and not pl
        and not _sector_in(t, clause, lang)
        and not _grey_status(ctx, trig)
    ):
        return "one-fight"  # "X is in the grey zone, where fighting goes on"
    sec = _sector_in(t, clause, lang) or (ctx.sector if not pl else None)
    if not (pl or sec) and THIS_SECTOR.search(t, clause[0], clause[1]):
        sec = last_sector(st, lang)  # "на цій ділянці": the sector named before
        if sec is None:
            pl = last_settlement(st)  # ... or, no sector named, the place
    return pl, sec


# a step placing a fight whose clause names no place, sector or continuation:
# the places it finds, None (try the next step) or why the fight is dropped
_Step = Callable[
    [SentenceContext, _Trig, tuple[int, int], _Fights], list[str] | str | None
]


def _local_here(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> list[str] | None:
    """ "hostilities are taking place on the outskirts": the place of the
    sentences before (the clause before a dash too: "В центре города — бои")."""
    t = ctx.t
    if ctx.st.last_places and (
        LOCAL_FIGHT.search(t, clause[0], clause[1])
        or (
            _DASH_BEFORE.search(t, max(0, clause[0] - 3), clause[0] + 1)
            and LOCAL_FIGHT.search(t, max(0, clause[0] - 40), clause[0])
        )
    ):
        return last_settlement(ctx.st)
    return None


def _all_repelled(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> str | None:
    """ "... tried to break through near X. All were repelled.": that fight."""
    st = ctx.st
    if (
        st.last_fight is not None
        and st.sentence_no - st.last_fight[0] == 1
        and _ALL_REPELLED.search(ctx.t, clause[0], clause[1])
    ):
        return "same-fight"
    return None


def _counted_here(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> list[str] | None:
    """ "За добу відбито 17 атак": a count of the day at the place the report
    is about (the sentences before)."""
    if _counted(ctx.t, trig, clause, ctx.lang):
        return last_settlement(ctx.st)
    return None


def _attempt_on_held(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> list[str] | None:
    """ "Деревню держим. Они пытались заходить — бесполезно.": an attempt on
    the place the sentence before made its claim about."""
    st = ctx.st
    if (
        trig.family == "attempt"
        and not ctx.places
        and _ASSAULT_AFTER.match(ctx.t, trig.end)
    ):
        for held in (st.recent_settlement, st.last_fight):
            if held is not None and st.sentence_no - held[0] == 1:
                return sorted(held[1])[:1]
    return None


def _at_us_here(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> list[str] | None:
    """ "The enemy threw three assault groups at our positions": at the
    settlement the sentence before named (an attempt only at ground:
    "пытается контролировать дороги дронами" is none; a sentence that made
    its claim already tells the fight's outcome: "The enemy is storming, but
    it has not advanced" is one negated advance)."""
    if (
        not (ctx.places or ctx.out)
        and not any(tr.family in _GAIN_FAMILIES for tr in ctx.trigs)
        and _AT_US.search(ctx.t, clause[0], clause[1])
        and (trig.family != "attempt" or _ASSAULT_AFTER.match(ctx.t, trig.end))
    ):
        return ctx.st.told.just_before(ctx.st.sentence_no, ctx.st.paragraph)
    return None


def _in_sentence(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sh: _Fights
) -> list[str] | str:
    """The place in a neighbouring clause of the same sentence, or one pointed
    to ("В центре города — бои", "they attacked again"; an attempt to gather
    or hide there is no fight), else no place."""
    pl = [p.name for p in ctx.places]
    if not pl and (trig.family != "attempt" or _ASSAULT_AFTER.match(ctx.t, trig.end)):
        pl = pointed_place(ctx, clause, whole=True)[0] or continued_place(
            ctx, clause, trig.start
        )
    return pl or "no-place"


_UNPLACED: tuple[_Step, ...] = (
    _local_here,
    _all_repelled,
    _counted_here,
    _attempt_on_held,
    _at_us_here,
    _in_sentence,
)


def _continued_here(
    ctx: SentenceContext, trig: _Trig, clause: tuple[int, int], sec: str | None
) -> list[str] | str:
    """ "there", "the village", "fighting goes on": the nearest place named
    before the clause, unless the sentence only says the fight told just
    before goes on ("... attacked X and Y. Бої тривають.")."""
    st = ctx.st
    pl = [p.name for p in ctx.places if p.start < clause[0]][-1:] or (
        last_settlement(st)
    )
    if (
        not ctx.places
        and not sec
        and st.last_fight is not None
        and st.sentence_no - st.last_fight[0] == 1
        and set(pl) <= st.last_fight[1]
        and _BARE_GOES_ON.fullmatch(ctx.t.strip())
    ):
        return "same-fight"
    return pl
