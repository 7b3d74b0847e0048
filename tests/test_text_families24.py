"""Session 24, rules lane: claim families read from the errors of blind9 and
blind10, each tested in three phrasings of our own per language where it
applies (never a corpus sentence)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.model import Claim
from frontline.text.claims import extract_claims

PUB = date(2025, 9, 15)  # a Monday: the weekend before is 13-14 September


def _claims(text: str, published: date = PUB) -> list[Claim]:
    return extract_claims(text, published=published)


def _one(text: str, kind: str, published: date = PUB) -> Claim:
    found = [c for c in _claims(text, published) if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.quote) for c in _claims(text, published)]
    return found[0]


def _places(c: Claim) -> list[str]:
    return [p.name for p in c.places]


# --- a Russian group of forces named in quotes is Russia's side; the side
# after "вглубь"/"вглиб" is the defender, not the subject --------------------
@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Группировка «Запад» продвинулась вглубь обороны ВСУ и заняла "
            "село Петровка.",
            "Петровка",
        ),
        (
            "Подразделения группировки «Восток» прорвались вглубь обороны "
            "украинских войск и освободили Андреевку.",
            "Андреевку",
        ),
        (
            'Бойцы группировки "Днепр" продвинулись вглубь позиций ВСУ и '
            "взяли Малые Щербаки.",
            "Малые Щербаки",
        ),
    ],
)
def test_ru_quoted_group_of_forces_takes_for_russia(text: str, place: str) -> None:
    c = _one(text, "settlement_control")
    assert c.gainer == "RU"
    assert place in _places(c)


@pytest.mark.parametrize(
    "text",
    [
        "Штурмовики просунулися вглиб оборони ворога і зайняли Іванівку.",
        "Наші бійці просунулися вглиб позицій окупантів і звільнили Петрівку.",
        "Десантники продвинулись вглиб обороны противника и заняли Николаевку.",
    ],
)
def test_defender_after_deep_into_is_no_subject(text: str) -> None:
    c = _one(text, "settlement_control")
    lang_side = "RU" if "продвинулись" in text else "UA"
    assert c.gainer == lang_side


# --- positions held in parts of a town told together or by compass points --
@pytest.mark.parametrize(
    "text, side, place",
    [
        (
            "Ukrainian units still hold positions in the centre and west of Toretsk.",
            "UA",
            "Toretsk",
        ),
        ("Russian troops hold positions in the east of Siversk.", "RU", "Siversk"),
        (
            "Ukrainian forces still hold their positions in the north and the centre "
            "of Kurakhove.",
            "UA",
            "Kurakhove",
        ),
        (
            "Українські підрозділи утримують позиції в центрі та на заході Торецька.",
            "UA",
            "Торецька",
        ),
        ("Ворог утримує позиції на сході Сіверська.", "RU", "Сіверська"),
        (
            "Сили оборони утримують позиції на півночі й у центрі Курахового.",
            "UA",
            "Курахового",
        ),
        (
            "Украинские подразделения удерживают позиции в центре и на западе Торецка.",
            "UA",
            "Торецка",
        ),
        (
            "Российские штурмовики удерживают позиции на востоке Северска.",
            "RU",
            "Северска",
        ),
        (
            "Бойцы ВСУ удерживают позиции в северной части и в центре Курахово.",
            "UA",
            "Курахово",
        ),
    ],
)
def test_positions_in_parts_of_a_town(text: str, side: str, place: str) -> None:
    c = _one(text, "settlement_control")
    assert c.gainer == side
    assert place in _places(c)


# --- slurs for Ukraine's soldiers in a Russian channel name Ukraine ---------
@pytest.mark.parametrize(
    "text, gainer",
    [
        ("По словам бойца, хохлы удерживают ещё четверть Северска.", "UA"),
        ("Укропы отошли из Павловки под ударами наших штурмовиков.", "RU"),
        ("Всушники контролируют южную часть Торецка.", "UA"),
    ],
)
def test_ru_slurs_for_ukrainian_soldiers(text: str, gainer: str) -> None:
    c = _one(text, "settlement_control")
    assert c.gainer == gainer


# --- "we" acting on the very side it was taken for speaks for the other ------
@pytest.mark.parametrize(
    "text, gainer",
    [
        (
            "Last night our lads knocked the Ukrainians out of three trenches "
            "east of Stupochky.",
            "RU",
        ),
        (
            "Overnight our units drove the Ukrainians out of a tree line near "
            "Ivanivske.",
            "RU",
        ),
        (
            "Our assault groups drove the Russians out of two trenches near "
            "Klishchiivka.",
            "UA",
        ),
    ],
)
def test_we_against_its_own_side(text: str, gainer: str) -> None:
    c = _one(text, "advance")
    assert c.gainer == gainer


# --- a quarter of a unit more after the unit ---------------------------------
@pytest.mark.parametrize(
    "text, km",
    [
        ("Our troops advanced a kilometre and a quarter near Kamianske.", 1.25),
        ("Ukrainian units advanced two kilometres and a quarter near Orikhiv.", 2.25),
        ("Ukrainian troops advanced a mile and a quarter near Mala Tokmachka.", 2.01),
        ("Наші штурмовики просунулися на кілометр з чвертю біля Кам'янського.", 1.25),
        ("Підрозділи просунулися на три кілометри з чвертю біля Оріхова.", 3.25),
        ("Сили оборони просунулися на кілометр із чвертю біля Плавнів.", 1.25),
        ("Подразделения продвинулись на два километра с четвертью у Каменского.", 2.25),
        ("Штурмовики продвинулись на километр с четвертью у Степногорска.", 1.25),
        ("Войска продвинулись на пять километров с четвертью у Орехова.", 5.25),
    ],
)
def test_and_a_quarter(text: str, km: float) -> None:
    c = _one(text, "advance")
    assert c.distance_km == pytest.approx(km, abs=0.01)


# --- the front moved by a distance, no actor named --------------------------
@pytest.mark.parametrize(
    "text, km",
    [
        ("Near Siversk the front line shifted 2 km in places.", 2.0),
        ("West of Kurakhove the front moved by about 3 kilometres.", 3.0),
        ("Around Lyman the front shifted some 4 km over the month.", 4.0),
        ("Біля Сіверська лінія фронту змістилася місцями на 2 км.", 2.0),
        ("На захід від Курахового фронт зсунувся на 3 км.", 3.0),
        ("Біля Лимана фронт посунувся на 1,5 км.", 1.5),
        ("У Северска линия фронта сместилась местами на 2 км.", 2.0),
        ("Западнее Курахово фронт сдвинулся на 3–4 км.", 4.0),
        ("Под Лиманом фронт продвинулся на 1,5 км.", 1.5),
    ],
)
def test_front_moved_by_a_distance(text: str, km: float) -> None:
    c = _one(text, "advance")
    assert c.distance_km == pytest.approx(km)
    assert c.extra["rule"].startswith("advance")


# --- a weekend told with a durative preposition or as a tally's span --------
@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting went on throughout the weekend near Toretsk.",
        "Russian troops advanced across the past weekend near Siversk.",
        "Through the weekend Ukrainian forces repelled 30 attacks near Lyman.",
        "Упродовж вихідних тривали бої біля Торецька.",
        "Впродовж минулих вихідних ворог штурмував позиції біля Сіверська.",
        "За підсумками вихідних окупанти просунулися біля Лимана.",
        "В течение выходных шли бои у Торецка.",
        "По итогам выходных штурмовики продвинулись у Северска.",
        "На протяжении прошедших выходных ВСУ атаковали у Лимана.",
    ],
)
def test_weekend_span(text: str) -> None:
    c = next(c for c in _claims(text) if c.kind in ("fighting", "advance"))
    assert (c.period_start, c.period_end) == (date(2025, 9, 13), date(2025, 9, 14))


# --- a figure's clause putting ground under a side's control ----------------
@pytest.mark.parametrize(
    "text, gainer",
    [
        ("In total about 110,000 sq km remain under Russian control.", "RU"),
        ("Roughly 450 sq km of the region are still under Ukrainian control.", "UA"),
        ("Some 900 sq km have come under full Russian control since spring.", "RU"),
        ("Загалом під російським контролем опинилися понад 60 тисяч кв. км.", "RU"),
        ("Під контролем ЗСУ досі лишаються близько 450 кв. км.", "UA"),
        ("Під контролем ворога перебувають близько 110 тисяч кв. км.", "RU"),
        ("Под контролем ВСУ остаются около 450 кв. км территории.", "UA"),
        ("Всего под российским контролем оказались более 60 тысяч кв. км.", "RU"),
        ("Под полным контролем ВС РФ находятся около 900 кв. км.", "RU"),
    ],
)
def test_figure_under_control_of(text: str, gainer: str) -> None:
    c = _one(text, "area_change", date(2025, 1, 3))
    assert c.gainer == gainer


# --- flags in the plural; Russian sweeps of a place --------------------------
@pytest.mark.parametrize(
    "text, gainer",
    [
        ("Ukrainian flags now fly over Balakliia and Kupiansk.", "UA"),
        ("Russian flags were raised over Marinka and Pobieda.", "RU"),
        ("Ukrainian flags are flying over Vysokopillia again.", "UA"),
    ],
)
def test_flags_in_the_plural(text: str, gainer: str) -> None:
    c = _one(text, "settlement_control")
    assert c.gainer == gainer


@pytest.mark.parametrize(
    "text",
    [
        "В районе Глушковки продолжаются поисково-ударные действия.",
        "ВСУ ведут поисково-ударные действия в Мирнограде.",
        "В Купянске идут контрдиверсионные мероприятия.",
    ],
)
def test_ru_sweeps_are_fighting(text: str) -> None:
    c = _one(text, "fighting")
    assert c.places


# --- troops present in a town hold it ("our units are in X", real gold) -----
@pytest.mark.parametrize(
    "text, gainer",
    [
        ("Our units are in Siversk, the commander said.", "UA"),
        ("Ukrainian troops remain in the town of Toretsk.", "UA"),
        ("Ukrainian forces are still in Kupiansk, the spokesman said.", "UA"),
        ("Наші підрозділи вже в Балаклії.", "UA"),
        ("Українські війська досі в Торецьку.", "UA"),
        ("Наші воїни вже в Куп'янську.", "UA"),
        ("Наши подразделения уже в Угледаре.", "RU"),
        ("Российские войска уже в Торецке.", "RU"),
        ("Наши штурмовики уже в Курахово.", "RU"),
    ],
)
def test_troops_present_in_a_town(text: str, gainer: str) -> None:
    c = _one(text, "settlement_control")
    assert c.gainer == gainer
    assert c.places


# --- a day followed by a subordinate clause with a statement verb dates the
# event, not the statement ---------------------------------------------------
@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Ukrainian troops entered Vysokopillia on Friday after Russia said it "
            "had pulled out.",
            date(2025, 9, 12),
        ),
        (
            "Russian forces took Pishchane on Thursday before the ministry "
            "announced new gains.",
            date(2025, 9, 11),
        ),
        (
            "Ukrainian units retook Kozacha Lopan on Friday, when the command "
            "reported heavy losses.",
            date(2025, 9, 12),
        ),
        (
            "Українські війська увійшли у Високопілля в п'ятницю після того, як "
            "Росія заявила про відхід.",
            date(2025, 9, 12),
        ),
        (
            "Росіяни захопили Піщане в четвер, після того як Міноборони РФ "
            "повідомило про наступ.",
            date(2025, 9, 11),
        ),
        (
            "ЗСУ звільнили Козачу Лопань у п'ятницю, коли командування "
            "повідомило про втрати ворога.",
            date(2025, 9, 12),
        ),
        (
            "Российские войска вошли в Песчаное в четверг, после того как "
            "Минобороны объявило о наступлении.",
            date(2025, 9, 11),
        ),
        (
            "ВСУ заняли Высокополье в пятницу после того, как Москва заявила об "
            "отходе.",
            date(2025, 9, 12),
        ),
        (
            "Российские войска освободили Казачью Лопань в пятницу, когда "
            "командование сообщило о потерях ВСУ.",
            date(2025, 9, 12),
        ),
    ],
)
def test_day_before_a_subordinate_statement(text: str, day: date) -> None:
    c = _one(text, "settlement_control")
    assert (c.period_start, c.period_end) == (day, day)


# --- a person named again after another speaker keeps the day of the
# statement dated before --------------------------------------------------------
@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Valery Gerasimov told Vladimir Putin on Thursday that his troops "
            "had taken Pishchane. The Ukrainian command said its units held "
            "Kupiansk. Gerasimov also said Russian forces had captured Kamianka.",
            date(2025, 9, 11),
        ),
        (
            "Oleksandr Syrskyi said on Friday that Ukrainian units had retaken "
            "Pishchane. Russia's defence ministry denied it. Syrskyi also said "
            "his troops had liberated Kamianka.",
            date(2025, 9, 12),
        ),
        (
            "Denis Pushilin said on Thursday that Russian units had captured "
            "Pishchane. Kyiv's military said its troops held the town. Pushilin "
            "also said Russian forces had taken Kamianka.",
            date(2025, 9, 11),
        ),
        (
            "Олександр Сирський у п'ятницю заявив, що ЗСУ звільнили Піщане. "
            "Міноборони РФ це заперечило. Сирський також заявив, що українські "
            "війська звільнили Кам'янку.",
            date(2025, 9, 12),
        ),
        (
            "Валерій Герасимов у четвер доповів Путіну, що росіяни захопили "
            "Піщане. Угруповання «Північ» заявило, що це неправда. Герасимов "
            "також заявив, що російські війська захопили Кам'янку.",
            date(2025, 9, 11),
        ),
        (
            "Денис Пушилін у четвер заявив, що росіяни захопили Піщане. У ЗСУ "
            "це спростували. Пушилін також заявив, що російські війська "
            "захопили Кам'янку.",
            date(2025, 9, 11),
        ),
        (
            "Валерий Герасимов в четверг доложил Путину, что войска заняли "
            "Песчаное. В Генштабе ВСУ это опровергли. Герасимов также "
            "сообщил, что российские войска освободили Каменку.",
            date(2025, 9, 11),
        ),
        (
            "Александр Сырский в пятницу заявил, что ВСУ вернули Песчаное. В "
            "Минобороны РФ это опровергли. Сырский также заявил, что украинские "
            "войска освободили Каменку.",
            date(2025, 9, 12),
        ),
        (
            "Денис Пушилин в четверг заявил, что российские войска заняли "
            "Песчаное. В ВСУ это опровергли. Пушилин также сообщил, что "
            "российские войска освободили Каменку.",
            date(2025, 9, 11),
        ),
    ],
)
def test_person_named_again_keeps_the_day(text: str, day: date) -> None:
    last = [c for c in _claims(text) if c.kind == "settlement_control"][-1]
    assert any(p.startswith(("Kamianka", "Кам", "Камен")) for p in _places(last))
    assert last.period_end == day


# --- uk: ground returned told impersonally or in the present ------------------
@pytest.mark.parametrize(
    "text, count",
    [
        ("Загалом з початку операції повернуто вже понад 40 населених пунктів.", 40),
        ("За тиждень на Харківщині повернуто ще 12 сіл.", 12),
        ("Ми повертаємо Вовчанськ, кажуть у бригаді.", None),
    ],
)
def test_uk_returned_impersonally(text: str, count: int | None) -> None:
    c = _one(text, "settlement_control")
    assert c.gainer == "UA"
    if count is None:
        assert c.places
    else:
        assert c.extra.get("settlements_count") == count
