"""The command line. Imports no Qt unless it opens a window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

import reader
from reader.model.load import ArticleError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

PROG = "article-reader"


def _parser() -> argparse.ArgumentParser:
    import argparse  # not needed for the `--dump FILE` that scripts send

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read news articles: sections, a rendered pane, and every quote "
        "with who said it.",
        epilog="The library: --add PATH..., --search QUERY, --speakers, --quotes-by NAME "
        "(each with --json; `article-reader --speakers --help` shows their options).",
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="SOURCE",
        help="the article to open: a text, Markdown or saved web page file, or an http(s) "
        "link (default: the bundled article)",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dump", metavar="SOURCE", help="print the parsed article as JSON and exit")
    mode.add_argument(
        "--export-html", metavar="SOURCE", help="print the HTML the reading pane renders and exit"
    )
    mode.add_argument(
        "--export", metavar="SOURCE", help="write SOURCE's quotes and highlights (see --format, -o)"
    )
    parser.add_argument(
        "--format",
        choices=("markdown", "json"),
        default="markdown",
        help="export format: markdown notes, or W3C Web Annotation JSON (default: markdown)",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write the export to OUT, not stdout")
    parser.add_argument("--version", action="version", version=f"{PROG} {reader.__version__}")
    return parser


def _fail(error: ArticleError) -> int:
    print(f"{PROG}: error: {error}", file=sys.stderr)
    return 2


def _export(path: str, format_name: str, output: str | None) -> int:
    from reader.model.export import export
    from reader.sources import open_source
    from reader.store.database import FILE_NAME, Store, StoreError
    from reader.store.location import data_folder

    try:
        article = open_source(path)
    except ArticleError as error:
        return _fail(error)
    highlights = []
    store_file = data_folder() / FILE_NAME
    if store_file.exists():
        try:
            store = Store(store_file)
            highlights = store.placed(article)
            store.close()
        except StoreError as error:
            print(f"{PROG}: error: {store_file}: {error}", file=sys.stderr)
            return 2
    text = export(article, highlights, format_name)
    if output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        return 0
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        print(f"{PROG}: error: {output}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0


_printed = False  # set once an article was printed: the process has nothing left to do


def _print(path: str, dump: bool) -> int:
    """``--dump`` (the parsed article as JSON) or ``--export-html`` of ``path``."""
    global _printed
    _printed = True
    # One article, then exit: parsing makes no reference cycles worth collecting,
    # and the collector's passes over its many small objects cost a few percent.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _write(path, dump)
    finally:
        if collecting:
            gc.enable()


def _write(path: str, dump: bool) -> int:
    from reader.sources import open_source

    try:
        article = open_source(path)
    except ArticleError as error:
        return _fail(error)
    if dump:
        output = _json_line(article.to_dict())
    else:
        from reader.bundled import read_resource
        from reader.model.render import render_document

        output = render_document(article, read_resource("pane.css")).rstrip("\n").encode()
    sys.stdout.buffer.write(output)  # then the newline apart: no copy of megabytes
    sys.stdout.buffer.write(b"\n")
    return 0


def _json_line(fields: dict[str, object]) -> bytes:
    """``fields`` as one line of compact JSON in UTF-8 (no spaces after separators,
    non-ASCII characters as they are). orjson writes the UTF-8 bytes at once: the
    1.3 MB benchmark book in 2 ms, where the standard library took 25 ms; imported
    here, so that the window's start-up does not pay for it."""
    import orjson

    return orjson.dumps(fields)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 2 and arguments[0] == "--dump" and not arguments[1].startswith("-"):
        # The call scripts make, without building the parser (argparse's help
        # formatter alone imports shutil, zlib, bz2 and lzma).
        return _print(arguments[1], dump=True)
    from reader.library_cli import is_library_command

    if is_library_command(arguments):
        from reader.library_cli import main as library_main

        return library_main(arguments)
    args = _parser().parse_args(arguments)
    if args.export is not None:
        return _export(args.export, args.format, args.output)
    if args.dump is not None:
        return _print(args.dump, dump=True)
    if args.export_html is not None:
        return _print(args.export_html, dump=False)
    from reader.app import run

    return run(args.file)


def entry() -> None:
    """The process's entry point (``article-reader``, ``python -m reader``)."""
    try:
        code = main()
        if _printed:
            # A one-shot print: flush and leave without tearing down every object
            # the parse made (the operating system frees the memory at once).
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    except BrokenPipeError:  # `article-reader --dump x | head`: the reader stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        os._exit(1)
    sys.exit(code)


if __name__ == "__main__":
    entry()
