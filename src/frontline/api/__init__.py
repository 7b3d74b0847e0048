"""frontline over HTTP: a FastAPI app serving the read, work and corrections
endpoints and the web map (:mod:`frontline.web`).

It calls the same service functions as the CLI (``query.measure``,
``query.series``, ``check_document``, ``extract_claims``, the store and the
ledger). Import and sync stay CLI-only: nothing here writes snapshots or reads
the file system on a client's behalf. Errors are one JSON line
``{"error": "WHERE: WHAT"}`` with a 4xx status.

    from frontline.api import Settings, create_app
    app = create_app(Settings(db="sqlite:///frontline.sqlite"))
"""

from __future__ import annotations

from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
