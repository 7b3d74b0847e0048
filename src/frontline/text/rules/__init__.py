"""Small rule families of the claim extractor, one module each (issue 8).

:data:`RULES` lists the claim rules in the order ``claims._analyse`` runs them
over one :class:`~frontline.text.context.SentenceContext`, each with the
section name its claims record in ``extra["rule"]`` (``section:family``).
The order matters: a rule marks the triggers it used, and later rules skip
them. ``skips.py`` is the table of trigger words that make no claim.
"""

from __future__ import annotations

from collections.abc import Callable

from ..context import SentenceContext
from .advance import advance_claims
from .area import (
    area_claims,
    front_figure_claims,
    region_claims,
    share_claims,
    vague_area_claims,
)
from .fighting import fighting_claims
from .holding import holding_claims
from .settlement import settlement_claims, settlement_count_claims

__all__ = ["RULES"]

RULES: tuple[tuple[str, Callable[[SentenceContext], None]], ...] = (
    ("area", area_claims),  # figures of km² won or lost
    # a figure of ground no gain verb governs, in a sentence about the front
    ("area-figure", front_figure_claims),
    # a whole region or zone taken or left, with no figure
    ("area-region", region_claims),
    # areas without a figure ("several thousand square kilometres",
    # "сотні квадратних кілометрів", "more than two-thirds of the territory")
    ("area-vague", vague_area_claims),
    ("share", share_claims),  # percentage-only ("recaptured 54% of the territory")
    ("settlement-count", settlement_count_claims),  # "liberated five villages"
    ("settlement", settlement_claims),  # a named settlement taken or lost
    # control held over named settlements ("X remains under Ukrainian control",
    # "still in Russian hands", "ВСУ удерживают ...")
    ("holding", holding_claims),
    ("advance", advance_claims),
    ("fighting", fighting_claims),
)
