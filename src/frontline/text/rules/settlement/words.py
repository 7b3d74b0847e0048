"""Patterns shared by several steps of the settlement rule: ground words, a
place named only as a neighbourhood ("near X"), a whole region ("entire"),
capture and act nouns, new positions, and the region-level claim maker."""

from __future__ import annotations

import re
from typing import Any

from ...fastre import folded
from ...lang import ru, uk

_GROUND = re.compile(
    r"\b(?:ground|territory|territories|positions?|lines?|land|areas?)\b|"
    r"(?<![\w])(?:територі\w+|позиці\w+|рубеж\w*|территори\w+|позици\w+)(?![\w])",
    re.IGNORECASE,
)


_NEW_POSITIONS = re.compile(
    r"(?:to|towards?) (?:\W?(?:new|more|better) )?(?:defen[cs]ive |defen[cs]e |"
    r"prepared |favou?rable |advantageous |safer )?\W?(?:positions|lines?)|"
    r"на (?:нові|новые|більш|более) \w*\s*(?:позиції|позиции|рубежі|рубежи)|"
    # a retreat by a distance, the town only locating it: "отошли на 2 км
    # западнее X", "відійшли на кілометр від X"
    r"на (?:\d[\d,.]*|[\w-]+) (?:км|кілометр\w*|километр\w*|м|метр\w*|"
    r"сотн\w+ метр\w*)\s+(?:західніше|східніше|північніше|південніше|"
    r"западнее|восточнее|севернее|южнее|від|от|назад)(?![\w])|"
    # "отошли на заранее подготовленные позиции", "на запасні рубежі"
    r"на (?:(?:заранее|заздалегідь|завчасно|підготовлен\w*|подготовленн\w*|"
    r"запасн\w*|вигідн\w*|выгодн\w*|оборонн\w*|резервн\w*)\s+){1,3}"
    r"(?:позиції|позиции|рубежі|рубежи)",
    re.IGNORECASE,
)


_NEAR_BEFORE = re.compile(
    r"(?:\b(?:near|around|outside|close to|north of|south of|east of|west of|"
    # "fell back toward X": X is where the line moved to, not a place lost
    r"toward|towards|in the direction of)|"
    r"(?<![\w])(?:біля|поблизу|під|около|под|возле|неподалік|недалеко от|"
    r"в бік|у бік|в сторону|у напрямку|в напрямку|в направлении|в районе|"
    r"в районі|у районі|(?:з|із|зі|из) район\w*))\s+"
    r"(?:the\s+)?(?:(?:village|town|city|settlement)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


_NEAR_BEFORE = folded(_NEAR_BEFORE)  # speed: a case-folded twin (same matches)


_ENTIRE = re.compile(
    r"\b(?:entire(?:ty)?|whole|all of|completely|fully|complet(?:ed|es|e|ion of)|"
    r"full)\b|(?<![\w])(?:всю|всей|вся|весь|уся|увесь|"
    r"всієї|всю|повністю|полностью|цілком)(?![\w])",
    re.IGNORECASE,
)


_GROUND = folded(_GROUND)


_ENTIRE = folded(_ENTIRE)


_CAPTURE_NOUN = re.compile(
    r"capture|seizure|fall|taking|взят|захопл|захват|оволодін|овладени",
    re.IGNORECASE,
)


def _whole_region(
    make: Any, trig: Any, span: Any, gainer: Any, regions: list[Any], neg: bool
) -> Any:
    """The trigger's claim on whole regions: an area change with no figure
    ("liberated the Kharkiv region", "the entire Kherson oblast")."""
    return make(
        "area_change",
        trig.start,
        span,
        trig,
        gainer,
        [p.name for p in regions],
        negated=neg,
        region_level=True,
    )


# a trigger that is a noun of the act ("освобождение", "звільнення", "capture")
_ACT_NOUN = re.compile(r"(?:ени[еяю]|енн[яюі]|ання|tion|ture)$", re.IGNORECASE)


def reference_only(t: str, name: str, places: list[Any]) -> bool:
    """KNOWN38: whether every mention of ``name`` in sentence ``t`` is where
    unnamed settlements lie ("two settlements south of Toretsk, A and B"):
    no member of a list of places taken."""
    own = [p for p in places if p.name == name]
    return bool(own) and all(
        _REFERENCE_BEFORE.search(t, max(0, p.start - 60), p.start) for p in own
    )


# LEFTEN36: a reference point after an unnamed settlement ("two villages near
# Pokrovsk: Hostre and Izmailivka", "два села біля Покровська: X і Y"): where
# the settlements lie, not one taken, when the sentence names them
_REFERENCE_BEFORE = re.compile(
    r"\b(?:villages?|towns?|settlements?|hamlets?|localit(?:y|ies))\s+"
    r"(?:near|around|outside|close to|not far from|(?:(?:north|south)-?)?"
    r"(?:north|south|east|west)(?:ern)?\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?$|"
    r"(?<![\w])(?:сел[оа]|сіл|сел|сёл|селищ\w*|поселк\w*|населен\w+\s+пункт\w*|"
    r"населённ\w+\s+пункт\w*)\s+(?:біля|поблизу|під|около|под|возле|неподалік|"
    r"недалеко от|"
    # KNOWN38: a compass adverb ("два села південніше Торецька — A та B")
    rf"{uk.REFERENCE_DIRECTIONS}|{ru.REFERENCE_DIRECTIONS})\s+$",
    re.IGNORECASE,
)
