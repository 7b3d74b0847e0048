"""Trigger words of the claim extractor: where a claim may start.

Pure: no files, no network. A trigger is a word of one family (capture,
advance, fight, hold, withdraw, attempt, stall, gain) matched by the
per-language patterns of ``lexicon.TRIGGERS``; :func:`_find_triggers` keeps
those whose form and context make a claim possible (not an adjective, a unit
name, a prisoner taken, footage captured ...). Each ``continue`` of its loop
is a word guard: ``trace.guard_of`` names it by the first pattern its test
uses, so the guards stay in that one function.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as lx
from .context import _Trig
from .fastre import folded
from .rules.skips import skip_reason

__all__ = ["_TRIGGER_RE", "_find_triggers", "_trigger_matches"]

_FAMILIES = (
    "attempt",
    "stall",
    "advance",
    "capture",
    "withdraw",
    "fight",
    "hold",
    "gain",
)

_TRIGGER_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(f"(?P<{f}>(?:{pats[f]})(?![\\w]))" for f in _FAMILIES if f in pats)
        + ")",
        re.IGNORECASE if lang != "en" else 0,
    )
    for lang, pats in lx.TRIGGERS.items()
}

# English triggers are matched case-insensitively on the first letter only
_TRIGGER_RE["en"] = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<{f}>(?:{lx.TRIGGERS['en'][f]})(?![\\w]))" for f in _FAMILIES)
    + ")",
    re.IGNORECASE,
)

_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+|also\s+|then\s+|"
    r"already\s+|fully\s+|finally\s+|reportedly\s+)*)$",
    re.IGNORECASE,
)

_NOMINAL = re.compile(r"(?:ion of|ure of|ation of|al of|fall of)$", re.IGNORECASE)

_FORCES_BEFORE = re.compile(
    r"\b(?:forces|troops|units|soldiers|groups|army|columns)\s+$", re.IGNORECASE
)

# "forces recently regained ...": an adverb after a subject, so the -ed word
# is the verb ("the recently regained village" stays an adjective)
_SUBJECT_ADVERB = re.compile(
    r"(?:\b(?:forces|troops|units|army|soldiers|marines|brigades?|fighters|"
    r"defenders|invaders|occupiers|they|we|it|he|she)|"
    r"\b(?!(?:the|an?|its|their|this|that|these|those|his|her|our)\b)"
    r"(?-i:[A-Z])\w+)\s+(?:recently|newly|previously|already|"
    r"now|once|partially|partly|temporarily)\s*$",
    re.IGNORECASE,
)

# an object relative clause after a ground noun describes it ("the land it
# seized", "territory Russia had occupied", "the villages they once held")
_OBJECT_RELATIVE = re.compile(
    r"\b(?:land|lands|territory|territories|ground|area|areas)\s+"
    r"(?:(?:that|which)\s+)?(?:it|they|he|she|we|Russia|Ukraine|Kyiv|Moscow|"
    r"(?:Russian|Ukrainian)\s+(?:forces|troops)|"
    r"(?:Russia|Ukraine|Kyiv|Moscow)['’]s\s+(?:forces|troops|army|units))\s+"
    r"(?:(?:had|has|have|once|previously|earlier|still|then)\s+){0,2}$"
)

# a flag raised or flying over a place marks its capture (lang/*.py triggers)
# (uk/ru word order is free: "над X підняли прапор" names the place first)
_FLAG = re.compile(r"прапор|флаг|майори|замайорі|развева", re.I)

# a participle after a ground noun that is itself an object ("a figure for
# the area regained there", "holding positions captured last week")
_REDUCED_RELATIVE = re.compile(
    r"\b(?:(?:for|of|about|on|over|in|with|from)\s+(?:the|a|an|this|that)\s+"
    r"(?:area|territory|ground|land)|(?:positions|lines|trenches|strongholds))\s+$",
    re.IGNORECASE,
)

_LOOKALIKE_AFTER = re.compile(
    r"\s+of\s+(?:land ?)?(?:mines|landmines|explosives|explosive|unexploded|ordnance|"
    r"debris|rubble|snow)\b|\s+(?:від|от)\s+(?:мін|вибухо\w+|взрывоопас\w+)",
    re.IGNORECASE,
)

_CIVILIANS = re.compile(
    r"\b(?:residents|civilians|people|children|families|patients|inhabitants|"
    r"evacuees|locals|orphans)\b|(?<![\w])(?:мешканц\w+|жител\w+|цивільн\w+|"
    r"мирн\w+|діт\w+|дет\w+|людей|населени\w+|населення)",
    re.IGNORECASE,
)

# speed: the big case-insensitive patterns search through a case-folded twin
_TRIGGER_RE = {lang: folded(rx) for lang, rx in _TRIGGER_RE.items()}


@functools.lru_cache(maxsize=4096)


def _trigger_matches(text: str, lang: str) -> tuple[re.Match[str], ...]:
    """Every trigger-word match in a sentence (cached for one document)."""
    return tuple(_TRIGGER_RE.get(lang, _TRIGGER_RE["en"]).finditer(text))


_NOMINAL = folded(_NOMINAL)

_FELL_TO = re.compile(r"(?:fell|fallen|falls|fall) to|fallen$", re.I)

_PASSIVE_AUX = re.compile(r"(?:was|were|been|being|is|are)\s", re.IGNORECASE)

_BY_AGENT_AFTER = re.compile(r"\s*(?:(?!\w+(?:ed|en)\b|held\b)\w+\s+){0,4}?by\s")

_ACTIVE_PAST = re.compile(r"(?:re)?took|won|overran|drove|fell", re.I)

_ED_ING_END = re.compile(r"(?:ed|ing)$")

# the word and context checks of _find_triggers, compiled once (speed: no
# look-up in re's cache per trigger)
# "had partially regained": a degree adverb after the auxiliary keeps the verb
# a verb
_AUX_DEGREE_END = re.compile(
    r"\b(?:have|has|had|was|were|been|is|are)\s+(?:(?:partially|"
    r"partly|fully|completely)\s+)?$",
)

_BY_NEXT = re.compile(r"\s*by\b")

_SUBJECT_END = re.compile(
    r"\b(?:have|has|had|they|we|it|he|she|forces|troops|army|"
    r"units)\s+$",
)

_WHO_END = re.compile(r"\bwho\s+$")

_UNIT_NAME_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:Brigades?|Battalions?|"
    r"Regiments?|Division|Corps|Group|Company|Squad|Units?|"
    r"Detachments?|Team|Aviation|Troops|Forces)\b",
)

_ORDINAL_END = re.compile(r"\d(?:st|nd|rd|th)?\s+$")

_SLAVIC_INSTRUMENTAL = re.compile(r"(?:ением|енням|нням|ованием)$")

_SLAVIC_ADJ_END = re.compile(r"(?:их|ого|ому|ій|ої|ою|ым|ых|ой|ую|ее|іх)$")

_SLAVIC_PARTICIPLE_END = re.compile(r"(?:ено|ана|ані|ені|ены|ана|ано|ими)$")

_SETTLEMENT_AFTER = re.compile(r"\s+(?:населен|сел|міст|город|поселок)")

_AMONG_END = re.compile(r"(?:серед|среди|з-поміж)\s+$")

_SUCCESS_WORD = re.compile(r"success|успіх|успех", re.I)

_NO_SUCCESS_END = re.compile(
    r"\b(?:without|no|little|limited)\s+$|(?:без|не)\s+$", re.I
)

_FIGHT_UNIT_AFTER = re.compile(
    r"\s+(?:units?|groups?|teams?|brigades?|battalions?|troops|forces|"
    r"detachments?|companies|company|squads?|aircraft|helicopters?|"
    r"drones?|rifles?|vehicles?)\b",
    re.I,
)

_ASSAULT_TROOPS = re.compile(r"штурмовик", re.IGNORECASE)

_ASSAULT_UNIT = re.compile(
    r"штурмов\w*\s+(?:груп|підрозділ|загон|отряд|бригад|подраздел|"
    r"штурмовик|батальон|батальйон|рот)",
    re.I,
)

_ED_EN_WORD = re.compile(r"(?:ed|en)$")

_POSITIONS_END = re.compile(r"(?:positions|lines|trenches|strongholds)\s+$")

_AGENT_OR_FIGURE_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?by\b|\s+(?:\w+\s+){0,3}?(?:at|stands?|"
    r"stood|is|was|totals?|amounts?)\s+(?:about |some |roughly )?\d",
)

_FOOTHOLD_WORD = re.compile(r"foothold|bridgehead|springboard|плацдарм", re.I)

_PROSPECT_AFTER = re.compile(
    r"\s+(?:to|for|from which to|для|щоб|чтобы)\s+(?:\w+\s+)?(?:push|"
    r"advance|attack|launch|strike|move|наступ|атак|просува|продвиж)",
    re.I,
)

_EVACUATE_WORD = re.compile(r"evacuat|евакуй|эвакуир", re.I)

_PEOPLE_END = re.compile(
    r"\b(?:soldiers|servicemen|troops|fighters|marines|men|prisoners|"
    r"POWs|mercenaries|defenders|(?:some|many|most|all|several|"
    r"\w+) of them)\s+$",
)

_PREP_AFTER = re.compile(r"\s+(?:near|in|at|during|while|last|on|by|around)\b")

_AUX_START = re.compile(r"(?:have|has|had)\b")

_FOOTAGE_END = re.compile(
    r"\b(?:footage|video|images?|photos?|camera|pictures?)\s+$", re.IGNORECASE
)

_NOUN_OF_END = re.compile(r"(?:ion|ure|all) of$")

_OPENING_ONLY = re.compile(r"\W*(?:the|its|this)?\s*(?:\w+\s+)?", re.I)

_REPORT_VERB = re.compile(
    r"\b(?:announced|confirmed|reported|claimed|said|says|denied|"
    r"acknowledged|came|was completed|followed)\b",
    re.IGNORECASE,
)

_DRIVE_OUT_WORD = re.compile(
    r"(?:pushed|drove|driven|forced|kicked|knocked|ousted|expelled)$",
    re.IGNORECASE,
)

_PLACE_SUBJECT_WORD = re.compile(
    r"(?:перейш|переш)\w* під|(?:перешл?|перешел)\w* под|"
    # "село повернулося під контроль", "returned to … control"
    r"повернул\w*(?:ся|сь) під|вернул\w*(?:ся|сь) под|"
    r"(?:returned|reverted) to|"
    # a place declared one side's again: "X знову наше", "X is Russian again"
    r"знову? |снова |вновь |опять |(?:once )?again |once more |"
    r"(?:Ukrainian|Russian) (?:(?:once )?again|once more)",
    re.I,
)

_NOMINAL_WORD = re.compile(r"(?:advance|capture|seizure|recapture)$", re.I)

_DETERMINER_END = re.compile(
    r"\b(?:the|an?|its|their|his|our|"
    r"[\w’']+['’]s)\s+$",
    re.IGNORECASE,
)

# advance triggers that are prepositions: "been" before them makes no passive
_PLACE_WORDS = frozenset({"inside", "into", "within"})


def _find_triggers(text: str, lang: str) -> list[_Trig]:
    out: list[_Trig] = []
    non_military: bool | None = None  # asked once, when a trigger needs it
    for m in _trigger_matches(text, lang):
        fam = m.lastgroup or ""
        s, e = m.start(), m.end()
        if e < len(text) and text[e - 1].isalnum() and (text[e].isalnum()):
            continue
        word = m.group(0)
        if skip_reason(text, s, e, fam, lang) is not None:
            continue
        before = text[max(0, s - 40) : s]
        after = text[e : e + 30]
        if lang == "en":
            if (
                fam in ("capture", "hold", "withdraw")
                and _ED_ING_END.search(word)
                and " " not in word.strip()
            ):
                if (
                    not word.lower().endswith("ing")
                    and lx.ADJ_BEFORE.search(before)
                    and not _AUX_DEGREE_END.search(before)
                    and not _BY_NEXT.match(after)
                    and not _SUBJECT_ADVERB.search(before)
                ):
                    continue
                if (
                    lx.ADJ_AFTER_NOUN.match(after)
                    and not _SUBJECT_END.search(before)
                    and fam != "withdraw"
                ):
                    continue
            if fam == "capture" and text[max(0, s - 1) : s] == "-":
                continue
            if (
                fam == "advance"
                and word.lower() == "advancing"
                and _FORCES_BEFORE.search(before)
            ):
                continue
            if fam == "hold" and _WHO_END.search(before):
                continue
            if (
                fam in ("fight", "attempt")
                and word[:1].isupper()
                and (
                    _UNIT_NAME_AFTER.match(after)
                    or _ORDINAL_END.search(before)
                )
            ):
                continue  # "5th Assault Brigade", not "Fighting Rages Around X"
            if (
                fam == "advance"
                and word.lower() in ("advance", "advances")
                and lx.BACKGROUND_BEFORE.search(before)
            ):
                continue
        else:
            if _SLAVIC_INSTRUMENTAL.search(word.lower()):
                continue  # instrumental noun: "освобождением Угледара ..."
            # Slavic adjectival participles: "окупованих територій"
            if (
                fam in ("capture", "hold")
                and _SLAVIC_ADJ_END.search(word.lower())
                and not _SLAVIC_PARTICIPLE_END.search(word.lower())
            ):
                if not _SETTLEMENT_AFTER.match(after) and not _AMONG_END.search(before):
                    continue
        if _FELL_TO.match(word):
            out.append(_Trig(fam, s, e, word, True, False))
            continue
        if (
            fam == "advance"
            and _SUCCESS_WORD.match(word)
            and _NO_SUCCESS_END.search(before)
        ):
            continue
        if (
            fam == "fight"
            and lang == "en"
            and _FIGHT_UNIT_AFTER.match(after)
        ):
            continue
        if fam == "fight" and _ASSAULT_TROOPS.match(word):
            continue  # "штурмовики" are assault troops, not a fight
        if (
            fam == "fight"
            and lang != "en"
            and _ASSAULT_UNIT.match(word + after)
        ):
            continue
        if (
            lang == "en"
            and fam in ("capture", "hold")
            and _OBJECT_RELATIVE.search(before)
        ):
            continue  # "the land it seized": a description, not a claim
        if (
            lang == "en"
            and fam == "capture"
            and _ED_EN_WORD.search(word)
            and " " not in word
            and _REDUCED_RELATIVE.search(before)
            and (
                _POSITIONS_END.search(before)
                or not _AGENT_OR_FIGURE_AFTER.match(after)
            )
        ):
            continue  # "a figure for the area regained there", "positions captured"
        if (
            fam == "advance"
            and _FOOTHOLD_WORD.match(word)
            and _PROSPECT_AFTER.match(after + text[e + 30 : e + 60])
        ):
            continue  # "a foothold to push north": a prospect
        if _LOOKALIKE_AFTER.match(after):
            continue  # "cleared of mines", "evacuated from X" of civilians
        if (
            fam == "withdraw"
            and _EVACUATE_WORD.match(word)
            and (_CIVILIANS.search(text[max(0, s - 80) : e + 40]))
        ):
            continue  # civilians evacuated: no ground changes hands
        if (
            lang == "en"
            and fam == "capture"
            and _PEOPLE_END.search(before)
            and _PREP_AFTER.match(after)
            and not _AUX_START.match(word)
        ):
            continue  # "soldiers captured near Bakhmut": prisoners
        if fam == "capture" and _FOOTAGE_END.search(before):
            continue  # "footage captured near X"
        if (
            lang == "en"
            and fam == "capture"
            and _NOUN_OF_END.search(word)
            and _OPENING_ONLY.fullmatch(text[:s])
            and not _REPORT_VERB.search(text[e:])
        ):
            continue  # "The liberation of the village marks an achievement"
        if (
            fam == "capture"
            and lx.NON_TERRITORIAL_OBJECT.match(after)
            # "drove Russian troops out of X": the troops are driven out
            and not _DRIVE_OUT_WORD.match(word)
        ):
            continue  # "captured 20 soldiers", "were taken prisoner"
        if (
            fam
            in (
                "capture",
                "advance",
                "fight",
                "attempt",
                "hold",
            )
            and (
                non_military
                if non_military is not None
                else (non_military := lx.NON_MILITARY.search(text) is not None)
            )
            and lx.NON_MILITARY.search(_clause_text(text, s, e))
        ):
            continue
        passive = (
            bool(_PASSIVE_AUX.match(word))
            or (
                not word.split()[0].lower().endswith("ing")
                and fam != "withdraw"
                # "have been inside its streets": a place, not a participle
                and word.lower() not in _PLACE_WORDS
                and bool(_PASSIVE_BEFORE.search(before))
            )
            or bool(
                # the "by" agent is this verb's unless another participle
                # intervenes ("retook positions captured by Russia")
                _BY_AGENT_AFTER.match(after)
                and not _ACTIVE_PAST.fullmatch(word)
                and fam in ("capture", "gain", "hold")
            )
            # a flag over a place: it may stand before ("над X майорить прапор")
            or bool(
                fam == "capture" and lang != "en" and _FLAG.search(word + after[:24])
            )
            # "село перейшло під контроль ЗСУ": the place is the subject
            or bool(
                fam == "capture"
                and _PLACE_SUBJECT_WORD.match(word)
            )
        )
        nominal = bool(_NOMINAL.search(word)) or (
            lang == "en"
            and fam in ("advance", "capture")
            and _NOMINAL_WORD.match(word)
            is not None
            and _DETERMINER_END.search(before)
            is not None
        )
        out.append(_Trig(fam, s, e, word, passive, nominal))
    return out


def _clause_text(text: str, s: int, e: int) -> str:
    """The text around a trigger up to the nearest clause punctuation."""
    a = max(text.rfind(c, 0, s) for c in ",;:.!?")
    # a reported-speech frame is no part of it: "said in a meeting that X ..."
    that = max(text.rfind(w, a + 1, s) for w in (" that ", " що ", " что "))
    a = max(a, that + 5) if that >= 0 else a
    bs = [i for i in (text.find(c, e) for c in ",;:.!?") if i >= 0]
    return text[a + 1 : min(bs) if bs else len(text)]
