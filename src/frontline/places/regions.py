"""From a place, sector phrase or admin name to a :class:`~frontline.model.Region`.

Rules (every region keeps its parameters so checks can vary them):

* ``X`` / "X sector / direction / front / axis" → a geodesic disc of
  :data:`SECTOR_RADIUS_KM` (25 km) around X. 25 km is about the depth of the
  contact zone a General Staff direction report covers around its namesake
  town (Bakhmut–Chasiv Yar–Klishchiivka all lie within 12 km of Bakhmut;
  Soledar and Kurdiumivka within 15 km) while staying clear of the next named
  direction's centre (Bakhmut–Toretsk 23 km, Toretsk–Pokrovsk 50 km).
  Checks can report sensitivity at 15/25/35 km.
* "near / around / outskirts of X" (and a settlement named alone in a claim)
  → a :data:`NEAR_RADIUS_KM` (10 km) disc: a village plus its fields.
* "northern / southern / eastern / western flank of X" → the half-disc on
  that side (``frontline.geo.shapes.geodesic_sector``).
* "south of X", "west of X" … → a 90° wedge on that side
  (:data:`WEDGE_RADIUS_KM`, 20 km).
* oblast / raion / hromada names → their OSM boundary polygons.
* General Staff directions (``directions_ua_general_staff.json``) → the union
  of the hromadas that contain the direction's anchor villages.
* "left bank of the Dnipro (in Kherson oblast)" → the Kherson-oblast
  hromadas on the south-east side of a traced Dnipro centreline.

Spec strings for ``frontline measure --region`` (:func:`region_from_spec`):
``Bakhmut``, ``Bakhmut:25km``, ``near:Bakhmut``, ``south-flank:Bakhmut:25km``,
``south-of:Staromaiorske:15km``, ``oblast:Donetsk``, ``raion:Bakhmut``,
``hromada:Soledar``, ``direction:Bakhmut``, ``left-bank:Kherson``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry import LineString, Polygon

from .. import ATTRIBUTION
from ..errors import FrontlineError
from ..geo.area import area_km2, to_equal_area
from ..geo.shapes import geodesic_disc, geodesic_sector
from ..model import Region
from .forms import lemmas, parse_query
from .translit import fold, is_cyrillic, loose_key

SECTOR_RADIUS_KM = 25.0
NEAR_RADIUS_KM = 10.0
WEDGE_RADIUS_KM = 20.0
WEDGE_WIDTH_DEG = 90.0
SIDES = {
    "north": 0.0,
    "east": 90.0,
    "south": 180.0,
    "west": 270.0,
    "northeast": 45.0,
    "southeast": 135.0,
    "southwest": 225.0,
    "northwest": 315.0,
}
# Dnipro centreline through Kherson oblast (lon, lat), hand-traced from the
# Kakhovka reservoir past Nova Kakhovka and Kherson to the estuary.
DNIPRO_KHERSON = [
    (35.20, 47.85),
    (34.60, 47.55),
    (34.10, 47.25),
    (33.60, 46.95),
    (33.37, 46.77),
    (33.05, 46.68),
    (32.75, 46.64),
    (32.55, 46.58),
    (32.30, 46.50),
    (31.90, 46.45),
    (31.40, 46.40),
]

_SIDE_WORDS = {
    "north": r"north(?:ern)?|північн\w*|северн\w*",
    "south": r"south(?:ern)?|південн\w*|южн\w*",
    "east": r"east(?:ern)?|східн\w*|восточн\w*",
    "west": r"west(?:ern)?|західн\w*|западн\w*",
}
_SECTOR_WORDS = (
    r"sector|direction|front|axis|flank|area|outskirts|"
    r"напрям\w*|направлени\w*|фронт\w*|ділянц\w*|участ\w*|секто\w*|"
    r"флан\w*|околиц\w*|район\w*"
)
_NEAR_WORDS = (
    r"near|around|outside|outskirts of|close to|під|біля|поблизу|около|под|"
    r"возле|в районі|в районе"
)


@dataclass
class RegionResult:
    """A claim's region, or None with the reason, and how it was built."""

    region: Region | None
    description: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def resolved(self) -> bool:
        return self.region is not None


def _resolver(resolver):
    """The caller's resolver: the place engine loads no data itself."""
    if resolver is None:
        raise FrontlineError(
            "no gazetteer given (load one with "
            "frontline.sources.gazetteer.load_resolver and pass resolver=)"
        )
    return resolver


def _make(geom, description: str, kind: str, params: dict, provenance) -> Region:
    geom = shapely.make_valid(geom)
    projected = to_equal_area(geom)
    return Region(
        geometry=geom,
        projected=projected,
        description=description,
        kind=kind,
        params=params,
        area_km2=round(area_km2(projected), 3),
        provenance=list(dict.fromkeys(provenance)),
    )


def _place(name: str, resolver, *, context=(), oblast=None):
    """Best settlement-like candidate for ``name`` and a note on the others."""
    cands = resolver.candidates(name, context=context, oblast=oblast, limit=8)
    if not cands:
        raise FrontlineError(f"unknown place {name!r} (gazetteer: {resolver.label})")
    best = cands[0]
    places = [c for c in cands if c.feature_class == "P"]
    if best.feature_class != "P" and places and places[0].score >= best.score - 0.1:
        best = places[0]
    note = ""
    rivals = [
        c
        for c in cands
        if c is not best
        and c.feature_class == best.feature_class
        and c.score >= best.score - 0.02
    ]
    if rivals:
        other = rivals[0]
        note = (
            f"; ambiguous: also {other.name} ({other.oblast}, "
            f"{other.lat:.3f} N {other.lon:.3f} E)"
        )
    return best, note


def _centre_params(c, radius: float, **extra) -> dict:
    return {
        "centre": [round(c.lat, 5), round(c.lon, 5)],
        "radius_km": radius,
        "place": c.name,
        "place_uk": c.name_uk,
        "oblast": c.oblast,
        "gazetteer": c.gazetteer,
        **extra,
    }


def disc_region(
    name: str,
    radius_km: float,
    resolver=None,
    *,
    kind="disc",
    context=(),
    oblast=None,
    why: str = "",
) -> Region:
    """A geodesic disc around the best candidate for ``name``."""
    resolver = _resolver(resolver)
    c, note = _place(name, resolver, context=context, oblast=oblast)
    geom = geodesic_disc(c.lat, c.lon, radius_km)
    desc = (
        f"{radius_km:g} km geodesic disc around {c.name} ({c.oblast} oblast, "
        f"{c.lat:.4f} N {c.lon:.4f} E){why}{note}"
    )
    return _make(geom, desc, kind, _centre_params(c, radius_km), resolver.provenance)


def side_region(
    name: str,
    side: str,
    radius_km: float,
    resolver=None,
    *,
    half: bool = True,
    context=(),
    oblast=None,
) -> Region:
    """Half-disc (``half``) or 90° wedge on ``side`` of ``name``."""
    resolver = _resolver(resolver)
    if side not in SIDES:
        raise FrontlineError(f"unknown side {side!r} (north, south, east, west)")
    c, note = _place(name, resolver, context=context, oblast=oblast)
    width = 180.0 if half else WEDGE_WIDTH_DEG
    az = SIDES[side]
    geom = geodesic_sector(c.lat, c.lon, radius_km, az - width / 2, az + width / 2)
    shape = "half-disc" if half else f"{width:g}° wedge"
    desc = (
        f"{side}ern {shape} of {radius_km:g} km around {c.name} "
        f"({c.oblast} oblast, {c.lat:.4f} N {c.lon:.4f} E){note}"
    )
    kind = "half-disc" if half else "wedge"
    params = _centre_params(
        c, radius_km, side=side, azimuth_from=az - width / 2, azimuth_to=az + width / 2
    )
    return _make(geom, desc, kind, params, resolver.provenance)


def admin_region(level: str, name: str, resolver=None) -> Region:
    """The boundary polygon of an oblast, raion or hromada."""
    resolver = _resolver(resolver)
    admin = resolver.admin()
    if admin is None:
        raise FrontlineError(
            f"no boundary files for {level} {name!r}: pass --mirror with the "
            "gazetteer folder (its sibling boundaries/ holds the polygons)"
        )
    query = {
        "oblast": f"{name} oblast",
        "raion": f"{name} raion",
        "hromada": f"{name} hromada",
    }[level]
    cands = [c for c in resolver.candidates(query, limit=5) if c.admin_code]
    if not cands and level in ("raion", "hromada"):
        # "hromada:Soledar": the unit that contains the settlement
        places = [
            c for c in resolver.candidates(name, limit=3) if c.feature_class == "P"
        ]
        if places:
            p = places[0]
            unit = admin.unit_at(p.lon, p.lat, 2 if level == "raion" else 3)
            if unit is not None:
                return _admin_unit_region(
                    unit,
                    level,
                    f" (the {level} containing {p.name}, {p.lat:.3f} N {p.lon:.3f} E)",
                )
    if not cands:
        hint = resolver.candidates(query, limit=1)
        if hint and not hint[0].admin_code:
            raise FrontlineError(
                f"{level} {name!r} is {hint[0].name} ({hint[0].oblast}): "
                "outside the boundary files (Ukraine only)"
            )
        raise FrontlineError(f"unknown {level} {name!r}")
    unit = admin.by_code[cands[0].admin_code]
    return _admin_unit_region(unit, level, "")


def _admin_unit_region(unit, level: str, note: str) -> Region:
    desc = f"{level} {unit.name_en} ({unit.name_uk}): OSM boundary polygon{note}"
    params = {
        "level": level,
        "katottg": unit.code,
        "name_uk": unit.name_uk,
        "osm_id": unit.osm_id,
        "source_boundaries": f"ua_adm{unit.level}_osm",
    }
    return _make(unit.geometry, desc, "admin", params, [ATTRIBUTION["osm"]])


# Later General Staff names for directions of the shared list (by its ids).
EXTRA_DIRECTION_ALIASES = {
    "kharkiv": [
        "Південно-Слобожанський напрямок",
        "South Slobozhanskyi direction",
        "Южно-Слобожанское направление",
    ],
    "shakhtarsk_vremivka": ["Південно-Донецький напрямок", "South Donetsk direction"],
}


def find_direction(text: str, resolver) -> dict | None:
    """The General Staff direction whose name or alias ``text`` names."""
    target = _direction_key(text)
    if not target:
        return None
    for d in resolver.directions():
        names = [
            d.get("id", ""),
            d.get("name_en", ""),
            d.get("name_uk", ""),
            *d.get("aliases", []),
            *EXTRA_DIRECTION_ALIASES.get(d.get("id", ""), []),
        ]
        for n in names:
            for part in re.split(r"[/(]|\blater\b", n):
                if _direction_key(part) == target:
                    return d
    return None


_DIR_NOISE = re.compile(
    rf"\b(?:the|of|on|in|на|в|у|по|{_SECTOR_WORDS}|summer|counteroffensive|\d+)\b",
    re.I,
)


def _direction_key(text: str) -> str:
    text = _DIR_NOISE.sub(" ", text.replace("_", " ").replace("→", " "))
    words = [w for w in re.split(r"[\s,;.)]+", text) if w]
    if not words:
        return ""
    stems = []
    for w in words[:3]:
        key = loose_key(lemmas(w)[0])
        for suffix in (
            "skomu",
            "skoe",
            "skoie",
            "skii",
            "skoho",
            "ske",
            "skom",
            "skyi",
            "ska",
            "sk",
            "ivskomu",
            "ivske",
            "ovskoe",
        ):
            if key.endswith(suffix) and len(key) - len(suffix) >= 3:
                key = key[: -len(suffix)]
                break
        stems.append(key[:6])
    return " ".join(stems)


def direction_region(text: str, resolver=None) -> Region:
    """Union of the hromadas containing a General Staff direction's anchors."""
    resolver = _resolver(resolver)
    if not resolver.directions():
        raise FrontlineError(
            "the General Staff directions list is not available: pass --mirror "
            "with the gazetteer folder (directions_ua_general_staff.json)"
        )
    d = find_direction(text, resolver)
    if d is None:
        raise FrontlineError(f"no General Staff direction matches {text!r}")
    admin = resolver.admin()
    if admin is None:
        raise FrontlineError("direction regions need the boundary files (--mirror)")
    parts, used, missing = {}, [], []
    oblast = (d.get("oblasts") or [None])[0]
    for a in d.get("anchors", []):
        lat, lon = a.get("lat"), a.get("lon")
        if lat is None or lon is None:
            cands = resolver.candidates(
                a["name"],
                oblast=oblast,
                limit=1,
                near=tuple(d.get("center_approx_latlon") or ()) or None,
            )
            if not cands:
                missing.append(a["name"])
                continue
            lat, lon = cands[0].lat, cands[0].lon
        unit = admin.unit_at(lon, lat, 3)
        if unit is None:
            missing.append(a["name"])
            continue
        parts[unit.code] = unit.geometry
        used.append(a["name"])
    if not parts:
        raise FrontlineError(f"direction {d['name_en']!r}: no anchor could be placed")
    geom = shapely.union_all(list(parts.values()))
    desc = (
        f"General Staff {d['name_en']} ({d['name_uk']}): union of the "
        f"{len(parts)} hromadas containing its anchors {', '.join(used)}"
        + (f"; not placed: {', '.join(missing)}" if missing else "")
        + " (compiled reference list, not an official geometry)"
    )
    params = {
        "direction": d["id"],
        "anchors": used,
        "missing_anchors": missing,
        "hromadas": sorted(parts),
        "source_boundaries": "ua_adm3_hromadas_osm",
    }
    return _make(
        geom, desc, "direction", params, [ATTRIBUTION["osm"], *resolver.provenance]
    )


def left_bank_region(oblast: str = "Kherson", resolver=None) -> Region:
    """Hromadas of Kherson oblast on the left (south-east) bank of the Dnipro."""
    resolver = _resolver(resolver)
    admin = resolver.admin()
    if admin is None:
        raise FrontlineError("the left-bank region needs the boundary files (--mirror)")
    canon = resolver.oblast_name(oblast) or oblast
    if canon != "Kherson":
        raise FrontlineError(
            "left bank of the Dnipro is only derived for Kherson oblast, "
            f"not {oblast!r}"
        )
    line = LineString(DNIPRO_KHERSON)
    x0, x1 = DNIPRO_KHERSON[0][0], DNIPRO_KHERSON[-1][0]
    right_side = Polygon([*DNIPRO_KHERSON, (x1, 49.0), (x0, 49.0)])
    parts = []
    for u in admin.units:
        if u.level == 3 and admin.path_of(u.code).oblast == "Kherson":
            p = u.geometry.representative_point()
            if not right_side.contains(p):
                parts.append(u.geometry)
    if not parts:
        raise FrontlineError("no Kherson-oblast hromadas found in the boundary files")
    geom = shapely.union_all(parts)
    desc = (
        f"left (south-east) bank of the Dnipro in Kherson oblast: union of the "
        f"{len(parts)} hromadas whose interior point lies beyond a hand-traced "
        "Dnipro centreline (approximate along the river)"
    )
    params = {
        "oblast": "Kherson",
        "hromadas": len(parts),
        "river_line": [list(c) for c in line.coords],
        "source_boundaries": "ua_adm3_hromadas_osm",
    }
    return _make(geom, desc, "left-bank", params, [ATTRIBUTION["osm"]])


_RADIUS = re.compile(r"^(\d+(?:\.\d+)?)\s*km$", re.I)


def region_from_spec(spec: str, *, resolver=None) -> Region:
    """A region from a ``--region`` spec (see the module doc).

    Raises :class:`FrontlineError` when the spec or the place is unknown.
    """
    if not isinstance(spec, str) or not spec.strip():
        raise FrontlineError("empty region spec", where="--region")
    parts = [p.strip() for p in spec.split(":")]
    radius = None
    if len(parts) > 1 and _RADIUS.match(parts[-1]):
        radius = float(_RADIUS.match(parts[-1]).group(1))
        if not 0 < radius <= 500:
            raise FrontlineError(
                f"radius must be in (0, 500] km: {parts[-1]}", where="--region"
            )
        parts = parts[:-1]
    elif len(parts) > 1 and re.match(r"^[-+]?\d", parts[-1]):
        raise FrontlineError(
            f"cannot read the radius {parts[-1]!r} (write e.g. 25km)", where="--region"
        )
    if len(parts) == 1:
        if not parts[0]:
            raise FrontlineError(f"no place in region spec {spec!r}", where="--region")
        try:
            return disc_region(parts[0], radius or SECTOR_RADIUS_KM, resolver)
        except FrontlineError as exc:
            raise FrontlineError(exc.message, where=f"--region {spec}") from exc
    if len(parts) != 2 or not parts[1]:
        raise FrontlineError(f"cannot read region spec {spec!r}", where="--region")
    head, name = parts[0].lower(), parts[1]
    try:
        if head in ("oblast", "raion", "hromada"):
            return admin_region(head, name, resolver)
        if head == "direction":
            return direction_region(name, resolver)
        if head in ("near", "around"):
            return disc_region(name, radius or NEAR_RADIUS_KM, resolver, kind="disc")
        if head in ("sector", "disc"):
            return disc_region(name, radius or SECTOR_RADIUS_KM, resolver)
        if head == "left-bank":
            return left_bank_region(name, resolver)
        m = re.match(r"^([a-z]+)-(flank|of)$", head)
        if m and m.group(1) in SIDES:
            half = m.group(2) == "flank"
            r = radius or (SECTOR_RADIUS_KM if half else WEDGE_RADIUS_KM)
            return side_region(name, m.group(1), r, resolver, half=half)
    except FrontlineError as exc:
        raise FrontlineError(exc.message, where=f"--region {spec}") from exc
    raise FrontlineError(
        f"unknown region kind {parts[0]!r} (use a place, near:, <side>-flank:, "
        "<side>-of:, oblast:, raion:, hromada:, direction:, left-bank:)",
        where="--region",
    )


# ---------------------------------------------------------------- claims

_FLANK = re.compile(
    rf"\b({'|'.join(_SIDE_WORDS.values())})\s+(?:flank|фланг\w*)\b", re.I
)
_OF_SIDE = re.compile(
    rf"\b({'|'.join(_SIDE_WORDS.values())})\s+(?:of|від|от)\s+(.+)$", re.I
)
_SIDE_ONLY = re.compile(rf"^({'|'.join(_SIDE_WORDS.values())})$", re.I)
_NEAR = re.compile(rf"^(?:{_NEAR_WORDS})\s+(.+)$", re.I)
_LEFT_BANK = re.compile(
    r"left bank|лів\w+ берег|левы\w+ берег|лівобереж|левобереж", re.I
)
_STRIP = re.compile(
    rf"\b(?:the|of|in|on|around|near|city|town|village|eastern city|на|в|у|по|"
    rf"{_SECTOR_WORDS})\b",
    re.I,
)


def _side_of(word: str) -> str:
    for side, pattern in _SIDE_WORDS.items():
        if re.fullmatch(pattern, word, re.I):
            return side
    return ""


def _core_place(text: str) -> str:
    text = re.sub(
        r"\b(?:eastern|western|northern|southern)\s+city\b", " ", text, flags=re.I
    )
    text = _STRIP.sub(" ", text)
    return " ".join(text.replace(",", " ").split())


def _adjective_places(word: str) -> list[str]:
    """'Покровському' → ['Покровськ', ...]: place names an adjective may stand for."""
    out = []
    for lemma in lemmas(word)[:6]:
        low = lemma.lower()
        for suffix, reps in (
            ("ський", ("ськ", "ське", "", "ка")),
            ("ский", ("ск", "ское", "", "ка")),
            ("івський", ("івка", "ове", "ів")),
            ("овский", ("овка", "ово", "ов")),
            ("цький", ("цьк",)),
            ("цкий", ("цк",)),
        ):
            if low.endswith(suffix):
                out += [lemma[: -len(suffix)] + r for r in reps]
    return out


_ADJECTIVE = re.compile(r"(?:ськ|цьк|ск|цк)(?:ому|ий|ім|ого|ое|ом|ого|ій|ая|ої|ой)$")


def _resolve_core(core: str, resolver, context, oblast):
    """A place name inside a sector phrase (handles adjectives).

    "Покровському (напрямку)" names the town Покровськ, not a village
    Покровське: adjectives are read as their town first.
    """
    words = core.split()
    adjective = any(_ADJECTIVE.search(w.lower()) for w in words if is_cyrillic(w))
    if not adjective and resolver.candidates(
        core, context=context, oblast=oblast, limit=1
    ):
        return core
    for w in words:
        for alt in _adjective_places(w):
            if resolver.candidates(alt, context=context, oblast=oblast, limit=1):
                return alt
    if adjective and resolver.candidates(core, context=context, oblast=oblast, limit=1):
        return core
    return None


def _field(c, name: str):
    return c.get(name) if isinstance(c, dict) else getattr(c, name, None)


def front_ranked(resolver, name: str, front_distance, **kw) -> list:
    """Candidates as ``frontline place`` ranks them, except that the front
    line of the day (``front_distance``) orders the homonyms of the first
    answer (same name, matched the same way): "Pokrovsk" stays the city and
    never becomes a Pokrovske nearer the front; of five Andriivkas the one at
    the front comes first."""
    kw.pop("front_distance", None)
    plain = resolver.candidates(name, **kw)
    if not plain or front_distance is None:
        return plain
    limit = kw.pop("limit", None)
    ranked = resolver.candidates(name, front_distance=front_distance, **kw)
    first = plain[0]
    key = (_field(first, "name"), _field(first, "match"))
    same = [c for c in ranked if (_field(c, "name"), _field(c, "match")) == key]
    ids = {(_field(c, "lat"), _field(c, "lon")) for c in same}
    rest = [c for c in plain if (_field(c, "lat"), _field(c, "lon")) not in ids]
    out = same + rest
    return out[:limit] if limit else out


class _FrontAware:
    """A resolver whose candidates() use a caller's distance-to-front hook
    (for homonyms only: :func:`front_ranked`)."""

    def __init__(self, resolver, front_distance) -> None:
        self._resolver = resolver
        self._front_distance = front_distance

    def candidates(self, name, **kw):
        return front_ranked(self._resolver, name, self._front_distance, **kw)

    def __getattr__(self, attr):
        return getattr(self._resolver, attr)


def region_for_claim(
    sector: str | None,
    places: list[str],
    *,
    resolver=None,
    context_text: str | None = None,
    radius_km: float | None = None,
    front_distance=None,
) -> RegionResult:
    """The region a claim is about, from its ``sector`` phrase and ``places``.

    Returns a :class:`RegionResult`; ``region`` is None (with the reason in
    ``description``) when the words do not pin down an area. ``radius_km``
    overrides the default radius of discs, half-discs and wedges;
    ``front_distance`` (a callable (lon, lat) -> km to the front line of the
    day) helps choose among homonyms.
    """
    resolver = _resolver(resolver)
    if front_distance is not None:
        resolver = _FrontAware(resolver, front_distance)
    places = [p for p in (places or []) if p and p.strip()]
    admins, settlements, waters = [], [], []
    for p in places:
        _, kind = parse_query(p)
        if kind in ("oblast", "raion", "hromada"):
            admins.append(p)
        elif kind == "river" or _is_water(p, resolver):
            waters.append(p)  # a river is a line, not an area: never a disc
        else:
            settlements.append(p)
    oblast = None
    for a in admins:
        if parse_query(a)[1] == "oblast":
            oblast = resolver.oblast_name(a)
            if oblast:
                break
    if oblast is None and context_text:
        m = re.search(r"(\w+)\s+(?:oblast|region|області|области)", context_text, re.I)
        if m:
            oblast = resolver.oblast_name(m.group(0))
    context = tuple(places)
    try:
        if sector and sector.strip():
            result = _sector_region(sector, resolver, context, oblast, radius_km)
            if result is not None:
                return result
        if settlements:
            return _settlements_region(
                settlements, resolver, context, oblast, radius_km
            )
        if waters and context_text and _LEFT_BANK.search(context_text):
            region = left_bank_region(oblast or "Kherson", resolver)
            return RegionResult(region, region.description, region.params)
        if admins:
            a = admins[0]
            core, kind = parse_query(a)
            region = admin_region(kind, core, resolver)
            return RegionResult(region, region.description, region.params)
    except FrontlineError as exc:
        return RegionResult(
            None, f"unresolvable: {exc.message}", {"radius_km": radius_km}
        )
    if sector and sector.strip():
        return RegionResult(
            None,
            f"unresolvable: the sector {sector!r} names no place frontline can "
            "locate (too vague for a geometry)",
            {"sector": sector},
        )
    if waters:
        return RegionResult(
            None,
            f"unresolvable: {', '.join(waters)} is a river or water body, not an "
            "area (name a bank, an oblast or a settlement)",
            {},
        )
    return RegionResult(None, "unresolvable: the claim names no place or sector", {})


def _is_water(name: str, resolver) -> bool:
    """Does the best candidate for ``name`` name a river, lake or sea?"""
    try:
        top = resolver.candidates(name, limit=1)
    except FrontlineError:
        return False
    return bool(top) and top[0].feature_class == "H" and top[0].match != "fuzzy"


def _sector_region(sector, resolver, context, oblast, radius_km) -> RegionResult | None:
    text = " ".join(sector.split())
    if _LEFT_BANK.search(text):
        region = left_bank_region("Kherson", resolver)
        return RegionResult(region, region.description, region.params)
    m = _FLANK.search(text)
    if m:
        side = _side_of(m.group(1))
        rest = _core_place(text[: m.start()] + " " + text[m.end() :])
        core = _resolve_core(rest, resolver, context, oblast) if rest else None
        if core:
            region = side_region(
                core,
                side,
                radius_km or SECTOR_RADIUS_KM,
                resolver,
                half=True,
                context=context,
                oblast=oblast,
            )
            return RegionResult(region, region.description, region.params)
    m = _OF_SIDE.search(text)
    if m:
        side = _side_of(m.group(1))
        core = _resolve_core(_core_place(m.group(2)), resolver, context, oblast)
        if core:
            region = side_region(
                core,
                side,
                radius_km or WEDGE_RADIUS_KM,
                resolver,
                half=False,
                context=context,
                oblast=oblast,
            )
            return RegionResult(region, region.description, region.params)
    if _SIDE_ONLY.match(_core_place(text) or text):
        return None
    m = _NEAR.match(text)
    if m:
        core = _resolve_core(_core_place(m.group(1)), resolver, context, oblast)
        if core:
            region = disc_region(
                core,
                radius_km or NEAR_RADIUS_KM,
                resolver,
                context=context,
                oblast=oblast,
                why=" (near)",
            )
            return RegionResult(region, region.description, region.params)
    is_area = re.search(r"\barea\b|околиц|в районі|в районе", text, re.I)
    if resolver.directions() and resolver.admin() is not None and radius_km is None:
        d = find_direction(text, resolver)
        if d is not None and not is_area:
            region = direction_region(d["id"], resolver)
            return RegionResult(region, region.description, region.params)
    core = _core_place(text)
    if not core:
        return None
    core = _resolve_core(core, resolver, context, oblast)
    if core is None:
        return None
    top = resolver.candidates(core, context=context, oblast=oblast, limit=1)
    if top and top[0].oblast.endswith("(Russia)") and not is_area:
        return RegionResult(
            None,
            f"unresolvable: the sector {sector!r} is named after {top[0].name}, "
            f"in {top[0].oblast}: a direction across the border has no geometry here",
            {"sector": sector},
        )
    r = radius_km or (NEAR_RADIUS_KM * 1.5 if is_area else SECTOR_RADIUS_KM)
    region = disc_region(
        core, r, resolver, context=context, oblast=oblast, why=f" (sector {sector!r})"
    )
    return RegionResult(region, region.description, region.params)


def _settlements_region(names, resolver, context, oblast, radius_km) -> RegionResult:
    r = radius_km or NEAR_RADIUS_KM
    discs, used, params = [], [], []
    for n in names:
        c, note = _place(n, resolver, context=context, oblast=oblast)
        discs.append(geodesic_disc(c.lat, c.lon, r))
        used.append(f"{c.name} ({c.lat:.3f} N {c.lon:.3f} E){note}")
        params.append(_centre_params(c, r, written=n))
    geom = shapely.union_all(discs)
    desc = f"{r:g} km geodesic disc(s) around " + "; ".join(used)
    p = {"radius_km": r, "places": params}
    if len(params) == 1:
        p = params[0]
    region = _make(geom, desc, "disc", p, resolver.provenance)
    return RegionResult(region, desc, p)


__all__ = [
    "NEAR_RADIUS_KM",
    "SECTOR_RADIUS_KM",
    "WEDGE_RADIUS_KM",
    "RegionResult",
    "admin_region",
    "direction_region",
    "disc_region",
    "find_direction",
    "fold",
    "left_bank_region",
    "region_for_claim",
    "region_from_spec",
    "side_region",
]
