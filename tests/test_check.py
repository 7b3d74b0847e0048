"""``check`` orchestration on a small world we build ourselves.

A real SQLite store holds three snapshots of our own polygons (a made-up
front near 47.3N 36.0E); claims are given as records, places are resolved
to our own coordinates; every measurement, verdict and ledger row is real.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import orjson
import pytest
import shapely
from shapely.geometry import box

from frontline.check import (
    CheckOptions,
    Places,
    check_document,
    document_json,
    sentence_around,
)
from frontline.geo.area import area_km2, geodesic_area_km2, to_equal_area
from frontline.geo.regions import disc_region
from frontline.model import GREY, RU_HELD, Claim, Place, Snapshot, SnapshotInfo
from frontline.sources.documents import Document
from frontline.store.ledger import Ledger
from frontline.store.sqlite import SQLiteStore

T1 = datetime(2024, 3, 3, 20, 0, tzinfo=UTC)
T2 = datetime(2024, 3, 10, 20, 0, tzinfo=UTC)
T3 = datetime(2024, 3, 13, 20, 0, tzinfo=UTC)

HELD = box(36.0, 47.0, 36.5, 47.5)
PIECE_1 = box(36.0, 47.25, 36.02, 47.27)  # lost by Russia between T1 and T2
PIECE_2 = box(36.0, 47.27, 36.02, 47.29)  # lost between T2 and T3
GREY_BOX = box(35.97, 47.30, 35.995, 47.32)
TESTIVKA = (47.26, 36.01)  # inside PIECE_1
GREYHILL = (47.31, 35.985)  # inside the grey box
FARAWAY = (49.0, 33.0)

TEXT = (
    "Officials said the army took back ground near Testivka last week. "
    "Fighting goes on at Greyhill. Nothing happens at Faraway."
)


def _snap(key: str, t: datetime, held, grey, **extra) -> Snapshot:
    layers = {RU_HELD: to_equal_area(held), GREY: to_equal_area(grey)}
    layers.update({k: to_equal_area(g) for k, g in extra.items()})
    info = SnapshotInfo(
        "deepstate", key, t, {k: area_km2(g) for k, g in layers.items()}, "test"
    )
    return Snapshot(info, layers)


def build_store(path) -> SQLiteStore:
    store = SQLiteStore(path)
    store.add_snapshot(_snap("1", T1, HELD, GREY_BOX))
    store.add_snapshot(
        _snap("2", T2, HELD.difference(PIECE_1), GREY_BOX, ua_claimed=PIECE_1)
    )
    store.add_snapshot(
        _snap("3", T3, HELD.difference(PIECE_1).difference(PIECE_2), GREY_BOX)
    )
    return store


class PointPlaces(Places):
    """Our own gazetteer: three made-up places; regions are discs around them."""

    COORDS = {"Testivka": TESTIVKA, "Greyhill": GREYHILL, "Faraway": FARAWAY}

    def __init__(self) -> None:
        self.resolver = None
        self.note = ""

    def resolve(self, claim, context, front_distance=None, document=""):
        out = []
        for p in claim.places:
            if p.name not in self.COORDS:
                raise KeyboardInterrupt  # the user gave up while we looked
            lat, lon = self.COORDS[p.name]
            out.append(
                Place(p.name, lat=lat, lon=lon, resolved_name=p.name, gazetteer="test")
            )
        return out

    def region(self, claim, places, context, radius_km=None, front_distance=None):
        if not places:
            return None, "no place or sector"
        lat, lon = places[0].lat, places[0].lon
        reg = disc_region(lat, lon, radius_km or 10.0)
        reg.params["place"] = places[0].name
        return reg, reg.description


def Doc() -> Document:  # noqa: N802 - stands where a class stood
    return Document(
        id="world-1",
        text=TEXT,
        published=date(2024, 3, 11),
        language="en",
        url="https://example.org/world-1",
    )


def claim(kind, *, place=None, area=None, start=None, end=None, gainer="UA", **kw):
    quote = TEXT[:60]
    return Claim(
        "world-1",
        kind,
        quote,
        0,
        len(quote),
        gainer=gainer,
        area_km2=area,
        places=[Place(place)] if place else [],
        period_start=start,
        period_end=end,
        **kw,
    )


PIECE_1_KM2 = geodesic_area_km2(PIECE_1)


def world_claims() -> list[Claim]:
    wk = {"start": date(2024, 3, 4), "end": date(2024, 3, 10)}
    return [
        claim(
            "area_change",
            place="Testivka",
            area=round(PIECE_1_KM2, 1),
            **wk,
            claimant="Oleh Petrenko",
        ),
        claim("area_change", place="Testivka", area=20.0, **wk),
        claim("settlement_control", place="Testivka", end=date(2024, 3, 10)),
        claim("fighting", place="Greyhill", gainer=None, end=date(2024, 3, 11)),
        claim("fighting", place="Faraway", gainer=None, end=date(2024, 3, 11)),
        claim(
            "area_change",
            place="Testivka",
            area=round(PIECE_1_KM2, 1),
            start=date(2024, 3, 4),
            end=date(2024, 3, 9),
        ),
        claim(
            "area_change",
            place="Testivka",
            area=3.0,
            start=date(2020, 5, 4),
            end=date(2020, 5, 10),
        ),
        claim("area_change", area=3.0, **wk),
        claim(
            "settlement_control", place="Testivka", gainer="RU", end=date(2024, 3, 10)
        ),
        claim("area_change", place="Testivka", area=400.0, **wk),
    ]


@pytest.fixture
def world(tmp_path):
    store = build_store(tmp_path / "f.sqlite")
    opts = CheckOptions(sources=("deepstate", "isw"), sync=False, anchors=[])
    result = check_document(
        Doc(), store, opts, places=PointPlaces(), claims=world_claims()
    )
    yield store, result
    store.close()


def _v(result, i, source="deepstate"):
    return next(v for v in result.claims[i].verdicts if v.source == source)


def test_area_claim_matching_the_map_is_consistent(world):
    _, result = world
    v = _v(result, 0)
    assert v.verdict == "consistent", v.reason
    assert v.measured == pytest.approx(PIECE_1_KM2, rel=1e-3)
    assert v.tolerance.startswith("claimed/measured within 0.8–1.25")
    ev = v.evidence
    assert ev["snapshots"]["start"]["snapshot_id"] == "1"
    assert ev["snapshots"]["end"]["snapshot_id"] == "2"
    assert [s["radius_km"] for s in ev["sensitivity"]] == [15.0, 25.0, 35.0]
    assert ev["figures"]["ru_gained_km2"] == 0.0


def test_bigger_claim_is_overstated(world):
    assert _v(world[1], 1).verdict == "overstated"


def test_settlement_changed_side(world):
    v = _v(world[1], 2)
    assert v.verdict == "consistent", v.reason
    place = v.evidence["places"][0]
    assert place["shares_start"]["RU"] > 0.5 and place["shares_end"]["UA"] > 0.5
    assert "disc" in place["footprint"] and place["footprint_km2"] > 0
    wrong_way = _v(world[1], 8)  # claimed as a Russian capture
    assert wrong_way.verdict == "not visible"


def test_fighting_in_the_grey_zone_and_far_from_the_front(world):
    _, result = world
    assert _v(result, 3).verdict == "consistent"
    far = _v(result, 4)
    assert far.verdict == "not visible"
    assert far.evidence["places"][0]["contact_line_km"] > 100


def test_change_that_appears_only_later_is_reported_by_the_lag_check(world):
    v = _v(world[1], 5)
    assert v.verdict == "not visible"
    assert "only later" in v.reason
    steps = v.evidence["lag"]["steps"]
    assert steps[0]["snapshot_id"] == "2" and steps[0]["verdict"] == "consistent"


def test_unverifiable_cases_say_why(world):
    _, result = world
    before = _v(result, 6)
    assert before.verdict == "unverifiable" and "no map coverage" in before.reason
    no_region = _v(result, 7)
    assert no_region.verdict == "unverifiable" and "no region" in no_region.reason
    isw = _v(result, 0, "isw")
    assert isw.verdict == "unverifiable" and "no isw snapshots" in isw.reason


def test_a_period_outside_the_archive_says_what_the_map_covers(world):
    # stored: 3-13 Mar 2024; the claim is about May 2020: say so plainly
    before = _v(world[1], 6)
    assert before.verdict == "unverifiable"
    assert before.reason == (
        "no map coverage: deepstate covers 2024-03-03 → 2024-03-13; "
        "the claim's period is 2020-05-04 – 2020-05-10"
    )
    assert "snapshots stored" not in before.reason
    # nothing at all of isw could be had: that wording stays
    assert "no isw snapshots stored" in _v(world[1], 6, "isw").reason


def test_json_has_document_claims_measurements_verdicts(world):
    _, result = world
    obj = orjson.loads(orjson.dumps(document_json(result), default=str))
    assert obj["document"]["doc_id"] == "world-1"
    assert obj["document"]["url"] == "https://example.org/world-1"
    assert len(obj["claims"]) == len(world_claims())
    assert len(obj["verdicts"]) == 2 * len(world_claims())
    assert obj["measurements"] and obj["measurements"][0]["source"] == "deepstate"
    assert "DeepStateMap" in obj["attribution"]["deepstate"]


def test_every_checked_claim_is_in_the_ledger(world):
    store, _ = world
    with Ledger(store.path) as led:
        assert led.counts() == {
            "documents": 1,
            "claims": len(world_claims()),
            "verdicts": 2 * len(world_claims()),
        }
        (row,) = led.claims(claimant="Petrenko")
        assert row["verdicts"]["deepstate"]["verdict"] == "consistent"
        assert row["sector_key"] == "testivka"


def test_a_failing_check_writes_nothing_to_the_ledger(tmp_path):
    store = build_store(tmp_path / "f.sqlite")
    bad = world_claims()[:1]
    bad[0].places = [Place("Atlantis")]  # interrupted while resolving it
    with pytest.raises(KeyboardInterrupt):
        check_document(
            Doc(),
            store,
            CheckOptions(sources=("deepstate",), sync=False),
            places=PointPlaces(),
            claims=bad,
        )
    with Ledger(store.path) as led:
        assert led.counts() == {"documents": 0, "claims": 0, "verdicts": 0}
    store.close()


def test_sentence_around():
    assert sentence_around(TEXT, 70, 80) == "Fighting goes on at Greyhill."
    assert sentence_around("", 0, 0) == ""


def test_snapshots_are_real_geometry():
    # guard: our fixture pieces are really inside the held box and disjoint
    assert HELD.contains(PIECE_1) and HELD.contains(PIECE_2)
    assert shapely.intersection(PIECE_1, PIECE_2).area == 0


class BrokenRegionPlaces(PointPlaces):
    """Regions whose projected geometry is not a geometry (a bug elsewhere)."""

    def region(self, claim, places, context, radius_km=None, front_distance=None):
        reg, desc = super().region(claim, places, context, radius_km)
        if reg is not None:
            reg.projected = "not a geometry"
        return reg, desc


def test_a_bug_on_one_claim_is_reported_not_raised(tmp_path):
    store = build_store(tmp_path / "f.sqlite")
    result = check_document(
        Doc(),
        store,
        CheckOptions(sources=("deepstate",), sync=False, anchors=[]),
        places=BrokenRegionPlaces(),
        claims=world_claims()[:3],
    )
    area = _v(result, 0)
    assert area.verdict == "unverifiable" and "could not measure" in area.reason
    assert any("claim 0 on deepstate" in n for n in result.notes)
    assert _v(result, 2).verdict == "consistent"  # settlements do not need it
    store.close()


def test_a_claim_too_big_for_its_region_is_also_read_on_the_whole_map(world):
    v = _v(world[1], 9)  # 400 km² cannot fit in a 10 km disc (314 km²)
    labels = [r["reading"] for r in v.evidence["readings"]]
    assert any(lbl.startswith("the whole map") for lbl in labels)
    assert v.verdict == "overstated"  # the whole map lost only about 3.4 km²


def test_other_layers_are_reported_beside_the_verdict(world):
    other = _v(world[1], 0).evidence["other_layers"]
    assert other["ua_claimed"]["start_km2"] is None  # not in the first snapshot
    assert other["ua_claimed"]["end_km2"] == pytest.approx(PIECE_1_KM2, rel=1e-3)


def test_holding_claims_compare_the_held_area(tmp_path):
    from frontline.geo.shapes import geodesic_disc

    store = build_store(tmp_path / "f.sqlite")
    held = geodesic_area_km2(
        geodesic_disc(*TESTIVKA, 10.0).intersection(HELD.difference(PIECE_1))
    )
    wk = {"start": date(2024, 3, 4), "end": date(2024, 3, 10)}
    claims = [
        claim("area_change", place="Testivka", area=round(held), gainer="RU", **wk),
        claim("area_change", place="Testivka", area=round(held), gainer="UA", **wk),
        claim("area_change", place="Testivka", area=5000.0, gainer="RU", **wk),
    ]
    for c in claims:
        c.extra["holding"] = True
    result = check_document(
        Doc(),
        store,
        CheckOptions(sources=("deepstate",), sync=False, anchors=[]),
        places=PointPlaces(),
        claims=claims,
    )
    ok = _v(result, 0)
    assert ok.verdict == "consistent", ok.reason
    assert ok.measured == pytest.approx(held, rel=2e-3)
    assert "held" in ok.evidence["direction"]
    assert _v(result, 1).verdict == "unverifiable"
    assert _v(result, 2).verdict == "overstated"
    store.close()


def test_terminal_table_fits_100_columns(world):
    import io

    from rich.console import Console

    from frontline.cli.check import print_table

    buf = io.StringIO()
    console = Console(file=buf, width=100, color_system=None)
    print_table(document_json(world[1]), console)
    lines = buf.getvalue().splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 100
    header = next(line for line in lines if "claim · period · region" in line)
    assert "deepstate" in header and "isw" not in header  # isw verifies nothing
    assert any(
        line.strip().startswith("isw:") and "unverifiable on every claim" in line
        for line in lines
    )
    assert any("#0 deepstate:" in line and "consistent" in line for line in lines)


class CoarsePlaces(PointPlaces):
    """Testivka placed by a point; Hromadivka only by its hromada's centre."""

    COORDS = {**PointPlaces.COORDS, "Hromadivka": TESTIVKA}
    PRECISION = {"Hromadivka": 16.0}

    def resolve(self, claim, context, front_distance=None, document=""):
        out = super().resolve(claim, context, front_distance, document)
        for p in out:
            precision = self.PRECISION.get(p.name, 1.0)
            p.candidates = [{"feature_class": "P", "precision_km": precision}]
        return out


def test_a_settlement_placed_only_by_its_hromada_is_not_measured(tmp_path):
    store = build_store(tmp_path / "f.sqlite")
    both = claim("settlement_control", place="Testivka", end=date(2024, 3, 10))
    both.places.append(Place("Hromadivka"))
    alone = claim("settlement_control", place="Hromadivka", end=date(2024, 3, 10))
    opts = CheckOptions(sources=("deepstate",), sync=False, anchors=[])
    result = check_document(
        Doc(), store, opts, places=CoarsePlaces(), claims=[both, alone]
    )
    store.close()
    v = _v(result, 0)
    assert v.verdict == "consistent", v.reason  # Testivka changed side
    coarse = v.evidence["places"][1]
    assert coarse["verdict"] == "unverifiable" and coarse["precision_km"] == 16.0
    assert "±16 km" in v.reason and "footprint" not in coarse
    assert _v(result, 1).verdict == "unverifiable"


def test_fighting_at_a_settlement_placed_by_its_hromada_says_the_span(tmp_path):
    store = build_store(tmp_path / "f.sqlite")
    near = claim("fighting", place="Hromadivka", gainer=None, end=date(2024, 3, 11))
    opts = CheckOptions(sources=("deepstate",), sync=False, anchors=[])
    result = check_document(Doc(), store, opts, places=CoarsePlaces(), claims=[near])
    store.close()
    v = _v(result, 0)
    # its hromada's centre is at the line, but the village may lie 16 km off
    assert v.verdict == "unverifiable" and "±16 km" in v.reason, v.reason
