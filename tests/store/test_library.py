"""The library: adding, updating, no duplicates, search, speakers, recovery."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.model.parse import parse_file
from reader.model.webpage import parse_page
from reader.store.bulk_add import Progress, add_files
from reader.store.library import FILE_NAME, Library, LibraryError, QueryError
from reader.store.library_records import record_of, stamp_of
from reader.store.pages import keep_page
from tests import library_articles as texts
from tests.library_articles import corrupt_page, write


@pytest.fixture
def library(tmp_path: Path) -> Library:
    opened = Library(tmp_path / "data" / FILE_NAME)
    yield opened
    opened.close()


def add(library: Library, *paths: Path) -> tuple[str, ...]:
    records = [record_of(parse_file(p), stamp=stamp_of(p)) for p in paths]
    return library.add(records).outcomes


def test_an_added_article_keeps_its_metadata_and_quotes(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path / "news", "brussels.txt", texts.RUTTE_BRUSSELS)
    assert add(library, path) == ("added",)
    assert library.counts() == (1, 1)
    [hit] = library.search_articles("launcher")
    assert hit.title == "Allies weigh new air defence pledges in Brussels"
    assert hit.authors == ("Test Desk",) and hit.date == "2025-10-14"
    assert hit.source == str(path.resolve())
    [quote] = library.quotes_by("Mark Rutte")
    text = path.read_text(encoding="utf-8")
    assert text[quote.start : quote.end].startswith('"Every launcher')
    assert library.files() == [str(path.resolve())]


def test_the_same_text_is_never_added_twice(library: Library, tmp_path: Path) -> None:
    first = write(tmp_path / "a", "one.txt", texts.RUTTE_BRUSSELS)
    copy = write(tmp_path / "b", "copy.txt", texts.RUTTE_BRUSSELS)
    assert add(library, first) == ("added",)
    assert add(library, first) == ("unchanged",)
    assert add(library, copy) == ("duplicate",)
    assert library.counts() == (1, 1)
    assert len(library.search_quotes("launcher")) == 1


def test_a_changed_file_updates_its_entry(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", texts.RUTTE_BRUSSELS)
    add(library, path)
    changed = texts.RUTTE_BRUSSELS.replace("Every launcher", "Every radar").replace(
        "Allies weigh", "Allies agree"
    )
    path.write_text(changed, encoding="utf-8")
    assert add(library, path) == ("updated",)
    assert library.counts() == (1, 1)
    assert library.search_articles("launcher") == []
    assert library.search_quotes("launcher") == []
    [hit] = library.search_articles("radar")
    assert hit.title == "Allies agree new air defence pledges in Brussels"


def test_search_marks_the_match_and_reads_fts5_syntax(library: Library, tmp_path: Path) -> None:
    for name, text in (("a.txt", texts.RUTTE_BRUSSELS), ("b.txt", texts.RUTTE_HAGUE)):
        add(library, write(tmp_path, name, text))
    [quote] = library.search_quotes('"air defence"')
    assert quote.speaker == "Mark Rutte" and quote.title.startswith("Rutte returns")
    assert quote.snippet is not None
    marked = [quote.snippet.text[s:e] for s, e in quote.snippet.marks]
    assert marked == ["Air defence"]  # a phrase is marked whole
    assert {h.title for h in library.search_articles("interceptor* OR launch*")} == {
        "Allies weigh new air defence pledges in Brussels"
    }
    [article] = library.search_articles("luxury")
    assert "[luxury]" in article.snippet.bracketed()
    assert library.search_articles("nothingofthesort") == []


def test_a_search_may_name_the_columns_of_either_index(library: Library, tmp_path: Path) -> None:
    for name, text in (("a.txt", texts.RUTTE_BRUSSELS), ("b.txt", texts.RUTTE_HAGUE)):
        add(library, write(tmp_path, name, text))
    # "speaker:" is a column of the quotes only, "title:" of the articles only.
    assert library.search_articles("speaker:rutte") == []
    assert {q.speaker for q in library.search_quotes("speaker:rutte")} == {"Mark Rutte"}
    assert library.search_quotes("title:hague") == []
    [article] = library.search_articles("title:hague")
    assert article.title.startswith("Rutte returns")
    with pytest.raises(QueryError, match="no such column: colour"):
        library.search_quotes("colour:red")


@pytest.mark.parametrize("query", ['"unclosed', "AND OR", "(", "title:"])
def test_a_malformed_search_is_a_query_error(library: Library, query: str) -> None:
    with pytest.raises(QueryError, match="not a valid search"):
        library.search_articles(query)


def test_one_speaker_across_articles_in_date_order(library: Library, tmp_path: Path) -> None:
    for name, text in (
        ("brussels.txt", texts.RUTTE_BRUSSELS),
        ("hague.txt", texts.RUTTE_HAGUE),
        ("kyiv.txt", texts.RUTTE_KYIV),
    ):
        add(library, write(tmp_path, name, text))
    speakers = {row.name: (row.quotes, row.articles) for row in library.speakers()}
    assert speakers == {"Mark Rutte": (3, 3)}
    dates = [quote.date for quote in library.quotes_by("Rutte")]
    assert dates == ["2025-09-03", "2025-10-14", "2025-11-02"]


def test_clintons_are_two_people_and_the_surname_alone_stays_apart(
    library: Library, tmp_path: Path
) -> None:
    add(library, write(tmp_path, "bill.txt", texts.BILL_CLINTON))
    add(library, write(tmp_path, "alone.txt", texts.CLINTON_ALONE))
    # With only Bill in the library, "Clinton" is him …
    assert {row.name for row in library.speakers()} == {"Bill Clinton"}
    add(library, write(tmp_path, "hillary.txt", texts.HILLARY_CLINTON))
    # … once Hillary is there too, a surname alone could be either.
    speakers = {row.name: row.quotes for row in library.speakers()}
    assert speakers == {"Bill Clinton": 1, "Hillary Clinton": 1, "Clinton": 1}
    assert [q.text for q in library.quotes_by("Hillary Clinton")] == [
        "This election is about the next generation"
    ]


def test_a_ukrainian_name_in_two_cases_is_one_speaker(library: Library, tmp_path: Path) -> None:
    add(library, write(tmp_path, "first.txt", texts.KRAVCHENKO_GENITIVE))
    add(library, write(tmp_path, "second.txt", texts.KRAVCHENKO_NOMINATIVE))
    [row] = library.speakers()
    assert (row.name, row.quotes, row.articles) == ("Ольга Кравченко", 2, 2)
    assert len(library.quotes_by("Ольги Кравченко")) == 2


def test_bulk_add_reports_progress_and_unusable_files(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    for number in range(12):
        write(
            folder / ("sub" if number % 2 else ""), f"{number}.txt", texts.numbered_article(number)
        )
    (folder / "empty.txt").write_text("")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / ".hidden.txt").write_text(texts.RUTTE_HAGUE)
    seen: list[Progress] = []
    report = add_files(library, [str(folder), str(tmp_path / "missing")], seen.append, workers=2)
    assert (report.total, report.added, report.unchanged, report.left_out) == (13, 12, 0, 1)
    assert sorted((Path(u.path).name, u.reason) for u in report.unusable) == [
        ("empty.txt", "the file is empty"),
        ("missing", "no such file or folder"),
    ]
    assert seen[-1].done == seen[-1].total == 13
    assert library.counts() == (12, 24)
    again = add_files(library, [str(folder)])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 12)
    assert library.counts() == (12, 24)


def test_a_folder_gives_its_articles_not_the_files_beside_them(
    library: Library, tmp_path: Path
) -> None:
    # A page saved "complete" sits beside a folder of its scripts, styles and images;
    # notes and data lie around. Only the articles join; a file named on its own is tried.
    folder = tmp_path / "reading"
    write(folder, "brussels.txt", texts.RUTTE_BRUSSELS)
    write(folder, "hague", texts.RUTTE_HAGUE)  # a plain-text export with no suffix
    write(folder, "kyiv.md", texts.RUTTE_KYIV)
    write(folder / "kyiv_files", "app.js", "var tracker = 1; // " + "x " * 40)
    write(folder / "kyiv_files", "site.css", "body { color: red } " * 10)
    write(folder, "labels.json", '{"speaker": "Mark Rutte", "quotes": 3}')
    (folder / "kyiv_files" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    report = add_files(library, [str(folder)], workers=1)
    assert (report.added, report.left_out, report.unusable) == (3, 4, [])
    assert report.left_out_phrase() == "4 other files in the folders left out (not articles)"
    (folder / "moved.txt").symlink_to(tmp_path / "nowhere.txt")  # a link to nothing
    broken = add_files(library, [str(folder)], workers=1)
    assert [(Path(u.path).name, u.reason) for u in broken.unusable] == [
        ("moved.txt", "no such file")
    ]
    named = add_files(library, [str(folder / "labels.json")], workers=1)
    assert (named.added, named.left_out) == (1, 0)


def test_a_cancelled_bulk_add_keeps_what_it_added(library: Library, tmp_path: Path) -> None:
    for number in range(20):
        write(tmp_path / "many", f"{number:02d}.txt", texts.numbered_article(number))
    progress: list[Progress] = []
    report = add_files(
        library, [str(tmp_path / "many")], progress.append, lambda: len(progress) > 5, workers=1
    )
    assert report.cancelled and report.added == 5
    assert library.counts()[0] == 5
    rest = add_files(library, [str(tmp_path / "many")], workers=1)
    assert (rest.added, rest.unchanged) == (15, 5)


def test_a_corrupt_library_is_set_aside_and_lists_its_files(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    highlights = tmp_path / "reader.sqlite3"
    highlights.write_bytes(b"not touched")
    library = Library(path)
    article = write(tmp_path / "news", "hague.txt", texts.RUTTE_HAGUE)
    add(library, article)
    library.close()
    corrupt_page(path, "quotes")
    recovered = Library(path)
    assert recovered.recovered_from is not None and recovered.recovered_from.exists()
    assert recovered.to_add_again == [str(article.resolve())]
    assert "is being rebuilt from the 1 files it listed" in (recovered.recovery_message or "")
    assert recovered.counts() == (0, 0)
    add_files(recovered, recovered.to_add_again)
    assert [row.name for row in recovered.speakers()] == ["Rutte"]
    assert highlights.read_bytes() == b"not touched"


def test_processes_opening_a_new_library_at_once_all_share_it(tmp_path: Path) -> None:
    # The window and a command line started together on a first run: one makes the
    # tables, the others find them made; none takes the new file for a broken one.
    opens = (  # imported first, then all open at one moment
        "import sys, time; from pathlib import Path; from reader.store.library import Library;"
        "time.sleep(max(0.0, float(sys.argv[2]) - time.time()));"
        "library = Library(Path(sys.argv[1])); print(library.recovered_from); library.close()"
    )
    path = tmp_path / "data" / FILE_NAME
    for _ in range(3):
        start = str(time.time() + 1.5)
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", opens, str(path), start],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        results = [run.communicate(timeout=60) for run in runs]
        assert [(out, err) for out, err in results] == [("None\n", "")] * 4
        assert [p.name for p in path.parent.iterdir() if "broken" in p.name] == []
        path.unlink()


def test_a_rebuilt_library_keeps_its_links_from_their_kept_pages(tmp_path: Path) -> None:
    # A link read in the window is listed by its address; rebuilding reads the page
    # kept when it was read, offline, and says so of a link whose copy is gone.
    url = "https://harbour.example/pier"
    html = (Path(__file__).parents[1] / "pages" / "harbour_pier.html").read_bytes()
    keep_page(url, url, "utf-8", html)
    path = tmp_path / FILE_NAME
    library = Library(path)
    library.add([record_of(parse_page(html, url, url=url, source=url), source=url)])
    library.add([record_of(parse_file(write(tmp_path, "hague.txt", texts.RUTTE_HAGUE)))])
    library.close()
    corrupt_page(path, "quotes")
    recovered = Library(path)
    assert url in recovered.to_add_again
    report = add_files(recovered, [*recovered.to_add_again, "https://gone.example/a"])
    assert (report.added, recovered.counts()[0]) == (2, 2)
    assert [(u.path, u.reason) for u in report.unusable] == [
        ("https://gone.example/a", "no kept copy of this link: open it in the reader to add it")
    ]
    recovered.close()


def test_a_library_that_is_not_a_database_at_all_starts_anew(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    library = Library(path)
    assert library.recovered_from is not None
    assert library.recovered_from.read_bytes().startswith(b"this is not a database")
    assert library.to_add_again == [] and library.counts() == (0, 0)


def test_a_file_changed_into_a_copy_of_another_leaves_one_article(
    library: Library, tmp_path: Path
) -> None:
    kyiv = write(tmp_path, "kyiv.txt", texts.RUTTE_KYIV)
    hague = write(tmp_path, "hague.txt", texts.RUTTE_HAGUE)
    add(library, kyiv, hague)
    kyiv.write_text(texts.RUTTE_HAGUE, encoding="utf-8")
    assert add(library, kyiv) == ("updated",)
    assert library.counts() == (1, 1)
    assert library.search_articles("interceptors") == []


def test_a_library_from_a_newer_reader_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    Library(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(LibraryError, match="written by a newer version of the reader"):
        Library(path)
    assert list(tmp_path.glob("*broken*")) == []


def test_speakers_added_without_regrouping_are_grouped_on_the_next_read(
    library: Library, tmp_path: Path
) -> None:
    # What a bulk add killed before its end leaves behind.
    for name, text in (("a.txt", texts.RUTTE_BRUSSELS), ("b.txt", texts.RUTTE_HAGUE)):
        path = write(tmp_path, name, text)
        library.add([record_of(parse_file(path), stamp=stamp_of(path))], regroup=False)
    assert [(row.name, row.quotes) for row in library.speakers()] == [("Mark Rutte", 2)]


def test_a_search_matching_most_of_the_library_lists_the_newest_first(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in (
        ("hague.txt", texts.RUTTE_HAGUE),  # ranked first: its title names him
        ("kyiv.txt", texts.RUTTE_KYIV),
        ("brussels.txt", texts.RUTTE_BRUSSELS),
    ):
        add(library, write(tmp_path, name, text))
    assert library.search_articles("Rutte")[0].title.startswith("Rutte returns")
    monkeypatch.setattr("reader.store.library.RANKED_AT_MOST", 1)
    titles = [hit.title for hit in library.search_articles("Rutte")]
    assert titles == [
        "Allies weigh new air defence pledges in Brussels",
        "A night visit to Kyiv",
        "Rutte returns to The Hague for a defence conference",
    ]
    assert len(library.search_quotes("Rutte")) == 3


def test_an_article_hit_says_where_its_first_match_is(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "hague.txt", texts.RUTTE_HAGUE)
    add(library, path)
    [hit] = library.search_articles("luxury")
    assert path.read_text(encoding="utf-8")[hit.start : hit.end] == "luxury"
    [titled] = library.search_articles("title:returns")
    assert (titled.start, titled.end) == (0, 0)
    [run] = library.search_articles("air defence")  # words one after another: marked together
    assert path.read_text(encoding="utf-8")[run.start : run.end] == "Air defence"
    [apart] = library.search_articles("luxury floor")  # words between: the first alone
    assert path.read_text(encoding="utf-8")[apart.start : apart.end] == "luxury"


def test_snippets_show_the_body_not_the_title_and_byline(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "brussels.txt", texts.RUTTE_BRUSSELS)
    add(library, path)
    [hit] = library.search_articles("Brussels")  # in the title and in the text
    assert "Author:" not in hit.snippet.text and "Test Desk" not in hit.snippet.text
    assert hit.snippet.text.startswith("NATO Secretary General Mark Rutte opened")
    [by_author] = library.search_articles("desk")
    assert by_author.title.startswith("Allies weigh")
