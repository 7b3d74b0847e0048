"""Every failure as JSON ``{"error": "..."}`` with a 4xx status, never a trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import FrontlineError

log = logging.getLogger("frontline.api")


class ApiError(Exception):
    """An error with its HTTP status (4xx) and a one-line message."""

    def __init__(
        self, status: int, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def _json(status: int, message: str, headers: dict[str, str] | None = None):
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers that turn every exception into a 4xx JSON error."""

    @app.exception_handler(ApiError)
    async def _api(_req: Request, exc: ApiError):
        return _json(exc.status, exc.message, exc.headers)

    @app.exception_handler(FrontlineError)
    async def _frontline(_req: Request, exc: FrontlineError):
        message = str(exc)
        status = 404 if message.startswith("no snapshot") else 400
        return _json(status, message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError):
        return _json(422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException):
        status = exc.status_code if 400 <= exc.status_code < 500 else 400
        return _json(status, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _other(req: Request, exc: Exception):
        # A bug met by some input: logged here, answered as a bad request so no
        # client ever sees a stack trace or a 5xx.
        log.exception("unexpected error on %s %s", req.method, req.url.path)
        return _json(
            400, f"{req.url.path}: cannot process this request ({type(exc).__name__})"
        )
