"""False positives of free text (rules/skips.py, the last seven rules), in
three phrasings of our own per language, each beside a look-alike that keeps
its claim. No corpus text is read here.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 6, 4)


def _kinds(text: str, lang: str) -> list[str]:
    return [c.kind for c in extract_claims(text, published=DAY, language=lang)]


# ---- people taken to a hospital or the rear are moved, no ground taken -------
@pytest.mark.parametrize(
    "text",
    [
        "Near Kolosky the released sailors were taken to a hospital for checks.",
        "After the swap at Kolosky the soldiers were taken to Belarus by bus.",
        "Civilians from Marivka were taken back to their homes on Sunday.",
    ],
)
def test_people_taken_somewhere_are_no_capture(text: str) -> None:
    assert "settlement_control" not in _kinds(text, "en"), text


@pytest.mark.parametrize(
    "text",
    [
        "Kolosky was taken by Russian troops on Sunday.",
        "The village of Marivka was taken overnight, the army said.",
        "Russian forces have taken Zelena Dolyna, the ministry said.",
    ],
)
def test_a_town_taken_is_still_a_capture(text: str) -> None:
    assert "settlement_control" in _kinds(text, "en"), text


# ---- a report under assessment ("if confirmed, would mark") -----------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The counterattack near Kolosky, if confirmed, would be the first in "
            "weeks.",
            "en",
        ),
        ("The Ukrainian advance near Marivka would mark a turn on this front.", "en"),
        (
            "Ukrainian gains near Kolosky, if true, would be the largest this month.",
            "en",
        ),
        (
            "Контратака біля Колосків, якщо підтвердиться, стала б першою за місяць.",
            "uk",
        ),
        ("Просування біля Марівки, якщо це підтвердиться, буде першим.", "uk"),
        ("Наступ біля Колосків, якщо підтвердиться, змінить картину.", "uk"),
        ("Контратака у Колосков, если подтвердится, станет первой за месяц.", "ru"),
        ("Продвижение у Марьевки, если это подтвердится, будет первым.", "ru"),
        ("Наступление у Колосков, если подтвердится, изменит картину.", "ru"),
    ],
)
def test_a_report_under_assessment_is_no_claim(text: str, lang: str) -> None:
    assert _kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ukrainian forces counterattacked near Kolosky, the general staff said.",
            "en",
        ),
        ("Українські сили контратакували біля Колосків.", "uk"),
        ("ВСУ контратаковали у Колосков, сообщил штаб.", "ru"),
    ],
)
def test_a_plain_counterattack_is_still_fighting(text: str, lang: str) -> None:
    assert "fighting" in _kinds(text, lang), text


# ---- a fight in the counterfactual ------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Near Kolosky, without drones these assaults would have ended badly.", "en"),
        ("At Marivka the attacks would have succeeded without the minefields.", "en"),
        (
            "By Zelena Dolyna the battles would have lasted longer without air cover.",
            "en",
        ),
        ("Біля Колосків без дронів ці штурми закінчилися б інакше.", "uk"),
        ("Під Марівкою атаки вдалися б, якби не мінні поля.", "uk"),
        ("Біля Зеленої Долини бої тривали б довше без авіації.", "uk"),
        ("Под Колосками без дронов эти штурмы закончились бы иначе.", "ru"),
        ("Под Марьевкой атаки удались бы, если бы не минные поля.", "ru"),
        ("У Зеленой Долины бои шли бы дольше без авиации.", "ru"),
    ],
)
def test_a_counterfactual_fight_is_no_claim(text: str, lang: str) -> None:
    assert "fighting" not in _kinds(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Near Kolosky the assaults continued all night, the brigade said.", "en"),
        ("Біля Колосків штурми тривали всю ніч.", "uk"),
        ("Под Колосками штурмы продолжались всю ночь.", "ru"),
    ],
)
def test_a_fight_told_as_fact_is_still_fighting(text: str, lang: str) -> None:
    assert "fighting" in _kinds(text, lang), text


# ---- soldiers who do not leave their positions ------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Біля Колосків хлопці місяцями не виходять з позицій.", "uk"),
        ("Під Марівкою піхота тижнями не виходить з окопів.", "uk"),
        ("У Зеленій Долині бійці по тридцять діб не виходять із позицій.", "uk"),
        ("Под Колосками бойцы месяцами не выходят с позиций.", "ru"),
        ("У Марьевки пехота неделями не выходит из окопов.", "ru"),
        ("В Зеленой Долине бойцы по тридцать суток не выходят с позиций.", "ru"),
    ],
)
def test_not_leaving_positions_is_no_withdrawal(text: str, lang: str) -> None:
    assert _kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Українські підрозділи вийшли з Колосків на нові позиції.", "uk"),
        ("Украинские подразделения вышли из Колосков на новые позиции.", "ru"),
    ],
)
def test_leaving_a_town_is_still_a_withdrawal(text: str, lang: str) -> None:
    assert _kinds(text, lang) != [], text


# ---- gains compared without a figure ----------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("This spring Russia captured more territory than in all of 2023.", "en"),
        ("Russia's gains in Donetsk last year were higher than in 2023.", "en"),
        ("Ukraine's advances near Kolosky were larger than expected.", "en"),
        ("За тиждень ЗСУ зайняли більше території, ніж росіяни за рік.", "uk"),
        ("Цієї весни росіяни захопили більше території, ніж торік.", "uk"),
        ("Торік окупанти зайняли менше території, ніж у 2023 році.", "uk"),
        ("За неделю ВСУ заняли больше территории, чем русские за год.", "ru"),
        (
            "Этой весной российские войска захватили больше территории, чем в "
            "2023 году.",
            "ru",
        ),
        ("В прошлом году ВСУ заняли меньше территории, чем в 2023 году.", "ru"),
    ],
)
def test_gains_compared_without_a_figure_are_no_claim(text: str, lang: str) -> None:
    assert _kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia captured 400 square kilometres in May.", "en"),
        ("За травень росіяни захопили 400 квадратних кілометрів.", "uk"),
        ("За май российские войска захватили 400 квадратных километров.", "ru"),
    ],
)
def test_a_figure_gained_is_still_an_area(text: str, lang: str) -> None:
    assert _kinds(text, lang) == ["area_change"], text


# ---- a capture boasted of, vowed or promised --------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In spring Moscow boasted of seizing Kolosky within weeks.", "en"),
        ("The commander vowed to retake Marivka before winter.", "en"),
        ("Russian officials promised to capture Zelena Dolyna by May.", "en"),
        ("Навесні окупанти хвалилися захопити Колоски за тиждень.", "uk"),
        ("Командир пообіцяв звільнити Марівку до зими.", "uk"),
        ("Російські чиновники обіцяли взяти Зелену Долину до травня.", "uk"),
        ("Весной Москва хвасталась взять Колоски за неделю.", "ru"),
        ("Командир пообещал освободить Марьевку до зимы.", "ru"),
        ("Российские чиновники обещали взять Зеленую Долину к маю.", "ru"),
    ],
)
def test_a_capture_promised_is_no_claim(text: str, lang: str) -> None:
    assert "settlement_control" not in _kinds(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The commander said his men had retaken Marivka on Monday.", "en"),
        ("Командир заявив, що його бійці звільнили Марівку.", "uk"),
        ("Командир заявил, что его бойцы освободили Марьевку.", "ru"),
    ],
)
def test_a_capture_reported_is_still_a_capture(text: str, lang: str) -> None:
    assert "settlement_control" in _kinds(text, lang), text


# ---- telling how the fighting goes ------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The commander told us how the fighting near Kolosky was going.", "en"),
        ("A medic described how the battles for Marivka unfolded.", "en"),
        ("The officer explained how fighting at Zelena Dolyna is organised.", "en"),
        ("Командир розповів, як тривають бої біля Колосків.", "uk"),
        ("Медик розповіла, як ідуть бої за Марівку.", "uk"),
        ("Офіцер пояснив, як тривають бої біля Зеленої Долини.", "uk"),
        ("Командир рассказал, как продвигаются бои под Колосками.", "ru"),
        ("Медик рассказала, как идут бои за Марьевку.", "ru"),
        ("Офицер объяснил, как ведутся бои у Зеленой Долины.", "ru"),
    ],
)
def test_telling_how_the_fighting_goes_is_no_claim(text: str, lang: str) -> None:
    assert "fighting" not in _kinds(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The commander told reporters that fighting near Kolosky continues.", "en"),
        ("Командир розповів, що бої біля Колосків тривають.", "uk"),
        ("Командир рассказал, что бои под Колосками продолжаются.", "ru"),
    ],
)
def test_fighting_told_as_fact_stays(text: str, lang: str) -> None:
    assert "fighting" in _kinds(text, lang), text


# ---- non-territorial objects: a suspect freed, a mood captured, a cup -------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A court in Kolosky freed the suspect on bail.", "en"),
        ("The story of Marivka captured the imagination of the country.", "en"),
        ("The museum in Kolosky was liberated from debt by a donor.", "en"),
        ("Суд у Колосках звільнив підозрюваного під заставу.", "uk"),
        ("Мешканців Марівки звільнили від сплати податків.", "uk"),
        ("Слідчі Колосків звільнили затриманого з-під варти.", "uk"),
        ("Суд в Колосках освободил подозреваемого под залог.", "ru"),
        ("Жителей Марьевки освободили от уплаты налогов.", "ru"),
        ("Следователи в Колосках освободили задержанного из-под стражи.", "ru"),
    ],
)
def test_people_or_moods_freed_are_no_ground(text: str, lang: str) -> None:
    assert _kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The club from Kolosky won the battle for the regional cup.", "en"),
        ("Near Marivka the parties fought a battle for votes.", "en"),
        ("The team from Kolosky lost the fight for the title.", "en"),
        ("Команда з Колосків виграла битву за кубок області.", "uk"),
        ("Партії в Марівці ведуть боротьбу за голоси виборців.", "uk"),
        ("Клуб з Колосків програв бій за титул.", "uk"),
        ("Команда из Колосков выиграла битву за кубок области.", "ru"),
        ("Партии в Марьевке ведут борьбу за голоса избирателей.", "ru"),
        ("Клуб из Колосков проиграл бой за титул.", "ru"),
    ],
)
def test_a_battle_for_a_cup_or_votes_is_no_fighting(text: str, lang: str) -> None:
    assert "fighting" not in _kinds(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian forces freed Kolosky, the general staff said.", "en"),
        ("Fierce battles for Marivka continued overnight.", "en"),
        ("Сили оборони звільнили Колоски, повідомив Генштаб.", "uk"),
        ("Запеклі бої за Марівку тривали всю ніч.", "uk"),
        ("ВСУ освободили Колоски, сообщил Генштаб.", "ru"),
        ("Ожесточенные бои за Марьевку шли всю ночь.", "ru"),
    ],
)
def test_a_town_freed_or_fought_for_still_counts(text: str, lang: str) -> None:
    assert _kinds(text, lang) != [], text


# ---- "the offensive continues", said with no place --------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Near Kolosky it was quiet. 'The offensive continues,' the general said.",
            "en",
        ),
        (
            "Marivka held. The counteroffensive goes on, the minister told reporters.",
            "en",
        ),
        ('Kolosky is calm. "Our offensive operation is continuing."', "en"),
        ("Біля Колосків тихо. «Наступ триває», — заявив командувач.", "uk"),
        ("Марівка стоїть. Контрнаступ продовжується, повідомив міністр.", "uk"),
        ("Колоски тримаються. «Наш наступ триває».", "uk"),
        ("Под Колосками тихо. «Наступление продолжается», — заявил генерал.", "ru"),
        ("В Марьевке тихо. Контрнаступление продолжается, сообщил министр.", "ru"),
        ("Колоски держатся. «Наше наступление идет».", "ru"),
    ],
)
def test_the_offensive_continues_said_bare_is_no_fighting(text: str, lang: str) -> None:
    assert "fighting" not in _kinds(text, lang), text


@pytest.mark.parametrize(
    "text",
    [
        "The offensive continues near Kolosky, the general staff said.",
        "The Russian offensive continues in the Marivka direction.",
        "The counteroffensive continues, with heavy fighting near Kolosky.",
    ],
)
def test_an_offensive_with_its_place_is_still_fighting(text: str) -> None:
    assert "fighting" in _kinds(text, "en"), text
