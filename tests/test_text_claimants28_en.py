"""Who claims in English (session 28, claimant lane CLEN28).

Every sentence is invented for the test (no corpus or article text, no
``../shared``); each family is tried in three phrasings of our own. Place
names are made up ("Kolosky", "Marivka", "Zorivka", "Dubrava").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claimants import find_claimant
from frontline.text.claims import extract_claims
from frontline.text.page_speakers import channel_header

PUB = date(2025, 9, 3)


def claims(text: str):
    found = extract_claims(text, published=PUB, language="en")
    assert found, "the text must hold a claim"
    return found


def claimant_of(text: str, place: str) -> str | None:
    """The claimant of the first claim naming ``place``."""
    for c in claims(text):
        if any(p.name == place for p in c.places):
            return c.claimant
    raise AssertionError(f"no claim names {place}")


# ---- a heading label before a colon is no speaker --------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Key Takeaways: Russian forces recently advanced near Kolosky.",
        "Note: the figures are based on our own map of Marivka.",
        "Highlights: Ukrainian troops regained positions east of Zorivka.",
    ],
)
def test_heading_label_is_no_speaker(sentence: str) -> None:
    assert find_claimant(sentence, "en") is None


@pytest.mark.parametrize(
    "header",
    [
        "Opinion | The West is tiring of the war\n\nKolosky fell in May.",
        "Commentary | Why the front holds\n\nMarivka is still contested.",
        "Editorial | A hard winter ahead\n\nZorivka was retaken last week.",
    ],
)
def test_opinion_rubric_is_no_channel(header: str) -> None:
    assert channel_header(header) is None


# ---- data nobody owns: the source named before ------------------------------
@pytest.mark.parametrize(
    "follow",
    [
        "According to preliminary estimates, Russian forces attacked near Marivka.",
        "According to updated data, Russian troops attacked near Marivka twice.",
        "According to its data, the enemy stormed positions near Marivka.",
    ],
)
def test_unowned_data_points_back(follow: str) -> None:
    text = f"Ukraine's General Staff said it repelled attacks near Kolosky. {follow}"
    assert claimant_of(text, "Marivka") == "Ukraine's General Staff"


# ---- a monitoring body's description is its role -----------------------------
@pytest.mark.parametrize(
    ("sentence", "role_word"),
    [
        (
            "Russia took 40 sq km near Kolosky, the FrontScope monitoring group said.",
            "group",
        ),
        (
            "The open-source mapping project FrontScope said Russia took Marivka.",
            "project",
        ),
        (
            "Russia seized Zorivka, according to the analytical project FrontScope.",
            "project",
        ),
    ],
)
def test_project_description_is_role(sentence: str, role_word: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and c.name == "FrontScope"
    assert role_word in (c.role or "")


def test_nationality_is_no_project_name() -> None:
    c = find_claimant("A Ukrainian monitoring group said Russia took Kolosky.", "en")
    assert c is not None and c.name != "Ukrainian"


# ---- a possessive document speaks as its owner --------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Russia gained 300 sq km, according to FrontScope's assessed changes.",
        "FrontScope's latest tally indicated that Russia took Marivka.",
        "Russia took Zorivka, according to FrontScope's daily maps.",
    ],
)
def test_possessive_document_is_its_owner(sentence: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and c.name == "FrontScope"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia took 40 sq km, according to the group's maps.",
        "Russia took Marivka, according to the monitors' latest tally.",
        "Russia took Zorivka, according to the project's figures.",
    ],
)
def test_possessive_of_a_definite_body_points_back(sentence: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and c.pronoun and c.name is None


def test_a_body_s_own_noun_stays() -> None:
    c = find_claimant("Russia's military said it took Kolosky.", "en")
    assert c is not None and c.name == "Russia's military"


# ---- a generic abbreviation in brackets is no part of the name ----------------
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Russian Ministry of Defense (MoD) claimed that it took Kolosky.",
            "The Russian Ministry of Defense",
        ),
        (
            "Russia took Marivka, the UK Ministry of Defence (MOD) said.",
            "UK Ministry of Defence",
        ),
        (
            "The Ukrainian Ministry of Defence (MoD) said troops retook Zorivka.",
            "The Ukrainian Ministry of Defence",
        ),
    ],
)
def test_generic_abbreviation_dropped(sentence: str, name: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and c.name == name


def test_own_acronym_kept() -> None:
    c = find_claimant(
        "The Institute for Front Studies (IFS) said Russia took Kolosky.", "en"
    )
    assert c is not None and c.name.endswith("(IFS)")


# ---- a report's own analyst speaks what nobody else is said to -----------------
@pytest.mark.parametrize(
    "report",
    [
        "FrontScope assesses that the offensive is slowing. The Russian MoD claimed "
        "that its forces seized Kolosky. Russian forces recently advanced near "
        "Marivka.",
        "The Russian MoD claimed that its forces seized Kolosky, though FrontScope has "
        "not observed confirmation. Russian forces attacked near Marivka on Monday.",
        "A Ukrainian brigade spokesperson stated that Russian forces attacked Kolosky. "
        "FrontScope assessed that the pace has slowed.\n\nRussian forces advanced "
        "south of Marivka.",
    ],
)
def test_house_voice_takes_unattributed(report: str) -> None:
    assert claimant_of(report, "Marivka") == "FrontScope"


def test_house_voice_after_its_verb() -> None:
    text = (
        "The Russian MoD claimed that its forces seized Kolosky, and FrontScope "
        "assesses that Russian forces likely seized Marivka in recent days."
    )
    assert claimant_of(text, "Marivka") == "FrontScope"


# ---- a speaker right before its claim inside a sentence ------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian units entered Kolosky, the army said, hours after the Russian "
        "Defence Ministry announced that its troops had left Marivka.",
        "Kyiv said its troops held Kolosky, a day after the Russian Defence Ministry "
        "claimed its forces had taken Marivka.",
        "The army said fighting went on near Kolosky, while the Russian Defence "
        "Ministry claimed that its units had captured Marivka.",
    ],
)
def test_nearer_speaker(sentence: str) -> None:
    assert claimant_of(sentence, "Marivka").endswith("Defence Ministry")


# ---- a body's update named in the title speaks the unattributed claims ---------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Latest Defence Intelligence update on the war - 3 May 2025.\n\n"
            "Russian forces have likely seized Kolosky.",
            "Defence Intelligence",
        ),
        (
            "Baltic Defence Analysis Centre — Ukraine situation update, 3 May\n\n"
            "Russia likely gained around 80 km² near Marivka.",
            "Baltic Defence Analysis Centre",
        ),
        (
            "Weekly Joint Forces Command bulletin\n\nUkrainian troops retook Zorivka.",
            "Joint Forces Command",
        ),
    ],
)
def test_title_update_issuer(text: str, name: str) -> None:
    assert {c.claimant for c in claims(text)} == {name}


def test_title_update_needs_a_body() -> None:
    text = "Kolosky fighting update\n\nRussian forces attacked near Kolosky."
    assert {c.claimant for c in claims(text)} == {None}


# ---- the plural present "say"; a reported voice speaks its own sentence only ----
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Russian channels say Kolosky has fallen.", "Russian channels"),
        (
            "Ukrainian officials say troops retook Marivka on Monday.",
            "Ukrainian officials",
        ),
        (
            "Russia took 40 sq km near Zorivka, Ukrainian analysts say.",
            "Ukrainian analysts",
        ),
    ],
)
def test_plural_say(sentence: str, name: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and c.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Q: How is it near Kolosky?\nA: We took back two tree lines near Marivka.\n"
        "Q: Russian channels say Zorivka has fallen.\nA: Not true. We hold Zorivka.",
        "Q: What happened?\nA: Last week we retook positions near Marivka.\n"
        "Q: Russian bloggers say Zorivka is lost.\nA: Lies. Our units are in Zorivka.",
        "Q: And the south?\nA: We pushed them back near Marivka.\n"
        "Q: Their channels say Zorivka fell.\nA: No. Our flag is over Zorivka.",
    ],
)
def test_reported_voice_sets_no_side(text: str) -> None:
    found = claims(text)
    ours = [c for c in found if any(p.name == "Marivka" for p in c.places)]
    assert ours and all(c.gainer == "UA" for c in ours)


# ---- a definite body after a person is the body, as written ---------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mayor Ivan Hnat said the town was calm. The General Staff said the "
            "enemy attacked near Marivka twice.",
            "The General Staff",
        ),
        (
            "Defence Minister Petro Lys visited the front. Russian troops took "
            "Marivka, the ministry said.",
            "the ministry",
        ),
        (
            "Governor Olha Sova spoke of shelling. The command said its units "
            "repelled attacks near Marivka.",
            "The command",
        ),
    ],
)
def test_definite_body_after_person(text: str, name: str) -> None:
    assert claimant_of(text, "Marivka") == name


def test_definite_body_after_its_body_points_back() -> None:
    text = (
        "Russia's defence ministry said its forces took Kolosky. Russian troops "
        "also took Marivka, the ministry said."
    )
    assert claimant_of(text, "Marivka") == "Russia's defence ministry"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Ivan Hnat, the regional governor, had said that Kolosky fell.",
            "Ivan Hnat",
            "the regional governor",
        ),
        (
            "Olha Sova, a brigade spokeswoman, has said troops left Marivka.",
            "Olha Sova",
            "a brigade spokeswoman",
        ),
        (
            "Petro Lys, the district head, had said on Monday that Zorivka held.",
            "Petro Lys",
            "the district head",
        ),
    ],
)
def test_appositive_then_auxiliary(sentence: str, name: str, role: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and (c.name, c.role) == (name, role)
