"""Session 36, Russian defect probe: phrasings of our own.

* a place given up told with the infinitive after a compulsion ("были
  вынуждены оставить X", "пришлось покинуть X") is a withdrawal, as
  "вынуждены отойти" and the Ukrainian "змушені залишити" were (lang ru
  MORE10 withdraw).
* a loss told as a noun in the prepositional ("заявил о потере X") is a
  withdrawal, as "признали потерю X" was; "потеряли" with a count is a loss of
  ground only before a word of ground or settlements ("три населённых
  пункта", "300 кв. км"), not men or arms ("40 военнослужащих у X"); a count
  of settlements with "ё" or in words a few words on is read (lang ru
  withdraw, _COUNT).
* the imperfective "оставлять" with a place ("ВСУ оставляют X", "не
  оставляли X") is a withdrawal, as "покидают" was (lang ru withdraw).
* a channel's «quoted» name before a colon ("«Два майора»: …") is the
  source, as the bare name ("Рыбарь: …") was (claimants._QUOTED_LABEL).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows, claimants


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("ВСУ были вынуждены оставить Угледар.", "RU", "Угледар"),
        ("Украинским войскам пришлось покинуть Невельское.", "RU", "Невельское"),
        ("Российский гарнизон вынужден был сдать Крынки.", "UA", "Крынки"),
    ],
)
def test_compelled_infinitive_is_a_withdrawal(
    text: str, gainer: str, place: str
) -> None:
    rows = claim_rows(text, "ru")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("settlement_control", gainer, [place])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ВСУ могут быть вынуждены оставить Угледар.",
        "Если ВСУ будут вынуждены оставить Угледар, фронт рухнет.",
    ],
)
def test_compelled_infinitive_ahead_is_no_claim(text: str) -> None:
    assert claim_rows(text, "ru") == []


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "ru",
            "«Два майора»: ВС РФ продвинулись в Кураховке на 500 метров.",
            "Два майора",
        ),
        ("ru", "«Рыбарь»: российские штурмовики вошли в Торецк.", "Рыбарь"),
        (
            "uk",
            "«Військовий вісник»: окупанти просунулися біля Торецька.",
            "Військовий вісник",
        ),
    ],
)
def test_quoted_channel_label_is_the_source(lang: str, text: str, who: str) -> None:
    assert claimants(text, lang) == [who]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("В ВСУ опровергли сообщения о потере Угледара.", True),
        ("Сырский заявил о потере контроля над Угледаром.", False),
        ("Генштаб ВСУ сообщил о потере Невельского.", False),
    ],
)
def test_loss_in_the_prepositional_is_a_withdrawal(text: str, negated: bool) -> None:
    rows = claim_rows(text, "ru")
    assert [(r[0], r[1], r[2]) for r in rows] == [("settlement_control", "RU", negated)]


@pytest.mark.parametrize(
    "text",
    [
        "За неделю ВСУ потеряли два населённых пункта.",
        "ВСУ потеряли за сутки три населённых пункта.",
        "ВСУ потеряли за неделю 5 населённых пунктов.",
    ],
)
def test_settlements_lost_counted(text: str) -> None:
    rows = claim_rows(text, "ru")
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("settlement_control", "RU", "settlement-count:withdraw")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "На Покровском направлении ВСУ потеряли 40 военнослужащих у Селидово.",
        "ВСУ потеряли 5 танков у Работина.",
        "Противник потерял за сутки два бронеавтомобиля под Торецком.",
    ],
)
def test_men_and_arms_lost_are_no_ground(text: str) -> None:
    assert [r for r in claim_rows(text, "ru") if r[0] == "settlement_control"] == []


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("ВСУ оставляют Угледар.", False),
        ("Украинская армия постепенно оставляет Невельское.", False),
        ("ВСУ не оставляли Угледар, заявил Сырский.", True),
    ],
)
def test_imperfective_leaving_is_a_withdrawal(text: str, negated: bool) -> None:
    rows = claim_rows(text, "ru")
    assert [(r[0], r[1], r[2]) for r in rows] == [("settlement_control", "RU", negated)]
