"""URL fetching against a real http.server on 127.0.0.1, and the address guard."""

from __future__ import annotations

import gzip
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontline.errors import FrontlineError
from frontline.sources.web import address_problem, check_public_url, fetch_url

PAGE = (
    b"<html><head><title>Local page</title></head><body><article>"
    b"<p>The brigade said it advanced two kilometres near the village.</p>"
    b"</article></body></html>"
)
LOCAL = ["127.0.0.1/32"]


class Handler(BaseHTTPRequestHandler):
    """Routes for every case the fetcher must handle."""

    hits: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(
        self,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        status: int = 200,
        extra: dict | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server's name
        Handler.hits.append(self.path)
        port = self.server.server_address[1]
        if self.path == "/page.html":
            self._send(PAGE)
        elif self.path == "/cp1251.txt":
            body = "Сили оборони звільнили село.".encode("cp1251")
            self._send(body, "text/plain; charset=windows-1251")
        elif self.path == "/gzip":
            self._send(gzip.compress(PAGE), extra={"Content-Encoding": "gzip"})
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_000 + b"</p>"
            try:
                for _ in range(80):  # ~5 MB, more than the test's limit
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client stopped reading, as it should
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(50):  # one byte every 0.2 s: never finishes in time
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path == "/slow-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            try:
                for i in range(50):  # a header line every 0.2 s, never done
                    self.wfile.write(f"X-Drip-{i}: x\r\n".encode())
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path == "/to-page":
            self._send(b"", status=302, extra={"Location": "/page.html"})
        elif self.path == "/to-other-loopback":
            self._send(
                b"",
                status=302,
                extra={"Location": f"http://127.0.0.2:{port}/page.html"},
            )
        elif self.path == "/to-file":
            self._send(b"", status=301, extra={"Location": "file:///etc/passwd"})
        elif self.path == "/loop":
            self._send(b"", status=302, extra={"Location": "/loop"})
        elif self.path == "/image.png":
            self._send(b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self._send(b"not here", "text/plain", status=404)


@pytest.fixture(scope="module")
def base_url():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def server(base_url):
    """The local server's base URL, with its request log emptied."""
    Handler.hits = []
    return base_url


def test_guard_refuses_loopback_server_without_allow_private(server):
    with pytest.raises(FrontlineError) as err:
        fetch_url(server + "/page.html")
    assert "loopback" in str(err.value) and "--allow-private" in str(err.value)
    assert Handler.hits == []  # refused before connecting


def test_fetches_html_page_with_allow_private(server):
    got = fetch_url(server + "/page.html", allow_private=True)
    assert got.status == 200 and got.body == PAGE and not got.truncated
    assert got.content_type == "text/html" and got.charset == "utf-8"


def test_allow_networks_lets_only_that_network_through(server):
    got = fetch_url(server + "/to-page", allow_networks=LOCAL)
    assert got.body == PAGE and got.final_url.endswith("/page.html")


def test_redirect_to_another_private_address_is_rechecked(server):
    with pytest.raises(FrontlineError) as err:
        fetch_url(server + "/to-other-loopback", allow_networks=LOCAL)
    assert "127.0.0.2" in str(err.value) and "loopback" in str(err.value)
    assert Handler.hits == ["/to-other-loopback"]


def test_redirect_to_file_scheme_is_refused(server):
    with pytest.raises(FrontlineError, match="only http and https"):
        fetch_url(server + "/to-file", allow_private=True)


def test_redirect_loop_stops(server):
    with pytest.raises(FrontlineError, match="more than 3 redirects"):
        fetch_url(server + "/loop", allow_private=True, max_redirects=3)


def test_oversize_body_is_cut_at_max_bytes(server):
    got = fetch_url(server + "/big", allow_private=True, max_bytes=100_000)
    assert got.truncated and len(got.body) == 100_000


def test_slow_server_times_out(server):
    started = time.monotonic()
    with pytest.raises(FrontlineError, match="timed out after 1 s"):
        fetch_url(server + "/slow", allow_private=True, timeout=1.0)
    assert time.monotonic() - started < 5  # the total deadline held


def test_server_dribbling_headers_times_out(server):
    started = time.monotonic()
    with pytest.raises(FrontlineError, match="timed out after 1 s"):
        fetch_url(server + "/slow-headers", allow_private=True, timeout=1.0)
    assert time.monotonic() - started < 3


def test_gzip_body_is_inflated(server):
    got = fetch_url(server + "/gzip", allow_private=True)
    assert got.body == PAGE


def test_declared_charset_is_reported(server):
    got = fetch_url(server + "/cp1251.txt", allow_private=True)
    assert got.charset == "windows-1251"
    assert got.body.decode("cp1251") == "Сили оборони звільнили село."


def test_non_text_content_type_is_refused(server):
    with pytest.raises(FrontlineError, match="content type image/png"):
        fetch_url(server + "/image.png", allow_private=True)


def test_http_error_is_one_line(server):
    with pytest.raises(FrontlineError, match="HTTP 404") as err:
        fetch_url(server + "/missing", allow_private=True)
    assert "\n" not in str(err.value)


def test_connection_refused_is_one_line():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FrontlineError, match="cannot fetch"):
        fetch_url(f"http://127.0.0.1:{port}/", allow_private=True, timeout=2)


@pytest.mark.parametrize(
    "url, why",
    [
        ("ftp://example.org/file", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("http:///nohost", "no host"),
        ("http://[::1]/", "loopback"),
        ("http://localhost/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://172.16.5.4/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fc00::1]/", "private"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://240.0.0.1/", "reserved"),
        ("http://100.64.0.1/", "not a public address"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 written as one number
        ("http://0x7f.1/", "loopback"),
        ("http://user:pw@127.0.0.1:8080/", "loopback"),
        ("http://example.org:99999/", "invalid port"),
    ],
)
def test_guard_refuses(url, why):
    with pytest.raises(FrontlineError, match=why):
        check_public_url(url)


def fake_dns(*answers):
    """A resolver answering with fixed addresses (getaddrinfo's shape)."""

    def resolve(host, port, type=0):
        return [(socket.AF_INET, type, 6, "", (ip, port)) for ip in answers]

    return resolve


def test_guard_passes_public_addresses_and_returns_them():
    got = check_public_url("https://news.example/a", resolve=fake_dns("93.184.216.34"))
    assert [str(ip) for ip in got] == ["93.184.216.34"]


def test_guard_refuses_when_any_address_is_private():
    resolve = fake_dns("93.184.216.34", "10.0.0.7")
    with pytest.raises(FrontlineError, match="10.0.0.7"):
        check_public_url("https://news.example/a", resolve=resolve)


def test_guard_reports_unresolvable_hosts():
    def resolve(host, port, type=0):
        raise socket.gaierror(-2, "Name or service not known")

    with pytest.raises(FrontlineError, match="cannot resolve host"):
        check_public_url("https://no.such.host.invalid/", resolve=resolve)


def test_address_problem_sees_through_ipv6_embeddings():
    import ipaddress

    assert address_problem(ipaddress.ip_address("2002:0a00:0001::1")) == (
        "a private address"
    )  # 6to4 wrapping 10.0.0.1
    assert address_problem(ipaddress.ip_address("2606:4700::1111")) is None


TLS = Path(__file__).parent / "fixtures" / "documents" / "tls"


@pytest.fixture(scope="module")
def tls_url():
    """A real HTTPS server on 127.0.0.1 with a self-signed test certificate."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(TLS / "localhost.pem", TLS / "localhost.key")
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_https_certificate_is_verified(tls_url):
    with pytest.raises(FrontlineError, match="TLS error") as err:
        fetch_url(tls_url + "/page.html", allow_private=True, timeout=5)
    assert "CERTIFICATE_VERIFY_FAILED" in str(err.value)


def test_https_with_a_trusted_certificate(tls_url):
    trust = ssl.create_default_context(cafile=str(TLS / "localhost.pem"))
    got = fetch_url(tls_url + "/page.html", allow_private=True, context=trust)
    assert got.body == PAGE and got.final_url.startswith("https://127.0.0.1:")
