"""Adding many files to the library: parsed in worker processes, stored in batches.

`add_files` is one engine for the command line and the window: it reports
`Progress` through a callback, stops when ``cancelled()`` says so, and commits a
batch at a time, so a process killed half-way keeps every batch it committed and
the next run adds only the rest (files the library knows unchanged are not read).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from reader.model.library_results import counted
from reader.model.load import MARKDOWN_SUFFIXES, PAGE_SUFFIXES, ArticleError
from reader.sources import is_link
from reader.store.library import Library
from reader.store.library_records import ArticleRecord, record_of, stamp_of

BATCH_ARTICLES = 64  # a transaction commits after this many articles …
BATCH_SECONDS = 1.0  # … or this long, whichever comes first
IN_PROCESS_BELOW = 8  # fewer files than this are parsed without starting workers
REGROUP_SECONDS = 10.0  # a long add groups the speakers this often (the window lists them)
# What a folder gives the library: articles, not the images, data or code beside them
# (plain-text exports come as .txt or with no suffix). A file named on its own is tried
# whatever its name.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ""}) | MARKDOWN_SUFFIXES | PAGE_SUFFIXES


@dataclass(frozen=True, slots=True)
class Unusable:
    """A file the library cannot use, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Progress:
    done: int  # files dealt with (stored, known already, or unusable)
    total: int
    current: str  # the file last dealt with


@dataclass
class BulkAddReport:
    total: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0  # known already, or the same text as an article in the library
    left_out: int = 0  # files in the folders that are not articles (.json, .png, …)
    unusable: list[Unusable] = field(default_factory=list)
    cancelled: bool = False

    def outcome(self) -> str:
        """``3 added, 0 updated, 1 already in the library``."""
        done = f"{self.added} added, {self.updated} updated"
        return f"{done}, {self.unchanged} already in the library"

    def left_out_phrase(self) -> str:
        """``3 other files in the folders left out (not articles)``, or nothing."""
        if not self.left_out:
            return ""
        return f"{counted(self.left_out, 'other file')} in the folders left out (not articles)"

    def count(self, outcomes: Sequence[str]) -> None:
        self.added += outcomes.count("added")
        self.updated += outcomes.count("updated")
        self.unchanged += outcomes.count("unchanged") + outcomes.count("duplicate")


def is_article_name(name: str) -> bool:
    """Whether a file found in a folder is one the library takes: ``.txt``, Markdown,
    a saved page, or a name with no suffix."""
    return os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def _walk(folder: str) -> Iterator[str]:
    """The files under ``folder``, recursively, in name order, hidden ones left out."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


@dataclass
class Collected:
    """The files an add will try, the paths that do not exist, and how many files
    in the folders were left out as not articles."""

    files: list[str] = field(default_factory=list)
    missing: list[Unusable] = field(default_factory=list)
    left_out: int = 0


def collect_files(paths: Iterable[str]) -> Collected:
    """The files named by ``paths``, each once: a file as named, a folder's article
    files recursively (see `is_article_name`)."""
    collected = Collected()
    seen: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            found: list[str] = []
            for file in _walk(path):
                if is_article_name(file):
                    found.append(file)
                else:
                    collected.left_out += 1
        elif os.path.exists(path) or is_link(path):
            found = [path]
        else:
            collected.missing.append(Unusable(path, "no such file or folder"))
            continue
        for file in found:
            key = os.path.realpath(file)
            if key not in seen:
                seen.add(key)
                collected.files.append(file)
    return collected


def parse_for_library(path: str) -> ArticleRecord | Unusable:
    """Parse one file for the library (runs in a worker process)."""
    from reader.model.parse import parse_file

    if is_link(path):
        return _kept_link(path)
    stamp = stamp_of(path)  # before reading: a file changed meanwhile is read again next time
    try:
        article = parse_file(path)
    except ArticleError as error:
        return Unusable(path, error.reason)
    except Exception as error:  # one bad file never stops a bulk add
        return Unusable(path, f"cannot be read ({type(error).__name__}: {error})")
    return record_of(article, stamp=stamp)


def _kept_link(url: str) -> ArticleRecord | Unusable:
    """A link the library lists, from the page kept when it was read (never fetched
    here: a library rebuilt offline keeps its links)."""
    from reader.model.webpage import parse_page
    from reader.store.pages import kept_page

    kept = kept_page(url)
    if kept is None:
        return Unusable(url, "no kept copy of this link: open it in the reader to add it")
    try:
        article = parse_page(kept.html, url, url=kept.final_url, charset=kept.charset, source=url)
    except ArticleError as error:
        return Unusable(url, error.reason)
    return record_of(article, source=url)


def _ignore_interrupts() -> None:
    """Ctrl+C is for the process that commits; workers end when it does."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parsed(files: Sequence[str], workers: int) -> Iterator[ArticleRecord | Unusable]:
    if len(files) < IN_PROCESS_BELOW or workers <= 1:
        yield from map(parse_for_library, files)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: safe from a process with threads (the window), and the server
    # imports the parser once for every worker it forks.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["reader.store.bulk_add", "reader.model.parse"])
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_ignore_interrupts
    ) as pool:
        results = pool.map(parse_for_library, files, chunksize=4)
        try:
            yield from results
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def add_files(
    library: Library,
    paths: Iterable[str],
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> BulkAddReport:
    """Add the files named by ``paths`` to ``library``; see the module's docstring."""
    collected = collect_files(paths)
    files = collected.files
    report = BulkAddReport(
        total=len(files), unusable=list(collected.missing), left_out=collected.left_out
    )
    known = library.stamps()
    # A file with no stamp (gone, or a link to nothing) is tried, and said unusable.
    to_parse = [
        f
        for f in files
        if (stamp := stamp_of(f)) is None or known.get(os.path.realpath(f)) != stamp
    ]
    report.unchanged = len(files) - len(to_parse)
    done = report.unchanged
    if progress:
        progress(Progress(done, report.total, ""))
    batch: list[ArticleRecord] = []
    started = grouped = time.monotonic()

    def commit() -> None:
        nonlocal started, grouped
        if batch:
            result = library.add(batch, regroup=False)
            report.count(result.outcomes)
            batch.clear()
        started = time.monotonic()
        if started - grouped >= REGROUP_SECONDS:
            library.regroup()
            grouped = time.monotonic()

    for file, parsed in zip(to_parse, _parsed(to_parse, workers or _workers()), strict=False):
        if isinstance(parsed, Unusable):
            report.unusable.append(parsed)
        else:
            batch.append(parsed)
        if len(batch) >= BATCH_ARTICLES or time.monotonic() - started >= BATCH_SECONDS:
            commit()
        done += 1
        if progress:
            progress(Progress(done, report.total, file))
        if cancelled and cancelled():
            report.cancelled = True
            break
    commit()
    library.regroup()
    return report


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))
