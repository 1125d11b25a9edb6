"""A library's quotes out: copied with citations (as the quote panel copies), or
exported as Markdown notes or CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from reader.model.cite import QuoteGroup, citation_of, cited_quotes_html, cited_quotes_text
from reader.model.library_results import QuoteHit, counted

CSV_COLUMNS = ("text", "speaker", "title", "authors", "date", "source", "start", "end")


def quote_citation(quote: QuoteHit) -> str:
    return citation_of(quote.authors, quote.title, quote.date, quote.source)


def _groups(quotes: Sequence[QuoteHit]) -> list[QuoteGroup]:
    """Consecutive quotes of one article share a citation."""
    groups: list[tuple[list[tuple[str, str | None]], str]] = []
    last_article: int | None = None
    for quote in quotes:
        if quote.article != last_article:
            groups.append(([], quote_citation(quote)))
            last_article = quote.article
        groups[-1][0].append((quote.text, quote.speaker))
    return list(groups)


def quotes_as_text(quotes: Sequence[QuoteHit]) -> str:
    """For the clipboard: each quote with its speaker, each article's citation after it."""
    return cited_quotes_text(_groups(quotes))


def quotes_as_html(quotes: Sequence[QuoteHit]) -> str:
    return cited_quotes_html(_groups(quotes))


def _markdown_quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def quotes_as_markdown(title: str, quotes: Sequence[QuoteHit]) -> str:
    """A heading, then each quote as a block quote with its speaker and citation."""
    blocks = [f"# {title}", counted(len(quotes), "quote")]
    for quote in quotes:
        blocks.append(
            f"{_markdown_quote(f'“{quote.text}”')}\n>\n"
            f"> — **{quote.speaker or 'unattributed'}**, {quote_citation(quote)}"
        )
    return "\n\n".join(blocks) + "\n"


def quotes_as_csv(quotes: Sequence[QuoteHit]) -> str:
    """One row per quote under a header row (`CSV_COLUMNS`); authors joined by "; "."""
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for quote in quotes:
        writer.writerow(
            (
                quote.text,
                quote.speaker or "",
                quote.title,
                "; ".join(quote.authors),
                quote.date or "",
                quote.source,
                quote.start,
                quote.end,
            )
        )
    return output.getvalue()


def exported_quotes(format_name: str, title: str, quotes: Sequence[QuoteHit]) -> str:
    """The quotes as ``"csv"`` (`quotes_as_csv`) or Markdown notes under ``title``."""
    return quotes_as_csv(quotes) if format_name == "csv" else quotes_as_markdown(title, quotes)
