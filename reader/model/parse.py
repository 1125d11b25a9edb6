"""Text to `Article`: the plain-text news export format and Markdown."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from reader.model.article import Article, Paragraph, Quote, Section, Span
from reader.model.inline_text import plain_words
from reader.model.load import PAGE_SUFFIXES, load_text
from reader.model.quotes import find_quotes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.model.article import SourceFormat

_LABELS = {
    "author": "authors",
    "authors": "authors",
    "by": "authors",
    "written by": "authors",
    "автор": "authors",
    "автори": "authors",
    "авторка": "authors",
    "авторки": "authors",
    "date": "date",
    "published": "date",
    "publication date": "date",
    "дата": "date",
    "дата публікації": "date",
    "опубліковано": "date",
}
_LABEL_LINE = re.compile(r"^\s*([^\W\d][\w ]{0,20}?)\s*:\s*(.*?)\s*$")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bта\b|\bі\b)\s*")
_HEADING_MAX_CHARS = 120
_HEADING_MAX_WORDS = 14
_CLOSING_PUNCTUATION = tuple(".!?:;,…\"'”»’“›」")
_OPENING_MARKS = tuple("\"'“„«‘—–-•*")
_FOOTER = re.compile(
    r"(?i)\b(?:follow us|subscribe to|sign up for|join us on|our telegram|our newsletter|"
    r"read (?:us|more) on|підписуйтесь|підписуйтеся|читайте нас)\b"
)
_FOOTER_MAX_CHARS = 300
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


@dataclass(frozen=True, slots=True)
class _Block:
    paragraph: Paragraph
    heading_level: int = 0  # Markdown ATX heading level, 0 for body text

    @property
    def text(self) -> str:
        return self.paragraph.text


def parse_file(path: str | os.PathLike[str]) -> Article:
    """Load, decode and parse the file at ``path`` (raises `ArticleError`): a text or
    Markdown file, or a saved web page (``.html``, ``.htm``, ``.xhtml``, ``.mhtml``)."""
    if is_page_file(path):
        from reader.model.webpage import parse_page_file  # imports lxml, trafilatura

        return parse_page_file(path)
    loaded = load_text(path)
    return parse(loaded.text, loaded.source_format, loaded.path)


def parse_changed_file(path: str | os.PathLike[str], current: str) -> Article | None:
    """`parse_file` for a reload: None when the file's text is still ``current`` (saved
    again as it was, or only touched), so nothing needs parsing or showing anew."""
    if is_page_file(path):
        article = parse_file(path)
        return None if article.text == current else article
    loaded = load_text(path)
    if loaded.text == current:
        return None
    return parse(loaded.text, loaded.source_format, loaded.path)


def is_page_file(path: str | os.PathLike[str]) -> bool:
    """A saved web page, by its name."""
    return os.path.splitext(os.fspath(path))[1].lower() in PAGE_SUFFIXES


def parse(
    text: str,
    source_format: SourceFormat = "text",
    path: str | None = None,
    source: str | None = None,
) -> Article:
    """Parse normalised ``text`` into an `Article`. Never raises on any text.

    ``"html"`` is a web page's article already extracted to Markdown (see
    `reader.model.webpage`); ``source`` is what was opened when it is not ``path``
    (a link)."""
    if source_format != "text":
        return _parse_markdown(text, path, source_format, source)
    return _parse_plain(text, path)


# ---------------------------------------------------------------- blocks


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each line in ``text`` from ``start``, without the newline."""
    position = start
    length = len(text)
    while position <= length:
        newline = text.find("\n", position)
        end = length if newline < 0 else newline
        yield position, end
        if newline < 0:
            return
        position = newline + 1


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _paragraph(text: str, start: int, end: int, code: bool = False) -> Paragraph:
    span = Span(start, end) if code else _trimmed(text, start, end)
    return Paragraph(text[span.start : span.end], span.start, span.end, code)


# A run of non-blank lines, from its first visible character (group 1).
_PLAIN_BLOCK = re.compile(r"^[^\S\n]*(\S.*(?:\n[^\S\n]*\S.*)*)", re.MULTILINE)


def _plain_blocks(text: str) -> list[Paragraph]:
    """Runs of non-blank lines, each with its offsets (blank space at the edges trimmed)."""
    blocks: list[Paragraph] = []
    for match in _PLAIN_BLOCK.finditer(text):
        body = match.group(1).rstrip()
        blocks.append(Paragraph(body, match.start(1), match.start(1) + len(body)))
    return blocks


def _markdown_blocks(text: str, start: int) -> list[_Block]:
    """Markdown blocks: ATX headings, fenced code (blank lines and all), paragraphs."""
    blocks: list[_Block] = []
    block_start: int | None = None
    block_end = start
    fence: str | None = None
    fence_start = start

    def close() -> None:
        nonlocal block_start
        if block_start is not None:
            paragraph = _paragraph(text, block_start, block_end)
            code = all(
                line.startswith(("    ", "\t")) for line in text[block_start:block_end].split("\n")
            )
            blocks.append(
                _Block(_paragraph(text, block_start, block_end, code) if code else paragraph)
            )
            block_start = None

    for line_start, line_end in _lines(text, start):
        line = text[line_start:line_end]
        if fence is not None:
            block_end = line_end
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                blocks.append(_Block(_paragraph(text, fence_start, block_end, code=True)))
                fence = None
            continue
        opening = _FENCE.match(line)
        if opening:
            close()
            fence, fence_start, block_end = opening.group(1), line_start, line_end
            continue
        heading = _ATX.match(line)
        if heading and not (block_start is not None and line.startswith("    ")):
            close()
            title = (heading.group(2) or "").strip()
            offset = line.find(title, len(heading.group(1))) if title else line_end - line_start
            title_start = line_start + max(offset, 0)
            blocks.append(
                _Block(
                    Paragraph(title, title_start, title_start + len(title)), len(heading.group(1))
                )
            )
            continue
        if not line.strip():
            close()
            continue
        if block_start is None:
            block_start = line_start
        block_end = line_end
    if fence is not None:  # an unclosed fence runs to the end, as in CommonMark
        blocks.append(_Block(_paragraph(text, fence_start, len(text), code=True)))
    close()
    return blocks


# ---------------------------------------------------------------- plain text


def _parse_plain(text: str, path: str | None) -> Article:
    blocks = _plain_blocks(text)
    if not blocks:
        return _assemble(text, _fallback_title(path), (), None, [], [], [], "text", path)
    title_block = blocks[0]
    title_lines = title_block.text.split("\n")
    label_start = next(
        (i for i, line in enumerate(title_lines) if i and _label(line) is not None), None
    )
    metadata_lines: list[str] = []
    if label_start is not None:
        metadata_lines = title_lines[label_start:]
        title_lines = title_lines[:label_start]
    title = " ".join(line.strip() for line in title_lines)
    rest = blocks[1:]
    while rest and _label(rest[0].text.split("\n", 1)[0]) is not None:
        metadata_lines.extend(rest[0].text.split("\n"))
        rest = rest[1:]
    authors, date = _read_labels(metadata_lines)
    footer: list[Paragraph] = []
    while rest and _is_footer(rest[-1].text):
        footer.insert(0, rest.pop())
    shapes = [_heading_shape(block.text) for block in rest]  # each block's shape, once
    lead, sections = _split_sections(rest, lambda i: _looks_like_heading(shapes, i))
    return _assemble(text, title, tuple(authors), date, lead, sections, footer, "text", path)


def _label(line: str) -> tuple[str, str] | None:
    match = _LABEL_LINE.match(line)
    if not match:
        return None
    key = _LABELS.get(match.group(1).strip().lower())
    return (key, match.group(2)) if key else None


def _read_labels(lines: Sequence[str]) -> tuple[list[str], str | None]:
    """``Author:`` / ``Date:`` lines; a label's value may sit on the next line."""
    authors: list[str] = []
    date: str | None = None
    index = 0
    while index < len(lines):
        label = _label(lines[index])
        index += 1
        if label is None:
            continue
        key, value = label
        if not value and index < len(lines) and _label(lines[index]) is None:
            value = lines[index].strip()
            index += 1
        if key == "authors" and value:
            authors.extend(a for a in _AUTHOR_SPLIT.split(value) if a)
        elif key == "date" and value and value.lower() not in ("null", "none", "-"):
            date = value
    return authors, date


def _is_footer(text: str) -> bool:
    return len(text) <= _FOOTER_MAX_CHARS and _FOOTER.search(text) is not None


def _heading_shape(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= _HEADING_MAX_CHARS
        and "\n" not in stripped
        and len(stripped.split()) <= _HEADING_MAX_WORDS
        and not stripped.endswith(_CLOSING_PUNCTUATION)
        and not stripped.startswith(_OPENING_MARKS)
        and (stripped[0].isupper() or stripped[0].isdigit())
    )


def _looks_like_heading(shapes: Sequence[bool], index: int) -> bool:
    """A short single line with no closing punctuation (``shapes[index]``, from
    `_heading_shape`), followed by body text."""
    return shapes[index] and index + 1 < len(shapes) and not shapes[index + 1]


# ---------------------------------------------------------------- Markdown

# Closing blocks that are not text: reference-style link definitions (``[words]:
# <address>``), or a list of images only (``- ![description][]``), one a line.
_NOT_TEXT = re.compile(
    r"\A(?:(?: {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*|- !\[[^\]\n]*\]\[[^\]\n]*\])(?:\n|\Z))+\Z"
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _parse_markdown(
    text: str, path: str | None, source_format: SourceFormat, source: str | None
) -> Article:
    meta: dict[str, str | list[str]] = {}
    body_start = 0
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _front_matter(front.group(1) or "")
        body_start = front.end()
    blocks = _markdown_blocks(text, body_start)
    title = str(meta.get("title") or "")
    if not title:
        first_h1 = next((i for i, b in enumerate(blocks) if b.heading_level == 1), None)
        if first_h1 is not None:
            title = blocks.pop(first_h1).text
    title = title or _fallback_title(source or path)
    raw_authors = meta.get("authors") or meta.get("author") or []
    authors = (
        [a for a in _AUTHOR_SPLIT.split(raw_authors) if a]
        if isinstance(raw_authors, str)
        else raw_authors
    )
    date_value = meta.get("date")
    date = str(date_value) if date_value else None
    footer: list[Paragraph] = []
    while blocks and not blocks[-1].heading_level and _NOT_TEXT.match(blocks[-1].text):
        footer.insert(0, blocks.pop().paragraph)
    paragraphs = [b.paragraph for b in blocks]
    lead, sections = _split_sections(paragraphs, lambda i: blocks[i].heading_level == 2)
    return _assemble(
        text, title, tuple(authors), date, lead, sections, footer, source_format, path, source
    )


def _front_matter(block: str) -> dict[str, str | list[str]]:
    meta: dict[str, str | list[str]] = {}
    key: str | None = None
    for line in block.split("\n"):
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and key:
            existing = meta.get(key)
            values = existing if isinstance(existing, list) else []
            values.append(_unquote(item.group(1)))
            meta[key] = values
            continue
        pair = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if pair:
            key = pair.group(1).lower()
            value = _unquote(pair.group(2))
            if value.startswith("[") and value.endswith("]"):
                meta[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
            elif value and value.lower() not in ("null", "~"):
                meta[key] = value
    return meta


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


# ---------------------------------------------------------------- shared


def _split_sections(
    blocks: Sequence[Paragraph], is_heading: Callable[[int], bool]
) -> tuple[list[Paragraph], list[tuple[str, Span, list[Paragraph]]]]:
    """Blocks before the first heading are the lead; each heading opens a section."""
    lead: list[Paragraph] = []
    sections: list[tuple[str, Span, list[Paragraph]]] = []
    for index, block in enumerate(blocks):
        if is_heading(index):
            sections.append((block.text, Span(block.start, block.end), []))
        elif sections:
            sections[-1][2].append(block)
        else:
            lead.append(block)
    return lead, sections


def _fallback_title(path: str | None) -> str:
    if path:  # a file's name, or a link's last part
        return os.path.splitext(os.path.basename(path.rstrip("/")))[0] or "Untitled"
    return "Untitled"


def slugify(title: str) -> str:
    """A readable, stable id for a heading (letters of any script are kept)."""
    normal = unicodedata.normalize("NFKC", title).lower()
    slug = re.sub(r"[^\w]+", "-", normal).strip("-_")
    return slug[:60].strip("-") or "section"


def _without_markup(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """A quote's words as a reader cites them: ``[the plan][]`` is "the plan"."""
    return tuple(
        quote if (words := plain_words(quote.text)) == quote.text else replace(quote, text=words)
        for quote in quotes
    )


def _assemble(
    text: str,
    title: str,
    authors: tuple[str, ...],
    date: str | None,
    lead: Sequence[Paragraph],
    raw_sections: Sequence[tuple[str, Span, list[Paragraph]]],
    footer: Sequence[Paragraph],
    source_format: SourceFormat,
    path: str | None,
    source: str | None = None,
) -> Article:
    used: set[str] = set()
    sections: list[Section] = []
    for title_text, heading, paragraphs in raw_sections:
        base = slugify(title_text)
        section_id, number = base, 2
        while section_id in used:
            section_id, number = f"{base}-{number}", number + 1
        used.add(section_id)
        sections.append(Section(section_id, title_text, heading, tuple(paragraphs)))
    body = [*lead, *(p for s in sections for p in s.paragraphs)]
    owners: list[str | None] = [None] * len(lead)
    for section in sections:
        owners.extend([section.id] * len(section.paragraphs))
    quotes = find_quotes(text, body, owners)
    if source_format != "text":
        quotes = _without_markup(quotes)
    return Article(
        text=text,
        title=title,
        authors=authors,
        date=date,
        lead=tuple(lead),
        sections=tuple(sections),
        footer=tuple(footer),
        quotes=quotes,
        source_format=source_format,
        path=path,
        source=source,
    )
