"""Metamorphic testing of the claim extractor: wording.

    python benchmarks/paraphrase_claims.py [--split read|unread|NAME] [--only a,b]

The sister of ``perturb_claims.py`` (typography, units, layout): each
paraphrase of ``PARAPHRASES`` rewords a claim the way real news varies its
wording -- a capture verb for its synonym, a fighting noun for another, "near"
for "in the vicinity of", "the village of X" for "X", the attribution moved to
the end of the sentence -- without changing what is claimed (kind, gainer,
places, period, flags stay true). The texts are rewritten in memory, the gold
spans remapped through the offset map (``perturb_claims.perturb_doc``), and the
set predicted and scored with the real scorer. A drop is a rule that depends on
one phrasing.

Nothing rewritten is written into the repository (files go to
``$FRONTLINE_SPLITS_TMP``). ``--split unread`` prints summary figures only
(numbers; this script has no mode that prints text or errors).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from perturb_claims import (  # noqa: E402
    Map,
    Perturb,
    Perturbation,
    resub,
    run,
)

Piece = str | tuple[int, int] | tuple[int, int, bool]
_CAP = r"(?= (?:the )?(?:(?:village|town|city|settlement) of )?[A-Z])"
_NONE = r"(?!)"


def _same(text: str) -> tuple[str, Map]:
    return text, list(range(len(text) + 1))


def _cased(word: str, like: str) -> str:
    """``word`` with the first letter's case of ``like``."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def words(
    table: dict[str, str],
    lang: str,
    after: str = "",
    before: str = "",
    caps: bool = True,
) -> Perturb:
    """A perturbation replacing whole words of ``table`` (first letter's case
    kept; capitalised ones only with ``caps``) in ``lang`` texts;
    ``after``/``before`` are look-around patterns."""
    keys = sorted(table, key=len, reverse=True)
    forms = [f for k in keys for f in ((k, k.capitalize()) if caps else (k,))]
    alt = "|".join(re.escape(f) for f in forms)
    rx = re.compile(after + r"(?<![\w'’-])(" + alt + r")(?![\w'’-])" + before)

    def run(text: str, tlang: str) -> tuple[str, Map]:
        if tlang != lang:
            return _same(text)
        return resub(rx, lambda m: _cased(table[m[1].lower()], m[1]), text)

    return run


def reorder(rx: re.Pattern[str], build: Callable[[re.Match[str]], list[Piece]]):
    """A perturbation that rebuilds each match of ``rx`` from pieces: a string
    is new text, a pair ``(start, end)`` a stretch of the old text moved as it
    is (its offsets map one for one; the rest of the match proportionally);
    a triple ``(start, end, True)`` the same with its first letter upper case."""

    def run(text: str, lang: str) -> tuple[str, Map]:
        out: list[str] = []
        omap: Map = []
        pos = new = 0
        for m in rx.finditer(text):
            s, e = m.span()
            pieces = build(m)
            if pieces is None:
                continue
            omap.extend(new + i - pos for i in range(pos, s))
            new += s - pos
            out.append(text[pos:s])
            rep, moved = _assemble(text, pieces)
            inner = [new + (len(rep) * (i - s)) // max(e - s, 1) for i in range(s, e)]
            starts = {p[0] for p, _ in moved}
            for (a, b, *_), at in moved:
                for i in range(a, b + 1):
                    if i < e and (i < b or b not in starts):
                        inner[i - s] = new + at + i - a
            omap.extend(inner)
            out.append(rep)
            new += len(rep)
            pos = e
        omap.extend(new + i - pos for i in range(pos, len(text) + 1))
        out.append(text[pos:])
        return "".join(out), omap

    return run


def _assemble(text: str, pieces: list[Piece]):
    """The new string of ``pieces`` and where each moved stretch starts in it."""
    rep = ""
    moved = []
    for p in pieces:
        if isinstance(p, tuple):
            moved.append((p, len(rep)))
            piece = text[p[0] : p[1]]
            rep += piece[:1].upper() + piece[1:] if len(p) == 3 and p[2] else piece
        else:
            rep += p
    return rep, moved


# ---- English --------------------------------------------------------------

_AUX = r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bbeen )(?<!\bwas )(?<!\bwere )"
_AUX += r"(?<!\barea )(?<!\bterritory )(?<![\"“])"
_RETOOK = {"liberated": "retook", "recaptured": "retook"}
_RECAPTURED = {"liberated": "recaptured", "retook": "recaptured"}
_OBJECT = r"(?= (?:the |some |about |more |over |nearly |almost )?[A-Z\d])"
_HAS = r"\b(ha[sd]|have) "


def _control(noun: str) -> Perturb:
    """en: "captured X" -> "took/gained control of X" ("has taken ...")."""
    past = "took" if noun == "took" else "gained"
    part = "taken" if noun == "took" else "gained"

    def rep(m: re.Match[str]) -> str:
        if m[1]:
            return f"{m[1]} {part} control of"
        return _cased(past, m[2]) + " control of"

    rx = re.compile(r"(?:\b(ha[sd]|have) )?\b([Cc]aptured|[Ss]eized)\b" + _CAP)

    def run(text: str, lang: str) -> tuple[str, Map]:
        return resub(rx, rep, text) if lang == "en" else _same(text)

    return run


def _present_perfect_to_past(text: str, lang: str) -> tuple[str, Map]:
    """en: "have captured" -> "captured", "has taken" -> "took"."""
    if lang != "en":
        return _same(text)
    past = {"taken": "took", "retaken": "retook"}
    rx = r"(?<!\bto )\b(?:has|have) "
    rx += r"(captured|seized|taken|retaken|liberated|recaptured)\b"
    return resub(rx, lambda m: past.get(m[1], m[1]), text)


_FIGHT_AFTER = r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
_FIGHT_AFTER += r"(?<!\bkeep )(?<!\bcontinue )(?<!\bcontinued )(?<!\bstill )"
_FIGHT_BEFORE = r"(?= (?:near|in|around|for|on|at|outside|close|continue))"


def _fighting(noun: str) -> Perturb:
    """en: the noun "fighting" before a preposition -> ``noun``."""
    return words({"fighting": noun}, "en", _FIGHT_AFTER, _FIGHT_BEFORE)


def _near(frame: str) -> Perturb:
    """en: "near X" (X capitalised) -> ``frame`` X."""
    return words({"near": frame}, "en", before=r"(?= [A-Z])")


_PLACE = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
_RX_VILLAGE_OF = re.compile(r"\b(the )?(village|town|settlement) of (" + _PLACE + ")")


def _village(form: str) -> Perturb:
    """en: "the village of X" -> "X" (``bare``), "X village" (``post``) or
    "the settlement of X" (``settlement``)."""

    def build(m: re.Match[str]) -> list[Piece]:
        place = m.span(3)
        if form == "bare":
            return [place]
        if form == "post":
            return [place, " " + m[2]]
        return [(m[1] or "") + "settlement of ", place]

    run = reorder(_RX_VILLAGE_OF, build)
    return lambda text, lang: run(text, lang) if lang == "en" else _same(text)


_RX_REGION = re.compile(
    r"\b(" + _PLACE + r") in (?:the )?([A-Z][\w’'-]+) (region|[Oo]blast)\b"
)


def _region(form: str) -> Perturb:
    """en: "X in the Donetsk region" -> "X, Donetsk region" (``comma``) or
    "X in Donetsk Oblast" / "... region" (``oblast``)."""

    def build(m: re.Match[str]) -> list[Piece]:
        if form == "comma":
            return [m.span(1), ", ", m.span(2), " " + m[3]]
        other = "region" if m[3].lower() == "oblast" else "Oblast"
        return [m.span(1), " in ", m.span(2), " " + other]

    run = reorder(_RX_REGION, build)
    return lambda text, lang: run(text, lang) if lang == "en" else _same(text)


_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that"}
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WHEN = rf"(?: on)? (?:{_DAYS})(?: (?:morning|evening|night))?"
_WHEN += rf"|(?: late| early)? (?:{_DAYS})"
_OPENERS = {"on", "in", "at", "late", "early", "last", "yesterday", "today", "this"}
_RX_SAID = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))"
    r"((?:The |the )?[A-Z][\w’'-]*(?: [\w’'-]+){0,5}?) said"
    rf"((?:{_WHEN})?)(?: that)? "
    r"([^\n.!?\"“”«»]{12,300}?)\.(?= |\n|$)",
    re.MULTILINE,
)


def _attribution(form: str) -> Perturb:
    """en: "The General Staff said (on Monday) (that) S." -> "S, the General
    Staff said (on Monday)." (``after``) or, without a day, "According to the
    General Staff, S." (``according``). Only a speaker of up to six words that
    is not a pronoun, and a clause that does not open with a time word."""

    def build(m: re.Match[str]) -> list[Piece] | None:
        who, when, body = m[1], m[2], m[3]
        first = body.split()[0].lower()
        if who.split()[0].lower() in _PRONOUNS or first in _OPENERS:
            return None
        if form == "according" and (when or re.search(_DAYS, who)):
            return None  # "According to X on Friday" is no English
        a, b = m.span(1)
        speaker: list[Piece] = ["the", (a + 3, b)] if who[:4] == "The " else [(a, b)]
        said: list[Piece] = [" said", m.span(2)] if when else [" said"]
        if form == "after":
            return [(*m.span(3), True), ", ", *speaker, *said, "."]
        return ["According to ", *speaker, ", ", m.span(3), "."]

    run = reorder(_RX_SAID, build)
    return lambda text, lang: run(text, lang) if lang == "en" else _same(text)


# ---- English sentence structure (round 2) ---------------------------------

_SIDE_NP = (
    r"(?:(?:the |The )?(?:Russian|Ukrainian|Russia’s|Ukraine’s|Russia's|Ukraine's"
    r"|Moscow|Kremlin|its|their|his)(?: [A-Za-z]+){0,2}? (?:[Ff]orces|troops|army"
    r"|units|soldiers|fighters|military|defenders|battlegroup|brigade|marines"
    r"|paratroopers)|Russia|Ukraine|[Tt]he Russians|[Tt]he Ukrainians)"
)
_PARTICIPLE = {
    "captured": "captured",
    "seized": "seized",
    "took": "taken",
    "retook": "retaken",
    "liberated": "liberated",
    "recaptured": "recaptured",
}
_ACTIVE = {v: k for k, v in _PARTICIPLE.items()}
_ONE = r"(?:[Tt]he (?:village|town|city|settlement)s? of )?" + _PLACE
# a list moves whole ("X, Y and Z"), a region after it too
_OBJ = _ONE + r"(?:(?:, |,? and )" + _ONE + r")*"
_OBJ += r"(?: in (?:the )?(?:south of )?[A-Z][\w’'-]+ (?:[Rr]egion|[Oo]blast))?"
_START = r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))"
_CLAUSE = r"(?:(?<=^)|(?<=\n)|(?<=[.!?] )|(?<=\bsaid )|(?<=\bsays )|(?<=\bthat )"
_CLAUSE += r"|(?<=\bclaimed )|(?<=, ))"
# the object ends the sentence (a list or an apposition after it would be
# cut from its verb), a day or date after it at most
_FOLLOW = r"(?=(?: on [^.,;\n]{3,25})?[.;](?:\s|$))"
_PERFECT = {None: "was", "have": "has been", "has": "has been", "had": "had been"}
_RX_ACTIVE = re.compile(
    _CLAUSE + r"(?P<subj>" + _SIDE_NP + r") (?:(?P<aux>have|has|had) )?"
    r"(?:(?P<adv>likely|reportedly|also) )?(?P<verb>"
    + "|".join(_PARTICIPLE)
    + r"|taken|retaken) (?P<obj>"
    + _OBJ
    + r")"
    + _FOLLOW,
    re.MULTILINE,
)
_RX_PASSIVE = re.compile(
    _CLAUSE + r"(?P<obj>" + _OBJ + r") (?P<aux>was|has been|had been) "
    r"(?:(?P<adv>likely|reportedly|also) )?(?P<verb>"
    + "|".join(_ACTIVE)
    + r") by (?P<subj>"
    + _SIDE_NP
    + r")"
    + _FOLLOW,
    re.MULTILINE,
)
_ACTIVE_AUX = {"was": "", "has been": "has ", "had been": "had "}
_PERFECT_OF = {"taken": "taken", "retaken": "retaken"}


def _lower_the(text: str, span: tuple[int, int]) -> list[Piece]:
    """The moved stretch ``span`` with an opening "The" lowered."""
    a, b = span
    return ["the", (a + 3, b)] if text[a : a + 4] == "The " else [(a, b)]


def _voice(form: str) -> Perturb:
    """en: "Russian forces captured X" -> "X was captured by Russian forces"
    (``passive``) and back (``active``); only a side's forces as the subject
    opening a sentence, a capture verb and a named place."""

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang != "en":
            return _same(text)

        def build(m: re.Match[str]) -> list[Piece] | None:
            if _after_abbrev(text, m.start()):
                return None
            at_start = m.start() == 0 or text[m.start() - 1] == "\n"
            at_start = at_start or text[m.start() - 2] in ".!?"
            adv = m["adv"] + " " if m["adv"] else ""
            if form == "passive":
                if (m["verb"] in _PERFECT_OF) != bool(m["aux"]) and (
                    m["verb"] in _PERFECT_OF or m["verb"] in ("took", "retook")
                ):
                    return None  # "Russia taken X" / "has took X"
                part = _PARTICIPLE.get(m["verb"], m["verb"])
                aux = _PERFECT[m["aux"]]
                if " and " in m["obj"]:
                    aux = aux.replace("was", "were").replace("has", "have")
                return [(*m.span("obj"), at_start), f" {aux} {adv}{part} by ",
                        *_lower_the(text, m.span("subj"))]  # fmt: skip
            agent = m.span("subj")
            subj: list[Piece] = (
                ["The", (agent[0] + 3, agent[1])]
                if at_start and text[agent[0] : agent[0] + 4] == "the "
                else [agent]
            )
            aux = _ACTIVE_AUX[m["aux"]]
            verb = m["verb"] if aux else _ACTIVE[m["verb"]]
            return [*subj, f" {aux}{adv}{verb} ", *_lower_the(text, m.span("obj"))]

        return reorder(_RX_ACTIVE if form == "passive" else _RX_PASSIVE, build)(
            text, lang
        )

    return run


_TIME = (
    rf"(?:[Oo]n (?:{_DAYS})(?: (?:morning|evening|night))?|[Oo]vernight"
    r"|[Oo]ver the (?:past|last) (?:day|24 hours|week)"
    r"|[Ii]n the (?:past|last) (?:day|24 hours|week)"
    r"|[Oo]n (?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December) \d{1,2})"
)
_BODY = r"([^\n.!?\"“”«»;,]{12,300}?)"
_RX_TIME_FRONT = re.compile(
    _START + r"(" + _TIME + r"), " + _BODY + r"\.(?= |\n|$)", re.MULTILINE
)
_RX_TIME_BACK = re.compile(
    _START + _BODY + r",? (" + _TIME + r")\.(?= |\n|$)", re.MULTILINE
)


def _time(form: str) -> Perturb:
    """en: "On Monday, S." -> "S on Monday." (``back``) and "S on Monday." ->
    "On Monday, S." (``front``); a day, a date, "overnight", "over the past
    day". The clause keeps its words; its first letter's case follows."""

    def build(text: str, m: re.Match[str]) -> list[Piece] | None:
        if form == "back":
            t, b = m.span(1), m.span(2)
            return [(*b, True), " ", m[1][:1].lower(),
                    (t[0] + 1, t[1]), "."]  # fmt: skip
        b, t = m.span(1), m.span(2)
        if not m[1][:1].isupper():
            return None
        return [m[2][:1].upper(), (t[0] + 1, t[1]), ", ",
                *_lead(m[1], b, text), "."]  # fmt: skip

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang != "en":
            return _same(text)
        rx = _RX_TIME_FRONT if form == "back" else _RX_TIME_BACK
        return reorder(rx, lambda m: None if _after_abbrev(text, m.start())
                       else build(text, m))(text, lang)  # fmt: skip

    return run


_COMMON_OPENERS = {"the", "a", "an", "its", "their", "it", "they", "there", "this"}
_COMMON_OPENERS |= {"these", "some", "heavy", "fighting", "clashes", "battles"}


def _lead(clause: str, span: tuple[int, int], text: str) -> list[Piece]:
    """The moved clause with its first letter lowered unless it opens with a
    name."""
    if clause[:1].isupper() and not _proper(clause, text):
        return [clause[:1].lower(), (span[0] + 1, span[1])]
    return [span]


def _proper(clause: str, text: str = "") -> bool:
    """Whether the clause opens with a name (kept capitalised when moved): not
    a common opener, nor a word the text also writes in lower case."""
    head = clause.split()[0]
    low = head.lower()
    if low in _COMMON_OPENERS:
        return False
    return not re.search(r"(?<=[\w,] )" + re.escape(low) + r"\b", text)


_ABBREV = re.compile(
    r"(?:^|\s)(?:Gen|Col|Brig|Lt|Maj|Sgt|Capt|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Adm|Prof"
    r"|Jr|Sr|No|vs|U\.S|[A-Z])\.\s$"
)


def _after_abbrev(text: str, at: int) -> bool:
    """Whether ``at`` follows an abbreviation ("Gen. ", "Col. ", "U.S. ")."""
    return bool(_ABBREV.search(text, max(0, at - 8), at))


_RX_SAID_MID = re.compile(
    _START + r"((?:The |the )?[A-Z][\w’'-]*(?: [\w’'-]+){0,5}?) said(?: that)? "
    r"("
    + _SIDE_NP
    + r"|Russia|Ukraine) ((?:had |have |has )?(?:"
    + "|".join(_PARTICIPLE)
    + r"|taken|retaken|advanced|repelled|entered)\b)",
    re.MULTILINE,
)


def _said_middle(text: str, lang: str) -> tuple[str, Map]:
    """en: "The ministry said Russian forces captured X" -> "Russian forces,
    the ministry said, captured X" (a side as the subject; no pronoun
    speaker)."""
    if lang != "en":
        return _same(text)

    def build(m: re.Match[str]) -> list[Piece] | None:
        who = {w.lower() for w in m[1].split()}
        if who & (_PRONOUNS | _OPENERS) or _after_abbrev(text, m.start()):
            return None
        subj = m.span(2)
        lead: list[Piece] = (
            ["The", (subj[0] + 3, subj[1])] if m[2][:4] == "the " else [subj]
        )
        if m[2][:1].islower():
            lead = [(*subj, True)]
        return [*lead, ", ", *_lower_the(text, m.span(1)), " said, ", m.span(3)]

    return reorder(_RX_SAID_MID, build)(text, lang)


# ---- Ukrainian and Russian ----------------------------------------------

_UK_CONTROL = {
    "захопили": "взяли під контроль",
    "захопила": "взяла під контроль",
    "захопив": "взяв під контроль",
}
_RU_CONTROL = {
    "захватили": "взяли под контроль",
    "захватила": "взяла под контроль",
    "захватил": "взял под контроль",
}
_UK_LIBERATE = {
    "звільнили": "визволили",
    "звільнила": "визволила",
    "звільнив": "визволив",
}
_RU_LIBERATE = {
    "освободили": "вернули под контроль",
    "освободила": "вернула под контроль",
    "освободил": "вернул под контроль",
}
_UK_FIGHT = {"бої": "зіткнення", "боїв": "зіткнень", "боях": "зіткненнях"}
_RU_FIGHT = {
    "бои": "столкновения",
    "боёв": "столкновений",
    "боев": "столкновений",
    "боях": "столкновениях",
}
_UK_NEAR = {"біля": "поблизу", "неподалік від": "поблизу", "поблизу": "в районі"}
_RU_NEAR = {"возле": "в районе", "около": "вблизи", "вблизи": "в районе"}
# before a name or a settlement noun (not "около 40 км": about 40 km)
_SL_PLACE = r"(?= (?:[А-ЯІЇЄҐ]|сел|сели|посел|міст|город|смт|пгт))"
_UK_VILLAGE = {"село": "населений пункт", "селі": "населеному пункті"}
_RU_VILLAGE = {"село": "населённый пункт", "селе": "населённом пункте"}


ALL = ("en", "uk", "ru")
EN, UK, RU = ("en",), ("uk",), ("ru",)
PARAPHRASES: tuple[Perturbation, ...] = (
    Perturbation("en_seized", EN, "captured -> seized",
                 words({"captured": "seized", "captures": "seizes"}, "en")),
    Perturbation("en_took_control", EN, "captured X -> took control of X",
                 _control("took")),
    Perturbation("en_gained_control", EN, "captured X -> gained control of X",
                 _control("gained")),
    Perturbation("en_retook", EN, "liberated / recaptured -> retook",
                 words(_RETOOK, "en", _AUX, _OBJECT)),
    Perturbation("en_recaptured", EN, "liberated / retook -> recaptured",
                 words(_RECAPTURED, "en")),
    Perturbation("en_perfect_past", EN, "has captured -> captured",
                 _present_perfect_to_past),
    Perturbation("en_clashes", EN, "fighting near -> clashes near",
                 _fighting("clashes")),
    Perturbation("en_battles", EN, "fighting near -> battles near",
                 _fighting("battles")),
    Perturbation("en_hostilities", EN, "fighting near -> hostilities near",
                 _fighting("hostilities")),
    Perturbation("en_close_to", EN, "near X -> close to X", _near("close to")),
    Perturbation("en_vicinity", EN, "near X -> in the vicinity of X",
                 _near("in the vicinity of")),
    Perturbation("en_area_of", EN, "near X -> in the area of X",
                 _near("in the area of")),
    Perturbation("en_around", EN, "near X -> around X", _near("around")),
    Perturbation("en_village_bare", EN, "the village of X -> X", _village("bare")),
    Perturbation("en_village_post", EN, "the village of X -> X village",
                 _village("post")),
    Perturbation("en_settlement_of", EN, "the village of X -> the settlement of X",
                 _village("settlement")),
    Perturbation("en_region_comma", EN, "X in the D region -> X, D region",
                 _region("comma")),
    Perturbation("en_region_oblast", EN, "D region <-> D Oblast", _region("oblast")),
    Perturbation("en_said_after", EN, "A said S. -> S, A said.",
                 _attribution("after")),
    Perturbation("en_according", EN, "A said S. -> According to A, S.",
                 _attribution("according")),
    Perturbation("en_passive", EN, "Russian forces captured X -> X was captured by",
                 _voice("passive")),
    Perturbation("en_active", EN, "X was captured by Russian forces -> active",
                 _voice("active")),
    Perturbation("en_time_back", EN, "On Monday, S. -> S on Monday.",
                 _time("back")),
    Perturbation("en_time_front", EN, "S on Monday. -> On Monday, S.",
                 _time("front")),
    Perturbation("en_said_middle", EN, "A said F captured X -> F, A said, captured X",
                 _said_middle),
    Perturbation("uk_control", UK, "захопили -> взяли під контроль",
                 words(_UK_CONTROL, "uk")),
    Perturbation("uk_vyzvolyly", UK, "звільнили -> визволили",
                 words(_UK_LIBERATE, "uk")),
    Perturbation("uk_clashes", UK, "бої -> зіткнення", words(_UK_FIGHT, "uk")),
    Perturbation("uk_near", UK, "біля -> поблизу -> в районі",
                 words(_UK_NEAR, "uk", before=_SL_PLACE)),
    Perturbation("uk_village", UK, "село -> населений пункт",
                 words(_UK_VILLAGE, "uk", caps=False)),
    Perturbation("ru_control", RU, "захватили -> взяли под контроль",
                 words(_RU_CONTROL, "ru")),
    Perturbation("ru_liberate", RU, "освободили -> вернули под контроль",
                 words(_RU_LIBERATE, "ru")),
    Perturbation("ru_clashes", RU, "бои -> столкновения", words(_RU_FIGHT, "ru")),
    Perturbation("ru_near", RU, "возле -> в районе, около -> вблизи",
                 words(_RU_NEAR, "ru", before=_SL_PLACE)),
    Perturbation("ru_village", RU, "село -> населённый пункт",
                 words(_RU_VILLAGE, "ru", caps=False)),
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Print frame/detection F1 per paraphrase and language, and the change."""
    return run(PARAPHRASES, "paraphrase", argv)


if __name__ == "__main__":
    raise SystemExit(main())
