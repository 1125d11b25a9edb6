"""A library's quotes copied with their citations, and exported as Markdown and CSV."""

from __future__ import annotations

import csv
import io

from reader.model.library_export import (
    quotes_as_csv,
    quotes_as_html,
    quotes_as_markdown,
    quotes_as_text,
)
from reader.model.library_results import QuoteHit


def hit(quote: int, article: int, text: str, speaker: str | None, title: str) -> QuoteHit:
    return QuoteHit(
        quote=quote,
        article=article,
        text=text,
        speaker=speaker,
        title=title,
        authors=("Test Desk",),
        source=f"/news/{article}.txt",
        date="2025-10-14",
        start=10 * quote,
        end=10 * quote + 5,
    )


QUOTES = [
    hit(1, 7, "Every launcher counts", "Mark Rutte", "Air defence"),
    hit(2, 7, "We stand together", "Mark Rutte", "Air defence"),
    hit(3, 9, 'Winter is "coming", early', None, "Power cuts"),
]


def test_copied_quotes_carry_each_articles_citation_once() -> None:
    assert quotes_as_text(QUOTES) == (
        "“Every launcher counts” — Mark Rutte\n\n“We stand together” — Mark Rutte\n\n"
        "Source: Test Desk, “Air defence”, 2025-10-14 (7.txt)\n\n"
        '“Winter is "coming", early” — unattributed\n\n'
        "Source: Test Desk, “Power cuts”, 2025-10-14 (9.txt)\n"
    )
    rich = quotes_as_html(QUOTES)
    assert rich.count("<cite>") == 2 and "&quot;coming&quot;" in rich


def test_markdown_notes_quote_and_cite_every_quote() -> None:
    notes = quotes_as_markdown("Quotes by Mark Rutte", QUOTES[:2])
    assert notes.startswith("# Quotes by Mark Rutte\n\n2 quotes\n\n> “Every launcher counts”\n")
    assert notes.count("> — **Mark Rutte**, Test Desk, “Air defence”, 2025-10-14 (7.txt)") == 2


def test_csv_has_a_header_and_one_row_per_quote_that_reads_back() -> None:
    rows = list(csv.reader(io.StringIO(quotes_as_csv(QUOTES))))
    assert rows[0] == ["text", "speaker", "title", "authors", "date", "source", "start", "end"]
    assert rows[3] == [
        'Winter is "coming", early', "", "Power cuts", "Test Desk", "2025-10-14",
        "/news/9.txt", "30", "35",
    ]  # fmt: skip
    assert len(rows) == 4
