"""Links as sources: fetched once, kept for offline reading, highlights kept by the link;
the command line reads them like files."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.model.anchoring import content_hash
from reader.model.highlights import new_highlight
from reader.model.load import ArticleError
from reader.sources import is_link, open_source
from reader.store.database import FILE_NAME, Store, document_key
from reader.store.location import data_folder
from reader.store.pages import pages_folder
from tests.web_server import PageServer, page_server


@pytest.fixture
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


def test_a_link_opens_as_an_article_kept_by_its_address(server: PageServer) -> None:
    url = server.url("/redirect")
    article = open_source(url)
    assert article.title == "Harbour city votes to rebuild its old ferry pier"
    assert article.source == url and article.path is None
    assert article.source_format == "html" and len(article.sections) == 4
    # Relative links resolve against where the page really was, after the redirect.
    assert f"<{server.url('/news/2024/05/pier-closed')}>" in article.text
    kept = sorted(p.suffix for p in pages_folder().iterdir())
    assert kept == [".html", ".json"]
    about = json.loads(next(pages_folder().glob("*.json")).read_text(encoding="utf-8"))
    assert about["url"] == url and about["final_url"] == server.url("/article")


def test_a_kept_link_reopens_offline_exactly_as_read_and_reload_fetches_again(
    server: PageServer,
) -> None:
    url = server.url("/changing")
    first = open_source(url)
    assert "edition number 1 " in first.text
    again = open_source(url)  # from the kept page: the server is not asked
    assert again.text == first.text and server.fetches == 1
    reloaded = open_source(url, refresh=True)
    assert "edition number 2 " in reloaded.text and server.fetches == 2
    assert open_source(url).text == reloaded.text


def test_a_kept_link_opens_when_the_server_is_gone() -> None:
    with page_server() as running:
        url = running.url("/article")
        read_online = open_source(url)
    assert open_source(url).text == read_online.text
    with pytest.raises(ArticleError) as caught:
        open_source(url, refresh=True)
    assert caught.value.reason.startswith("could not connect to 127.0.0.1")


def test_highlights_on_a_link_are_kept_by_the_link(server: PageServer) -> None:
    url = server.url("/article")
    article = open_source(url)
    start = article.text.index("cracks in its pilings")
    store = Store(data_folder() / FILE_NAME)
    highlight = new_highlight(article.text, start, start + len("cracks in its pilings"), "yellow")
    store.save(document_key(article.source or ""), content_hash(article.text), highlight)
    assert document_key(url) == url
    placed = store.placed(open_source(url))
    store.close()
    assert [h.text for h in placed] == ["cracks in its pilings"]


def test_a_failed_fetch_keeps_nothing(server: PageServer) -> None:
    with pytest.raises(ArticleError):
        open_source(server.url("/missing"))
    assert not pages_folder().exists() or not list(pages_folder().iterdir())


@pytest.mark.parametrize(
    ("source", "link"),
    [
        ("https://example.org/a", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("ftp://example.org/a", True),
        ("notes/article.txt", False),
        ("/home/me/page.html", False),
        ("C:/article.txt", False),
    ],
)
def test_what_counts_as_a_link(source: str, link: bool) -> None:
    assert is_link(source) is link


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, encoding="utf-8"
    )


def test_the_command_line_dumps_exports_and_renders_a_link(server: PageServer) -> None:
    url = server.url("/article")
    dumped = run_cli("--dump", url)
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(dumped.stdout)
    assert data["source"] == url and data["format"] == "html"
    assert data["title"] == "Harbour city votes to rebuild its old ferry pier"
    for quote in data["quotes"]:
        assert quote["text"] in data["text"][quote["start"] : quote["end"]]
    page = run_cli("--export-html", url)
    assert page.returncode == 0 and '<h2 class="section" id="ferry-users">' in page.stdout
    notes = run_cli("--export", url)
    assert notes.returncode == 0
    assert f"- Link: {url}" in notes.stdout and "— Anna Holm" in notes.stdout


def test_the_command_line_reports_a_bad_link_in_one_line(server: PageServer) -> None:
    for path, reason in (
        ("/missing", "the server answered 404 Not Found"),
        ("/report.pdf", "not a web page: application/pdf"),
    ):
        url = server.url(path)
        result = run_cli("--dump", url)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr == f"article-reader: error: {url}: {reason}\n"


def test_the_command_line_dumps_a_saved_page_with_its_text_and_format() -> None:
    page = Path(__file__).resolve().parent / "pages" / "harbour_pier.html"
    data = json.loads(run_cli("--dump", str(page)).stdout)
    assert data["source"] == str(page) and data["format"] == "html"
    assert data["text"].startswith("---\ntitle: Harbour city votes")


def test_the_dump_names_source_format_and_text_for_every_format(
    seed_path: Path, seed_text: str, tmp_path: Path
) -> None:
    plain = json.loads(run_cli("--dump", str(seed_path)).stdout)
    assert plain["source"] == str(seed_path) and plain["format"] == "text"
    assert plain["text"] == seed_text
    notes = tmp_path / "notes.md"
    notes.write_text('# Pier\n\n"We vote today," the mayor said.\n', encoding="utf-8")
    marked = json.loads(run_cli("--dump", str(notes)).stdout)
    assert marked["source"] == str(notes) and marked["format"] == "markdown"
    quote = marked["quotes"][0]
    assert marked["text"][quote["start"] : quote["end"]] == '"We vote today,"'
