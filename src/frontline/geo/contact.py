"""The contact line: the part of the Russian-held area's edge that faces
Ukrainian-held land, not the sea coast and not the state border.

Pure: the caller hands in Ukraine's outline (equal-area metres). The edge of
the held area is cut to the outline shrunk by :data:`MARGIN_KM`, which drops
the coast of Crimea and the Sea of Azov and the border with Russia (those
lie on the outline); what is left runs through the land between the sides.

>>> from shapely.geometry import box
>>> ukraine = box(0, 0, 100_000, 100_000)           # a square "country"
>>> held = box(60_000, 0, 100_000, 100_000)         # its east, coast to border
>>> line = contact_line(held, interior(ukraine))
>>> round(line.length / 1000)                       # only x = 60 km remains
94
"""

from __future__ import annotations

import shapely

MARGIN_KM = 3.0
"""Edges within this distance of Ukraine's outline are coast or state border."""


def interior(outline):
    """Ukraine's outline (equal-area) shrunk by :data:`MARGIN_KM`, prepared."""
    inner = shapely.buffer(outline, -MARGIN_KM * 1000.0)
    shapely.prepare(inner)
    return inner


def contact_line(held, inner):
    """The edge of ``held`` (Russian-held, equal-area) inside ``inner``."""
    if held is None or held.is_empty:
        return held
    return shapely.intersection(held.boundary, inner)
