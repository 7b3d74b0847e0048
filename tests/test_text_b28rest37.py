"""Session 37, b28rest: blind28's wrong gainers, places, kinds and figures,
in general form.

Phrasings are our own; nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- every form of an English denial verb --------------------------------
# "Ukrainian sources dispute the capture of X": the capture denied is the
# other side's gain, whatever the verb's form.


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian sources dispute the capture of Synkivka.", "RU"),
        ("Ukrainian officials reject reports of the capture of Synkivka.", "RU"),
        ("Russian military bloggers refute the recapture of Krynky.", "UA"),
        ("Kyiv's commanders dismiss the reported fall of Synkivka.", "RU"),
    ],
)
def test_denial_verb_forms(text: str, gainer: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [(r[1], r[2]) for r in rows] == [(gainer, True)], rows


# --- a capture announced by a named speaker is the speaker's side's ------
# "Wagner claimed the capture of X" after a sentence about the other side's
# gain: the story's last actor does not decide an announcement.


@pytest.mark.parametrize(
    ("text", "language", "gainer"),
    [
        (
            "Ukrainian forces advanced 1 km near Bakhmut. On Saturday "
            "Prigozhin claimed the capture of the city.",
            "en",
            "RU",
        ),
        (
            "Russian forces advanced 1 km near Kupiansk. Zelensky on Monday "
            "announced the capture of Synkivka.",
            "en",
            "UA",
        ),
        (
            "Ukrainian troops pushed forward near Robotyne. Wagner's chief "
            "declared the complete capture of Bakhmut.",
            "en",
            "RU",
        ),
        (
            "ЗСУ просунулися на 1 км біля Бахмута. У Вагнері в суботу "
            "заявили про повне захоплення Бахмута.",
            "uk",
            "RU",
        ),
        (
            "ЗСУ просунулися на 1 км біля Бахмута. Пригожин заявив про взяття Бахмута.",
            "uk",
            "RU",
        ),
        (
            "ЗСУ просунулися на 1 км біля Бахмута. Сирський повідомив про "
            "захоплення Бахмута.",
            "uk",
            "RU",
        ),
        (
            "ВСУ продвинулись на 1 км у Бахмута. В «Вагнере» в субботу "
            "заявили о полном взятии города Бахмут.",
            "ru",
            "RU",
        ),
        (
            "ВСУ продвинулись на 1 км у Бахмута. Пригожин в субботу объявил "
            "о взятии Бахмута.",
            "ru",
            "RU",
        ),
        (
            "ВСУ продвинулись на 1 км у Бахмута. Пригожин доложил о захвате Бахмута.",
            "ru",
            "RU",
        ),
    ],
)
def test_announced_capture_is_the_speakers(
    text: str, language: str, gainer: str
) -> None:
    rows = [r for r in claim_rows(text, language) if r[0] == "settlement_control"]
    assert [(r[1], r[2]) for r in rows] == [(gainer, False)], rows


# --- a list of whole regions taken or left is one region-level claim ------
# "withdrew from the whole of Kyiv, Chernihiv and Sumy regions": an area
# change with no figure, not a settlement named "Kyiv".


@pytest.mark.parametrize(
    ("text", "language", "gainer"),
    [
        (
            "In April, Russian forces withdrew from the whole of Kyiv, "
            "Chernihiv and Sumy regions.",
            "en",
            "UA",
        ),
        (
            "By early April Russian troops had pulled out of the entire Kyiv "
            "and Chernihiv regions.",
            "en",
            "UA",
        ),
        (
            "Ukraine said on Saturday it had liberated the whole of Kyiv, "
            "Chernihiv, Sumy and Zhytomyr oblasts.",
            "en",
            "UA",
        ),
        (
            "На початку квітня окупанти повністю залишили Київську, "
            "Чернігівську та Сумську області.",
            "uk",
            "UA",
        ),
        (
            "ЗСУ звільнили всю територію Київської та Чернігівської областей.",
            "uk",
            "UA",
        ),
        (
            "Окупанти повністю захопили Луганську та Донецьку області.",
            "uk",
            "RU",
        ),
        (
            "В апреле российские войска полностью ушли из Киевской, "
            "Черниговской и Сумской областей.",
            "ru",
            "UA",
        ),
        ("ВСУ полностью освободили Киевскую и Черниговскую области.", "ru", "UA"),
        (
            "Российские войска полностью заняли Луганскую и Донецкую области.",
            "ru",
            "RU",
        ),
    ],
)
def test_list_of_whole_regions(text: str, language: str, gainer: str) -> None:
    rows = claim_rows(text, language)
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("area_change", gainer, rows[0][4])
    ], rows
    assert rows[0][4].startswith("area-region"), rows


# --- a republic taken as a whole is a region-level claim -----------------
# "об освобождении Луганской народной республики": an area change with no
# figure, not a settlement named "Луганской".


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia announced the capture of the LPR on Sunday.", "en"),
        ("Moscow's defence ministry reported the liberation of the DPR.", "en"),
        ("The Kremlin claimed the capture of the Luhansk People's Republic.", "en"),
        ("Шойгу доповів Путіну про звільнення Луганської народної республіки.", "uk"),
        ("У Москві оголосили про захоплення ЛНР.", "uk"),
        ("Пушилін заявив про повне звільнення ДНР.", "uk"),
        ("Шойгу доложил об освобождении Луганской народной республики.", "ru"),
        ("Минобороны России сообщило об освобождении ЛНР.", "ru"),
        ("Кремль объявил о взятии Донецкой народной республики.", "ru"),
    ],
)
def test_republic_is_region_level(text: str, language: str) -> None:
    rows = claim_rows(text, language)
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("area_change", "RU", "area-region:capture")
    ], rows
