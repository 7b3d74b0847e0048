"""Session 36, lead: the last item of a list after a dash is no source.

"…, а в Курской области — Z." uses the dash for the verb of the list before
it: Z is the list's last item, not the source a one-sentence line names after
a dash ("Ворог окупував X, — DeepState."). Phrasings are our own; nothing here
reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims

_LISTS = [
    ("За тиждень звільнено Роботине і Вербове, а на Луганщині — Білогорівка.", "uk"),
    ("Ворог захопив Кліщіївку, а під Бахмутом — Андріївку.", "uk"),
    ("Сили оборони звільнили Нескучне, у Запорізькій області — Роботине.", "uk"),
    ("Освобождены Нью-Йорк и Цукурино, а в Курской области — Нижний Клин.", "ru"),
    ("Войска заняли Красногоровку, а под Угледаром — Водяное.", "ru"),
    ("Российские войска взяли Веселое, в Харьковской области — Глубокое.", "ru"),
    ("Russian forces took Krynky and Vesele, and in Kursk — Olgovka.", "en"),
    ("Kyiv retook Robotyne, and near Bakhmut — Andriivka.", "en"),
    ("Moscow claimed Avdiivka, while in Kharkiv — Synkivka.", "en"),
]


@pytest.mark.parametrize(("text", "language"), _LISTS)
def test_a_list_item_after_a_dash_is_no_source(text: str, language: str):
    claims = extract_claims(text, published=PUB, language=language)
    assert claims, text
    last = text.rstrip(".").rsplit("— ", 1)[1]
    assert all(c.claimant != last for c in claims), [c.claimant for c in claims]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ворог окупував Новогродівку, — DeepState.", "uk"),
        ("Окупанти захопили Селидове — DeepState.", "uk"),
        ("Противник занял Нью-Йорк — ISW.", "ru"),
    ],
)
def test_a_source_after_a_dash_still_speaks(text: str, language: str):
    claims = extract_claims(text, published=PUB, language=language)
    assert [c.claimant for c in claims] == [text.rstrip(".").rsplit("— ", 1)[1]]
