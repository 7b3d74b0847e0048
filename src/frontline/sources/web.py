"""Fetching a web page safely: public addresses only, bounded size and time.

:func:`check_public_url` is the address guard (the API server reuses it): it
accepts only ``http``/``https`` URLs whose host resolves, via ``getaddrinfo``,
to public addresses only — private, loopback, link-local, multicast, reserved,
unspecified and shared (CGNAT) ranges are refused, including IPv4 addresses
mapped into IPv6. :func:`fetch_url` checks every hop of a redirect chain again,
connects to the very addresses it checked (no second DNS lookup an attacker
could answer differently), reads at most ``max_bytes`` and gives up after
``timeout`` seconds in total.

>>> def why(url):
...     try:
...         check_public_url(url)
...     except FrontlineError as exc:
...         return exc.message
>>> why("file:///etc/passwd")
'only http and https URLs can be fetched'
>>> why("http://127.0.0.1:8000/")
'refusing to fetch 127.0.0.1, a loopback address (use --allow-private to allow it)'
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import FrontlineError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., list]

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "frontline/0.1 (+https://github.com/frontline; claim extraction)"
#: Media types fetch_url accepts; a missing Content-Type is sniffed later.
TEXT_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/xml",
    "text/xml",
)
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchResult:
    """What :func:`fetch_url` got: the body (maybe truncated) and its headers."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str  # media type, lower case ("text/html"), "" when absent
    charset: str | None  # from the Content-Type header
    body: bytes
    truncated: bool  # the body was longer than max_bytes and was cut there
    elapsed_s: float


def address_problem(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be fetched from, or ``None`` for a public address.

    >>> address_problem(ipaddress.ip_address("10.1.2.3"))
    'a private address'
    >>> address_problem(ipaddress.ip_address("::ffff:169.254.169.254"))
    'a link-local address'
    >>> address_problem(ipaddress.ip_address("93.184.216.34")) is None
    True
    """
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo or (None, None))[1]
        if embedded is not None:
            return address_problem(embedded)
    checks = (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "an unspecified address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    )
    for attr, why in checks:
        if getattr(ip, attr):
            return why
    if not ip.is_global:
        return "not a public address"
    return None


def check_public_url(
    url: str,
    *,
    allow_private: bool = False,
    allow_networks: Iterable[str] = (),
    resolve: Resolver = socket.getaddrinfo,
) -> list[IPAddress]:
    """Refuse URLs that are not http(s) or whose host is not public.

    Returns the host's addresses (all checked) for the caller to connect to.
    With ``allow_private`` any resolvable host passes; ``allow_networks``
    (CIDR strings, e.g. ``["127.0.0.1/32"]`` for a local mirror) lets just
    those non-public addresses through. Raises :class:`FrontlineError` naming
    the URL and the reason.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FrontlineError("only http and https URLs can be fetched", where=url)
    host = parts.hostname
    if not host:
        raise FrontlineError("the URL has no host name", where=url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FrontlineError("the URL has an invalid port", where=url) from None
    try:
        infos = resolve(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        why = f"cannot resolve host {host!r} ({exc})"
        raise FrontlineError(why, where=url) from None
    addresses: list[IPAddress] = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise FrontlineError(f"host {host!r} has no address", where=url)
    if not allow_private:
        allowed = [ipaddress.ip_network(net, strict=False) for net in allow_networks]
        for ip in addresses:
            why = address_problem(ip)
            if why and not any(ip in net for net in allowed):
                raise FrontlineError(
                    f"refusing to fetch {ip}, {why} (use --allow-private to allow it)",
                    where=url,
                )
    return addresses


def _connect(addresses: list[IPAddress], port: int, timeout: float) -> socket.socket:
    last: OSError | None = None
    for ip in addresses:
        try:
            return socket.create_connection((str(ip), port), timeout=timeout)
        except OSError as exc:
            last = exc
    assert last is not None
    raise last


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to already-checked addresses (no second lookup)."""

    def __init__(
        self, host: str, port: int, addresses: list[IPAddress], timeout: float
    ) -> None:
        super().__init__(host, port, timeout=timeout)
        self._addresses = addresses

    def connect(self) -> None:
        self.sock = _connect(self._addresses, self.port, self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """An HTTPS connection to checked addresses, verifying the host name."""

    def __init__(
        self,
        host: str,
        port: int,
        addresses: list[IPAddress],
        timeout: float,
        context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(
            host, port, timeout=timeout, context=context or ssl.create_default_context()
        )
        self._addresses = addresses

    def connect(self) -> None:
        sock = _connect(self._addresses, self.port, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    allow_networks: Iterable[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
    resolve: Resolver = socket.getaddrinfo,
    context: ssl.SSLContext | None = None,
) -> FetchResult:
    """GET ``url`` (a web page or text), guarded and bounded.

    Every redirect target passes :func:`check_public_url` again. HTTPS
    certificates are verified (``context``: a caller's own trust store). A body longer
    than ``max_bytes`` is cut there (``truncated=True``). The whole exchange,
    redirects included, must finish within ``timeout`` seconds. Any failure is
    a one-line :class:`FrontlineError` naming the URL.
    """
    started = time.monotonic()
    deadline = started + timeout
    current = url
    for _hop in range(max_redirects + 1):
        addresses = check_public_url(
            current,
            allow_private=allow_private,
            allow_networks=allow_networks,
            resolve=resolve,
        )
        parts = urlsplit(current)
        secure = parts.scheme == "https"
        port = parts.port or (443 if secure else 80)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FrontlineError(f"timed out after {timeout:g} s", where=url)
        host = parts.hostname or ""
        conn: http.client.HTTPConnection
        if secure:
            conn = _PinnedHTTPS(host, port, addresses, remaining, context)
        else:
            conn = _PinnedHTTP(host, port, addresses, remaining)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        watchdog: threading.Timer | None = None
        try:
            conn.connect()
            # A server dribbling headers byte by byte never trips the socket
            # timeout; the watchdog cuts the connection at the deadline.
            watchdog = threading.Timer(remaining, _shut, args=(conn.sock,))
            watchdog.daemon = True
            watchdog.start()
            conn.request(
                "GET",
                target,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,"
                    "*/*;q=0.1",
                    "Accept-Encoding": "gzip, deflate",
                },
            )
            sock = conn.sock  # getresponse() may hand it to the response
            resp = conn.getresponse()
            if resp.status in _REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise FrontlineError(
                        f"HTTP {resp.status} redirect without a Location", where=url
                    )
                current = urljoin(current, location.strip())
                continue
            if resp.status >= 400:
                raise FrontlineError(
                    f"HTTP {resp.status} {resp.reason}".strip(), where=current
                )
            media, charset = _media_type(resp.getheader("Content-Type"))
            if media and media not in TEXT_TYPES:
                raise FrontlineError(
                    f"not a web page or text (content type {media})", where=current
                )
            body, truncated = _read_body(
                resp, sock, max_bytes, deadline, resp.getheader("Content-Encoding")
            )
        except FrontlineError:
            raise
        except TimeoutError:
            raise FrontlineError(f"timed out after {timeout:g} s", where=url) from None
        except ssl.SSLError as exc:
            if time.monotonic() >= deadline:
                why = f"timed out after {timeout:g} s"
                raise FrontlineError(why, where=url) from None
            raise FrontlineError(
                f"TLS error: {exc.reason or exc}", where=current
            ) from None
        except (http.client.HTTPException, OSError, zlib.error) as exc:
            if time.monotonic() >= deadline:  # the watchdog cut it
                why = f"timed out after {timeout:g} s"
                raise FrontlineError(why, where=url) from None
            why = str(exc) or type(exc).__name__
            raise FrontlineError(f"cannot fetch: {why}", where=current) from None
        finally:
            if watchdog is not None:
                watchdog.cancel()
            conn.close()
        return FetchResult(
            url=url,
            final_url=current,
            status=resp.status,
            content_type=media,
            charset=charset,
            body=body,
            truncated=truncated,
            elapsed_s=time.monotonic() - started,
        )
    raise FrontlineError(f"more than {max_redirects} redirects", where=url)


def _shut(sock: socket.socket | None) -> None:
    """Cut a connection from another thread (the reader then fails at once)."""
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _read_body(
    resp: http.client.HTTPResponse,
    sock: socket.socket | None,
    max_bytes: int,
    deadline: float,
    encoding: str | None,
) -> tuple[bytes, bool]:
    """Read at most ``max_bytes`` (decoded) before ``deadline``."""
    encoding = (encoding or "").strip().lower()
    inflate = None
    if encoding in ("gzip", "x-gzip"):
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflate = zlib.decompressobj()
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        if sock is not None:
            sock.settimeout(remaining)
        data = resp.read1(65536)
        if not data:
            if time.monotonic() >= deadline:  # cut by the watchdog, not the end
                raise TimeoutError
            if resp.length:  # the server sent less than its Content-Length
                raise ConnectionError(
                    f"the connection closed {resp.length:,} bytes short of the "
                    "announced Content-Length (a truncated page)"
                )
            return b"".join(chunks), False
        if inflate is not None:
            data = inflate.decompress(data, max_bytes - size + 1)
        if size + len(data) > max_bytes:
            chunks.append(data[: max_bytes - size])
            return b"".join(chunks), True
        chunks.append(data)
        size += len(data)
