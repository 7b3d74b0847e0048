"""Place finding in the claim extractor, ninth round (issue 8).

Families of place names as written (CONVENTIONS.md: places exactly as in the
text, inflected forms and variant spellings kept), each tried in three
phrasings of our own per language: no corpus or article text, no ``../shared``.
Place names are made up or generic ("Марківськ", "Petrivka", "Колоски").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims
from frontline.text.toponyms import find_places

PUB = date(2025, 6, 14)


def places_of(text: str, lang: str) -> list[list[str]]:
    """The place names of every claim in ``text``."""
    return [
        [p["name"] for p in claim_to_record(c)["places"]]
        for c in extract_claims(text, published=PUB, language=lang)
    ]


def found(text: str, lang: str) -> list[str]:
    return [p.name for p in find_places(text, lang)]


# ---- a one-word name opening a sentence, with no predicate word after it ----
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Марківськ під контролем ЗСУ.", "uk", "Марківськ"),
        ("Зорецьк тримаємо, кажуть бійці.", "uk", "Зорецьк"),
        ("Вербине окупанти захопили ще в травні.", "uk", "Вербине"),
        ("Колосівку залишили ще в березні.", "uk", "Колосівку"),
        ("Марковск под контролем ВСУ.", "ru", "Марковск"),
        ("Зорецк удерживают украинские подразделения.", "ru", "Зорецк"),
        ("Колосково под контролем российских войск.", "ru", "Колосково"),
        ("Markivsk under Russian control, officials say.", "en", "Markivsk"),
        ("Zoretsk under Ukrainian control, the brigade said.", "en", "Zoretsk"),
        ("Verbyne under Russian control, the ministry says.", "en", "Verbyne"),
    ],
)
def test_sentence_initial_name_with_a_settlement_ending(
    text: str, lang: str, place: str
) -> None:
    assert [place] in places_of(text, lang)


# ---- ordinary sentence-initial words stay out --------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Ситуація під контролем, заявив голова громади.", "uk", "Ситуація"),
        ("Бойове чергування триває біля Колосків.", "uk", "Бойове"),
        ("Військ у місті немає.", "uk", "Військ"),
        ("Ситуация под контролем, заявил губернатор.", "ru", "Ситуация"),
        ("Запуск ракет продолжался всю ночь.", "ru", "Запуск"),
        ("Обстановка под контролем, сообщил штаб.", "ru", "Обстановка"),
        ("Task forces remain under Ukrainian control.", "en", "Task"),
        ("Move troops forward, the general said.", "en", "Move"),
        ("Risk of encirclement grows, analysts say.", "en", "Risk"),
    ],
)
def test_ordinary_sentence_initial_word_is_no_place(
    text: str, lang: str, word: str
) -> None:
    assert word not in found(text, lang)


# ---- hyphens and apostrophes inside a name -----------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("ЗСУ звільнили селище Нью-Колоски.", "uk", "Нью-Колоски"),
        ("Окупанти захопили Кам'янку-Дніпровську.", "uk", "Кам'янку-Дніпровську"),
        ("Бої тривають біля Мар’їнки.", "uk", "Мар’їнки"),
        ("ВС РФ освободили поселок Нью-Колоски.", "ru", "Нью-Колоски"),
        ("Бои идут у Каменки-Днепровской.", "ru", "Каменки-Днепровской"),
        ("Войска продвинулись к Ростов-на-Дону.", "ru", "Ростов-на-Дону"),
        ("Russian forces advanced near Pokrovs'k.", "en", "Pokrovs'k"),
        ("Fighting continues near Mar'inka.", "en", "Mar'inka"),
        ("Russia claimed the capture of Novo-Kolosky.", "en", "Novo-Kolosky"),
    ],
)
def test_hyphen_and_apostrophe_names(text: str, lang: str, place: str) -> None:
    assert place in found(text, lang)


# ---- two-word names, also after a lower-case settlement noun -----------------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Росіяни захопили Нову Колоскову.", "uk", "Нову Колоскову"),
        ("Бої тривають у селищі Велика Вербівка.", "uk", "Велика Вербівка"),
        ("Зорів Яр тримаємо.", "uk", "Зорів Яр"),
        ("Российские войска освободили Красный Колос.", "ru", "Красный Колос"),
        ("Бои идут в поселке Новая Марковка.", "ru", "Новая Марковка"),
        ("Зоров Яр удерживают ВСУ.", "ru", "Зоров Яр"),
        (
            "Russian forces captured the village of Velyka Kolosivka.",
            "en",
            "Velyka Kolosivka",
        ),
        ("Fighting continues in Zoriv Yar.", "en", "Zoriv Yar"),
        ("Mala Verbivka has fallen, officials said.", "en", "Mala Verbivka"),
    ],
)
def test_two_word_names(text: str, lang: str, place: str) -> None:
    assert place in found(text, lang)


# ---- inflected forms kept as written; a region after the settlement ----------
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Бої тривають у Марківську.", "uk", ["Марківську"]),
        ("Ворог наступає в районі Вербограда.", "uk", ["Вербограда"]),
        (
            "Росіяни захопили Вербине Запорізької області.",
            "uk",
            ["Вербине", "Запорізької області"],
        ),
        ("Бои идут в Зорецке.", "ru", ["Зорецке"]),
        ("Противник атакует в районе Марковска.", "ru", ["Марковска"]),
        (
            "ВС РФ освободили Колосково Донецкой области.",
            "ru",
            ["Колосково", "Донецкой области"],
        ),
        (
            "Russian troops advanced near Kolosivka and Verbohrad.",
            "en",
            ["Kolosivka", "Verbohrad"],
        ),
        (
            "Ukraine retook Verbyne in Zaporizhzhia Oblast.",
            "en",
            ["Verbyne", "Zaporizhzhia Oblast"],
        ),
        (
            "Russia captured Kolosky, in the Donetsk region.",
            "en",
            ["Kolosky", "Donetsk region"],
        ),
    ],
)
def test_inflected_names_and_a_region_after(
    text: str, lang: str, names: list[str]
) -> None:
    assert found(text, lang) == names


# ---- Latin names in scholarly transliteration (a diacritic capital) ----------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces captured Časiv Kolos.", "Časiv Kolos"),
        ("Fighting continues near Šachtarivka, the staff said.", "Šachtarivka"),
        ("Ukrainian units advanced toward Žovtneve.", "Žovtneve"),
    ],
)
def test_diacritic_capital_names(text: str, place: str) -> None:
    assert place in found(text, "en")


# ---- no place: a unit's name, a link code, a curly "People’s" ---------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The village was freed by the 95th Air Assault Brigade.", "Air"),
        ("Units of the 3rd Separate Assault Brigade held Kolosky.", "Separate"),
        ("Men of the Kolos Assault Battalion entered the town.", "Kolos"),
        ("Video: t.me/channel/Ab3dEfG9hQ shows the flag in Kolosky.", "Ab3dEfG9hQ"),
        ("Fighting near Kolosky (see Zx81QwErTy) went on.", "Zx81QwErTy"),
        ("The Luhansk People’s Republic troops advanced.", "Luhansk People’s"),
    ],
)
def test_unit_names_and_codes_are_no_places(text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "en"))
