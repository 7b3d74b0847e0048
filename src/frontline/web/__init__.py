"""The web page the API serves: static files (``static/``) and Leaflet.

Leaflet comes from the npm registry (``web/package.json`` + lockfile at the
repository root). It is served from a build copy shipped in the package
(``vendor/leaflet``, made by ``scripts/build-web.sh``) or, in a checkout,
from ``web/node_modules/leaflet/dist`` after ``npm ci --prefix web``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
VENDORED = HERE / "vendor" / "leaflet"
CHECKOUT = HERE.parents[2] / "web" / "node_modules" / "leaflet" / "dist"


def leaflet_dir() -> Path | None:
    """Where Leaflet's ``leaflet.js`` and ``leaflet.css`` are, or None."""
    for folder in (VENDORED, CHECKOUT):
        if (folder / "leaflet.js").is_file() and (folder / "leaflet.css").is_file():
            return folder
    return None
