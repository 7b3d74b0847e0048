"""Claimants: said/told/according to, uk/ru verbs, carry-over ("she added")."""

from __future__ import annotations

from frontline.text.claimants import find_claimant
from frontline.text.claims import extract_claims


def test_name_and_role_are_split():
    c = find_claimant(
        "Ukraine took 3 sq km, Deputy Defence Minister Ivanna Petrenko said.", "en"
    )
    assert (c.name, c.role) == ("Ivanna Petrenko", "Deputy Defence Minister")
    c = find_claimant("Russian troops advanced, according to the ISW.", "en")
    assert c.name == "ISW"
    c = find_claimant(
        "Mykola Bondar, spokesman for the southern forces, told "
        "reporters the village was retaken.",
        "en",
    )
    assert (c.name, c.role) == ("Mykola Bondar", "spokesman for the southern forces")


def test_ukrainian_and_russian_attributions():
    c = find_claimant(
        "Сили оборони звільнили село, повідомив речник Іван Коваль.", "uk"
    )
    assert c is not None and "Коваль" in c.name
    c = find_claimant("Войска освободили село, сообщили в Минобороны России.", "ru")
    assert c is not None and "Минобороны" in c.name


def test_pronoun_claimants_carry_over():
    text = (
        "Ukrainian troops retook 4 square kilometres near Zorivka last week, "
        "General Olena Marchuk said. In total, 30 square kilometres have been "
        "liberated in the area, she added."
    )
    claims = extract_claims(text, language="en")
    assert [c.claimant for c in claims] == ["Olena Marchuk", "Olena Marchuk"]
    assert claims[0].claimant_role == "General"


def test_an_analysis_keeps_the_analyst_as_claimant():
    text = (
        "Russia captured 520 square kilometres in May, according to an AFP "
        "analysis of ISW data."
    )
    (c,) = extract_claims(text, language="en")
    assert c.claimant and c.claimant.startswith("AFP")


def test_an_organisation_after_v_u_speaks_through_a_later_verb():
    from frontline.text.claimants import find_claimant

    c = find_claimant("В ОТГ «Хортица» эти сообщения назвали фейком.", "ru")
    assert c is not None and c.name.startswith("ОТГ")
    c = find_claimant("У Генштабі ЗСУ повідомили про 120 боєзіткнень.", "uk")
    assert c is not None and c.name == "Генштабі ЗСУ"


def test_the_named_source_after_a_report_noun():
    from frontline.text.claimants import find_claimant

    c = find_claimant("Ворог просунувся, йдеться в повідомленні DeepState.", "uk")
    assert c is not None and c.name == "DeepState"
    c = find_claimant("Войска продвинулись, говорится в сводке Минобороны РФ.", "ru")
    assert c is not None and c.name == "Минобороны РФ"


def test_a_clause_is_not_a_claimant():
    from frontline.text.claimants import find_claimant

    c = find_claimant(
        "Bloggers claimed gains, but ISW has not observed confirmation of these "
        "claims, the update said.",
        "en",
    )
    assert c is None or "observed" not in (c.name or "")
