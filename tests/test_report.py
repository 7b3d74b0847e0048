"""The check report (Markdown/HTML + PNG maps and charts) on our own world."""

from __future__ import annotations

import copy

import orjson
import pytest
from test_check import Doc, PointPlaces, build_store, world_claims

from frontline.check import CheckOptions, check_document
from frontline.errors import FrontlineError
from frontline.report.document import (
    Block,
    safe_name,
    to_html,
    to_markdown,
    write_reports,
)

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def checked(tmp_path):
    store = build_store(tmp_path / "f.sqlite")
    opts = CheckOptions(sources=("deepstate",), sync=False, anchors=[])
    claims = world_claims()[:5]
    result = check_document(Doc(), store, opts, places=PointPlaces(), claims=claims)
    yield store, result
    store.close()


def test_markdown_report_with_maps_and_charts(checked, tmp_path):
    store, result = checked
    out = tmp_path / "report"
    (path,) = write_reports([result], store, out, fmt="md")
    text = path.read_text("utf-8")
    assert path.name == "world-1.md"
    assert "## Claim 0: area_change" in text
    assert "> " + result.claims[0].claim.quote in text
    assert "| deepstate | consistent |" in text
    assert "Tolerance: claimed/measured within 0.8–1.25 (or within 1 km²)" in text
    assert "Readings (gross gain and net change)" in text
    assert "Settlement area held (share of its footprint)" in text
    assert "DeepStateMap" in text  # the map source is cited
    assert "2024-03-03T20:00:00Z" in text  # snapshot times
    for i in range(5):
        img = out / f"world-1-claim{i}-deepstate-map.png"
        assert f"]({img.name})" in text
        assert img.read_bytes()[:8] == PNG
    weekly = out / "world-1-claim0-weekly.png"
    assert weekly.read_bytes()[:8] == PNG
    assert not (out / "world-1-claim3-weekly.png").exists()  # fighting: no series
    obj = orjson.loads((out / "world-1.json").read_bytes())
    assert obj["verdicts"][0]["verdict"] == "consistent"
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files
    for f in out.iterdir():  # readable by others, like the PNGs (umask 022)
        assert f.stat().st_mode & 0o644 == 0o644, f.name
    # one plain sentence per claim first, human dates, ids only in the tables
    short = text.split("## In short\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(short) == len(result.claims)
    assert short[0].startswith("- Claim 0: ") and "DeepState" in short[0]
    assert text.index("## In short") < text.index("## Claim 0")


def test_html_report_escapes_and_colours_verdicts(checked, tmp_path):
    store, result = checked
    result.claims[0].claim.quote = "<script>alert(1)</script> & more"
    (path,) = write_reports([result], store, tmp_path / "r", fmt="html")
    page = path.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert '<span class="v-consistent">consistent</span>' in page
    assert '<img src="data:image/png;base64,iVBORw0KGgo' in page  # embedded
    assert 'src="world-1' not in page  # nothing to lose when mailed alone


def test_bad_format_and_unwritable_folder(checked, tmp_path):
    store, result = checked
    with pytest.raises(FrontlineError):
        write_reports([result], store, tmp_path, fmt="pdf")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FrontlineError):
        write_reports([result], store, blocker / "sub", fmt="md")


def test_blocks_render_the_same_content():
    blocks = [
        Block("h2", "Claim 1"),
        Block("ul", items=["a | b"]),
        Block("table", header=["map", "verdict"], items=[["isw", "not visible"]]),
        Block("img", "map", items=["m.png"]),
    ]
    md = to_markdown(blocks)
    assert (
        "## Claim 1" in md and "| isw | not visible |" in md and "![map](m.png)" in md
    )
    page = to_html(blocks, "t")
    assert '<span class="v-not-visible">not visible</span>' in page
    assert safe_name("../etc/passwd") == "etc_passwd"


def test_several_documents_get_an_index(checked, tmp_path):
    store, result = checked
    other = copy.copy(result)
    other.document = dict(result.document, doc_id="world-2")
    paths = write_reports([result, other], store, tmp_path / "r", fmt="md")
    assert [p.name for p in paths] == ["index.md", "world-1.md", "world-2.md"]
    index = paths[0].read_text("utf-8")
    assert "| world-2 | 2024-03-11 | 5 |" in index and "world-1.md" in index


@pytest.mark.parametrize("size", [(0.8, 0.27), (0.2, 0.6)])  # wide, tall
def test_map_fills_the_image_without_blank_bands(tmp_path, size):
    import numpy as np
    import shapely
    from matplotlib.image import imread

    from frontline.report.mapimg import render_region_map

    w, h = size
    region = shapely.box(37.6, 48.35, 37.6 + w, 48.35 + h)
    held = shapely.box(37.6 + w / 2, 48.0, 39.0, 49.0)
    out = render_region_map(
        tmp_path / "m.png",
        region=region,
        title="a made-up region",
        attribution="our own polygons",
        ru_held=held,
        places=[("Centre", 48.35 + h / 2, 37.6 + w / 2)],
    )
    img = imread(out)[..., :3]
    blank = (img > 0.98).all(axis=(1, 2))  # rows with nothing drawn on them
    top = int(np.argmin(blank))
    bottom = int(np.argmin(blank[::-1]))
    assert top < 0.05 * len(blank) and bottom < 0.05 * len(blank)
    # the plot (Russian-held fill in the right half) reaches near both edges
    pink = (np.abs(img - np.array([0xF4, 0xC7, 0xC3]) / 255) < 0.03).all(axis=2)
    rows = np.where(pink.any(axis=1))[0]
    assert (rows.max() - rows.min()) / len(blank) > 0.6
