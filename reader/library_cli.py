"""The library's command line: --add, --search, --speakers, --quotes-by (each with --json).

Imports no Qt. Errors are one line, ``article-reader: error: SOURCE: reason``, with
exit status 2; a search that finds nothing prints an empty result and exits 0.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from reader.model.library_results import QuoteHit
    from reader.store.bulk_add import BulkAddReport, Progress
    from reader.store.library import Library

PROG = "article-reader"
COMMANDS = ("--add", "--search", "--speakers", "--quotes-by")
SEARCH_LIMIT = 50  # results of each kind a search prints


def is_library_command(arguments: Sequence[str]) -> bool:
    return any(argument.split("=", 1)[0] in COMMANDS for argument in arguments)


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog=PROG, description="The library of every article read: add, search, speakers."
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--add", nargs="+", metavar="PATH", help="add files and folders (recursively)"
    )
    mode.add_argument("--search", metavar="QUERY", help="search articles and quotes (FTS5 syntax)")
    mode.add_argument("--speakers", action="store_true", help="list everyone quoted")
    mode.add_argument("--quotes-by", metavar="NAME", help="every quote of one speaker")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--format",
        choices=("markdown", "csv"),
        help="--search, --quotes-by: print the quotes as Markdown notes or CSV",
    )
    parser.add_argument(
        "--limit", type=int, metavar="N", help=f"search results of each kind ({SEARCH_LIMIT})"
    )
    return parser


def _error(source: str, reason: str) -> int:
    print(f"{PROG}: error: {source}: {reason}", file=sys.stderr)
    return 2


def main(arguments: Sequence[str]) -> int:
    args = _parser().parse_args(arguments)
    misused = _misused_option(args)
    if misused is not None:
        return _error(*misused)
    from reader.store.library import LibraryError, QueryError, default_path

    try:
        library = _open_library(json_output=args.json)
    except LibraryError as error:
        return _error(str(default_path()), str(error))
    try:
        if args.add is not None:
            return _add(library, args.add, args.json)
        if args.search is not None:
            limit = SEARCH_LIMIT if args.limit is None else args.limit
            return _search(library, args.search, limit, args.json, args.format)
        if args.speakers:
            return _speakers(library, args.json)
        return _quotes_by(library, args.quotes_by, args.json, args.format)
    except QueryError as error:
        return _error(args.search, str(error))
    except LibraryError as error:
        return _error(str(library.path), str(error))
    finally:
        library.close()


def _misused_option(args: argparse.Namespace) -> tuple[str, str] | None:
    """What is wrong with the options given together (the option, and why), if anything."""
    if args.search is not None and not args.search.strip():
        return '""', 'an empty search: give words, "a phrase" or a prefix*'
    if args.format is not None and args.search is None and args.quotes_by is None:
        return "--format", "only with --search or --quotes-by"
    if args.limit is not None and args.search is None:
        return "--limit", "only with --search"
    if args.limit is not None and args.limit < 1:
        return "--limit", f"{args.limit} results: give 1 or more"
    return None


def _open_library(json_output: bool) -> Library:
    """The library, rebuilt first if it had to be set aside."""
    from reader.store.bulk_add import add_files
    from reader.store.library import open_library

    library = open_library()
    message = library.recovery_message
    if message is not None:
        print(f"{PROG}: {message}", file=sys.stderr)
        bar = _progress_bar()
        report = add_files(library, library.to_add_again, bar)
        if bar:
            bar.finish()
        if not json_output:
            print(f"{PROG}: rebuilt: {report.added} articles", file=sys.stderr)
    return library


# ---------------------------------------------------------------- adding


class _Bar:
    """A progress bar on stderr, drawn at most ten times a second."""

    def __init__(self) -> None:
        self.drawn = 0.0
        self.shown = False

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self.drawn < 0.1 and progress.done < progress.total:
            return
        self.drawn = now
        import shutil  # imports compression modules: only when a bar is drawn

        width = max(10, min(40, shutil.get_terminal_size().columns - 30))
        filled = width * progress.done // max(progress.total, 1)
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\r[{bar}] {progress.done}/{progress.total} files")
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _progress_bar() -> _Bar | None:
    return _Bar() if sys.stderr.isatty() else None  # quiet when not on a terminal


def _add(library: Library, paths: list[str], json_output: bool) -> int:
    from reader.model.library_results import counted
    from reader.store.bulk_add import add_files

    bar = _progress_bar()
    try:
        report = add_files(library, paths, bar)
    except KeyboardInterrupt:
        print(f"\n{PROG}: interrupted: what was added is kept; run again to add the rest")
        return 130
    if bar:
        bar.finish()
    if json_output:
        _print_json(_report_json(report))
    else:
        print(
            f"{report.outcome()}, {len(report.unusable)} could not be used "
            f"({counted(report.total, 'file')})"
            + (f"; {report.left_out_phrase()}" if report.left_out else "")
        )
    for unusable in report.unusable:
        print(f"{PROG}: error: {unusable.path}: {unusable.reason}", file=sys.stderr)
    return 1 if report.unusable else 0


def _report_json(report: BulkAddReport) -> dict[str, object]:
    return {
        "files": report.total,
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "unusable": [{"path": u.path, "reason": u.reason} for u in report.unusable],
        "left_out": report.left_out,
    }


# ---------------------------------------------------------------- reading


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def _quote_json(hit: QuoteHit) -> dict[str, object]:
    shape: dict[str, object] = {
        "text": hit.text,
        "speaker": hit.speaker,
        "title": hit.title,
        "source": hit.source,
        "date": hit.date,
        "start": hit.start,
        "end": hit.end,
    }
    if hit.snippet is not None:
        shape["marks"] = [list(mark) for mark in hit.snippet.marks]
    return shape


def _cited(hit: QuoteHit) -> str:
    return f"{hit.title}, {hit.date or 'undated'} ({hit.source})"


def _exported(title: str, quotes: list[QuoteHit], format_name: str) -> int:
    from reader.model.library_export import exported_quotes

    sys.stdout.write(exported_quotes(format_name, title, quotes))
    return 0


def _search(
    library: Library, query: str, limit: int, json_output: bool, format_name: str | None
) -> int:
    quotes = library.search_quotes(query, limit)
    if format_name:  # an export writes quotes only
        return _exported(f"Quotes matching {query}", quotes, format_name)
    articles = library.search_articles(query, limit)
    if json_output:
        _print_json(
            {
                "query": query,
                "articles": [
                    {
                        "title": a.title,
                        "authors": list(a.authors),
                        "date": a.date,
                        "source": a.source,
                        "snippet": a.snippet.text,
                        "marks": [list(mark) for mark in a.snippet.marks],
                        "start": a.start,
                        "end": a.end,
                    }
                    for a in articles
                ],
                "quotes": [_quote_json(q) for q in quotes],
            }
        )
        return 0
    print(f"Articles ({len(articles)})")
    for article in articles:
        print(f"  {article.title} — {article.date or 'undated'} ({article.source})")
        print(f"    {' '.join(article.snippet.bracketed().split())}")
    print(f"\nQuotes ({len(quotes)})")
    for quote in quotes:
        text = quote.snippet.bracketed() if quote.snippet else quote.text
        print(f"  “{text}” — {quote.speaker or 'unattributed'}\n    {_cited(quote)}")
    return 0


def _speakers(library: Library, json_output: bool) -> int:
    rows = library.speakers()
    if json_output:
        _print_json(
            {
                "speakers": [
                    {"name": r.name, "quotes": r.quotes, "articles": r.articles} for r in rows
                ]
            }
        )
        return 0
    print(f"{'quotes':>6} {'articles':>8}  name")
    for row in rows:
        print(f"{row.quotes:>6} {row.articles:>8}  {row.name}")
    return 0


def _quotes_by(library: Library, name: str, json_output: bool, format_name: str | None) -> int:
    quotes = library.quotes_by(name)
    if format_name:
        return _exported(f"Quotes by {quotes[0].speaker if quotes else name}", quotes, format_name)
    if json_output:
        person = quotes[0].speaker if quotes else None
        _print_json({"speaker": person, "quotes": [_quote_json(q) for q in quotes]})
        return 0
    for quote in quotes:
        print(f"“{quote.text}” — {quote.speaker}\n    {_cited(quote)} [{quote.start}–{quote.end}]")
    return 0
