"""Paradigm cases of the trigger vocabulary, made by a morphological generator.

The trigger patterns were written from corpus sentences and fit the word forms
those sentences happened to use. Here every inflected form of the core verbs
and nouns of each claim kind (a capture, a withdrawal, an advance, a fight, an
area gained) is made by a generator (``pymorphy3`` with its Ukrainian and
Russian dictionaries, ``lemminflect`` for English), put into template
sentences of our own (a side, the form, a place) and paired with what the
conventions ask of the extractor:

* the past and the perfective passive of a capture or withdrawal verb give
  settlement control, with the side that gains, in every gender and number;
* an advance verb in the past or present gives an advance (or a part of a
  town held) for its side; a fighting verb in the past or present gives
  fighting at the place, no gainer;
* the future, the imperative, an infinitive after "plan" and the
  conditional give no claim, or a hedged one;
* a verbal noun announced ("оголосило про звільнення X") gives settlement
  control; a noun of a capture still prepared ("готуються до штурму")
  gives none.

Lemma lists are test data of our own (aspect pairs included), never corpus
text. The generator runs at test time, offline; :func:`cases` returns nothing
when it is not importable (the test module skips then).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

UK_PLACE = "Іванівка"
RU_PLACE = "Ивановка"
EN_PLACE = "Ivanivka"

# subjects by grammatical gender/number; the side they name
UK_SUBJ = {
    "RU": {
        "masc": "Російський батальйон",
        "femn": "Російська армія",
        "neut": "Російське угруповання",
        "plur": "Російські війська",
    },
    "UA": {
        "masc": "Український батальйон",
        "femn": "Українська армія",
        "neut": "Українське угруповання",
        "plur": "Українські війська",
    },
}
RU_SUBJ = {
    "RU": {
        "masc": "Российский батальон",
        "femn": "Российская армия",
        "neut": "Российское соединение",
        "plur": "Российские войска",
    },
    "UA": {
        "masc": "Украинский батальон",
        "femn": "Украинская армия",
        "neut": "Украинское соединение",
        "plur": "Украинские войска",
    },
}
UK_AGENT = {"RU": "російськими військами", "UA": "українськими військами"}
RU_AGENT = {"RU": "российскими войсками", "UA": "украинскими войсками"}
OTHER = {"RU": "UA", "UA": "RU"}

# (lemma, kind, object frame, sides). kind: capture, withdraw, advance, fight,
# area, shelling (not annotated). "{p}" is the place.
S = "село {p}"
NEAR_UK = "біля села {p}"
NEAR_RU = "у села {p}"
FROM_UK = "з села {p}"
FROM_RU = "из села {p}"
TO_UK = "до села {p}"
TO_RU = "к селу {p}"
AREA_UK = "20 квадратних кілометрів території"
AREA_RU = "20 квадратных километров территории"
BOTH = ("RU", "UA")

UK_VERBS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("захопити", "capture", S, ("RU",)),
    ("захоплювати", "capture", S, ("RU",)),
    ("звільнити", "capture", S, ("UA",)),
    ("звільняти", "capture", S, ("UA",)),
    ("визволити", "capture", S, ("UA",)),
    ("визволяти", "capture", S, ("UA",)),
    ("окупувати", "capture", S, ("RU",)),
    ("взяти", "capture", S, BOTH),
    ("брати", "capture", S, BOTH),
    ("зайняти", "capture", S, BOTH),
    ("займати", "capture", S, BOTH),
    ("відвоювати", "capture", S, ("UA",)),
    ("відвойовувати", "capture", S, ("UA",)),
    ("оволодіти", "capture", "селом {p}", ("RU",)),
    ("зачистити", "capture", S, BOTH),
    ("відбити", "capture", S, ("UA",)),
    ("здобути", "capture", S, BOTH),
    ("відступити", "withdraw", FROM_UK, BOTH),
    ("відступати", "withdraw", FROM_UK, BOTH),
    ("відійти", "withdraw", FROM_UK, BOTH),
    ("відходити", "withdraw", FROM_UK, BOTH),
    ("залишити", "withdraw", S, BOTH),
    ("залишати", "withdraw", S, BOTH),
    ("покинути", "withdraw", S, BOTH),
    ("здати", "withdraw", S, BOTH),
    ("вийти", "withdraw", FROM_UK, BOTH),
    ("просунутися", "advance", NEAR_UK, BOTH),
    ("просуватися", "advance", NEAR_UK, BOTH),
    ("наблизитися", "advance", TO_UK, BOTH),
    ("наближатися", "advance", TO_UK, BOTH),
    ("прорватися", "advance", TO_UK, BOTH),
    ("проривати", "advance", "оборону " + NEAR_UK, BOTH),
    ("вклинитися", "advance", "в оборону " + NEAR_UK, BOTH),
    ("підійти", "advance", TO_UK, BOTH),
    ("підходити", "advance", TO_UK, BOTH),
    ("закріпитися", "advance", "на околиці села {p}", BOTH),
    ("відтіснити", "advance", "ворога від села {p}", BOTH),
    ("атакувати", "fight", S, BOTH),
    ("штурмувати", "fight", S, BOTH),
    ("наступати", "fight", NEAR_UK, BOTH),
    ("контратакувати", "fight", NEAR_UK, BOTH),
    ("битися", "fight", "за село {p}", BOTH),
    ("оборонятися", "fight", "в селі {p}", BOTH),
    ("обстрілювати", "shelling", S, BOTH),
    ("обстріляти", "shelling", S, BOTH),
    ("захопити", "area", AREA_UK, ("RU",)),
    ("звільнити", "area", AREA_UK, ("UA",)),
    ("відвоювати", "area", AREA_UK, ("UA",)),
    ("окупувати", "area", AREA_UK, ("RU",)),
    ("зайняти", "area", AREA_UK, BOTH),
    ("втратити", "area_lost", AREA_UK, BOTH),
    ("повернути", "area", AREA_UK, ("UA",)),
)
RU_VERBS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("захватить", "capture", S, ("RU",)),
    ("захватывать", "capture", S, ("RU",)),
    ("освободить", "capture", S, BOTH),
    ("освобождать", "capture", S, BOTH),
    ("оккупировать", "capture", S, ("RU",)),
    ("взять", "capture", S, BOTH),
    ("брать", "capture", S, BOTH),
    ("занять", "capture", S, BOTH),
    ("занимать", "capture", S, BOTH),
    ("отвоевать", "capture", S, ("UA",)),
    ("отвоёвывать", "capture", S, ("UA",)),
    ("овладеть", "capture", "селом {p}", ("RU",)),
    ("зачистить", "capture", S, BOTH),
    ("отбить", "capture", S, BOTH),
    ("вернуть", "capture", S, ("UA",)),
    ("отступить", "withdraw", FROM_RU, BOTH),
    ("отступать", "withdraw", FROM_RU, BOTH),
    ("отойти", "withdraw", FROM_RU, BOTH),
    ("отходить:impf", "withdraw", FROM_RU, BOTH),
    ("оставить", "withdraw", S, BOTH),
    ("оставлять", "withdraw", S, BOTH),
    ("покинуть", "withdraw", S, BOTH),
    ("сдать", "withdraw", S, BOTH),
    ("выйти", "withdraw", FROM_RU, BOTH),
    ("продвинуться", "advance", NEAR_RU, BOTH),
    ("продвигаться", "advance", NEAR_RU, BOTH),
    ("приблизиться", "advance", TO_RU, BOTH),
    ("приближаться", "advance", TO_RU, BOTH),
    ("прорваться", "advance", TO_RU, BOTH),
    ("прорвать", "advance", "оборону " + NEAR_RU, BOTH),
    ("вклиниться", "advance", "в оборону " + NEAR_RU, BOTH),
    ("подойти", "advance", TO_RU, BOTH),
    ("подходить:impf", "advance", TO_RU, BOTH),
    ("закрепиться", "advance", "на окраине села {p}", BOTH),
    ("оттеснить", "advance", "противника от села {p}", BOTH),
    ("атаковать", "fight", S, BOTH),
    ("штурмовать", "fight", S, BOTH),
    ("наступать", "fight", NEAR_RU, BOTH),
    ("контратаковать", "fight", NEAR_RU, BOTH),
    ("сражаться", "fight", "за село {p}", BOTH),
    ("обороняться", "fight", "в селе {p}", BOTH),
    ("обстреливать", "shelling", S, BOTH),
    ("обстрелять", "shelling", S, BOTH),
    ("захватить", "area", AREA_RU, ("RU",)),
    ("освободить", "area", AREA_RU, BOTH),
    ("отвоевать", "area", AREA_RU, ("UA",)),
    ("оккупировать", "area", AREA_RU, ("RU",)),
    ("занять", "area", AREA_RU, BOTH),
    ("потерять", "area_lost", AREA_RU, BOTH),
    ("вернуть", "area", AREA_RU, ("UA",)),
)
EN_VERBS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("capture", "capture", "the village of {p}", BOTH),
    ("seize", "capture", "the village of {p}", BOTH),
    ("take", "capture", "the village of {p}", BOTH),
    ("liberate", "capture", "the village of {p}", ("UA",)),
    ("occupy", "capture", "the village of {p}", ("RU",)),
    ("recapture", "capture", "the village of {p}", BOTH),
    ("retake", "capture", "the village of {p}", BOTH),
    ("free", "capture", "the village of {p}", ("UA",)),
    ("overrun", "capture", "the village of {p}", BOTH),
    ("conquer", "capture", "the village of {p}", ("RU",)),
    ("clear", "capture", "the village of {p}", BOTH),
    ("withdraw", "withdraw", "from the village of {p}", BOTH),
    ("retreat", "withdraw", "from the village of {p}", BOTH),
    ("abandon", "withdraw", "the village of {p}", BOTH),
    ("leave", "withdraw", "the village of {p}", BOTH),
    ("surrender", "withdraw", "the village of {p}", BOTH),
    ("advance", "advance", "near the village of {p}", BOTH),
    ("push", "advance", "toward the village of {p}", BOTH),
    ("move", "advance", "closer to the village of {p}", BOTH),
    ("approach", "advance", "the village of {p}", BOTH),
    ("progress", "advance", "near the village of {p}", BOTH),
    ("gain", "advance", "ground near the village of {p}", BOTH),
    ("attack", "fight", "the village of {p}", BOTH),
    ("storm", "fight", "the village of {p}", BOTH),
    ("assault", "fight", "the village of {p}", BOTH),
    ("fight", "fight", "for the village of {p}", BOTH),
    ("counterattack", "fight", "near the village of {p}", BOTH),
    ("shell", "shelling", "the village of {p}", BOTH),
    ("capture", "area", "20 square kilometres of territory", ("RU",)),
    ("liberate", "area", "20 square kilometres of territory", ("UA",)),
    ("recapture", "area", "20 square kilometres of territory", BOTH),
    ("seize", "area", "20 square kilometres of territory", BOTH),
    ("gain", "area", "20 square kilometres of territory", BOTH),
    ("lose", "area_lost", "20 square kilometres of territory", BOTH),
)
EN_SUBJ = {"RU": "Russian forces", "UA": "Ukrainian forces"}
EN_SUBJ_SG = {"RU": "The Russian army", "UA": "The Ukrainian army"}

# verbal nouns: (lemma, lang); the frames below use their cases
UK_NOUNS = ("звільнення", "захоплення", "визволення", "окупація", "взяття",
            "відвоювання", "деокупація", "оволодіння")  # fmt: skip
RU_NOUNS = ("освобождение", "захват", "взятие", "оккупация", "овладение",
            "занятие")  # fmt: skip
EN_NOUNS = ("capture", "liberation", "seizure", "takeover", "recapture", "fall",
            "occupation")  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One generated sentence and what the conventions ask of it."""

    lang: str
    lemma: str
    kind: str  # the lemma's claim kind (capture, withdraw, ...)
    category: str  # grammatical category (past_perf, futr, impr, ...)
    form: str
    text: str
    expect: str  # the claim kind asked, "none", or "any" (not asked)
    gainer: str | None  # the gainer asked (settlement/advance/area), or None

    @property
    def id(self) -> str:
        """A short test id."""
        return f"{self.lang}-{self.kind}-{self.category}-{self.form}"


KIND_OF = {
    "capture": "settlement_control",
    "withdraw": "settlement_control",
    "advance": "advance",
    "fight": "fighting",
    "area": "area_change",
    "area_lost": "area_change",
    "shelling": "none",
}
# what a category asks, by lemma kind: "claim" (the kind's claim), "none",
# "any" (not asked: an imperfective past or present of a capture may be told
# as fighting or as control)
ASKED = {
    "past_perf": "claim",
    "pssv_perf": "claim",
    "past_impf": "any",
    "pres_impf": "any",
    "futr": "none",
    "impr": "none",
    "infn_plan": "none",
    "cond": "none",
}
FIGHT_ASKED = {"past_impf": "claim", "pres_impf": "claim"}
ADVANCE_ASKED = {"past_impf": "claim"}


def _expect(kind: str, category: str) -> str:
    asked = ASKED[category]
    if kind == "fight":
        asked = FIGHT_ASKED.get(category, asked)
    if kind == "advance":
        asked = ADVANCE_ASKED.get(category, asked)
    if kind == "shelling" and asked == "claim":
        return "none"
    if asked == "claim":
        return KIND_OF[kind]
    return asked


def _gainer(kind: str, side: str) -> str | None:
    if kind in ("fight", "shelling"):
        return None
    if kind in ("withdraw", "area_lost"):
        return OTHER[side]
    return side


@cache
def _morph(lang: str):  # noqa: ANN202 - the analyser's own type
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _slavic_forms(lang: str, lemma: str) -> Iterator[tuple[str, str, str]]:
    """(category, gender/number, form) of a uk/ru verb lemma ("lemma:impf"
    picks one aspect of a homonym: "отходить" walk off / move back)."""
    morph = _morph(lang)
    lemma, _, want = lemma.partition(":")
    parses = [p for p in morph.parse(lemma) if p.normal_form == lemma]
    parses = [p for p in parses if {"INFN"} & p.tag.grammemes or "infn" in str(p.tag)]
    parses = [p for p in parses if not want or want in str(p.tag).lower()]
    if not parses:
        return
    seen: set[tuple[str, str, str]] = set()
    for f in parses[0].lexeme:
        g = {x.lower() for x in f.tag.grammemes}
        aspect = "perf" if "perf" in g else "impf"
        num = next((x for x in ("masc", "femn", "neut") if x in g), None)
        num = num or ("plur" if "plur" in g else "masc")
        word = f.word.replace("ё", "е") if lang == "ru" and "ё" not in lemma else f.word
        if "verb" in g and "past" in g:
            cat = f"past_{aspect}"
        elif "verb" in g and ("futr" in g or (aspect == "perf" and "pres" in g)):
            cat = "futr"
        elif "verb" in g and "pres" in g:
            cat = "pres_impf"
        elif "verb" in g and "impr" in g:
            cat = "impr"
        elif ("prts" in g or "prtf" in g) and "pssv" in g and aspect == "perf":
            if "prtf" in g:  # the long form is attributive in Russian
                continue
            cat = "pssv_perf"
        elif "impe" in g and aspect == "perf":
            cat, num = "pssv_perf", "impe"
        elif "infn" in g:
            cat = "infn"
        else:
            continue
        if cat in ("futr", "pres_impf") and "3per" not in g:
            continue
        if cat == "impr" and "2per" not in g and "excl" not in g:
            continue
        key = (cat, num, word)
        if key not in seen:
            seen.add(key)
            yield key
    if lang == "uk":  # the dictionary keeps the participle as an adjective
        yield from _uk_participles(seen)


def _uk_participles(seen: set[tuple[str, str, str]]) -> Iterator[tuple[str, str, str]]:
    for cat, _num, word in list(seen):
        if cat != "pssv_perf" or not word.endswith(("но", "то")):
            continue
        base = word[:-1]
        for num, end in (("masc", "ий"), ("femn", "а"), ("neut", "е"), ("plur", "і")):
            yield "pssv_perf", num, base + end


@dataclass(frozen=True)
class _Slavic:
    """The template words of one Slavic language."""

    subj: dict[str, dict[str, str]]
    agent: dict[str, str]
    place: str
    second: str  # a second place, for the plural
    plan: str
    cond: str  # the conditional particle and its clause
    holder: dict[str, str]  # a settlement word agreeing with each gender


_UK = _Slavic(UK_SUBJ, UK_AGENT, UK_PLACE, "і Петрівка", "планують",
              " б {obj}, якби мали резерви",
              {"masc": "Населений пункт", "femn": "", "neut": "Село",
               "plur": "Села", "impe": "Село"})  # fmt: skip
_RU = _Slavic(RU_SUBJ, RU_AGENT, RU_PLACE, "и Петровка", "планируют",
              " бы {obj}, если бы имели резервы",
              {"masc": "Населенный пункт", "femn": "", "neut": "Село",
               "plur": "Села", "impe": "Село"})  # fmt: skip


def _passive(w: _Slavic, kind: str, num: str, form: str, obj: str, side: str):  # noqa: ANN202
    """The passive sentence of a capture, a withdrawal or an area, or None."""
    if kind == "area":
        return f"{obj[0].upper()}{obj[1:]} {form} {w.agent[side]}." if (
            num == "impe") else None  # fmt: skip
    if kind not in ("capture", "withdraw"):
        return None
    place = f"{w.place} {w.second}" if num == "plur" else w.place
    head = f"{w.holder[num]} {place}".strip()
    return f"{head} {form} {w.agent[side]}."


def _sentences(w: _Slavic, kind: str, cat: str, num: str, form: str, obj: str,
               side: str) -> Iterator[tuple[str, str, str]]:  # fmt: skip
    """(category, form as named, sentence) of one generated form."""
    if cat == "pssv_perf":
        if text := _passive(w, kind, num, form, obj, side):
            yield cat, form, text
    elif cat == "infn":
        if kind != "area_lost":  # nobody plans a loss
            yield "infn_plan", form, f"{w.subj[side]['plur']} {w.plan} {form} {obj}."
    elif cat == "impr":
        yield cat, form, f"{form.capitalize()} {obj}!"
    else:
        who = w.subj[side][num]
        yield cat, form, f"{who} {form} {obj}."
        if cat == "past_perf" and num == "plur":
            particle = w.cond.split(" {")[0]
            yield "cond", form + particle, f"{who} {form}{w.cond.format(obj=obj)}."


def _slavic_cases(lang: str) -> Iterator[Case]:
    w = _UK if lang == "uk" else _RU
    for lemma, kind, frame, sides in UK_VERBS if lang == "uk" else RU_VERBS:
        obj = frame.format(p=w.place)
        # (no passive of an intransitive "відступити з X")
        no_passive = frame in (FROM_UK, FROM_RU)
        for side in sides:
            for cat, num, form in _slavic_forms(lang, lemma):
                if cat == "pssv_perf" and no_passive:
                    continue
                for cat2, named, text in _sentences(w, kind, cat, num, form, obj, side):
                    yield _case(lang, lemma, kind, cat2, named, text, side)


def _case(lang, lemma, kind, cat, form, text, side) -> Case:  # noqa: ANN001
    return Case(lang, lemma, kind, cat, form, text, _expect(kind, cat),
                _gainer(kind, side))  # fmt: skip


def _en_cases() -> Iterator[Case]:
    from lemminflect import getAllInflections

    for lemma, kind, frame, sides in EN_VERBS:
        obj = frame.format(p=EN_PLACE)
        infl = getAllInflections(lemma, upos="VERB")
        past = infl.get("VBD", (lemma + "ed",))
        part = infl.get("VBN", past)
        third = infl.get("VBZ", (lemma + "s",))
        for side in sides:
            s, sg = EN_SUBJ[side], EN_SUBJ_SG[side]
            for f in past:
                yield _case("en", lemma, kind, "past_perf", f, f"{s} {f} {obj}.", side)
            for f in part:
                yield _case("en", lemma, kind, "past_perf", "have " + f,
                            f"{s} have {f} {obj}.", side)  # fmt: skip
                if kind in ("capture", "area"):
                    cap = obj[0].upper() + obj[1:]
                    text = f"{cap} was {f} by {s}."
                    yield _case("en", lemma, kind, "pssv_perf", f, text, side)
            for f in third:
                yield _case("en", lemma, kind, "pres_impf", f, f"{sg} {f} {obj}.", side)
            yield _case("en", lemma, kind, "futr", "will " + lemma,
                        f"{s} will {lemma} {obj}.", side)  # fmt: skip
            yield _case("en", lemma, kind, "infn_plan", "plan to " + lemma,
                        f"{s} plan to {lemma} {obj}.", side)  # fmt: skip
            text = f"{s} would {lemma} {obj} if they had reserves."
            yield _case("en", lemma, kind, "cond", "would " + lemma, text, side)


def _noun_cases(lang: str) -> Iterator[Case]:
    if lang == "en":
        for n in EN_NOUNS:
            yield _noun(lang, n, "announce",
                        f"The Russian Defence Ministry announced the {n} of the "
                        f"village of {EN_PLACE}.", "settlement_control")  # fmt: skip
            yield _noun(lang, n, "prepare",
                        f"Russian forces are preparing for the {n} of the "
                        f"village of {EN_PLACE}.", "none")  # fmt: skip
        return
    morph = _morph(lang)
    place = UK_PLACE if lang == "uk" else RU_PLACE
    for n in UK_NOUNS if lang == "uk" else RU_NOUNS:
        p = next(x for x in morph.parse(n) if "NOUN" in x.tag)
        # "оволодіння/овладение" governs the instrumental
        obj = f"селом {place}" if n in ("оволодіння", "овладение") else f"села {place}"
        if lang == "uk":
            acc, gen = p.inflect({"accs"}).word, p.inflect({"gent"}).word
            yes = f"Міністерство оборони оголосило про {acc} {obj}."
            no = f"Війська готуються до {gen} {obj}."
        else:
            loc, dat = p.inflect({"loct"}).word, p.inflect({"datv"}).word
            about = "об" if loc[0] in "аоуэиы" else "о"
            yes = f"Министерство обороны объявило {about} {loc} {obj}."
            no = f"Войска готовятся к {dat} {obj}."
        yield _noun(lang, n, "announce", yes, "settlement_control")
        yield _noun(lang, n, "prepare", no, "none")


def _noun(lang: str, lemma: str, cat: str, text: str, expect: str) -> Case:
    return Case(lang, lemma, "noun", cat, lemma, text, expect, None)


def cases(lang: str) -> list[Case]:
    """Every generated case of ``lang``; empty when the generator is missing."""
    try:
        if lang == "en":
            out = list(_en_cases())
        else:
            out = list(_slavic_cases(lang))
        out += list(_noun_cases(lang))
    except ImportError:
        return []
    return out
