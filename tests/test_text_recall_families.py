"""Recall families for text nobody tuned for (issue 8): claims that were missed
or misread on the blind corpus, each written from its pattern.

Every sentence is invented for the test (no corpus or article text, no
``../shared``); each family is tried in three phrasings of our own per language
where it applies. Place names are made up ("Kolosky", "Marivka").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


# ---- "between one and three kilometres": the upper figure, not 1 + 3 -------
@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Russian troops advanced between two and four kilometres near Kolosky.", 4.0),
        ("Ukrainian units pushed forward between one and three km near Marivka.", 3.0),
        ("The brigade advanced one hundred and twenty metres near Kolosky.", 0.12),
    ],
)
def test_a_range_between_two_numbers_is_not_their_sum(text: str, km: float) -> None:
    cs = [c for c in claims(text) if c.kind == "advance"]
    assert cs and cs[0].distance_km == pytest.approx(km), text


# ---- woodland taken is an area ---------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "km2"),
    [
        ("uk", "Бригада звільнила 30 гектарів лісового масиву біля Колосків.", 0.3),
        ("uk", "Наші воїни відвоювали понад 50 гектарів лісових посадок.", 0.5),
        ("uk", "Штурмовики зачистили 12 гектарів лісового урочища під Марівкою.", 0.12),
        ("en", "Ukrainian troops liberated 60 hectares of forest near Kolosky.", 0.6),
        ("en", "Russian units captured 25 hectares of forest west of Marivka.", 0.25),
        ("en", "The brigade recaptured 80 hectares of forest near Kolosky.", 0.8),
    ],
)
def test_woodland_taken_is_an_area(lang: str, text: str, km2: float) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == ["area_change"], text
    assert cs[0].area_km2 == pytest.approx(km2), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Пожежа знищила 40 гектарів лісового масиву біля Колосків."),
        ("en", "A wildfire burned 70 hectares of forest near Marivka."),
        ("en", "Foresters surveyed 30 hectares of forest near Kolosky."),
    ],
)
def test_burnt_or_surveyed_woodland_is_no_area(lang: str, text: str) -> None:
    assert not [c for c in claims(text, lang) if c.kind == "area_change"], text


# ---- "about the battle for X" names a topic --------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Комбат розповів про бої за Колоски."),
        ("uk", "Репортаж про бої за Марівку: що бачили журналісти"),
        ("uk", "Офіцер говорив про хід боїв на півдні."),
        ("ru", "Командир рассказал о ходе боев на юге."),
        ("ru", "Репортаж о боях за Марьевку."),
        ("ru", "Генерал говорил о бое за Колоски."),
        ("en", "A medic talks about the battle for Kolosky."),
        ("en", "The book is about the fight for Marivka."),
        ("en", "Veterans spoke about the fighting for Kolosky."),
    ],
)
def test_the_battle_for_a_town_as_a_topic_is_no_fighting(lang: str, text: str) -> None:
    assert not [c for c in claims(text, lang) if c.kind == "fighting"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Бої за Колоски тривають третій день."),
        ("ru", "Генерал заявил о боях в Марьевке."),
        ("en", "He spoke about the battles in Kolosky, which go on."),
    ],
)
def test_fighting_for_or_in_a_town_stays_fighting(lang: str, text: str) -> None:
    assert [c.kind for c in claims(text, lang)] == ["fighting"], text


# ---- holding with the side after the verb, or the town named before ---------
@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Зараз Колоски контролюють Сили оборони.", "UA"),
        ("uk", "Попри штурми, Марівку утримують українські бійці.", "UA"),
        ("uk", "Наразі Колоски контролюють російські війська.", "RU"),
        ("ru", "Сейчас Марьевку контролируют ВСУ.", "UA"),
        ("ru", "По данным штаба, Колоски удерживают российские войска.", "RU"),
        ("ru", "Несмотря на атаки, Марьевку удерживают украинские военные.", "UA"),
    ],
)
def test_a_holding_verb_before_its_subject(lang: str, text: str, gainer: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert [c.gainer for c in cs] == [gainer], text


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "Ворог штурмує Колоски. Місто контролюють Сили оборони.", "Колоски"),
        ("uk", "Росіяни атакують Марівку. Але село утримують наші бійці.", "Марівку"),
        (
            "uk",
            "Бої точаться біля Колосків. Сили оборони контролюють місто.",
            "Колосків",
        ),
        ("ru", "Враг штурмует Марьевку. Город контролируют ВСУ.", "Марьевку"),
        ("ru", "Бои идут у Колосков. Село удерживают российские войска.", "Колосков"),
        ("ru", "Противник атакует Марьевку. ВСУ контролируют город.", "Марьевку"),
    ],
)
def test_the_town_held_is_the_one_named_before(
    lang: str, text: str, place: str
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert [[p.name for p in c.places] for c in cs] == [[place]], text


# ---- a denial: the verdict after the claim, and the denier is not the taker --
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Генштаб ЗСУ назвав повідомлення про захоплення Колосків брехнею."),
        ("uk", "Заява про взяття Марівки — фейк, наголосили у бригаді."),
        ("uk", "ЗСУ не підтвердили захоплення Колосків."),
        ("ru", "Штаб ВСУ назвал сообщение о захвате Марьевки ложью."),
        ("ru", "Сообщение о взятии Колосков — фейк, заявили в бригаде ВСУ."),
        ("ru", "ВСУ не подтвердили захват Марьевки."),
        ("en", "Ukraine's army called the report of the capture of Kolosky false."),
        ("en", "Ukraine did not confirm the capture of Marivka."),
        ("en", "Kyiv denied the capture of Kolosky by Russian troops."),
    ],
)
def test_a_denied_capture_is_negated_and_the_other_sides(lang: str, text: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert [(c.gainer, c.negated) for c in cs] == [("RU", True)], text


# ---- a pull-back to prepared lines near a place is ground, not the place -----
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "ЗСУ відійшли на заздалегідь підготовлені рубежі біля Колосків.",
        ),
        ("uk", "Сили оборони відступили на запасні позиції поблизу Марівки."),
        (
            "uk",
            "Бригада ЗСУ відійшла на підготовлені позиції між Колосками та Марівкою.",
        ),
        (
            "ru",
            "Российские части отошли на заранее подготовленные позиции у Колосков.",
        ),
        ("ru", "ВСУ отступили на запасные рубежи возле Марьевки."),
        (
            "ru",
            "Части ВСУ отошли на подготовленные позиции между Колосками и Марьевкой.",
        ),
    ],
)
def test_a_pull_back_to_prepared_lines_is_an_advance(lang: str, text: str) -> None:
    assert [c.kind for c in claims(text, lang)] == ["advance"], text


# ---- "lost N km²" with words between, and a period before the side ----------
@pytest.mark.parametrize(
    ("lang", "text", "gainer", "km2"),
    [
        ("uk", "За тиждень ЗСУ втратили в області близько 120 кв. км.", "RU", 120.0),
        ("uk", "Росіяни втратили на цьому напрямку понад 30 кв. км.", "UA", 30.0),
        ("uk", "За місяць Сили оборони втратили біля Колосків 12 км².", "RU", 12.0),
        ("ru", "За неделю ВСУ потеряли в регионе около 330 кв. км.", "RU", 330.0),
        ("ru", "За месяц Силы обороны потеряли на этом участке 40 кв. км.", "RU", 40.0),
        ("ru", "Российские войска потеряли у Марьевки почти 15 кв. км.", "UA", 15.0),
    ],
)
def test_a_side_that_lost_an_area(
    lang: str, text: str, gainer: str, km2: float
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "area_change"]
    assert [(c.gainer, c.area_km2) for c in cs] == [(gainer, km2)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Окупанти втратили за добу 1200 осіб біля Колосків."),
        ("ru", "ВСУ потеряли за неделю 300 человек у Марьевки."),
        ("ru", "Армия потеряла в регионе около 40 танков."),
    ],
)
def test_people_or_equipment_lost_are_no_area(lang: str, text: str) -> None:
    assert not [c for c in claims(text, lang) if c.kind == "area_change"], text


# ---- "under the control of the army of X", and a fact-check label ------------
@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Зараз Колоски під контролем військ РФ.", "RU"),
        ("uk", "Наразі Марівка перебуває під контролем армії РФ.", "RU"),
        ("uk", "Досі Колоски під контролем Збройних сил України.", "UA"),
        ("ru", "Сейчас Марьевка под контролем армии РФ.", "RU"),
        ("ru", "Сейчас Колоски под контролем войск РФ.", "RU"),
        ("ru", "Пока Марьевка остается под контролем Вооруженных сил Украины.", "UA"),
    ],
)
def test_under_the_control_of_the_army_of_a_side(
    lang: str, text: str, gainer: str
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert [c.gainer for c in cs] == [gainer], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Фейк: «Колоски повністю під контролем армії РФ»."),
        ("uk", "Брехня: «Марівка повністю під контролем військ РФ»."),
        ("ru", "Фейк: «Марьевка полностью под контролем армии РФ»."),
        ("ru", "Ложь: будто бы Колоски под контролем войск РФ."),
        ("en", "Fake: «Marivka is now under the control of Russian forces»."),
        ("en", "False: Kolosky remains under Russian control."),
    ],
)
def test_a_fact_check_label_negates_the_holding(lang: str, text: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert [c.negated for c in cs] == [True], text


# ---- a uk/ru wh-question reports nothing --------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Коли ЗСУ звільнять Колоски?"),
        ("uk", "Чому росіяни досі не взяли Марівку?"),
        ("uk", "Навіщо ворогу захоплювати Колоски?"),
        ("ru", "Когда ожидать полного освобождения Марьевки?"),
        ("ru", "Почему армия до сих пор не взяла Колоски?"),
        ("ru", "Зачем противнику захватывать Марьевку?"),
    ],
)
def test_a_wh_question_is_no_claim(lang: str, text: str) -> None:
    assert claims(text, lang) == [], text


# ---- entering part of a town is a partial settlement claim ------------------
@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Росіянам вдалося зайти на північну околицю Марівки.", "RU"),
        ("uk", "Ворогу вдалося увійти в східну частину Колосків.", "RU"),
        ("uk", "Підрозділам ЗСУ вдалося зайти на південну околицю Колосків.", "UA"),
        (
            "ru",
            "По неподтвержденным данным, ВСУ удалось зайти на окраину Марьевки.",
            "UA",
        ),
        ("ru", "Российским войскам удалось войти на окраину Колосков.", "RU"),
        (
            "ru",
            "Украинским штурмовикам удалось зайти на западную окраину Марьевки.",
            "UA",
        ),
        ("en", "Russian forces have entered the northeastern part of Marivka.", "RU"),
        ("en", "Ukrainian units entered parts of Kolosky on Monday.", "UA"),
        ("en", "Russian troops entered the eastern part of Marivka overnight.", "RU"),
    ],
)
def test_entering_part_of_a_town(lang: str, text: str, gainer: str) -> None:
    cs = claims(text, lang)
    assert [(c.kind, c.gainer) for c in cs] == [("settlement_control", gainer)], text


# ---- "за тиждень наступальних дій": the span of a gain, no fighting ----------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "ЗСУ за тиждень наступальних дій звільнили Марівку."),
        ("uk", "Бригада за два тижні наступальних дій звільнила Колоски."),
        ("uk", "Окупанти за місяць наступальних дій просунулися біля Колосків."),
        ("ru", "Войска за две недели наступательных действий освободили Марьевку."),
        ("ru", "ВСУ за неделю наступательных действий освободили Колоски."),
        ("ru", "Армия за месяц наступательных действий продвинулась у Колосков."),
    ],
)
def test_a_span_of_offensive_actions_is_no_fighting(lang: str, text: str) -> None:
    ks = [c.kind for c in claims(text, lang)]
    assert ks and "fighting" not in ks, text


# ---- one verb, several places, each with its own time: one claim each -------
@pytest.mark.parametrize(
    ("lang", "text", "months"),
    [
        ("uk", "Росіяни захопили Марівку в лютому, Колоски в жовтні.", [2, 10]),
        ("uk", "ЗСУ звільнили Колоски у березні, а село Марівку в травні.", [3, 5]),
        ("uk", "Ворог окупував Дубки в січні, Марівку в квітні.", [1, 4]),
        (
            "ru",
            "Российские войска заняли Марьевку в феврале, Колоски в октябре.",
            [2, 10],
        ),
        ("ru", "ВСУ освободили Колоски в марте, а село Марьевку в мае.", [3, 5]),
        ("ru", "Армия взяла Дубки в январе, Марьевку в апреле.", [1, 4]),
        ("en", "Russian troops took Marivka in February, Kolosky in October.", [2, 10]),
        (
            "en",
            "Ukraine retook Kolosky in March and the village of Marivka in May.",
            [3, 5],
        ),
        ("en", "Russian troops seized Dubky in January, Marivka in April.", [1, 4]),
    ],
)
def test_list_items_with_their_own_months(
    lang: str, text: str, months: list[int]
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert [len(c.places) for c in cs] == [1, 1], text
    assert [c.period_end.month for c in cs] == months, text


def test_a_list_sharing_one_time_stays_one_claim() -> None:
    cs = claims("Russian troops took Marivka and Kolosky in October.")
    assert [[p.name for p in c.places] for c in cs] == [["Marivka", "Kolosky"]]
