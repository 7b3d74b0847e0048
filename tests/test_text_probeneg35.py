"""Session 35, negation, hedging and background: defects on phrasings of our own."""

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    """The claims extracted from ``text``."""
    return extract_claims(text, published="2024-12-01", language=lang)


def test_a_year_before_1950_is_history() -> None:
    """'In 1943 ...' / 'у 1943 році' / 'в 1943 году' dates an event of history."""
    assert _claims("In 1943 Soviet troops liberated Kharkiv.", "en") == []
    assert _claims("У 1943 році Червона армія звільнила Харків.", "uk") == []
    assert _claims("Советские войска освободили Харьков в 1943 году.", "ru") == []
    [c] = _claims("У 2023 році ЗСУ звільнили Роботине.", "uk")
    assert c.period_text == "У 2023 році"
