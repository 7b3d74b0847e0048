"""Session 36, b27miss: claims blind27 missed or made wrongly, in general form.

Phrasings are our own; nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- an attack "without success" told by the verb after the success word -----
# "вів наступ у районах X та Y, успіху не мав" is fighting at those places, no
# advance of the attacker; the places may be a plural "у районах X та Y".


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "Ворог вів наступ у районах Торського та Ямполівки, успіху не мав.",
            "uk",
            ["Торського", "Ямполівки"],
        ),
        (
            "На Бахмутському напрямку противник вів наступ в районах Кліщіївки "
            "та Андріївки, успіху не досяг.",
            "uk",
            ["Кліщіївки", "Андріївки"],
        ),
        (
            "Окупанти штурмували позиції біля Часового Яру, успіху не мали.",
            "uk",
            ["Часового Яру"],
        ),
        (
            "Противник вел наступление в районах Торского и Ямполовки, успеха не имел.",
            "ru",
            ["Торского", "Ямполовки"],
        ),
        (
            "Противник продолжает наступление на Покровском направлении, "
            "успеха не имел в районе Новоселовки.",
            "ru",
            ["Новоселовки"],
        ),
        (
            "Враг атаковал позиции у Часова Яра, успеха не добился.",
            "ru",
            ["Часова Яра"],
        ),
    ],
)
def test_success_denied_after_is_fighting_only(text, language, places):
    rows = claim_rows(text, language)
    assert [r[0] for r in rows] == ["fighting"], rows
    assert rows[0][3] == places
