"""`make bench-library` (and the end of `make bench`): the library at scale.

A generated library of 10,000 articles and 100,000 quotes (made-up words, a few
thousand speakers named in full, by surname or with a title): search time, the
Speakers view's query and the view itself filled and painted, the library file's
size against the text it indexes, a real bulk add of files on this machine's
cores, and the window's start-up on the seed with that library in its data folder
against an empty data folder.
Run it as ``python benchmarks/bench_library.py [--articles N] [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_library import THEMES, LibraryText, write_articles  # noqa: E402
from reader.store.bulk_add import add_files  # noqa: E402
from reader.store.library import FILE_NAME, Library  # noqa: E402


def _queries(stream: LibraryText, rng: random.Random, count: int) -> list[str]:
    """Words common and rare, phrases, prefixes and speakers, as a reader types them."""
    common, rare = stream.words[:50], stream.words[500:3000]
    makers = (
        lambda: rng.choice(common),
        lambda: rng.choice(rare),
        lambda: rng.choice(THEMES),
        lambda: f'"{rng.choice(common)} {rng.choice(common)}"',
        lambda: f"{rng.choice(rare)[:3]}*",
        lambda: f"{rng.choice(THEMES)} {rng.choice(rare)}",
        lambda: rng.choice(stream.people)[1],
    )
    return [makers[number % len(makers)]() for number in range(count)]


def _build(path: Path, articles: int) -> tuple[float, int, int]:
    """The generated library at ``path``: seconds taken, indexed text bytes, quotes."""
    library = Library(path)
    stream = LibraryText()
    text_bytes = quotes = 0
    started = time.perf_counter()
    batch = []
    for record in stream.articles(articles):
        batch.append(record)
        text_bytes += len(record.text.encode()) + sum(len(q.text.encode()) for q in record.quotes)
        text_bytes += len(record.title.encode())
        quotes += len(record.quotes)
        if len(batch) == 500:
            library.add(batch)
            batch.clear()
    library.add(batch)
    seconds = time.perf_counter() - started
    library.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return seconds, text_bytes, quotes


def _timed_ms(call: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return times


def _startup(data: Path, scratch: Path, runs: int) -> tuple[float, float]:
    """Median seconds to the seed's first paint with ``data`` as the data folder, and
    with an empty one, the two alternated."""
    from benchmarks.bench import _environment, _launch
    from reader.bundled import default_article_path

    seed = default_article_path()
    full = _environment(scratch / "full")
    full["XDG_DATA_HOME"] = str(data)
    empty = _environment(scratch / "empty")
    with_library: list[float] = []
    without: list[float] = []
    for run in range(runs):  # which side goes first alternates too
        sides = [(without, empty), (with_library, full)]
        for times, environment in sides if run % 2 == 0 else reversed(sides):
            times.append(_launch("reader", seed, environment)[0])
    return statistics.median(with_library), statistics.median(without)


def _speakers_view_ms(path: Path, runs: int) -> list[float]:
    """The Speakers view in the window, each time from asking (as showing the library
    does) to the list filled from the service's thread and painted; the first time
    also opens the library."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reader.ui.library_panel import LibraryPanel
    from reader.ui.library_service import LibraryService

    app = QApplication.instance() or QApplication([])
    service = LibraryService(path)
    panel = LibraryPanel(service)
    panel.resize(1200, 500)
    panel.show()
    listed: list[object] = []
    service.speakersListed.connect(listed.append)  # after the panel has filled its list
    times = []
    for _ in range(runs):
        listed.clear()
        started = time.perf_counter()
        panel.refresh_speakers()
        while not listed:
            app.processEvents()
            time.sleep(0.0005)
        panel.speakers.grab()  # laid out and painted
        times.append((time.perf_counter() - started) * 1000)
    service.close()
    panel.deleteLater()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles (10,000)")
    parser.add_argument("--files", type=int, default=1000, help="files for the bulk add (1,000)")
    parser.add_argument("--runs", type=int, default=9, help="start-up runs per side (9)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-library-bench-") as scratch_name:
        scratch = Path(scratch_name)
        data = scratch / "data"
        path = data / "article-reader" / "article-reader" / FILE_NAME
        path.parent.mkdir(parents=True)
        build_seconds, text_bytes, quote_count = _build(path, args.articles)
        library = Library(path)
        stream = LibraryText()
        rng = random.Random(5)
        queries = _queries(stream, rng, 70)
        for query in queries[:5]:  # warm the page cache, as a reader's second search would
            library.search_articles(query)

        def search_all() -> None:
            for query in queries:
                search_ms.append(_timed_ms(lambda q=query: _search(library, q), 1)[0])

        search_ms: list[float] = []
        search_all()
        speakers_ms = _timed_ms(library.speakers, 5)
        people = len(library.speakers())
        library.close()
        view_ms = _speakers_view_ms(path, 6)
        size = path.stat().st_size

        files = write_articles(scratch / "files", args.files)
        fresh = Library(scratch / "fresh.sqlite3")
        started = time.perf_counter()
        report = add_files(fresh, [str(files[0].parent)], workers=2)
        add_seconds = time.perf_counter() - started
        fresh.close()
        assert report.added == args.files, report
        shutil.rmtree(scratch / "files")

        start_full, start_empty = _startup(data, scratch, args.runs)

    rate = args.files / add_seconds
    rows = [
        ("search (articles and quotes), median", f"{statistics.median(search_ms):.1f} ms",
         "≤ 50 ms", statistics.median(search_ms) <= 50,
         f"{len(search_ms)} queries; 95th percentile "
         f"{sorted(search_ms)[int(0.95 * (len(search_ms) - 1))]:.1f} ms"),
        ("Speakers view query, median", f"{statistics.median(speakers_ms):.0f} ms", "≤ 200 ms",
         statistics.median(speakers_ms) <= 200, f"{people} people"),
        ("Speakers view in the window, listed and painted, median",
         f"{statistics.median(view_ms[1:]):.0f} ms", "≤ 200 ms",
         statistics.median(view_ms[1:]) <= 200,
         f"the first, opening the library: {view_ms[0]:.0f} ms"),
        ("bulk add of files, 2 worker processes", f"{rate:.0f} articles/s", "≥ 50/s",
         rate >= 50, f"{args.files} files in {add_seconds:.1f} s"),
        ("library file vs the text it indexes", f"{size / text_bytes:.2f}×", "≤ 3×",
         size / text_bytes <= 3, f"{size / 1e6:.0f} MB vs {text_bytes / 1e6:.0f} MB"),
        ("seed start-up with the full library vs an empty data folder",
         f"{start_full / start_empty:.2f}", "≤ 1.05", start_full / start_empty <= 1.05,
         f"{start_full:.2f} s vs {start_empty:.2f} s"),
    ]  # fmt: skip
    print(
        f"\nlibrary: {args.articles:,} articles, {quote_count:,} quotes "
        f"(built in {build_seconds:.0f} s); {os.cpu_count()} cores\n"
    )
    print("| figure | measured | target | within | detail |")
    print("| --- | --- | --- | --- | --- |")
    for name, value, target, ok, detail in rows:
        print(f"| {name} | {value} | {target} | {'yes' if ok else 'NO'} | {detail} |")
    return 0


def _search(library: Library, query: str) -> None:
    library.search_articles(query)
    library.search_quotes(query)


if __name__ == "__main__":
    sys.exit(main())
