"""Highlights that survive edits: W3C Web Annotation selectors and re-anchoring.

A highlight is stored the way the W3C Web Annotation Data Model describes: a
`TextQuoteSelector` (the exact text with some context on either side) and a
`TextPositionSelector` (start and end in the article's normalised text). When
the text changes, a highlight is placed again the way Hypothesis's client does
it: the old position if the text there is unchanged, then the exact text
(the occurrence whose context fits best), then a fuzzy match. A highlight that
cannot be placed is reported as detached, never dropped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

CONTEXT = 32  # characters of prefix and suffix kept with each highlight
FUZZY_THRESHOLD = 0.75  # similarity a changed passage needs to keep its highlight
_SEED = 12  # characters searched for when the exact text is gone


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a highlight sits, and how to find it again."""

    quote: TextQuoteSelector
    position: TextPositionSelector

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end


def content_hash(text: str) -> str:
    """A short, stable fingerprint of an article's normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def describe(text: str, start: int, end: int) -> Anchor:
    """The selectors for ``text[start:end]``."""
    return Anchor(
        TextQuoteSelector(
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT) : start],
            suffix=text[end : end + CONTEXT],
        ),
        TextPositionSelector(start, end),
    )


def reanchor(text: str, anchor: Anchor) -> Anchor | None:
    """Place ``anchor`` in ``text`` again; None if it can no longer be found."""
    exact = anchor.quote.exact
    if not exact:
        return None
    start, end = anchor.start, anchor.end
    if 0 <= start < end <= len(text) and text[start:end] == exact:
        return describe(text, start, end)
    found = _exact(text, anchor)
    if found is not None:
        return describe(text, found, found + len(exact))
    region = _fuzzy(text, anchor)
    return None if region is None else describe(text, *region)


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> int:
    """How many characters of the old prefix and suffix still stand around ``start:end``."""
    prefix, suffix = anchor.quote.prefix, anchor.quote.suffix
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def _exact(text: str, anchor: Anchor) -> int | None:
    """The occurrence of the exact text whose surroundings fit best."""
    exact = anchor.quote.exact
    best: tuple[int, int] | None = None
    found: int | None = None
    position = text.find(exact)
    while position >= 0:
        key = (
            _context_score(text, position, position + len(exact), anchor),
            -abs(position - anchor.start),
        )
        if best is None or key > best:
            best, found = key, position
        position = text.find(exact, position + 1)
    return found


def _occurrences(text: str, piece: str, limit: int = 100) -> list[int]:
    found: list[int] = []
    position = text.find(piece)
    while position >= 0 and len(found) < limit:
        found.append(position)
        position = text.find(piece, position + 1)
    return found


def _fuzzy(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """The region most like the old passage, found from what is left of it or of its
    surroundings; None when nothing is similar enough."""
    import difflib  # only when the exact text is gone: rare

    exact = anchor.quote.exact
    size = len(exact)
    regions: set[tuple[int, int]] = set()
    for offset in {0, max(0, size // 2 - _SEED // 2), max(0, size - _SEED)}:
        seed = exact[offset : offset + _SEED]
        if len(seed.strip()) >= 4:
            regions.update((p - offset, p - offset + size) for p in _occurrences(text, seed))
    prefix, suffix = anchor.quote.prefix[-_SEED:], anchor.quote.suffix[:_SEED]
    starts = (
        [p + len(prefix) for p in _occurrences(text, prefix)] if len(prefix.strip()) >= 4 else []
    )
    ends = _occurrences(text, suffix) if len(suffix.strip()) >= 4 else []
    stretch = range(-_SEED, _SEED + 1)  # an edit may have grown or shrunk the passage
    regions.update((s, s + size + d) for s in starts for d in stretch)
    regions.update((e - size - d, e) for e in ends for d in stretch)
    regions.update(
        (s, e) for s in starts for e in ends if 0 < e - s <= 2 * size + 16
    )  # between the old surroundings: the passage itself, edited
    regions = {
        (s, e)
        for s, e in regions
        if 0 <= s < e <= len(text) and not text[s].isspace() and not text[e - 1].isspace()
    }
    # A passage that began and ended on word edges should again ("reply", not "re").
    shaped = {r for r in regions if _edges(text, *r) == _edges_of(anchor)}
    best: tuple[int, float, int] | None = None
    found: tuple[int, int] | None = None
    for start, end in shaped or regions:
        ratio = difflib.SequenceMatcher(None, exact, text[start:end], autojunk=False).ratio()
        # The old surroundings decide the edges; similarity decides among equals.
        key = (_context_score(text, start, end, anchor), ratio, -abs(start - anchor.start))
        if ratio >= FUZZY_THRESHOLD and (best is None or key > best):
            best, found = key, (start, end)
    return found


def _is_edge(before: str, after: str) -> bool:
    return not (before[-1:].isalnum() and after[:1].isalnum())


def _edges(text: str, start: int, end: int) -> tuple[bool, bool]:
    return (
        _is_edge(text[max(0, start - 1) : start], text[start : start + 1]),
        _is_edge(text[end - 1 : end], text[end : end + 1]),
    )


def _edges_of(anchor: Anchor) -> tuple[bool, bool]:
    exact = anchor.quote.exact
    return (
        _is_edge(anchor.quote.prefix[-1:], exact[:1]),
        _is_edge(exact[-1:], anchor.quote.suffix[:1]),
    )
