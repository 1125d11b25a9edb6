"""An article as the library stores it: small, plain and picklable (bulk adds make
them in worker processes)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from reader.model.anchoring import content_hash
from reader.model.article import Article


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    text: str
    speaker: str | None
    speaker_kind: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What tells a file unchanged without reading it."""

    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An article as the library keeps it (small and picklable: made in worker processes)."""

    path: str  # the file's absolute path, links resolved (or the link it came from)
    source: str  # what a citation names: the file or the link
    title: str
    authors: tuple[str, ...]
    date: str | None
    text: str
    content_hash: str
    source_format: str
    quotes: tuple[QuoteRecord, ...]
    stamp: FileStamp | None = None
    body_start: int = 0  # where the text after the title and byline begins


def record_of(
    article: Article, source: str | None = None, stamp: FileStamp | None = None
) -> ArticleRecord:
    """The library's record of a parsed ``article``."""
    path = os.path.realpath(article.path) if article.path else (source or "")
    quotes = tuple(
        QuoteRecord(q.text, q.speaker, q.speaker_kind, q.start, q.end) for q in article.quotes
    )
    return ArticleRecord(
        path=path,
        source=source or path,
        title=article.title,
        authors=article.authors,
        date=article.date,
        text=article.text,
        content_hash=content_hash(article.text),
        source_format=article.source_format,
        quotes=quotes,
        stamp=stamp,
        body_start=_body_start(article),
    )


def _body_start(article: Article) -> int:
    """Where the lead (or else the first section, or else the footer) begins."""
    starts = [
        *(p.start for p in article.lead[:1]),
        *(s.heading.start for s in article.sections[:1]),
        *(p.start for p in article.footer[:1]),
    ]
    return starts[0] if starts else 0


def stamp_of(path: str | os.PathLike[str]) -> FileStamp | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return FileStamp(status.st_size, status.st_mtime_ns)
