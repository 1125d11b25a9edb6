"""The shared parsing model: pure Python, no Qt.

The names below are loaded on first use, so that a part of the application that
only needs the model's types (the window, the store) does not import the parser.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # `typing` is not imported at run time: `--dump` starts faster
if TYPE_CHECKING:
    from reader.model.article import Article, Paragraph, Quote, Section, Span
    from reader.model.load import ArticleError
    from reader.model.parse import parse, parse_file

_HOMES = {
    "Article": "article",
    "Paragraph": "article",
    "Quote": "article",
    "Section": "article",
    "Span": "article",
    "ArticleError": "load",
    "parse": "parse",
    "parse_file": "parse",
}

__all__ = [
    "Article",
    "ArticleError",
    "Paragraph",
    "Quote",
    "Section",
    "Span",
    "parse",
    "parse_file",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"reader.model.{home}"), name)
