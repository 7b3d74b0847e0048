"""Claimants of uk/ru claims, session 28 (UK28/RU28): own phrasings only."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claimants import find_claimant
from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "За жовтень ворог захопив 410 кв. км. Про це повідомили аналітики "
            "проєкту «Степова мапа» у вівторок.",
            "uk",
            "аналітики проєкту «Степова мапа»",
        ),
        (
            "У березні окупанти захопили 220 кв. км, підрахували аналітики "
            "групи «Поле»",
            "uk",
            "аналітики групи «Поле»",
        ),
        (
            "Армія за квітень відвоювала 35 кв. км, підрахували експерти Мапотеки.",
            "uk",
            "експерти Мапотеки",
        ),
        (
            "За август армия заняла 380 кв. км. Об этом сообщили аналитики "
            "проекта «Северная карта» в пятницу.",
            "ru",
            "аналитики проекта «Северная карта»",
        ),
        (
            "В мае войска заняли 150 кв. км, подсчитали эксперты центра «Рубеж».",
            "ru",
            "эксперты центра «Рубеж»",
        ),
        (
            "За неделю противник продвинулся на 12 кв. км, напомнили "
            "обозреватели Картотеки.",
            "ru",
            "обозреватели Картотеки",
        ),
    ],
)
def test_a_trade_noun_after_the_verb_with_its_body_is_the_claimant(text, lang, name):
    claims = extract_claims(text, language=lang)
    assert claims and claims[0].kind == "area_change"
    assert {c.claimant for c in claims} == {name}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Про це повідомили в проєкті DeepMap. Ворог окупував 50 кв. км "
            "біля Торецька, зазначили аналітики.",
            "uk",
            "в проєкті DeepMap",
        ),
        (
            "За даними Мапотеки, росіяни захопили Зоряне. Загалом окупанти "
            "захопили 90 кв. км, нагадують аналітики.",
            "uk",
            "Мапотеки",
        ),
        (
            "Про це заявив речник Олег Лісовий. Село Лісне "
            "звільнене, наголошують військові.",
            "uk",
            "Олег Лісовий",
        ),
        (
            "По данным Картотеки, армия заняла Зорино. Всего войска заняли "
            "90 кв. км, напоминают аналитики.",
            "ru",
            "Картотеки",
        ),
        (
            "Об этом сообщили в проекте DeepMap. Противник занял 40 кв. км "
            "у Торецка, отметили аналитики.",
            "ru",
            "проекте DeepMap",
        ),
        (
            "Об этом заявил губернатор Олег Лесной. Село Горное под "
            "контролем армии, подчеркивают военные.",
            "ru",
            "Олег Лесной",
        ),
    ],
)
def test_a_bare_trade_noun_points_back_to_the_speaker_named_before(text, lang, name):
    claims = extract_claims(text, language=lang)
    assert claims
    assert claims[-1].claimant == name


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Місто, наголошують військові, під контролем Сил оборони.", "uk"),
        ("Ворог відступив, підрахували аналітики.", "uk"),
        ("Фронт стоїть, нагадують експерти.", "uk"),
        ("Город, подчеркивают военные, под контролем армии.", "ru"),
        ("Противник отошел, подсчитали аналитики.", "ru"),
        ("Фронт стоит, напоминают эксперты.", "ru"),
    ],
)
def test_a_bare_trade_noun_is_a_speaker_pointing_back(sentence, lang):
    c = find_claimant(sentence, lang)
    assert c is not None and c.pronoun and c.name is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Руїни Бахмута нагадує це селище.", "uk"),
        ("Поле бою нагадує місячний пейзаж.", "uk"),
        ("Город напоминает руины Бахмута.", "ru"),
        ("Село напоминает лунный пейзаж.", "ru"),
    ],
)
def test_resembles_is_no_speech(sentence, lang):
    assert find_claimant(sentence, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Бої тривають, каже речник Олег Лісовий. 14 травня Міноборони РФ "
            "заявило про захоплення Зоряного.",
            "uk",
            "Міноборони РФ",
        ),
        (
            "Бої тривають, каже речник Олег Лісовий. 3 березня 2024 року "
            "Генштаб підтвердив вихід з Ясного.",
            "uk",
            "Генштаб",
        ),
        (
            "Бої тривають, каже речник Олег Лісовий. 9 липня Ганна Мороз "
            "повідомила про звільнення Лісного.",
            "uk",
            "Ганна Мороз",
        ),
        (
            "Бои идут, сказал губернатор Олег Лесной. 11 декабря Минобороны "
            "РФ заявило о захвате Горного.",
            "ru",
            "Минобороны РФ",
        ),
        (
            "Бои идут, сказал губернатор Олег Лесной. 5 мая 2023 года Иван "
            "Гром заявил о взятии Полевого.",
            "ru",
            "Иван Гром",
        ),
        (
            "Бои идут, сказал губернатор Олег Лесной. 2 июня Генштаб ВСУ "
            "подтвердил выход из Ясного.",
            "ru",
            "Генштаб ВСУ",
        ),
    ],
)
def test_a_day_before_the_speaker_is_no_part_of_the_speaker(text, lang, name):
    claims = extract_claims(text, language=lang)
    assert claims and claims[-1].kind == "settlement_control"
    assert claims[-1].claimant == name


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Росіяни заявляють, що взяли Зоряне і Лісне.", "uk", "Росіяни"),
        ("Міноборони РФ заявляло про захоплення Ясного.", "uk", "Міноборони РФ"),
        ("Окупанти заявляють про взяття Польового.", "uk", "Окупанти"),
        ("Россияне заявляют, что взяли Горное.", "ru", "Россияне"),
        ("Минобороны РФ заявляло о захвате Ясного.", "ru", "Минобороны РФ"),
        (
            "Российские каналы пишут, что армия взяла Полевое.",
            "ru",
            "Российские каналы",
        ),
    ],
)
def test_the_imperfective_says_names_its_speaker(sentence, lang, name):
    c = find_claimant(sentence, lang)
    assert c is not None and c.name == name


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "— Як там?\n— Тримаємося.\n\n— Росія заявляє, що взяла Зоряне.\n"
            "— Це неправда. Минулого тижня ми відкинули їх на 400 метрів біля "
            "Лісного.",
            "uk",
        ),
        (
            "Росія заявляє, що взяла Зоряне. Ми відкинули їх на 400 метрів "
            "біля Лісного, каже командир роти.",
            "uk",
        ),
        (
            "— Що нового?\n— Тихо.\n\n— Росія заявляє про взяття Зоряного.\n"
            "— Брешуть. Ми просунулися на 300 метрів біля Лісного.",
            "uk",
        ),
        (
            "— Как там?\n— Держимся.\n\n— Украина заявляет, что взяла Горное.\n"
            "— Это неправда. На прошлой неделе мы отбросили их на 400 метров "
            "у Лесного.",
            "ru",
        ),
        (
            "Украина заявляет, что взяла Горное. Мы продвинулись на 300 метров "
            "у Лесного, говорит командир роты.",
            "ru",
        ),
    ],
)
def test_a_country_speaking_lends_no_side_to_the_next_we(text, lang):
    claims = extract_claims(text, language=lang)
    relayed = claims[0]
    assert relayed.kind == "settlement_control"
    we = [c for c in claims if c.kind == "advance"]
    assert we, [c.quote for c in claims]
    # the narrator's "we" is not the country quoted before it
    own = "RU" if "Украина" in text else "UA"
    assert we[0].gainer == own


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Аналітики Мапотеки зазначають, що ворог зайняв Зоряне.", "uk", "Мапотеки"),
        ("Генштаб ЗСУ уточнює, що бої тривають біля Лісного.", "uk", "Генштаб ЗСУ"),
        ("Олег Лис розповідає, що роту відвели з Ясного.", "uk", "Олег Лис"),
        ("Западные аналитики отмечают, что армия заняла Горное.", "ru", "аналитики"),
        ("Институт изучения войны писал, что ВСУ вошли в Ясное.", "ru", "войны"),
        ("Иван Гром рассказывает, что бои идут у Лесного.", "ru", "Иван Гром"),
    ],
)
def test_the_imperfective_of_a_listed_verb_names_its_speaker(sentence, lang, name):
    c = find_claimant(sentence, lang)
    assert c is not None and c.name.split()[-1] == name.split()[-1]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "За даними Мапотеки, ворог зайняв Зоряне. Аналітики зазначають, "
            "що росіяни просунулися біля Лісного.",
            "uk",
            "Мапотеки",
        ),
        (
            "Про це повідомив речник Олег Лісовий. Військові наголошують, що "
            "ворог просунувся біля Лісного.",
            "uk",
            "Олег Лісовий",
        ),
        (
            "За даними Мапотеки, ворог зайняв Зоряне. Експерти підрахували, "
            "що окупанти захопили 40 кв. км.",
            "uk",
            "Мапотеки",
        ),
        (
            "По данным Картотеки, армия заняла Горное. Аналитики отмечают, "
            "что войска продвинулись у Лесного.",
            "ru",
            "Картотеки",
        ),
        (
            "Об этом сообщил губернатор Олег Лесной. Военные подчеркивают, "
            "что противник продвинулся у Лесного.",
            "ru",
            "Олег Лесной",
        ),
        (
            "По данным Картотеки, армия заняла Горное. Эксперты подсчитали, "
            "что войска заняли 40 кв. км.",
            "ru",
            "Картотеки",
        ),
    ],
)
def test_a_bare_trade_noun_before_the_verb_points_back(text, lang, name):
    claims = extract_claims(text, language=lang)
    assert claims and claims[-1].kind in ("advance", "area_change")
    assert claims[-1].claimant == name


@pytest.mark.parametrize(
    ("sentence", "lang", "last"),
    [
        ("Ворог, ймовірно, зайняв Зоряне, вважає оглядач Олег Лис.", "uk", "Лис"),
        (
            "Росіяни просунулися біля Лісного, вважають аналітики Мапотеки.",
            "uk",
            "Мапотеки",
        ),
        ("Село Ясне втрачене, вважав тоді речник Іван Коваль.", "uk", "Коваль"),
        ("Армия заняла Горное, считает эксперт Иван Гром.", "ru", "Гром"),
        ("ВСУ отошли от Лесного, считают аналитики Картотеки.", "ru", "Картотеки"),
        ("Село Ясное потеряно, считал тогда губернатор Олег Лесной.", "ru", "Лесной"),
    ],
)
def test_an_opinion_verb_names_its_speaker(sentence, lang, last):
    c = find_claimant(sentence, lang)
    assert c is not None and c.name.split()[-1] == last


# --- a whole people as speaker is not carried to the next sentences ------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Речник бригади Іван Гнатенко розповів про бої.\n\n"
            "— Росіяни заявляють, що взяли Марівку. Це так?\n\n"
            "— Ні. Бої тривають на околицях Марівки.",
            "uk",
            "Іван Гнатенко",
        ),
        (
            "Представитель группировки Олег Сова рассказал о ситуации.\n\n"
            "— Украинцы заявляют, что вернули Марьевку. Это правда?\n\n"
            "— Нет. Бои идут на окраинах Марьевки.",
            "ru",
            "Олег Сова",
        ),
        (
            "Brigade spokesman Ivan Hnat said the situation was tense.\n\n"
            "The Russians claim they have taken Marivka.\n\n"
            "Fighting continues on the outskirts of Marivka.",
            "en",
            "Ivan Hnat",
        ),
    ],
)
def test_a_whole_people_speaks_for_its_sentence_only(
    text: str, lang: str, name: str
) -> None:
    claims = extract_claims(text, language=lang, published=date(2025, 2, 17))
    fights = [c for c in claims if c.kind == "fighting"]
    assert fights and all(c.claimant == name for c in fights)
