"""What a sentence leaves in the document memory (``_remember``): the places
told, the speaker, the period and year carried on; and the small reads of
the sentences around one (the side opening a sentence the next one points
back to, a quotation going on, a regional name, ``_MEMORY``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re

from .clean import Sentence
from .context import (
    _DocState,
)
from .fastre import folded, prefiltered
from .lexicon import HOME_SIDE
from .periods import (
    find_periods,
)
from .sides import (
    concrete,
    side_mentions,
)
from .speakers import _remember_speaker
from .toponyms import PlaceMention
from .triggers import _trigger_matches
from .units import NO_MEASURE_AFTER

# a year written in the text, not a figure of a measure ("2000 sq km")
_YEAR = prefiltered(
    re.compile(r"\b(20\d\d)\b" + NO_MEASURE_AFTER, re.IGNORECASE), ("20",)
)  # speed


_MEMORY = 4  # sentences before a triggered one that feed the document memory


def _opening(
    s: Sentence, sents: list[Sentence], i: int, st: _DocState, lang: str
) -> tuple[int, str] | None:
    """The side opening sentence ``i`` when the next one points back to it.

    "Ukraine has hit back in places. Its brigade recaptured …", "Противник
    тисне. За тиждень він просунувся …": a side opening a sentence is the
    actor the next "its" / "він" refers to.
    """
    if i + 1 >= len(sents) or not _POSSESSIVE_START.match(sents[i + 1].text):
        return None
    ms = side_mentions(s.text, lang)
    # an undecided Russian text has no perspective: the language's weak
    # default applies, as it does for every sentence ("противник" = Ukraine)
    voice = st.perspective or HOME_SIDE.get(lang)
    first = concrete(ms[0].side, voice) if ms else None
    return (i, first) if first and ms[0].start <= 2 else None


_POSSESSIVE_START = re.compile(
    r"\W*(?:its|their|його|її|їхн\w*|его|их)\s|"
    # a singular subject pronoun among the first words: "За тиждень він
    # просунувся", "В среду он вошёл": the side opening the sentence before
    r"\W*(?:[\w’'-]+\s+){0,3}?(?:він|вона|он|она)\s",
    re.IGNORECASE,
)


_OPENING_QUOTE = "«“„"


_CLOSING_QUOTE = "»”"


def _same_quote(text: str, before: Sentence, s: Sentence) -> bool:
    """``s`` goes on inside a quotation ``before`` stands in: one opened in or
    before it (on its line) and closed neither in between nor before ``s``."""
    line = text.rfind("\n", 0, before.start) + 1
    head = text[line : s.start]
    opened = max(head.rfind(q) for q in _OPENING_QUOTE)
    closed = max(head.rfind(q) for q in _CLOSING_QUOTE)
    return opened >= 0 and opened > closed


def _remember(
    s: Sentence, st: _DocState, lang: str, pls: list[PlaceMention], at: int
) -> None:
    """Update the document memory (places, claimant, carried period) with
    sentence number ``at``: a recipe of the speaker (``_remember_speaker``),
    then the places told (``_remember_places``, which notes the speaker named
    beside them), then the period and year carried on (``_remember_period``)."""
    c = _remember_speaker(s, st, lang)
    besides = c.name if c is not None and c.name else ""
    _remember_places(s, st, pls, at, besides)
    _remember_period(s, st, lang)


def _remember_places(
    s: Sentence, st: _DocState, pls: list[PlaceMention], at: int, besides: str
) -> None:
    """Note the places ``pls`` of sentence ``at``: the non-region ones become the
    last places; all are told (``st.told``, ``besides`` the speaker named) and
    known by their first word; the text joins the quiet ones a later "на цій
    ділянці" may point back into."""
    names = [p.name for p in pls if not p.region]
    if names:
        st.last_places = names
    regions = [p.name for p in pls if p.region]
    if regions:
        st.last_region = regions[-1]
    st.told.note(
        pls,
        s.text,
        at,
        st.paragraph,
        headline=s.headline,
        besides=besides,
    )
    # a later "на цій ділянці" may point to a sector named here (searched
    # only then: see context.last_sector)
    st.quiet_texts.append(s.text)
    del st.quiet_texts[:-_MEMORY]
    for p in pls:
        st.known_places.add(p.name.split()[0])


def _remember_period(s: Sentence, st: _DocState, lang: str) -> None:
    """The period carried to the next sentences: the first of ``s`` (no weekday,
    no "since") when a territorial trigger (capture, advance, gain, hold)
    stands in it, else none; the last year named becomes the context year."""
    terr = any(
        m.lastgroup in ("capture", "advance", "gain", "hold")
        for m in _trigger_matches(s.text, lang)
    )
    periods = (
        [
            p
            for p in find_periods(s.text, lang)
            if p.kind != "weekday" and not p.text.lower().startswith("since")
        ]
        if terr
        else []
    )
    st.carry_period = periods[0] if periods and terr else None
    years = _YEAR.findall(s.text)
    if years:
        st.context_year = int(years[-1])


_REGIONAL = re.compile(
    r"\b(?:region|oblast|province|district|river)\b|област|"
    r"район|Республик|ДНР|ЛНР|щин|"
    # XANAPHOR241: "Донеччина", "DPR": a region too, no town a pointer means
    r"ччин|\b(?:DPR|LPR|DNR|LNR)\b",
    re.IGNORECASE,
)


_REGIONAL = folded(_REGIONAL)


def _looks_regional(name: str) -> bool:
    return bool(_REGIONAL.search(name))
