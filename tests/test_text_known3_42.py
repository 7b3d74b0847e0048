"""Session 42, defects lane known42 left (lane known3): phrasings of our own,
three per language where the class applies.

* KNOWN3 (1): "By mid-month …", "до середини місяця", "к середине месяца"
  ended on publication (or took the whole month): a period kind
  ``by_mid_month`` ends on the 15th of the statement's month (of the month
  before when the statement is earlier than the 15th); after a day named in
  the sentence, the 1st to the 15th of that day's month.
* KNOWN3 (3): "Міноборони заявило, що війська захопили Степове і
  просунулися біля Зорівки" gave RU then UA: a verb joined by "і"/"and" to
  the first one's subject, with nothing but an object between, takes the
  side the first verb's own word told (context._shared_word_side; lang
  VERB_AND); a new subject after "а" keeps its own side.
* KNOWN3 (8): "bolstered by North Korean soldiers" gave the place "Korean":
  other nations' adjectives and peoples (lang/en FOREIGN_DEMONYMS, with
  plurals and "-made"-type compounds) are no places (toponyms._STOP).
* KNOWN3 (7): "Russian channels said that Kupiansk is ours" gave UA (a
  relayed voice tells no side, CLEN28): a relayed voice calling a place its
  own ("ours", "наш" closing its clause, no contrast word in the sentence)
  tells its own side (speakers._own_words).
* KNOWN3 (4): English "driven / forced / kicked from X" (no "out of") made
  no claim: a withdrawal trigger before "the region/town/village…" or a
  capitalised name (lang/en). "they" after "Kyiv's troops entered …" still
  takes the story's last actor (left).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2024, 10, 23)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "By mid-month Russian forces had taken Zorivka, the ministry said.",
            "en",
            "settlement_control",
        ),
        (
            "By the middle of the month Russian troops had captured Stepove.",
            "en",
            "settlement_control",
        ),
        (
            "By the middle of this month Ukrainian forces had advanced 3 km "
            "near Robotyne.",
            "en",
            "advance",
        ),
        (
            "До середини місяця російські війська захопили Степове.",
            "uk",
            "settlement_control",
        ),
        (
            "До середини цього місяця ЗСУ звільнили 40 квадратних кілометрів.",
            "uk",
            "area_change",
        ),
        ("Ворог до середини місяця просунувся біля Зорівки.", "uk", "advance"),
        (
            "К середине месяца российские войска заняли Степовое.",
            "ru",
            "settlement_control",
        ),
        (
            "К середине этого месяца ВСУ освободили 40 квадратных километров.",
            "ru",
            "area_change",
        ),
        (
            "Российские войска к середине месяца продвинулись у Зоровки.",
            "ru",
            "advance",
        ),
    ],
)
def test_by_mid_month_ends_on_the_15th(text: str, language: str, kind: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert [c.kind for c in claims] == [kind]
    assert claims[0].period_start is None
    assert claims[0].period_end == date(2024, 10, 15)


def test_by_mid_month_said_before_the_15th_is_the_month_before() -> None:
    claims = extract_claims(
        "By mid-month Russian forces had taken Zorivka, the ministry said.",
        published=date(2024, 10, 9),
        language="en",
    )
    assert [c.period_end for c in claims] == [date(2024, 9, 15)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ukrainian forces crossed into the Kursk region on August 6, and by "
            "mid-month they held about 1,000 square kilometres.",
            "en",
        ),
        (
            "6 серпня ЗСУ зайшли в Курську область; до середини місяця вони "
            "контролювали близько 1000 кв. км.",
            "uk",
        ),
        (
            "6 августа ВСУ зашли в Курскую область, а к середине месяца они "
            "контролировали около 1000 кв. км.",
            "ru",
        ),
    ],
)
def test_by_mid_month_after_a_day_is_that_month(text: str, language: str) -> None:
    claims = extract_claims(text, published=date(2024, 12, 31), language=language)
    held = [c for c in claims if c.kind == "area_change"]
    assert len(held) == 1
    assert held[0].area_km2 == 1000
    assert (held[0].period_start, held[0].period_end) == (
        date(2024, 8, 1),
        date(2024, 8, 15),
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Міноборони заявило, що війська захопили Степове і просунулися біля "
            "Зорівки.",
            "uk",
        ),
        (
            "У Міноборони повідомили, що війська окупували Степове та просунулися "
            "до Зорівки.",
            "uk",
        ),
        (
            "Генштаб повідомив, що війська захопили два села й просунулися на 2 км "
            "біля Зорівки.",
            "uk",
        ),
        (
            "The ministry said troops had occupied Stepove and advanced near Zorivka.",
            "en",
        ),
        (
            "According to the ministry, troops occupied two villages and then "
            "advanced towards Zorivka.",
            "en",
        ),
        (
            "The ministry said troops occupied Stepove and also pushed forward "
            "near Zorivka.",
            "en",
        ),
        (
            "Штаб заявил, что войска оккупировали Степовое и продвинулись у Зоровки.",
            "ru",
        ),
        (
            "В штабе сообщили, что войска оккупировали два села и продвинулись к "
            "Зоровке.",
            "ru",
        ),
        (
            "По данным штаба, войска оккупировали Степовое, а также продвинулись у "
            "Зоровки.",
            "ru",
        ),
    ],
)
def test_one_unnamed_side_for_both_verbs(text: str, language: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    kinds = sorted(c.kind for c in claims)
    assert "advance" in kinds
    assert any(k != "advance" for k in kinds)
    assert {c.gainer for c in claims} == {"RU"}


def test_a_new_subject_keeps_its_own_side() -> None:
    claims = extract_claims(
        "Окупанти захопили Степове, а ЗСУ просунулися біля Зорівки.",
        published=_PUB,
        language="uk",
    )
    assert sorted((c.kind, c.gainer) for c in claims) == [
        ("advance", "UA"),
        ("settlement_control", "RU"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces, bolstered by North Korean soldiers, advanced near Sudzha.",
        "Russian troops, supported by Iranian drones, pushed forward near Sudzha.",
        "Despite American-made shells, Russian forces advanced near Sudzha.",
        "Fighting involving Belarusian volunteers continued near Sudzha.",
    ],
)
def test_another_nations_adjective_is_no_place(text: str) -> None:
    claims = extract_claims(text, published=_PUB, language="en")
    assert claims
    assert [[p.name for p in c.places] for c in claims] == [["Sudzha"]]


@pytest.mark.parametrize(
    ("text", "language", "side"),
    [
        ("Russian channels said that Kupiansk is ours.", "en", "RU"),
        ("Kupiansk is ours, pro-Russian bloggers wrote.", "en", "RU"),
        ("Russian channels posted that Stepove is now ours.", "en", "RU"),
        ("Російські канали написали, що Купʼянськ наш.", "uk", "RU"),
        ("Російські воєнкори пишуть, що Степове вже наше.", "uk", "RU"),
        ("Російські пабліки повідомили: «Зорівка наша».", "uk", "RU"),
        ("Украинские каналы написали, что Купянск наш.", "ru", "UA"),
        ("Украинские паблики пишут, что Степовое уже наше.", "ru", "UA"),
        ("Российские каналы написали, что Купянск наш.", "ru", "RU"),
    ],
)
def test_a_relayed_voice_calling_a_place_ours(
    text: str, language: str, side: str
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert [(c.kind, c.gainer) for c in claims] == [("settlement_control", side)]


@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        (
            "Ukrainian forces were driven from Sudzha last week, the Russian "
            "ministry said.",
            "Sudzha",
            "RU",
        ),
        (
            "Russian troops were forced from the village of Stepove on Monday.",
            "Stepove",
            "UA",
        ),
        (
            "Ukrainian units were kicked from Plekhovo after heavy fighting.",
            "Plekhovo",
            "RU",
        ),
    ],
)
def test_driven_from_without_out_of(text: str, place: str, gainer: str) -> None:
    claims = extract_claims(text, published=_PUB, language="en")
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims] == [
        ("settlement_control", gainer, [place])
    ]


def test_driven_from_the_region_is_a_region_claim() -> None:
    claims = extract_claims(
        "Kyiv's troops entered the Kursk region in August. By March they had "
        "been driven from the region, Moscow said.",
        published=_PUB,
        language="en",
    )
    left = [c for c in claims if c.kind == "area_change"]
    assert [[p.name for p in c.places] for c in left] == [["Kursk region"]]
