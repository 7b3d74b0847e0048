"""Session 37, leftknown: defects the known lane found and left open,
reproduced on phrasings of our own.

* a map project's marking with "як"/"как" ("DeepState позначив X як
  окуповану", "обозначил X как оккупированную") made no claim (English
  "marked X as occupied" did): the participle after "як/как" is a status given
  to the place before it, no noun after it (triggers._slavic_as_status; lang
  uk/ru AS_STATUS_BEFORE, AS_STATUS_NEXT, AS_STATUS_NEAR; uk AS_STATUS_WORDS,
  since uk "окуповану" was no trigger). The ground near a place ("територію
  біля X як окуповану") stays no settlement, as in English. English "as fully
  occupied" (an adverb after "as") made none either (triggers._AS_END,
  settlement.targets._AS_END).
* "Аналитики DeepState также отметили …", "Аналітики ISW зазначають …" kept
  the head noun in the name: "аналітик/аналитик" is a role word as "експерт"
  was (lang uk/ru ROLE_STEMS_MORE); "Аналітики проєкту DeepState позначили …"
  named no one (lang uk/ru MAP_SOURCE_HEADS).
* "поздравил военных с Днём защитника Отечества и с освобождением X" gave
  gainer UA: "защитник" is a Ukrainian side word, but not in Russia's holiday
  "защитника Отечества" (sides._UA_UK).
"""

from __future__ import annotations

import pytest
from claim_rows import PUB, claimants

from frontline.text.claims import extract_claims


def _settlements(text: str, language: str) -> list[tuple[str | None, list[str]]]:
    """(gainer, places) of every settlement claim of ``text``."""
    return [
        (c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=language)
        if c.kind == "settlement_control"
    ]


@pytest.mark.parametrize(
    ("text", "language", "gainer", "place"),
    [
        ("DeepState позначив Новогродівку як окуповану.", "uk", "RU", "Новогродівку"),
        (
            "Аналітики DeepState позначили Гродівку як повністю окуповану.",
            "uk",
            "RU",
            "Гродівку",
        ),
        (
            "Мапа DeepState показує Селидове як окуповане росіянами.",
            "uk",
            "RU",
            "Селидове",
        ),
        (
            "DeepState обозначил Новогродовку как оккупированную.",
            "ru",
            "RU",
            "Новогродовку",
        ),
        (
            "Также DeepState обозначил Гродовку как полностью оккупированную.",
            "ru",
            "RU",
            "Гродовку",
        ),
        (
            "Аналитики DeepState отметили Селидово как оккупированное российскими "
            "войсками.",
            "ru",
            "RU",
            "Селидово",
        ),
        ("DeepState marked Novohrodivka as occupied.", "en", "RU", "Novohrodivka"),
        (
            "The DeepState map now shows Hrodivka as fully occupied.",
            "en",
            "RU",
            "Hrodivka",
        ),
        (
            "DeepState marked Selydove as occupied by Russian forces.",
            "en",
            "RU",
            "Selydove",
        ),
    ],
)
def test_a_map_marking_is_a_settlement_claim(
    text: str, language: str, gainer: str, place: str
) -> None:
    assert _settlements(text, language) == [(gainer, [place])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Мапа DeepState показує територію біля Гродівки як окуповану.", "uk"),
        ("Карта DeepState показывает район возле Гродовки как оккупированный.", "ru"),
        ("DeepState marked the area near Hrodivka as occupied.", "en"),
        (
            "Такі населені пункти, як окуповані Мирноград та Покровськ, лишаються "
            "під обстрілами.",
            "uk",
        ),
    ],
)
def test_ground_near_a_place_marked_is_no_settlement(text: str, language: str) -> None:
    assert _settlements(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Аналитики DeepState также отметили, что российские войска захватили "
            "Новогродовку.",
            "ru",
            "DeepState",
        ),
        ("Аналитики ISW заявили, что ВС РФ взяли Гродовку.", "ru", "ISW"),
        (
            "Аналитики проекта DeepState отметили Селидово как оккупированное.",
            "ru",
            "DeepState",
        ),
        ("Аналітики ISW зазначають, що росіяни захопили Селидове.", "uk", "ISW"),
        (
            "Аналітики DeepState повідомили, що окупанти захопили Гродівку.",
            "uk",
            "DeepState",
        ),
        (
            "Аналітики проєкту DeepState позначили Селидове як окуповане росіянами.",
            "uk",
            "DeepState",
        ),
        ("ISW analysts said Russian forces captured Selydove.", "en", "ISW"),
        ("Analysts at DeepState said Russian forces took Hrodivka.", "en", "DeepState"),
        (
            "DeepState analysts also noted that Russia captured Hrodivka.",
            "en",
            "DeepState",
        ),
    ],
)
def test_analysts_are_no_part_of_the_name(text: str, language: str, name: str) -> None:
    assert claimants(text, language) == [name]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Путин поздравил военных с Днём защитника Отечества и с освобождением "
            "Авдеевки.",
            "Авдеевки",
        ),
        (
            "Шойгу поздравил бойцов с Днем защитника Отечества и с освобождением "
            "Марьинки.",
            "Марьинки",
        ),
        (
            "Министр поздравил военнослужащих с Днём защитников Отечества и с "
            "освобождением Угледара.",
            "Угледара",
        ),
    ],
)
def test_defenders_day_is_no_ukrainian_side(text: str, place: str) -> None:
    assert _settlements(text, "ru") == [("RU", [place])]
