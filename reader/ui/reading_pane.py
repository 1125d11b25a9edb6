"""The reading pane: a `QTextBrowser` that shows one rendered `Article`.

It never navigates: internal anchors scroll, web and mail links go to the
system browser when clicked, every other scheme does nothing, and no resource
is ever loaded from outside the application.
"""

from __future__ import annotations

import bisect
import html
from typing import Any

from PySide6.QtCore import QObject, QPoint, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit, QWidget

from reader.model.article import Article
from reader.model.textmap import TextMap
from reader.ui.document import (
    DocumentBuilder,
    DocumentStyle,
    RenderedArticle,
    build,
    collect_anchors,
    default_style,
    new_document,
)

BACKGROUND_HTML = 400_000  # characters of HTML: a longer article restyles off the GUI thread
READING_WIDTH = 760  # px, padding included: about 70 characters a line
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened so that it cuts no word in half (as readers select)."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


class ReadingPane(QTextBrowser):
    """Renders the article and marks text with extra selections, never edits."""

    restyled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setAccessibleName("Article text")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow_link)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)  # the margins beside the column: the page colour
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(READING_WIDTH)
        self.setAcceptDrops(False)  # a dropped file is the window's to open
        self.style_for_documents = default_style()  # documents are built when there is text
        self._article: Article | None = None
        self._html = ""
        self._error_html = ""
        self._anchors: dict[str, int] | None = None
        self._section_starts: tuple[list[int], list[int]] | None = None
        # Painted in this order: highlights, then the chosen quote, then find matches.
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {
            "highlights": [],
            "quote": [],
            "find": [],
        }
        self._text_map: TextMap | None = None
        self._pending_top: int | None = None
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.verticalScrollBar().actionTriggered.connect(
            self._forget_pending
        )  # the reader scrolled
        self.extraContextActions: list[QAction] = []
        self._builders: set[QObject] = set()  # documents being built for a new style

    # ------------------------------------------------------------ content

    @property
    def article(self) -> Article | None:
        return self._article

    def show_rendered(self, rendered: RenderedArticle) -> None:
        """Show a document built for ``rendered.article`` (possibly on another thread)."""
        self._article = rendered.article
        self._html = rendered.html
        self._error_html = ""
        self._anchors = rendered.anchors
        self._section_starts = None
        self._text_map = rendered.text_map
        self._clear_marks()
        self._adopt(rendered.document)

    def show_error(self, message: str) -> None:
        """Show why a source (a file, a link) could not be opened, in place of the article."""
        self._article = None
        self._html = ""
        self._anchors = None
        self._section_starts = None
        self._text_map = None
        self._clear_marks()
        self._error_html = (
            '<h1 class="title">This article cannot be opened</h1>'
            f'<p class="byline">{html.escape(message)}</p>'
            "<p>Open another article with File › Open or File › Open Link.</p>"
        )
        self._adopt(new_document(self._error_html, self.style_for_documents))

    def set_style(self, style: DocumentStyle) -> None:
        """Show the same article in a new theme or text size, at the same place."""
        if style == self.style_for_documents:
            return
        self.style_for_documents = style
        if self._article is None:
            if self._error_html:
                self._adopt(new_document(self._error_html, style))
            return
        if len(self._html) >= BACKGROUND_HTML:
            self._restyle_in_background(style)
            return
        rendered = build(self._article, self._html, style)
        rendered.text_map = self._text_map  # the same text: its map still holds
        self._restyle(rendered)

    @property
    def restyling(self) -> bool:
        """True while a long article is being built in a new style off the GUI thread."""
        return self._restyling is not None

    _restyling: int | None = None
    _restyles = 0  # restyles started; only the newest one is shown

    def _restyle_in_background(self, style: DocumentStyle) -> None:
        """Build the new document beside the GUI thread; the reader keeps reading
        the old one meanwhile (its colours follow the palette at once)."""
        assert self._article is not None
        self._restyles += 1
        serial = self._restyling = self._restyles
        builder = DocumentBuilder(self._article, self._html, style, self.thread(), self._text_map)
        signals = builder.signals
        self._builders.add(signals)

        def built(rendered: RenderedArticle) -> None:
            self._builders.discard(signals)
            if serial == self._restyling:
                self._restyling = None
                if rendered.article is self._article:  # not another article since
                    self._restyle(rendered)

        signals.built.connect(built)
        QThreadPool.globalInstance().start(builder)

    def _restyle(self, rendered: RenderedArticle) -> None:
        offset = self.top_offset()
        # Marks belong to the old document: their owners repaint them (restyled).
        self.show_rendered(rendered)
        self.restyled.emit()
        if offset is not None:
            self.scroll_to_offset(offset)

    def _adopt(self, document: QTextDocument) -> None:
        # A document parented to the editor is deleted by Qt when replaced.
        document.setParent(self)
        self.setDocument(document)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Nothing is loaded: the article's content never reaches outside the window."""
        return None

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment():
            self.scroll_to_anchor(url.fragment())
        elif url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)

    # ------------------------------------------------------------ positions

    def anchor_position(self, name: str) -> int | None:
        """Where the element with ``id=name`` starts in the document."""
        if self._anchors is None:
            self._anchors = collect_anchors(self.document())
        return self._anchors.get(name)

    def section_at(self, position: int) -> int:
        """The row of the last section whose heading starts at or before ``position``
        in the document, -1 before the first. Headings are found once per document,
        so following the reading position is a bisection."""
        if self._section_starts is None:
            sections = self._article.sections if self._article else ()
            found = [(self.anchor_position(s.id), row) for row, s in enumerate(sections)]
            self._section_starts = ([s for s, _ in found if s is not None],
                                    [r for s, r in found if s is not None])  # fmt: skip
        starts, rows = self._section_starts
        index = bisect.bisect_right(starts, position) - 1
        return rows[index] if index >= 0 else -1

    def quote_range(self, quote_id: str) -> tuple[int, int] | None:
        start = self.anchor_position(quote_id)
        end = self.anchor_position(f"{quote_id}-end")
        if start is None or end is None:
            return None
        return start, end + 1

    def position_top(self, position: int) -> float:
        """The y of the line holding ``position``, in document coordinates."""
        document = self.document()
        block = document.findBlock(position)
        rect = document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if position > block.position() and layout is not None and layout.lineCount():
            line = layout.lineForTextPosition(position - block.position())
            if line.isValid():
                return rect.top() + line.y()
        return rect.top()

    def top_position(self) -> int:
        """The document position at the top edge of what the reader sees."""
        # The left edge: the first character of the top line, not somewhere inside it.
        return self.cursorForPosition(QPoint(0, 2)).position()

    def top_offset(self) -> int | None:
        """The article offset at the top of the view (kept across sizes and reloads)."""
        text_map = self.text_map()
        return None if text_map is None else text_map.to_source(self.top_position())

    def scroll_to_offset(self, offset: int) -> bool:
        """Bring the line holding article ``offset`` to the top of the view (now, or
        as soon as the pane is laid out and can scroll that far)."""
        if offset <= 0:
            self._scroll_to(0)
            return True
        text_map = self.text_map()
        position = None if text_map is None else text_map.to_rendered(offset)
        if position is None:
            return False
        self._scroll_to(int(self.position_top(position)))
        return True

    def _scroll_to(self, top: int) -> None:
        """Scroll to ``top``; if the document is not laid out that far yet (Qt lays out
        a large document a piece at a time), get there as the layout grows."""
        bar = self.verticalScrollBar()
        bar.setValue(top)
        self._pending_top = top if top > bar.maximum() else None

    def _forget_pending(self, *_: object) -> None:
        self._pending_top = None

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._pending_top is not None and maximum > 0:
            top = self._pending_top
            self.verticalScrollBar().setValue(top)
            if maximum >= top:
                self._pending_top = None

    def text_map(self) -> TextMap | None:
        """Pane positions to article offsets (built on first use, once per document)."""
        if self._article is None:
            return None
        if self._text_map is None:
            self._text_map = TextMap(self.document().toPlainText(), self._article.text)
        return self._text_map

    def selection_in_article(self) -> tuple[int, int] | None:
        """The selected text as article offsets, None when nothing maps."""
        cursor = self.textCursor()
        text_map = self.text_map()
        if not cursor.hasSelection() or text_map is None:
            return None
        start = text_map.to_source(cursor.selectionStart())
        end = text_map.to_source(cursor.selectionEnd(), end=True)
        if start is None or end is None or end <= start or self._article is None:
            return None
        return whole_words(self._article.text, start, end)

    def article_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Article offsets as pane positions."""
        text_map = self.text_map()
        if text_map is None:
            return None
        first = text_map.to_rendered(start)
        last = text_map.to_rendered(end, end=True)
        if first is None or last is None or last <= first:
            return None
        return first, last

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.extraContextActions:
            menu.addSeparator()
            menu.addActions(self.extraContextActions)
        menu.exec(event.globalPos())

    # ------------------------------------------------------------ scrolling

    def scroll_to_anchor(self, name: str) -> bool:
        position = self.anchor_position(name)
        if position is None:
            return False
        block = self.document().findBlock(position)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self._scroll_to(int(top))
        return True

    def reveal(self, start: int, end: int) -> None:
        """Scroll so ``[start, end)`` is in view, a third of the way down if it was not."""
        self._pending_top = None
        top = self.position_top(start)
        bottom = self.position_top(max(start, end - 1)) + self.fontMetrics().height() * 1.6
        bar = self.verticalScrollBar()
        view_top, view_height = bar.value(), self.viewport().height()
        if top >= view_top and bottom <= view_top + view_height:
            return
        target = top - view_height / 3 if bottom - top < view_height * 2 / 3 else top - 12
        self._scroll_to(int(max(0, target)))

    # ------------------------------------------------------------ marking

    def set_marks(self, layer: str, ranges: list[tuple[int, int, QColor]]) -> None:
        """Replace one layer of marks (quote, highlights, find) with ``ranges``."""
        selections: list[QTextEdit.ExtraSelection] = []
        for start, end, colour in ranges:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[misc]
            char_format = QTextCharFormat()
            char_format.setBackground(colour)
            selection.format = char_format  # type: ignore[misc]
            selections.append(selection)
        self._layers[layer] = selections
        self.setExtraSelections([s for marks in self._layers.values() for s in marks])

    def _clear_marks(self) -> None:
        for layer in self._layers.values():
            layer.clear()
        self.setExtraSelections([])

    def marked_text(self, layer: str) -> list[str]:
        return [s.cursor.selectedText() for s in self._layers.get(layer, [])]

    # ------------------------------------------------------------ layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The same paragraph stays at the top when a new width changes the layout.
        scrolled = self.isVisible() and self.verticalScrollBar().value() > 0
        keep = self.top_offset() if scrolled else None
        # The event is the viewport's; the column is centred in the whole widget.
        self._centre_column(self.width())
        super().resizeEvent(event)
        if keep is not None:
            QTimer.singleShot(0, lambda: self.scroll_to_offset(keep))

    def _centre_column(self, width: int) -> None:
        scrollbar = self.verticalScrollBar().sizeHint().width()
        usable = width - scrollbar - 2 * self.frameWidth()
        spare = max(0, usable - READING_WIDTH)
        margins = (spare // 2, 0, spare - spare // 2, 0)
        current = self.viewportMargins()
        if (current.left(), current.top(), current.right(), current.bottom()) != margins:
            self.setViewportMargins(*margins)
        wrap = max(200, min(READING_WIDTH, usable))
        if wrap != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(wrap)
