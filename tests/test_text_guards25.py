"""Precision guards and field fixes of session 25 (lane: precision and
fields), each in three phrasings of our own per language where it applies
(never a corpus sentence).

* fighting named as the backdrop of a gain ("advanced near X amid continued
  offensive operations near Y") is the gain's setting: the gain stays, no
  fighting claim of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.rules.skips import skip_reason

PUB = date(2025, 3, 12)


def kinds(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.gainer) for c in extract_claims(text, published=PUB, language=lang)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        (
            "Russian forces advanced near Kurakhove amid continued offensive "
            "operations in the Kurakhove direction.",
            "advance",
            "RU",
        ),
        (
            "Russian troops took Hlyboke amid continued offensive operations "
            "near Lyman.",
            "settlement_control",
            "RU",
        ),
        (
            "Ukrainian units moved forward near Bilohorivka amid ongoing assault "
            "operations in the area.",
            "advance",
            "UA",
        ),
    ],
)
def test_backdrop_fighting_is_no_claim(text: str, kind: str, gainer: str) -> None:
    assert kinds(text, "en") == [(kind, gainer)]


def test_backdrop_skip_leaves_plain_operations() -> None:
    text = "Russian forces continued offensive operations near Kurakhove."
    assert kinds(text, "en") == [("fighting", None)]
    start = text.index("continued")
    assert skip_reason(text, start, start + 30, "fight", "en") is None
