"""What the library answers: search hits, a speaker's quotes, the speakers.

Plain data (no database): the store makes them, the command line and the window
show, copy and export them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Around each match in a snippet; private-use characters never found in articles.
MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"  # where a snippet cuts the text


def counted(number: int, what: str) -> str:
    """``1 quote``, ``3 quotes``."""
    return f"{number} {what}{'s' * (number != 1)}"


@dataclass(frozen=True, slots=True)
class Snippet:
    """Text with the matched words at ``marks`` (start, end offsets into ``text``)."""

    text: str
    marks: tuple[tuple[int, int], ...]

    @classmethod
    def from_marked(cls, marked: str) -> Snippet:
        parts: list[str] = []
        marks: list[tuple[int, int]] = []
        length = 0
        for index, piece in enumerate(marked.split(MARK_START)):
            inside, _, after = piece.partition(MARK_END) if index else ("", "", piece)
            if inside:
                marks.append((length, length + len(inside)))
            parts.append(inside + after)
            length += len(inside) + len(after)
        return cls("".join(parts), tuple(marks))

    def bracketed(self, start: str = "[", end: str = "]") -> str:
        """The text with each mark shown between ``start`` and ``end``."""
        pieces: list[str] = []
        last = 0
        for mark_start, mark_end in self.marks:
            pieces += [self.text[last:mark_start], start, self.text[mark_start:mark_end], end]
            last = mark_end
        return "".join([*pieces, self.text[last:]])


@dataclass(frozen=True, slots=True)
class ArticleHit:
    article: int
    title: str
    authors: tuple[str, ...]
    date: str | None
    source: str
    snippet: Snippet
    start: int = 0  # the first match in the article's text (0, 0: in its title)
    end: int = 0


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """A quote with its person and its article: a search result or one of a speaker's."""

    quote: int
    article: int
    text: str
    speaker: str | None  # the person the library groups the quote under
    title: str
    authors: tuple[str, ...]
    source: str
    date: str | None
    start: int
    end: int
    snippet: Snippet | None = None


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    name: str
    quotes: int
    articles: int
