"""Session 39, kinds: claims found with the wrong kind, in phrasings of our
own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

MAY = date(2024, 5, 1)

# two regions named as a list right after a capture verb are regions taken
# (CONVENTIONS: region-level liberation is area_change, area null)
_REGION_LIST = [
    ("en", "We freed the Kharkiv and Kherson regions."),
    ("en", "Ukrainian forces liberated the Kyiv and Chernihiv oblasts last spring."),
    ("en", "Our troops retook the Sumy and Zhytomyr regions."),
    ("uk", "ЗСУ звільнили Харківську та Херсонську області."),
    ("uk", "Наші війська визволили Київську і Чернігівську області."),
    ("uk", "Армія звільнила Сумську й Житомирську області."),
    ("ru", "ВСУ освободили Харьковскую и Херсонскую области."),
    ("ru", "ВСУ полностью вернули Киевскую и Черниговскую области."),
    ("ru", "Украинские войска освободили Сумскую и Житомирскую области."),
]


@pytest.mark.parametrize(("lang", "text"), _REGION_LIST)
def test_region_list_is_area(lang: str, text: str) -> None:
    claims = extract_claims(text, published=MAY, language=lang)
    assert [c.kind for c in claims] == ["area_change"]
    assert claims[0].gainer == "UA"
    assert claims[0].area_km2 is None


# towns in the regions, or a part of them, stay what they were
_NOT_REGION = [
    ("en", "Ukrainian forces liberated villages in the Kharkiv and Kherson regions."),
]


# XANAPHOR241: a part of two regions is what a part of one is (the region
# share rule's area_change): "Харківської" before "та Херсонської областей"
# is a region now, no settlement taken
def test_region_list_part_as_one_region_part() -> None:
    one = "ЗСУ звільнили частину Харківської області."
    two = "ЗСУ звільнили частину Харківської та Херсонської областей."
    kinds = [
        [c.kind for c in extract_claims(t, published=MAY, language="uk")]
        for t in (one, two)
    ]
    assert kinds[0] == kinds[1] == ["area_change"]


@pytest.mark.parametrize(("lang", "text"), _NOT_REGION)
def test_region_list_part_stays(lang: str, text: str) -> None:
    claims = extract_claims(text, published=MAY, language=lang)
    assert all(c.kind != "area_change" for c in claims)
