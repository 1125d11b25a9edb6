"""Any source the reader is given, a file path or a link, to one `Article`.

A link is fetched (`reader.fetch`) and the page kept in the data folder
(`reader.store.pages`); opening it again reads the kept page, offline and exactly
as it was read, until a reload asks for it afresh. The article's ``source`` is
the link itself, so its highlights and reading place are kept by the link.
"""

from __future__ import annotations

import contextlib
import re

from reader.model.article import Article

TYPE_CHECKING = False
if TYPE_CHECKING:
    import threading

    from reader.fetch import FetchLimits

# "scheme://…": a link (only http and https are fetched; others are refused as such).
_LINK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_link(source: str) -> bool:
    return _LINK.match(source.strip()) is not None


def open_source(
    source: str,
    *,
    refresh: bool = False,
    cancel: threading.Event | None = None,
    limits: FetchLimits | None = None,
) -> Article:
    """The article at ``source`` (raises `ArticleError`, `FetchCancelled` when
    ``cancel`` is set). A link is read from its kept page unless ``refresh``."""
    if not is_link(source):
        from reader.model.parse import parse_file

        return parse_file(source)
    url = source.strip()
    import threading

    from reader.model.webpage import load_extractor, parse_page
    from reader.store.pages import keep_page, kept_page

    kept = None if refresh else kept_page(url)
    if kept is not None:
        return parse_page(kept.html, url, url=kept.final_url, charset=kept.charset, source=url)
    from reader.fetch import fetch

    # The extractor's import (a few tenths of a second) overlaps the download.
    threading.Thread(target=load_extractor, name="load-extractor", daemon=True).start()
    page = fetch(url, limits=limits, cancel=cancel)
    article = parse_page(page.body, url, url=page.final_url, charset=page.charset, source=url)
    # A data folder that cannot be written loses the offline copy, not the article.
    with contextlib.suppress(OSError):
        keep_page(url, page.final_url, page.charset, page.body)
    return article
