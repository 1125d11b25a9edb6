"""Fetch a web page over http or https, within honest limits, or say why not.

Standard library only. Limits: connect (and every wait for data) at most 10 s,
the whole fetch at most 30 s, at most 10 redirects (a loop is named as one), at
most 50 MB after decompression (decompressed a piece at a time with a cap, so a
gzip bomb stops at the limit), HTML only. The User-Agent names the reader. A
cancel event is checked between reads. Every refusal is an `ArticleError` whose
reason is one line.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

import reader
from reader.model.load import MAX_BYTES, PAGE_TYPES, ArticleError, page_too_large

TYPE_CHECKING = False
if TYPE_CHECKING:
    import threading

USER_AGENT = f"article-reader/{reader.__version__} (+desktop reader)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    connect_timeout: float = 10.0  # seconds to connect, and for any one wait for data
    total_timeout: float = 30.0  # seconds for the whole fetch, redirects included
    max_redirects: int = 10
    max_bytes: int = MAX_BYTES  # after decompression


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes


class FetchCancelled(ArticleError):
    """The reader cancelled the fetch."""


def fetch(
    url: str, *, limits: FetchLimits | None = None, cancel: threading.Event | None = None
) -> FetchedPage:
    """GET the page at ``url``, following redirects; raise `ArticleError` with the
    reason when it cannot be had, `FetchCancelled` when ``cancel`` is set."""
    limits = limits or FetchLimits()
    deadline = time.monotonic() + limits.total_timeout
    seen = {url}
    current = url
    for _ in range(limits.max_redirects + 1):
        _check(url, cancel, deadline, limits)
        attempt = _Attempt(url, current, limits, deadline, cancel)
        try:
            result = attempt.run()
        finally:
            attempt.close()
        if isinstance(result, FetchedPage):
            return result
        if result in seen:
            raise ArticleError(url, f"redirect loop (it leads back to {result})")
        seen.add(result)
        current = result
    raise ArticleError(url, f"too many redirects (more than {limits.max_redirects})")


def _check(url: str, cancel: threading.Event | None, deadline: float, limits: FetchLimits) -> None:
    if cancel is not None and cancel.is_set():
        raise FetchCancelled(url, "cancelled")
    if time.monotonic() >= deadline:
        raise ArticleError(
            url, f"the page did not arrive within {limits.total_timeout:g} s (timed out)"
        )


class _Attempt:
    """One request: a page, or the address it redirects to."""

    def __init__(
        self,
        url: str,
        current: str,
        limits: FetchLimits,
        deadline: float,
        cancel: threading.Event | None,
    ) -> None:
        self.url, self.current, self.limits = url, current, limits
        self.deadline, self.cancel = deadline, cancel
        self.connection: http.client.HTTPConnection | None = None
        self.response: http.client.HTTPResponse | None = None
        self.socket: socket.socket | None = None
        self.shown_host = ""  # the host as the link names it, for messages

    def close(self) -> None:
        if self.response is not None:
            self.response.close()  # the socket lives on in the response's reader
        if self.connection is not None:
            self.connection.close()

    def set_timeout(self) -> None:
        if self.socket is not None:
            self.socket.settimeout(self.wait())

    def fail(self, reason: str) -> ArticleError:
        return ArticleError(self.url, reason)

    def wait(self) -> float:
        """How long one wait for the server may last now."""
        return max(0.01, min(self.limits.connect_timeout, self.deadline - time.monotonic()))

    def run(self) -> FetchedPage | str:
        try:
            parts = urlsplit(self.current)
            parts.hostname  # noqa: B018 (a bracketed host that is not an IPv6 address raises)
        except ValueError:
            raise self.fail(f"not a valid web address ({self.current})") from None
        if parts.scheme not in ("http", "https"):
            raise self.fail(
                f"only http and https links can be opened (not {parts.scheme or 'this'})"
            )
        if not parts.hostname:
            raise self.fail("the link has no host name")
        self.shown_host = parts.hostname
        try:  # an address as a browser shows it: "пример.укр", "/новини/стаття"
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError:
            raise self.fail(f"the link's host name is not valid ({parts.hostname})") from None
        try:
            port = parts.port
        except ValueError:
            raise self.fail("the link's port is not a number") from None
        response = self.request(parts.scheme, host, port)
        if response.status in _REDIRECTS:
            location = response.getheader("Location")
            if not location:
                raise self.fail(f"the server redirected ({response.status}) to nowhere")
            try:
                return urljoin(self.current, location.strip())
            except ValueError:
                reason = f"the server redirected to an address that is not valid ({location})"
                raise self.fail(reason) from None
        if not 200 <= response.status < 300:
            raise self.fail(f"the server answered {response.status} {response.reason}".strip())
        return self.page(response)

    def request(self, scheme: str, host: str, port: int | None) -> http.client.HTTPResponse:
        try:
            _look_up(host, port or (443 if scheme == "https" else 80), self.wait())
        except socket.gaierror:
            raise self.fail(f"host not found: {self.shown_host}") from None
        except TimeoutError:
            raise self.fail(
                f"the host name {self.shown_host} could not be looked up within "
                f"{self.limits.connect_timeout:g} s (timed out)"
            ) from None
        except OSError as error:
            raise self.fail(f"the connection failed ({_describe(error)})") from None
        timeout = self.wait()
        if scheme == "https":
            self.connection = http.client.HTTPSConnection(
                host, port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            self.connection = http.client.HTTPConnection(host, port, timeout=timeout)
        target = _request_target(self.current)
        try:
            self.connection.connect()
            self.socket = self.connection.sock  # kept: a closing connection drops it
            self.connection.request("GET", target, headers=_HEADERS)
            self.set_timeout()
            self.response = self.connection.getresponse()
            return self.response
        except socket.gaierror:
            raise self.fail(f"host not found: {self.shown_host}") from None
        except ConnectionRefusedError:
            reason = f"could not connect to {self.shown_host} (connection refused)"
            raise self.fail(reason) from None
        except TimeoutError:
            raise self.fail(self.timeout_reason("did not answer")) from None
        except ssl.SSLError as error:
            raise self.fail(f"secure connection failed ({error.reason or error})") from None
        except (http.client.HTTPException, OSError) as error:
            raise self.fail(f"the connection failed ({_describe(error)})") from None

    def timeout_reason(self, what: str) -> str:
        if time.monotonic() >= self.deadline - 0.01:
            return f"the page did not arrive within {self.limits.total_timeout:g} s (timed out)"
        return f"the server {what} within {self.limits.connect_timeout:g} s (timed out)"

    def page(self, response: http.client.HTTPResponse) -> FetchedPage:
        content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
        if content_type and content_type not in PAGE_TYPES:
            raise self.fail(f"not a web page: {content_type}")
        length = response.getheader("Content-Length")
        encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
        declared = int(length) if length and length.isdigit() else 0
        if encoding == "identity" and declared > self.limits.max_bytes:
            raise self.fail(page_too_large(self.limits.max_bytes))
        body = self.read(response, _Decoder(encoding, self.limits.max_bytes, self.url))
        return FetchedPage(
            url=self.url,
            final_url=self.current,
            content_type=content_type or "text/html",
            charset=response.headers.get_content_charset(),
            body=body,
        )

    def read(self, response: http.client.HTTPResponse, decoder: _Decoder) -> bytes:
        while True:
            _check(self.url, self.cancel, self.deadline, self.limits)
            self.set_timeout()
            try:
                chunk = response.read1(_CHUNK)
            except TimeoutError:
                raise self.fail(self.timeout_reason("stopped sending")) from None
            except http.client.IncompleteRead:
                raise self.fail("the connection was cut before the page arrived") from None
            except (http.client.HTTPException, OSError) as error:
                raise self.fail(f"the connection failed ({_describe(error)})") from None
            if not chunk:
                return decoder.finish()
            decoder.feed(chunk)


class _Decoder:
    """Decompresses the body as it arrives, never past ``limit`` bytes."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            reason = f"the server sent an encoding the reader cannot read ({encoding})"
            raise ArticleError(url, reason)
        self.encoding, self.limit, self.url = encoding, limit, url
        self.parts: list[bytes] = []
        self.size = 0
        self.received = 0
        self.inflater: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self.received > self.limit:
            raise ArticleError(self.url, page_too_large(self.limit))
        if self.encoding == "deflate" and self.inflater is None:
            raw = (chunk[0] & 0x0F) != 8  # a zlib stream starts with method 8; raw has none
            self.inflater = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        if self.inflater is None:
            self.add(chunk)
            return
        data = chunk
        try:
            while data:  # at most what still fits, plus one byte to know it overflowed
                self.add(self.inflater.decompress(data, self.limit - self.size + 1))
                data = self.inflater.unconsumed_tail
        except zlib.error:
            raise ArticleError(self.url, _DAMAGED) from None

    def add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise ArticleError(self.url, page_too_large(self.limit))
        self.parts.append(data)

    def finish(self) -> bytes:
        if self.inflater is not None and not self.inflater.eof:
            raise ArticleError(self.url, _DAMAGED)
        return b"".join(self.parts)


_DAMAGED = "the page arrived damaged (it could not be decompressed)"


_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "Accept-Encoding": "gzip, deflate",
    "Connection": "close",
}


def _request_target(url: str) -> str:
    """The path and query to ask for, its spaces and letters outside ASCII written as
    ``%XX`` (what is already so stays as it is)."""
    split = urlsplit(url)
    path = quote(split.path or "/", safe="/%:@!$&'()*+,;=~")
    return path + (f"?{quote(split.query, safe='%=&/:?@!$()*+,;~')}" if split.query else "")


def _look_up(host: str, port: int, seconds: float) -> None:
    """Look ``host`` up within ``seconds``: the system's name lookup has no timeout of
    its own, and the connection's lookup that follows is then answered at once."""
    import threading

    failures: list[OSError] = []

    def look_up() -> None:
        try:
            socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as error:
            failures.append(error)

    worker = threading.Thread(target=look_up, name="look-up", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(host)
    if failures:
        raise failures[0]


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__
