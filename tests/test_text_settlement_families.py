"""Settlement-control families seen missed on text no rule author read (issue 8).

Partial control held over a part of a settlement ("hold several blocks",
"частково контролює", "территория завода под контролем"), counts told
elliptically ("and another four in ..."), a clearing completed ("has been
fully cleared of Russian troops", "завершили зачистку"). Every sentence is
invented for the test (no dev, corpus or article text, no ``../shared``); each
family is tried in three phrasings of our own per language. Places are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)


def settlements(text: str, lang: str):
    return [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "settlement_control"
    ]


def names(claim) -> list[str]:
    return [p.name for p in claim.places]


# ---- a part of a settlement held ---------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "place", "gainer"),
    [
        (
            "en",
            "The fight for Dubrivka goes on. Russian troops hold a few blocks "
            "in the east, the brigade said.",
            "Dubrivka",
            "RU",
        ),
        (
            "en",
            "Zelenopil is contested. Ukrainian units still control certain "
            "industrial facilities there.",
            "Zelenopil",
            "UA",
        ),
        (
            "en",
            "Ukrainian officers said the Russians partially control Kalynove.",
            "Kalynove",
            "RU",
        ),
        (
            "uk",
            "Бої за Лугове тривають. Російські війська утримують кілька "
            "кварталів на сході.",
            "Лугове",
            "RU",
        ),
        (
            "uk",
            "Штурми тривають біля Зеленополя, яке ворог частково контролює.",
            "Зеленополя",
            "RU",
        ),
        (
            "uk",
            "Ситуація в Дубрівці складна. Сили оборони контролюють промзону "
            "на півночі.",
            "Дубрівці",
            "UA",
        ),
        (
            "ru",
            "Бои за Луговое продолжаются. ВСУ удерживают несколько кварталов в центре.",
            "Луговое",
            "UA",
        ),
        (
            "ru",
            "Калиновое, обстановка. Территория комбината полностью под "
            "контролем ВС РФ.",
            "Калиновое",
            "RU",
        ),
        (
            "ru",
            "Сражения идут у Зеленополя, которое ВСУ частично контролируют.",
            "Зеленополя",
            "UA",
        ),
    ],
)
def test_part_of_a_settlement_held(lang, text, place, gainer):
    held = [c for c in settlements(text, lang) if c.extra.get("holding")]
    assert held, text
    claim = held[-1]
    assert claim.extra.get("partial") is True
    assert place in names(claim)
    assert claim.gainer == gainer


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Dubrivka is quiet. Soldiers holding several blocks there spoke to us.",
        ),
        ("uk", "Російські війська контролюють частину терикона біля шахти."),
        ("ru", "ВСУ удерживают часть высоты у реки."),
    ],
)
def test_a_part_of_no_settlement_is_no_settlement_claim(lang, text):
    assert not [c for c in settlements(text, lang) if c.extra.get("holding")]
