"""The FastAPI app: routers, error handlers, limits and the web page."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, Response

from .. import __version__
from ..web import STATIC, leaflet_dir
from . import corrections, errors, read, work
from .backend import Backend
from .basemap import basemap_json
from .errors import ApiError
from .layers import LRU
from .limits import Guard
from .settings import Settings

_STATIC_FILES = {"app.js": "text/javascript", "style.css": "text/css"}
_LEAFLET_FILES = {"leaflet.js": "text/javascript", "leaflet.css": "text/css"}


def _file(path: Path, media: str) -> FileResponse:
    return FileResponse(path, media_type=media, headers={"Cache-Control": "no-cache"})


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app over the store named by ``settings.db`` (see :class:`Settings`)."""
    settings = settings or Settings()
    backend = Backend(settings)
    basemap = LRU(1)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        backend.close()

    app = FastAPI(
        title="frontline",
        version=__version__,
        description="Control maps, territorial claims, verdicts and readers' "
        'corrections. Errors: JSON {"error": "..."} with a 4xx status. '
        "Sources: DeepStateMap (non-commercial use), ISW/CTP, NZZ/Liveuamap; "
        "places: GeoNames (CC BY 4.0), OSM (ODbL).",
        lifespan=lifespan,
    )
    app.state.backend = backend
    errors.install(app)
    app.include_router(read.router)
    app.include_router(work.router)
    app.include_router(corrections.router)

    @app.get("/api/basemap", tags=["read"], response_class=Response)
    def api_basemap() -> Response:
        """Offline basemap: Ukraine's land and oblasts (simplified, display)."""
        data = basemap.get_or_make("basemap", lambda: basemap_json(settings.mirror))
        return Response(data, media_type="application/json")

    @app.get("/api/config", tags=["read"])
    def api_config() -> dict:
        """What the page needs to know: online tiles (if any), the version."""
        return {
            "tile_url": settings.tile_url,
            "tile_attribution": "© OpenStreetMap contributors, ODbL"
            if settings.tile_url
            else None,
            "version": __version__,
            "leaflet": leaflet_dir() is not None,
        }

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return _file(STATIC / "index.html", "text/html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        if name not in _STATIC_FILES:
            raise ApiError(404, f"/static/{name}: no such file")
        return _file(STATIC / name, _STATIC_FILES[name])

    @app.get("/vendor/leaflet/{name:path}", include_in_schema=False)
    def leaflet(name: str) -> FileResponse:
        folder = leaflet_dir()
        if folder is None:
            raise ApiError(
                404,
                "Leaflet is not installed: run 'npm ci --prefix web' (or "
                "scripts/build-web.sh) in the checkout",
            )
        if name in _LEAFLET_FILES:
            return _file(folder / name, _LEAFLET_FILES[name])
        images = {p.name: p for p in (folder / "images").glob("*.png")}
        if name.startswith("images/") and name[7:] in images:
            return _file(images[name[7:]], "image/png")
        raise ApiError(404, f"/vendor/leaflet/{name}: no such file")

    app.add_middleware(Guard, max_body=settings.max_body_bytes)
    return app
