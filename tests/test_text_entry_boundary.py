"""The advance/settlement boundary (rules/advance.py ``_entered``), three
phrasings of our own per language.

Entering or breaking into a named settlement (English), or a part of one (en,
uk, ru), is control of that part (settlement_control, partial, the entering
side gains) and no advance; movement toward, near or west of it stays an
advance. No corpus text is read here.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 4, 9)


def _kinds(text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [
        (c.kind, c.gainer, bool(c.extra.get("partial")))
        for c in extract_claims(text, published=DAY, language=lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("en", "Ukrainian paratroopers entered Hlybochok late on Monday.", "UA"),
        ("en", "Russian infantry broke into the village of Zelena Dolyna.", "RU"),
        (
            "en",
            "Russian troops have entered the western quarters of Bilohirka, the "
            "brigade said.",
            "RU",
        ),
        ("uk", "Українські бійці увійшли в промзону Глибочка у понеділок.", "UA"),
        ("uk", "Окупанти увірвалися в північну частину Зеленої Долини.", "RU"),
        ("uk", "Росіяни зайшли в західні квартали Білогірки.", "RU"),
        ("ru", "Украинские десантники вошли в промзону Глубочка в понедельник.", "UA"),
        ("ru", "Российская пехота ворвалась в северную часть Зеленой Долины.", "RU"),
        ("ru", "Штурмовики ВС РФ зашли в западные кварталы Белогорки.", "RU"),
    ],
)
def test_an_entry_into_a_named_settlement_is_control_in_part(
    lang: str, text: str, gainer: str
) -> None:
    assert _kinds(text, lang) == [("settlement_control", gainer, True)], text


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("en", "Russian forces advanced toward Hlybochok on Monday.", "RU"),
        ("en", "Ukrainian units pushed forward west of Zelena Dolyna.", "UA"),
        ("en", "Russian troops made gains near Bilohirka this week.", "RU"),
        ("uk", "Російські війська просунулися в напрямку Глибочка.", "RU"),
        ("uk", "Українські підрозділи просунулися на захід від Зеленої Долини.", "UA"),
        ("uk", "Окупанти просунулися поблизу Білогірки.", "RU"),
        ("ru", "Российские войска продвинулись в направлении Глубочка.", "RU"),
        ("ru", "ВСУ продвинулись западнее Зеленой Долины.", "UA"),
        ("ru", "Российские подразделения продвинулись у Белогорки.", "RU"),
    ],
)
def test_movement_toward_or_near_a_settlement_stays_an_advance(
    lang: str, text: str, gainer: str
) -> None:
    assert _kinds(text, lang) == [("advance", gainer, False)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # someone else's word, a region, a pronoun: no settlement entered
        ("en", 'Pro-Kremlin bloggers said Ukrainian units had "entered" Hlybochok.'),
        ("en", "Ukrainian troops entered the Belgorod region overnight."),
        ("uk", "ЗСУ увійшли в Бєлгородську область уночі."),
        ("ru", "ВСУ вошли в Белгородскую область ночью."),
    ],
)
def test_an_entry_that_takes_no_settlement_is_no_control(lang: str, text: str) -> None:
    assert "settlement_control" not in [k for k, _, _ in _kinds(text, lang)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian troops broke into Hlybochok but were driven back by dusk."),
        ("uk", "Окупанти увірвалися в Глибочок, але були відкинуті."),
        ("ru", "Российская пехота ворвалась в Глубочок, но была отброшена."),
    ],
)
def test_a_town_entry_undone_is_fighting(lang: str, text: str) -> None:
    assert [k for k, _, _ in _kinds(text, lang)] == ["fighting"], text


# ---- leaving a named town for new lines: control of the town (B) -----------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kyiv ordered troops to withdraw from the eastern town of "
            "Hlybochok and fall back to more favourable lines.",
        ),
        (
            "en",
            "Ukrainian units pulled out of the small village of Zelena Dolyna "
            "to prepared positions.",
        ),
        (
            "en",
            "The brigade withdrew from the frontline town of Bilohirka to new "
            "defensive lines.",
        ),
        (
            "uk",
            "Українські підрозділи вийшли з міста Глибочок на більш вигідні рубежі.",
        ),
        (
            "uk",
            "Сили оборони відійшли з невеликого села Зелена Долина на "
            "підготовлені позиції.",
        ),
        ("uk", "Бригада вийшла з Білогірки на нові позиції."),
        (
            "ru",
            "Украинские подразделения вышли из города Глубочок на более "
            "выгодные рубежи.",
        ),
        (
            "ru",
            "ВСУ отошли из небольшого села Зеленая Долина на подготовленные позиции.",
        ),
        ("ru", "Украинская бригада вышла из Белогорки на новые позиции."),
    ],
)
def test_leaving_a_named_town_for_new_lines_is_control(lang: str, text: str) -> None:
    assert ("settlement_control", "RU", False) in _kinds(text, lang), text
    assert "advance" not in [k for k, _, _ in _kinds(text, lang)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian troops retreated to new positions west of Hlybochok."),
        ("uk", "Українські війська відійшли на нові позиції західніше Глибочка."),
        ("ru", "Украинские войска отошли на новые позиции западнее Глубочка."),
    ],
)
def test_a_retreat_to_lines_near_a_town_stays_an_advance(lang: str, text: str) -> None:
    assert [k for k, _, _ in _kinds(text, lang)] == ["advance"], text
