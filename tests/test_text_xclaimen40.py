"""Session 40, lane xclaimen: English claimant errors shared across the read
sets, each rule tested on phrasings of our own (three where it applies; the
rules are English only)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claimants import call_sign, introduced_person, quoted_title_role
from frontline.text.claims import extract_claims


def _claimants(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.claimant)
        for c in extract_claims(text, published=date(2025, 5, 6), language=lang)
    ]


# XCLAIMEN40 (a): an interview's introduction names its interviewee by a rank
# before the name ("Maj. X commands …"), by the verb the outlet meets him with
# ("We spoke to the head of X, Y, …", "interviewed Captain Y (call sign Z)"),
# or by a call sign after a comma ("only his call sign, "Z", be used"): the
# answers are his
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A company commander on the Oskil\n\n"
            "Capt. Petro Hnatiuk leads a drone company near Kupiansk. He talked "
            "to us on Sunday.\n\n"
            "Q: What is happening near Pishchane?\n"
            "A: Last week we took back Pishchane after two days of fighting.\n\n"
            "Q: And the river?\n"
            "A: The bank is quiet now.",
            "Petro Hnatiuk",
        ),
        (
            "Notes from the Siversk line\n\n"
            "Our correspondent talked to the head of the Siversk military "
            "administration, Ivan Moroz, on Monday evening.\n\n"
            "Q: Is the town still held?\n"
            "A: Yes. The enemy advanced 2 km toward Siversk last week, no more.\n\n"
            "Q: What do people need?\n"
            "A: Water and generators.",
            "Ivan Moroz",
        ),
        (
            "Holding the canal\n\n"
            'The Weekly interviewed Major Taras (call sign "Vovk"), who leads '
            "an assault battalion near Chasiv Yar.\n\n"
            "Q: How far did they get?\n"
            "A: They advanced about 500 metres near Ivanivske in May.\n\n"
            "Q: And now?\n"
            "A: Now we hold.",
            "Taras",
        ),
        (
            "On the northern front\n\n"
            "Q: Where is the line?\n"
            "A: We liberated Hlyboke last week.\n\n"
            "Q: And Lyptsi?\n"
            "A: Calm for now.\n\n"
            'The officer asked to be named only by his call sign, "Sych".',
            "Sych",
        ),
    ],
)
def test_introduced_interviewee_speaks_the_answers(text: str, name: str) -> None:
    found = [who for kind, who in _claimants(text) if kind != "fighting"]
    assert found and all(who == name for who in found), found


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Lt. Col. Ivan Moroz commands a battalion near Toretsk.",
            "Ivan Moroz",
            "Lt. Col.",
        ),
        (
            'Sergeant Olha K., call sign "Lynx", has served here since 2023.',
            "Olha K.",
            "Sergeant",
        ),
        (
            "We reached the deputy commander of the brigade, Pavlo Sych, by phone.",
            "Pavlo Sych",
            "deputy commander of the brigade",
        ),
        (
            "The platoon commander, call sign Lynx, meets us at dawn.",
            "Lynx",
            "The platoon commander",
        ),
    ],
)
def test_introduced_person(sentence: str, name: str, role: str) -> None:
    c = introduced_person(sentence)
    assert c is not None and (c.name, c.role) == (name, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "Major cities in the east lost power on Monday.",
        "The army said it spoke to the press about Zorivka.",
        "We spoke to residents of Zorivka, Kupiansk and Borova.",
    ],
)
def test_no_introduced_person(sentence: str) -> None:
    assert introduced_person(sentence) is None


def test_call_sign_after_a_comma_keeps_the_role_word() -> None:
    c = call_sign('The commander asked that only his call sign, "Tur", be used.')
    assert c is not None and (c.name, c.role) == ("Tur", "The commander")


# XCLAIMEN40 (b): a title quoting a person, then naming him by his role
# ("'We held X': a battalion commander on …"), gives its claim to the person
# the interview or the next lines name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "'We took back Robotyne twice': a battalion commander on the south\n\n"
            "Lt. Col. Andrii Tkach commands a rifle battalion near Orikhiv.\n\n"
            "Q: How is it?\n"
            "A: Hard, but we hold.\n\n"
            "Q: And the village?\n"
            "A: It changes hands every week.",
            "Andrii Tkach",
        ),
        (
            '"We left Krasnohorivka in order": a brigade commander looks back\n\n'
            "The brigade commander, call sign Zubr, meets us near the front. "
            '"It was the right decision," he says.',
            "Zubr",
        ),
        (
            "“We liberated Klishchiivka”: an assault company commander speaks\n\n"
            "We spoke to the company's commander, Mykola Hrytsai, by phone.\n\n"
            "Q: How long did it take?\n"
            "A: Three days.\n\n"
            "Q: And next?\n"
            "A: We will see.",
            "Mykola Hrytsai",
        ),
    ],
)
def test_quoted_title_speaks_for_the_introduced(text: str, name: str) -> None:
    title_end = text.index("\n")
    claims = extract_claims(text, published=date(2025, 5, 6), language="en")
    on_title = [c for c in claims if c.char_start < title_end]
    assert on_title and all(c.claimant == name for c in on_title), [
        (c.quote, c.claimant) for c in on_title
    ]


def test_quoted_title_role_needs_a_role_word() -> None:
    assert quoted_title_role("'We held': notes from the Oskil front") is None
    assert quoted_title_role("'We held': a platoon commander") == "platoon commander"


# XCLAIMEN40 (c): a speaker phrase that runs on into its own clause ("X said
# the claim … was false", "Officials deny it and say …", "X called the claim
# false and said …") is cut before its verb
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian bloggers said on Monday that Toretsk had fallen. The "
            "Khortytsia group said the claim about Toretsk was false.",
            "The Khortytsia group",
        ),
        (
            "Moscow claimed the capture of Stepove. Voloshyn said the claim "
            "about Stepove was also untrue.",
            "Voloshyn",
        ),
        (
            "Russia says it has taken Bilohorivka. Ukrainian commanders deny "
            "it and say the village remains in the grey zone.",
            "Ukrainian commanders",
        ),
    ],
)
def test_speaker_cut_before_its_verb(text: str, name: str) -> None:
    second = text.index(". ") + 2
    found = [
        c.claimant
        for c in extract_claims(text, published=date(2025, 5, 6), language="en")
        if c.char_start >= second
    ]
    assert found and all(who == name for who in found), found


# XCLAIMEN40 (d): a fact-check's shared posts speak as written, with the
# platforms they were shared on ("Posts shared thousands of times on X and
# Telegram claim …"); a platform named there is no speaker of its own
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Posts shared thousands of times on Facebook since Monday claim "
            "that Russian troops have captured Zorivka.",
            "Posts shared thousands of times on Facebook",
        ),
        (
            "CLAIM: A clip shared widely on TikTok and Telegram says Ukrainian "
            "troops liberated Zorivka this week.",
            "A clip shared widely on TikTok and Telegram",
        ),
        (
            "Videos shared more than 20,000 times on X, Telegram and Facebook "
            "claim that Russian forces took Zorivka and Borova.",
            "Videos shared more than 20,000 times on X, Telegram and Facebook",
        ),
    ],
)
def test_shared_posts_speak(text: str, name: str) -> None:
    found = [who for _, who in _claimants(text)]
    assert found and all(who == name for who in found), found
