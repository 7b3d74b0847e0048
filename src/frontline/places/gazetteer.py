"""The gazetteer index: merged place records and every key a reader may type.

Pure: built from :class:`Row` records (read by :mod:`frontline.sources.gazetteer`
from GeoNames, OSM, KATOTTG ...) and an optional :class:`AdminIndex` that puts
each point in its oblast/raion/hromada. Rows naming the same place (same
Ukrainian name in the same hromada) merge into one :class:`Entry` that keeps
the most precise coordinate. KATOTTG settlements that no coordinate source
has get their hromada's centre, with a coarse ``precision_km``.

>>> g = build_gazetteer([
...     Row("t", "1", [("Роботине", "uk"), ("Работино", "ru")], 47.45, 35.84,
...         name="Robotyne", population=500),
... ])
>>> [g.entries[i].name for i in g.lookup_exact("Rabotino")]
['Robotyne']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import astuple, dataclass, field

from ..geo.area import GEOD
from .admin import OBLASTS, AdminIndex, AdminPath, oblast_name
from .translit import fold, guess_language, is_cyrillic, kmu, latin_forms, loose_key
from .translit import skeleton_key as _skeleton

# Precision (km) assumed for coordinates of each kind of source row.
PRECISION = {"osm": 0.5, "geonames": 1.0, "postal4": 2.0, "postal3": 5.0}
ALIAS_SOURCE = "frontline-aliases"
FEATURE_WORDS = {"ADM1": "oblast", "ADM2": "raion", "ADM3": "hromada"}


@dataclass
class Row:
    """One record of a gazetteer source, before merging."""

    source: str  # geonames-cities500, geonames-postal, osm, katottg, ...
    ref: str  # id within the source
    names: list[tuple[str, str]]  # (form, tag): uk, ru, en, old, alt, ...
    lat: float | None = None
    lon: float | None = None
    name: str = ""  # preferred Latin name, if the source has one
    name_uk: str = ""
    population: int = 0
    feature_class: str = "P"  # GeoNames classes: P place, A admin, H water...
    feature_code: str = "PPL"
    precision_km: float = 1.0
    katottg: str = ""  # the settlement's KATOTTG code
    hromada_code: str = ""  # KATOTTG code of its hromada, when known
    oblast: str = ""  # English oblast name hint
    raion: str = ""
    hromada: str = ""


@dataclass
class Entry:
    """A merged place: what :class:`~frontline.places.resolve.Candidate` shows."""

    name: str
    name_uk: str
    lat: float
    lon: float
    oblast: str = ""
    raion: str = ""
    hromada: str = ""
    feature_class: str = "P"
    feature_code: str = "PPL"
    population: int = 0
    precision_km: float = 1.0
    sources: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    katottg: str = ""
    hromada_code: str = ""
    admin_code: str = ""  # for admin units: their own KATOTTG code
    old_names: tuple[str, ...] = ()  # former names (matched at a lower score)
    curated: tuple[str, ...] = ()  # names from frontline's own alias table


@dataclass
class Gazetteer:
    """Entries plus exact, loose and skeleton key indexes."""

    entries: list[Entry]
    label: str = ""  # which gazetteer: "offline folder ...", "GeoNames dump" ...
    provenance: tuple[str, ...] = ()
    # key -> entry index, or a tuple of them (compact: fast to unpickle)
    exact: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    loose: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    skeleton: dict[str, int | tuple[int, ...]] = field(default_factory=dict)

    def __getstate__(self) -> dict:
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        state["entries"] = [astuple(e) for e in self.entries]
        return state

    def __setstate__(self, state: dict) -> None:
        state["entries"] = [Entry(*t) for t in state["entries"]]
        self.__dict__.update(state)

    @property
    def loose_keys(self) -> list[str]:
        """Every loose key (the choices for fuzzy matching)."""
        keys = self.__dict__.get("_loose_keys")
        if keys is None:
            keys = self.__dict__["_loose_keys"] = list(self.loose)
        return keys

    def index(self) -> None:
        """(Re)build the key indexes from ``entries``."""
        exact: dict[str, set[int]] = defaultdict(set)
        loose: dict[str, set[int]] = defaultdict(set)
        skel: dict[str, set[int]] = defaultdict(set)
        for i, entry in enumerate(self.entries):
            for form in entry_forms(entry):
                f = fold(form)
                if not f:
                    continue
                exact[f].add(i)
                lk = loose_key(form)
                if lk:
                    loose[lk].add(i)
                    sk = _skeleton(form)
                    if len(sk) >= 3:
                        skel[sk].add(i)
        self.exact = _compact(exact)
        self.loose = _compact(loose)
        self.skeleton = _compact(skel)
        self.__dict__.pop("_loose_keys", None)

    def lookup_exact(self, text: str) -> list[int]:
        return _ids(self.exact.get(fold(text)))

    def lookup_loose(self, text: str) -> list[int]:
        return _ids(self.loose.get(loose_key(text)))

    def lookup_loose_key(self, key: str) -> list[int]:
        return _ids(self.loose.get(key))

    def lookup_skeleton(self, text: str) -> list[int]:
        return _ids(self.skeleton.get(_skeleton(text)))

    def forms_of(self, i: int) -> list[str]:
        """:func:`entry_forms` of entry ``i`` (memoised)."""
        memo = self.__dict__.setdefault("_forms", {})
        forms = memo.get(i)
        if forms is None:
            forms = memo[i] = entry_forms(self.entries[i])
        return forms

    def matched_variant(self, i: int, text: str, how: str) -> str:
        """The name of entry ``i`` that ``text`` matched under ``how``."""
        key = {"exact": fold, "loose": loose_key, "skeleton": _skeleton}.get(
            how, loose_key
        )
        target = text if how == "fuzzy" else key(text)
        forms = self.forms_of(i)
        for form in forms:
            if key(form) == target:
                return form
        return forms[0] if forms else self.entries[i].name


def _compact(index: dict[str, set[int]]) -> dict[str, int | tuple[int, ...]]:
    return {
        k: (next(iter(v)) if len(v) == 1 else tuple(sorted(v)))
        for k, v in index.items()
    }


def _ids(value: int | tuple[int, ...] | None) -> list[int]:
    if value is None:
        return []
    return [value] if isinstance(value, int) else list(value)


def entry_forms(entry: Entry) -> list[str]:
    """Every spelling of an entry: its names and their Latin transliterations."""
    out: dict[str, None] = {}
    for name in (entry.name, entry.name_uk, *entry.names):
        if not name:
            continue
        out[name] = None
        if is_cyrillic(name):
            lang = guess_language(name)
            if name == entry.name_uk:
                lang = "uk"
            for form in latin_forms(name, lang):
                out[form] = None
    return list(out)


def _pick_name_uk(row: Row) -> str:
    if row.name_uk:
        return row.name_uk
    tagged = [n for n, t in row.names if t == "uk" and is_cyrillic(n)]
    if tagged:
        return tagged[0]
    cyr = [n for n, _ in row.names if is_cyrillic(n)]
    if not cyr:
        return ""
    if row.name:  # the Cyrillic form whose KMU spelling is the Latin name
        target = loose_key(row.name)
        for n in cyr:
            if loose_key(kmu(n)) == target and guess_language(n) != "ru":
                return n
    for n in cyr:
        if guess_language(n) == "uk":
            return n
    return ""


def _name_key(name: str) -> str:
    """The key rows of one place share: loose KMU spelling of its name."""
    return loose_key(name)


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def _merge(entry: Entry, row: Row) -> None:
    if row.lat is not None and row.precision_km < entry.precision_km:
        entry.lat, entry.lon, entry.precision_km = row.lat, row.lon, row.precision_km
    entry.population = max(entry.population, row.population)
    if row.source not in entry.sources:
        entry.sources = (*entry.sources, row.source)
    names = dict.fromkeys(entry.names)
    names.update(dict.fromkeys(n for n, _ in row.names if n))
    entry.names = tuple(names)
    if row.source == ALIAS_SOURCE:
        entry.curated = tuple(
            dict.fromkeys((*entry.curated, *(n for n, _ in row.names)))
        )
    olds = [n for n, t in row.names if t.startswith("old")]
    if olds:
        entry.old_names = tuple(dict.fromkeys((*entry.old_names, *olds)))
    if row.katottg and not entry.katottg:
        entry.katottg = row.katottg
        if row.feature_code != "PPL":
            entry.feature_code = row.feature_code
    if row.source.startswith("geonames") and row.name:
        entry.name = row.name  # GeoNames' Latin name is the most familiar
    if row.source in ("katottg", "osm") and row.name_uk:
        entry.name_uk = row.name_uk  # the official spelling wins
    elif not entry.name_uk:
        entry.name_uk = _pick_name_uk(row)


def _entry_from(row: Row, path: AdminPath | None) -> Entry:
    name_uk = _pick_name_uk(row)
    name = row.name or (kmu(name_uk) if name_uk else "")
    if not name:
        name = next((n for n, _ in row.names if not is_cyrillic(n)), row.names[0][0])
    return Entry(
        name=name,
        name_uk=name_uk,
        lat=float(row.lat),  # type: ignore[arg-type]
        lon=float(row.lon),  # type: ignore[arg-type]
        oblast=(path.oblast if path and path.oblast else row.oblast),
        raion=(path.raion if path else row.raion),
        hromada=(path.hromada if path else row.hromada),
        feature_class=row.feature_class,
        feature_code=row.feature_code,
        population=row.population,
        precision_km=row.precision_km,
        sources=(row.source,),
        names=tuple(dict.fromkeys(n for n, _ in row.names if n)),
        katottg=row.katottg,
        hromada_code=(path.hromada_code if path else row.hromada_code),
        old_names=tuple(n for n, t in row.names if t.startswith("old")),
        curated=tuple(n for n, _ in row.names) if row.source == ALIAS_SOURCE else (),
    )


def admin_entries(admin: AdminIndex) -> list[Entry]:
    """Entries for the oblasts, raions and hromadas themselves (class A)."""
    out = []
    for unit in admin.units:
        centre = admin.centre(unit.code)
        if centre is None:
            continue
        lat, lon, radius = centre
        path = admin.path_of(unit.code)
        names = [unit.name_uk, unit.name_en, unit.name_ru, *unit.extra_names]
        if unit.level == 1:
            short, aliases = OBLASTS.get(unit.code[:4], ("", ()))
            names += [short, *aliases]
        out.append(
            Entry(
                name=unit.name_en,
                name_uk=unit.name_uk,
                lat=lat,
                lon=lon,
                oblast=path.oblast,
                raion=path.raion if unit.level >= 2 else "",
                hromada=path.hromada if unit.level == 3 else "",
                feature_class="A",
                feature_code=f"ADM{unit.level}",
                precision_km=radius,
                sources=("osm-boundaries",),
                names=tuple(dict.fromkeys(n for n in names if n)),
                admin_code=unit.code,
                hromada_code=unit.code if unit.level == 3 else "",
            )
        )
    return out


def build_gazetteer(
    rows: list[Row],
    admin: AdminIndex | None = None,
    *,
    label: str = "",
    provenance: tuple[str, ...] = (),
) -> Gazetteer:
    """Merge rows into entries and index them.

    Rows with coordinates are placed in their hromada (via ``admin``) and
    merged by (Ukrainian name, hromada); rows without coordinates (KATOTTG)
    join an entry of the same name in their hromada, else one nearby, else
    become an entry at the hromada centre.
    """
    entries: list[Entry] = []
    groups: dict[tuple[str, str], int] = {}
    by_name: dict[str, list[int]] = defaultdict(list)
    no_coords: list[Row] = []
    aliases = [r for r in rows if r.source == ALIAS_SOURCE]
    rows = [r for r in rows if r.source != ALIAS_SOURCE]
    for row in rows:
        row.names = [(n, t) for n, t in row.names if n and n.strip()]
        if not row.names and not row.name:
            continue
        if row.lat is None or row.lon is None:
            no_coords.append(row)
            continue
        path = admin.locate(row.lon, row.lat) if admin else None
        name_uk = _pick_name_uk(row)
        name_key = _name_key(name_uk or row.name or row.names[0][0])
        place_key = (
            path.hromada_code
            if path and path.hromada_code
            else f"{round(row.lat, 2)},{round(row.lon, 2)}"
        )
        key = (f"{row.feature_class}:{name_key}", place_key)
        if key in groups:
            _merge(entries[groups[key]], row)
            continue
        groups[key] = len(entries)
        by_name[name_key].append(len(entries))
        entries.append(_entry_from(row, path))
    by_hromada: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        if entry.hromada_code:
            by_hromada[entry.hromada_code].append(i)
    for row in no_coords:
        _attach(row, entries, groups, by_name, by_hromada, admin)
    for row in aliases:
        _attach_alias(row, entries, by_name, admin)
    if admin is not None:
        entries.extend(admin_entries(admin))
    gaz = Gazetteer(entries=entries, label=label, provenance=provenance)
    gaz.index()
    return gaz


def _attach_alias(
    row: Row, entries: list[Entry], by_name: dict[str, list[int]], admin
) -> None:
    """Add an alias row's names to the nearest same-named entry (< 25 km).

    The alias's coordinate replaces the entry's only when it is more precise
    and lies in the entry's own hromada (a check on hand-made positions);
    when no such entry exists, the alias becomes an entry of its own.
    """
    name_key = _name_key(row.name_uk or row.name)
    near = sorted(
        (_distance_km(row.lat, row.lon, entries[i].lat, entries[i].lon), i)
        for i in by_name.get(name_key, [])
        if entries[i].feature_class == row.feature_class
    )
    if near and near[0][0] < 25:
        entry = entries[near[0][1]]
        if admin is not None and entry.hromada_code:
            unit = admin.unit_at(row.lon, row.lat, 3)
            if unit is None or unit.code != entry.hromada_code:
                row = Row(**{**row.__dict__, "precision_km": float("inf")})
        _merge(entry, row)
        return
    path = admin.locate(row.lon, row.lat) if admin else None
    by_name[name_key].append(len(entries))
    entries.append(_entry_from(row, path))


def _attach(
    row: Row,
    entries: list[Entry],
    groups: dict[tuple[str, str], int],
    by_name: dict[str, list[int]],
    by_hromada: dict[str, list[int]],
    admin: AdminIndex | None,
) -> None:
    """Join a coordinate-less row to its entry, or place it at its hromada."""
    name_uk = _pick_name_uk(row)
    if not name_uk:
        return
    name_key = _name_key(name_uk)
    key = (f"{row.feature_class}:{name_key}", row.hromada_code)
    if key in groups:
        _merge(entries[groups[key]], row)
        return
    centre = admin.centre(row.hromada_code) if admin and row.hromada_code else None
    if centre is not None:
        lat, lon, radius = centre
        near = [
            i
            for i in by_name.get(name_key, [])
            if not entries[i].katottg
            and _distance_km(lat, lon, entries[i].lat, entries[i].lon) < radius + 8
        ]
        if not near:  # a Russian or older spelling of the same name nearby
            skel = _skeleton(name_uk)
            near = [
                i
                for i in by_hromada.get(row.hromada_code, [])
                if not entries[i].katottg
                and entries[i].feature_class == row.feature_class
                and _skeleton(entries[i].name_uk or entries[i].name) == skel
            ]
        if len(near) == 1:
            _merge(entries[near[0]], row)
            groups[key] = near[0]
            return
        path = admin.path_of(row.hromada_code)  # type: ignore[union-attr]
        new = Row(**{**row.__dict__, "lat": lat, "lon": lon, "precision_km": radius})
        entry = _entry_from(new, path)
    else:
        return  # no coordinate at all: a name we cannot place
    groups[key] = len(entries)
    by_name[name_key].append(len(entries))
    entries.append(entry)


__all__ = [
    "Entry",
    "FEATURE_WORDS",
    "Gazetteer",
    "PRECISION",
    "Row",
    "admin_entries",
    "build_gazetteer",
    "entry_forms",
    "oblast_name",
]
