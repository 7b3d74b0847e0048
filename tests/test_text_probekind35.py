"""Session 35, kinds, figures and gainers probe: phrasings of our own.

* a Ukrainian past tense in -в after its subject ("Ворог захопив X,
  повідомив Генштаб ЗСУ") is no opening gerund: the subject acts, not the
  body named after the comma (context._opening_participle).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ворог захопив село Новоселівка, повідомив Генштаб ЗСУ.", "RU"),
        ("Противник захопив Уманське, повідомило командування ЗСУ.", "RU"),
        ("Окупант захопив 5 кв. км, повідомив Генштаб Збройних сил України.", "RU"),
    ],
)
def test_subject_before_a_past_in_v_acts(text: str, gainer: str) -> None:
    rows = claim_rows(text, "uk")
    assert rows and {r[1] for r in rows} == {gainer}


def test_opening_gerund_still_reads_the_subject_after() -> None:
    rows = claim_rows("Взяв Авдеевку, российские войска продвинулись на запад.", "ru")
    assert rows and {r[1] for r in rows} == {"RU"}
