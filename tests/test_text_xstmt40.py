"""Session 40, lane xstmt: the end day of undated claims (statement day,
publication day, carried day), tested on phrasings of our own (three per
language)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 13)  # a Friday
WEDNESDAY = date(2024, 9, 11)


# XSTMT40 (b): a headline's second clause told by a speaker of the other side
# ("Moscow claims X; Kyiv says …", "Росія заявила про …; Київ заявляє, що
# …") is the writer's news of the publication day; the first clause keeps the
# lede's dated statement
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Moscow claims Kurylivka; Kyiv says troops still hold Kurylivka\n"
            "Russia's defence ministry said on Wednesday that its troops had "
            "captured Kurylivka near Kupiansk.",
            "en",
        ),
        (
            "Russia claims two villages near Pokrovsk; Ukraine says fighting "
            "rages in Myrnohrad\nThe Russian defence ministry said on Wednesday "
            "that its forces had taken Zelene and Novyi Trud near Pokrovsk.",
            "en",
        ),
        (
            "Wagner claims full control of Soledar; Kyiv says its troops still "
            "hold the town of Soledar\nWagner's founder said on Wednesday that "
            "his fighters had taken full control of Soledar.",
            "en",
        ),
        (
            "Росія заявила про захоплення Курилівки; Київ заявляє, що бої за "
            "Курилівку тривають\nМіноборони Росії в середу заявило, що його "
            "війська захопили Курилівку під Куп'янськом.",
            "uk",
        ),
        (
            "Москва оголосила про взяття Зеленого, ЗСУ повідомляють, що бої за "
            "Зелене тривають\nРосійське міноборони в середу повідомило, що "
            "війська взяли Зелене біля Покровська.",
            "uk",
        ),
        (
            "Вагнерівці заявили про захоплення Соледара; Генштаб ЗСУ заявляє, що "
            "бої в Соледарі тривають\nЗасновник «Вагнера» в середу заявив, що "
            "його бійці повністю захопили Соледар.",
            "uk",
        ),
        (
            "Россия заявила о взятии Куриловки; Киев заявляет, что бои за "
            "Куриловку продолжаются\nМинобороны России в среду заявило, что "
            "войска взяли Куриловку под Купянском.",
            "ru",
        ),
        (
            "Москва объявила о взятии Зеленого, ВСУ сообщают, что бои за Зеленое "
            "продолжаются\nРоссийское Минобороны в среду сообщило, что войска "
            "заняли Зеленое у Покровска.",
            "ru",
        ),
        (
            "Россия заявила о взятии Соледара; Украина заявляет, что бои в "
            "Соледаре продолжаются\nМинобороны России в среду заявило, что "
            "войска полностью взяли Соледар.",
            "ru",
        ),
    ],
)
def test_a_headline_answer_of_the_other_side_is_of_publication(
    text: str, lang: str
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    cut = text.index("\n")
    head = sorted((c for c in claims if c.char_start < cut), key=lambda c: c.char_start)
    assert len(head) == 2, [(c.kind, c.quote) for c in claims]
    assert head[0].period_end == WEDNESDAY
    assert head[1].period_end == PUB


def test_a_headline_of_one_side_keeps_the_lede_day() -> None:
    # control: both clauses of one side keep the lede's statement day
    text = (
        "Moscow claims Kurylivka, says its troops advance near Kupiansk\n"
        "Russia's defence ministry said on Wednesday that its troops had "
        "captured Kurylivka and advanced near Kupiansk."
    )
    claims = extract_claims(text, published=PUB, language="en")
    cut = text.index("\n")
    head = [c for c in claims if c.char_start < cut]
    assert head and all(c.period_end == WEDNESDAY for c in head)
