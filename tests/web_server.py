"""A loopback web server for the tests (127.0.0.1 only), with pages that misbehave.

Routes: ``/article`` (a saved test page), ``/gzip`` (the same, gzip-encoded),
``/redirect`` (to ``/article``), ``/chain/N`` (N redirects), ``/loop-a`` and
``/loop-b`` (a redirect loop), ``/bad-redirect`` (to an address that is not one),
``/missing`` (404), ``/broken`` (500), ``/report.pdf``
(a PDF), ``/silent`` (never answers), ``/trickle`` (a byte at a time, slowly),
``/slow-once`` (slowly the first time, at once after),
``/huge`` (more than 1 MB), ``/bomb`` (a small gzip body that inflates far past 1 MB),
``/big-bomb`` (one that inflates past 50 MB, the reader's own limit),
``/changing`` (a page whose text changes on every fetch), ``/новини/стаття 1?q=міст``
(the article, at an address with spaces and letters outside ASCII). Each request's headers
are recorded in ``requests``.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

PAGES = Path(__file__).resolve().parent / "pages"
ARTICLE = (PAGES / "harbour_pier.html").read_bytes()


@dataclass
class PageServer:
    base: str
    requests: list[dict[str, str]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    fetches: int = 0
    slowed: bool = False  # /slow-once has answered slowly once

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


@functools.cache
def _bomb() -> bytes:
    """About 16 KB of gzip that inflates to 16 MB (made once: it takes a moment)."""
    return gzip.compress(b" " * (16 * 1024 * 1024), compresslevel=9)


@functools.cache
def _big_bomb() -> bytes:
    """About 50 KB of gzip that inflates to 51 MB: past the reader's own limit."""
    return gzip.compress(b" " * (51 * 1024 * 1024), compresslevel=6)


def _changing_page(number: int) -> bytes:
    return (
        "<html><head><title>Tide table</title></head><body><article><h1>Tide table</h1>"
        f"<p>This is edition number {number} of the tide table, printed for the harbour "
        "office. High water is expected in the early afternoon and the ferry keeps to its "
        "summer timetable until the end of the month, the harbour master said.</p>"
        "</article></body></html>"
    ).encode()


def _handler(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet tests
            pass

        def handle(self) -> None:
            with contextlib.suppress(ConnectionError):  # the reader hung up: a refusal, a cancel
                super().handle()

        def send(self, status: int, body: bytes, content_type: str = "text/html") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def send_gzip(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def trickle(self) -> None:
            """The article a byte every 50 ms: minutes."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for byte in ARTICLE:
                if server.stop.wait(0.05):
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()

        def redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            server.requests.append({k: v for k, v in self.headers.items()})
            path = self.path
            if path == "/article":
                self.send(200, ARTICLE, "text/html; charset=utf-8")
            elif path == "/gzip":
                self.send_gzip(gzip.compress(ARTICLE))
            elif path == "/redirect":
                self.redirect("/article")
            elif path.startswith("/chain/"):
                left = int(path.rsplit("/", 1)[1])
                self.redirect(f"/chain/{left - 1}" if left > 1 else "/article")
            elif path == "/bad-redirect":
                self.redirect("http://[::1/elsewhere")
            elif path == "/loop-a":
                self.redirect("/loop-b")
            elif path == "/loop-b":
                self.redirect("/loop-a")
            elif path == "/missing":
                self.send(404, b"<html><body><h1>Not here</h1></body></html>")
            elif path == "/broken":
                self.send(500, b"<html><body><h1>Oops</h1></body></html>")
            elif path == "/report.pdf":
                self.send(200, b"%PDF-1.7\n%...", "application/pdf")
            elif path == "/silent":
                server.stop.wait(10)
            elif path == "/trickle" or (path == "/slow-once" and not server.slowed):
                server.slowed = True
                self.trickle()
            elif path == "/slow-once":
                self.send(200, ARTICLE, "text/html; charset=utf-8")
            elif path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"<p>" + b"harbour " * 8000 + b"</p>\n"
                for _ in range(200):  # about 13 MB, without a Content-Length
                    if server.stop.is_set():
                        return
                    self.wfile.write(chunk)
            elif path == "/bomb":
                self.send_gzip(_bomb())
            elif path == "/big-bomb":
                self.send_gzip(_big_bomb())
            elif unquote(path) == "/новини/стаття 1?q=міст":
                self.send(200, ARTICLE, "text/html; charset=utf-8")
            elif path == "/changing":
                server.fetches += 1
                self.send(200, _changing_page(server.fetches), "text/html; charset=utf-8")
            else:
                self.send(404, b"")

    return Handler


@contextmanager
def page_server() -> Iterator[PageServer]:
    """A server on 127.0.0.1 (a free port) in a thread, stopped on exit."""
    holder = PageServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(holder))
    httpd.daemon_threads = True
    holder.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder
    finally:
        holder.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
