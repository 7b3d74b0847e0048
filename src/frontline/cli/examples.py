"""Examples shown at the end of every command's ``--help`` (the epilog), run
from the repository root with ``../shared`` beside it. One table, so the help,
docs/cli.md and the tests cannot disagree."""

from __future__ import annotations

EXAMPLES: dict[str, tuple[str, ...]] = {
    "check": (
        "frontline check examples/briefing-2023-08.txt --published 2023-08-21 "
        "--mirror ../shared/data --out out/",
        "frontline check article.html --source deepstate,isw --format json",
    ),
    "ledger": (
        "frontline ledger",
        "frontline ledger --claimant Maliar --sector Bakhmut --format json",
    ),
    "claims": (
        "frontline claims examples/briefing-2023-08.txt --published 2023-08-21",
        "echo 'Russian forces captured Ravnopole on Monday.' | frontline claims - "
        "--published 2024-05-07",
    ),
    "place": (
        "frontline place Бахмута Urożajne --oblast Donetsk --limit 2 "
        "--mirror ../shared/data/gazetteer",
    ),
    "import": (
        "frontline import isw ../shared/data/control/isw_nikkei/20230821.geojson.gz",
        "frontline import vector my_map.gpkg --time 2023-08-21T18:00 --name my-map "
        "--layer-field side --map occupied=ru_held",
    ),
    "sync": (
        "frontline sync deepstate-daily --from 2024-08-01 --to 2024-08-31 "
        "--mirror ../shared/data",
    ),
    "snapshots": ("frontline snapshots --source isw --format json",),
    "measure": (
        "frontline measure --source deepstate --region 48.5953,38.0003,25km "
        "--from 2023-06-04 --to 2023-08-14 --mirror ../shared/data",
    ),
    "series": (
        "frontline series --source deepstate-daily --region all --from 2024-08-01 "
        "--to 2024-12-31 --freq M --mirror ../shared/data --plot monthly.png",
    ),
    "export": (
        "frontline export --source isw --at 2023-08-21 --region "
        "bbox:35.5,47.3,36.2,47.6 --mirror ../shared/data --out robotyne.geojson",
    ),
    "serve": (
        "frontline serve --port 8000 --mirror ../shared/data",
        "frontline serve --host 0.0.0.0 --db postgresql+psycopg://me@dbhost/frontline",
    ),
    "copy": (
        "frontline copy --to sqlite:///backup.sqlite --format json",
        "frontline copy --to postgresql+psycopg://me@dbhost/frontline",
    ),
    "version": ("frontline --version",),
}


def epilog(command: str) -> str | None:
    """The ``Examples:`` epilog of a command (one paragraph per example, so
    both Typer's rich help and plain click keep them on their own lines)."""
    lines = EXAMPLES.get(command)
    if not lines:
        return None
    return "Examples:\n\n" + "\n\n".join(lines)
