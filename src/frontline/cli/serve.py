"""``frontline serve``: the API and the web map on one address."""

from __future__ import annotations

import typer

from .common import DbOption, MirrorOption


def serve_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    db: str | None = DbOption,
    mirror: str | None = MirrorOption,
    tiles: str | None = typer.Option(
        None, "--tiles", help="Online basemap tile URL (OSM); default: offline."
    ),
) -> None:
    """Serve the API (OpenAPI at /docs) and the web map at http://HOST:PORT/."""
    import uvicorn

    from ..api import Settings, create_app
    from ..config import mirror as default_mirror

    app = create_app(Settings(db=db, mirror=default_mirror(mirror), tile_url=tiles))
    typer.echo(f"frontline: serving on http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add ``frontline serve`` to the app."""
    app.command("serve")(serve_cmd)
