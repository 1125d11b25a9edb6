"""`make bench`: the reader against plain Python-Markdown and a bare QTextBrowser.

Every figure is a ratio to a baseline measured in the same run, the two
alternated, median of several runs, so that a noisy machine shifts both sides.
Run it as ``python benchmarks/bench.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_article import write_book, write_news  # noqa: E402
from benchmarks.make_page import write_page  # noqa: E402
from reader.bundled import default_article_path  # noqa: E402

PYTHON = sys.executable


def _environment(folder: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    return environment


def _timed(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=environment)
    return time.perf_counter() - started


def _launch(kind: str, path: Path, environment: dict[str, str]) -> tuple[float, int]:
    started = time.time()
    result = subprocess.run(
        [PYTHON, str(ROOT / "benchmarks" / "launch.py"), kind, str(path)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    report = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("{")))
    return report["painted"] - started, int(report["peak_kib"])


def page_seconds(page: Path, runs: int, environment: dict[str, str]) -> tuple[float, float]:
    """Median seconds from a 200 KB page's bytes to its article in a pane's document:
    the first page of a running reader (extractor imported then) and a later one."""
    firsts: list[float] = []
    seconds: list[float] = []
    for _ in range(runs):
        result = subprocess.run(
            [PYTHON, str(ROOT / "benchmarks" / "page_timing.py"), str(page)],
            capture_output=True, text=True, env=environment, check=True, timeout=120,
        )  # fmt: skip
        report = json.loads(result.stdout.strip().splitlines()[-1])
        firsts.append(report["first"])
        seconds.append(report["second"])
    return statistics.median(firsts), statistics.median(seconds)


def seed_imports_extractor(environment: dict[str, str]) -> bool:
    """Whether parsing and rendering the seed imports trafilatura or lxml."""
    code = (
        "import sys\n"
        "from reader.bundled import default_article_path\n"
        "from reader.model.parse import parse_file\n"
        "from reader.model.render import render_body\n"
        "render_body(parse_file(default_article_path()))\n"
        "print(bool({m.split('.')[0] for m in sys.modules} & {'trafilatura', 'lxml'}))\n"
    )
    result = subprocess.run(
        [PYTHON, "-c", code], capture_output=True, text=True, env=environment, check=True
    )
    return result.stdout.strip() == "True"


def attribution_ms(news: Path, runs: int) -> tuple[float, int]:
    """Median milliseconds `find_quotes` takes on a parsed article (finding the quote
    spans and attributing them: everything `parse` does after splitting the text into
    paragraphs), and the quotes it found, checked to be the article's own. Each run
    starts with the regex engine's cache and the name cache empty, as for an article
    the reader has not seen: the per-article patterns are compiled again."""
    import re

    from reader.model.parse import parse_file
    from reader.model.quotes import find_quotes
    from reader.model.words import is_name_word, with_points

    article = parse_file(news)
    paragraphs = [*article.lead, *(p for s in article.sections for p in s.paragraphs)]
    owners: list[str | None] = [None] * len(article.lead)
    owners += [s.id for s in article.sections for _ in s.paragraphs]
    times: list[float] = []
    for _ in range(runs):
        re.purge()
        is_name_word.cache_clear()
        with_points.cache_clear()
        started = time.perf_counter()
        quotes = find_quotes(article.text, paragraphs, owners)
        times.append((time.perf_counter() - started) * 1000)
        assert quotes == article.quotes
    return statistics.median(times), len(quotes)


def alternate(
    runs: int, ours: Callable[[], float], base: Callable[[], float]
) -> tuple[float, float]:
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        theirs.append(base())
        mine.append(ours())
    return statistics.median(mine), statistics.median(theirs)


def clicks(book: Path, samples: int) -> tuple[list[float], list[float]]:
    """Milliseconds from a click on a section (or quote) row until the pane has moved
    (or the quote is marked and in view) and has been repainted."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest

    from reader.app import application, create_window

    app = application()
    window = create_window(book)
    window.resize(1360, 860)
    window.show()
    while window.loading or window.path != str(book):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    # Qt lays a large document out a piece at a time: wait until it has finished.
    bar = window.readingPane.verticalScrollBar()
    steady, last = 0, -1
    while steady < 5:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
        steady, last = (steady + 1, last) if bar.maximum() == last else (0, bar.maximum())
    article = window.article
    chooser = random.Random(7)

    def click(view: object, row: int) -> float:
        model = view.model()  # type: ignore[attr-defined]
        index = model.index(row, 0)
        view.scrollTo(index)  # type: ignore[attr-defined]
        app.processEvents()
        point = view.visualRect(index).center()  # type: ignore[attr-defined]
        started = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]
        window.readingPane.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    section_times = []
    for row in chooser.sample(range(len(article.sections)), min(samples, len(article.sections))):
        section_times.append(click(window.sectionList, row))
        pane = window.readingPane
        heading = pane.position_top(pane.anchor_position(article.sections[row].id) or 0)
        bar = pane.verticalScrollBar()
        assert bar.value() == min(int(heading), bar.maximum()), (
            row,
            bar.value(),
            heading,
            bar.maximum(),
            pane.anchor_position(article.sections[row].id),
        )
    quote_times = []
    for row in chooser.sample(range(len(article.quotes)), min(samples, len(article.quotes))):
        quote_times.append(click(window.quoteList, row))
        assert window.readingPane.marked_text("quote")
    window.close()
    return section_times, quote_times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each side (default 5)")
    parser.add_argument("--clicks", type=int, default=60, help="clicks measured (default 60)")
    args = parser.parse_args()
    # Measured as installed: pip byte-compiles a package when it installs it, and a
    # development checkout (or PYTHONDONTWRITEBYTECODE) may have no bytecode yet.
    compileall.compile_dir(str(ROOT / "reader"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as scratch:
        folder = Path(scratch)
        book = write_book(folder / "book.txt")
        page = write_page(folder / "news-page.html")
        news = write_news(folder / "news.txt")
        seed = default_article_path()
        environment = _environment(folder)
        markdown_only = [
            PYTHON,
            "-c",
            "import sys, markdown; markdown.markdown(open(sys.argv[1], encoding='utf-8').read())",
            str(book),
        ]
        dump = [PYTHON, "-m", "reader", "--dump", str(book)]
        dump_ours, dump_base = alternate(
            args.runs, lambda: _timed(dump, environment), lambda: _timed(markdown_only, environment)
        )
        memory: dict[str, list[int]] = {"reader": [], "bare": []}

        def launcher(kind: str, path: Path) -> Callable[[], float]:
            def run() -> float:
                seconds, peak = _launch(kind, path, environment)
                if path == book:
                    memory[kind].append(peak)
                return seconds

            return run

        book_ours, book_base = alternate(
            args.runs, launcher("reader", book), launcher("bare", book)
        )
        seed_ours, seed_base = alternate(
            args.runs, launcher("reader", seed), launcher("bare", seed)
        )
        seed_panes, seed_bare = alternate(
            args.runs, launcher("panes", seed), launcher("bare", seed)
        )
        page_first, page_later = page_seconds(page, args.runs, environment)
        news_ms, news_quotes = attribution_ms(news, max(args.runs, 21))
        news_kb = news.stat().st_size / 1000
        extractor_at_start = seed_imports_extractor(environment)
        os.environ.update(environment)  # the clicks run here, offscreen, in the scratch profile
        section_ms, quote_ms = clicks(book, args.clicks)

    rows = [
        ("`--dump` vs Python-Markdown only (process)", dump_ours / dump_base, "≤ 0.6",
         dump_ours / dump_base <= 0.6, f"{dump_ours:.2f} s vs {dump_base:.2f} s"),
        ("start to first paint, 1.3 MB article, vs bare QTextBrowser", book_ours / book_base,
         "≤ 1.2", book_ours / book_base <= 1.2, f"{book_ours:.2f} s vs {book_base:.2f} s"),
        ("start to first paint, seed article, vs bare QTextBrowser", seed_ours / seed_base,
         "≤ 1.3", seed_ours / seed_base <= 1.3, f"{seed_ours:.2f} s vs {seed_base:.2f} s"),
        ("(reference, no target) the same, a plain three-pane PySide6 window that parses "
         "nothing", seed_panes / seed_bare, "—", None, f"{seed_panes:.2f} s vs {seed_bare:.2f} s"),
        ("click a section until the pane moved, median", statistics.median(section_ms), "≤ 8 ms",
         statistics.median(section_ms) <= 8, "ms"),
        ("click a section until the pane moved, 95th percentile", percentile(section_ms, 0.95),
         "≤ 16 ms", percentile(section_ms, 0.95) <= 16, "ms"),
        ("click a quote until marked and in view, median", statistics.median(quote_ms), "≤ 8 ms",
         statistics.median(quote_ms) <= 8, "ms"),
        ("peak memory (RSS) vs the bare process", statistics.median(memory["reader"])
         / statistics.median(memory["bare"]), "≤ 1.6",
         statistics.median(memory["reader"]) / statistics.median(memory["bare"]) <= 1.6,
         f"{statistics.median(memory['reader']) // 1024} MB vs "
         f"{statistics.median(memory['bare']) // 1024} MB"),
        ("200 KB news page, bytes to the article in the pane's document, first page "
         "(extractor imported then)", page_first, "≤ 0.5 s", page_first <= 0.5, "s"),
        ("the same, a later page", page_later, "≤ 0.5 s", page_later <= 0.5, "s"),
        (f"attribution of a {news_kb:.0f} KB news article, median", news_ms, "≤ 20 ms",
         news_ms <= 20, f"ms; `find_quotes` in this process, regex cache emptied before each run "
         f"(quote spans and speakers, {news_quotes} quotes), benchmarks/make_news.py"),
        ("seed start-up imports trafilatura or lxml (1 = yes)", float(extractor_at_start), "0",
         not extractor_at_start, "parse and render the seed, then look at sys.modules"),
    ]  # fmt: skip
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"runs: {args.runs} per side, alternated; {args.clicks} clicks each\n")
    print("| figure | measured | target | within | detail |")
    print("| --- | --- | --- | --- | --- |")
    for name, value, target, ok, detail in rows:
        within = "—" if ok is None else "yes" if ok else "NO"
        print(f"| {name} | {value:.2f} | {target} | {within} | {detail} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
