"""Session 43, blind34's fields (lane b34fld): phrasings of our own, three
per language where the class applies.

* B34FLD43 (1): a stretch of the front named by its two ends joined by a
  spaced dash ("на ділянці Торське – Ямполівка", "на участке A — B — C",
  "along the A - B line") was cut into two clauses at the dash, so a claim
  kept only the last end as its place: the dash joins (clauses._section_ends,
  lang SECTION_BEFORE / SECTION_AFTER).
* B34FLD43 (2): a hedge before the front's figure ("по фронту близько 4 км")
  left the depth unread (rules/advance._FIGURE_NEXT).
* B34FLD43 (3): the noun of a denied claim read as a speech verb, its side
  adjective as the speaker ("Ворожі заяви про захоплення X не відповідають
  дійсності, наголосили у Генштабі" → "Ворожі"; "Russian claims of the
  capture of X are false, the General Staff said" → "Russian"): the denier
  who closes the sentence speaks (claimants._UK_VERBS "заяви\\w+", lang en
  SPEECH_VERBS "claims" not before "of"/"about").
* B34FLD43 (4): a count of attacks on a direction with its places after
  ", including near" ("40 attacks on the Pokrovsk direction, including near
  A and B") was cut at the comma, the claim left with no place (English; the
  Ukrainian "зокрема" and Russian "в том числе" already held, tested as
  guards): clauses._INCLUDING_NEAR.
* B34FLD43 (5): the last places of a list of where fighting goes on, after
  a comma, "and" and a preposition of nearness, closing the sentence ("Бої
  тривають у X, на заводі, та поблизу A і B.") were cut off as a clause of
  their own (clauses._AND_NEAR_TAIL, lang PAIR_NEAR).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 9, 1)
# a sentence before the report's, so that the report is no lede
OPENER = {
    "uk": "Ситуація на фронті залишається складною.",
    "ru": "Ситуация на фронте остается сложной.",
}


def _names(claim) -> list[str]:
    return [p.name for p in claim.places]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "places"),
    [
        (
            "uk",
            "На ділянці Торське – Ямполівка тривають запеклі бої.",
            "fighting",
            ["Торське", "Ямполівка"],
        ),
        (
            "uk",
            "Ворог штурмує наші позиції на ділянці Кам'янка – Нове Мажарове.",
            "fighting",
            ["Кам'янка", "Нове Мажарове"],
        ),
        (
            "uk",
            "Противник просунувся на 2 км на ділянці Лиман – Серебрянка.",
            "advance",
            ["Лиман", "Серебрянка"],
        ),
        (
            "ru",
            "На участке Торское — Ямполовка продолжаются ожесточенные бои.",
            "fighting",
            ["Торское", "Ямполовка"],
        ),
        (
            "ru",
            "Противник атаковал на линии Клещеевка — Курдюмовка — Андреевка.",
            "fighting",
            ["Клещеевка", "Курдюмовка", "Андреевка"],
        ),
        (
            "ru",
            "ВСУ продвинулись на 1,5 км на участке Работино — Вербовое.",
            "advance",
            ["Работино", "Вербовое"],
        ),
        (
            "en",
            "Heavy fighting continues on the Torske - Yampolivka section.",
            "fighting",
            ["Torske", "Yampolivka"],
        ),
        (
            "en",
            "Russian troops attacked along the Kupiansk – Borova line on Monday.",
            "fighting",
            ["Kupiansk", "Borova"],
        ),
        (
            "en",
            "Ukrainian forces advanced 2 km on the Robotyne - Verbove stretch.",
            "advance",
            ["Robotyne", "Verbove"],
        ),
    ],
)
def test_section_named_by_its_ends_keeps_both(
    lang: str, text: str, kind: str, places: list[str]
) -> None:
    claims = [
        c for c in extract_claims(text, published=PUB, language=lang) if c.kind == kind
    ]
    assert claims, text
    assert _names(claims[0]) == places


@pytest.mark.parametrize(
    ("lang", "text", "depth", "width"),
    [
        (
            "uk",
            "Ворог вклинився на глибину до 2 км по фронту близько 5 км біля Торського.",
            2.0,
            5.0,
        ),
        (
            "uk",
            "Наші війська просунулися на 1 км по фронту майже 3 км біля Кліщіївки.",
            1.0,
            3.0,
        ),
        (
            "uk",
            "Окупанти просунулися на 800 м по фронту приблизно 2 км під Ямполівкою.",
            0.8,
            2.0,
        ),
        (
            "ru",
            "Противник вклинился на глубину до 2 км по фронту около 5 км у Торского.",
            2.0,
            5.0,
        ),
        (
            "ru",
            "ВСУ продвинулись на 1 км по фронту почти 3 км у Клещеевки.",
            1.0,
            3.0,
        ),
        (
            "ru",
            "Войска продвинулись на 3 км по фронту примерно 6 км западнее Курдюмовки.",
            3.0,
            6.0,
        ),
    ],
)
def test_hedged_front_width_keeps_the_depth(
    lang: str, text: str, depth: float, width: float
) -> None:
    """B34FLD43 (2): a hedge before the front's figure ("по фронту близько 4
    км") left the depth unread (rules/advance._FIGURE_NEXT)."""
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "advance"
    ]
    assert claims, text
    assert claims[0].distance_km == depth
    assert claim_to_record(claims[0])["front_width_km"] == width


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Ворожі заяви про захоплення Торського не відповідають дійсності, "
            "наголосили в Генштабі.",
            "Генштабі",
        ),
        (
            "uk",
            "Російські заяви про взяття Ямполівки неправдиві, заявив речник "
            "Віктор Трегубов.",
            "Трегубов",
        ),
        (
            "uk",
            "Заяви окупантів про захоплення Серебрянки — фейк, повідомили в "
            "бригаді «Рубіж».",
            "«Рубіж»",
        ),
        (
            "ru",
            "Российские заявления о захвате Торского не соответствуют "
            "действительности, подчеркнули в Генштабе ВСУ.",
            "ВСУ",
        ),
        (
            "ru",
            "Заявления противника о взятии Ямполовки — неправда, сообщил "
            "представитель бригады Иван Петренко.",
            "Петренко",
        ),
        (
            "ru",
            "В штабе группировки опровергли заявления о занятии Серебрянки.",
            "группировки",
        ),
        (
            "en",
            "Russian claims of the capture of Torske are false, the General "
            "Staff stressed.",
            "Staff",
        ),
        (
            "en",
            "Moscow's claims about the fall of Yampolivka are untrue, Ukraine's "
            "army said on Monday.",
            "army",
        ),
        (
            "en",
            "Enemy claims of the capture of Serebrianka are untrue, a brigade "
            "spokesman told reporters.",
            "spokesman",
        ),
    ],
)
def test_denier_speaks_not_the_claims_side(lang: str, text: str, claimant: str) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "settlement_control"
    ]
    assert claims, text
    assert claims[0].negated
    assert (claims[0].claimant or "").split()[-1] == claimant


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Наші воїни за минулу добу просунулися на 300 метрів біля Торського, "
            "повідомили в Генштабі. Ворожі заяви про захоплення Ямполівки не "
            "відповідають дійсності, наголосили в Генштабі.",
        ),
        (
            "uk",
            "Бригада за добу відбила шість атак поблизу Серебрянки, повідомив "
            "речник. Російські заяви про взяття Серебрянки — неправда, додав "
            "речник.",
        ),
        (
            "uk",
            "ЗСУ за добу просунулися на 1 км біля Кліщіївки, повідомив Генштаб. "
            "Заяви окупантів про захоплення Андріївки не відповідають дійсності, "
            "наголосив Генштаб.",
        ),
        (
            "ru",
            "ВСУ за сутки продвинулись на 300 метров у Торского, сообщили в "
            "Генштабе ВСУ. Заявления противника о захвате Ямполовки не "
            "соответствуют действительности, подчеркнули в Генштабе ВСУ.",
        ),
        (
            "ru",
            "Бригада за сутки отбила шесть атак у Серебрянки, сообщил "
            "представитель бригады. Российские заявления о взятии Серебрянки не "
            "соответствуют действительности, добавил он.",
        ),
        (
            "ru",
            "ВСУ за сутки продвинулись на 1 км у Клещеевки, сообщил Генштаб. "
            "Заявления оккупантов о захвате Андреевки — неправда, подчеркнул "
            "Генштаб.",
        ),
    ],
)
def test_denied_claim_keeps_no_report_day(lang: str, text: str) -> None:
    """B34FLD43 (3): the denial of the other side's claim ("Ворожі заяви про
    захоплення X не відповідають дійсності") takes no day from the report
    before it (dating._inherited, _CLAIM_ABOUT). English has the same
    class but its day comes by another path (left)."""
    pub = date(2025, 5, 20)
    text = OPENER[lang] + " " + text
    denied = [
        c
        for c in extract_claims(text, published=pub, language=lang)
        if c.kind == "settlement_control"
    ]
    assert denied, text
    assert denied[0].negated
    assert denied[0].period_start is None
    assert denied[0].period_end == pub


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "The General Staff reported 40 Russian attacks on the Pokrovsk "
            "direction on Friday, including near Malynivka and Udachne.",
            ["Malynivka", "Udachne"],
        ),
        (
            "en",
            "Ukrainian troops repelled 12 assaults on the Lyman axis over the past "
            "day, including around Torske, Yampolivka and Serebrianka.",
            ["Torske", "Yampolivka", "Serebrianka"],
        ),
        (
            "en",
            "Russian forces attacked 15 times in the Kupiansk sector, including "
            "close to Synkivka and Petropavlivka.",
            ["Synkivka", "Petropavlivka"],
        ),
        (
            "uk",
            "Сили оборони відбили 12 атак на Лиманському напрямку, зокрема в "
            "районі Торського та Ямполівки.",
            ["Торського", "Ямполівки"],
        ),
        (
            "uk",
            "Генштаб повідомив про 40 атак на Покровському напрямку, в тому числі "
            "біля Малинівки та Удачного.",
            ["Малинівки", "Удачного"],
        ),
        (
            "uk",
            "Ворог 15 разів атакував на Куп'янському напрямку, зокрема поблизу "
            "Синьківки та Петропавлівки.",
            ["Синьківки", "Петропавлівки"],
        ),
        (
            "ru",
            "Противник 40 раз атаковал на Покровском направлении, в том числе у "
            "Малиновки и Удачного.",
            ["Малиновки", "Удачного"],
        ),
        (
            "ru",
            "ВСУ отразили 12 атак на Лиманском направлении, в том числе в районе "
            "Торского и Ямполовки.",
            ["Торского", "Ямполовки"],
        ),
        (
            "ru",
            "Противник 15 раз атаковал на Купянском направлении, в частности "
            "возле Синьковки и Петропавловки.",
            ["Синьковки", "Петропавловки"],
        ),
    ],
)
def test_direction_count_keeps_its_places(
    lang: str, text: str, places: list[str]
) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "fighting"
    ]
    assert claims, text
    assert _names(claims[0]) == places


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "uk",
            "Бої тривають на околицях Торського, у лісосмузі, та поблизу "
            "Ямполівки і Серебрянки.",
            ["Торського", "Ямполівки", "Серебрянки"],
        ),
        (
            "uk",
            "Запеклі бої йдуть у центрі Часового Яру, та в районі Кліщіївки.",
            ["Часового Яру", "Кліщіївки"],
        ),
        (
            "uk",
            "Ворог атакує у Кіндрашівці, на залізниці, і біля Синьківки та "
            "Петропавлівки.",
            ["Кіндрашівці", "Синьківки", "Петропавлівки"],
        ),
        (
            "ru",
            "Бои идут на окраинах Торского, в лесополосе, а также возле "
            "Ямполовки и Серебрянки.",
            ["Торского", "Ямполовки", "Серебрянки"],
        ),
        (
            "ru",
            "Ожесточенные бои идут в центре Часова Яра, и в районе Клещеевки.",
            ["Часова Яра", "Клещеевки"],
        ),
        (
            "ru",
            "Противник атакует в Кондрашовке, на железной дороге, и около "
            "Синьковки и Петропавловки.",
            ["Кондрашовке", "Синьковки", "Петропавловки"],
        ),
        (
            "en",
            "Fighting continues on the outskirts of Torske, in a tree line, and "
            "near Yampolivka and Serebrianka.",
            ["Torske", "Yampolivka", "Serebrianka"],
        ),
        (
            "en",
            "Heavy fighting is under way in central Chasiv Yar, and around "
            "Klishchiivka.",
            ["Chasiv Yar", "Klishchiivka"],
        ),
        (
            "en",
            "Russian troops are attacking in Kindrashivka, along the railway, and "
            "close to Synkivka and Petropavlivka.",
            ["Kindrashivka", "Synkivka", "Petropavlivka"],
        ),
    ],
)
def test_fighting_list_keeps_its_last_places(
    lang: str, text: str, places: list[str]
) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "fighting"
    ]
    assert claims, text
    assert _names(claims[0]) == places
