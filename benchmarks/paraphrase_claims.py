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

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from perturb_claims import (  # noqa: E402
    Map,
    Perturb,
    Perturbation,
    figures,
    load,
    perturb_doc,
    resub,
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
            rep += piece[:1].upper() + piece[1:] if len(p) == 3 else piece
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
    from score_splits import TMP, UNREAD, subsets

    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="read")
    ap.add_argument("--only", default="")
    args = ap.parse_args(argv)
    sets = subsets()
    if args.split == "read":
        chosen = {k: v for k, v in sets.items() if k not in UNREAD}
    elif args.split == "unread":
        chosen = {k: v for k, v in sets.items() if k in UNREAD}
    else:  # one set or several, comma-separated (never-read ones refused)
        names = args.split.split(",")
        if len(names) > 1 and set(UNREAD).intersection(names):
            raise SystemExit("never-read sets pool only as --split unread")
        chosen = {n: sets[n] for n in names}
    docs = load(chosen)
    only = set(filter(None, args.only.split(",")))
    base = figures(docs, TMP, "pbase")
    print(f"{'paraphrase':18} docs  " + "  ".join(f"{x:>17}" for x in base))
    print(f"{'(none)':18} {len(docs):4}  " + _row(base, base))
    for p in PARAPHRASES:
        if only and p.name not in only:
            continue
        pairs = [perturb_doc(d, p) for d in docs]
        changed = sum(c for _, c in pairs)
        got = figures([d for d, _ in pairs], TMP, "p_" + p.name)
        print(f"{p.name:18} {changed:4}  " + _row(got, base), flush=True)
    return 0


def _row(got: dict, base: dict) -> str:
    """``frame/det (Δframe)`` per column."""
    return "  ".join(
        f"{f:.3f}/{d:.3f} {f - base[k][0]:+.3f}" for k, (f, d) in got.items()
    )


if __name__ == "__main__":
    raise SystemExit(main())
