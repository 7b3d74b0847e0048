"""Typography and layout do not change a claim (text/normalise.py).

Each sentence is our own, three per language; each is read plain and with
the characters real web text puts in (non-breaking and thin spaces, a soft
hyphen, a zero-width space, „quotes“, a modifier-letter apostrophe, doubled
spaces, a line wrapped inside the sentence): the claims must be the same,
and their spans must point at the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims
from frontline.text.normalise import normalise, to_original

DAY = date(2024, 5, 6)
SENTENCES = [
    (
        "en",
        "Russian forces captured the village of Novodarivka in the Zaporizhzhia "
        "region, the defence ministry in Moscow said on Monday.",
    ),
    (
        "en",
        "Ukrainian troops liberated 12 square kilometres near Robotyne over the "
        "past week, a spokesman said.",
    ),
    (
        "en",
        "The general staff said its units had repelled 14 attacks near Toretsk "
        "and fighting continued in the area.",
    ),
    ("uk", "Російські війська захопили село Новодарівка на Запоріжжі, повідомило "
     "міноборони РФ."),
    ("uk", "Сили оборони звільнили 12 кв. км біля Роботиного за минулий тиждень, "
     "заявив речник."),
    ("uk", "Біля Куп'янська тривають бої, ворог атакував 14 разів."),
    ("ru", "Российские войска освободили село Новодаровка в Запорожской области, "
     "сообщило Минобороны."),
    ("ru", "ВСУ продвинулись на 3 км в районе Работино за минувшие сутки, заявил "
     "представитель."),
    ("ru", "В районе Торецка продолжаются бои, противник атаковал 14 раз."),
]  # fmt: skip


def _variants(text: str) -> dict[str, str]:
    """The sentence as real web text may write it."""
    return {
        "nbsp_words": re.sub(r"(?<=\b\w) |(?<=\b\w\w) |(?<=\d) ", "\u00a0", text),
        "thin_digits": re.sub(r"(?<=\d) ", "\u2009", text),
        "narrow_nbsp": text.replace(" ", "\u202f", 3),
        "soft_hyphen": re.sub(r"\b(\w{5})(\w{5,})", "\\1\u00ad\\2", text),
        "zero_width": text.replace(" ", " \u200b", 2) + "\ufeff",
        "apostrophe": text.replace("'", "\u02bc"),
        "double_space": text.replace(", ", ",  ").replace(" ", "   ", 2),
        "wrap_lower": re.sub(r" (?=[a-zа-яіїє]\w* \w+ \w+,)", "\n", text, count=1),
        "wrap_after": re.sub(r"( (?:the|in|of|біля|на|в)) ", "\\1\n", text, count=1),
    }


def _fold(name: str) -> str:
    # KNOWN40: a place keeps the apostrophe it was written with (U+02BC, a
    # letter to isalnum, or "’"): the same place either way
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text.lower() if c.isalnum() and c != "\u02bc")


def _frame(text: str, lang: str) -> list[tuple]:
    out = []
    for c in extract_claims(text, published=DAY, language=lang):
        r = claim_to_record(c)
        assert r["quote"] == text[r["char_start"] : r["char_end"]]
        out.append(
            (
                r["kind"],
                r["gainer"],
                r["area_km2"],
                r["distance_km"],
                r["period_start"],
                r["period_end"],
                tuple(_fold(p["name"]) for p in r["places"]),
            )
        )
    return out


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_claims_do_not_depend_on_typography(lang: str, text: str) -> None:
    plain = _frame(text, lang)
    assert plain, text
    for name, variant in _variants(text).items():
        if variant != text:
            assert _frame(variant, lang) == plain, name


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("1\u00a0200\u2009km", "1 200 km"),
        ("„так“ — Купʼянськ", "«так» — Куп’янськ"),
        ("a\u2011b\u2012c\u2015d", "a-b–c—d"),
    ],
)
def test_one_for_one_characters(raw: str, want: str) -> None:
    out, back = normalise(raw)
    assert (out, back) == (want, None)
    assert len(out) == len(raw)


def test_doubled_spaces_are_deleted_with_a_map_back() -> None:
    raw = "On Sept.  15,   troops \u00a0 took it"
    out, back = normalise(raw)
    assert out == "On Sept. 15, troops took it"
    took = out.index("took")
    assert raw[to_original(back, took) : to_original(back, took + 4, end=True)] == (
        "took"
    )
    assert to_original(back, len(out)) == len(raw)


def test_invisible_characters_are_deleted_with_a_map_back() -> None:
    raw = "\ufeffAvdi\u00adivka\u200b fell"
    out, back = normalise(raw)
    assert out == "Avdiivka fell"
    assert raw[to_original(back, 0)] == "A"
    assert raw[to_original(back, 4) : to_original(back, 8, end=True)] == "ivka"
    assert to_original(back, len(out)) == len(raw)
    assert to_original(None, 7) == 7


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("troops advanced near the\nvillage", True),
        ("війська наступали біля\nПокровська", True),
        ("бои идут около\nТорецка", True),
        ("they took Pobieda,\n12 km west", True),
        ("Headline Without Stop\nThe army said", False),
        ("Army Chief Says\n11:22 JST", False),
        ("It fell.\nthen", False),
        ("first paragraph ends.\n\nsecond begins", False),
        ("Headline Without Stop\n\nThe army said", False),
    ],
)
def test_wrapped_lines_are_joined_only_inside_a_sentence(
    raw: str, joined: bool
) -> None:
    out, _ = normalise(raw)
    assert len(out) == len(raw)
    assert ("\n" not in out) is joined


QUOTED = [
    (
        "en",
        'The Russian command said on Sunday that its units had "liberated" the '
        "village of Nevske in the Luhansk region.",
    ),
    (
        "en",
        'Kyiv says its marines "hold firm" in Krynky, while Moscow claims it has '
        '"fully cleared" the village.',
    ),
    (
        "en",
        'A brigade spokesman said the troops had "pushed the enemy back" from '
        "Synkivka on Tuesday.",
    ),
    ("uk", 'Міноборони РФ заявило, що його війська "звільнили" село Невське на '
     "Луганщині."),
    ("uk", 'Речник бригади сказав, що бійці "відкинули ворога" від Синьківки у '
     "вівторок."),
    ("uk", 'Окупанти заявили про "повний контроль" над селом Кринки, але ЗСУ це '
     "заперечують."),
    ("ru", 'Минобороны России заявило, что войска "освободили" село Невское в '
     "Луганской области."),
    ("ru", 'Представитель бригады сказал, что бойцы "отбросили противника" от '
     "Синьковки во вторник."),
    ("ru", 'Штурмовики "зашли" в Кринки и закрепились там, заявил командир.'),
]  # fmt: skip
PAIRS = (("«", "»"), ("„", "“"), ("“", "”"))


def _requote(text: str, left: str, right: str) -> str:
    return re.sub(r'"([^"]*)"', lambda m: left + m[1] + right, text)


@pytest.mark.parametrize(("lang", "text"), QUOTED)
def test_claims_do_not_depend_on_the_form_of_quotes(lang: str, text: str) -> None:
    """Every typographic pair gives the same claims; in English the straight
    quotes too (Cyrillic text keeps its straight quotes as written)."""
    forms = [_frame(_requote(text, a, b), lang) for a, b in PAIRS]
    assert forms[0], text
    assert forms[1] == forms[0] and forms[2] == forms[0]
    if lang == "en":
        assert _frame(text, lang) == forms[0]


def test_quotes_take_the_pair_of_the_script() -> None:
    assert normalise('He said «yes» and „no“ and "so".', "en")[0] == (
        "He said “yes” and “no” and “so”."
    )
    assert normalise("Він сказав „так“ і “ні”.", "uk")[0] == (
        "Він сказав «так» і «ні»."
    )
    markup = 'x <img alt="a b"> “y”'
    assert normalise(markup, "en")[0] == markup
    assert normalise("Він сказав „так“", None)[0] == "Він сказав «так»"


DASHED = [
    ("uk", "Росіяни заявляють про захоплення Новомихайлівки — це неправда, село "
     "під нашим контролем."),
    ("uk", "За тиждень ворог захопив 20 кв. км, на Покровському напрямку — ще "
     "6 кв. км."),
    ("uk", "Сили оборони звільнили Роботине — про це повідомив командувач."),
    ("ru", "Противник заявил о взятии Кринок — это не соответствует "
     "действительности."),
    ("ru", "За неделю войска заняли 30 кв. км, в районе Купянска — еще 8 кв. км."),
    ("ru", "Наши подразделения освободили Невское — сообщил командир батальона."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), DASHED)
def test_a_spaced_dash_of_any_form_reads_alike(lang: str, text: str) -> None:
    em = _frame(text, lang)
    assert em, text
    for dash in ("–", "-"):
        assert _frame(text.replace(" — ", f" {dash} "), lang) == em
    assert normalise(text.replace(" — ", " - "), lang)[0] == text
    assert normalise("Kyiv (Reuters) - Russia", "en")[0] == "Kyiv (Reuters) - Russia"
