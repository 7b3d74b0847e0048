"""Session 35, negation, hedging and background: defects on phrasings of our own."""

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    """The claims extracted from ``text``."""
    return extract_claims(text, published="2024-12-01", language=lang)
