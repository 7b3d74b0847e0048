"""Trigger words of the claim extractor: where a claim may start.

Pure: no files, no network. A trigger is a word of one family (capture,
advance, fight, hold, withdraw, attempt, stall, gain) matched by the
per-language patterns of ``lexicon.TRIGGERS``; :func:`_find_triggers` keeps
those whose form and context make a claim possible (not an adjective, a unit
name, a prisoner taken, footage captured ...). Each word guard is a small
step returning its reason code (``trace`` prints it as ``word-guard:<code>``),
tried in the order of the per-language recipes ``_EARLY_GUARDS`` and
``_LATE_GUARDS``; :func:`word_guard` names the one that dropped a word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import lexicon as lx
from .context import _Trig
from .fastre import Alternatives, folded, keyed
from .rules.skips import skip_reason

__all__ = ["_TRIGGER_RE", "_find_triggers", "_trigger_matches", "word_guard"]

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

# (a participle in scare quotes is one too: "had been 'liberated'")
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+|also\s+|then\s+|"
    r"already\s+|fully\s+|finally\s+|reportedly\s+)*[\"“‘'«]?)$|"
    # (session 34, enmiss) a denied passive: "X is not captured", "X was
    # not liberated" (a participle after "not" is no adjective before a noun)
    r"\b(?:was|were|is|are)\s+(?:still\s+|yet\s+)?not\s+(?:yet\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = keyed(folded(_PASSIVE_BEFORE))  # speed: a case-folded twin, keyed

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
_OBJECT_RELATIVE = keyed(_OBJECT_RELATIVE)  # speed: passed over texts lacking its keys

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
_REDUCED_RELATIVE = keyed(_REDUCED_RELATIVE)  # speed: passed over texts lacking keys

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
    """Every trigger-word match in a sentence (cached for one document),
    found family by family (:class:`fastre.Alternatives`: the same matches
    as ``_TRIGGER_RE[lang].finditer``)."""
    return _family_scan(lang if lang in _TRIGGER_RE else "en").finditer(text)


@functools.cache
def _family_scan(lang: str) -> Alternatives:
    """The trigger pattern of ``lang`` with each of its families as a pattern
    of its own, in the order the pattern tries them (built on first use)."""
    pats = lx.TRIGGERS[lang]
    families = [
        re.compile(rf"(?<![\w-])(?:(?P<{f}>(?:{pats[f]})(?![\w])))", re.IGNORECASE)
        for f in _FAMILIES
        if f in pats
    ]
    return Alternatives(_TRIGGER_RE[lang], families)


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
# S33: a participle after "as" that no noun follows is a status given to the
# place ("the map shows X as occupied", "lists the village as captured since
# May"), not an adjective ("as occupied territory")
# (not a contrast: "shows X as grey rather than as occupied")
_AS_END = re.compile(
    r"(?<!than )(?<!not )(?<!of )\bas\s+"
    # an adverb of degree between (session 37): "shows X as fully occupied"
    r"(?:(?:fully|completely|entirely|partially|partly|now|already)\s+)?$",
    re.IGNORECASE,
)
# (not the ground near a place: "the area near X is marked as occupied")
_NEAR_AS_END = re.compile(
    r"\b(?:near|around|outside|close to)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}"
    r"as\s+(?:(?:fully|completely|entirely|partially|partly|now|already)\s+)?$",
    re.IGNORECASE,
)
_NO_NOUN_NEXT = re.compile(
    r"\s*(?:[.,;:!?)\]—–]|$|(?:since|in|on|from|after|for|last|this|"
    r"earlier|again|now|already)\b)",
    re.IGNORECASE,
)

_SUBJECT_END = re.compile(
    r"\b(?:have|has|had|they|we|it|he|she|forces|troops|army|"
    r"units)\s+$",
)
# PARA27: a side named as the subject of land taken ("Ukraine recaptured
# territory", "Russians seized villages"), read like "Ukraine has recaptured …"
# (not people: "Russia captured Ukrainian soldiers")
_SIDE_SUBJECT_END = re.compile(
    r"\b(?:Ukraine|Russia|Kyiv|Moscow|Ukrainians|Russians)\s+$",
)
_LAND_AFTER = re.compile(
    r"\s*(?:territor(?:y|ies)|ground|lands?|villages?|towns?|settlements?|"
    r"areas?|cities|city)\b",
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

# a success denied by the verb after it, as a staff report puts it: "вів
# наступ біля X, успіху не мав", "успеха не имел", "успіху не досягли"
_NO_SUCCESS_AFTER = re.compile(
    r"\s+(?:так\s+і\s+|так\s+и\s+)?не\s+(?:мав|мала|мали|мало|має|мають|"
    r"досяг\w*|дося\w*|доби\w*|доми\w*|имел|имела|имели|имеет|имеют|"
    r"достиг\w*|дости\w*)\b",
    re.I,
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
_PEOPLE_END = keyed(_PEOPLE_END)  # speed: passed over texts lacking its keys

# (not the hedge of a count: "troops retook at least five villages")
_PREP_AFTER = re.compile(
    r"\s+(?:near|in|at(?!\s+(?:least|most)\b)|during|while|last|on|by|around)\b"
)

_AUX_START = re.compile(r"(?:have|has|had)\b")

_FOOTAGE_END = re.compile(
    r"\b(?:footage|video|images?|photos?|camera|pictures?)\s+$", re.IGNORECASE
)
_FOOTAGE_END = keyed(_FOOTAGE_END)  # speed: passed over texts lacking its keys

_NOUN_OF_END = re.compile(r"(?:ion|ure|all) of$")

_OPENING_ONLY = re.compile(r"\W*(?:the|its|this)?\s*(?:\w+\s+)?", re.I)

_REPORT_VERB = re.compile(
    r"\b(?:announced|confirmed|reported|claimed|said|says|denied|"
    r"acknowledged|came|was completed|followed)\b",
    re.IGNORECASE,
)

_DRIVE_OUT_WORD = re.compile(
    r"(?:pushed|drove|driven|forced|kicked|knocked|ousted|expelled|cleared)$",
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
# (and states after "are": "Russian troops are dug in near X" is no passive)
_PLACE_WORDS = frozenset(
    {
        "inside",
        "into",
        "within",
        "dug in",
        "entrenched in",
        "entrenched at",
        "entrenched near",
        "entrenched around",
        "entrenched on",
    }
)


# reason codes of the guards with no pattern to name them after (--explain
# printed them as source-line codes, "line-8", "line-11", "line-35", until
# session 21)
_MID_WORD = "mid-word"
_SKIPPED = "skip-table"
_HYPHENATED = "hyphenated"


class _Word:
    """One trigger match in its sentence: what every word guard looks at.

    >>> w = _Word("Army footage captured near X.", "en", re.search("captured", \
"Army footage captured near X."), "capture")
    >>> (w.word, w.before, w.after)
    ('captured', 'Army footage ', ' near X.')
    """

    __slots__ = ("text", "lang", "fam", "s", "e", "word", "before", "after")

    def __init__(self, text: str, lang: str, m: re.Match[str], fam: str) -> None:
        self.text, self.lang, self.fam = text, lang, fam
        self.s, self.e = m.start(), m.end()
        self.word = m.group(0)
        self.before = text[max(0, self.s - 40) : self.s]
        self.after = text[self.e : self.e + 30]


# a guard step: the reason code it drops a trigger word for, or None
_Guard = Callable[[_Word], "str | None"]


def _mid_word(w: _Word) -> str | None:
    """The match ends inside a longer word."""
    e, text = w.e, w.text
    if e < len(text) and text[e - 1].isalnum() and text[e].isalnum():
        return _MID_WORD
    return None


def _skipped(w: _Word) -> str | None:
    """The skip table (``rules/skips.py``) names it (traced as ``skip:``)."""
    if skip_reason(w.text, w.s, w.e, w.fam, w.lang) is not None:
        return _SKIPPED
    return None


def _bare_participle(w: _Word) -> bool:
    """An English one-word ``-ed``/``-ing`` form of capture, hold or withdraw."""
    return (
        w.fam in ("capture", "hold", "withdraw")
        and _ED_ING_END.search(w.word) is not None
        and " " not in w.word.strip()
    )


def _adjective_before(w: _Word) -> str | None:
    """An adjective participle before its noun: "the captured village"."""
    if (
        _bare_participle(w)
        and not w.word.lower().endswith("ing")
        and lx.ADJ_BEFORE.search(w.before)
        and not _AUX_DEGREE_END.search(w.before)
        and not _BY_NEXT.match(w.after)
        and not _SUBJECT_ADVERB.search(w.before)
        and not _as_status(w)
    ):
        return "adj-before"
    return None


def _adjective_after(w: _Word) -> str | None:
    """A participle describing the noun before it, with no subject."""
    if (
        _bare_participle(w)
        and lx.ADJ_AFTER_NOUN.match(w.after)
        and not _SUBJECT_END.search(w.before)
        and not (_SIDE_SUBJECT_END.search(w.before) and _LAND_AFTER.match(w.after))
        and w.fam != "withdraw"
    ):
        return "adj-after-noun"
    return None


def _hyphenated(w: _Word) -> str | None:
    """A capture word after a hyphen: part of a compound."""
    if w.fam == "capture" and w.text[max(0, w.s - 1) : w.s] == "-":
        return _HYPHENATED
    return None


def _forces_advancing(w: _Word) -> str | None:
    """ "advancing" after a forces noun: an attribute, not a report."""
    if (
        w.fam == "advance"
        and w.word.lower() == "advancing"
        and _FORCES_BEFORE.search(w.before)
    ):
        return "forces-before"
    return None


def _who_holds(w: _Word) -> str | None:
    """ "... who hold ...": a relative clause about people."""
    if w.fam == "hold" and _WHO_END.search(w.before):
        return "who-end"
    return None


def _unit_name(w: _Word) -> str | None:
    """ "5th Assault Brigade", not "Fighting Rages Around X"."""
    if (
        w.fam in ("fight", "attempt")
        and w.word[:1].isupper()
        and (_UNIT_NAME_AFTER.match(w.after) or _ORDINAL_END.search(w.before))
    ):
        return "unit-name-after"
    return None


def _background_advance(w: _Word) -> str | None:
    """An "advance" noun of background talk."""
    if (
        w.fam == "advance"
        and w.word.lower() in ("advance", "advances")
        and lx.BACKGROUND_BEFORE.search(w.before)
    ):
        return "background-before"
    return None


def _instrumental(w: _Word) -> str | None:
    """Instrumental noun: "освобождением Угледара ...", unless a congratulation
    is on it ("поздравил военных с освобождением X" tells the capture)."""
    if _SLAVIC_INSTRUMENTAL.search(w.word.lower()) and not (
        w.fam == "capture" and lx.CONGRATULATED_ON.search(w.text, 0, w.s)
    ):
        return "slavic-instrumental"
    return None


def _slavic_adjective(w: _Word) -> str | None:
    """Slavic adjectival participles: "окупованих територій"."""
    low = w.word.lower()
    if (
        w.fam in ("capture", "hold")
        and _SLAVIC_ADJ_END.search(low)
        and not _SLAVIC_PARTICIPLE_END.search(low)
        and not _SETTLEMENT_AFTER.match(w.after)
        and not _AMONG_END.search(w.before)
        and not _slavic_as_status(w)
    ):
        return "settlement-after"
    return None


def _no_success(w: _Word) -> str | None:
    """ "no success": a success word denied, before it or after it."""
    if (
        w.fam == "advance"
        and _SUCCESS_WORD.match(w.word)
        and (_NO_SUCCESS_END.search(w.before) or _NO_SUCCESS_AFTER.match(w.after))
    ):
        return "success-word"
    return None


def _fight_unit(w: _Word) -> str | None:
    """An English fight word naming a unit."""
    if w.fam == "fight" and _FIGHT_UNIT_AFTER.match(w.after):
        return "fight-unit-after"
    return None


def _assault_troops(w: _Word) -> str | None:
    """ "штурмовики" are assault troops, not a fight."""
    if w.fam == "fight" and _ASSAULT_TROOPS.match(w.word):
        return "assault-troops"
    return None


def _assault_unit(w: _Word) -> str | None:
    """A Slavic assault unit name."""
    if w.fam == "fight" and _ASSAULT_UNIT.match(w.word + w.after):
        return "assault-unit"
    return None


def _object_relative(w: _Word) -> str | None:
    """ "the land it seized": a description, not a claim."""
    if w.fam in ("capture", "hold") and _OBJECT_RELATIVE.search(w.before):
        return "object-relative"
    return None


def _reduced_relative(w: _Word) -> str | None:
    """ "a figure for the area regained there", "positions captured"."""
    if (
        w.fam == "capture"
        and _ED_EN_WORD.search(w.word)
        and " " not in w.word
        and _REDUCED_RELATIVE.search(w.before)
        and (
            _POSITIONS_END.search(w.before) or not _AGENT_OR_FIGURE_AFTER.match(w.after)
        )
    ):
        return "ed-en-word"
    return None


def _prospect(w: _Word) -> str | None:
    """ "a foothold to push north": a prospect."""
    if (
        w.fam == "advance"
        and _FOOTHOLD_WORD.match(w.word)
        and _PROSPECT_AFTER.match(w.after + w.text[w.e + 30 : w.e + 60])
    ):
        return "foothold-word"
    return None


def _lookalike(w: _Word) -> str | None:
    """ "cleared of mines", "evacuated from X" of civilians."""
    if _LOOKALIKE_AFTER.match(w.after):
        return "lookalike-after"
    return None


def _civilians_evacuated(w: _Word) -> str | None:
    """Civilians evacuated: no ground changes hands."""
    if (
        w.fam == "withdraw"
        and _EVACUATE_WORD.match(w.word)
        and _CIVILIANS.search(w.text[max(0, w.s - 80) : w.e + 40])
    ):
        return "evacuate-word"
    return None


def _prisoners(w: _Word) -> str | None:
    """ "soldiers captured near Bakhmut": prisoners."""
    if (
        w.fam == "capture"
        and _PEOPLE_END.search(w.before)
        and _PREP_AFTER.match(w.after)
        and not _AUX_START.match(w.word)
    ):
        return "people-end"
    return None


def _footage(w: _Word) -> str | None:
    """ "footage captured near X"."""
    if w.fam == "capture" and _FOOTAGE_END.search(w.before):
        return "footage-end"
    return None


def _opening_noun(w: _Word) -> str | None:
    """ "The liberation of the village marks an achievement"."""
    if (
        w.fam == "capture"
        and _NOUN_OF_END.search(w.word)
        and _OPENING_ONLY.fullmatch(w.text[: w.s])
        and not _REPORT_VERB.search(w.text[w.e :])
    ):
        return "noun-of-end"
    return None


def _non_territorial(w: _Word) -> str | None:
    """ "captured 20 soldiers", "were taken prisoner" (but "drove Russian
    troops out of X": the troops are driven out)."""
    if (
        w.fam == "capture"
        and lx.NON_TERRITORIAL_OBJECT.match(w.after)
        and not _DRIVE_OUT_WORD.match(w.word)
    ):
        return "non-territorial-object"
    return None


@functools.lru_cache(maxsize=1)
def _mentions_non_military(text: str) -> bool:
    """Whether the sentence has a non-military word at all (asked once: its
    words are guarded in turn; only the last sentence is kept, so a document
    read again finds none of its own)."""
    return lx.NON_MILITARY.search(text) is not None


def _non_military(w: _Word) -> str | None:
    """A non-military clause: "Kyiv advanced talks on grain exports"."""
    if (
        w.fam in ("capture", "advance", "fight", "attempt", "hold")
        and _mentions_non_military(w.text)
        and lx.NON_MILITARY.search(_clause_text(w.text, w.s, w.e))
    ):
        return "non-military"
    return None


# the recipes: guards in the order they are tried, per language (en, other);
# "fell to" keeps a word between the early and the late guards
_EARLY_GUARDS: dict[bool, tuple[_Guard, ...]] = {
    True: (
        _mid_word,
        _skipped,
        _adjective_before,
        _adjective_after,
        _hyphenated,
        _forces_advancing,
        _who_holds,
        _unit_name,
        _background_advance,
    ),
    False: (_mid_word, _skipped, _instrumental, _slavic_adjective),
}
_LATE_GUARDS: dict[bool, tuple[_Guard, ...]] = {
    True: (
        _no_success,
        _fight_unit,
        _assault_troops,
        _object_relative,
        _reduced_relative,
        _prospect,
        _lookalike,
        _civilians_evacuated,
        _prisoners,
        _footage,
        _opening_noun,
        _non_territorial,
        _non_military,
    ),
    False: (
        _no_success,
        _assault_troops,
        _assault_unit,
        _prospect,
        _lookalike,
        _civilians_evacuated,
        _footage,
        _non_territorial,
        _non_military,
    ),
}


def _guard_code(w: _Word) -> str | None:
    """The code of the first guard that drops ``w`` (None: it is kept)."""
    en = w.lang == "en"
    for guard in _EARLY_GUARDS[en]:
        if (code := guard(w)) is not None:
            return code
    if _FELL_TO.match(w.word):
        return None
    for guard in _LATE_GUARDS[en]:
        if (code := guard(w)) is not None:
            return code
    return None


def _is_passive(w: _Word) -> bool:
    """Whether the place is the trigger's subject ("was captured by ...")."""
    word, fam, after = w.word, w.fam, w.after
    return (
        bool(_PASSIVE_AUX.match(word))
        or (
            not word.split()[0].lower().endswith("ing")
            and fam != "withdraw"
            # "have been inside its streets": a place, not a participle
            and word.lower() not in _PLACE_WORDS
            and bool(_PASSIVE_BEFORE.search(w.before))
        )
        # the "by" agent is this verb's unless another participle
        # intervenes ("retook positions captured by Russia")
        or bool(
            fam in ("capture", "gain", "hold")  # (speed: asked first)
            and _BY_AGENT_AFTER.match(after)
            and not _ACTIVE_PAST.fullmatch(word)
        )
        # a flag over a place: it may stand before ("над X майорить прапор")
        or (
            fam == "capture"
            and w.lang != "en"
            and bool(_FLAG.search(word + after[:24]))
        )
        # "село перейшло під контроль ЗСУ": the place is the subject
        or (fam == "capture" and bool(_PLACE_SUBJECT_WORD.match(word)))
        # S33: "shows X as occupied": the place before "as" is what was taken
        or (fam == "capture" and _as_status(w))
    )


def _as_status(w: _Word) -> bool:
    """Whether a participle after "as" ("як", "как") is a status given to the
    place before it, no noun following ("marks X as occupied")."""
    return bool(
        w.lang == "en"
        and _AS_END.search(w.before)
        and _NO_NOUN_NEXT.match(w.after)
        and not _NEAR_AS_END.search(w.before)
    ) or _slavic_as_status(w)


def _slavic_as_status(w: _Word) -> bool:
    """Whether a uk/ru participle after "як"/"как" is a status given to the
    place before it ("DeepState позначив X як окуповану", "обозначил X как
    оккупированную росіянами"): no noun it qualifies after it (session 37).

    >>> t = "DeepState обозначил Новогродовку как оккупированную."
    >>> _slavic_as_status(_Word(t, "ru", re.search("оккупированную", t), "capture"))
    True
    """
    return bool(
        w.lang != "en"
        and w.fam == "capture"
        and lx.AS_STATUS_BEFORE.search(w.before)
        and lx.AS_STATUS_NEXT.match(w.after)
        and not lx.AS_STATUS_NEAR.search(w.before)
    )


def _is_nominal(w: _Word) -> bool:
    """Whether the trigger is a noun ("the capture of X")."""
    return bool(_NOMINAL.search(w.word)) or (
        w.lang == "en"
        and w.fam in ("advance", "capture")
        and _NOMINAL_WORD.match(w.word) is not None
        and _DETERMINER_END.search(w.before) is not None
    )


def _trigger_of(w: _Word) -> _Trig:
    """The trigger a kept word makes ("fell to": passive, never nominal)."""
    if _FELL_TO.match(w.word):
        return _Trig(w.fam, w.s, w.e, w.word, True, False)
    # decided when a rule asks (speed: about half the triggers are never asked)
    return _Trig(
        w.fam,
        w.s,
        w.e,
        w.word,
        functools.partial(_is_passive, w),
        functools.partial(_is_nominal, w),
    )


def _find_triggers(text: str, lang: str) -> list[_Trig]:
    """The trigger words of a sentence that may start a claim.

    >>> [(t.start, t.text) for t in _find_triggers("Footage captured near X. "
    ...     "Troops captured Ozerne.", "en")]
    [(32, 'captured')]
    """
    out: list[_Trig] = []
    for m in _trigger_matches(text, lang):
        w = _Word(text, lang, m, m.lastgroup or "")
        if _guard_code(w) is None:
            out.append(_trigger_of(w))
    return out


def word_guard(text: str, lang: str, m: re.Match[str]) -> str | None:
    """The reason (``word-guard:<code>``) the trigger match ``m`` of the
    sentence ``text`` was dropped by a word guard, None if it was kept.

    >>> t = "Army footage captured near Velykoborsk shows a burning tank column."
    >>> word_guard(t, "en", _trigger_matches(t, "en")[0])
    'word-guard:footage-end'
    """
    code = _guard_code(_Word(text, lang, m, m.lastgroup or ""))
    return None if code is None else f"word-guard:{code}"


def _clause_text(text: str, s: int, e: int) -> str:
    """The text around a trigger up to the nearest clause punctuation."""
    a = max(text.rfind(c, 0, s) for c in ",;:.!?")
    # a reported-speech frame is no part of it: "said in a meeting that X ..."
    that = max(text.rfind(w, a + 1, s) for w in (" that ", " що ", " что "))
    a = max(a, that + 5) if that >= 0 else a
    bs = [i for i in (text.find(c, e) for c in ",;:.!?") if i >= 0]
    return text[a + 1 : min(bs) if bs else len(text)]
