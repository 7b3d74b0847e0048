"""Claim → region readings: places resolved (:mod:`frontline.places`), the
claim's region, its other readings and the sensitivity radii."""

from __future__ import annotations

import re
from typing import Any

from ..errors import FrontlineError
from ..model import (
    Claim,
    Place,
    Region,
)
from ..places.regionwords import region_word
from .claims import field_of
from .footprints import oblast_polygons
from .options import NEAR_PLACE_KM, SECTOR_RADIUS_KM


def _whole_map(why: str) -> tuple[Region, str]:
    """The whole map as a claim's region, and why."""
    from ..geo.regions import all_region

    region = all_region()
    region.description = f"the whole map ({why})"
    return region, region.description


class Places:
    """Resolver and region builder (frontline.places), loaded once per check."""

    def __init__(
        self,
        mirror: str | None,
        overrides: dict[str, tuple[float, float]] | None = None,
    ) -> None:
        """``overrides``: folded place name → (lat, lon) (``--place``)."""
        self.mirror = mirror
        self.overrides = dict(overrides or {})
        self.resolver = None
        self.note = ""
        from ..sources.gazetteer import load_resolver

        try:
            self.resolver = load_resolver(mirror=mirror)
            if self.overrides:
                self.resolver = _Overriding(self.resolver, self.overrides)
        except FrontlineError as exc:
            self.note = f"no gazetteer: {exc}"

    def oblast_in(self, context: str) -> str | None:
        """An oblast named in the sentence ("in the Donetsk region")."""
        if self.resolver is None:
            return None
        for m in _OBLAST.finditer(context):
            try:
                name = self.resolver.oblast_name(m.group(0))
            except (FrontlineError, AttributeError):
                name = None
            if name:
                return name
        return None

    def resolve(
        self,
        claim: Claim,
        context: str,
        front_distance: Any = None,
        document: str = "",
    ) -> list[Place]:
        """Each place of the claim with its best candidate (if any).

        The sentence's oblast (else the first oblast the document names), the
        claim's other places and sector, and the distance to the front on the
        day disambiguate homonyms.
        """
        out = []
        oblast = self.oblast_in(context) or self.oblast_in(document)
        names = [p.name for p in claim.places]
        if claim.sector:
            names.append(_SECTOR_WORDS.sub(" ", claim.sector).strip())
        for p in claim.places:
            if p.lat is not None and p.lon is not None:
                out.append(p)
                continue
            place = Place(p.name)
            if self.resolver is not None and region_word(p.name) is None:
                others = [n for n in names if n and n != p.name]
                cands = self._candidates(p.name, oblast, others, front_distance)
                if cands:
                    best = cands[0]
                    place = Place(
                        p.name,
                        lat=best.get("lat"),
                        lon=best.get("lon"),
                        resolved_name=best.get("name"),
                        score=best.get("score"),
                        gazetteer=best.get("gazetteer"),
                        candidates=cands[:3],
                    )
            out.append(place)
        return out

    def _candidates(
        self, name: str, oblast: str | None, others: list[str], front_distance: Any
    ) -> list[dict[str, Any]]:
        """Candidates as ``frontline place`` ranks them, homonyms ordered by
        the front line of the day (:func:`frontline.places.regions.front_ranked`)."""
        from ..places.regions import front_ranked

        assert self.resolver is not None
        try:
            cands = front_ranked(
                self.resolver, name, front_distance, oblast=oblast, context=others
            )
        except FrontlineError:
            return []
        return [c if isinstance(c, dict) else _cand_dict(c) for c in cands]

    def region(
        self,
        claim: Claim,
        places: list[Place],
        context: str,
        radius_km: float | None = None,
        front_distance: Any = None,
    ) -> tuple[Region | None, str]:
        """The claim's region (or None) and how it was built / why not.

        ``front_distance`` (as for :meth:`resolve`) makes the region builder
        pick the same homonym the claim's places were resolved to.
        """
        from ..places.regions import region_for_claim

        kwargs: dict[str, Any] = {"resolver": self.resolver, "context_text": context}
        if radius_km is not None:
            kwargs["radius_km"] = radius_km
        if front_distance is not None:
            kwargs["front_distance"] = front_distance
        unplaced = claim.kind == "area_change" and not (
            claim.sector and claim.sector.strip()
        )
        if claim.extra.get("story_place") == "document":
            # a place its sentence does not name (the story's, text/context.py)
            # locates nothing: the claim is read as placed nowhere
            places = []
            if unplaced:
                return _whole_map(
                    "the claim's sentence names no place or sector; the story's "
                    "place is not used to locate it"
                )
        names = [p.name for p in (places or claim.places)]
        sector = sector_of(claim)
        if sector and names and _BARE_FLANK.match(sector.strip()):
            sector = f"{sector.strip()} of {names[0]}"  # "southern flank" of Bakhmut
        if sector and names and _BROAD_FRONT.search(sector):
            # "on the Zaporizhzhia front, ... around Robotyne": Robotyne it is
            named = [n for n in names if n.lower() not in sector.lower()]
            if named:
                names, sector = named, None
        named = self._region_word(sector, names)
        if named is not None:
            return named, named.description
        names = [n for n in names if region_word(n) is None]  # never a village
        try:
            res = region_for_claim(sector, names, **kwargs)
        except FrontlineError as exc:
            return None, str(exc)
        region = self._full_resolution(field_of(res, "region"))
        desc = field_of(res, "description") or (region.description if region else "")
        if region is None and unplaced and not names:
            return _whole_map("the claim names no place or sector")
        if region is None:
            return None, desc or "no region for this claim"
        return region, desc or region.description

    def _region_word(self, sector: str | None, names: list[str]) -> Region | None:
        """A region word ("Donbas", "the south", a country name) as the
        sector, or as the only place: the union of its oblasts at full
        resolution, or the whole map."""
        words = [sector] if sector else []
        if not words and len(names) == 1:
            words = names
        for w in words:
            hit = region_word(w)
            if hit is None:
                continue
            desc, codes = hit
            if not codes:
                from ..geo.regions import all_region

                region = all_region()
                region.description = desc
                return region
            polys = oblast_polygons(self.mirror)
            if all(c in polys for c in codes):
                import shapely

                from ..geo.regions import from_lonlat

                geom = shapely.union_all([polys[c] for c in codes])
                return from_lonlat(
                    geom,
                    f"{desc}: geoBoundaries ADM1, full resolution",
                    "admin",
                    {"level": "oblasts", "iso": list(codes)},
                    [GEOBOUNDARIES],
                )
        return None

    def _full_resolution(self, region: Region | None) -> Region | None:
        """An oblast region measured on the full-resolution geoBoundaries
        polygon (the OSM oblast file is simplified and drops border strips)."""
        if region is None or (region.params or {}).get("level") != "oblast":
            return region
        polys = oblast_polygons(self.mirror)
        pt = region.geometry.representative_point()
        for code, geom in polys.items():
            if geom.contains(pt):
                from ..geo.regions import from_lonlat

                params = dict(region.params, iso=code, measured_on="geoBoundaries")
                return from_lonlat(
                    geom,
                    f"{region.description}; measured on geoBoundaries ADM1 "
                    f"{code} (full resolution)",
                    "admin",
                    params,
                    [*region.provenance, GEOBOUNDARIES],
                )
        return region

    def regions(
        self,
        claim: Claim,
        places: list[Place],
        context: str,
        front_distance: Any = None,
    ) -> tuple[Region | None, str, list[tuple[str, Region]]]:
        """Primary region, how it was built, and other readings to report.

        A General Staff direction (a union of hromadas) is reported, but the
        primary region of a "sector" is the disc of
        :data:`SECTOR_RADIUS_KM` around its place, so radii can be varied.
        """
        fd = {"front_distance": front_distance} if front_distance else {}
        region, note = self.region(claim, places, context, **fd)
        if region is None or region.kind != "direction":
            return region, note, []
        disc, disc_note = self.region(claim, places, context, SECTOR_RADIUS_KM, **fd)
        if disc is None:
            return region, note, []
        return disc, disc_note, [("General Staff direction (hromadas)", region)]


class _Overriding:
    """A resolver that answers the ``--place`` names with the given point."""

    def __init__(self, resolver: Any, overrides: dict[str, tuple[float, float]]):
        self._resolver = resolver
        self._overrides = overrides

    def candidates(self, name: str, **kw: Any) -> list[Any]:
        point = self._overrides.get(str(name).strip().casefold())
        if point is None:
            return self._resolver.candidates(name, **kw)
        from ..places.resolve import Candidate

        lat, lon = point
        return [
            Candidate(
                name=name, name_uk=name, lat=lat, lon=lon, oblast="", raion="",
                feature_class="P", population=0, score=1.0, matched_variant=name,
                gazetteer="--place", match="exact", reasons=["given with --place"],
            )
        ]  # fmt: skip

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._resolver, attr)


def is_settlement(p: Place) -> bool:
    """A place that has a point meaning: not an oblast, region or river.

    >>> is_settlement(Place("Donetsk region")), is_settlement(Place("Urozhaine"))
    (False, True)
    """
    if _OBLAST.search(p.name or ""):
        return False
    best = p.candidates[0] if p.candidates else {}
    return best.get("feature_class", "P") in ("P", "", None)


GEOBOUNDARIES = (
    "geoBoundaries gbOpen UKR ADM1 (Runfola et al. 2020, PLoS ONE 15(4) e0231866)"
)

_BARE_FLANK = re.compile(
    r"^(?:the\s+|on\s+the\s+)?(?:north|south|east|west)(?:ern)?\s+"
    r"(?:flank|outskirts|side)$",
    re.IGNORECASE,
)
_BROAD_FRONT = re.compile(r"\bfront\b|\bфронт", re.IGNORECASE)


def sector_of(claim: Claim) -> str | None:
    """The claim's sector, or a side-of-place phrase in its quote.

    >>> from frontline.model import Claim
    >>> sector_of(Claim("d", "advance", "successes on the south of Robotyne", 0, 1))
    'south of Robotyne'
    """
    if claim.sector and claim.sector.strip():
        return claim.sector
    m = _SIDE_OF.search(claim.quote or "")
    return m.group(0) if m else None


_SIDE_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    r"[A-ZА-ЯІЇЄҐ][\w'’-]+",
)
_OBLAST = re.compile(
    r"\b[\w'’-]+\s+(?:region|oblast|province)\b|\b[\w'’-]+\s+(?:област\w*|обл\.)",
    re.IGNORECASE,
)
_SECTOR_WORDS = re.compile(
    r"\b(the|of|in|on|at|sector|direction|front|axis|flank|northern|southern|"
    r"eastern|western)\b",
    re.IGNORECASE,
)


def _cand_dict(c: Any) -> dict[str, Any]:
    if hasattr(c, "as_dict"):
        return dict(c.as_dict())
    if hasattr(c, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(c)
    return dict(getattr(c, "__dict__", {}))


def region_variants(
    places: Places,
    claim: Claim,
    resolved: list[Place],
    context: str,
    region: Region,
    radii: tuple[float, ...],
    front_distance: Any = None,
) -> tuple[list[tuple[str, Region]], list[tuple[float, Region]]]:
    """Readings of the region (primary, and the whole disc for a flank/wedge)
    and the primary shape at each sensitivity radius."""
    readings = [(f"primary region ({region.description})", region)]
    p = region.params or {}
    radius = p.get("radius_km")
    centre = p.get("centre") or p.get("center") or [None, None]
    lat = p.get("lat", centre[0])
    lon = p.get("lon", centre[1])
    if region.kind == "half-disc" and radius and lat is not None:
        from ..geo.regions import disc_region

        try:
            disc = disc_region(float(lat), float(lon), float(radius))
            disc.description = f"whole {float(radius):g} km disc"
            readings.append((f"whole {float(radius):g} km disc", disc))
        except FrontlineError:
            pass
    if (
        region.kind == "disc"
        and radius
        and float(radius) < SECTOR_RADIUS_KM
        and claim.kind == "area_change"
        and claim.area_km2 is not None
        and lat is not None
    ):  # "51 km² in this area" of a town: the town's sector is a reading too
        from ..geo.regions import disc_region

        name = p.get("place") or "the place"
        sector = disc_region(float(lat), float(lon), SECTOR_RADIUS_KM)
        sector.description = f"{SECTOR_RADIUS_KM:g} km sector around {name}"
        readings.append((sector.description, sector))
    by_radius: list[tuple[float, Region]] = []
    if radius:
        for r in radii:
            if abs(r - float(radius)) < 1e-9:
                by_radius.append((r, region))
                continue
            fd = {"front_distance": front_distance} if front_distance else {}
            reg, _ = places.region(claim, resolved, context, radius_km=r, **fd)
            if reg is not None:
                by_radius.append((r, reg))
    return readings, by_radius


def near_region(places: list[Place]) -> Region | None:
    pts = [p for p in places if p.lat is not None and p.lon is not None]
    if not pts:
        return None
    from ..geo.regions import disc_region

    p = pts[0]
    reg = disc_region(float(p.lat), float(p.lon), NEAR_PLACE_KM)
    reg.description = f"within {NEAR_PLACE_KM:g} km of {p.resolved_name or p.name}"
    reg.params["place"] = p.resolved_name or p.name
    return reg
