"""The ``check`` report: per claim the quote, verdicts, figures, a map and a
weekly chart, written as Markdown or HTML (plus PNGs and the JSON) to a folder.

The report is built once as a list of blocks (:class:`Block`) and rendered by
:func:`to_markdown` or :func:`to_html`, so both say the same thing.

>>> to_markdown([Block("h1", "Report"), Block("quote", "3 km² liberated")])
'# Report\\n\\n> 3 km² liberated\\n'
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import shapely

from .. import ATTRIBUTION
from ..errors import FrontlineError
from ..model import GREY, RU_HELD, VERDICTS
from .sentences import human_span

MAP_SOURCES_ORDER = ("deepstate", "deepstate-daily", "isw", "nzz")
Sync = Callable[[str, list[tuple[datetime, datetime]]], None]


@dataclass
class Block:
    """One piece of a report: h1/h2/h3/p/quote/ul/table/img."""

    kind: str
    text: str = ""
    items: list[Any] = field(default_factory=list)  # ul items, table rows
    header: list[str] = field(default_factory=list)


# -- rendering -------------------------------------------------------------------


def _md_cell(x: Any) -> str:
    return str("" if x is None else x).replace("|", "\\|").replace("\n", " ")


def to_markdown(blocks: list[Block]) -> str:
    """Render blocks as Markdown."""
    out = []
    for b in blocks:
        if b.kind in ("h1", "h2", "h3"):
            out.append("#" * int(b.kind[1]) + " " + b.text)
        elif b.kind == "p":
            out.append(b.text)
        elif b.kind == "quote":
            out.append("\n".join("> " + line for line in b.text.splitlines() or [""]))
        elif b.kind == "ul":
            out.append("\n".join(f"- {i}" for i in b.items))
        elif b.kind == "table":
            rows = [
                "| " + " | ".join(_md_cell(h) for h in b.header) + " |",
                "|" + "---|" * len(b.header),
            ]
            rows += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in b.items]
            out.append("\n".join(rows))
        elif b.kind == "img":
            out.append(f"![{b.text}]({b.items[0]})")
    return "\n\n".join(out) + "\n"


_CSS = """
body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;
color:#222;line-height:1.45}
blockquote{border-left:4px solid #999;margin:1em 0;padding:.2em 1em;color:#333;
background:#f6f6f6}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#eee} img{max-width:100%;border:1px solid #ddd;margin:.5em 0}
.v-consistent{color:#1a7f37;font-weight:bold}.v-overstated{color:#c62828;font-weight:bold}
.v-understated{color:#b26a00;font-weight:bold}.v-not-visible{color:#8e24aa;font-weight:bold}
.v-unverifiable{color:#777}.v-already-on-the-map{color:#1565c0;font-weight:bold}
"""

_VERDICTS = VERDICTS


def _evidence_blocks(cc: Any) -> list[Block]:
    """Per area claim its gross and net readings; per settlement claim the
    shares of its area held at start and end and when the change first
    showed on the map."""
    readings, shares = [], []
    for v in cc.verdicts:
        for r in v.evidence.get("readings") or []:
            if r.get("net_km2") is not None:
                readings.append(
                    [
                        v.source,
                        r["reading"],
                        _fmt(r.get("gross_km2")),
                        _fmt(r["net_km2"]),
                    ]
                )
        for p in v.evidence.get("places") or []:
            if "shares_start" not in p:
                continue
            a, b = p["shares_start"], p["shares_end"]
            shares.append(
                [
                    v.source,
                    p["place"],
                    f"RU {a['RU']:.0%} · grey {a['grey']:.0%} · UA {a['UA']:.0%}",
                    f"RU {b['RU']:.0%} · grey {b['grey']:.0%} · UA {b['UA']:.0%}",
                    p.get("first_on_map") or "",
                    p.get("footprint", ""),
                ]
            )
    out = []
    if readings:
        out.append(Block("h3", "Readings (gross gain and net change)"))
        out.append(
            Block(
                "table",
                header=["map", "region", "gross km²", "net km²"],
                items=readings,
            )
        )
    if shares:
        out.append(Block("h3", "Settlement area held (share of its footprint)"))
        out.append(
            Block(
                "table",
                header=[
                    "map",
                    "place",
                    "start",
                    "end",
                    "on the map since",
                    "footprint",
                ],
                items=shares,
            )
        )
    return out


def _html_cell(x: Any) -> str:
    s = html.escape(str("" if x is None else x))
    if s in _VERDICTS:
        return f'<span class="v-{s.replace(" ", "-")}">{s}</span>'
    return s.replace("\n", "<br>")


def _data_uri(folder: Path | None, name: str) -> str:
    """The PNG ``folder/name`` as a data: URI (the page can be mailed alone);
    the bare name when there is no folder or no such file."""
    import base64

    path = None if folder is None else folder / name
    if path is None or not path.is_file():
        return name
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode()


def _human_date(iso_day: str | None) -> str:
    """``2023-08-21`` → ``21 August 2023`` (``unknown`` for None)."""
    from datetime import date

    from .sentences import human_day

    return human_day(date.fromisoformat(iso_day[:10])) if iso_day else "unknown"


def to_html(blocks: list[Block], title: str, folder: Path | None = None) -> str:
    """Render blocks as one self-contained HTML page: the images (PNG files in
    ``folder``) are embedded as data: URIs."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
    ]
    for b in blocks:
        if b.kind in ("h1", "h2", "h3"):
            out.append(f"<{b.kind}>{html.escape(b.text)}</{b.kind}>")
        elif b.kind == "p":
            out.append(f"<p>{html.escape(b.text)}</p>")
        elif b.kind == "quote":
            out.append(f"<blockquote>{html.escape(b.text)}</blockquote>")
        elif b.kind == "ul":
            out.append(
                "<ul>"
                + "".join(f"<li>{html.escape(str(i))}</li>" for i in b.items)
                + "</ul>"
            )
        elif b.kind == "table":
            head = "".join(f"<th>{html.escape(h)}</th>" for h in b.header)
            rows = "".join(
                "<tr>" + "".join(f"<td>{_html_cell(c)}</td>" for c in r) + "</tr>"
                for r in b.items
            )
            out.append(f"<table><tr>{head}</tr>{rows}</table>")
        elif b.kind == "img":
            src = html.escape(_data_uri(folder, str(b.items[0])))
            alt = html.escape(b.text)
            out.append(f'<img src="{src}" alt="{alt}">')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# -- figures from the store --------------------------------------------------------


def safe_name(text: str) -> str:
    """A file-name-safe version of a document id.

    >>> safe_name("docs.jsonl:3 / a b")
    'docs.jsonl_3_a_b'
    """
    s = re.sub(r"[^\w.-]+", "_", text).strip("._")
    return s[:80] or "document"


def _t(s: str | None) -> datetime | None:
    return None if not s else datetime.fromisoformat(s.replace("Z", "+00:00"))


def _map_verdicts(cc) -> list[Any]:
    """Every measurable verdict of the claim, in the maps' order."""
    order = {s: i for i, s in enumerate(MAP_SOURCES_ORDER)}
    usable = [
        v
        for v in cc.verdicts
        if v.verdict != "unverifiable"
        and (v.evidence.get("snapshots") or {}).get("end")
    ]
    return sorted(usable, key=lambda v: order.get(v.source, 99))


def _map_verdict(cc) -> Any:
    """The verdict whose source draws the weekly chart (first measurable)."""
    usable = _map_verdicts(cc)
    return usable[0] if usable else None


def _claim_region(cc):
    if cc.region is not None:
        return cc.region
    located = [p for p in cc.places if p.lat is not None and p.lon is not None]
    if not located:
        return None
    from ..geo.regions import disc_region

    p = located[0]
    reg = disc_region(float(p.lat), float(p.lon), 10.0)
    reg.description = f"within 10 km of {p.resolved_name or p.name}"
    return reg


def _draw_map(store, cc, v, path: Path, basemap: Any = None) -> bool:
    from ..geo.area import to_lonlat
    from ..query import change_geometries
    from .mapimg import render_region_map

    region = _claim_region(cc)
    snaps = v.evidence.get("snapshots") or {}
    if region is None or region.projected is None or not snaps.get("start"):
        return False
    a, b = snaps["start"], snaps["end"]
    t0, t1 = _t(a["snapshot_time"]), _t(b["snapshot_time"])
    gained, lost = change_geometries(store, v.source, region, t0, t1)
    snap = store.load(v.source, b["snapshot_id"], [RU_HELD, GREY])
    x0, y0, x1, y1 = region.projected.bounds
    pad = max(x1 - x0, y1 - y0)  # the map widens the view to fill the image
    view = shapely.box(x0 - pad, y0 - pad, x1 + pad, y1 + pad)

    def near(layer):
        g = snap.geometries.get(layer)
        return None if g is None else to_lonlat(shapely.intersection(g, view))

    from ..check import is_settlement

    lx0, ly0, lx1, ly1 = region.geometry.bounds
    mx, my = (lx1 - lx0) * 0.15, (ly1 - ly0) * 0.15
    places = [
        (p.resolved_name or p.name, float(p.lat), float(p.lon))
        for p in cc.places
        if p.lat is not None
        and p.lon is not None
        and is_settlement(p)
        and lx0 - mx <= float(p.lon) <= lx1 + mx
        and ly0 - my <= float(p.lat) <= ly1 + my
    ]
    render_region_map(
        path,
        region=region.geometry,
        title=f"Claim {cc.index}: {region.description}",
        subtitle=f"{v.source}: {a['snapshot_time'][:10]} → {b['snapshot_time'][:10]}"
        f" · {v.verdict}",
        attribution=ATTRIBUTION.get(v.source, v.source),
        ru_held=near(RU_HELD),
        grey=near(GREY),
        gained=gained,
        lost=lost,
        places=places,
        basemap=basemap,
    )
    return True


def _draw_series(store, cc, v, path: Path, sync: Sync | None = None) -> bool:
    from ..query import periods, series
    from .chart import plot_series

    region = _claim_region(cc)
    snaps = v.evidence.get("snapshots") or {}
    if region is None or not snaps.get("start"):
        return False
    t0, t1 = _t(snaps["start"]["snapshot_time"]), _t(snaps["end"]["snapshot_time"])
    if cc.period.start and cc.period.end:
        from ..instants import end_of_day

        t0, t1 = end_of_day(cc.period.start), end_of_day(cc.period.end)
    span = t1 - t0
    before = timedelta(days=28) if span < timedelta(days=120) else timedelta(days=7)
    a, b = t0 - before, t1 + timedelta(days=14)
    if sync is not None:  # the state at the first week's start, then each week end
        weeks = periods(a, b, "W")
        sync(v.source, [(weeks[0][0], weeks[0][0])] + [(e, e) for _, e in weeks])
    # only snapshots of the charted span (from a week before its first
    # Monday): the first bar must not absorb whatever history the store holds
    rows = series(store, v.source, region, a, b, "W", since=a - timedelta(days=7))
    if not any(r.get("ru_held_km2") is not None for r in rows):
        return False
    plot_series(
        rows,
        path,
        title=f"Claim {cc.index}: weekly change in {region.description} ({v.source})",
        attribution=ATTRIBUTION.get(v.source, v.source),
        shade=(t0, t1, "claimed period"),
    )
    return True


# -- the report ---------------------------------------------------------------------


def _fmt(x: Any, nd: int = 1) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:,.{nd}f}"
    return str(x)


def _measured_text(v) -> str:
    """The measured figure, or the range over the region's readings."""
    used = [
        r["measured_km2"]
        for r in v.evidence.get("readings") or []
        if r.get("used_for_verdict", True) and r.get("measured_km2") is not None
    ]
    if len(used) > 1 and max(used) - min(used) >= 0.05:
        return f"{min(used):,.1f}–{max(used):,.1f}"
    return _fmt(v.measured)


def _snap_text_maps(ev: dict[str, Any]) -> str:
    s = ev.get("snapshots") or {}
    a, b = s.get("start"), s.get("end")
    if not a or not b:
        return "–"
    if a["snapshot_id"] == b["snapshot_id"]:
        return f"{b['snapshot_id']} ({b['snapshot_time']})"
    return (
        f"{a['snapshot_id']} ({a['snapshot_time']}) → "
        f"{b['snapshot_id']} ({b['snapshot_time']})"
    )


def _totals_text(v) -> str:
    """A published-totals verdict's figures: the layers summed, both days."""
    t, ev = v.evidence["totals"], v.evidence
    return (
        f"{v.source}: {ev['layers_counted']} {t['start_day']} → {t['end_day']}: "
        f"{_fmt(t['start_km2'])} → {_fmt(t['end_km2'])} km² "
        f"(net {_fmt(t['net_change_km2'])}; {ev['attribution']})"
    )


def _snap_text(ev: dict[str, Any]) -> str:
    if ev.get("totals"):
        t = ev["totals"]
        return f"published areas {t['start_day']} → {t['end_day']}"
    return _snap_text_maps(ev)


def _oblast(cands: list[dict[str, Any]]) -> str:
    ob = cands[0].get("oblast") if cands else None
    return f"{ob} oblast, " if ob else ""


def _alternatives(cands: list[dict[str, Any]]) -> str:
    """Other candidates of a place name, so a wrong guess can be spotted."""
    alts = [
        f"{c.get('name')} ({c.get('oblast') or '?'} oblast, "
        f"{c.get('feature_class') or '?'}, score {c.get('score')})"
        for c in cands[:2]
    ]
    return "; other candidates: " + ", ".join(alts) if alts else ""


def _claim_facts(cc) -> list[str]:
    """The fact lines of one checked claim: claimant, period, region, places."""
    c = cc.claim
    facts = []
    if c.claimant or c.claimant_role:
        facts.append(
            "Claimant: " + " — ".join(x for x in (c.claimant, c.claimant_role) if x)
        )
    p = cc.period
    facts.append(
        f"Period: {human_span(p.start, p.end)} ({p.how}"
        + (f"; anchor {p.anchor}" if p.anchor else "")
        + ")"
    )
    if cc.region is not None:
        facts.append(f"Region: {cc.region.description} ({cc.region.area_km2:,.0f} km²)")
    else:
        facts.append(f"Region: none ({cc.region_note})")
    for pl in cc.places:
        if pl.lat is not None:
            facts.append(
                f"Place: {pl.name} → {pl.resolved_name or pl.name} "
                f"({_oblast(pl.candidates[:1])}{pl.lat:.4f}N, {pl.lon:.4f}E; "
                f"score {pl.score if pl.score is not None else '?'}; "
                f"{pl.gazetteer or 'gazetteer'})" + _alternatives(pl.candidates[1:])
            )
        else:
            facts.append(f"Place: {pl.name} (not resolved)")
    if c.restates is not None:
        facts.append(f"Repeats claim {c.restates} of this document")
    flags = [f for f in ("cumulative", "negated", "hedged", "approx") if getattr(c, f)]
    if flags:
        facts.append("Flags: " + ", ".join(flags))
    return facts


def _table(
    header: list[str], rows: list[list[Any]], title: str | None = None
) -> list[Block]:
    """A table block (after an h3 title when one is given); none without rows."""
    if not rows:
        return []
    head = [Block("h3", title)] if title else []
    return [*head, Block("table", header=header, items=rows)]


def _verdict_table(cc) -> Block:
    """One row per map: verdict, claimed and measured km², snapshots, why."""
    rows = [
        [
            v.source,
            v.verdict,
            _fmt(v.claimed),
            _measured_text(v),
            _snap_text(v.evidence),
            v.reason,
        ]
        for v in cc.verdicts
    ]
    header = ["map", "verdict", "claimed km²", "measured km²", "snapshots", "why"]
    return Block("table", header=header, items=rows)


def _figure_rows(cc) -> list[list[Any]]:
    """Held, gained, lost and grey-zone figures of each map's primary region."""
    rows = []
    for v in cc.verdicts:
        f = v.evidence.get("figures")
        if not f:
            continue
        rows.append(
            [
                v.source,
                f"{_fmt(f['ru_held_start_km2'])} → {_fmt(f['ru_held_end_km2'])}",
                _fmt(f["ru_gained_km2"]),
                _fmt(f["ru_lost_km2"]),
                _fmt(f["net_ru_km2"]),
                f"{_fmt(f['grey_start_km2'])} → {_fmt(f['grey_end_km2'])}",
            ]
        )
    return rows


FIGURE_HEADER = [
    "map (primary region)",
    "Russian-held km² start → end",
    "gained by Russia",
    "lost by Russia",
    "net",
    "grey zone km² start → end",
]
LAYER_NAMES = {
    "ua_claimed": "claimed Ukrainian counteroffensives",
    "ru_advances": "assessed Russian advances",
    "ru_claimed": "claimed Russian control",
}


def _other_layer_lines(cc) -> list[str]:
    """Other layers of a map in the region, and the maps' whole-front totals."""
    other = [
        f"{v.source}: {LAYER_NAMES.get(k, k)} in the region "
        f"{_fmt(x['start_km2'])} → {_fmt(x['end_km2'])} km²"
        for v in cc.verdicts
        for k, x in (v.evidence.get("other_layers") or {}).items()
    ]
    return other + [_totals_text(v) for v in cc.verdicts if v.evidence.get("totals")]


def _sensitivity_rows(cc) -> list[list[Any]]:
    """Each map's measure over other region sizes and readings of the claim."""
    rows = []
    for v in cc.verdicts:
        for s in v.evidence.get("sensitivity") or []:
            rows.append(
                [
                    v.source,
                    f"{s.get('shape', '')} {s['radius_km']:g} km".strip(),
                    _fmt(s["measured_km2"]),
                    s["verdict"],
                ]
            )
        for r in v.evidence.get("readings") or []:
            rows.append([v.source, r["reading"], _fmt(r["measured_km2"]), ""])
    return rows


def _lag_rows(cc) -> list[list[Any]]:
    """Each map's measure with the period's end pushed later, step by step."""
    return [
        [
            v.source,
            f"+{s['days']} d",
            s["snapshot_time"],
            _fmt(s["measured_km2"]),
            s["verdict"],
        ]
        for v in cc.verdicts
        for s in (v.evidence.get("lag") or {}).get("steps") or []
    ]


def _figure_blocks(
    store, cc, folder: Path, stem: str, sync: Sync | None, basemap: Any
) -> list[Block]:
    """A PNG map per source with a verdict and the weekly chart (drawn in folder)."""
    v = _map_verdict(cc)
    if v is None:
        return []
    blocks = []
    try:
        for mv in _map_verdicts(cc):  # a map for every source with a verdict
            name = f"{stem}-claim{cc.index}-{mv.source}-map.png"
            if _draw_map(store, cc, mv, folder / name, basemap):
                blocks.append(
                    Block("img", f"map of claim {cc.index} ({mv.source})", items=[name])
                )
        name = f"{stem}-claim{cc.index}-weekly.png"
        if cc.claim.kind != "fighting" and _draw_series(
            store, cc, v, folder / name, sync
        ):
            blocks.append(
                Block("img", f"weekly series of claim {cc.index}", items=[name])
            )
    except FrontlineError as exc:
        blocks.append(Block("p", f"(no figure: {exc})"))
    return blocks


def claim_blocks(
    store,
    cc,
    folder: Path,
    stem: str,
    figures: bool = True,
    sync: Sync | None = None,
    basemap: Any = None,
) -> list[Block]:
    """The report blocks of one checked claim (draws its PNGs into folder,
    over ``basemap``: :func:`frontline.sources.basemap.load_basemap`)."""
    c = cc.claim
    title = f"Claim {cc.index}: {c.kind}"
    if c.area_km2 is not None:
        title += f", {c.area_km2:g} km²"
    if c.gainer:
        title += f" (gainer {c.gainer})"
    blocks = [Block("h2", title), Block("quote", c.quote)]
    blocks.append(Block("ul", items=_claim_facts(cc)))
    blocks.append(_verdict_table(cc))
    blocks += _table(FIGURE_HEADER, _figure_rows(cc))
    other = _other_layer_lines(cc)
    if other:
        blocks.append(Block("ul", items=other))
    blocks.extend(_evidence_blocks(cc))
    tol = next((v.tolerance for v in cc.verdicts if v.tolerance), None)
    if tol:
        blocks.append(Block("p", f"Tolerance: {tol}."))
    blocks += _table(
        ["map", "region", "measured km²", "verdict"],
        _sensitivity_rows(cc),
        "Sensitivity (region size and reading)",
    )
    blocks += _table(
        ["map", "end", "snapshot", "measured km²", "verdict"],
        _lag_rows(cc),
        "Lag check (the end pushed later)",
    )
    if figures:
        blocks += _figure_blocks(store, cc, folder, stem, sync, basemap)
    return blocks


def report_blocks(
    store,
    result,
    folder: Path,
    stem: str,
    sync: Sync | None = None,
    basemap: Any = None,
) -> list[Block]:
    """Every block of one document's report."""
    doc = result.document
    blocks = [Block("h1", f"frontline check: {doc['doc_id']}")]
    meta = [f"Published: {_human_date(doc['published'])}"]
    if doc.get("url"):
        meta.append(f"URL: {doc['url']}")
    meta.append(f"Text sha256: {doc['sha256']}")
    meta.append(f"Maps: {', '.join(result.sources)}")
    blocks.append(Block("ul", items=meta))
    counts: dict[str, int] = {}
    for cc in result.claims:
        for v in cc.verdicts:
            counts[v.verdict] = counts.get(v.verdict, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    blocks.append(
        Block(
            "p",
            f"{len(result.claims)} claims checked on {len(result.sources)} maps"
            + (f": {summary}." if summary else "."),
        )
    )
    if result.claims:
        from .sentences import claim_sentence

        blocks.append(Block("h2", "In short"))
        blocks.append(Block("ul", items=[claim_sentence(cc) for cc in result.claims]))
    for cc in result.claims:
        blocks += claim_blocks(store, cc, folder, stem, sync=sync, basemap=basemap)
    if result.consistency:
        blocks.append(Block("h2", "Ledger: running totals vs increments"))
        blocks.append(
            Block(
                "ul",
                items=[
                    f"{c['claimant']} / {c['sector']}: {c['status']} — {c['message']}"
                    for c in result.consistency
                ],
            )
        )
    if result.notes:
        blocks.append(Block("h2", "Notes"))
        blocks.append(Block("ul", items=result.notes))
    cites = [ATTRIBUTION.get(s, s) for s in result.sources]
    if any(p.gazetteer for cc in result.claims for p in cc.places):
        cites.append(ATTRIBUTION["geonames"])
    for cc in result.claims:
        for line in cc.region.provenance if cc.region is not None else []:
            if line not in cites and not line.startswith("GeoNames"):
                cites.append(line)
    blocks.append(Block("h2", "Sources"))
    blocks.append(Block("ul", items=cites))
    blocks.append(
        Block(
            "p",
            "Verdicts: consistent = within the stated tolerance; "
            "overstated/understated = the claim is larger/smaller than "
            "the map shows; not visible = the map shows no change in the "
            "period; unverifiable = no region, period or map coverage.",
        )
    )
    return blocks


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, FILE_MODE & ~_umask())  # like any new file, not 0600
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


FILE_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_reports(
    results,
    store,
    out: Path,
    *,
    fmt: str = "md",
    sync: Sync | None = None,
    basemap: Any = None,
) -> list[Path]:
    """Write one report (``<doc>.md`` or ``.html``, PNGs, ``<doc>.json``) per
    checked document into ``out``; returns the report paths.

    ``sync(source, windows)`` (optional) makes sure the snapshots the weekly
    charts need are stored before they are drawn.
    """
    from ..check import document_json

    if fmt not in ("md", "html"):
        raise FrontlineError(f"report format {fmt!r}: use md or html")
    out = Path(out).expanduser()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FrontlineError(f"cannot create: {exc.strerror}", where=str(out)) from None
    written = []
    for result in results:
        stem = safe_name(result.document["doc_id"])
        blocks = report_blocks(store, result, out, stem, sync=sync, basemap=basemap)
        if fmt == "md":
            text = to_markdown(blocks)
        else:
            text = to_html(blocks, f"frontline check: {result.document['doc_id']}", out)
        path = out / f"{stem}.{fmt}"
        _write_atomic(path, text.encode("utf-8"))
        _write_atomic(
            out / f"{stem}.json",
            orjson.dumps(
                document_json(result), default=str, option=orjson.OPT_INDENT_2
            ),
        )
        written.append(path)
    if len(results) > 1:
        rows = []
        for result, path in zip(results, written, strict=True):
            counts: dict[str, int] = {}
            for cc in result.claims:
                for v in cc.verdicts:
                    counts[v.verdict] = counts.get(v.verdict, 0) + 1
            rows.append(
                [
                    result.document["doc_id"],
                    result.document["published"] or "",
                    str(len(result.claims)),
                    ", ".join(f"{n} {k}" for k, n in sorted(counts.items())),
                    path.name,
                ]
            )
        blocks = [
            Block("h1", f"frontline check: {len(results)} documents"),
            Block(
                "table",
                header=["document", "published", "claims", "verdicts", "report"],
                items=rows,
            ),
        ]
        text = (
            to_markdown(blocks)
            if fmt == "md"
            else to_html(blocks, f"frontline check: {len(results)} documents")
        )
        index = out / f"index.{fmt}"
        _write_atomic(index, text.encode("utf-8"))
        written.insert(0, index)
    return written
