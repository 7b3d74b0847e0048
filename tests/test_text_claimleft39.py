"""Session 39, claimleft: claimant defects the session's lanes left open."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

_DAY = "2025-03-12"


def _claims(text: str, language: str):
    return extract_claims(text, published=_DAY, language=language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Коментар ISW: російські війська захопили село Рівне.", "uk", "ISW"),
        ("Оцінка DeepState: ворог захопив село Рівне.", "uk", "DeepState"),
        ("Висновок Інституту: ворог захопив село Рівне.", "uk", "Інституту"),
        ("Комментарий ISW: российские войска освободили Дачное.", "ru", "ISW"),
        ("Оценка Rybar: российские войска освободили Дачное.", "ru", "Rybar"),
        ("Позиция DeepState: российские войска захватили Дачное.", "ru", "DeepState"),
    ],
)
def test_a_comment_s_genre_word_is_no_part_of_the_label_s_name(
    text: str, language: str, name: str
) -> None:
    (claim,) = _claims(text, language)
    assert claim.claimant == name
