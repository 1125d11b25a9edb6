"""trafilatura's extracted body (its small XML vocabulary) to Markdown with front matter.

Headings ``h2``–``h4`` become ``##`` sections; paragraphs, lists, block quotes,
tables and code stay what they are; links stay links. Links are written as
collapsed references (``[words][]``, the addresses listed at the end), so the
article's text holds its words and not its addresses; images are listed after
the text as image links (the renderer shows them as labelled links, never loads
them), so their descriptions are not taken for the article's words. Both lists
are the article's footer. Text is escaped:
nothing in the page can become Markdown markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urljoin

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lxml.etree import _Element


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    title: str
    authors: tuple[str, ...]
    date: str | None
    body: _Element
    url: str | None


_SPACE = re.compile(r"\s+")
_INLINE_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]"})
_LINE_START = re.compile(r"^(?:[#>]|[+\-](?=\s)|(\d+)([.)])(?=\s))")
_EMPHASIS = {"#b": "**", "#strong": "**", "#i": "*", "#em": "*"}
# Short lines that are the page talking about itself, not the article (never one
# that opens with a quotation mark: that is someone speaking).
_BOILERPLATE = re.compile(
    r"(?i)^[^\w\"'“”‘’«»„]*(?:share (?:this|on|via)|follow us|subscribe\b|sign up\b|donate\b|"
    r"support (?:our|independent|us)|become a (?:member|supporter|subscriber)|"
    r"we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|"
    r"read more\s*:|related\s*:|see also\s*:|advertisement\W*$|comments?\s*\(\d+\)|"
    r"click here to|(?:©|copyright \d{4}|all rights reserved)|"
    # The same in Ukrainian, the seed outlet's other language.
    r"(?:читайте|дивіться|див\.) (?:також|більше|ще)\s*:|поділ(?:итися|іться)\b|"
    r"підпи(?:суйтеся|шіться)\b|підтримайте\b|стежте за нами|слідкуйте за нами|"
    r"реклама\W*$|коментар(?:і|ів)?\s*\(\d+\)|усі права захищені)"
)
_BOILERPLATE_MAX_CHARS = 200
# A heading that opens a list of other articles or the comments: it and what
# follows it, up to the next heading, are not the article.
_OTHER_ARTICLES = re.compile(
    r"(?i)^\W*(?:related(?: stories| articles| news| content| coverage| reading| links)?|"
    r"read (?:more|next|also)|more (?:stories|news|articles|on this story)|see also|"
    r"recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|"
    r"(?:\d+ )?comments?(?: \(\d+\))?|leave a (?:reply|comment)|you (?:may|might) also like|"
    r"editor'?s picks|trending(?: now| stories)?|latest (?:news|stories)|top stories|"
    r"читайте також|(?:схожі|пов'язані|пов’язані) (?:статті|новини|матеріали)|новини за темою|"
    r"коментарі|(?:най)?популярніше|останні новини|більше новин)\W*$"
)
# A line break (``<br>``) while a paragraph's text is gathered; one after the end of
# a sentence, or two in a row, part it (the extractor writes ``<br><br>`` as one).
_BREAK = "\ue0b0"
_PARAGRAPH_BREAK = re.compile(
    f'(?<=[.!?…"”»’)])[^\\S\n]*{_BREAK}\\s*|{_BREAK}[^\\S\n]*(?:{_BREAK}[^\\S\n]*)+'
)
_LINK_ONLY = re.compile(r"^!?\[[^\]]*\](?:\[\]|\(<[^>]*>\))$")
# A byline the extractor kept in the body ("By Ann Lee, Health Editor · 3 May"): the
# authors are in the front matter already.
_BYLINE = re.compile(r"(?i)^\W*(?:by|від|автор(?:ка)?:?)\s")
_BYLINE_MAX_CHARS = 160
# The page's dateline kept in the body ("Published 3 March 2024", "Updated 10:42",
# "4 min read"): the date is in the front matter already.
_DATELINE = re.compile(
    r"(?i)^\W*(?:(?:first )?published|updated|posted|last (?:updated|modified)|"
    r"опубліковано|оновлено)\b|\b\d+\s*min(?:ute)?s?\.? read\W*$"
)
_DATELINE_MAX_CHARS = 80
# Elements inside a table cell that make it a page's layout, not a table of data.
_LAYOUT_BLOCKS = ("p", "head", "list", "quote", "table")


def resolve_link(target: str, base: str | None) -> str | None:
    """An absolute http, https or mailto address for a link, or None (kept as text)."""
    address = target.strip()
    if base:
        try:
            address = urljoin(base, address)
        except ValueError:
            return None
    if not address.startswith(("http://", "https://", "mailto:")):
        return None
    return quote(address, safe=":/?#[]@!$&'()*+,;=%~")


class _Writer:
    """Walks the extracted body once, collecting Markdown blocks and link addresses."""

    def __init__(self, base: str | None, title: str = "", authors: tuple[str, ...] = ()) -> None:
        self.base = base
        self.title = title  # the headline, repeated at the top of the body
        self.authors = authors  # the byline's names, repeated at the top of the body
        self.blocks: list[str] = []
        self.links: dict[str, str] = {}  # reference label (lower case) -> address
        self.skipping = False  # under a heading of other articles or comments
        self.images: list[str] = []  # image links, listed after the text

    # ------------------------------------------------------------ inline

    def inline(self, element: _Element, skip: tuple[str, ...] = ()) -> str:
        """The element's text with its inline markup, on one line."""
        return _SPACE.sub(" ", self._with_breaks(element, skip).replace(_BREAK, " "))

    def paragraphs_in(self, element: _Element) -> list[str]:
        """The element's text as paragraphs: an old page separates them by line
        breaks (``<br><br>``) rather than by elements of their own."""
        parts = _PARAGRAPH_BREAK.split(self._with_breaks(element, ()))
        return [_SPACE.sub(" ", part.replace(_BREAK, " ")) for part in parts]

    def _with_breaks(self, element: _Element, skip: tuple[str, ...]) -> str:
        pieces = [_escape(element.text or "")]
        for child in element:
            if isinstance(child.tag, str) and child.tag not in skip:
                pieces.append(self._inline_child(child))
            pieces.append(_escape(child.tail or ""))
        return "".join(pieces)

    def _inline_child(self, child: _Element) -> str:
        tag = child.tag
        if tag == "lb":
            return _BREAK
        if tag == "graphic":
            self.image(child)
            return ""
        inner = self.inline(child).strip()
        if not inner:
            return ""
        if tag == "ref":
            return self.link(inner, child.get("target") or "")
        if tag == "hi":
            mark = _EMPHASIS.get(child.get("rend") or "", "")
            return f"{mark}{inner}{mark}"
        if tag == "code":
            return f"`{inner}`"
        return inner

    def link(self, words: str, target: str, image: bool = False) -> str:
        address = resolve_link(target, self.base)
        if address is None:
            return words
        bang = "!" if image else ""
        label = words.lower()
        if "[" in words or "]" in words or self.links.get(label, address) != address:
            return f"{bang}[{words}](<{address}>)"  # a label taken by another address
        self.links[label] = address
        return f"{bang}[{words}][]"

    def image(self, graphic: _Element) -> None:
        """An image is listed at the end of the article, as a labelled link: its
        description is not the article's text (nor counted as it)."""
        description = _escape(_SPACE.sub(" ", graphic.get("alt") or graphic.get("title") or ""))
        link = self.link(description.strip() or "image", graphic.get("src") or "", image=True)
        if link.startswith("!") and link not in self.images:
            self.images.append(link)

    # ------------------------------------------------------------ blocks

    def block(self, element: _Element) -> None:
        tag = element.tag
        if tag == "head":
            self.heading(element)
        elif self.skipping:
            return
        elif tag == "p":
            for text in self.paragraphs_in(element):
                self.paragraph(text)
        elif tag == "list":
            self.add_list(element)
        elif tag == "quote":
            self.quote(element)
        elif tag == "table":
            self.table(element)
        elif tag == "graphic":
            self.image(element)
        elif tag == "code":
            self.code(element)
        elif isinstance(tag, str):
            self.container(element)

    def container(self, element: _Element) -> None:
        """An element of no known kind: its own text, then its children as blocks."""
        if (element.text or "").strip():
            self.paragraph(_escape(element.text or ""))
        for child in element:
            self.block(child)
            if (child.tail or "").strip():
                self.paragraph(_escape(child.tail or ""))

    def heading(self, element: _Element) -> None:
        title = self.inline(element).strip()
        self.skipping = len(title) <= 60 and _OTHER_ARTICLES.search(title) is not None
        if self.skipping or not title or _is_boilerplate(title) or self.repeats_page_header(title):
            return
        self.blocks.append(f"## {title}")

    def repeats_page_header(self, text: str) -> bool:
        """The article's title, byline or dateline repeated before the article's text."""
        if any(not block.startswith("## ") for block in self.blocks):
            return False
        plain = text.replace("\\", "").replace("*", "")
        if self.title and _same_words(plain, self.title):
            return True
        if _is_dateline(plain):
            return True
        return (
            len(plain) <= _BYLINE_MAX_CHARS
            and _BYLINE.match(plain) is not None
            and any(author.casefold() in plain.casefold() for author in self.authors)
        )

    def paragraph(self, text: str) -> None:
        text = _SPACE.sub(" ", text).strip()
        if text and not _is_boilerplate(text) and not self.repeats_page_header(text):
            self.blocks.append(_escape_line_start(text))

    def add_list(self, element: _Element) -> None:
        lines = self.list_lines(element, 0)
        links_only = all(_LINK_ONLY.match(line.split(" ", 1)[1]) for line in lines)
        if lines and not (links_only and len(lines) > 1):  # a list of other articles
            self.blocks.append("\n".join(lines))

    def list_lines(self, element: _Element, depth: int) -> list[str]:
        ordered = (element.get("rend") or "").lower() in ("ol", "ordered")
        lines: list[str] = []
        for number, item in enumerate((i for i in element if i.tag == "item"), start=1):
            words = self.inline(item, skip=("list",)).strip()
            if words and not _is_boilerplate(words):
                marker = f"{number}." if ordered else "-"
                lines.append(f"{'    ' * depth}{marker} {words}")
            for nested in item.iter("list"):
                if nested.getparent() is item:
                    lines.extend(self.list_lines(nested, depth + 1))
        return lines

    def quote(self, element: _Element) -> None:
        parts = [c for c in element if c.tag in ("p", "head", "list")]
        texts = [self.inline(p).strip() for p in parts] if parts else [self.inline(element)]
        for text in texts:
            text = text.strip()
            if text and not _is_boilerplate(text):
                self.blocks.append(f"> {text}")

    def table(self, element: _Element) -> None:
        if any(block.tag in _LAYOUT_BLOCKS for cell in element.iter("cell") for block in cell):
            for cell in element.iter("cell"):  # an old page's layout: its text, in order
                if cell.getparent() is not None and _outer_table(cell) is element:
                    self.container(cell)
            return
        rows = [
            [self.inline(cell).strip().replace("|", "\\|") for cell in row if cell.tag == "cell"]
            for row in element.iter("row")
        ]
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        width = max(len(row) for row in rows)
        padded = [row + [""] * (width - len(row)) for row in rows]
        lines = [_table_row(padded[0]), _table_row(["---"] * width)]
        lines.extend(_table_row(row) for row in padded[1:])
        self.blocks.append("\n".join(lines))

    def code(self, element: _Element) -> None:
        text = "".join(element.itertext()).strip("\n")
        if text.strip():
            fence = "~~~~" if "```" in text else "```"
            self.blocks.append(f"{fence}\n{text}\n{fence}")

    def image_list(self) -> str | None:
        return "\n".join(f"- {image}" for image in self.images) or None

    def references(self) -> str | None:
        if not self.links:
            return None
        return "\n".join(f"[{label}]: <{address}>" for label, address in self.links.items())


def _outer_table(cell: _Element) -> _Element | None:
    return next(cell.iterancestors("table"), None)


def _table_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _escape(text: str) -> str:
    return text.translate(_INLINE_ESCAPES)


def _escape_line_start(text: str) -> str:
    """A paragraph that starts like a heading, quote or list item stays a paragraph."""
    match = _LINE_START.match(text)
    if not match:
        return text
    if match.group(1):
        return f"{match.group(1)}\\{match.group(2)}{text[match.end() :]}"
    return "\\" + text


def _is_dateline(text: str) -> bool:
    """A short line with a date or time, not a sentence, that names itself a dateline."""
    return (
        len(text) <= _DATELINE_MAX_CHARS
        and any(c.isdigit() for c in text)
        and not text.rstrip().endswith((".", "!", "?", '"', "”", "»"))
        and _DATELINE.search(text) is not None
    )


def _is_boilerplate(text: str) -> bool:
    return len(text) <= _BOILERPLATE_MAX_CHARS and _BOILERPLATE.search(text) is not None


def _same_words(one: str, other: str) -> bool:
    return _SPACE.sub(" ", one).strip().casefold() == _SPACE.sub(" ", other).strip().casefold()


def page_markdown(page: ExtractedPage, base: str | None) -> str | None:
    """The page as Markdown with front matter; None when it holds no body text."""
    writer = _Writer(base, page.title, page.authors)
    children = list(page.body)
    # The headline repeated at the top of the body is the title, not a section.
    if (
        children
        and children[0].tag == "head"
        and _same_words(
            "".join(children[0].itertext()), page.title or "".join(children[0].itertext())
        )
    ):
        title = page.title or _SPACE.sub(" ", "".join(children[0].itertext())).strip()
        children = children[1:]
    else:
        title = page.title
    for child in children:
        writer.block(child)
    if not any(not block.startswith("## ") for block in writer.blocks):
        return None
    after = [block for block in (writer.image_list(), writer.references()) if block]
    body = writer.blocks + after
    return _front_matter(title, page.authors, page.date, page.url) + "\n\n".join(body) + "\n"


def _front_matter(title: str, authors: tuple[str, ...], date: str | None, url: str | None) -> str:
    lines = ["---"]
    if title:
        lines.append(f"title: {_quoted(title)}")
    if authors:
        lines.append("authors:")
        lines.extend(f"  - {_quoted(author)}" for author in authors)
    if date:
        lines.append(f"date: {_quoted(date)}")
    if url:
        lines.append(f"url: {_quoted(url)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _quoted(value: str) -> str:
    """A front matter value, quoted only when the parser would misread it bare: the
    reading pane maps its words back to these, and a mark glued to a word would
    keep the headline's words from being found."""
    value = _SPACE.sub(" ", value).strip()
    bare_misread = (
        not value
        or (len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'")
        or (value.startswith("[") and value.endswith("]"))
        or value.lower() in ("null", "~")
    )
    return f'"{value}"' if bare_misread else value
