"""The shared parsing model: one immutable `Article` per open file.

Every offset is an index into `Article.text`, the article's text after decoding,
BOM removal and newline normalisation to ``\\n``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

TYPE_CHECKING = False  # `typing` is not imported at run time: `--dump` starts faster
if TYPE_CHECKING:
    from typing import Literal

    SourceFormat = Literal["text", "markdown", "html"]
    SpeakerKind = Literal["person", "organisation", "group"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of `Article.text`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of body text, as written in the source (Markdown stays Markdown)."""

    text: str
    start: int
    end: int
    code: bool = False  # a fenced or indented code block: never holds quotes


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    heading: Span
    paragraphs: tuple[Paragraph, ...]

    @property
    def end(self) -> int:
        return self.paragraphs[-1].end if self.paragraphs else self.heading.end


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation.

    ``text`` is the quotation without its marks; ``Article.text[start:end]`` is
    the whole quotation with them. A quote that runs over several paragraphs has
    one segment per paragraph in ``segments``.
    """

    id: str
    text: str
    speaker: str | None
    section: str | None
    start: int
    end: int
    partial: bool = False
    cue: str | None = None
    segments: tuple[Span, ...] = ()
    speaker_kind: SpeakerKind | None = None


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str
    authors: tuple[str, ...]
    date: str | None
    lead: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    footer: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    source_format: SourceFormat = "text"
    path: str | None = None  # the file the text was read from and is followed; None for a link
    source: str | None = None  # what was opened, a path or a URL (highlights are kept by it)
    _section_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _sections_by_id: dict[str, Section] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.source is None:
            object.__setattr__(self, "source", self.path)
        starts = tuple(section.heading.start for section in self.sections)
        object.__setattr__(self, "_section_starts", starts)
        object.__setattr__(self, "_sections_by_id", {s.id: s for s in self.sections})

    def section_by_id(self, section_id: str) -> Section | None:
        return self._sections_by_id.get(section_id)

    def section_at(self, offset: int) -> Section | None:
        """The section whose heading is at or before ``offset`` (None in the lead)."""
        index = bisect.bisect_right(self._section_starts, offset) - 1
        return self.sections[index] if index >= 0 else None

    @property
    def word_count(self) -> int:
        body = [*self.lead, *(p for s in self.sections for p in s.paragraphs)]
        return sum(len(p.text.split()) for p in body)

    def to_dict(self) -> dict[str, object]:
        """The documented ``--dump`` shape (plus a few extra fields)."""
        return {
            "title": self.title,
            "source": self.source,
            "authors": list(self.authors),
            "date": self.date,
            "format": self.source_format,
            "lead": [p.text for p in self.lead],
            "sections": [
                {
                    "id": s.id,
                    "title": s.title,
                    "start": s.heading.start,
                    "paragraphs": [p.text for p in s.paragraphs],
                }
                for s in self.sections
            ],
            "footer": [p.text for p in self.footer],
            "text": self.text,
            "quotes": [
                {
                    "id": q.id,
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_kind": q.speaker_kind,
                    "section": q.section,
                    "start": q.start,
                    "end": q.end,
                    "partial": q.partial,
                    "cue": q.cue,
                }
                for q in self.quotes
            ],
        }
