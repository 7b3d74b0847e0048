"""Wire-style phrasings of captures, advances and fighting (own sentences).

Each family is stated in three phrasings per language where it applies; none
of them comes from a scored corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 3, 14)


def _records(text: str, lang: str) -> list[dict]:
    return [
        claim_to_record(c)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


def _kinds(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (r["kind"], r["gainer"], [p["name"] for p in r["places"]])
        for r in _records(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        ("Moscow's troops are edging closer to the town of Dovhenke.", "en",
         "RU", "Dovhenke"),
        ("The Russian army inched nearer to Zarichne this week.", "en",
         "RU", "Zarichne"),
        ("Ukrainian units crept closer to Holubivka, the brigade said.", "en",
         "UA", "Holubivka"),
        ("Kyiv's marines widened their bridgehead near Kozachi Laheri.", "en",
         "UA", "Kozachi Laheri"),
        ("Russian forces extended the salient around Ocheretyne.", "en",
         "RU", "Ocheretyne"),
        ("Russian assault groups broke into the outskirts of Siversk.", "en",
         "RU", "Siversk"),
        ("Russian troops have broken into Kurakhove, a Ukrainian officer said.",
         "en", "RU", "Kurakhove"),
        ("Окупанти наблизилися до Гуляйполя, повідомив речник.", "uk",
         "RU", "Гуляйполя"),
        ("Російські підрозділи впритул підійшли до Сіверська.", "uk",
         "RU", "Сіверська"),
        ("Ворожі штурмовики увірвалися на околиці Курахового.", "uk",
         "RU", "Курахового"),
        ("Російські війська вдерлися до Торецька.", "uk", "RU", "Торецька"),
        ("Российские войска вплотную подошли к Гуляйполю.", "ru",
         "RU", "Гуляйполю"),
        ("Штурмовые группы ВС РФ приблизились к Северску.", "ru",
         "RU", "Северску"),
        ("Российские подразделения ворвались на окраины Курахово.", "ru",
         "RU", "Курахово"),
    ],
)
def test_creeping_closer_widening_and_breaking_in_are_advances(
    text: str, lang: str, gainer: str, place: str
) -> None:
    got = _kinds(text, lang)
    assert ("advance", gainer, [place]) in got, got


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Ukrainian troops have been battling Russian forces in Toretsk.",
         "en", "Toretsk"),
        ("Russian soldiers battled Ukrainian defenders near Siversk.",
         "en", "Siversk"),
        ("Kyiv's army is battling for control of Chasiv Yar.", "en",
         "Chasiv Yar"),
    ],
)
def test_battling_somewhere_is_fighting(text: str, lang: str, place: str) -> None:
    got = _kinds(text, lang)
    assert [k for k in got if k[0] == "fighting"] == [("fighting", None, [place])]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Российские войска взяли Дзержинск, заявили в Минобороны.", "ru",
         "Дзержинск"),
        ("Штурмовики уже взяли село Ивановка.", "ru", "Ивановка"),
        ("ВСУ взяли населенный пункт Малиновка.", "ru", "Малиновка"),
        ("Окупанти взяли Лиман, визнав речник.", "uk", "Лиман"),
        ("Росіяни вже взяли село Іванівка.", "uk", "Іванівка"),
        ("Сили оборони взяли селище Малинівка.", "uk", "Малинівка"),
    ],
)
def test_a_bare_took_with_a_place_is_a_capture(
    text: str, lang: str, place: str
) -> None:
    got = [k for k in _kinds(text, lang) if k[0] == "settlement_control"]
    assert len(got) == 1 and got[0][2] == [place], got
