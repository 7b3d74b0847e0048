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


def test_allegedly_and_unconfirmed_reports_hedge() -> None:
    """'нібито', 'якобы', 'по неподтверждённым данным', 'allegedly' hedge a claim."""
    [c] = _claims("Росіяни нібито захопили Курахове, але підтвердження немає.", "uk")
    assert c.hedged
    [c] = _claims("По неподтверждённым данным, армия России взяла Курахово.", "ru")
    assert c.hedged
    [c] = _claims("Russian forces allegedly captured Kurakhove on Sunday.", "en")
    assert c.hedged
    [c] = _claims("Russian forces captured Kurakhove on Sunday.", "en")
    assert not c.hedged


def test_a_ukrainian_plan_in_any_person_is_a_prospect() -> None:
    """'планує захопити', 'планували', 'має намір' are prospects, no claim."""
    assert _claims("Росія планує захопити Покровськ до кінця року.", "uk") == []
    assert _claims("Ворог планував оточити Курахове ще восени.", "uk") == []
    assert _claims("Ворог має намір захопити Часів Яр найближчим часом.", "uk") == []
    [c] = _claims("Російські війська захопили Часів Яр, визнав речник.", "uk")
    assert c.gainer == "RU"


def test_residents_freed_with_no_town_named_free_no_ground() -> None:
    """'Поліцейські звільнили жителів села' made the subject a place."""
    assert _claims("Поліцейські звільнили жителів села від окупантів.", "uk") == []
    assert _claims("Рятувальники звільнили мешканців будинку від ворога.", "uk") == []
    assert _claims("Полицейские освободили жителей села от оккупантов.", "ru") == []
    [c] = _claims("ЗСУ звільнили жителів Херсона від окупації.", "uk")
    assert c.places[0].name == "Херсона"
