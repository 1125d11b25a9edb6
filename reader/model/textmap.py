"""Offsets in the rendered text to offsets in the article's text, and back.

The pane shows rendered text: the byline is added, whitespace is folded and,
for Markdown, markup is gone. Highlights are stored in the article's own text
(as the W3C selectors say), so a selection in the pane is mapped word by word:
the rendered words are matched, in order, to the article's words.
"""

from __future__ import annotations

import bisect
import re
from array import array

_TOKEN = re.compile(r"\S+")
_MARKUP = "*_`[]()#>~\\"
_WITHOUT_MARKUP = str.maketrans("", "", _MARKUP)
_LOOKAHEAD = 60  # article words searched ahead for a rendered word before giving up


class TextMap:
    """A monotone word alignment between ``rendered`` and ``source``."""

    def __init__(self, rendered: str, source: str) -> None:
        # Arrays of machine integers: a book has hundreds of thousands of words.
        self._r_starts = array("q")
        self._r_ends = array("q")
        self._s_starts = array("q")  # for each rendered word, where it is in the source
        source_words = [(m.start(), m.group()) for m in _TOKEN.finditer(source)]
        cursor = 0
        for match in _TOKEN.finditer(rendered):
            word = match.group()
            found = _find(source_words, cursor, word)
            if found is None:
                continue  # rendered only (the byline, an image label): not in the source
            index, offset = found
            self._r_starts.append(match.start())
            self._r_ends.append(match.end())
            self._s_starts.append(source_words[index][0] + offset)
            cursor = index + 1

    def to_source(self, position: int, *, end: bool = False) -> int | None:
        """The source offset of rendered ``position``; with ``end``, of the character
        before it (so a selection's end maps inside the last word it covers)."""
        if not self._r_starts:
            return None
        if end:
            index = bisect.bisect_left(self._r_ends, position)  # the word ending at or after
            index = min(index, len(self._r_starts) - 1)
            if self._r_starts[index] >= position:
                index -= 1
            if index < 0:
                return None
            inside = min(position, self._r_ends[index]) - self._r_starts[index]
            return self._s_starts[index] + inside
        index = bisect.bisect_right(self._r_starts, position) - 1
        if index < 0 or position >= self._r_ends[index]:
            index += 1  # between words: the next word
            if index >= len(self._r_starts):
                return None
            return self._s_starts[index]
        return self._s_starts[index] + position - self._r_starts[index]

    def to_rendered(self, offset: int, *, end: bool = False) -> int | None:
        """The rendered position of source ``offset`` (the inverse of `to_source`)."""
        if not self._s_starts:
            return None
        index = bisect.bisect_right(self._s_starts, offset) - 1
        if index < 0:
            return self._r_starts[0] if not end else None
        length = self._r_ends[index] - self._r_starts[index]
        inside = offset - self._s_starts[index]
        if inside <= length:
            return self._r_starts[index] + inside
        if end:
            return self._r_ends[index]
        return self._r_starts[index + 1] if index + 1 < len(self._r_starts) else None


def _find(words: list[tuple[int, str]], cursor: int, word: str) -> tuple[int, int] | None:
    """The first source word at or after ``cursor`` that renders as ``word``, and
    where ``word`` starts inside it."""
    for index in range(cursor, min(len(words), cursor + _LOOKAHEAD)):
        source = words[index][1]
        if source == word:
            return index, 0
        if any(mark in source for mark in _MARKUP):
            if word in source:  # **bold**, [a](b)
                return index, source.index(word)
            if source.translate(_WITHOUT_MARKUP) == word:  # "[pilings][]." shows "pilings."
                return index, len(source) - len(source.lstrip(_MARKUP))
    return None
