"""Missed and spurious claims from blind28's error classes, session 37 (lane
b28miss): own phrasings only, three per language; nothing here reads
``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published=PUB, language=lang)


# --- a count or a place still "under occupation": held by the occupier -----
@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Some 28 settlements in the district remain under Russian occupation.",
            "en",
            28,
        ),
        ("Twelve villages of the community are still under occupation.", "en", 12),
        ("About 40 villages were still under occupation, the governor said.", "en", 40),
        ("Під окупацією залишаються 28 населених пунктів області.", "uk", 28),
        ("Нині 12 сіл громади досі перебувають під окупацією.", "uk", 12),
        ("Під російською окупацією лишаються ще 40 сіл району.", "uk", 40),
        ("Под оккупацией остаются 28 населенных пунктов области.", "ru", 28),
        ("Двенадцать сел района до сих пор находятся под оккупацией.", "ru", 12),
        ("Еще 40 сел района остаются под временной оккупацией.", "ru", 40),
    ],
)
def test_count_under_occupation_is_held_by_the_occupier(text, lang, count):
    (c,) = _claims(text, lang)
    assert c.kind == "settlement_control"
    assert c.gainer == "RU"
    assert c.extra.get("settlements_count") == count
    assert c.cumulative is True


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oleshky remains under occupation.", "en"),
        ("Під окупацією досі лишаються Олешки.", "uk"),
        ("Алешки до сих пор находятся под оккупацией.", "ru"),
    ],
)
def test_town_under_occupation_is_held_by_the_occupier(text, lang):
    (c,) = _claims(text, lang)
    assert c.kind == "settlement_control"
    assert c.gainer == "RU"


# --- a forecast, a hope or a goal is no claim; a pace that "holds" holds no
# ground (a figure a modal governs is not read as a free figure either) ------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian forces could take another 1,000 sq km by the end of June "
            "if the current pace holds.",
            "en",
        ),
        ("Kyiv hoped to recover 9,000 sq km this year.", "en"),
        (
            'Officials said they expected to "complete the liberation" of the '
            "Luhansk region this year.",
            "en",
        ),
        (
            "Якщо темп збережеться, до кінця червня росіяни можуть захопити ще "
            "1000 кв. км.",
            "uk",
        ),
        ("Міністерство сподівалося звільнити 9000 кв. км цього року.", "uk"),
        ("Росіяни сподіваються захопити ще 500 кв. км до осені.", "uk"),
        ("Летом ВС РФ попытаются продвинуться к Краматорску и Славянску.", "ru"),
        ("Министерство надеялось освободить 9000 кв. км в этом году.", "ru"),
        (
            "Командование надеется «завершить освобождение» Донецкой области к осени.",
            "ru",
        ),
    ],
)
def test_forecast_or_hope_is_no_claim(text, lang):
    assert _claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "kind", "gainer"),
    [
        (
            "Ukrainian troops are holding the town of Siversk.",
            "en",
            "settlement_control",
            "UA",
        ),
        (
            "Russian forces took 30 sq km near Pokrovsk last week.",
            "en",
            "area_change",
            "RU",
        ),
        ("Росіяни захопили 30 кв. км біля Покровська.", "uk", "area_change", "RU"),
        ("Российские войска заняли 30 кв. км у Покровска.", "ru", "area_change", "RU"),
    ],
)
def test_done_gain_still_read(text, lang, kind, gainer):
    (c,) = _claims(text, lang)
    assert (c.kind, c.gainer) == (kind, gainer)


# --- an editor's correction note names an event, it tells no claim ----------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Editor's note: this piece was corrected on March 5 to fix the date "
            "of Lastochkyne's capture.",
            "en",
        ),
        (
            "This article has been updated to reflect the date of the Russian "
            "capture of Avdiivka.",
            "en",
        ),
        ("The story was amended to correct the date of Krynky's liberation.", "en"),
        ("У тексті виправлено дату звільнення Роботиного.", "uk"),
        ("Виправлення: уточнено дату захоплення Авдіївки.", "uk"),
        ("Редакція виправила дату окупації Бахмута.", "uk"),
        ("В тексте исправлена дата взятия Авдеевки.", "ru"),
        ("Уточнена дата освобождения Работино.", "ru"),
        ("Редакция исправила дату захвата Бахмута.", "ru"),
    ],
)
def test_correction_note_is_no_claim(text, lang):
    assert _claims(text, lang) == []
