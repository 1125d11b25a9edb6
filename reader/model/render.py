"""Article to HTML, through Markdown, with anchors the views can find.

Every section heading carries ``id="<section id>"``; every quote is a
``<span class="quote" id="<quote id>">`` whose closing mark sits in a
``<span class="quote-end" id="<quote id>-end">``, so a view can find where a
quote starts and ends in its own document. Raw HTML in the source is shown as
text, never interpreted, and images become labelled links: nothing is loaded.
"""

from __future__ import annotations

import bisect
import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from reader.model.article import Article, Paragraph, Quote, Span

# Private-use characters mark where quotes, headings, the lead and the footer
# are; they are removed from the source first, so they cannot be forged.
_QUOTE_OPEN, _QUOTE_ID_END, _QUOTE_CLOSE = "\ue000", "\ue001", "\ue002"
_HEADING_OPEN, _HEADING_CLOSE = "\ue003", "\ue004"
_LEAD, _FOOTER = "\ue005", "\ue006"
_FLAGS = "\ue007"  # between a quote's id and its flags; never "|", which splits table cells
_MARKERS = re.compile("[\ue000-\ue007]")
# What is left of the markers once Markdown has made its blocks and spans: a quote
# opener with its id and flags, a heading number, or a lone marker.
_STRAY = re.compile(
    f"{_QUOTE_OPEN}q\\d*{_FLAGS}?[se]*{_QUOTE_ID_END}?|{_HEADING_OPEN}\\d*{_HEADING_CLOSE}"
    "|[\ue000-\ue007]"
)

_PLAIN_ESCAPES = str.maketrans(
    {c: "\\" + c for c in "\\`*_[]{}"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
)
_INDENT = re.compile(r"\n[ \t]+")
_LINE_START = re.compile(r"^(?:([#+\-*])|(\d+)([.)]))", re.MULTILINE)


class _QuoteSpanProcessor(InlineProcessor):
    """``\\ue000q3\\ue007se\\ue001 “…” \\ue002`` to ``<span class="quote" id="q3">…</span>``."""

    def handleMatch(  # type: ignore[override]  # the stubs give Pattern's signature
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        quote_id, flags, content = m.group(1), m.group(2), m.group(3)
        span = etree.Element("span", {"class": "quote"})
        if "s" in flags:
            span.set("id", quote_id)
        if "e" in flags and content:
            span.text = content[:-1]
            closing = etree.SubElement(
                span, "span", {"class": "quote-end", "id": f"{quote_id}-end"}
            )
            closing.text = content[-1]
        else:
            span.text = content
        return span, m.start(0), m.end(0)


class _StructureTreeprocessor(Treeprocessor):
    """Turns the heading, lead and footer markers into ids and classes."""

    def __init__(self, md: markdown.Markdown, section_ids: list[str]) -> None:
        super().__init__(md)
        self.section_ids = section_ids

    def run(self, root: etree.Element) -> None:
        for element in root:
            text = element.text or ""
            if element.tag == "h2" and text.startswith(_HEADING_OPEN):
                close = text.index(_HEADING_CLOSE)
                element.set("id", self.section_ids[int(text[1:close])])
                element.set("class", "section")
                element.text = text[close + 1 :]
            elif text.startswith(_LEAD):
                element.set("class", "lead")
                element.text = text[1:]
            elif text.startswith(_FOOTER):
                element.set("class", "footer")
                element.text = text[1:]


class _StrayMarkerTreeprocessor(Treeprocessor):
    """Removes markers with nothing left to mark, after the quote spans are made.

    A marker Markdown moved off its block's start (a lead line that became a table
    cell), or a quote whose marks Markdown put in two blocks (a dash line that
    became a heading), marks nothing: it goes, so the reader never sees it.
    """

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.text and _STRAY.search(element.text):
                element.text = _STRAY.sub("", element.text)
            if element.tail and _STRAY.search(element.tail):
                element.tail = _STRAY.sub("", element.tail)


class _ImageToLinkTreeprocessor(Treeprocessor):
    """An image becomes a link labelled with its description: nothing is fetched."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag != "img":
                    continue
                link = etree.Element("a", {"href": child.get("src", ""), "class": "image"})
                link.text = f"[image: {child.get('alt') or child.get('src', '')}]"
                link.tail = child.tail
                parent.remove(child)
                parent.insert(index, link)


def _markdown(section_ids: list[str], source_format: str) -> markdown.Markdown:
    # An extension instance, not its name: naming one makes Markdown scan every
    # installed package's entry points, a noticeable part of start-up.
    extensions: list[markdown.extensions.Extension] = [SaneListExtension(), TableExtension()]
    if source_format != "text":  # plain text has no fences: "~~~" is just text there
        from markdown.extensions.fenced_code import FencedCodeExtension  # (imports Pygments)

        extensions.append(FencedCodeExtension())
    md = markdown.Markdown(extensions=extensions, output_format="html")
    md.preprocessors.deregister("html_block")  # raw HTML is text
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.register(
        _QuoteSpanProcessor(
            f"{_QUOTE_OPEN}(q\\d+){_FLAGS}(s?e?){_QUOTE_ID_END}(.*?){_QUOTE_CLOSE}", md
        ),
        "reader-quote",
        200,
    )
    md.treeprocessors.register(_StructureTreeprocessor(md, section_ids), "reader-structure", 30)
    md.treeprocessors.register(_ImageToLinkTreeprocessor(md), "reader-images", 15)
    # After the inline processor (20) has made the quote spans.
    md.treeprocessors.register(_StrayMarkerTreeprocessor(md), "reader-stray-markers", 12)
    return md


def _escape_plain(text: str) -> str:
    """Plain text as Markdown that renders to exactly that text."""
    # Indentation would make a code block; the text is shown as flowing prose.
    flowing = _INDENT.sub("\n", _strip_markers(text).translate(_PLAIN_ESCAPES))
    return _LINE_START.sub(_escape_line_start, flowing)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)  # a list marker or heading: \- \#
    return f"{match.group(2)}\\{match.group(3)}"  # a numbered list: 1\.


def _segments_by_paragraph(quotes: Iterable[Quote]) -> dict[int, list[tuple[Span, str, str]]]:
    """Quote segments keyed by the offset of the paragraph start they fall in."""
    found: dict[int, list[tuple[Span, str, str]]] = {}
    for quote in quotes:
        segments = quote.segments or (Span(quote.start, quote.end),)
        for number, segment in enumerate(segments):
            flags = ("s" if number == 0 else "") + ("e" if number == len(segments) - 1 else "")
            found.setdefault(segment.start, []).append((segment, quote.id, flags))
    return found


def _paragraph_source(
    article: Article, paragraph: Paragraph, segments: list[tuple[Span, str, str]]
) -> str:
    escape = _escape_plain if article.source_format == "text" else _strip_markers
    if paragraph.code:
        return _strip_markers(paragraph.text)
    pieces: list[str] = []
    cursor = paragraph.start
    for segment, quote_id, flags in segments:
        pieces.append(escape(article.text[cursor : segment.start]))
        inner = escape(article.text[segment.start : segment.end])
        pieces.append(f"{_QUOTE_OPEN}{quote_id}{_FLAGS}{flags}{_QUOTE_ID_END}{inner}{_QUOTE_CLOSE}")
        cursor = segment.end
    pieces.append(escape(article.text[cursor : paragraph.end]))
    return "".join(pieces)


def _strip_markers(text: str) -> str:
    return _MARKERS.sub("", text)


def article_markdown(article: Article) -> str:
    """The Markdown the pane renders: body, headings and quotes with markers."""
    by_offset = _segments_by_paragraph(article.quotes)
    quote_starts = sorted(by_offset)
    blocks: list[str] = []

    def add(paragraph: Paragraph, marker: str = "") -> None:
        segments = [
            item for start in _starts_within(quote_starts, paragraph) for item in by_offset[start]
        ]
        source = _paragraph_source(article, paragraph, segments)
        blocks.append(marker + source if marker and not paragraph.code else source)

    for paragraph in article.lead:
        add(paragraph, _LEAD)
    for number, section in enumerate(article.sections):
        title = (
            _escape_plain(section.title)
            if article.source_format == "text"
            else _strip_markers(section.title)
        )
        blocks.append(f"## {_HEADING_OPEN}{number}{_HEADING_CLOSE}{title}")
        for paragraph in section.paragraphs:
            add(paragraph)
    for paragraph in article.footer:
        # Markdown's footer is its link definitions: a marker would unmake them.
        add(paragraph, _FOOTER if article.source_format == "text" else "")
    return "\n\n".join(blocks) + "\n"


def _starts_within(starts: list[int], paragraph: Paragraph) -> list[int]:
    low = bisect.bisect_left(starts, paragraph.start)
    high = bisect.bisect_left(starts, paragraph.end)
    return starts[low:high]


def byline(article: Article) -> str:
    """``By Oleksandra Opanasenko · Undated``: what the pane shows under the title."""
    authors = ", ".join(article.authors) if article.authors else "Unknown author"
    return f"By {authors} · {article.date or 'Undated'}"


def render_body(article: Article) -> str:
    """The article as an HTML fragment: title, byline, lead, sections, footer."""
    md = _markdown([section.id for section in article.sections], article.source_format)
    # A marker inside a fenced code block never reaches the tree processors (the code
    # is stashed as HTML): what survives conversion marks nothing and goes.
    body: str = _MARKERS.sub("", md.convert(article_markdown(article)))
    header = (
        f'<h1 class="title">{html.escape(_strip_markers(article.title))}</h1>\n'
        f'<p class="byline">{html.escape(_strip_markers(byline(article)))}</p>\n'
    )
    return header + body


def render_document(article: Article, stylesheet: str) -> str:
    """A complete, self-contained HTML page (for ``--export-html``)."""
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(article.title)}</title>\n"
        f"<style>\n{stylesheet}\n</style>\n</head>\n<body>\n"
        f"{render_body(article)}</body>\n</html>\n"
    )
