"""Bounds on what a client may send and how often: body size (413), a rate
limit per client (429), and a last guard that no exception becomes a 5xx."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque

import orjson

from .errors import ApiError

log = logging.getLogger("frontline.api")
RATE_WINDOW_S = 60.0
MAX_TRACKED_CLIENTS = 10_000


class RateLimiter:
    """At most ``per_minute`` calls per client in any 60-second window.

    >>> limit = RateLimiter(2)
    >>> [limit.allow("a", now=t) for t in (0.0, 1.0, 2.0, 61.0)]
    [True, True, False, True]
    """

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            calls = self._calls.setdefault(client, deque())
            while calls and now - calls[0] >= RATE_WINDOW_S:
                calls.popleft()
            if len(calls) >= self.per_minute:
                return False
            calls.append(now)
            if len(self._calls) > MAX_TRACKED_CLIENTS:  # forget idle clients
                idle = [
                    k for k, v in self._calls.items() if now - v[-1] >= RATE_WINDOW_S
                ]
                for key in idle:
                    del self._calls[key]
            return True

    def check(self, client: str, what: str) -> None:
        """Raise a 429 :class:`ApiError` when ``client`` is over the limit."""
        if not self.allow(client):
            raise ApiError(
                429,
                f"{what}: rate limit of {self.per_minute} requests a minute "
                "reached; try again later",
                {"Retry-After": str(int(RATE_WINDOW_S))},
            )


async def _send_error(send, status: int, message: str) -> None:
    body = orjson.dumps({"error": message})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: request bodies over ``max_body`` bytes get a 413 before
    any endpoint runs; an exception that escaped every handler becomes a 400
    JSON error (logged), never a 500 with a trace."""

    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            declared = dict(scope.get("headers") or []).get(b"content-length")
            if declared is not None and declared.isdigit():
                if int(declared) > self.max_body:
                    await _send_error(send, 413, self._too_big(path))
                    return
            chunks, size = [], 0
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body:
                    await _send_error(send, 413, self._too_big(path))
                    return
                chunks.append(chunk)
                if not message.get("more_body"):
                    break
            body, sent = b"".join(chunks), False

            async def replay():
                nonlocal sent
                if sent:
                    return await receive()
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            receive = replay
        started = False

        async def watch(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers") or [])
                headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:  # noqa: BLE001 - the last guard
            log.exception("unhandled error on %s", path)
            if not started:
                await _send_error(
                    send,
                    400,
                    f"{path}: cannot process this request ({type(exc).__name__})",
                )

    def _too_big(self, path: str) -> str:
        return f"{path}: request body over {self.max_body:,} bytes"
