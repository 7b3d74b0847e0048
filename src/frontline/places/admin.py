"""Administrative units of Ukraine: oblast > raion > hromada, and point lookup.

Built from unit records (KATOTTG code, names, lon/lat polygon) that the
adapter :mod:`frontline.sources.gazetteer` reads from the OSM boundary files;
this module itself does no I/O.

>>> from shapely.geometry import box
>>> idx = AdminIndex([
...     AdminUnit("UA14", 1, "Донецька", "Donetsk", "", "", box(36, 46, 39, 50)),
...     AdminUnit("UA14H", 3, "Бахмутська", "Bakhmutska", "", "UA14",
...               box(37, 48, 39, 49)),
... ])
>>> idx.locate(38.0, 48.6).oblast, idx.locate(38.0, 48.6).hromada
('Donetsk', 'Bakhmutska')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from shapely.strtree import STRtree

from ..geo.area import GEOD

# KATOTTG oblast code prefix -> (English short name, extra aliases).
OBLASTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "UA01": (
        "Crimea",
        ("Krym", "Крым", "Республика Крым", "Autonomous Republic of Crimea"),
    ),
    "UA05": ("Vinnytsia", ("Вінниччина",)),
    "UA07": ("Volyn", ("Волинь",)),
    "UA12": ("Dnipropetrovsk", ("Дніпропетровщина", "Dnipro")),
    "UA14": ("Donetsk", ("Донеччина", "Donetsk People's Republic")),
    "UA18": ("Zhytomyr", ("Житомирщина",)),
    "UA21": ("Zakarpattia", ("Transcarpathia", "Закарпаття")),
    "UA23": ("Zaporizhzhia", ("Запоріжжя", "Запорожье", "Zaporozhye")),
    "UA26": ("Ivano-Frankivsk", ("Прикарпаття",)),
    "UA32": ("Kyiv", ("Київщина", "Kiev")),
    "UA35": ("Kirovohrad", ("Кіровоградщина",)),
    "UA44": ("Luhansk", ("Луганщина", "Lugansk", "Luhansk People's Republic")),
    "UA46": ("Lviv", ("Львівщина",)),
    "UA48": ("Mykolaiv", ("Миколаївщина", "Nikolaev")),
    "UA51": ("Odesa", ("Одещина", "Odessa")),
    "UA53": ("Poltava", ("Полтавщина",)),
    "UA56": ("Rivne", ("Рівненщина",)),
    "UA59": ("Sumy", ("Сумщина",)),
    "UA61": ("Ternopil", ("Тернопільщина",)),
    "UA63": ("Kharkiv", ("Харківщина", "Kharkov")),
    "UA65": ("Kherson", ("Херсонщина",)),
    "UA68": ("Khmelnytskyi", ("Хмельниччина",)),
    "UA71": ("Cherkasy", ("Черкащина",)),
    "UA73": ("Chernivtsi", ("Буковина",)),
    "UA74": ("Chernihiv", ("Чернігівщина",)),
    "UA80": ("Kyiv City", ()),
    "UA85": ("Sevastopol", ()),
}


# KATOTTG oblast prefix -> (Ukrainian, Russian) adjective as in "... область".
OBLAST_ADJ: dict[str, tuple[str, str]] = {
    "UA01": ("Кримська", "Крымская"),
    "UA05": ("Вінницька", "Винницкая"),
    "UA07": ("Волинська", "Волынская"),
    "UA12": ("Дніпропетровська", "Днепропетровская"),
    "UA14": ("Донецька", "Донецкая"),
    "UA18": ("Житомирська", "Житомирская"),
    "UA21": ("Закарпатська", "Закарпатская"),
    "UA23": ("Запорізька", "Запорожская"),
    "UA26": ("Івано-Франківська", "Ивано-Франковская"),
    "UA32": ("Київська", "Киевская"),
    "UA35": ("Кіровоградська", "Кировоградская"),
    "UA44": ("Луганська", "Луганская"),
    "UA46": ("Львівська", "Львовская"),
    "UA48": ("Миколаївська", "Николаевская"),
    "UA51": ("Одеська", "Одесская"),
    "UA53": ("Полтавська", "Полтавская"),
    "UA56": ("Рівненська", "Ровенская"),
    "UA59": ("Сумська", "Сумская"),
    "UA61": ("Тернопільська", "Тернопольская"),
    "UA63": ("Харківська", "Харьковская"),
    "UA65": ("Херсонська", "Херсонская"),
    "UA68": ("Хмельницька", "Хмельницкая"),
    "UA71": ("Черкаська", "Черкасская"),
    "UA73": ("Чернівецька", "Черновицкая"),
    "UA74": ("Чернігівська", "Черниговская"),
}


def oblast_from_text(text: str) -> str | None:
    """English oblast name for an oblast as written, without any gazetteer.

    >>> oblast_from_text("Донецької області"), oblast_from_text("Kharkiv Oblast")
    ('Donetsk', 'Kharkiv')
    """
    from .forms import lemmas, parse_query
    from .translit import loose_key

    core, _ = parse_query(text)
    keys = {loose_key(f) for f in lemmas(core)}
    for prefix, (short, aliases) in OBLASTS.items():
        names = [short, *aliases, *OBLAST_ADJ.get(prefix, ())]
        if any(loose_key(n) in keys for n in names):
            return short
    return None


def oblast_name(code: str) -> str:
    """English short name of the oblast a KATOTTG code belongs to ('' if none)."""
    return OBLASTS.get(code[:4], ("", ()))[0]


@dataclass
class AdminUnit:
    """One administrative unit: level 1 oblast, 2 raion, 3 hromada."""

    code: str  # KATOTTG code
    level: int
    name_uk: str
    name_en: str
    name_ru: str
    parent: str  # code of the enclosing unit ('' for oblasts)
    geometry: Any  # lon/lat (Multi)Polygon
    osm_id: str = ""
    extra_names: tuple[str, ...] = ()


@dataclass
class AdminPath:
    """Where a point lies: names and codes of its oblast, raion and hromada."""

    oblast: str = ""
    raion: str = ""
    hromada: str = ""
    oblast_code: str = ""
    raion_code: str = ""
    hromada_code: str = ""


@dataclass
class AdminIndex:
    """Point-in-polygon lookup over admin units (STRtree per level)."""

    units: list[AdminUnit]
    by_code: dict[str, AdminUnit] = field(init=False)

    def __post_init__(self) -> None:
        self.by_code = {u.code: u for u in self.units}
        self._trees: dict[int, tuple[STRtree, list[AdminUnit]]] = {}
        for level in (1, 2, 3):
            units = [u for u in self.units if u.level == level]
            if units:
                self._trees[level] = (STRtree([u.geometry for u in units]), units)
        for tree, _ in self._trees.values():
            shapely.prepare(tree.geometries)

    def unit_at(self, lon: float, lat: float, level: int) -> AdminUnit | None:
        """The unit of ``level`` containing the point, or None."""
        if level not in self._trees:
            return None
        tree, units = self._trees[level]
        hits = tree.query(shapely.Point(lon, lat), predicate="intersects")
        return units[int(hits[0])] if len(hits) else None

    def locate(self, lon: float, lat: float) -> AdminPath | None:
        """Oblast/raion/hromada of a point (None outside every unit)."""
        path = AdminPath()
        hromada = self.unit_at(lon, lat, 3)
        raion = self.by_code.get(hromada.parent) if hromada else None
        raion = raion or self.unit_at(lon, lat, 2)
        oblast = self.by_code.get(raion.parent) if raion else None
        oblast = oblast or self.unit_at(lon, lat, 1)
        if not (hromada or raion or oblast):
            return None
        if hromada:
            path.hromada, path.hromada_code = hromada.name_en, hromada.code
        if raion:
            path.raion, path.raion_code = raion.name_en, raion.code
        if oblast:
            path.oblast, path.oblast_code = oblast.name_en, oblast.code
        elif raion or hromada:
            code = (raion or hromada).code
            path.oblast, path.oblast_code = oblast_name(code), code[:4]
        return path

    def centre(self, code: str) -> tuple[float, float, float] | None:
        """(lat, lon, radius_km) of a unit: a point inside it and its extent."""
        unit = self.by_code.get(code)
        if unit is None:
            return None
        point = unit.geometry.representative_point()
        minx, miny, maxx, maxy = unit.geometry.bounds
        corners = np.array([[minx, miny], [maxx, maxy]])
        _, _, diag = GEOD.inv(
            corners[0, 0], corners[0, 1], corners[1, 0], corners[1, 1]
        )
        return point.y, point.x, float(diag) / 2000.0

    def path_of(self, code: str) -> AdminPath:
        """The admin path of a unit code (walking up parents)."""
        path = AdminPath()
        unit = self.by_code.get(code)
        while unit is not None:
            if unit.level == 3:
                path.hromada, path.hromada_code = unit.name_en, unit.code
            elif unit.level == 2:
                path.raion, path.raion_code = unit.name_en, unit.code
            else:
                path.oblast, path.oblast_code = unit.name_en, unit.code
            unit = self.by_code.get(unit.parent)
        if not path.oblast and code:
            path.oblast, path.oblast_code = oblast_name(code), code[:4]
        return path
