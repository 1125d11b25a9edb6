"""Quotes with attribution, as a reader pastes them into their notes."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

from reader.model.article import Article, Quote
from reader.model.highlights import Highlight


def citation(article: Article) -> str:
    """``Oleksandra Opanasenko, “Title”, undated (000_fa23456de02c1621.txt)``."""
    authors = ", ".join(article.authors) if article.authors else "Unknown author"
    source = f" ({os.path.basename(article.path)})" if article.path else ""
    return f"{authors}, “{article.title}”, {article.date or 'undated'}{source}"


def _speaker(quote: Quote) -> str:
    return quote.speaker or "unattributed"


def quotes_as_text(article: Article, quotes: Sequence[Quote]) -> str:
    """Each quote in curly marks with its speaker, then one citation line."""
    lines = [f"“{quote.text}” — {_speaker(quote)}" for quote in quotes]
    return "\n\n".join(lines) + f"\n\nSource: {citation(article)}\n"


def quotes_as_html(article: Article, quotes: Sequence[Quote]) -> str:
    """The same as `quotes_as_text`, for rich paste."""
    blocks = [
        f"<blockquote><p>“{html.escape(quote.text)}”</p>"
        f"<p>— <b>{html.escape(_speaker(quote))}</b></p></blockquote>"
        for quote in quotes
    ]
    return "\n".join(blocks) + f"\n<p><cite>Source: {html.escape(citation(article))}</cite></p>\n"


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
