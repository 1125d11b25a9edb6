"""An `Article` as a Qt text document, built on any thread.

Rendering a book-size article takes seconds, so it happens beside the GUI
thread: the worker parses, renders the HTML, builds the `QTextDocument` (in
pieces, so the GUI thread gets Python's lock between them), finds where every
heading and quote landed in it, and hands the finished document over. The GUI
thread only swaps it in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThread, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from reader.bundled import read_resource
from reader.model.article import Article
from reader.model.load import ArticleError
from reader.model.parse import parse_changed_file, parse_file
from reader.model.render import render_body
from reader.model.textmap import TextMap
from reader.sources import is_link, open_source

TYPE_CHECKING = False
if TYPE_CHECKING:
    import threading

    from reader.fetch import FetchLimits

BODY_FONTS = ["Charter", "Georgia", "Source Serif 4", "DejaVu Serif", "Nimbus Roman", "serif"]
BODY_POINT_SIZE = 12.5
SIDE_PADDING = 32


@dataclass(frozen=True)
class DocumentStyle:
    """How the pane's documents look: the stylesheet and the body text size."""

    stylesheet: str
    point_size: float = BODY_POINT_SIZE


def reading_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(BODY_FONTS)
    font.setPointSizeF(point_size)
    return font


def pane_stylesheet() -> str:
    """The pane's base stylesheet, as shipped in ``resources/``."""
    return read_resource("pane.css")


def default_style() -> DocumentStyle:
    return DocumentStyle(pane_stylesheet())


def new_document(
    html: str, style: DocumentStyle | None = None, *, in_pieces: bool = False
) -> QTextDocument:
    """A document styled like the reading pane, holding ``html``.

    ``in_pieces`` builds it a few dozen kilobytes at a time: Qt holds Python's
    lock for the whole of one ``setHtml``, so a book-size article built in one
    call would freeze the window even from another thread.
    """
    style = style or default_style()
    document = QTextDocument()
    document.setDefaultStyleSheet(style.stylesheet)
    document.setDefaultFont(reading_font(style.point_size))
    document.setDocumentMargin(SIDE_PADDING)
    document.setUndoRedoEnabled(False)
    if not in_pieces:
        document.setHtml(html)
        return document
    cursor = QTextCursor(document)
    for number, piece in enumerate(html_pieces(html)):
        if number:
            cursor.insertBlock()  # each piece starts a block of its own
        cursor.insertHtml(piece)
    return document


_OPENS = re.compile(r"<(?:blockquote|ul|ol|pre|table|div)\b")
_CLOSES = re.compile(r"</(?:blockquote|ul|ol|pre|table|div)>")


def html_pieces(html: str, size: int = 20_000) -> Iterator[str]:
    """``html`` cut between top-level elements into pieces of about ``size`` characters."""
    piece: list[str] = []
    length = depth = 0
    for line in html.split("\n"):
        if depth == 0 and length >= size:
            yield "\n".join(piece)
            piece, length = [], 0
        piece.append(line)
        length += len(line)
        depth += len(_OPENS.findall(line)) - len(_CLOSES.findall(line))
    if piece:
        yield "\n".join(piece)


def collect_anchors(document: QTextDocument) -> dict[str, int]:
    """Where each element with an id starts in ``document``.

    One ``textFormats()`` call per block rather than a fragment iterator: far
    fewer calls into Qt, which matters when this runs beside the GUI thread.
    """
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        base = block.position()
        for piece in block.textFormats():
            for name in piece.format.anchorNames():
                found.setdefault(name, base + piece.start)
        block = block.next()
    return found


@dataclass
class RenderedArticle:
    """One article, its HTML and its document, ready for the pane."""

    article: Article
    html: str
    document: QTextDocument
    anchors: dict[str, int]
    text_map: TextMap | None = None  # built beside the GUI thread for large files


def render_article(
    article: Article, style: DocumentStyle | None = None, *, in_pieces: bool = False
) -> RenderedArticle:
    html = render_body(article)
    return build(article, html, style, in_pieces=in_pieces)


def build(
    article: Article, html: str, style: DocumentStyle | None = None, *, in_pieces: bool = False
) -> RenderedArticle:
    """The document for already rendered ``html`` (a new theme or text size)."""
    document = new_document(html, style, in_pieces=in_pieces)
    return RenderedArticle(article, html, document, collect_anchors(document))


def _cancel_event() -> threading.Event:
    import threading  # only when a link is read: start-up on a file does without

    return threading.Event()


@dataclass(frozen=True)
class LinkFetch:
    """How a link is read: its limits, and an event that cancels the fetch."""

    limits: FetchLimits | None = None
    cancel: threading.Event = field(default_factory=_cancel_event)


def read_source(
    source: str, unchanged: str | None = None, fetch: LinkFetch | None = None
) -> Article | None:
    """The one place a source becomes an `Article` (on any thread): a file (text,
    Markdown, a saved web page) or a link.

    With ``unchanged`` (the text on screen, for a reload) None means the source
    still holds that text and nothing needs to be shown anew; a link is fetched
    again for a reload, and read from its kept page otherwise. Raises
    `ArticleError` with the reason a source cannot be used (`FetchCancelled`
    when ``fetch.cancel`` was set).
    """
    if is_link(source):
        fetch = fetch or LinkFetch()
        article = open_source(
            source, refresh=unchanged is not None, cancel=fetch.cancel, limits=fetch.limits
        )
        return None if article.text == unchanged else article
    if unchanged is None:
        return parse_file(source)
    return parse_changed_file(source, unchanged)


class LoaderSignals(QObject):
    loaded = Signal(object)  # RenderedArticle
    failed = Signal(str, str)  # path, message
    same = Signal(str)  # path: its text is the ``unchanged`` one, nothing to show anew


class ArticleLoader(QRunnable):
    """Reads (a file, or fetches a link), parses and renders one source on a pool
    thread, then moves the result to ``target``."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        target: QThread,
        style: DocumentStyle | None = None,
        unchanged: str | None = None,
        fetch: LinkFetch | None = None,
    ) -> None:
        super().__init__()
        self.path = os.fspath(path)
        self.target = target
        self.style = style
        self.unchanged = unchanged  # a reload: the text on screen
        self.fetch = fetch  # a link: its limits and cancel
        self.signals = LoaderSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            article = read_source(self.path, self.unchanged, self.fetch)
        except ArticleError as error:
            self.signals.failed.emit(self.path, str(error))
            return
        except Exception as error:  # a fault of the reader's: said, never a window left busy
            reason = f"the reader could not read it ({type(error).__name__}: {error})"
            self.signals.failed.emit(self.path, f"{self.path}: {reason}")
            return
        if article is None:  # saved again as it was: nothing to redo
            self.signals.same.emit(self.path)
            return
        rendered = render_article(article, self.style, in_pieces=True)
        # Mapping pane positions to the text takes a while on a book: do it here too.
        rendered.text_map = TextMap(rendered.document.toPlainText(), article.text)
        rendered.document.moveToThread(self.target)
        self.signals.loaded.emit(rendered)


class _BuilderSignals(QObject):
    built = Signal(object)  # RenderedArticle


class DocumentBuilder(QRunnable):
    """Builds the document for already rendered HTML on a pool thread (a long
    article in a new theme or text size), then moves it to ``target``."""

    def __init__(
        self,
        article: Article,
        html: str,
        style: DocumentStyle,
        target: QThread,
        text_map: TextMap | None,
    ) -> None:
        super().__init__()
        self.article, self.html, self.style = article, html, style
        self.target, self.text_map = target, text_map
        self.signals = _BuilderSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        rendered = build(self.article, self.html, self.style, in_pieces=True)
        rendered.text_map = self.text_map  # the same text: its map still holds
        rendered.document.moveToThread(self.target)
        self.signals.built.emit(rendered)
