"""Session 43, lane known44: defects earlier lanes left, each rule tested on
phrasings of our own (three per language where the form applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [
        (c.kind, c.gainer, c.negated)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# KNOWN44 (3): the noun "втрати" with a count of men or arms is no lost ground
@pytest.mark.parametrize(
    "text",
    [
        "Ворог зазнав втрати двох танків біля Зорівки.",
        "Росіяни зазнали втрати трьох гармат поблизу Липового.",
        "Окупанти визнали втрати п'яти бронемашин під Невським.",
    ],
)
def test_loss_of_arms_is_no_advance(text: str) -> None:
    assert _claims(text, "uk") == []


def test_lost_ground_with_a_count_stays() -> None:
    assert [c[:2] for c in _claims("Ворог втратив 30 кв. км біля Зорівки.", "uk")] == [
        ("area_change", "UA")
    ]


# KNOWN44 (2a): a congratulation on a liberation is the congratulator's side's
@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        ("Путін привітав військових з повним звільненням Зорівки.", "uk", "RU"),
        ("Шойгу привітав десантників зі звільненням Липового.", "uk", "RU"),
        (
            "Володимир Путін поздоровив армію зі звільненням Невського.",
            "uk",
            "RU",
        ),
        ("Сирський привітав бригаду зі звільненням Зорівки.", "uk", "UA"),
        ("Путин поздравил военных с освобождением Зоровки.", "ru", "RU"),
        ("Зеленский поздравил ВСУ с освобождением Липового.", "ru", "UA"),
    ],
)
def test_congratulator_side(text: str, lang: str, side: str) -> None:
    assert [c[:2] for c in _claims(text, lang)] == [("settlement_control", side)]


# KNOWN44 (2b): an advance noun's genitive agent right after it is whose
# advance it is, not the subject's who stopped it
@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        ("Бійці не допустили прориву окупантів до Липового.", "uk", "RU"),
        ("Захисники не допустили просування росіян до Зорівки.", "uk", "RU"),
        ("Прикордонники не допустили прориву загарбників до Невського.", "uk", "RU"),
        ("Бойцы не допустили прорыва ВСУ к Липовому.", "ru", "UA"),
        ("Десантники не допустили прорыва украинских войск к Зоровке.", "ru", "UA"),
        ("Мотострелки не допустили продвижения ВСУ к Невскому.", "ru", "UA"),
    ],
)
def test_advance_noun_genitive_agent(text: str, lang: str, side: str) -> None:
    assert _claims(text, lang) == [("advance", side, True)]


# KNOWN44 (1): two long words in scare quotes cut no clause (the place after
# the closing mark stays the capture's)
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Шойгу поздравил десантников с «окончательным освобождением» Зоровки.",
            "ru",
            "Зоровки",
        ),
        (
            "Путин поздравил армию с «окончательным освобождением» Невского.",
            "ru",
            "Невского",
        ),
        (
            "Герасимов поздравил штурмовиков с «окончательным освобождением» Липового.",
            "ru",
            "Липового",
        ),
        (
            "Шойгу привітав десантників з «остаточним звільненням» Зорівки.",
            "uk",
            "Зорівки",
        ),
        (
            "Путін привітав армію з «остаточним звільненням» Невського.",
            "uk",
            "Невського",
        ),
        (
            "Герасимов привітав штурмовиків з «остаточним звільненням» Липового.",
            "uk",
            "Липового",
        ),
    ],
)
def test_two_long_quoted_words(text: str, lang: str, place: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims] == [
        ("settlement_control", "RU", [place])
    ]


# KNOWN44 (4): a capital acting after a capture ("seized X, Kyiv lost …") is
# the side, no second place
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "After Russian troops seized Lypove, Kyiv lost its only bridgehead.",
            "en",
            "Lypove",
        ),
        (
            "After Moscow's troops took Nevske, Kyiv lost a key supply road.",
            "en",
            "Nevske",
        ),
        (
            "Russian units captured Zorivka, and Kyiv lost its last foothold.",
            "en",
            "Zorivka",
        ),
        (
            "Після того як росіяни захопили Липове, Київ втратив плацдарм.",
            "uk",
            "Липове",
        ),
        ("Росіяни захопили Невське, Київ втратив важливу дорогу.", "uk", "Невське"),
        ("Окупанти захопили Зорівку, Київ втратив опорний пункт.", "uk", "Зорівку"),
        (
            "После того как ВСУ освободили Липовое, Москва потеряла плацдарм.",
            "ru",
            "Липовое",
        ),
        ("ВСУ взяли Невское, Москва потеряла дорогу.", "ru", "Невское"),
        ("ВСУ освободили Зоровку, Москва потеряла опорный пункт.", "ru", "Зоровку"),
    ],
)
def test_capital_acting_is_no_place(text: str, lang: str, place: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [[p.name for p in c.places] for c in claims] == [[place]]
