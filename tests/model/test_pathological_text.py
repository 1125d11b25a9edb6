"""Pathological text costs linear time, not more.

These are complexity guards, not timing goals (those live in `make bench`):
each input is sized so that quadratic behaviour would take minutes, and the
limit is many times what linear work needs on the slowest machine we know.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from reader.model import parse
from reader.model.render import render_body

CASES: dict[str, Callable[[], str]] = {
    "1 MB with 100,000 unclosed marks": lambda: "Title\n\n" + 'word "' * 100_000 + "x" * 400_000,
    "a 5 MB single line": lambda: "Title\n\n" + "lorem ipsum dolor sit amet " * 190_000,
    "a 5 MB line of spaces": lambda: "Title\n\n" + " " * 5_000_000 + "x",
    "deeply nested quotes": lambda: "Title\n\n" + "“‘«„" * 25_000 + "x" + "“’»”" * 25_000,
    "thousands of headings": lambda: (
        "Title\n\n"
        + "".join(f'Heading {i}\n\nBody {i}, "we won," he said.\n\n' for i in range(5000))
    ),
    "100,000 straight marks": lambda: "Title\n\n" + '"a" ' * 100_000,
    "8,000 quotes from one office": lambda: (
        "Title\n\n" + "".join(f'"Item {i}," Lind\'s office said.\n\n' for i in range(8000))
    ),
    "500,000 closing marks after a space": lambda: "Title\n\n" + 'fine, " and ' * 500_000,
    "a name run of 100,000 initials": lambda: (
        "Title\n\n" + "Ada B. " * 100_000 + 'Moss said "we won."'
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_text_parses_in_linear_time(name: str) -> None:
    text = CASES[name]()
    started = time.perf_counter()
    article = parse(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"{name}: {elapsed:.1f} s"
    assert all(0 <= q.start < q.end <= len(text) for q in article.quotes)


def test_stray_opening_mark_never_swallows_the_rest() -> None:
    text = 'Title\n\nHe wrote "unfinished.\n\n"We will win," Rutte said.\n\nThe end.\n'
    article = parse(text)
    assert [q.text for q in article.quotes] == ["We will win"]
    assert "The end." in render_body(article)
