"""Session 25, recall lane: trigger families for gold claims the extractor
missed (EN25R, UK25R, RU25R), each in three phrasings of our own per language
where it applies (never a corpus sentence)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.model import Claim
from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 9, 15)


def _one(text: str, kind: str, lang: str) -> Claim:
    claims = extract_claims(text, published=PUB, language=lang)
    found = [c for c in claims if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.quote) for c in claims]
    return found[0]


def _places(c: Claim) -> list[str]:
    return [p.name for p in c.places]


def _none(text: str, lang: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert claims == [], [(c.kind, c.quote) for c in claims]


# --- a town's fall told in a relative clause, after an apposition, or of
# several places at once: the loss of the side that held it -----------------
@pytest.mark.parametrize(
    "text, place",
    [
        ("Kurakhove, which fell in January, is now a Russian supply hub.", "Kurakhove"),
        (
            "Marinka, the industrial town that held out for a year, fell in "
            "November after weeks of shelling.",
            "Marinka",
        ),
        ("Vuhledar, the mining town on a hill, fell in October.", "Vuhledar"),
    ],
)
def test_en_fall_in_a_relative_clause(text: str, place: str) -> None:
    c = _one(text, "settlement_control", "en")
    assert _places(c) == [place]
    assert claim_to_record(c)["gainer"] == "RU"
    assert c.extra["rule"] == "settlement:withdraw"


@pytest.mark.parametrize(
    "text",
    [
        "Four villages fell during the past week, the ministry said.",
        "Two more settlements fell over the weekend.",
        "Three hamlets fell within days of the breakthrough.",
    ],
)
def test_en_places_fell_as_a_count(text: str) -> None:
    c = _one(text, "settlement_control", "en")
    assert not c.negated


def test_en_figure_in_a_relative_clause_is_no_fall() -> None:
    _none("Prices, which fell in March, rose again in May.", "en")


# --- a town cleared, named right after the verb -----------------------------
@pytest.mark.parametrize(
    "text, place",
    [
        ("Ukrainian forces cleared Dolynka on Monday.", "Dolynka"),
        ("Our stormtroopers finally cleared Hryhorivka after a week.", "Hryhorivka"),
        ("The marines cleared Pishchane, the brigade reported.", "Pishchane"),
    ],
)
def test_en_cleared_a_named_town(text: str, place: str) -> None:
    c = _one(text, "settlement_control", "en")
    assert _places(c) == [place]
    assert claim_to_record(c)["gainer"] == "UA"


# --- a grey zone told with "still", a contraction or "remains" --------------
@pytest.mark.parametrize(
    "text, place",
    [
        ("The southern part of Novoselivka is still a grey zone.", "Novoselivka"),
        ("Soldiers say it's a grey zone now around Bilohorivka.", "Bilohorivka"),
        ("The eastern edge of Stupochky remains a grey zone.", "Stupochky"),
    ],
)
def test_en_grey_zone_still(text: str, place: str) -> None:
    c = _one(text, "fighting", "en")
    assert _places(c) == [place]
    assert c.gainer is None


# --- ru/uk: troops taken out of a town, the present and imperfective forms,
# and the exit as a noun -----------------------------------------------------
@pytest.mark.parametrize(
    "text, place, gainer",
    [
        ("Гарнизон отводят из Торецка на новые рубежи.", "Торецка", "UA"),
        ("ВСУ выводят войска из Красногоровки.", "Красногоровки", "RU"),
        (
            "Командование подтвердило выход подразделений из Марьинки.",
            "Марьинки",
            "UA",
        ),
    ],
)
def test_ru_troops_taken_out(text: str, place: str, gainer: str) -> None:
    c = _one(text, "settlement_control", "ru")
    assert _places(c) == [place]
    assert claim_to_record(c)["gainer"] == gainer
    assert c.extra["rule"] == "settlement:withdraw"


def test_ru_disabled_is_no_withdrawal() -> None:
    _none("Удары выводят из строя технику противника.", "ru")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Гарнізон відводять з Торецька на нові рубежі.", "Торецька"),
        ("Наші підрозділи поступово відводили техніку з Вугледара.", "Вугледара"),
        ("Командування виводить бригаду з Мирнограда.", "Мирнограда"),
    ],
)
def test_uk_troops_taken_out(text: str, place: str) -> None:
    c = _one(text, "settlement_control", "uk")
    assert _places(c) == [place]
    assert claim_to_record(c)["gainer"] == "RU"


# --- a place back under a side's control (uk) -------------------------------
@pytest.mark.parametrize(
    "text, place",
    [
        ("Херсон повертається під контроль України.", "Херсон"),
        ("Після боїв Вовчанськ повернувся під контроль ЗСУ.", "Вовчанськ"),
        ("Кринки повертаються під контроль ЗСУ.", "Кринки"),
    ],
)
def test_uk_back_under_control(text: str, place: str) -> None:
    c = _one(text, "settlement_control", "uk")
    assert _places(c) == [place]
    assert claim_to_record(c)["gainer"] == "UA"


# --- a clearing still going on: fighting at the place -----------------------
@pytest.mark.parametrize(
    "text, place, lang",
    [
        ("В селе Нескучное продолжаются зачистки.", "Нескучное", "ru"),
        ("Зачистка Красногоровки продолжается.", "Красногоровки", "ru"),
        ("В Курахово все ещё идут зачистки, зачистка идёт в центре.", "Курахово", "ru"),
        ("У Красногорівці тривають зачистки.", "Красногорівці", "uk"),
        ("Зачистка Сватового триває третій день.", "Сватового", "uk"),
        ("У селі Олешня продовжуються зачистки.", "Олешня", "uk"),
    ],
)
def test_clearing_goes_on(text: str, place: str, lang: str) -> None:
    c = _one(text, "fighting", lang)
    assert place in _places(c)


# --- ru: a way out toward a place tried is an attack, not a retreat ---------
@pytest.mark.parametrize(
    "text, place",
    [
        ("Противник пытался выйти к Новомихайловке.", "Новомихайловке"),
        ("Штурмовые группы дважды пытались прорваться к Зарічному.", "Зарічному"),
        ("ВСУ пытаются выйти на окраины Тёткино.", "Тёткино"),
    ],
)
def test_ru_tried_to_get_to(text: str, place: str) -> None:
    c = _one(text, "fighting", "ru")
    assert place in _places(c)


# --- the claim just made denied by a verb before its pronoun or noun: a
# negated copy of that claim ------------------------------------------------
@pytest.mark.parametrize(
    "text, place, lang",
    [
        (
            "Росіяни заявили про захоплення Курахового. Речник ЗСУ заперечив це.",
            "Курахового",
            "uk",
        ),
        (
            "Окупанти заявили, що взяли Часів Яр. Командування заперечило ці "
            "твердження.",
            "Часів Яр",
            "uk",
        ),
        (
            "Ворог повідомив про захоплення Торецька. Генштаб відкинув цю заяву.",
            "Торецька",
            "uk",
        ),
        (
            "Киев заявил, что ВСУ освободили Работино. Пушилин опроверг эти "
            "утверждения.",
            "Работино",
            "ru",
        ),
        (
            "Минобороны заявило о взятии Купянска. Украинская сторона отвергла "
            "эти заявления.",
            "Купянска",
            "ru",
        ),
        (
            "Противник сообщил о захвате Крынок. Командование отрицает это.",
            "Крынок",
            "ru",
        ),
        (
            "Russia said its troops had captured Krynky. Ukraine's army called "
            'the claim "not true".',
            "Krynky",
            "en",
        ),
        (
            "Moscow said it had taken Robotyne. Kyiv called the report not true.",
            "Robotyne",
            "en",
        ),
        (
            "Russian bloggers wrote that Pishchane had fallen. The brigade called "
            "the claims not true.",
            "Pishchane",
            "en",
        ),
    ],
)
def test_denied_back(text: str, place: str, lang: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    told = [c for c in claims if c.kind == "settlement_control" and not c.negated]
    denied = [c for c in claims if c.kind == "settlement_control" and c.negated]
    assert len(told) == 1 and len(denied) == 1, [(c.quote, c.negated) for c in claims]
    assert _places(denied[0]) == [place]
    assert denied[0].gainer == told[0].gainer


# --- a count told on for another time, noun and verb left out ---------------
@pytest.mark.parametrize(
    "text, lang, first, second, gainer",
    [
        (
            "ВСУ освободили 12 сел, а с начала операции — более 40.",
            "ru",
            12,
            40,
            "UA",
        ),
        (
            "В мае под контроль ВС РФ перешли 29 населенных пунктов, а с начала "
            "года — свыше 150.",
            "ru",
            29,
            150,
            "RU",
        ),
        (
            "За травень росіяни захопили 20 населених пунктів, а від початку "
            "року — понад 140.",
            "uk",
            20,
            140,
            "RU",
        ),
        (
            "Сили оборони звільнили 6 сіл, з початку контрнаступу — 31.",
            "uk",
            6,
            31,
            "UA",
        ),
        (
            "Russian forces captured 29 villages in May, and since January — over 150.",
            "en",
            29,
            150,
            "RU",
        ),
        (
            "Ukraine liberated 8 settlements last week, and since the start of "
            "the counteroffensive — 70.",
            "en",
            8,
            70,
            "UA",
        ),
    ],
)
def test_elided_count(
    text: str, lang: str, first: int, second: int, gainer: str
) -> None:
    claims = [
        claim_to_record(c) for c in extract_claims(text, published=PUB, language=lang)
    ]
    counts = sorted(r.get("settlements_count") for r in claims)
    assert counts == sorted([first, second]), claims
    assert {r["gainer"] for r in claims} == {gainer}
    later = next(r for r in claims if r.get("settlements_count") == second)
    assert later["cumulative"]


def test_elided_count_needs_its_dash() -> None:
    claims = extract_claims(
        "ВСУ освободили 12 сел, а с начала операции потери врага выросли.",
        published=PUB,
        language="ru",
    )
    assert [c.extra.get("settlements_count") for c in claims] == [12]


# --- a push told with "a further", "an additional" or a range ---------------
@pytest.mark.parametrize(
    "text, gainer, km, place",
    [
        (
            "Ukrainian forces pushed a further 1 to 3 kilometres into the Kursk "
            "region over the past day.",
            "UA",
            3.0,
            "Kursk region",
        ),
        (
            "Russian troops pushed between 1 and 3 kilometres toward Pokrovsk.",
            "RU",
            3.0,
            "Pokrovsk",
        ),
        (
            "Russian troops pressed a further 2 km toward Kurakhove.",
            "RU",
            2.0,
            "Kurakhove",
        ),
        ("Ukrainian units pressed 3 km south of Robotyne.", "UA", 3.0, "Robotyne"),
    ],
)
def test_en_push_a_further_distance(
    text: str, gainer: str, km: float, place: str
) -> None:
    r = claim_to_record(_one(text, "advance", "en"))
    assert (r["gainer"], r["distance_km"]) == (gainer, km)
    assert [p["name"] for p in r["places"]] == [place]


def test_en_pressed_talks_is_no_advance() -> None:
    _none("Russia pressed further talks with Kyiv.", "en")


# --- ru: control set up, told as a noun ------------------------------------
@pytest.mark.parametrize(
    "text, place, gainer",
    [
        ("Об установлении контроля над Бахмутом объявил Пригожин.", "Бахмутом", "RU"),
        (
            "Минобороны сообщило об установлении полного контроля над Марьинкой.",
            "Марьинкой",
            "RU",
        ),
        ("ВСУ заявили об установлении контроля над Работино.", "Работино", "UA"),
    ],
)
def test_ru_control_set_up_noun(text: str, place: str, gainer: str) -> None:
    r = claim_to_record(_one(text, "settlement_control", "ru"))
    assert [p["name"] for p in r["places"]] == [place]
    assert r["gainer"] == gainer


# --- en: a creeping try at a place, assaults told as "coming at" it ---------
@pytest.mark.parametrize(
    "text, place",
    [
        (
            "The enemy has been trying to crawl toward Huliaipole for a week.",
            "Huliaipole",
        ),
        (
            "Small Russian groups tried to sneak into Kostiantynivka at night.",
            "Kostiantynivka",
        ),
        ("They keep attempting to inch closer to Siversk.", "Siversk"),
        ("The Russians came at Kurakhove three times on Monday.", "Kurakhove"),
        ("They keep coming at our positions near Siversk.", "Siversk"),
        ("Russian infantry came at Bilohorivka again and again.", "Bilohorivka"),
    ],
)
def test_en_creeping_try_and_coming_at(text: str, place: str) -> None:
    c = _one(text, "fighting", "en")
    assert _places(c) == [place]


def test_en_come_at_a_person_is_no_fight() -> None:
    _none("Come at me, he said.", "en")
