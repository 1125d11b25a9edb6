"""Highlights: a passage of the article, a colour and an optional note."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reader.model.anchoring import Anchor, describe, reanchor

# name -> the colour the pane paints (RGB hex); the names are what is stored.
COLOURS: dict[str, str] = {
    "yellow": "#ffe066",
    "green": "#a9e5a0",
    "blue": "#9fd3f5",
    "pink": "#f7a8c8",
    "purple": "#c9b3f2",
    "orange": "#ffc58a",
}
DEFAULT_COLOUR = "yellow"


def now() -> str:
    from datetime import UTC, datetime  # imported when first needed: start-up is faster

    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Highlight:
    id: str
    anchor: Anchor
    colour: str = DEFAULT_COLOUR
    note: str = ""
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)
    detached: bool = False  # its text is no longer in the article

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    @property
    def text(self) -> str:
        return self.anchor.quote.exact


def new_highlight(text: str, start: int, end: int, colour: str = DEFAULT_COLOUR) -> Highlight:
    """A highlight of ``text[start:end]``, trimmed of the blank space at its edges."""
    import uuid  # imported when first needed: start-up is faster

    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise ValueError("a highlight needs some text")
    if colour not in COLOURS:
        raise ValueError(f"unknown colour {colour!r}")
    return Highlight(id=str(uuid.uuid4()), anchor=describe(text, start, end), colour=colour)


def place(text: str, highlights: list[Highlight]) -> list[Highlight]:
    """The highlights placed in ``text`` (changed or not), in reading order; those
    that cannot be placed are kept, marked detached, at the end."""
    placed: list[Highlight] = []
    detached: list[Highlight] = []
    for highlight in highlights:
        anchor = reanchor(text, highlight.anchor)
        if anchor is None:
            detached.append(replace(highlight, detached=True))
        else:
            placed.append(replace(highlight, anchor=anchor, detached=False))
    placed.sort(key=lambda h: (h.start, h.end))
    return placed + detached
