"""Quotes with attribution, as a reader pastes them into their notes."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

from reader.model.article import Article, Quote
from reader.model.highlights import Highlight


def citation_of(authors: Sequence[str], title: str, date: str | None, source: str | None) -> str:
    """``Oleksandra Opanasenko, “Title”, undated (000_fa23456de02c1621.txt)``."""
    named = ", ".join(authors) if authors else "Unknown author"
    where = f" ({os.path.basename(source)})" if source else ""
    return f"{named}, “{title}”, {date or 'undated'}{where}"


def citation(article: Article) -> str:
    """The citation of ``article`` (see `citation_of`)."""
    return citation_of(article.authors, article.title, article.date, article.path)


# A quote's words and its speaker, and the citation of the quotes it is grouped with.
QuoteGroup = tuple[Sequence[tuple[str, str | None]], str]


def cited_quotes_text(groups: Sequence[QuoteGroup]) -> str:
    """Each quote in curly marks with its speaker, each group's citation after it."""
    blocks: list[str] = []
    for quotes, cited in groups:
        lines = [f"“{text}” — {speaker or 'unattributed'}" for text, speaker in quotes]
        blocks.append("\n\n".join(lines) + f"\n\nSource: {cited}\n")
    return "\n".join(blocks)


def cited_quotes_html(groups: Sequence[QuoteGroup]) -> str:
    """The same as `cited_quotes_text`, for rich paste."""
    parts: list[str] = []
    for quotes, cited in groups:
        parts.extend(
            f"<blockquote><p>“{html.escape(text)}”</p>"
            f"<p>— <b>{html.escape(speaker or 'unattributed')}</b></p></blockquote>"
            for text, speaker in quotes
        )
        parts.append(f"<p><cite>Source: {html.escape(cited)}</cite></p>\n")
    return "\n".join(parts)


def _group(article: Article, quotes: Sequence[Quote]) -> QuoteGroup:
    return [(quote.text, quote.speaker) for quote in quotes], citation(article)


def quotes_as_text(article: Article, quotes: Sequence[Quote]) -> str:
    """Each quote in curly marks with its speaker, then one citation line."""
    return cited_quotes_text([_group(article, quotes)])


def quotes_as_html(article: Article, quotes: Sequence[Quote]) -> str:
    """The same as `quotes_as_text`, for rich paste."""
    return cited_quotes_html([_group(article, quotes)])


def highlights_as_text(article: Article, highlights: Sequence[Highlight]) -> str:
    """Each highlighted passage (with its note), then one citation line."""
    blocks = [f"“{h.text}”" + (f"\nNote: {h.note}" if h.note else "") for h in highlights]
    return "\n\n".join(blocks) + f"\n\nSource: {citation(article)}\n"


def highlights_as_html(article: Article, highlights: Sequence[Highlight]) -> str:
    blocks = [
        f"<blockquote><p>“{html.escape(h.text)}”</p>"
        + (f"<p><i>Note: {html.escape(h.note)}</i></p>" if h.note else "")
        + "</blockquote>"
        for h in highlights
    ]
    return "\n".join(blocks) + f"\n<p><cite>Source: {html.escape(citation(article))}</cite></p>\n"
