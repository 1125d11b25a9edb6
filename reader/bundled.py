"""Files that ship inside the package: the bundled articles and the resources."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

DEFAULT_ARTICLE = "000_fa23456de02c1621.txt"


@cache
def read_resource(name: str) -> str:
    """The text of ``resources/<name>`` (read once: the theme and size reuse it)."""
    return (files("reader.resources") / name).read_text(encoding="utf-8")


def resource_path(name: str) -> Path:
    return Path(str(files("reader.resources") / name))


def default_article_path() -> Path:
    """The bundled seed article, opened when no file is given."""
    return Path(str(files("reader.seeds") / DEFAULT_ARTICLE))
