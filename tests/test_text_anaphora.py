# ruff: noqa: E501  (one test sentence a line reads best)
"""Places named only by anaphora (text/anaphora.py), three phrasings of our
own per family and language, and the guards. No ../shared data is read."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.anaphora import (
    PlaceMemory,
    Told,
    continues_subject,
    pointer,
    pointer_class,
)
from frontline.text.claims import extract_claims
from frontline.text.toponyms import find_places

DAY = date(2024, 5, 6)


def _claims(text: str, lang: str):
    return extract_claims(text, language=lang, published=DAY)


def _of(claims, kind: str) -> list[tuple[list[str], object, object]]:
    return [
        ([p.name for p in c.places], c.gainer, c.extra.get("partial"))
        for c in claims
        if c.kind == kind
    ]


# --- the pointer words --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "kind", "part"),
    [
        (
            "en",
            "Clashes flared up again in the centre of the town.",
            "settlement",
            True,
        ),
        ("en", "Nobody has left this village since spring.", "settlement", False),
        ("en", "Shelling went on there all night.", "any", False),
        ("en", "Its troops gained ground in the region.", "region", False),
        ("uk", "Бої тривають на околицях міста.", "settlement", True),
        ("uk", "Ворог намагається закріпитися в селі.", "settlement", False),
        ("uk", "Окупанти туди вже не заходять.", "any", False),
        ("uk", "Бої точаться неподалік.", "any", False),
        ("uk", "Цей населений пункт тримають наші.", "settlement", False),
        ("uk", "У регіоні стало тихіше.", "region", False),
        ("ru", "В северных кварталах города идут бои.", "settlement", True),
        ("ru", "Противник выбит из посёлка.", "settlement", False),
        ("ru", "Оттуда ушли последние группы.", "any", False),
        ("ru", "Этот населённый пункт взят.", "settlement", False),
        ("ru", "В его окрестностях продолжаются бои.", "any", False),
        ("ru", "В регионе противник потерял позиции.", "region", False),
    ],
)
def test_pointer_words(lang, text, kind, part):
    p = pointer(text, 0, len(text), lang)
    assert p is not None
    assert (p.kind, p.part) == (kind, part)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a noun naming its own place, a count of places, an existential "there"
        ("en", "Fighting near the town of Hryhorivka went on."),
        ("en", "There were clashes along the line."),
        ("en", "Three villages were taken."),
        ("uk", "Ворог захопив село Зелене."),
        ("uk", "Росіяни захопили два села."),
        ("uk", "Бої в Харківській області тривають."),
        ("ru", "Войска взяли город Лесное."),
        ("ru", "Армия заняла несколько сел."),
        ("ru", "Бои в Курской области идут."),
    ],
)
def test_no_pointer(lang, text):
    assert pointer(text, 0, len(text), lang) is None


def test_inflected_forms_are_derived():
    # every case of "місто" and "город", none of them listed by hand
    for lang, forms in {
        "uk": ("місто", "міста", "місті", "містом", "місту"),
        "ru": ("город", "города", "городе", "городу", "городом"),
    }.items():
        for form in forms:
            t = f"Бої біля {form}."
            p = pointer(t, 0, len(t), lang)
            assert p is not None and p.kind == "settlement", form


def test_pointer_class():
    for t, cls in (("the town", "town"), ("the village", "village"), ("там", None)):
        lang = "en" if t.startswith("the") else "uk"
        p = pointer(t, 0, len(t), lang)
        assert p is not None and pointer_class(t, p) == cls


# --- the memory and its guards ------------------------------------------------


def _remember(mem: PlaceMemory, text: str, lang: str, at: int, para: int, **kw):
    mem.note(find_places(text, lang), text, at, para, **kw)


def test_memory_recalls_the_last_settlement_in_reach():
    mem = PlaceMemory()
    _remember(mem, "Ukrainian troops held Robotyne.", "en", 0, 0)
    assert mem.recall("settlement", 1, 0) == ["Robotyne"]
    assert mem.recall("settlement", 20, 0) == []  # out of reach


def test_memory_skips_headlines_and_location_descriptions():
    mem = PlaceMemory()
    _remember(mem, "Storm over Vuhledar", "en", 0, 0, headline=True)
    assert mem.recall("settlement", 1, 1) == []
    _remember(mem, "Росіяни зайшли в Желанне, за 20 км від Покровська.", "uk", 1, 1)
    assert mem.recall("settlement", 2, 1) == ["Желанне"]


def test_memory_trusts_an_opening_word_only_when_written_twice():
    mem = PlaceMemory(doc="We are in Pokrovsk. Difficult, I won't hide it.")
    _remember(mem, "We are in Pokrovsk.", "en", 0, 0)
    _remember(mem, "Difficult, I won't hide it.", "en", 1, 0)
    assert mem.recall("settlement", 2, 0) == ["Pokrovsk"]
    text = "А Мирноград? Мирноград, кажуть, тримається."
    mem = PlaceMemory(doc=text)
    _remember(mem, "Мирноград, кажуть, тримається.", "uk", 0, 0)
    assert mem.recall("settlement", 1, 0) == ["Мирноград"]


def test_memory_skips_streets_and_rivers():
    mem = PlaceMemory()
    _remember(mem, "Взяты северные кварталы Купянска до улицы Гагарина.", "ru", 0, 0)
    assert mem.recall("settlement", 1, 1) == ["Купянска"]


def test_memory_not_across_a_paragraph_with_a_new_place():
    mem = PlaceMemory()
    _remember(mem, "Бои идут в Торецке.", "ru", 0, 0)
    _remember(mem, "В Донецкой области обстановка тяжелая.", "ru", 1, 1)
    assert mem.recall("settlement", 2, 1) == []
    assert mem.recall("region", 2, 1) == ["Донецкой области"]


def test_memory_skips_the_source_of_a_sentence():
    mem = PlaceMemory()
    t = "Ukraine held Kupiansk, according to analysts at Deep Maps."
    mem.note(find_places(t, "en"), t, 0, 0, besides="analysts at Deep Maps")
    assert mem.recall("settlement", 1, 0) == ["Kupiansk"]


def test_a_town_is_not_a_village():
    mem = PlaceMemory(
        [
            Told(("Siversk",), False, 0, 0, ("town",)),
            Told(("Vyimka",), False, 1, 0, ("village",)),
        ]
    )
    assert mem.recall("settlement", 2, 0, "town") == ["Siversk"]
    assert mem.recall("settlement", 2, 0, "village") == ["Vyimka"]


@pytest.mark.parametrize(
    ("text", "verb", "yes"),
    [
        ("By nightfall they had seized the western half.", "seized", True),
        ("Потім вони зайняли околиці.", "зайняли", True),
        ("Затем они вошли в центр.", "вошли", True),
        ("Analysts say Russian units took the centre.", "took", False),
        ("Ворог зайняв околиці.", "зайняв", False),
        ("Войска вошли в центр.", "вошли", False),
        ("Згодом зайняли околиці.", "зайняли", True),
        ("Затем заняли центр.", "заняли", True),
        ("Захоплено околиці.", "Захоплено", False),
    ],
)
def test_continued_subject(text, verb, yes):
    assert continues_subject(text, 0, text.index(verb)) is yes


# --- in the extractor: a place only in an earlier sentence -------------------


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "We met the medics in Siversk.\nThe brigade says clashes go on there daily.",
            "Siversk",
        ),
        (
            "en",
            "The village of Nelipivka lies on a hill.\nFierce battles rage in the centre of the village.",
            "Nelipivka",
        ),
        (
            "en",
            "Russian units entered Pokrovsk in October.\nHeavy fighting goes on at the edge of the city.",
            "Pokrovsk",
        ),
        (
            "uk",
            "Ми були в Костянтинівці минулого тижня. У центрі міста тривають бої.",
            "Костянтинівці",
        ),
        ("uk", "Бійці тримаються в Курахове. Там щодня точаться бої.", "Курахове"),
        (
            "uk",
            "Ситуація у Вовчанську складна. На околицях міста йдуть бої.",
            "Вовчанську",
        ),
        (
            "ru",
            "Корреспондент побывал в Часовом Яре. В центре города идут бои.",
            "Часовом Яре",
        ),
        ("ru", "Ситуация в Торецке тяжёлая. Там продолжаются бои.", "Торецке"),
        (
            "ru",
            "Наши бойцы держатся в Купянске. На окраинах города идут бои.",
            "Купянске",
        ),
    ],
)
def test_fighting_at_the_place_pointed_to(lang, text, place):
    second = text.index(".") + 1
    fights = [
        c
        for c in _claims(text, lang)
        if c.kind == "fighting" and c.char_start >= second
    ]
    assert fights and [p.name for p in fights[0].places] == [place]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "The battle for Kupiansk goes on. Ukraine has lost 12 square kilometres there since May.",
            "Kupiansk",
        ),
        (
            "en",
            "Fighting in the Kursk region goes on. Ukrainian forces still hold 400 square kilometres in the region.",
            "Kursk region",
        ),
        (
            "en",
            "The small town of Siversk is on the line. Russia gained 3 square kilometres east of the town.",
            "Siversk",
        ),
        ("uk", "Під Бахмутом складно. Там за тиждень звільнено 3 кв. км.", "Бахмутом"),
        (
            "uk",
            "Бої на Курщині тривають. За тиждень ЗСУ втратили в регіоні 20 кв. км.",
            "Курщині",
        ),
        (
            "uk",
            "Біля Роботиного тихо. Поблизу нього за місяць звільнено 4 кв. км.",
            "Роботиного",
        ),
        (
            "ru",
            "Под Авдеевкой тяжело. Там за неделю освобождено 5 кв. км.",
            "Авдеевкой",
        ),
        (
            "ru",
            "Бои в Курской области продолжаются. ВСУ потеряли в регионе 30 кв. км.",
            "Курской области",
        ),
        (
            "ru",
            "Обстановка у Работино сложная. Рядом с ним за месяц освобождено 6 кв. км.",
            "Работино",
        ),
    ],
)
def test_area_takes_the_place_pointed_to(lang, text, place):
    areas = [c for c in _claims(text, lang) if c.kind == "area_change"]
    assert areas and [p.name for p in areas[0].places] == [place]
    assert areas[0].extra.get("anaphora") is True


@pytest.mark.parametrize(
    ("lang", "text", "place", "gainer"),
    [
        (
            "en",
            "Russian troops stormed Kurakhove on Monday. By evening they had taken the eastern districts.",
            "Kurakhove",
            "RU",
        ),
        (
            "en",
            "Ukrainian marines attacked Krynky at dawn. Within hours they had captured the southern outskirts.",
            "Krynky",
            "UA",
        ),
        (
            "en",
            "Russian assault groups stormed Toretsk overnight. By morning they had seized the central districts.",
            "Toretsk",
            "RU",
        ),
        (
            "uk",
            "Росіяни штурмували Часів Яр у вівторок. Увечері вони захопили східні квартали.",
            "Часів Яр",
            "RU",
        ),
        (
            "uk",
            "Окупанти атакували Вовчанськ. Згодом вони зайняли північну частину.",
            "Вовчанськ",
            "RU",
        ),
        (
            "uk",
            "Російські війська штурмували Торецьк. Потім вони захопили західні квартали.",
            "Торецьк",
            "RU",
        ),
        (
            "ru",
            "Российские войска штурмовали Курахово в понедельник. Вечером они заняли восточные кварталы.",
            "Курахово",
            "RU",
        ),
        (
            "ru",
            "Российские подразделения вошли в Торецк. Позже они заняли центральные кварталы.",
            "Торецк",
            "RU",
        ),
        (
            "ru",
            "ВСУ атаковали Работино утром. Вечером они заняли южные кварталы.",
            "Работино",
            "UA",
        ),
    ],
)
def test_subject_going_on_takes_part_of_the_place(lang, text, place, gainer):
    second = text.index(".") + 1
    taken = [
        c
        for c in _claims(text, lang)
        if c.kind == "settlement_control" and c.char_start >= second
    ]
    assert taken, text
    assert [p.name for p in taken[0].places] == [place]
    assert taken[0].gainer == gainer
    assert taken[0].extra.get("partial") is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a new paragraph about a new place: the pointer does not reach back
        (
            "en",
            "Russian troops stormed Kurakhove.\nIn the Kharkiv region, the situation is calmer. There were clashes there.",
        ),
        # a place that only says where another lies is no antecedent
        (
            "uk",
            "Росіяни зайшли в Желанне, за 20 км від Торецька.\nПотім вони захопили околиці.",
        ),
        # a subject that is no pronoun does not carry the place on
        (
            "ru",
            "Российские войска штурмовали Курахово. Аналитики пишут, что армия заняла восточные кварталы.",
        ),
    ],
)
def test_guards(lang, text):
    second = text.index("\n") + 1 if "\n" in text else text.index(".") + 1
    names = {
        p.name for c in _claims(text, lang) if c.char_start >= second for p in c.places
    }
    assert not names & {"Kurakhove", "Торецька", "Курахово"}
