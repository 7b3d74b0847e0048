"""Session 40, lane xplaces: places, gainers and running totals, from error
families shared by many read sets, each tested on phrasings of our own
(three per language where the family applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published="2025-03-10", language=lang)


# XPLACES40 (a): a side owning a claim noun about a capture ("Russian claims
# about the capture of X", "Інформацію російських пабліків про захоплення
# X") is the claimer: the capture denied after it is that side's gain, not
# the other side's (the side is no denier)
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Russian claims about the capture of Berestove are false, the "
            "brigade said.",
            "en",
            "RU",
        ),
        (
            "Kyiv's claims about the liberation of Berestove are a lie, the "
            "Russian ministry said.",
            "en",
            "UA",
        ),
        (
            "Ukrainian statements about the recapture of Dachne are untrue, "
            "the Russian command said.",
            "en",
            "UA",
        ),
        (
            "Інформацію російських пабліків про захоплення Берестового в "
            "DeepState не підтверджують.",
            "uk",
            "RU",
        ),
        (
            "Повідомлення російських каналів про взяття Дачного в Генштабі "
            "спростовують.",
            "uk",
            "RU",
        ),
        (
            "Заяви окупантів про захоплення Яблунівки в бригаді спростували.",
            "uk",
            "RU",
        ),
        (
            "Информацию украинских пабликов об освобождении Берестового в "
            "Минобороны России не подтверждают.",
            "ru",
            "UA",
        ),
        (
            "Сообщения российских каналов о взятии Дачного в ВСУ опровергают.",
            "ru",
            "RU",
        ),
        (
            "Заявления ВСУ об освобождении Яблоновки в штабе группировки не "
            "подтвердили.",
            "ru",
            "UA",
        ),
    ],
)
def test_claim_owner_is_the_gainer_denied(text: str, lang: str, gainer: str) -> None:
    claims = _claims(text, lang)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert claims[0].gainer == gainer
    assert claims[0].negated
