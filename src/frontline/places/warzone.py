"""A rough, hand-traced line of contact: a default prior for homonyms.

Dozens of Ukrainian villages share a name (Orlivka, Makarivka, Pisky,
Bohdanivka ...). War reporting is about the ones near the front, so when no
caller supplies a real distance to a snapshot's front line
(``front_distance``), the resolver prefers, a little, places near this
polyline. It was traced by hand at a scale of ~10 km from the general course
of the 2023 line of contact (Dnipro in Kherson oblast, the Zaporizhzhia
front, the Donetsk front, the Luhansk/Kharkiv front), the 2024–2025 advance
west of Donetsk, the 2022 Kharkiv–Izium and Kherson right-bank fronts, and
the 2024–2025 fighting along the Kharkiv and Sumy border. It is a prior, not
a measurement: the check engine passes the real front of the day instead.

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
# 2024-2025 advance west of Donetsk (Chasiv Yar, Toretsk, Pokrovsk, Kurakhove,
# Velyka Novosilka) down to Huliaipole and Kamianske.
LINE_2025 = [
    (38.10, 48.87),
    (37.87, 48.59),
    (37.85, 48.40),
    (37.60, 48.28),
    (37.20, 48.29),
    (36.95, 48.22),
    (37.10, 48.00),
    (36.83, 47.84),
    (36.26, 47.66),
    (35.45, 47.50),
]
# 2022 fronts: the Kharkiv-Izium-Lyman arc and the Kherson right bank.
LINES_2022 = [
    [(36.20, 50.05), (36.86, 49.46), (37.26, 49.21), (37.80, 49.00)],
    [(33.75, 47.25), (33.20, 47.05), (32.75, 46.95), (32.30, 46.65)],
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
    line = MultiLineString([CONTACT_LINE, LINE_2025, *LINES_2022, NORTHERN_BORDER])
    projected = to_equal_area(line)
    shapely.prepare(projected)
    return projected


@lru_cache(maxsize=100_000)
def default_front_distance(lon: float, lat: float) -> float:
    """Approximate distance (km) from a lon/lat point to the traced line."""
    point = to_equal_area(Point(lon, lat), densify=False)
    return float(_line().distance(point)) / 1000.0
