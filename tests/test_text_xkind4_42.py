"""Session 42, lane xkind4: kinds and holdings left by xkind3, each rule tested
on phrasings of our own (three per language where the rule applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _kinds(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], c.negated)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# XKIND4-42 (a): an English past "controlled" holding a share or the whole of a
# town in a "that" clause further on in a reported sentence is the status
# reported (backshifted), and a holding verb after a plain "and" shares the
# subject of the verb before it
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The general told the president on Monday that Pokrovsk had been "
            "taken and that Russian troops controlled more than 60% of Myrnohrad.",
            "Myrnohrad",
        ),
        (
            "Kadyrov had claimed late on Sunday that Russian fighters controlled "
            "the whole of Chasiv Yar.",
            "Chasiv Yar",
        ),
        (
            "Moscow claimed on Friday that Russian units had broken through near "
            "Pokrovsk and controlled 70% of Kostiantynivka.",
            "Kostiantynivka",
        ),
    ],
)
def test_reported_past_share_held(text: str, place: str) -> None:
    got = _kinds(text, "en")
    assert ("settlement_control", "RU", [place], False) in got


@pytest.mark.parametrize(
    "text",
    [
        # a time sets the past back: no status
        "By then Russian units controlled more than 60% of Toretsk, the analysts said.",
        # a narrative past with no reported "that" clause
        "In 2022 Russian forces controlled much of Kherson, the mayor said.",
        "Russian troops controlled most of Lyman for months before the autumn.",
    ],
)
def test_past_control_without_report_stays(text: str) -> None:
    assert not any(k == "settlement_control" for k, *_ in _kinds(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "The general said Russian troops had taken Toretsk and controlled "
            "more than 80% of Vovchansk.",
            "en",
            "RU",
            "Vovchansk",
        ),
        (
            "Kyiv said Ukrainian troops repelled the assault and still control "
            "about 90% of Kupiansk.",
            "en",
            "UA",
            "Kupiansk",
        ),
        (
            "Officials told reporters that Russian forces had crossed the river "
            "and controlled most of Siversk.",
            "en",
            "RU",
            "Siversk",
        ),
        ("Сили оборони відбили штурм і утримують Куп'янськ.", "uk", "UA", "Куп'янськ"),
        (
            "Російські війська прорвалися біля Покровська й контролюють Селидове.",
            "uk",
            "RU",
            "Селидове",
        ),
        (
            "Українські підрозділи відійшли на нові позиції та утримують Сіверськ.",
            "uk",
            "UA",
            "Сіверськ",
        ),
        ("ВСУ отбили атаку и удерживают Купянск.", "ru", "UA", "Купянск"),
        (
            "Российские войска прорвались у Покровска и контролируют Селидово.",
            "ru",
            "RU",
            "Селидово",
        ),
        (
            "Украинские подразделения отошли на новые позиции и удерживают Северск.",
            "ru",
            "UA",
            "Северск",
        ),
    ],
)
def test_hold_shares_subject_after_and(
    text: str, lang: str, gainer: str, place: str
) -> None:
    got = _kinds(text, lang)
    assert any(
        k == "settlement_control" and g == gainer and place in p and not n
        for k, g, p, n in got
    ), got


# XKIND4-42 (b): a Russian unit by its own name ("«Ахмат»", "«Вагнер»",
# "Akhmat") holding a town with no side word is Russia's holding
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Kadyrov said Akhmat now controls more than 60% of Chasiv Yar.",
            "en",
            "Chasiv Yar",
        ),
        (
            "According to Kadyrov, Akhmat holds the eastern part of Toretsk.",
            "en",
            "Toretsk",
        ),
        (
            "Akhmat still controls most of Vovchansk, Kadyrov claimed.",
            "en",
            "Vovchansk",
        ),
        (
            "«Ахмат» контролює понад 60% Часового Яру, заявив Кадиров.",
            "uk",
            "Часового Яру",
        ),
        (
            "Кадиров заявив, що «Ахмат» утримує східну частину Торецька.",
            "uk",
            "Торецька",
        ),
        ("Часів Яр утримує «Ахмат», стверджує Кадиров.", "uk", "Часів Яр"),
        (
            "«Ахмат» контролирует более 60% Часова Яра, заявил Кадыров.",
            "ru",
            "Часова Яра",
        ),
        (
            "По словам Пригожина, «Вагнер» удерживает северную часть Бахмута.",
            "ru",
            "Бахмута",
        ),
        (
            "Кадыров заявил, что «Ахмат» контролирует большую часть Волчанска.",
            "ru",
            "Волчанска",
        ),
    ],
)
def test_named_russian_unit_holds(text: str, lang: str, place: str) -> None:
    got = _kinds(text, lang)
    assert ("settlement_control", "RU", [place], False) in got, got
