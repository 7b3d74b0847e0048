"""Claims of one sentence merged into one: an advance with nothing of its
own joined to the next one, a participle adding only a depth, an attack
or counter-attack folded into the gain told right after it, and an English
counter-attack told with the town ground it won (session 29, FP29).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re

from ..model import Claim
from .lang import en, ru, uk
from .rules.fighting import LOCAL_FIGHT


def _merge_coordinated_advances(out: list[Claim], t: str, base: int) -> list[Claim]:
    """ "pushed the enemy back in places and regained positions in X": an
    advance with nothing of its own (no place, distance or sector) joined by
    "and" to an advance of the same side next to it, before or after it, is
    one claim with it; its quote spans both ("took X, and the enemy fell
    back": never the empty span of a later claim's start and an earlier
    one's end)."""
    drop: set[int] = set()
    for i, c in enumerate(out):
        if c.kind != "advance" or c.places or c.distance_km:
            continue
        for j, d in enumerate(out):
            if j == i or d.kind != "advance" or d.gainer != c.gainer:
                continue
            first, last = (c, d) if c.char_start <= d.char_start else (d, c)
            gap = t[first.char_end - base : last.char_start - base]
            if _joins_advances(gap):  # empty when the two overlap
                end = max(c.char_end, d.char_end)
                d.quote = t[first.char_start - base : end - base]
                d.char_start, d.char_end = first.char_start, end
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
    _merge_depth_and_ground(out, t, base, drop)
    return [c for i, c in enumerate(out) if i not in drop]


# a place word of the depth's own: its place is then no inherited one
_OWN_WHERE = re.compile(
    r"(?<![\w])(?:" + "|".join(m.DEPTH_OWN_SIDE for m in (en, uk, ru)) + ")",
    re.IGNORECASE,
)
# a line reached is a claim of its own beside the depth ("advanced 2 km and
# reached the outskirts of X", "вийшли до X", "вышли к X")
_REACHED = re.compile(
    r"(?<![\w])(?:" + "|".join(m.LINE_REACHED for m in (en, uk, ru)) + ")",
    re.IGNORECASE,
)
_AND_ONLY = re.compile(r"[\s,]*(?:and|і|та|й|и)\s*", re.IGNORECASE)


def _one_place(depth: Claim, ground: Claim) -> bool:
    """Whether the depth told beside the ground taken is of its place: the
    depth names no place (one it got from the sentences before is none of
    its own), sector nor a side of one ("advanced 700 metres"),
    the ground names a place and is no line reached."""
    return (
        not any(p.name in depth.quote for p in depth.places)  # (inherited)
        and not depth.sector
        and not _OWN_WHERE.search(depth.quote)
        and bool(ground.places)
        and not _REACHED.search(ground.quote)
    )


def _merge_depth_and_ground(
    out: list[Claim], t: str, base: int, drop: set[int]
) -> None:
    """B29MISS38: two advances of one side joined by "and", one telling the
    ground taken near a place and the other only how far ("cleared a tree line
    near X and advanced 700 metres", "просунулися на 2 км і зайняли вигідніші
    рубежі біля X", "заняли позиции у X и продвинулись на 2 км"), are one
    advance: the depth of the ground taken (the distance, the places of
    both, one quote; ``drop`` gets the other)."""
    order = sorted(
        (k for k, x in enumerate(out) if k not in drop and x.kind == "advance"),
        key=lambda k: out[k].char_start,
    )
    for i, j in zip(order, order[1:], strict=False):
        c, d = out[i], out[j]
        if i in drop or c.negated or d.gainer != c.gainer or d.negated:
            continue
        if (c.distance_km and d.distance_km) or any(
            str(x.extra.get("rule", "")).endswith(":withdraw") for x in (c, d)
        ):
            continue  # two depths, or one side's gain and the other's retreat
        if not (c.distance_km or d.distance_km):
            # "advanced in several areas near X and took better positions":
            # the second, placed nowhere of its own, is the first's ground
            if not _one_place(d, c):
                continue
            keep, other = c, d
        else:
            keep, other = (c, d) if c.distance_km else (d, c)
            if not _one_place(keep, other):
                continue  # two places: two advances
        gap = t[c.char_end - base : d.char_start - base]
        inside = (  # "ВСУ заняли позиции у X и продвинулись на 1,5 км": the
            # depth's quote holds the ground's
            keep.char_start <= other.char_start
            and other.char_end < keep.char_end
            and _AND_ONLY.match(t, other.char_end - base)
        )
        after = d.char_start >= c.char_end and len(gap) <= 12
        if not (inside or (after and _AND_ONLY.fullmatch(gap))):
            continue
        keep.places = list({p.name: p for p in d.places + c.places}.values())[::-1]
        a, b = min(c.char_start, d.char_start), max(c.char_end, d.char_end)
        keep.quote = t[a - base : b - base]
        keep.char_start, keep.char_end = a, b
        keep.sector = keep.sector or other.sector
        drop.add(out.index(other))


def _joins_advances(gap: str) -> bool:
    """Whether ``gap`` between two advances only joins them: a comma, an "and"
    and up to three words."""
    return len(gap) <= 40 and bool(
        re.fullmatch(
            r"[\s,]*(?:and|і|та|й|и|а також|as well as)?\s*(?:\w+\s+){0,3}?",
            gap,
            re.IGNORECASE,
        )
    )


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


# an attempt told as a participle right after its attacks: ", trying to
# advance near X", ", attempting to break through at X"
_ATTEMPT_PARTICIPLE = re.compile(r"(?:trying|attempting)\s+to\b", re.IGNORECASE)


def _fold_fights_into_attempts(out: list[Claim], t: str, base: int) -> list[Claim]:
    """ "In the X direction the enemy attacked 14 times, trying to advance near
    Y and Z": attacks that name no place, told right before the attempt that
    names where they were made, are one fight with it (English, EN-FP34)."""
    drop: set[int] = set()
    for i, c in enumerate(out):
        if c.kind != "fighting" or c.places:
            continue
        for d in out:
            if d is c or d.kind != "fighting" or not d.places:
                continue
            gap = t[c.char_end - base : d.char_start - base]
            if re.fullmatch(r"\s*,\s*", gap) and _ATTEMPT_PARTICIPLE.match(
                d.quote or ""
            ):
                d.quote = t[c.char_start - base : d.char_end - base]
                d.char_start = c.char_start
                drop.add(i)
                break
    return [c for i, c in enumerate(out) if i not in drop]


_COUNTER_EN = re.compile(en.COUNTERATTACK_WORD, re.IGNORECASE)


def _drop_counterattacks_beside_gains(out: list[Claim]) -> list[Claim]:
    """ "counterattacked in X and now hold its western part", "a counterattack
    pushed the Russians out of the north of X": a counter-attack told with
    the ground it won at the same place is that gain, no fighting beside it
    (FP29; _fold_counterattacks joins one told right before an advance)."""
    gains = [d for d in out if d.kind == "settlement_control" and d.gainer and d.places]
    areas = [d for d in out if d.kind == "area_change" and d.gainer]
    if not gains and not areas:
        return out
    return [
        c
        for c in out
        if not (
            c.kind == "fighting"
            and _COUNTER_EN.match(c.extra.get("trigger") or "")
            and (
                c.places
                and any(
                    {p.name for p in c.places} <= {p.name for p in d.places}
                    for d in gains
                )
                or any(_within(c, d) for d in areas)
            )
        )
    ]


def _within(c: Claim, d: Claim) -> bool:
    """Whether ``c`` is told inside ``d``'s span: "counterattacks in the X
    region won back about 40 km²" (the counter-attacks are the area won, no
    fighting beside it, session 30)."""
    return d.char_start <= c.char_start and c.char_end <= d.char_end


# the defenders' side of a fight told before: "repelled 48 of them", "all
# the attacks were beaten back"
_REPELLED = {
    code: re.compile(word, re.IGNORECASE)
    for code, word in (
        ("en", en.REPELLED_WORD),
        ("uk", uk.FIGHTS_GO_ON),
        ("ru", ru.FIGHTS_GO_ON),
    )
}


def _drop_fights_told_again(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """ "The enemy attacked 20 times near X and Y. Our units repelled 15
    attacks.": attacks repelled, told with no place of their own in the
    paragraph right after a fight at the places they take from it, are that
    fight told again (English, EN-FP30). So are uk/ru fights still going on
    after a count of attacks stopped ("Сили оборони зупинили 47 атак, бої
    тривають", "ще сім боєзіткнень тривають": FP31)."""
    rx = _REPELLED.get(lang)
    if rx is None:
        return claims
    out: list[Claim] = []
    prev: Claim | None = None
    for c in claims:
        if not (
            c.kind == "fighting"
            and prev is not None
            and prev.kind == "fighting"
            and _told_again(c, prev, text, rx)
        ):
            out.append(c)
        prev = c
    return out


def _told_again(c: Claim, prev: Claim, text: str, rx: re.Pattern[str]) -> bool:
    """Whether fight ``c`` tells attacks repelled, names no place of its own
    and follows ``prev``, a fight at all its places, in the same paragraph
    (a fight on the outskirts or in the centre is a fight there: "Бої
    точаться на околицях")."""
    if not c.places or prev.char_end > c.char_start:
        return False
    own = text[c.char_start : c.char_end]
    if (
        not rx.search(own)
        or LOCAL_FIGHT.search(own)
        or any(p.name in own for p in c.places)
    ):
        return False
    if not {p.name for p in c.places} <= {p.name for p in prev.places}:
        return False
    gap = text[prev.char_end : c.char_start]
    return len(gap) < 200 and "\n" not in gap


_COUNT_EN = re.compile(en.FIGHT_COUNT, re.IGNORECASE)


def _drop_headline_counts_told_again(claims: list[Claim], lang: str) -> list[Claim]:
    """ "Kyiv reports 58 assaults" over a story that tells "Russian forces
    launched 58 assaults over the past day": the headline's count of fights
    is the body's fight, told again (English, EN-FP30)."""
    if lang != "en":
        return claims
    body = {
        m.group(1)
        for c in claims
        if c.kind == "fighting" and not c.extra.get("headline")
        for m in _COUNT_EN.finditer(c.quote or "")
    }
    if not body:
        return claims
    return [
        c
        for c in claims
        if not (
            c.kind == "fighting"
            and c.extra.get("headline")
            and any(m.group(1) in body for m in _COUNT_EN.finditer(c.quote or ""))
        )
    ]


# a sentence opened by a reminder word, up to a trigger with no count of
# fights before it ("Нагадаємо, штурми X тривають з весни 2023 року", not
# "Нагадаємо, у вівторок штаб звітував про 95 атак": a count reported is news)
_REMINDED = {
    code: (
        re.compile(rf"\W*(?:{words.REMINDER})\b"),
        re.compile(words.COUNTED_FIGHT, re.IGNORECASE),
    )
    for code, words in (("uk", uk), ("ru", ru))
}


def _drop_reminded_fights(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """ "Нагадаємо, штурми X тривають з весни", "Напомним, бои за X начались
    осенью": a fight told in a sentence that reminds the reader of the story
    so far is its background, no claim (uk/ru, FP32; gold keeps the captures
    such a sentence tells, so only fights are dropped)."""
    rxs = _REMINDED.get(lang)
    if rxs is None:
        return claims
    return [
        c for c in claims if not (c.kind == "fighting" and _reminded(c, text, *rxs))
    ]


def _reminded(
    c: Claim, text: str, opener: re.Pattern[str], counted: re.Pattern[str]
) -> bool:
    """Whether ``c``'s trigger stands in a sentence opened by a reminder word,
    with no count of fights from there to the trigger's end."""
    trig = c.extra.get("trigger") or ""
    at = text.find(trig, c.char_start, c.char_end) if trig else -1
    if at < 0:
        at = c.char_start
    start = max(text.rfind(m, 0, at) for m in (".", "!", "?", "\n")) + 1
    told = text[start : at + len(trig)]
    return opener.match(told) is not None and counted.search(told) is None


# the kinds a body tells a headline's fight as, when it tells no fight there
_GAIN_KINDS = ("settlement_control", "advance", "area_change")


def _place_key(name: str) -> str:
    """A place name folded for comparison across inflections and spellings
    ("Vovchansk" / "Vovchansk's"): lower case, letters only, first five."""
    return "".join(ch for ch in name.lower() if ch.isalpha())[:5]


def _drop_headline_fights_told_as_gains(claims: list[Claim], lang: str) -> list[Claim]:
    """ "Russians enter X, street fighting under way" or "X under pressure as
    the push gathers pace" over a story that tells X only as a capture or an
    advance: the headline's fight is the colour of that gain, no claim of its
    own (English, EN-FP34). A body fight at X keeps it, as does a headline
    fight at a place the body names in no claim."""
    if lang != "en":
        return claims
    body = [c for c in claims if not c.extra.get("headline")]
    fought = {
        _place_key(p.name) for c in body if c.kind == "fighting" for p in c.places
    }
    gained = {
        _place_key(p.name) for c in body if c.kind in _GAIN_KINDS for p in c.places
    }

    def colour(c: Claim) -> bool:
        if c.kind != "fighting" or not c.extra.get("headline") or not c.places:
            return False
        keys = {_place_key(p.name) for p in c.places}
        return not keys & fought and bool(keys & gained)

    return [c for c in claims if not colour(c)]


# ENFP2-34: a fight told over a span this long is the place's history (more
# than a year: "since May" never reaches it, "since the invasion" does)
LONG_FIGHT_DAYS = 366


def _drop_long_fights(claims: list[Claim], lang: str) -> list[Claim]:
    """A fight whose period runs back more than :data:`LONG_FIGHT_DAYS` from
    its end ("has been trying to take X since 2022", "X has held out against
    assaults since the first months of the war") tells the background of the
    news, no fighting reported (English, ENFP2-34). A count of attacks keeps
    its claim, whatever its span."""
    if lang != "en":
        return claims
    return [
        c
        for c in claims
        if not (
            c.kind == "fighting"
            and not c.negated
            and c.period_start is not None
            and c.period_end is not None
            and (c.period_end - c.period_start).days > LONG_FIGHT_DAYS
            and not c.cumulative
            and not re.search(r"\d", c.quote)
        )
    ]
