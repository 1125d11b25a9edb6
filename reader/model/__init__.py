"""The shared parsing model: pure Python, no Qt."""

from reader.model.article import Article, Paragraph, Quote, Section, Span
from reader.model.load import ArticleError
from reader.model.parse import parse, parse_file

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
