"""``frontline check`` (every claim of an article against every map) and
``frontline ledger`` (the claims checked so far, and their consistency)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import FrontlineError
from .common import DbOption, MirrorOption, err_console, print_json, wants_json
from .progress import rich_bar

FORMATS = ("table", "json", "md", "html")
VERDICT_STYLE = {
    "consistent": "green",
    "overstated": "red",
    "understated": "yellow",
    "not visible": "magenta",
    "already on the map": "cyan",
    "unverifiable": "dim",
}


def parse_sources(spec: str | None, stored: tuple[str, ...] = ()) -> tuple[str, ...]:
    """``deepstate,isw`` → ('deepstate', 'isw'); None/'all' → every source.

    Besides the four built-in maps, a source the store already holds (a map
    imported with ``frontline import``) is accepted.

    >>> parse_sources("isw, deepstate")
    ('isw', 'deepstate')
    """
    from ..check import ALL_SOURCES

    if spec is None or spec.strip().lower() in ("", "all"):
        return ALL_SOURCES
    out = []
    for part in spec.split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in ALL_SOURCES and name not in stored:
            known = ", ".join(
                [*ALL_SOURCES, *[s for s in stored if s not in ALL_SOURCES]]
            )
            raise FrontlineError(
                f"unknown source {name!r}; use any of {known}",
                where="--source",
            )
        if name not in out:
            out.append(name)
    if not out:
        raise FrontlineError("no source given", where="--source")
    return tuple(out)


def split_series(spec: str | None) -> tuple[str | None, bool | None]:
    """Take the published series (``isw-totals``) out of a ``--source`` list.

    Returns the map list left and whether a series was named: None when
    ``--source`` names no sources at all (every map and every series).

    >>> split_series("deepstate,isw-totals")
    ('deepstate', True)
    >>> split_series("deepstate")
    ('deepstate', False)
    >>> split_series(None)
    (None, None)
    """
    from ..sources.area_series import SERIES

    if spec is None or spec.strip().lower() in ("", "all"):
        return spec, None
    names = {s.name for s in SERIES}
    parts = [p.strip().lower() for p in spec.split(",") if p.strip()]
    maps = [p for p in parts if p not in names]
    if not maps and parts:
        raise FrontlineError(
            "a published series is read beside a map: name a map as well "
            "(e.g. deepstate,isw-totals)",
            where="--source",
        )
    return ",".join(maps), len(maps) < len(parts)


def short_region(region: dict[str, Any] | None, note: str = "") -> str:
    """A few words for the region column: shape, radius, place.

    >>> short_region({"kind": "half-disc", "params": {"radius_km": 25,
    ...     "place": "Bakhmut", "side": "south"}, "description": "…"})
    'south half-disc 25 km, Bakhmut'
    """
    if not region:
        return (note or "no region")[:60]
    p = region.get("params") or {}
    kind = region.get("kind") or "region"
    bits = [f"{p['side']} {kind}" if p.get("side") else kind]
    if p.get("radius_km"):
        bits[0] += f" {p['radius_km']:g} km"
    place = p.get("place") or ", ".join(
        x.get("place", "") for x in p.get("places", []) if isinstance(x, dict)
    )
    if place:
        bits.append(place)
    if len(bits) == 1:
        return region.get("description", kind)[:60]
    return ", ".join(bits)


def _cell(v: dict[str, Any] | None) -> str:
    if v is None:
        return ""
    verdict = v["verdict"]
    style = VERDICT_STYLE.get(verdict, "")
    text = f"[{style}]{verdict}[/{style}]" if style else verdict
    used = [
        r["measured_km2"]
        for r in (v.get("evidence") or {}).get("readings") or []
        if r.get("used_for_verdict", True) and r.get("measured_km2") is not None
    ]
    if len(used) > 1 and max(used) - min(used) >= 0.05:
        text += f"\n{min(used):.1f}–{max(used):.1f} km²"
    elif v.get("measured_km2") is not None:
        text += f"\n{v['measured_km2']:.1f} km²"
    return text


WIDE = 140  # from this terminal width on, period/region get their own column
QUOTE_CHARS = 100


def _claim_lines(c: dict[str, Any]) -> tuple[str, str]:
    """The claim (kind, figure, side, quote) and its period/region, as markup."""
    rec = c["claim"]
    what = f"[bold]{rec['kind']}[/bold]"
    if rec.get("area_km2") is not None:
        what += f" {rec['area_km2']:g} km²"
    if rec.get("gainer"):
        what += f" ({rec['gainer']})"
    if rec.get("restates") is not None:
        what += escape(f" [repeats #{rec['restates']}]")
    quote = rec.get("quote") or ""
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1] + "…"
    what += "\n[italic]" + escape(quote) + "[/italic]"
    p = c["period"]
    where = escape(
        f"{p['start'] or '…'} – {p['end'] or '…'}"
        + (f" ({p['anchor']})" if p.get("anchor") else "")
        + "\n"
        + short_region(c["region"], c["region_note"])
    )
    return what, where


def silent_sources(result: dict[str, Any]) -> dict[str, str]:
    """Sources that are ``unverifiable`` on every claim → the (first) reason.

    They get one line under the table instead of a column of "unverifiable".
    """
    out: dict[str, list[str]] = {s: [] for s in result["sources"]}
    for v in result["verdicts"]:
        if v["source"] not in out:
            continue
        if v["verdict"] != "unverifiable":
            out.pop(v["source"])
        else:
            out[v["source"]].append(v["reason"])
    return {
        s: rs[0] + ("" if len(set(rs)) == 1 else f" (one of {len(set(rs))} reasons)")
        for s, rs in out.items()
        if rs
    }


NARROW_VERDICT = 12  # a verdict column's width on a narrow terminal (it wraps)


def print_table(result: dict[str, Any], console: Console) -> None:
    """The terminal view of one checked document (readable from 100 columns:
    a map that verifies nothing is a line under the table, not a column)."""
    doc = result["document"]
    head = escape(f"{doc['doc_id']} (published {doc['published'] or '?'})")
    if not result["claims"]:
        console.print(f"{head}: no territorial claims found", highlight=False)
    else:
        silent = silent_sources(result)
        shown = [s for s in result["sources"] if s not in silent] or list(
            result["sources"]
        )
        if len(shown) == len(result["sources"]):
            silent = {}
        wide = console.width >= WIDE
        table = Table(title=head, title_justify="left", show_lines=True)
        table.add_column("#", justify="right")
        if wide:
            table.add_column("claim", overflow="fold", ratio=3)
            table.add_column("period / region", overflow="fold", ratio=2)
        else:
            # a narrow terminal: the claim keeps room to be read, verdicts wrap
            table.add_column("claim · period · region", overflow="fold", ratio=2)
        for s in shown:
            table.add_column(
                s.replace("-", "-\n"),
                no_wrap=wide,
                overflow="fold",
                max_width=None if wide else NARROW_VERDICT,
            )
        by_claim: dict[int, dict[str, Any]] = {}
        for v in result["verdicts"]:
            by_claim.setdefault(v["claim_index"], {})[v["source"]] = v
        for c in result["claims"]:
            what, where = _claim_lines(c)
            cells = [what, where] if wide else [f"{what}\n[dim]{where}[/dim]"]
            vs = by_claim.get(c["index"], {})
            table.add_row(str(c["index"]), *cells, *[_cell(vs.get(s)) for s in shown])
        console.print(table)
        reasons = Table.grid(padding=(0, 1))
        reasons.add_column(no_wrap=True)
        reasons.add_column(overflow="fold")
        for s, why in silent.items():
            reasons.add_row(
                f"  {s}:", f"unverifiable on every claim — {why}", style="dim"
            )
        for v in result["verdicts"]:
            if v["source"] in silent:
                continue
            if v["verdict"] != "unverifiable" or v["source"] == shown[0]:
                reasons.add_row(
                    escape(f"  #{v['claim_index']} {v['source']}:"),
                    escape(f"{v['verdict']} — {v['reason']}"),
                )
        console.print(reasons, highlight=False)
    for chk in result.get("ledger") or []:
        console.print(
            f"  ledger [{chk['claimant']} / {chk['sector']}]: {chk['status']} — "
            f"{chk['message']}",
            highlight=False,
            markup=False,
        )
    for note in result["notes"]:
        console.print(f"  note: {note}", highlight=False, markup=False)
    att = result["attribution"]
    cites = Table.grid(padding=(0, 1))
    cites.add_column(no_wrap=True)
    cites.add_column(overflow="fold")
    cites.add_row("  Maps:", "; ".join(v for k, v in att.items() if k != "places"))
    if att.get("places"):
        cites.add_row("  Places:", "; ".join(att["places"]))
    console.print(cites, style="dim", highlight=False)


def check_command(
    inputs: list[str],
    *,
    published: str | None = None,
    lang: str | None = None,
    sources: str | None = None,
    fmt: str = "table",
    out: Path | None = None,
    mirror: str | None = None,
    db: str | None = None,
    sync: bool = True,
    allow_private: bool = False,
    place: list[str] | None = None,
    totals: bool = True,
) -> int:
    """Run ``frontline check``; returns the exit code."""
    from ..check import CheckOptions, Places, check_document, document_json, ensure
    from ..check.options import parse_place
    from ..check.sync import SyncMemo
    from ..check.topic import NOT_ABOUT_THE_WAR, about_the_war
    from ..config import mirror as default_mirror
    from ..sources.documents import load_documents
    from ..store import open_store

    if fmt not in FORMATS:
        raise FrontlineError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt in ("md", "html") and out is None:
        out = Path("frontline-report")
    if out is not None and out.exists() and not out.is_dir():
        raise FrontlineError("exists and is not a directory", where=f"--out {out}")
    docs = list(
        load_documents(
            inputs, published=published, lang=lang, allow_private=allow_private
        )
    )
    if not docs:
        raise FrontlineError("no documents to check", where="INPUT")
    date_notes = {id(d): date_note(d) for d in docs}
    sources, series_named = split_series(sources)
    if series_named is False:
        totals = False  # --source names maps only: no published series
    store = open_store(db)
    try:
        opts = CheckOptions(
            sources=parse_sources(sources, tuple(store.sources())),
            sync=sync,
            mirror=default_mirror(mirror),
            progress=rich_bar(sys.stderr.isatty()),
            places=dict(parse_place(p) for p in place or []),
            totals=totals,
        )
        say = (
            (lambda m: err_console.print(f"[dim]{m}[/dim]")) if opts.progress else None
        )
        if say:
            say("loading the place index (a first run builds it: about 20 s)")
        places, memo = Places(opts.mirror, opts.places), SyncMemo()
        results = []
        for doc in docs:
            war = about_the_war(getattr(doc, "text", ""))
            result = check_document(
                doc,
                store,
                opts,
                places=places,
                say=say,
                memo=memo,
                claims=None if war else [],
            )
            result.notes[:0] = [n for n in (date_notes[id(doc)],) if n] + (
                [] if war else [NOT_ABOUT_THE_WAR]
            )
            results.append(result)
        objs = [document_json(r) for r in results]
        if out is not None:
            from ..report.document import write_reports

            def sync_for_charts(source: str, windows: list) -> None:
                if opts.sync:
                    ensure(store, source, windows, opts, [])

            from ..sources.basemap import load_basemap

            written = write_reports(
                results,
                store,
                out,
                fmt="html" if fmt == "html" else "md",
                sync=sync_for_charts,
                basemap=load_basemap(opts.mirror),
            )
            for path in written:
                err_console.print(f"wrote {path}", highlight=False)
    finally:
        store.close()
    if fmt == "json":
        print_json(objs[0] if len(objs) == 1 else {"documents": objs})
    elif fmt == "table":
        console = Console()
        for obj in objs:
            print_table(obj, console)
    why = nothing_checked(objs)
    if why:
        sys.stderr.write(f"frontline: nothing could be checked: {why}\n")
        return NOTHING_CHECKED
    return 0


NOTHING_CHECKED = 3  # exit code: claims were found but no map could verify any


def nothing_checked(objs: list[dict[str, Any]]) -> str | None:
    """Why nothing could be checked, when claims were found and every verdict
    is ``unverifiable`` (the most frequent reason); None otherwise.

    >>> nothing_checked([{"claims": [{}], "verdicts": [
    ...     {"verdict": "unverifiable", "reason": "no snapshot stored"}]}])
    'no snapshot stored'
    >>> nothing_checked([{"claims": [], "verdicts": []}]) is None
    True
    """
    from collections import Counter

    verdicts = [v for o in objs for v in o["verdicts"]]
    if not any(o["claims"] for o in objs) or not verdicts:
        return None
    if any(v["verdict"] != "unverifiable" for v in verdicts):
        return None
    return Counter(v["reason"] for v in verdicts).most_common(1)[0][0]


def date_note(doc: Any) -> str | None:
    """Give an undated document the date of its dateline, and say where the
    publication date came from when it was not given with --published."""
    from ..text.dateline import dateline

    if getattr(doc, "published", None) is None:
        found = dateline(getattr(doc, "text", "") or "")
        if found is None:
            return None
        doc.published, doc.published_from = found, "dateline"
    origin = getattr(doc, "published_from", None)
    if origin in (None, "given", "record"):
        return None
    where = "its dateline" if origin == "dateline" else f"the page ({origin})"
    return f"published {doc.published:%-d %B %Y}: taken from {where} (no --published)"


def ledger_command(
    *,
    claimant: str | None = None,
    sector: str | None = None,
    as_json: bool = False,
    db: str | None = None,
) -> int:
    """Run ``frontline ledger``."""
    from ..store.ledger import Ledger, consistency

    with Ledger.for_url(db) as led:
        rows = led.claims(claimant=claimant, sector=sector)
        counts = led.counts()
    checks = [c.to_dict() for c in consistency(rows)]
    if as_json:
        print_json(
            {
                "filters": {"claimant": claimant, "sector": sector},
                "counts": counts,
                "claims": [{k: r[k] for k in r if k not in ("record",)} for r in rows],
                "consistency": checks,
            }
        )
        return 0
    console = Console()
    if not rows:
        console.print(
            "the ledger has no claims"
            + (" matching the filters" if claimant or sector else "")
            + " (run frontline check first)",
            highlight=False,
        )
        return 0
    sources = sorted({s for r in rows for s in r["verdicts"]})
    if console.width < LEDGER_WIDE:
        console.print(_ledger_compact(rows, sources, counts))
    else:
        console.print(_ledger_wide(rows, sources, counts))
    _print_checks(console, checks)
    return 0


LEDGER_WIDE = 130  # below this, a column per map would be cut off: fold them


def _ledger_claim(r: dict[str, Any]) -> str:
    claim = r["kind"]
    if r["area_km2"] is not None:
        claim += f" {r['area_km2']:g} km²" + (" total" if r["cumulative"] else "")
    if r["gainer"]:
        claim += f" ({r['gainer']})"
    claim += "\n" + (r["quote"][:77] + "…" if len(r["quote"]) > 80 else r["quote"])
    return escape(claim)


def _ledger_verdict(r: dict[str, Any], s: str) -> str:
    return _cell(
        r["verdicts"].get(s)
        and {
            "verdict": r["verdicts"][s]["verdict"],
            "measured_km2": r["verdicts"][s]["measured"],
        }
    )


def _ledger_compact(rows, sources, counts) -> Table:
    """Narrow terminals: one column for the claim, one for all the verdicts
    (a line per map), so nothing is cut away."""
    table = Table(
        title=f"ledger: {len(rows)} claims from {counts['documents']} documents",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("published", no_wrap=True)
    table.add_column("claim · claimant · sector · period", overflow="fold", ratio=3)
    table.add_column("verdicts", overflow="fold", ratio=2)
    for r in rows:
        who = " · ".join(x for x in (r["claimant"], r["sector_key"]) if x)
        period = f"{r['period_start'] or '…'} – {r['period_end'] or '…'}"
        verdicts = "\n".join(
            f"{s}: " + _ledger_verdict(r, s).replace("\n", " ")
            for s in sources
            if r["verdicts"].get(s)
        )
        table.add_row(
            str(r["published"] or ""),
            _ledger_claim(r) + f"\n[dim]{escape(who)} · {escape(period)}[/dim]",
            verdicts,
        )
    return table


def _ledger_wide(rows, sources, counts) -> Table:
    """Wide terminals: a column per map."""
    table = Table(
        title=f"ledger: {len(rows)} claims from {counts['documents']} documents",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("published", no_wrap=True)
    table.add_column("claimant", overflow="fold", max_width=18)
    table.add_column("sector", overflow="fold", max_width=14)
    table.add_column("claim", overflow="fold", ratio=1, min_width=30)
    table.add_column("period", overflow="fold", max_width=12)
    for s in sources:
        table.add_column(s, overflow="fold")
    for r in rows:
        table.add_row(
            str(r["published"] or ""),
            escape(r["claimant"] or ""),
            escape(r["sector_key"]),
            _ledger_claim(r),
            f"{r['period_start'] or '…'} – {r['period_end'] or '…'}",
            *[_ledger_verdict(r, s) for s in sources],
        )
    return table


def _print_checks(console: Console, checks: list[dict[str, Any]]) -> None:
    """The running-total checks under the ledger table."""
    if not checks:
        console.print("no two running totals of one claimant and sector to compare")
    for chk in checks:
        style = (
            "green"
            if chk["status"] == "consistent"
            else ("red" if chk["status"] in ("mismatch", "total decreased") else "")
        )
        console.print(
            f"[{style or 'default'}]{chk['status']}[/] "
            + escape(f"{chk['claimant']} / {chk['sector']}: {chk['message']}"),
            highlight=False,
        )


def register(app: typer.Typer) -> None:
    """Add ``frontline check`` and ``frontline ledger`` to the app."""

    @app.command("check")
    def check(
        inputs: Annotated[
            list[str],
            typer.Argument(
                help="Article(s): .txt/.html file, URL, - (stdin) or .jsonl.",
                show_default=False,
            ),
        ],
        published: Annotated[
            str | None,
            typer.Option("--published", help="Publication date (YYYY-MM-DD)."),
        ] = None,
        lang: Annotated[
            str | None, typer.Option("--lang", help="Language: en, uk or ru.")
        ] = None,
        source: Annotated[
            str | None,
            typer.Option(
                "--source",
                "-s",
                help="Maps to check against, comma-separated "
                "(deepstate,deepstate-daily,isw,nzz; default all), and the "
                "published series isw-totals for nationwide figures "
                "(default on; a list without it leaves it out).",
            ),
        ] = None,
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="table, json, md or html.")
        ] = "table",
        out: Annotated[
            Path | None,
            typer.Option("--out", help="Directory for the report (md/html + PNGs)."),
        ] = None,
        mirror: str | None = MirrorOption,
        db: str | None = DbOption,
        no_sync: Annotated[
            bool,
            typer.Option("--no-sync", help="Use stored snapshots only; fetch nothing."),
        ] = False,
        allow_private: Annotated[
            bool,
            typer.Option("--allow-private", help="Allow URLs on private addresses."),
        ] = False,
        place: Annotated[
            list[str] | None,
            typer.Option(
                "--place", help="NAME=LAT,LON: where a claim's place NAME is."
            ),
        ] = None,
        no_totals: Annotated[
            bool,
            typer.Option(
                "--no-totals",
                help="Do not also judge nationwide area figures on published "
                "daily-area series (isw-totals) found under --mirror.",
            ),
        ] = False,
    ) -> None:
        """Check every territorial claim of an article against every map."""
        code = check_command(
            inputs,
            published=published,
            lang=lang,
            sources=source,
            fmt=fmt,
            out=out,
            mirror=mirror,
            db=db,
            sync=not no_sync,
            allow_private=allow_private,
            place=place,
            totals=not no_totals,
        )
        if code:
            raise typer.Exit(code)

    @app.command("ledger")
    def ledger(
        claimant: Annotated[
            str | None,
            typer.Option("--claimant", help="Only this claimant (any spelling)."),
        ] = None,
        sector: Annotated[
            str | None,
            typer.Option("--sector", help="Only this sector (e.g. Bakhmut)."),
        ] = None,
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="table or json.")
        ] = "table",
        as_json: Annotated[
            bool, typer.Option("--json", hidden=True, help="Same as --format json.")
        ] = False,
        db: str | None = DbOption,
    ) -> None:
        """Claims checked so far, and whether each claimant's totals add up."""
        ledger_command(
            claimant=claimant,
            sector=sector,
            as_json=wants_json(fmt, as_json),
            db=db,
        )


__all__ = ["check_command", "ledger_command", "register"]
