"""Metamorphic (invariance) testing of the claim extractor.

    python benchmarks/perturb_claims.py [--split read|unread|NAME] [--only a,b]

Each perturbation of ``PERTURBATIONS`` changes a text the way real web text
varies (typography, units, number formats, layout, case, dates) without
changing what it claims. It is applied in memory to a set's texts; the gold
spans (``char_start``/``char_end``, ``quote``) are remapped through an
old->new offset map and the gold ``places`` get the same change. The
perturbed set is predicted and scored with the real scorer; the script prints,
per perturbation and language, frame and detection F1 and the change against
the unperturbed texts. A drop is a rule that depends on a surface detail.

Nothing perturbed is written into the repository (files go to
``$FRONTLINE_SPLITS_TMP``). ``--split read`` pools every read set; ``unread``
pools the never-read sets and prints summary figures only (numbers, never
text or errors: this script has no mode that prints text).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Map = list[int]
Perturb = Callable[[str, str], tuple[str, Map]]


def resub(
    pattern: str | re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str],
    text: str,
    flags: int = 0,
) -> tuple[str, Map]:
    """``re.sub`` that also returns the old->new offset map.

    The map has ``len(text) + 1`` entries: ``m[i]`` is where old offset ``i``
    lands. A replaced stretch maps its start to the replacement's start, its
    end to the replacement's end, and the offsets inside it proportionally.

    >>> resub(r"b", "xx", "abc")
    ('axxc', [0, 1, 3, 4])
    """
    rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
    out: list[str] = []
    omap: Map = []
    pos = 0
    new = 0
    for m in rx.finditer(text):
        s, e = m.span()
        for i in range(pos, s):
            omap.append(new + i - pos)
        new += s - pos
        out.append(text[pos:s])
        rep = repl(m) if callable(repl) else m.expand(repl)
        for i in range(s, e):
            omap.append(new + (len(rep) * (i - s)) // max(e - s, 1))
        out.append(rep)
        new += len(rep)
        pos = e
    for i in range(pos, len(text) + 1):
        omap.append(new + i - pos)
    out.append(text[pos:])
    return "".join(out), omap


def compose(first: Map, second: Map) -> Map:
    """The map of two substitutions in turn.

    >>> compose([0, 2, 3], [0, 1, 1, 2])
    [0, 1, 2]
    """
    return [second[i] for i in first]


def chain(*steps: Perturb) -> Perturb:
    """A perturbation made of several in turn."""

    def run(text: str, lang: str) -> tuple[str, Map]:
        omap = list(range(len(text) + 1))
        for step in steps:
            text, m = step(text, lang)
            omap = compose(omap, m)
        return text, omap

    return run


def sub(pattern: str, repl: str | Callable[[re.Match[str]], str], flags: int = 0):
    """A perturbation of one regex substitution."""
    rx = re.compile(pattern, flags)
    return lambda text, lang: resub(rx, repl, text)


# ---- the families -------------------------------------------------------

_APOS = r"(?<=\w)['’ʼ](?=\w)"
NBSP, THIN, ZWSP, SHY = "\u00a0", "\u2009", "\u200b", "\u00ad"


def _quotes(left: str, right: str) -> Perturb:
    """Straight or curly double quotes around a short stretch become
    ``left`` ... ``right``."""
    return sub(r"[\"“«„]([^\"”»“\n]{1,200})[\"”»“]", lambda m: left + m[1] + right)


def _dash(new: str) -> Perturb:
    return sub(r"(?<= )(?:-|–|—)(?= )", new)


_EN_SQKM = (
    r"(?<=\d)(\s*)(?:square kilomet(?:re|er)s?|sq\.? ?kms?|km²|km2|kilometres square)"
    r"(?![\w²])"
)
_SL_SQKM = (
    r"(?<=\d)(\s*)(?:кв\.\s?км|км²|км2|квадратн\w* кілометр\w*|"
    r"квадратн\w* километр\w*)(?![\w²])"
)


def _unit(en: str, slavic: str | None) -> Perturb:
    """Every square-kilometre unit after a number becomes ``en`` (English)
    or ``slavic`` (uk/ru; None leaves them)."""
    en_rx = re.compile(_EN_SQKM, re.IGNORECASE)
    sl_rx = re.compile(_SL_SQKM, re.IGNORECASE)

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang == "en":
            return resub(en_rx, lambda m: (m[1] or " ") + en, text)
        if slavic is None:
            return resub(r"(?!)", "", text)
        return resub(sl_rx, lambda m: " " + slavic, text)

    return run


def _en_thousands(sep: str) -> Perturb:
    """English "1,200" becomes "1<sep>200"; uk/ru "1 200" too."""

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang == "en":
            return resub(r"\b(\d{1,3})((?:,\d{3})+)\b(?![.,]\d)", _group(sep), text)
        return resub(r"\b(\d{1,3})((?:[ \u00a0\u2009]\d{3})+)\b", _group(sep), text)

    return run


def _group(sep: str) -> Callable[[re.Match[str]], str]:
    return lambda m: m[1] + re.sub(r"[, \u00a0\u2009]", sep, m[2])


_WORDS = "two three four five six seven eight nine".split()
_MONTHS = (
    "January February March April May June July August September October "
    "November December"
).split()
_ABBR = {m: (m[:4] if m == "September" else m[:3]) + "." for m in _MONTHS}
_ABBR["May"], _ABBR["June"], _ABBR["July"] = "May", "June", "July"
_MONTH_ANY = (
    r"(?:"
    + "|".join(
        sorted({*_MONTHS, *(a.rstrip(".") for a in _ABBR.values())}, key=len)[::-1]
    )
    + r")\.?"
)


def _month_full(word: str) -> str:
    key = word.rstrip(".").lower()[:3]
    return next(m for m in _MONTHS if m.lower().startswith(key))


def _words_to_digits(text: str, lang: str) -> tuple[str, Map]:
    """en: "three villages" -> "3 villages" (a small count before a word)."""
    if lang != "en":
        return resub(r"(?!)", "", text)
    rx = r"\b(" + "|".join(_WORDS) + r")(?= [a-z])"
    return resub(rx, lambda m: str(_WORDS.index(m[1].lower()) + 2), text)


def _digits_to_words(text: str, lang: str) -> tuple[str, Map]:
    """en: "3 villages" -> "three villages" (never after a month or a figure)."""
    if lang != "en":
        return resub(r"(?!)", "", text)
    after_month = "".join(
        f"(?<!{re.escape(w)} )" for m in _MONTHS for w in {m, m[:3], _ABBR[m]}
    )
    rx = after_month + r"(?<![\d.,:/\-–] )(?<![\d.,:/\-–])\b([2-9])(?= [a-z])"
    return resub(rx, lambda m: _WORDS[int(m[1]) - 2], text)


def _dist_words(text: str, lang: str) -> tuple[str, Map]:
    """en: "3 km" -> "three km" (a small distance; never after a figure)."""
    if lang != "en":
        return resub(r"(?!)", "", text)
    rx = r"(?<![\d.,:/\-–])(?<![\d.,:/\-–] )\b([2-9]) ?(?=(?:km|kilomet\w*)\b)"
    return resub(rx, lambda m: _WORDS[int(m[1]) - 2] + " ", text)


def _dist_unit(unit: str) -> Perturb:
    """en: a distance "km" / "kilometres" / "kilometers" after a figure becomes
    ``unit`` (never a square one)."""
    rx = r"(?<=\d)(?: ?km|\s+kilomet(?:re|er)s?)\b(?![²2])"

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang != "en":
            return resub(r"(?!)", "", text)
        return resub(rx, " " + unit, text)

    return run


def _region(word: str) -> Perturb:
    """en: "Donetsk region" / "Donetsk oblast" / "Donetsk Oblast" after a
    capitalised name becomes "Donetsk <word>"."""
    rx = (
        r"(?<=\b[A-Z][a-z]{2})(?<!\bThe)(?<!\bThi)(?<!\bTha)([a-z]*) "
        r"(?:region|oblast|Oblast|Region)\b(?!'s)"
    )

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang != "en":
            return resub(r"(?!)", "", text)
        return resub(rx, lambda m: m[1] + " " + word, text)

    return run


def _date(form: str) -> Perturb:
    """en: "Nov. 5" / "November 5" / "5 November" (``abbr``/``full``/``dmy``)."""
    rx = re.compile(
        r"\b(" + _MONTH_ANY + r") (\d{1,2})((?:(?: and | to |-|–)\d{1,2})?)\b"
        r"(?![:\d])(,? (\d{4}))?"
    )

    def rep(m: re.Match[str]) -> str:
        full = _month_full(m[1])
        if form == "dmy":
            return f"{m[2]}{m[3]} {full}" + (f" {m[5]}" if m[5] else "")
        month = _ABBR[full] if form == "abbr" else full
        return f"{month} {m[2]}{m[3]}{m[4] or ''}"

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang != "en":
            return resub(r"(?!)", "", text)
        return resub(rx, rep, text)

    return run


def _headline(case: str) -> Perturb:
    """en: the first line, when short, in ALL CAPS or Title Case."""

    def run(text: str, lang: str) -> tuple[str, Map]:
        if lang != "en":
            return resub(r"(?!)", "", text)
        first = text.split("\n", 1)[0]
        if not 20 <= len(first) <= 160 or first.rstrip().endswith("."):
            return resub(r"(?!)", "", text)
        new = first.upper() if case == "upper" else _title(first)
        if len(new) != len(first):
            return resub(r"(?!)", "", text)
        return new + text[len(first) :], list(range(len(text) + 1))

    return run


def _title(line: str) -> str:
    small = {"a", "an", "the", "of", "in", "on", "at", "to", "and", "for", "near"}
    words = line.split(" ")
    return " ".join(
        w if (i and w.lower() in small) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _pdf_break(text: str, lang: str) -> tuple[str, Map]:
    """A line break inside each long sentence, as pasted from a PDF: the
    space nearest to the middle of every stretch of 120+ characters without
    a line end becomes a newline."""

    def rep(m: re.Match[str]) -> str:
        s = m[0]
        mid = len(s) // 2
        cut = s.rfind(" ", 0, mid)
        if cut <= 0 or s[cut - 1] in ".!?:":
            return s
        return s[:cut] + "\n" + s[cut + 1 :]

    return resub(r"[^\n.!?]{120,}", rep, text)


def _soft_hyphen(text: str, lang: str) -> tuple[str, Map]:
    """A soft hyphen in the middle of every word of 12+ letters."""
    return resub(r"\b\w{12,}\b", lambda m: m[0][:6] + SHY + m[0][6:], text)


@dataclass(frozen=True)
class Perturbation:
    name: str
    langs: tuple[str, ...]
    changes: str
    run: Perturb


ALL = ("en", "uk", "ru")
EN = ("en",)
PERTURBATIONS: tuple[Perturbation, ...] = (
    Perturbation("apos_right", ALL, "apostrophes in words -> ’", sub(_APOS, "’")),
    Perturbation("apos_modifier", ALL, "apostrophes in words -> ʼ", sub(_APOS, "ʼ")),
    Perturbation("apos_straight", ALL, "apostrophes in words -> '", sub(_APOS, "'")),
    Perturbation("quotes_curly", ALL, '"x" -> “x”', _quotes("“", "”")),
    Perturbation("quotes_guill", ALL, '"x" -> «x»', _quotes("«", "»")),
    Perturbation("quotes_low", ALL, '"x" -> „x“', _quotes("„", "“")),
    Perturbation("quotes_straight", ALL, "“x” «x» -> \"x\"", _quotes('"', '"')),
    Perturbation("dash_en", ALL, "spaced dashes -> –", _dash("–")),
    Perturbation("dash_em", ALL, "spaced dashes -> —", _dash("—")),
    Perturbation("dash_hyphen", ALL, "spaced dashes -> -", _dash("-")),
    Perturbation("nbsp_num", ALL, "digit+space -> NBSP", sub(r"(?<=\d) ", NBSP)),
    Perturbation("thin_num", ALL, "digit+space -> thin", sub(r"(?<=\d) ", THIN)),
    Perturbation("nbsp_words", ALL, "space after short word -> NBSP",
                 sub(r"(?<=\b\w) (?=\w)|(?<=\b\w\w) (?=\w)|(?<=\bNo\.) ", NBSP)),
    Perturbation("ellipsis", ALL, "... <-> …",
                 sub(r"\.\.\.|…", lambda m: "…" if m[0] == "..." else "...")),
    Perturbation("soft_hyphen", ALL, "soft hyphen in long words", _soft_hyphen),
    Perturbation("zwsp", ALL, "zero-width space after sentence ends",
                 sub(r"(?<=[.!?]) (?=[\"“«A-ZА-ЯІЇЄҐ])", ZWSP + " ")),
    Perturbation("unit_sq_km", ALL, "-> sq km / кв. км", _unit("sq km", "кв. км")),
    Perturbation("unit_sq_dot", ALL, "-> sq. km / кв.км", _unit("sq. km", "кв.км")),
    Perturbation("unit_km2sup", ALL, "-> km² / км²", _unit("km²", "км²")),
    Perturbation("unit_km2", EN, "-> km2", _unit("km2", None)),
    Perturbation("unit_kilometres", EN, "-> square kilometres",
                 _unit("square kilometres", None)),
    Perturbation("unit_kilometers", EN, "-> square kilometers",
                 _unit("square kilometers", None)),
    Perturbation("num_nbsp", ALL, "1,200 -> 1 200 (NBSP)", _en_thousands(NBSP)),
    Perturbation("num_plain", ALL, "1,200 / 1 200 -> 1200", _en_thousands("")),
    Perturbation("num_words2digits", EN, "three -> 3", _words_to_digits),
    Perturbation("num_digits2words", EN, "3 -> three", _digits_to_words),
    Perturbation("dist_words", EN, "3 km -> three km", _dist_words),
    Perturbation("dist_kilometres", EN, "3 km -> 3 kilometres",
                 _dist_unit("kilometres")),
    Perturbation("dist_km", EN, "3 kilometres -> 3 km", _dist_unit("km")),
    Perturbation("region_oblast", EN, "Donetsk region -> Donetsk Oblast",
                 _region("Oblast")),
    Perturbation("region_lower", EN, "Donetsk Oblast -> Donetsk region",
                 _region("region")),
    Perturbation("para_join", ALL, "\\n\\n -> \\n", sub(r"\n\s*\n", "\n")),
    Perturbation("para_split", ALL, "\\n -> \\n\\n", sub(r"(?<!\n)\n(?!\n)", "\n\n")),
    Perturbation("pdf_break", ALL, "line break inside long sentences", _pdf_break),
    Perturbation("double_space", ALL, "space after . , -> two",
                 sub(r"(?<=[.,;]) (?=\S)", "  ")),
    Perturbation("trailing_space", ALL, "spaces before line ends", sub(r"\n", " \n")),
    Perturbation("crlf", ALL, "\\n -> \\r\\n", sub(r"\n", "\r\n")),
    Perturbation("head_upper", EN, "short first line CAPS", _headline("upper")),
    Perturbation("head_title", EN, "short first line Title Case", _headline("title")),
    Perturbation("date_abbr", EN, "November 5 -> Nov. 5", _date("abbr")),
    Perturbation("date_full", EN, "Nov. 5 -> November 5", _date("full")),
    Perturbation("date_dmy", EN, "November 5 -> 5 November", _date("dmy")),
)  # fmt: skip


# ---- applying and scoring -----------------------------------------------


def perturb_doc(doc: dict, p: Perturbation) -> tuple[dict, bool]:
    """``doc`` with its text perturbed and its gold remapped; and whether the
    text changed."""
    lang = doc.get("language") or "en"
    if lang not in p.langs:
        return doc, False
    text, omap = p.run(doc["text"], lang)
    if text == doc["text"]:
        return doc, False
    gold = []
    for g in doc.get("gold", []):
        g = dict(g)
        if g.get("char_start") is not None and g.get("char_end") is not None:
            g["char_start"], g["char_end"] = omap[g["char_start"]], omap[g["char_end"]]
            g["quote"] = text[g["char_start"] : g["char_end"]]
        g["places"] = [p.run(str(x), lang)[0] for x in g.get("places") or []]
        gold.append(g)
    return {**doc, "text": text, "gold": gold}, True


def load(paths: dict[str, Path]) -> list[dict]:
    """The documents of several sets, ids prefixed with the set name."""
    docs = []
    for name, path in paths.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                doc["id"] = f"{name}:{doc['id']}"
                docs.append(doc)
    return docs


def figures(docs: list[dict], tmp: Path, tag: str) -> dict[str, tuple[float, float]]:
    """(frame F1, detection F1) overall and per language of ``docs``."""
    from dev_claims import SCORER, predict

    gold, pred = tmp / f"perturb_gold_{tag}.jsonl", tmp / f"perturb_pred_{tag}.jsonl"
    gold.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8"
    )
    predict(gold, pred)
    out = {}
    for lang in ("all", *ALL):
        flags = [] if lang == "all" else ["--lang", lang]
        res = subprocess.run(
            [sys.executable, str(SCORER), str(gold), str(pred), "--json", *flags],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(res.stdout.rsplit("frame_f1=", 1)[0])
        out[lang] = (r["frame"]["f1"], r["detection"]["f1"])
    return out


def run(
    table: tuple[Perturbation, ...], label: str, argv: list[str] | None = None
) -> int:
    """Print frame/detection F1 per change of ``table`` and language, and how
    far each moves from the unchanged texts (``label`` heads the first column
    and names the scratch files)."""
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
    base = figures(docs, TMP, f"{label}_base")
    print(f"{label:18} docs  " + "  ".join(f"{x:>17}" for x in base))
    print(f"{'(none)':18} {len(docs):4}  " + _row(base, base))
    for p in table:
        if only and p.name not in only:
            continue
        pairs = [perturb_doc(d, p) for d in docs]
        changed = sum(c for _, c in pairs)
        got = figures([d for d, _ in pairs], TMP, f"{label}_{p.name}")
        print(f"{p.name:18} {changed:4}  " + _row(got, base), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(PERTURBATIONS, "perturbation", argv)


def _row(got: dict, base: dict) -> str:
    """``frame/det (Δframe)`` per column."""
    return "  ".join(
        f"{f:.3f}/{d:.3f} {f - base[k][0]:+.3f}" for k, (f, d) in got.items()
    )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(main())
