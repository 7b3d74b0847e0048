"""Session 35, claimant defect probe (en/uk/ru): phrasings of our own.

* a role before a body's name and a personal name ("представитель Минобороны
  Игорь Конашенков", "Речник Генштабу Андрій Ковальов") gives the person as
  the claimant and the body to the role; the body word was read as the
  person's first name (claimants._split, _owner_word).
* the outlet told in the dative after the name ("сказал Ходаковский агентству
  ТАСС", "сказав Сирський виданню «X»") is no part of the name
  (claimants._outlet_told; lang uk/ru OUTLET_DATIVES).
* a person's initial before the surname ("заявив О. Сирський", "said O.
  Syrskyi", "По словам А. Ходаковского") no longer ends the speaker at its
  stop nor reads "О" as "about": the speaker is the name as written
  (claimants._PERSONAL_INITIAL, masked as an initialism's stops are).
* a body's signature line keeps the closing quote of its «name» ("Пресслужба
  3-ї ОШБр «Азов»" gave "… «Азов"; page_speakers._quotes_closed).
* a post signed at its end by a dash, a role and a name ("— командир
  батальйону Петро Коваленко", "— Petro Kovalenko, battalion commander")
  names its claimant (claimants.signed_person, page_speakers.document_issuer).
* an interview's title reads past a rank shortened with a stop ("Interview
  with Col. Nazar Voloshyn" gave the claimant "Col"; page_speakers
  ._SPEECH_TITLE).
* a unit's abbreviation with lower-case letters after role words ("речник
  3-ї ОШБр Олександр Бородін") goes with the role (claimants._UNIT_ABBR).
* a «quoted» outlet in the dative after the name ("повідомив Бородін
  «Суспільному»") is no part of it (lang uk/ru DATIVE_ENDINGS).
"""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def speakers(text: str, language: str) -> list[tuple[str | None, str | None]]:
    """(claimant, claimant_role) of every claim of ``text`` (at least one)."""
    claims = extract_claims(text, published=PUB, language=language)
    assert claims, text
    return [(c.claimant, c.claimant_role) for c in claims]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "ru",
            "«Российские войска освободили Марьинку», — сообщил официальный "
            "представитель Минобороны Игорь Конашенков.",
            "Игорь Конашенков",
            "официальный представитель Минобороны",
        ),
        (
            "uk",
            "Речник Генштабу Андрій Ковальов: ЗСУ відбили Кліщіївку.",
            "Андрій Ковальов",
            "Речник Генштабу",
        ),
        (
            "uk",
            "Росіяни просунулися біля Тоненького, заявив речник Міноборони "
            "України Іван Петренко.",
            "Іван Петренко",
            "речник Міноборони України",
        ),
    ],
)
def test_body_after_role_goes_with_the_role(
    lang: str, text: str, name: str, role: str
) -> None:
    assert speakers(text, lang) == [(name, role)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ru",
            "Российские войска продвинулись у Северного, сказал Ходаковский "
            "агентству ТАСС.",
            "Ходаковский",
        ),
        (
            "ru",
            "Российские войска продвинулись у Северного, рассказал Ходаковский "
            "телеканалу «Россия-24».",
            "Ходаковский",
        ),
        (
            "uk",
            "Російські війська захопили Авдіївку, сказав Сирський виданню "
            "«Українська правда».",
            "Сирський",
        ),
    ],
)
def test_outlet_told_is_no_part_of_the_name(lang: str, text: str, name: str) -> None:
    assert [c for c, _ in speakers(text, lang)] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Українські воїни відбили Кліщіївку, заявив О. Сирський.",
            "О. Сирський",
        ),
        (
            "en",
            "Ukrainian forces recaptured Klishchiivka, said O. Syrskyi.",
            "O. Syrskyi",
        ),
        (
            "ru",
            "По словам А. Ходаковского, российские войска продвинулись у Северного.",
            "А. Ходаковского",
        ),
    ],
)
def test_initial_before_the_surname(lang: str, text: str, name: str) -> None:
    assert [c for c, _ in speakers(text, lang)] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Наші воїни звільнили Кліщіївку на Бахмутському напрямку.\n"
            "Пресслужба 3-ї ОШБр «Азов»",
            "Пресслужба 3-ї ОШБр «Азов»",
        ),
        (
            "ru",
            "Российские войска освободили Марьинку.\nПресс-служба группировки «Юг»",
            "Пресс-служба группировки «Юг»",
        ),
        (
            "uk",
            "Оборонці відбили Роботине.\n🔥 Пресслужба бригади «Холодний Яр» 🔥",
            "Пресслужба бригади «Холодний Яр»",
        ),
    ],
)
def test_signature_keeps_its_closing_quote(lang: str, text: str, name: str) -> None:
    assert [c for c, _ in speakers(text, lang)] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "uk",
            "Наші воїни звільнили Кліщіївку на Бахмутському напрямку.\n"
            "— командир батальйону Петро Коваленко",
            "Петро Коваленко",
            "командир батальйону",
        ),
        (
            "ru",
            "Российские войска освободили Марьинку.\n"
            "— командир батальона «Восток» Александр Ходаковский",
            "Александр Ходаковский",
            "командир батальона «Восток»",
        ),
        (
            "en",
            "Our soldiers pushed the enemy out of Klishchiivka.\n"
            "— Petro Kovalenko, battalion commander",
            "Petro Kovalenko",
            "battalion commander",
        ),
    ],
)
def test_dash_signature_of_a_person(lang: str, text: str, name: str, role: str) -> None:
    assert speakers(text, lang) == [(name, role)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Interview with Col. Nazar Voloshyn, spokesman of the Khortytsia group.\n"
            "Q: What is happening near Bakhmut?\n"
            "A: Our forces recaptured Klishchiivka yesterday.",
            "Nazar Voloshyn",
        ),
        (
            "en",
            "Interview with Lt. Gen. Ivan Petrenko\n"
            "Q: And the south?\nA: We liberated Robotyne.",
            "Ivan Petrenko",
        ),
        (
            "uk",
            "Інтерв'ю з полк. Назаром Волошиним\n"
            "Питання: Що під Бахмутом?\nВідповідь: Ми відбили Кліщіївку.",
            "Назаром Волошиним",
        ),
    ],
)
def test_interview_title_reads_past_a_rank(lang: str, text: str, name: str) -> None:
    assert [c for c, _ in speakers(text, lang)] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "uk",
            "Як повідомив речник 3-ї ОШБр Олександр Бородін, ЗСУ відбили Андріївку.",
            "Олександр Бородін",
            "речник 3-ї ОШБр",
        ),
        (
            "uk",
            "ЗСУ відбили Кліщіївку, заявив командир 47 ОМБр Іван Петренко.",
            "Іван Петренко",
            "командир 47 ОМБр",
        ),
        (
            "ru",
            "ВСУ отступили из Крынок, сообщил командир 5 ОМСБр Иван Петров.",
            "Иван Петров",
            "командир 5 ОМСБр",
        ),
    ],
)
def test_unit_abbreviation_goes_with_the_role(
    lang: str, text: str, name: str, role: str
) -> None:
    assert speakers(text, lang) == [(name, role)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "ЗСУ відбили Андріївку, — повідомив Бородін «Суспільному».", "Бородін"),
        (
            "uk",
            "Росіяни захопили Кринки, сказав Плетенчук «Українській правді».",
            "Плетенчук",
        ),
        (
            "ru",
            "Российские войска освободили Марьинку, рассказал Пушилин «Известиям».",
            "Пушилин",
        ),
    ],
)
def test_quoted_outlet_told_is_no_part_of_the_name(
    lang: str, text: str, name: str
) -> None:
    assert [c for c, _ in speakers(text, lang)] == [name]
