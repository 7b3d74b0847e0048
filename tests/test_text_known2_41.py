"""Session 41, defects the first lanes left (lane known2): phrasings of our
own, three per language where the class applies.

* KNOWN2-41 (4): a denial pointing back after a contrast word kept the word
  in its claimant ("…, хоча ЗСУ цього не підтверджують" gave "хоча ЗСУ"):
  the opening words cut before the subject are every language's contrast
  words (lang CONTRAST_WORDS) with the joining ones
  (pointing_back._OPENING_WORD).
* KNOWN2-41 (9): "A year ago today, troops liberated X", "Рік тому …", "Год
  назад …" had no rule (the claim took the publication day, or "today"): a
  year ago is the day a year before the statement (periods, kind
  ``year_ago``); a date written beside it still dates the claim.
* KNOWN2-41 (6): "had taken the whole territory of the town of X" gave a
  region's area claim: the territory of a town, village or settlement is
  the settlement's (rules/area._TOWN_TERRITORY), so its capture is a
  settlement claim; a region's whole territory stays an area claim.
* KNOWN2-41 (2): English "The Ukrainian side does not confirm this:
  spokesman X said that …" gave "The Ukrainian side" ("confirm" read as the
  speaker's verb right before the claim): in English a colon opens a
  speaker's own clause (speakers._SPEAKER_CUT_EN; not in uk/ru, where it
  opens the words reported), and a claim whose quote opens with its own
  named speaker keeps it (speakers._opens_with_speaker in _nearer_speaker).
  uk/ru were right and stay so.
* KNOWN2-41 (5): "units of the Vostok group" gave "Vostok" as a place: the
  English names of Russia's groups of forces are no place names
  (toponyms._STOP; uk/ru "Восток" was a stop word already). "North Korean
  soldiers" still gives "Korean", and "Battlegroup" stays a place word (left:
  claims of seen, blind21, blind5, blind14 live on them).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "language", "claimant"),
    [
        (
            "Російські канали повідомили про захоплення Степового, хоча ЗСУ "
            "цього не підтверджують.",
            "uk",
            "ЗСУ",
        ),
        (
            "Окупанти заявили про захоплення Зорівки, втім Генштаб цього не "
            "підтверджує.",
            "uk",
            "Генштаб",
        ),
        (
            "Окупанти заявили про захоплення Зорівки, однак Генштаб це спростовує.",
            "uk",
            "Генштаб",
        ),
        (
            "Российские каналы сообщили о захвате Степового, хотя ВСУ этого "
            "не подтверждают.",
            "ru",
            "ВСУ",
        ),
        (
            "Российские блогеры заявили о захвате Зоривки, однако Генштаб ВСУ "
            "это опровергает.",
            "ru",
            "Генштаб ВСУ",
        ),
        (
            "Оккупанты объявили о взятии Зоривки, но Генштаб этого не подтверждает.",
            "ru",
            "Генштаб",
        ),
        ("Moscow claimed the capture of Zorivka, though Kyiv denied it.", "en", "Kyiv"),
        (
            "Russian bloggers reported the capture of Stepove, although Kyiv "
            "denied it.",
            "en",
            "Kyiv",
        ),
        (
            "Moscow announced the capture of Zorivka; however Kyiv denied it.",
            "en",
            "Kyiv",
        ),
    ],
)
def test_contrast_word_is_no_part_of_a_denier(
    text: str, language: str, claimant: str
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    denied = [c for c in claims if c.negated]
    assert denied, claims
    assert denied[-1].claimant == claimant
    assert denied[-1].gainer == "RU"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A year ago today, Ukrainian troops liberated Kherson.", "en"),
        ("Exactly one year ago, Ukrainian forces recaptured Robotyne.", "en"),
        ("Ukrainian troops liberated Izium a year ago.", "en"),
        ("Рік тому українські військові звільнили Херсон.", "uk"),
        ("Рівно рік тому ЗСУ звільнили Ізюм.", "uk"),
        ("Українські війська звільнили Роботине рік тому.", "uk"),
        ("Год назад украинские военные освободили Херсон.", "ru"),
        ("Ровно год назад ВСУ освободили Изюм.", "ru"),
        ("Российские войска захватили Авдеевку год назад.", "ru"),
    ],
)
def test_a_year_ago_is_the_day_a_year_before(text: str, language: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert len(claims) == 1, claims
    assert claims[0].period_start == claims[0].period_end == date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Ровно год назад, 20 мая 2023 года, российские войска захватили Бахмут.",
            "ru",
            date(2023, 5, 20),
        ),
        (
            "Рік тому, 11 листопада 2022 року, українські військові звільнили Херсон.",
            "uk",
            date(2022, 11, 11),
        ),
        (
            "A year ago, on 10 September 2022, Ukrainian troops liberated Izium.",
            "en",
            date(2022, 9, 10),
        ),
    ],
)
def test_a_date_beside_a_year_ago_dates_the_claim(
    text: str, language: str, day: date
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert claims and claims[0].period_start == claims[0].period_end == day


@pytest.mark.parametrize(
    ("text", "language", "gainer", "place"),
    [
        (
            "Russian forces had taken the whole territory of the village of Stepove.",
            "en",
            "RU",
            "Stepove",
        ),
        (
            "Ukrainian troops liberated the entire territory of the town of Kupiansk.",
            "en",
            "UA",
            "Kupiansk",
        ),
        (
            "Russia said it had captured all of the territory of the city of Avdiivka.",
            "en",
            "RU",
            "Avdiivka",
        ),
        (
            "Російські війська захопили всю територію села Степове.",
            "uk",
            "RU",
            "Степове",
        ),
        ("ЗСУ звільнили всю територію міста Вовчанськ.", "uk", "UA", "Вовчанськ"),
        ("Окупанти захопили всю територію селища Нью-Йорк.", "uk", "RU", "Нью-Йорк"),
        (
            "Российские войска заняли всю территорию поселка Степовое.",
            "ru",
            "RU",
            "Степовое",
        ),
        ("ВСУ освободили всю территорию города Купянск.", "ru", "UA", "Купянск"),
        (
            "Российские войска захватили всю территорию села Зоривка.",
            "ru",
            "RU",
            "Зоривка",
        ),
    ],
)
def test_a_towns_whole_territory_is_its_capture(
    text: str, language: str, gainer: str, place: str
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert [c.kind for c in claims] == ["settlement_control"], claims
    assert claims[0].gainer == gainer
    assert [p.name for p in claims[0].places] == [place]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ukrainian troops liberated the whole territory of the Kharkiv region.", "en"),
        ("ЗСУ звільнили всю територію Харківської області.", "uk"),
        ("ВСУ освободили всю территорию Харьковской области.", "ru"),
    ],
)
def test_a_regions_whole_territory_stays_an_area(text: str, language: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert [c.kind for c in claims] == ["area_change"], claims


@pytest.mark.parametrize(
    ("text", "language", "claimant"),
    [
        (
            "The Ukrainian side does not confirm this: spokesman Ivan Petrenko "
            "said that fighting continues near Zorivka.",
            "en",
            "Ivan Petrenko",
        ),
        (
            "Kyiv does not confirm this: military spokesman Vadym Voloshyn said "
            "that fighting goes on near Stepove.",
            "en",
            "Vadym Voloshyn",
        ),
        (
            "The Ukrainian side denies it: General Staff spokesman Andriy "
            "Kovalenko said Ukrainian troops still hold Zorivka.",
            "en",
            "Andriy Kovalenko",
        ),
        (
            "Українська сторона цього не підтверджує: речник Іван Петренко "
            "заявив, що бої тривають біля Зорівки.",
            "uk",
            "Іван Петренко",
        ),
        (
            "Украинская сторона это не подтверждает: спикер Иван Петренко "
            "заявил, что бои идут у Зоривки.",
            "ru",
            "Иван Петренко",
        ),
    ],
)
def test_a_speaker_after_a_colon_owns_the_claim(
    text: str, language: str, claimant: str
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert claims, claims
    assert [c.claimant for c in claims] == [claimant] * len(claims)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Units of the Vostok group advanced near Velyka Novosilka.",
            "Velyka Novosilka",
        ),
        ("Assault teams of the Zapad group advanced near Kupiansk.", "Kupiansk"),
        ("Soldiers of the Vostok group made gains near Bohoiavlenka.", "Bohoiavlenka"),
        ("Fighters of the Tsentr group made gains near Uspenivka.", "Uspenivka"),
    ],
)
def test_a_group_of_forces_is_no_place(text: str, place: str) -> None:
    claims = extract_claims(text, published=_PUB, language="en")
    assert [c.kind for c in claims] == ["advance"], claims
    assert [p.name for p in claims[0].places] == [place]
