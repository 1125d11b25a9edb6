"""Files that ship inside the package: the bundled articles and the resources.

They are plain files beside the modules (the wheel installs them so), found from
their packages' folders: `importlib.resources` would add a few milliseconds of
imports (zipfile and more) to every start.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

DEFAULT_ARTICLE = "000_fa23456de02c1621.txt"


def _folder(package: str) -> Path:
    return Path(next(iter(importlib.import_module(package).__path__)))


@cache
def read_resource(name: str) -> str:
    """The text of ``resources/<name>`` (read once: the theme and size reuse it)."""
    return resource_path(name).read_text(encoding="utf-8")


def resource_path(name: str) -> Path:
    return _folder("reader.resources") / name


def default_article_path() -> Path:
    """The bundled seed article, opened when no file is given."""
    return _folder("reader.seeds") / DEFAULT_ARTICLE
