"""The library's command line: --add, --search, --speakers, --quotes-by, and being killed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.store.library import FILE_NAME
from reader.store.location import data_folder
from tests import library_articles as texts
from tests.library_articles import corrupt_page, write


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, encoding="utf-8"
    )


def library_with_rutte(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    write(folder, "brussels.txt", texts.RUTTE_BRUSSELS)
    write(folder / "older", "kyiv.txt", texts.RUTTE_KYIV)
    write(folder, "hague.txt", texts.RUTTE_HAGUE)
    write(folder, "bill.txt", texts.BILL_CLINTON)
    result = run_cli("--add", str(folder))
    assert result.returncode == 0, result.stderr
    return folder


def test_add_says_what_it_did_and_adding_again_adds_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write(folder, "brussels.txt", texts.RUTTE_BRUSSELS)
    write(folder, "hague.txt", texts.RUTTE_HAGUE)
    first = run_cli("--add", str(folder))
    assert first.returncode == 0 and first.stderr == ""  # no progress bar off a terminal
    assert first.stdout.startswith("2 added, 0 updated, 0 already in the library")
    again = json.loads(run_cli("--add", str(folder), "--json").stdout)
    assert again == {
        "files": 2,
        "added": 0,
        "updated": 0,
        "unchanged": 2,
        "unusable": [],
        "left_out": 0,
    }
    one = run_cli("--add", str(folder / "hague.txt"))
    assert (
        one.stdout == "0 added, 0 updated, 1 already in the library, 0 could not be used (1 file)\n"
    )


def test_add_lists_unusable_files_with_their_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write(folder, "good.txt", texts.RUTTE_HAGUE)
    (folder / "blank.txt").write_text("   \n\n")
    result = run_cli("--add", str(folder), str(tmp_path / "gone.txt"))
    assert result.returncode == 1
    assert result.stdout.startswith("1 added")
    assert result.stderr.splitlines() == [
        f"article-reader: error: {tmp_path / 'gone.txt'}: no such file or folder",
        f"article-reader: error: {folder / 'blank.txt'}: the file holds only blank space",
    ]


def test_search_json_has_articles_and_quotes_with_marks(tmp_path: Path) -> None:
    library_with_rutte(tmp_path)
    result = run_cli("--search", "interceptor*", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["query"] == "interceptor*"
    [article] = data["articles"]
    assert article["title"] == "A night visit to Kyiv" and article["date"] == "2025-09-03"
    keys = {"title", "authors", "date", "source", "snippet", "marks", "start", "end"}
    assert set(article) == keys
    start, end = article["marks"][0]
    assert article["snippet"][start:end] == "interceptors"
    text = Path(article["source"]).read_text(encoding="utf-8")
    assert text[article["start"] : article["end"]] == "interceptors"
    [quote] = data["quotes"]
    assert quote["speaker"] == "Mark Rutte" and quote["title"] == "A night visit to Kyiv"
    source = Path(quote["source"]).read_text(encoding="utf-8")
    assert source[quote["start"] : quote["end"]].startswith('"We will keep the interceptors')


def test_search_in_words_for_a_terminal(tmp_path: Path) -> None:
    library_with_rutte(tmp_path)
    result = run_cli("--search", '"air defence"')
    assert result.returncode == 0
    assert "“[Air defence] is not a luxury, it is the floor of our security” — Mark Rutte" in (
        result.stdout
    )


def test_nothing_found_is_an_empty_result_not_an_error(tmp_path: Path) -> None:
    library_with_rutte(tmp_path)
    result = run_cli("--search", "zeppelin", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"query": "zeppelin", "articles": [], "quotes": []}
    nobody = run_cli("--quotes-by", "Nobody Atall", "--json")
    assert nobody.returncode == 0 and json.loads(nobody.stdout) == {"speaker": None, "quotes": []}


def test_a_malformed_query_is_one_line_and_status_2(tmp_path: Path) -> None:
    library_with_rutte(tmp_path)
    result = run_cli("--search", '"air defence')
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith('article-reader: error: "air defence: not a valid search')
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    empty = run_cli("--search", "  ")
    assert empty.returncode == 2 and empty.stdout == ""
    assert (
        empty.stderr
        == 'article-reader: error: "": an empty search: give words, "a phrase" or a prefix*\n'
    )


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (("--speakers", "--format", "csv"), "--format: only with --search or --quotes-by"),
        (("--speakers", "--limit", "3"), "--limit: only with --search"),
        (("--search", "air", "--limit", "0"), "--limit: 0 results: give 1 or more"),
    ],
)
def test_an_option_given_where_it_means_nothing_is_one_line_and_status_2(
    arguments: tuple[str, ...], said: str
) -> None:
    result = run_cli(*arguments)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [f"article-reader: error: {said}"]


def test_speakers_and_their_quotes_in_date_order(tmp_path: Path) -> None:
    library_with_rutte(tmp_path)
    speakers = json.loads(run_cli("--speakers", "--json").stdout)
    assert speakers == {
        "speakers": [
            {"name": "Mark Rutte", "quotes": 3, "articles": 3},
            {"name": "Bill Clinton", "quotes": 1, "articles": 1},
        ]
    }
    data = json.loads(run_cli("--quotes-by", "rutte", "--json").stdout)
    assert data["speaker"] == "Mark Rutte"
    assert [q["date"] for q in data["quotes"]] == ["2025-09-03", "2025-10-14", "2025-11-02"]
    assert set(data["quotes"][0]) == {"text", "speaker", "title", "source", "date", "start", "end"}
    listed = run_cli("--speakers").stdout.splitlines()
    assert listed[1].split() == ["3", "3", "Mark", "Rutte"]


def test_a_corrupt_library_is_rebuilt_with_a_message(tmp_path: Path) -> None:
    library_with_rutte(tmp_path)
    path = data_folder() / FILE_NAME
    corrupt_page(path, "quotes")
    result = run_cli("--speakers", "--json")
    assert result.returncode == 0
    [message] = result.stderr.splitlines()
    assert "could not be read; it was moved to library.broken-" in message
    assert message.endswith("rebuilt from the 4 files it listed")
    assert len(list(data_folder().glob("library.broken-*.sqlite3"))) == 1
    names = [row["name"] for row in json.loads(result.stdout)["speakers"]]
    assert names == ["Mark Rutte", "Bill Clinton"]


def test_killed_during_a_bulk_add_keeps_what_it_committed(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    total = 600
    for number in range(total):
        write(folder / f"part{number % 6}", f"{number:04d}.txt", texts.numbered_article(number))
    path = data_folder() / FILE_NAME
    adding = subprocess.Popen(
        [sys.executable, "-m", "reader", "--add", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its worker processes are killed with it
    )
    committed = 0
    deadline = time.monotonic() + 60
    while committed == 0 and adding.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
        committed = _articles_in(path)
    os.killpg(adding.pid, signal.SIGKILL)
    adding.wait()
    kept = _articles_in(path)
    assert 0 < kept < total, "the add was not killed half-way; make the folder larger"
    again = run_cli("--add", str(folder), "--json")
    report = json.loads(again.stdout)
    assert report["added"] == total - kept and report["unchanged"] == kept
    assert _articles_in(path) == total
    speakers = json.loads(run_cli("--speakers", "--json").stdout)["speakers"]
    assert speakers == [
        {"name": "Anna Lindqvist", "quotes": total, "articles": total},
        {"name": "Piotr Nowak", "quotes": total, "articles": total},
    ]


def _articles_in(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.OperationalError:  # not made yet
        return 0


def test_a_speakers_quotes_as_csv_and_markdown(tmp_path: Path) -> None:
    library_with_rutte(tmp_path)
    table = run_cli("--quotes-by", "Mark Rutte", "--format", "csv")
    assert table.returncode == 0
    rows = table.stdout.splitlines()
    assert rows[0] == "text,speaker,title,authors,date,source,start,end" and len(rows) == 4
    notes = run_cli("--search", "interceptors", "--format", "markdown").stdout
    assert notes.startswith("# Quotes matching interceptors\n\n1 quote\n\n> “We will keep")
