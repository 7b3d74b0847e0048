"""One row per claim, for text tests that compare what a sentence gives; and
the claims told after a marker, for tests of a text's later sentences; and the
claimant of every claim, for tests of who speaks.

A row is ``(kind, gainer, negated, places, rule)``; the texts are dated
``PUB`` unless a test names another day. Nothing here reads ``../shared``.
"""

from __future__ import annotations

from datetime import date

from frontline.text.claims import extract_claims

Row = tuple[str, str | None, bool, list[str], str]
PUB = date(2024, 9, 12)


def claim_rows(text: str, language: str, published: date = PUB) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of ``text``."""
    return [
        (c.kind, c.gainer, c.negated, [p.name for p in c.places], c.extra["rule"])
        for c in extract_claims(text, published=published, language=language)
    ]


def claims_after(text: str, marker: str, language: str, published: date = PUB) -> list:
    """The claims of ``text`` that start at or after ``marker`` (at least one)."""
    at = text.index(marker)
    claims = [
        c
        for c in extract_claims(text, published=published, language=language)
        if c.char_start >= at
    ]
    assert claims, text
    return claims


def claimants(text: str, language: str, published: date = PUB) -> list[str | None]:
    """The claimant of every claim of ``text`` (at least one claim)."""
    claims = extract_claims(text, published=published, language=language)
    assert claims, text
    return [c.claimant for c in claims]
