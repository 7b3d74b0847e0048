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


def test_people_freed_from_ruins_free_no_ground() -> None:
    """Rescuers freeing residents from rubble is no liberation of the town."""
    assert (
        _claims("Rescuers freed residents trapped under the rubble in Kharkiv.", "en")
        == []
    )
    assert (
        _claims(
            "Надзвичайники звільнили мешканців будинку в Харкові з-під завалів.", "uk"
        )
        == []
    )
    assert (
        _claims(
            "Спасатели освободили пациентов больницы в Курске из-под обломков.", "ru"
        )
        == []
    )
    [c] = _claims("Ukrainian troops liberated Kharkiv's last suburb, Tsyrkuny.", "en")
    assert c.gainer == "UA"
