"""A web page (HTML bytes) to the article it holds, as Markdown with front matter.

The page is decoded, parsed without loading anything (no network, no scripts, no
entities from its DTD), stripped of what is not the article (navigation, share
bars, cookie banners, donation and subscription boxes, comments, "related"
lists, also inside ``<article>``), and its body extracted by trafilatura, whose
metadata reading (JSON-LD, meta tags, htmldate) gives the title, authors and
date. The result is Markdown for the one Markdown parser, so a page becomes the
same `Article` as a ``.md`` file. trafilatura and lxml are imported only here,
when a page is opened.
"""

from __future__ import annotations

import codecs
import logging
import os
import re

from reader.model.load import (
    MAX_BYTES,
    MHTML_SUFFIXES,
    ArticleError,
    decode,
    page_too_large,
    read_bytes,
    refuse_binary,
)
from reader.model.page_markdown import ExtractedPage, page_markdown

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from reader.model.article import Article

NO_ARTICLE = "no article text found on this page"
TOO_DEEP = "the page is nested too deeply to be read (its text lies past 256 levels)"
# A long read has a few thousand elements once its clutter is gone; past this the
# extractor needs minutes, so the page is refused rather than left to hang.
MAX_ELEMENTS = 150_000

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_BULK = re.compile(
    r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>",
    re.IGNORECASE | re.DOTALL,
)
_DATA_ADDRESS = re.compile(r"""\b(src|href|srcset)\s*=\s*(["'])data:[^"']*\2""", re.IGNORECASE)
_HTML_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.IGNORECASE)
# What browsers assume for a page of this language that names no charset (WHATWG's
# defaults by locale); any other language's page is windows-1252.
_LANGUAGE_CHARSETS = {
    **dict.fromkeys(("uk", "ru", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn"), "cp1251"),
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sq"), "cp1250"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "el": "cp1253", "tr": "cp1254", "az": "cp1254", "he": "cp1255", "ar": "cp1256",
    "fa": "cp1256", "ur": "cp1256", "vi": "cp1258", "th": "cp874", "ja": "shift_jis",
    "ko": "euc_kr", "zh": "gb18030",
}  # fmt: skip
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_WIDE_UNICODE = ("utf-16", "utf-32", "utf_16", "utf_32")
_LARGE_PAGE_CHARS = 4 * 1024 * 1024


def decode_page(data: bytes, name: str, declared: str | None = None) -> str:
    """The page's text: UTF-8 when its bytes are UTF-8 (whatever the page claims, as
    a wrong or missing charset is common), else the declared charset (from the HTTP
    header or the page's ``<meta>``), else the detected one."""
    if len(data) > MAX_BYTES:
        raise ArticleError(name, page_too_large())
    refuse_binary(data, name)
    charset = _known_codec(declared) or _known_codec(_sniffed_charset(data))
    if charset and charset.startswith(_WIDE_UNICODE):
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for candidate in (charset, _language_charset(data)):
        if candidate:
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                pass
    return decode(data, name)[0]


def _language_charset(data: bytes) -> str | None:
    """The charset a page that names none has by its language (``<html lang>``):
    detection guesses wrong on a page with few letters outside ASCII."""
    match = _HTML_LANG.search(data[:4096])
    if not match:
        return None
    return _LANGUAGE_CHARSETS.get(match.group(1).decode("ascii").lower(), "cp1252")


def _sniffed_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _known_codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def page_to_markdown(
    data: bytes, name: str, *, url: str | None = None, charset: str | None = None
) -> str:
    """The article in the page ``data`` as Markdown with front matter; `ArticleError`
    when the page holds no article. ``url`` (where the page came from) resolves its
    relative links; ``name`` is how errors name the page."""
    text = _without_bulk(decode_page(data, name, charset))
    tree, too_deep = parse_html(text, name)
    _refuse_oversized(tree, MAX_ELEMENTS * 4, name)  # before the cleaning walks it
    base = url or _declared_base(tree)
    _quiet_extractor_logs()
    from reader.model.page_clutter import remove_clutter

    remove_clutter(tree)
    _refuse_oversized(tree, MAX_ELEMENTS, name)
    try:
        extracted = _extract(tree, base, name, len(text))
    except ArticleError as error:
        if too_deep and error.reason == NO_ARTICLE:
            raise ArticleError(name, TOO_DEEP) from None
        raise
    markdown = page_markdown(extracted, base)
    if markdown is None:
        raise ArticleError(name, TOO_DEEP if too_deep else NO_ARTICLE)
    return markdown


def _without_bulk(text: str) -> str:
    """The page without its scripts (JSON-LD metadata kept), styles and inline data
    addresses: megabytes that are never text, and that the parser would stop at."""
    return _DATA_ADDRESS.sub(r"\1=\2\2", _BULK.sub("", text))


def _refuse_oversized(tree: HtmlElement, limit: int, name: str) -> None:
    elements = sum(1 for _ in tree.iter())
    if elements > limit:
        raise ArticleError(
            name, f"the page is too large to read ({elements:,} elements; the limit is {limit:,})"
        )


def parse_html(text: str, name: str) -> tuple[HtmlElement, bool]:
    """The page's element tree, parsed so that nothing is fetched and no entity of
    its own is expanded; comments and processing instructions are dropped. The flag
    says the page nests deeper than the parser goes (what lies deeper is cut off)."""
    from lxml import etree, html

    parser = html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, default_doctype=False
    )
    try:
        tree = html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError):
        raise ArticleError(name, NO_ARTICLE) from None
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    return tree, too_deep


def _declared_base(tree: HtmlElement) -> str | None:
    """Where a saved page says it came from: its ``<base>``, canonical link or og:url."""
    for xpath in (
        "//base/@href",
        "//link[@rel='canonical']/@href",
        "//meta[@property='og:url']/@content",
    ):
        found = tree.xpath(xpath)
        if found and str(found[0]).startswith(("http://", "https://")):
            return str(found[0])
    return None


def _extract(tree: HtmlElement, base: str | None, name: str, size: int) -> ExtractedPage:
    from trafilatura import bare_extraction

    # A book-size page skips the second-opinion extractors and the full-page date
    # search, which cost seconds per megabyte; a news page gets both.
    large = size > _LARGE_PAGE_CHARS
    try:
        document = bare_extraction(
            tree,
            url=base,
            fast=large,
            date_extraction_params={"extensive_search": not large, "original_date": True},
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=True,
            include_links=True,
            include_formatting=True,
        )
    except RecursionError:  # nesting too deep for the extractor's tree walks
        raise ArticleError(name, TOO_DEEP) from None
    if document is None or isinstance(document, dict) or document.body is None:
        raise ArticleError(name, NO_ARTICLE)
    named = (author.strip() for author in (document.author or "").split(";"))
    authors = tuple(author for author in named if _is_name(author))
    return ExtractedPage(
        title=(document.title or "").strip(),
        authors=authors,
        date=document.date or None,
        body=document.body,
        url=base,
    )


# A byline's job title that the extractor splits off as an author of its own
# ("Jane Doe, Senior Reporter").
_JOB_TITLE = re.compile(
    r"(?i)\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|"
    r"staff|producer|кореспондент(?:ка)?|редактор(?:ка)?|журналіст(?:ка)?|оглядач(?:ка)?)\b"
)


def _is_name(author: str) -> bool:
    return bool(author) and _JOB_TITLE.search(author) is None


def load_extractor() -> None:
    """Import the extractor now (trafilatura, lxml), e.g. while a page downloads."""
    import trafilatura  # noqa: F401

    _quiet_extractor_logs()


def _quiet_extractor_logs() -> None:
    # trafilatura logs a warning for every page it cannot use; the reader says why
    # itself, in one line, so the libraries' log lines must not reach the terminal.
    for logger in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        log = logging.getLogger(logger)
        if not log.handlers:
            log.addHandler(logging.NullHandler())


def parse_page(
    data: bytes,
    name: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    path: str | None = None,
    source: str | None = None,
) -> Article:
    """The `Article` in the web page ``data`` (raises `ArticleError`). ``path`` is the
    saved page's file, ``source`` what was opened (a link's URL)."""
    from reader.model.parse import parse

    markdown = page_to_markdown(data, name, url=url, charset=charset)
    return parse(markdown, "html", path, source)


def parse_page_file(path: str | os.PathLike[str]) -> Article:
    """A saved page (``.html``, ``.htm``, ``.xhtml``, or a single-file ``.mhtml``)."""
    name = os.fspath(path)
    data = read_bytes(name)
    if not data.strip():
        raise ArticleError(name, "the file is empty")
    if os.path.splitext(name)[1].lower() in MHTML_SUFFIXES:
        from reader.model.mhtml import page_of_mhtml  # the email package: only for MHTML

        page = page_of_mhtml(data, name)
        return parse_page(page.html, name, url=page.url, charset=page.charset, path=name)
    return parse_page(data, name, path=name)
