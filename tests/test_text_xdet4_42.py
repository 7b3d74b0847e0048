"""Session 42, lane xdet4: stalls, each rule tested on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-06-09"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], bool(c.negated))
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# uk impersonal "зупинено" after an advance noun: the advancing side's
# advance, negated (as ru "остановлено"; xdet3's unmeasured row)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Під Зорівкою наступ ворога зупинено.", "Зорівкою"),
        ("Просування ворога до Липового зупинено, заявив Сирський.", "Липового"),
        ("Біля Дубрівки просування окупантів зупинено.", "Дубрівки"),
    ],
)
def test_uk_an_advance_stopped_impersonally_is_negated(text: str, place: str) -> None:
    got = [c for c in _claims(text, "uk") if c[0] == "advance"]
    assert got == [("advance", "RU", [place], True)]


@pytest.mark.parametrize(
    "text",
    [
        "Рух поїздів через Зорівку зупинено.",
        "Постачання води до Липового зупинено.",
        "Роботу шахти біля Дубрівки зупинено.",
    ],
)
def test_uk_something_else_stopped_is_no_claim(text: str) -> None:
    assert _claims(text, "uk") == []
