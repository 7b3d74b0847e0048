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


# --- "and taken Y": the auxiliary shared with the verb before ------------------


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Russian forces had captured Avdiivka and taken the village of "
            "Lastochkyne.",
            "RU",
            "Lastochkyne",
        ),
        (
            "Moscow says its troops have surrounded Kurakhove and taken Dalne.",
            "RU",
            "Dalne",
        ),
        (
            "Ukraine said it had pushed back Russian units and taken the "
            "settlement of Robotyne.",
            "UA",
            "Robotyne",
        ),
    ],
)
def test_and_taken_shares_the_auxiliary(text, gainer, place):
    rows = [r for r in claim_rows(text, "en") if r[3] == [place]]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("settlement_control", gainer, False)
    ], rows


def test_taken_to_hospital_is_no_capture():
    assert claim_rows("He was wounded and taken to Kharkiv hospital.", "en") == []
