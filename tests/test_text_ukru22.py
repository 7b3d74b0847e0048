"""uk/ru families of session 22, each in three phrasings of our own per
language (never a corpus sentence).

* soldiers knocked or pushed out of a place ("вибили українських бійців з X",
  "вытеснили наших бойцов с позиций у X"): the ground is the claim, not the
  people, so the skip of people freed or taken lets it through (people knocked
  out with no place named stay skipped: "вибив з ладу двох бійців");
* the imperfective "закрепляется" and a past "заходили в X" (Russian): an
  advance, as their Ukrainian twins already were;
* a side already standing at or in a place ("росіяни вже на околицях X",
  "противник уже в X"): an advance of that side;
* a place opening the sentence with an adverb before its predicate ("X вже під
  контролем росіян", "X уже под контролем ВСУ") or with a grey-zone predicate
  ("X у сірій зоні", "X стало серой зоной") is still a place;
* Russian slurs and short names for Russia's army ("русня", "росармія",
  "кацапи", "москалі") name the Russian side.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 12)


def claims(text: str, lang: str) -> list[tuple[str, str | None, bool, list[str]]]:
    return [
        (c.kind, c.gainer, c.negated, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "gainer", "place"),
    [
        ("Російські війська вибили українських бійців з Андріївки.", "uk",
         "settlement_control", "RU", "Андріївки"),
        ("Наші штурмовики вибили російських військових з Плавнів.", "uk",
         "settlement_control", "UA", "Плавнів"),
        ("Ворог витіснив наших бійців з позицій біля Вербового.", "uk",
         "advance", "RU", "Вербового"),
        ("Российские войска выбили украинских военных из Андреевки.", "ru",
         "settlement_control", "RU", "Андреевки"),
        ("Штурмовики выбили вражеских бойцов из Кировского.", "ru",
         "settlement_control", "RU", "Кировского"),
        ("ВСУ вытеснили наших бойцов с позиций у Вербового.", "ru",
         "advance", "UA", "Вербового"),
    ],
)  # fmt: skip
def test_soldiers_knocked_out_of_a_place(
    text: str, lang: str, kind: str, gainer: str, place: str
) -> None:
    assert (kind, gainer, False, [place]) in claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вчора звільнили 30 військових з полону.", "uk"),
        ("Дрон вибив з ладу двох бійців.", "uk"),
        ("Удар выбил из строя трёх бойцов.", "ru"),
    ],
)
def test_people_with_no_place_stay_skipped(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("Противник закрепляется на окраинах Покровска.", "UA", "Покровска"),
        (
            "Наши подразделения закрепляются на достигнутых рубежах у Вербового.",
            "RU",
            "Вербового",
        ),
        ("Штурмовики заходили в Торецк несколько раз.", "RU", "Торецк"),
    ],
)
def test_russian_aspect_variants_advance(text: str, gainer: str, place: str) -> None:
    assert claims(text, "ru") == [("advance", gainer, False, [place])]


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        ("Ворог уже в Покровську.", "uk", "RU", "Покровську"),
        ("Росіяни вже на околицях Покровська.", "uk", "RU", "Покровська"),
        ("Окупанти вже на околиці Костянтинівки.", "uk", "RU", "Костянтинівки"),
        ("Противник уже в Покровске.", "ru", "UA", "Покровске"),
        ("Российские войска уже на окраинах Покровска.", "ru", "RU", "Покровска"),
        ("Наши уже в центре Торецка.", "ru", "RU", "Торецка"),
    ],
)
def test_a_side_already_there_advances(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert ("advance", gainer, False, [place]) in claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "holder", "place"),
    [
        ("Уманське вже під контролем росіян.", "uk", "RU", "Уманське"),
        ("Уманське вже під контролем ЗСУ.", "uk", "UA", "Уманське"),
        ("Уманське тепер перебуває під контролем ворога.", "uk", "RU", "Уманське"),
        ("Уманское уже под контролем российских войск.", "ru", "RU", "Уманское"),
        ("Уманское сейчас находится под контролем ВСУ.", "ru", "UA", "Уманское"),
        ("Уманское теперь под контролем ВСУ.", "ru", "UA", "Уманское"),
    ],
)
def test_place_before_an_adverb_and_its_holder(
    text: str, lang: str, holder: str, place: str
) -> None:
    assert claims(text, lang) == [("settlement_control", holder, False, [place])]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Торське зараз у сірій зоні.", "uk", "Торське"),
        ("Торське перетворилося на сіру зону.", "uk", "Торське"),
        ("Серебрянка стала сірою зоною.", "uk", "Серебрянка"),
        ("Торское сейчас в серой зоне.", "ru", "Торское"),
        ("Торское стало серой зоной.", "ru", "Торское"),
        ("Торское превратилось в серую зону.", "ru", "Торское"),
    ],
)
def test_place_before_a_grey_zone_predicate(text: str, lang: str, place: str) -> None:
    assert claims(text, lang) == [("fighting", None, False, [place])]


@pytest.mark.parametrize(
    ("text", "kind", "gainer", "place"),
    [
        ("Русня просунулася біля Покровська.", "advance", "RU", "Покровська"),
        ("Росармія просунулася біля Покровська.", "advance", "RU", "Покровська"),
        ("Москалі захопили Уманське.", "settlement_control", "RU", "Уманське"),
    ],
)
def test_russian_slurs_name_the_russian_side(
    text: str, kind: str, gainer: str, place: str
) -> None:
    assert claims(text, "uk") == [(kind, gainer, False, [place])]


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        ("Нас вибили з Уманського.", "uk", "RU", "Уманського"),
        ("Учора нас витіснили з Андріївки.", "uk", "RU", "Андріївки"),
        ("Після трьох штурмів нас вибили з Вербового.", "uk", "RU", "Вербового"),
        ("Нас выбили из Уманского.", "ru", "UA", "Уманского"),
        ("Вчера нас вытеснили из Андреевки.", "ru", "UA", "Андреевки"),
        ("После трёх штурмов нас выдавили из Вербового.", "ru", "UA", "Вербового"),
    ],
)
def test_we_knocked_out_is_the_other_sides_gain(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert claims(text, lang) == [("settlement_control", gainer, False, [place])]


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        ("Уманське ми віддали.", "uk", "RU", "Уманське"),
        ("Андріївку ми залишили ще в березні.", "uk", "RU", "Андріївку"),
        ("Село Вербове ми віддали.", "uk", "RU", "Вербове"),
        ("Уманское мы сдали.", "ru", "UA", "Уманское"),
        ("Андреевку мы оставили ещё в марте.", "ru", "UA", "Андреевку"),
        ("Вербовое мы отдали.", "ru", "UA", "Вербовое"),
    ],
)
def test_a_place_we_gave_up_told_object_first(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert claims(text, lang) == [("settlement_control", gainer, False, [place])]


@pytest.mark.parametrize(
    "text",
    [
        "Мы вернули себе Уманское.",
        "Штурмовики вернули себе Андреевку.",
        "Десантники вернули себе обратно Вербовое.",
    ],
)
def test_taken_back_for_ourselves(text: str) -> None:
    (claim,) = claims(text, "ru")
    assert claim[:3] == ("settlement_control", "RU", False)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("DeepState оновив карту: червона зона збільшилася біля Покровська.", "uk",
         "Покровська"),
        ("Червона зона розширилася поблизу Торецька.", "uk", "Торецька"),
        ("Збільшення червоної зони біля Торецька є уточненням.", "uk", "Торецька"),
        ("Карта обновлена: красная зона увеличилась у Покровска.", "ru",
         "Покровска"),
        ("Красная зона расширилась возле Торецка.", "ru", "Торецка"),
        ("Увеличение красной зоны у Торецка связано с уточнением.", "ru",
         "Торецка"),
    ],
)  # fmt: skip
def test_the_maps_red_zone_grown_is_a_russian_advance(
    text: str, lang: str, place: str
) -> None:
    assert claims(text, lang) == [("advance", "RU", False, [place])]


def test_a_red_zone_elsewhere_is_no_claim() -> None:
    assert claims("Пацієнтів перевели в червону зону лікарні.", "uk") == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("У Торецьку дуже гаряче.", "uk", "Торецьку"),
        ("Під Покровськом і далі спекотно.", "uk", "Покровськом"),
        ("Біля Куп'янська знову напружено — кажуть бійці.", "uk", "Куп'янська"),
        ("Обстановка в Торецьку залишається важкою.", "uk", "Торецьку"),
        ("Обстановка біля Покровська непроста.", "uk", "Покровська"),
        ("Обстановка під Куп'янськом загрозлива.", "uk", "Куп'янськом"),
        ("Ситуация в Торецке остается непростой.", "ru", "Торецке"),
        ("Обстановка под Покровском угрожающая.", "ru", "Покровском"),
        ("Ситуация у Купянска непростая.", "ru", "Купянска"),
    ],
)
def test_a_hard_or_hot_setting_at_a_place_is_fighting(
    text: str, lang: str, place: str
) -> None:
    assert claims(text, lang) == [("fighting", None, False, [place])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вдома було гаряче.", "uk"),
        ("Ситуація з електропостачанням непроста.", "uk"),
        ("Ситуация с электроснабжением непростая.", "ru"),
    ],
)
def test_heat_or_a_hard_situation_elsewhere_is_no_fight(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Ворог атакує Торецьк. Місто під контролем ЗСУ.", "uk", "Торецьк"),
        ("Бої тривають за Торецьк. Село стало сірою зоною.", "uk", "Торецьк"),
        ("Росіяни атакують Торецьк. Місто зараз у сірій зоні.", "uk", "Торецьк"),
        ("Противник атакует Торецк. Город сейчас в серой зоне.", "ru", "Торецк"),
        ("Бои идут за Торецк. Город под контролем ВСУ.", "ru", "Торецк"),
        ("Противник штурмует Торецк. Поселок стал серой зоной.", "ru", "Торецк"),
    ],
)
def test_a_town_noun_opening_a_sentence_points_back(
    text: str, lang: str, place: str
) -> None:
    found = claims(text, lang)
    assert len(found) == 2
    assert all(c[3] == [place] for c in found)


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Торское захвачено украинскими войсками.", "ru", "UA"),
        ("Село Торское занято ВСУ.", "ru", "UA"),
        ("Торское полностью освобождено российскими войсками.", "ru", "RU"),
        ("Торське звільнено російськими військами.", "uk", "RU"),
        ("Торське повністю звільнене українськими військами.", "uk", "UA"),
        ("Село Торське зайняте ЗСУ.", "uk", "UA"),
    ],
)
def test_the_agent_after_a_short_passive_takes_the_place(
    text: str, lang: str, gainer: str
) -> None:
    assert claims(text, lang) == [
        (
            "settlement_control",
            gainer,
            False,
            ["Торское" if lang == "ru" else "Торське"],
        )
    ]


def test_a_side_the_place_was_freed_from_is_no_agent() -> None:
    assert claims("Торское освобождено от ВСУ.", "ru")[0][:2] == (
        "settlement_control",
        "RU",
    )
