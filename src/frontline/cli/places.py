"""``frontline place``: candidate places for names as written in the news."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import FrontlineError
from .common import console, err_console, print_json, wants_json


def register(app: typer.Typer) -> None:
    """Add the ``place`` command to the app."""

    @app.command("place")
    def place(
        names: Annotated[
            list[str],
            typer.Argument(help="Place names as written (any spelling or language)."),
        ],
        oblast: Annotated[
            str | None,
            typer.Option("--oblast", help="Prefer places in this oblast."),
        ] = None,
        context: Annotated[
            list[str] | None,
            typer.Option("--context", help="Another place mentioned nearby."),
        ] = None,
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="table or json.")
        ] = "table",
        as_json: Annotated[
            bool, typer.Option("--json", hidden=True, help="Same as --format json.")
        ] = False,
        mirror: Annotated[
            str | None,
            typer.Option(
                "--mirror",
                help="Gazetteer folder (or data root, or GeoNames dump folder/URL); "
                "default $FRONTLINE_GAZETTEER, then $FRONTLINE_MIRROR.",
            ),
        ] = None,
        limit: Annotated[
            int, typer.Option("--limit", help="Candidates per name (1-100).")
        ] = 5,
    ) -> None:
        """Candidates (with scores and the matched spelling) for each NAME."""
        from ..sources.gazetteer import load_resolver

        as_json = wants_json(fmt, as_json)
        if not 1 <= limit <= 100:
            raise FrontlineError(f"--limit must be between 1 and 100, not {limit}")
        if any(not n.strip() for n in names):
            raise FrontlineError("empty place name", where="NAME")
        resolver = load_resolver(mirror)
        results = {}
        for name in names:
            ctx = [*(context or []), *(n for n in names if n != name)]
            results[name] = resolver.candidates(
                name, oblast=oblast, context=ctx, limit=limit
            )
        if as_json:
            print_json(
                {
                    n: [{**c.as_dict(), "answered_by": resolver.label} for c in cs]
                    for n, cs in results.items()
                }
            )
            for n, cs in results.items():
                if not cs:
                    err_console.print(f"no place found for {n!r}", highlight=False)
            return
        _print_table(results, resolver)


def _print_table(results, resolver) -> None:
    for name, cands in results.items():
        if not cands:
            console.print(f"{name}: no place found", highlight=False, markup=False)
            continue
        console.print(f"{name}:", highlight=False, markup=False)
        for c in cands:
            admin = ", ".join(
                x for x in (c.raion and f"{c.raion} raion", c.oblast) if x
            )
            pop = f", pop. {c.population:,}" if c.population else ""
            if c.precision_km > 3 and c.feature_class != "A":  # a hromada centre
                pop += f", position ±{c.precision_km:.0f} km"
            line = (
                f"  {c.score:.2f}  {c.name} ({c.name_uk}) {c.lat:.4f} N {c.lon:.4f} E"
                f"  {admin}  [{c.feature_code or c.feature_class}{pop}]"
                f"  matched {c.matched_variant!r} ({c.match})  via {c.gazetteer}"
            )
            console.print(line, highlight=False, markup=False, soft_wrap=True)
    console.print(f"gazetteer: {resolver.label}", highlight=False, markup=False)
    console.print(
        "data: " + "; ".join(resolver.provenance), highlight=False, markup=False
    )
