"""Fetching links from a loopback server: limits, redirects, refusals, cancel."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

import reader
from reader.fetch import FetchCancelled, FetchLimits, fetch
from reader.model.load import ArticleError
from tests.web_server import ARTICLE, PageServer, page_server

# Short limits, so that the tests of timeouts and sizes do not wait 30 s or read 50 MB.
QUICK = FetchLimits(connect_timeout=1.0, total_timeout=3.0, max_redirects=10, max_bytes=1 << 20)


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


def refusal(url: str, limits: FetchLimits = QUICK) -> str:
    with pytest.raises(ArticleError) as caught:
        fetch(url, limits=limits)
    assert caught.value.path == url
    return caught.value.reason


def test_a_page_arrives_whole_with_an_honest_user_agent(server: PageServer) -> None:
    page = fetch(server.url("/article"), limits=QUICK)
    assert page.body == ARTICLE
    assert page.charset == "utf-8" and page.content_type == "text/html"
    agent = server.requests[-1]["User-Agent"]
    assert agent == f"article-reader/{reader.__version__} (+desktop reader)"


def test_a_gzip_encoded_page_is_decompressed(server: PageServer) -> None:
    assert fetch(server.url("/gzip"), limits=QUICK).body == ARTICLE


def test_an_address_with_spaces_and_cyrillic_letters_is_fetched(server: PageServer) -> None:
    assert fetch(server.url("/новини/стаття 1?q=міст"), limits=QUICK).body == ARTICLE


def test_redirects_are_followed_and_the_final_address_kept(server: PageServer) -> None:
    page = fetch(server.url("/redirect"), limits=QUICK)
    assert page.url == server.url("/redirect")
    assert page.final_url == server.url("/article")
    assert fetch(server.url("/chain/10"), limits=QUICK).body == ARTICLE


def test_more_than_ten_redirects_are_refused(server: PageServer) -> None:
    assert refusal(server.url("/chain/11")) == "too many redirects (more than 10)"


def test_a_redirect_loop_is_named_as_one(server: PageServer) -> None:
    reason = refusal(server.url("/loop-a"))
    assert reason == f"redirect loop (it leads back to {server.url('/loop-a')})"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/broken", "the server answered 500 Internal Server Error"),
        ("/report.pdf", "not a web page: application/pdf"),
    ],
)
def test_errors_and_other_content_are_refused_with_the_reason(
    server: PageServer, path: str, reason: str
) -> None:
    assert refusal(server.url(path)) == reason


def test_a_server_that_does_not_answer_times_out(server: PageServer) -> None:
    assert refusal(server.url("/silent")) == "the server did not answer within 1 s (timed out)"


def test_a_page_that_never_finishes_arriving_times_out(server: PageServer) -> None:
    reason = refusal(server.url("/trickle"))
    assert reason == "the page did not arrive within 3 s (timed out)"


def test_a_page_over_the_size_limit_is_refused(server: PageServer) -> None:
    assert refusal(server.url("/huge")) == "the page is too large (the limit is 1 MB)"


def test_the_readers_own_limits_are_the_promised_ones(server: PageServer) -> None:
    assert FetchLimits() == FetchLimits(
        connect_timeout=10.0, total_timeout=30.0, max_redirects=10, max_bytes=50 * 1024 * 1024
    )
    assert fetch(server.url("/chain/10")).body == ARTICLE
    reason = refusal(server.url("/big-bomb"), FetchLimits())
    assert reason == "the page is too large (the limit is 50 MB)"


def test_a_gzip_bomb_stops_at_the_size_limit(server: PageServer) -> None:
    assert refusal(server.url("/bomb")) == "the page is too large (the limit is 1 MB)"


def test_a_host_name_is_named_as_the_link_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def no_such_host(host: str, *args: object, **kwargs: object) -> object:
        asked.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert refusal("http://новини.укр/стаття") == "host not found: новини.укр"
    assert asked == ["xn--b1amarcd.xn--j1amh"]  # looked up as the name system writes it
    assert refusal("http://a..b/") == "the link's host name is not valid (a..b)"


def test_an_address_that_is_not_one_is_refused_with_the_reason(server: PageServer) -> None:
    assert refusal("http://[::1/news") == "not a valid web address (http://[::1/news)"
    assert refusal(server.url("/bad-redirect")) == (
        "the server redirected to an address that is not valid (http://[::1/elsewhere)"
    )


def test_a_host_that_refuses_connections_is_named() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    assert refusal(url) == "could not connect to 127.0.0.1 (connection refused)"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://127.0.0.1/article.html", "only http and https links can be opened (not ftp)"),
        ("file:///etc/passwd", "only http and https links can be opened (not file)"),
        ("http:///article", "the link has no host name"),
    ],
)
def test_only_http_and_https_links_are_fetched(url: str, reason: str) -> None:
    assert refusal(url) == reason


def test_a_cancelled_fetch_stops_between_reads(server: PageServer) -> None:
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    try:
        with pytest.raises(FetchCancelled):
            fetch(server.url("/trickle"), limits=FetchLimits(total_timeout=20), cancel=cancel)
    finally:
        timer.cancel()
    assert cancel.is_set()


def test_a_host_name_that_does_not_exist_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*_: object, **__: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert refusal("https://news.example.invalid/a") == "host not found: news.example.invalid"


def test_a_name_lookup_that_hangs_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    answered = threading.Event()

    def hanging(*_: object, **__: object) -> list[object]:
        answered.wait(5)  # the resolver never answers (until the test ends)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    try:
        reason = refusal("http://slow-dns.example/a")
    finally:
        answered.set()
    assert reason == (
        "the host name slow-dns.example could not be looked up within 1 s (timed out)"
    )
