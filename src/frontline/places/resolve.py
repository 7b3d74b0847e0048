"""From a name as written to scored candidate places.

Matching tiers, strongest first: the folded name equals a known spelling
(``exact``) or one of its inflection lemmas does (``lemma``: Бахмута,
Клещеевку); a Russian spelling turned Ukrainian matches (``ru-uk``:
Григоровка → Григорівка, Orlovka → Orlivka); the loose Latin key matches
(``loose``: Kupyansk, Urożajne, Wuhledar ...); the consonant skeleton matches
(``skeleton``: Верхнекаменское ~ Верхньокам'янське); finally a close
misspelling by rapidfuzz (``fuzzy``, ratio ≥ :data:`FUZZY_THRESHOLD` on loose
keys — the threshold measured in ``benchmarks/bench_places.py``). Matching an
alternate or former name counts a little less than the place's own name.

Each candidate's score (0–1) combines the match quality (55 %), a prior
(20 %) from population, feature class, coordinate precision and closeness to
the front (the caller's ``front_distance`` — a callable (lon, lat) -> km the
check engine builds from a snapshot — or else a hand-traced 2022–2025 line,
:mod:`frontline.places.warzone`), and context (25 %): an oblast/raion named
in the text or by ``--oblast``, co-mentioned places (proximity) and a sector
centre (``near``). Candidates are never collapsed to one silent guess:
callers get the ranked list with the reasons.

>>> from frontline.places.gazetteer import Row, build_gazetteer
>>> gaz = build_gazetteer([
...     Row("t", "1", [("Андріївка", "uk")], 48.50, 37.97, oblast="Donetsk"),
...     Row("t", "2", [("Андріївка", "uk")], 49.94, 37.50, oblast="Kharkiv"),
... ])
>>> r = Resolver(gaz)
>>> [c.oblast for c in r.candidates("Andriivka", oblast="Kharkiv")]
['Kharkiv', 'Donetsk']
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from ..errors import FrontlineError
from .admin import oblast_from_text
from .forms import (
    lemmas,
    parse_query,
    split_qualifier,
    ukrainian_forms,
    ukrainian_latin_forms,
)
from .gazetteer import Entry, Gazetteer
from .translit import fold, is_cyrillic, latin_forms, loose_key, skeleton_key
from .warzone import default_front_distance

FUZZY_THRESHOLD = 85.0  # rapidfuzz ratio on loose keys (measured: see docs)
FUZZY_MIN_LEN = 5  # shorter keys are not fuzzy-matched
QUALITY = {
    "exact": 1.0,
    "lemma": 0.96,
    "loose": 0.98,  # another romanisation of the same name: almost exact
    "ru-uk": 0.92,  # a Russian spelling turned Ukrainian (Григоровка → Григорівка)
    "loose-lemma": 0.9,
}
KIND_CODES = {"oblast": "ADM1", "raion": "ADM2", "hromada": "ADM3"}
CLASS_PRIOR = {"P": 1.0, "A": 0.6, "H": 0.4, "T": 0.3}
W_MATCH, W_PRIOR, W_CONTEXT = 0.55, 0.2, 0.25
MEMO_SIZE = 4096  # candidate lists kept per resolver (without a front hook)
WARZONE_SCALE_KM = 40.0  # prior from the traced line of contact (warzone.py)
CONTEXT_SCALE_KM = 40.0  # proximity: +1 at 0 km, 0 at ~28 km, -0.9 at 120 km

FrontDistance = Callable[[float, float], float]  # (lon, lat) -> km to the front


class Match(NamedTuple):
    """How a query matched one entry."""

    quality: float
    form: str  # the query form (lemma, romanisation ...) that matched
    how: str  # exact, lemma, ru-uk, loose, skeleton, fuzzy
    variant: str  # the entry's name it matched
    notes: tuple[str, ...] = ()


@dataclass
class Candidate:
    """One place a name may mean, with its score and why."""

    name: str  # Latin name (GeoNames or KMU 2010)
    name_uk: str  # official Ukrainian name
    lat: float
    lon: float
    oblast: str
    raion: str
    feature_class: str  # P populated place, A admin unit, H water, T land
    population: int
    score: float
    matched_variant: str  # the known spelling the query matched
    gazetteer: str  # the sources that hold this place
    hromada: str = ""
    feature_code: str = ""
    precision_km: float = 1.0
    match: str = ""  # exact, lemma, loose, skeleton, fuzzy
    reasons: list[str] = field(default_factory=list)
    admin_code: str = ""

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["score"] = round(self.score, 3)
        d["lat"], d["lon"] = round(self.lat, 5), round(self.lon, 5)
        d["precision_km"] = round(self.precision_km, 1)
        return d


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance (WGS84) in km."""
    from ..geo.area import GEOD

    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


class Resolver:
    """Scored place candidates from one :class:`Gazetteer`.

    Construct from a :class:`Gazetteer` (the data layer's
    :func:`frontline.sources.gazetteer.load_resolver` loads one); ``admin_loader`` and
    ``directions_loader`` give :mod:`frontline.places.regions` the boundaries
    and General Staff directions lazily.
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        label: str = "",
        admin_loader: Callable[[], Any] | None = None,
        directions_loader: Callable[[], list[dict]] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.label = label or gazetteer.label
        self._admin_loader = admin_loader
        self._directions_loader = directions_loader
        self._admin: Any = None
        self._directions: list[dict] | None = None

    # -- lazily loaded extras for regions
    def admin(self):
        """The :class:`~frontline.places.admin.AdminIndex`, or None."""
        if self._admin is None and self._admin_loader is not None:
            self._admin = self._admin_loader()
        return self._admin

    def directions(self) -> list[dict]:
        """The General Staff directions list (empty without a mirror)."""
        if self._directions is None:
            self._directions = (
                self._directions_loader() if self._directions_loader else []
            )
        return self._directions

    @property
    def provenance(self) -> tuple[str, ...]:
        """Data sources to cite (at least the gazetteer's label)."""
        return self.gazetteer.provenance or ((self.label,) if self.label else ())

    # -- matching
    def _matches(self, core: str) -> dict[int, Match]:
        """entry index -> its best :class:`Match` for ``core``."""
        raw = self._raw_matches(core)
        out = {}
        for i, tries in raw.items():
            out[i] = max(
                (self._effective(i, *t) for t in tries), key=lambda m: m.quality
            )
        return out

    def _effective(self, i: int, quality: float, form: str, how: str) -> Match:
        """The match quality once we know which of the entry's names matched."""
        e = self.gazetteer.entries[i]
        variant = self.gazetteer.matched_variant(
            i, form, "exact" if how in ("lemma", "ru-uk") else how
        )
        notes: list[str] = []
        if variant in e.old_names and variant not in (e.name, e.name_uk):
            quality *= 0.93
            notes.append("a former or alternative OSM name")
        elif not _official(e, variant):
            quality *= 0.92  # an alternate name (some are old names of others)
            notes.append("an alternate name")
        return Match(quality, form, how, variant, tuple(notes))

    def _raw_matches(self, core: str) -> dict[int, list[tuple[float, str, str]]]:
        """entry index -> every (quality, matched query form, tier) found."""
        gaz = self.gazetteer
        found: dict[int, list[tuple[float, str, str]]] = {}

        def add(ids: Iterable[int], quality: float, form: str, how: str) -> None:
            for i in ids:
                tries = found.setdefault(i, [])
                if len(tries) < 6:
                    tries.append((quality, form, how))

        forms = lemmas(core) if is_cyrillic(core) else [core]
        for n, form in enumerate(forms):
            lemma = n > 0
            add(
                gaz.lookup_exact(form),
                QUALITY["lemma" if lemma else "exact"],
                form,
                "lemma" if lemma else "exact",
            )
        if is_cyrillic(core):
            for form in [u for f in forms[:6] for u in ukrainian_forms(f)][:12]:
                add(gaz.lookup_exact(form), QUALITY["ru-uk"], form, "ru-uk")
        else:
            for form in ukrainian_latin_forms(core):
                add(gaz.lookup_loose(form), QUALITY["ru-uk"], form, "ru-uk")
        for n, form in enumerate(forms[:12]):
            add(
                gaz.lookup_loose(form),
                QUALITY["loose-lemma" if n else "loose"],
                form,
                "loose",
            )
        # Russian and Ukrainian forms of one name share a consonant skeleton
        # (Григоровка / Григорівка): always looked at, scored lower, so that
        # an oblast or nearby places can still pick the right homonym.
        exact_found = bool(found)
        for form in forms[: 3 if exact_found else 12]:
            key = loose_key(form)
            if len(skeleton_key(form)) < 4:
                continue
            ids = gaz.lookup_skeleton(form)
            for i in ids:
                best = max(
                    (fuzz.ratio(key, loose_key(v)) for v in _names(gaz.entries[i])),
                    default=0.0,
                )
                if best >= 60:
                    add([i], 0.55 + 0.3 * best / 100.0, form, "skeleton")
        if exact_found:
            return found
        key = loose_key(forms[0])
        if len(key) >= FUZZY_MIN_LEN:
            hits = process.extract(
                key,
                gaz.loose_keys,
                scorer=fuzz.ratio,
                score_cutoff=FUZZY_THRESHOLD,
                limit=12,
            )
            for choice, ratio, _ in hits:
                add(gaz.lookup_loose_key(choice), 0.88 * ratio / 100.0, choice, "fuzzy")
        return found

    def candidates(
        self,
        name: str,
        *,
        oblast: str | None = None,
        context: Sequence[str] = (),
        near: tuple[float, float] | None = None,
        front_distance: FrontDistance | None = None,
        limit: int = 10,
    ) -> list[Candidate]:
        """Ranked candidates for ``name`` (best first; empty if none).

        ``oblast``: an oblast name in any form (Donetsk, Донецька, Донецкой
        области); ``context``: other place names mentioned nearby in the text
        (settlements pull toward themselves, admin units toward their area);
        ``near``: (lat, lon) of a sector centre; ``front_distance``: callable
        (lon, lat) -> km to the front line.
        """
        if not isinstance(name, str) or not name.strip():
            raise FrontlineError("empty place name")
        if front_distance is not None:
            return self._candidates(name, oblast, context, near, front_distance, limit)
        key = (name, oblast, tuple(context), near, limit)
        memo = self.__dict__.setdefault("_memo", {})
        if key not in memo:  # the same names are asked for again and again
            if len(memo) > MEMO_SIZE:
                memo.clear()
            memo[key] = self._candidates(name, oblast, context, near, None, limit)
        return list(memo[key])

    def _candidates(self, name, oblast, context, near, front_distance, limit):
        bare, qualifier = split_qualifier(name)
        if qualifier:  # "Andriivka (Bakhmut raion)", "Urozhaine, Donetsk Oblast"
            q_core, q_kind = parse_query(qualifier)
            q_oblast = self.oblast_name(qualifier) if q_kind == "oblast" else None
            if q_kind == "oblast" and q_oblast and not oblast:
                oblast = q_oblast
            elif q_kind != "oblast":
                context = (*context, qualifier)
            name = bare
        core, kind = parse_query(name)
        if not core:
            return []
        found = self._matches(core)
        if kind and kind != "settlement":
            code = KIND_CODES.get(kind)
            found = {
                i: m
                for i, m in found.items()
                if (code and self.gazetteer.entries[i].feature_code.startswith(code))
                or (kind == "river" and self.gazetteer.entries[i].feature_class == "H")
            }
        elif kind == "settlement":
            found = {
                i: m
                for i, m in found.items()
                if self.gazetteer.entries[i].feature_class == "P"
            }
        if not found:
            return []
        own = fold(name)
        signals = self._context(oblast, [c for c in context if fold(c) != own])
        out = [
            self._score(i, m, kind, signals, near, front_distance)
            for i, m in found.items()
        ]
        out.sort(key=lambda c: (-c.score, -c.population, c.name))
        return _dedupe(out, max(1, limit))

    def best(self, name: str, **kw: Any) -> Candidate | None:
        """The top candidate or None (callers should still show the others)."""
        found = self.candidates(name, limit=1, **kw)
        return found[0] if found else None

    def oblast_name(self, text: str) -> str | None:
        """Canonical English oblast name for ``text`` (any language/case)."""
        core, _ = parse_query(text)
        found = self._matches(core)
        obl = [
            self.gazetteer.entries[i]
            for i, m in sorted(found.items(), key=lambda kv: -kv[1].quality)
            if self.gazetteer.entries[i].feature_code.startswith("ADM1")
            and m.quality >= 0.85
        ]
        if obl:
            return obl[0].oblast or obl[0].name
        return oblast_from_text(text)

    def _oblast_values(self) -> set[str]:
        values = self.__dict__.get("_oblasts")
        if values is None:
            values = {e.oblast for e in self.gazetteer.entries if e.oblast}
            self.__dict__["_oblasts"] = values
        return values

    # -- scoring
    def _context(self, oblast: str | None, context: Sequence[str]) -> dict[str, Any]:
        signals: dict[str, Any] = {"oblasts": set(), "raions": set(), "points": []}
        if oblast:
            canon = self.oblast_name(oblast)
            if canon is None and oblast in self._oblast_values():
                canon = oblast
            if canon is None:
                raise FrontlineError(f"unknown oblast {oblast!r}", where="--oblast")
            signals["oblasts"].add(canon)
        for text in context:
            if not text or not text.strip():
                continue
            core, kind = parse_query(text)
            best = self.candidates(text, limit=1)  # no context: no recursion
            if kind == "raion":  # a raion named in the text, boundaries or not
                signals["raions"].add(best[0].raion if best else core)
                continue
            if not best:
                continue
            top = best[0]
            if kind == "oblast" or top.feature_code.startswith("ADM1"):
                signals["oblasts"].add(top.oblast or top.name)
            elif top.feature_code.startswith("ADM2"):
                signals["raions"].add(top.raion or top.name)
            elif top.match in ("exact", "lemma", "loose", "ru-uk"):
                signals["points"].append((text, top.lat, top.lon))
        return signals

    def _score(
        self,
        i: int,
        m: Match,
        kind: str | None,
        signals: dict[str, Any],
        near: tuple[float, float] | None,
        front_distance: FrontDistance | None,
    ) -> Candidate:
        e = self.gazetteer.entries[i]
        quality, form, how, variant = m.quality, m.form, m.how, m.variant
        reasons = [f"{how} match of {variant!r}", *m.notes]
        pop = min(1.0, math.log10(e.population + 1) / 6.0) if e.population else 0.0
        cls = 1.0 if kind else CLASS_PRIOR.get(e.feature_class, 0.3)
        if e.feature_code in ("PPL.city",):
            cls = max(cls, 1.0)
        precision = 1.0 if e.precision_km <= 3 else 0.5
        d_front = None
        if front_distance is not None:  # the caller's front line of the day
            try:
                d_front = float(front_distance(e.lon, e.lat))
            except Exception:  # a faulty hook must not hide candidates
                d_front = None
            if d_front is not None and not math.isfinite(d_front):
                d_front = None
        if d_front is None:  # no snapshot: the traced line, as a prior
            war = math.exp(-default_front_distance(e.lon, e.lat) / WARZONE_SCALE_KM)
        else:
            war = math.exp(-max(d_front, 0.0) / WARZONE_SCALE_KM)
        prior = 0.3 * pop + 0.2 * cls + 0.05 * precision + 0.45 * war
        ctx: list[float] = []
        if signals["oblasts"]:
            ok = e.oblast in signals["oblasts"]
            ctx.append(1.0 if ok else -1.0)
            reasons.append(
                ("in " if ok else "not in ") + "/".join(sorted(signals["oblasts"]))
            )
        if signals["raions"]:
            ok = any(_same(e.raion, r) for r in signals["raions"])
            ctx.append(1.0 if ok else -0.5)
            if ok:
                reasons.append(f"in {e.raion} raion")
        for text, lat, lon in signals["points"]:
            d = distance_km(e.lat, e.lon, lat, lon)
            if d < 1.0 and fold(text) == fold(form):
                continue
            ctx.append(2.0 * math.exp(-d / CONTEXT_SCALE_KM) - 1.0)
            reasons.append(f"{d:.0f} km from {text}")
        if near is not None:
            d = distance_km(e.lat, e.lon, near[0], near[1])
            ctx.append(2.0 * math.exp(-d / CONTEXT_SCALE_KM) - 1.0)
            reasons.append(f"{d:.0f} km from the sector centre")
        if d_front is not None:
            ctx.append(2.0 * math.exp(-max(d_front, 0.0) / 15.0) - 1.0)
            reasons.append(f"{d_front:.0f} km from the front line")
        context = (sum(ctx) / len(ctx) + 1.0) / 2.0 if ctx else 0.5
        score = W_MATCH * quality + W_PRIOR * prior + W_CONTEXT * context
        return Candidate(
            name=e.name,
            name_uk=e.name_uk,
            lat=e.lat,
            lon=e.lon,
            oblast=e.oblast,
            raion=e.raion,
            feature_class=e.feature_class,
            population=e.population,
            score=score,
            matched_variant=variant,
            gazetteer="+".join(e.sources),
            hromada=e.hromada,
            feature_code=e.feature_code,
            precision_km=e.precision_km,
            match=how,
            reasons=reasons,
            admin_code=e.admin_code,
        )


def _official(e: Entry, variant: str) -> bool:
    """Is ``variant`` the entry's own name (or a romanisation of it)?"""
    key = loose_key(variant)
    if key in (loose_key(e.name), loose_key(e.name_uk)) or variant in e.curated:
        return True
    return bool(e.name_uk) and any(
        loose_key(f) == key for f in latin_forms(e.name_uk, "uk")
    )


def _names(e: Entry) -> list[str]:
    return [n for n in (e.name, e.name_uk, *e.names) if n]


def _same(a: str, b: str) -> bool:
    a, b = loose_key(a), loose_key(b)
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def _dedupe(cands: list[Candidate], limit: int = 1000) -> list[Candidate]:
    """Drop lower-scored twins: same place class within 5 km of a kept one."""
    kept: list[Candidate] = []
    for c in cands:
        if len(kept) >= limit:
            break
        if any(
            k.feature_class == c.feature_class
            and k.feature_code.split(".")[0] == c.feature_code.split(".")[0]
            and distance_km(k.lat, k.lon, c.lat, c.lon) < 5.0
            for k in kept
        ):
            continue
        kept.append(c)
    return kept
