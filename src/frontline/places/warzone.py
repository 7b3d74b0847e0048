"""A rough, hand-traced line of contact: a default prior for homonyms.

Dozens of Ukrainian villages share a name (Orlivka, Makarivka, Pisky,
Bohdanivka ...). War reporting is about the ones near the front, so when no
caller supplies a real distance to a snapshot's front line
(``front_distance``), the resolver prefers, a little, places near this
polyline. It was traced by hand at a scale of ~10 km from the general course
of the 2023–2025 line of contact (Dnipro in Kherson oblast, the Zaporizhzhia
front, the Donetsk front, the Luhansk/Kharkiv front) plus the 2024–2025
fighting along the Kharkiv and Sumy border. It is a prior, not a measurement:
the check engine passes the real front of the day instead.

>>> round(default_front_distance(37.999, 48.595)) < 15  # Bakhmut
True
>>> default_front_distance(30.52, 50.45) > 250  # Kyiv
True
"""

from __future__ import annotations

from functools import lru_cache

import shapely
from shapely.geometry import MultiLineString, Point

from ..geo.area import to_equal_area

# (lon, lat) vertices, south-west to north-east, then the northern border.
CONTACT_LINE = [
    (31.90, 46.45),
    (32.30, 46.50),
    (32.60, 46.60),
    (33.05, 46.68),
    (33.37, 46.77),
    (34.10, 47.25),
    (34.90, 47.50),
    (35.30, 47.45),
    (35.85, 47.45),
    (36.20, 47.55),
    (36.60, 47.70),
    (36.85, 47.78),
    (37.25, 47.78),
    (37.50, 47.93),
    (37.70, 48.08),
    (37.75, 48.20),
    (37.85, 48.40),
    (38.00, 48.58),
    (38.10, 48.85),
    (38.20, 49.05),
    (38.10, 49.30),
    (37.90, 49.55),
    (37.70, 49.75),
    (37.75, 50.05),
]
NORTHERN_BORDER = [
    (37.75, 50.05),
    (37.20, 50.30),
    (36.60, 50.30),
    (36.20, 50.40),
    (35.60, 50.40),
    (35.30, 51.00),
    (34.70, 51.20),
    (34.30, 51.45),
    (34.10, 51.70),
]


@lru_cache(maxsize=1)
def _line():
    line = MultiLineString([CONTACT_LINE, NORTHERN_BORDER])
    projected = to_equal_area(line)
    shapely.prepare(projected)
    return projected


@lru_cache(maxsize=100_000)
def default_front_distance(lon: float, lat: float) -> float:
    """Approximate distance (km) from a lon/lat point to the traced line."""
    point = to_equal_area(Point(lon, lat), densify=False)
    return float(_line().distance(point)) / 1000.0
