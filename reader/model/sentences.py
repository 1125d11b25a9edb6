"""Sentences: where each sentence of a paragraph starts, knowing abbreviations.

"Mr. Rove said" and "the U.S. Senate" go on after their dots; "J. K. Rowling" too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.model.article import Paragraph
from reader.model.words import LazyPattern

SENTENCE_REACH = 400  # how far back a quote's sentence is searched for its cue
# A sentence ends at a point, or at a point inside closing quotation marks: `."`, `.”`.
_TERMINATOR = re.compile(r"[.!?\u2026][\"\u201d\u2019\u00bb']*(?=\s)")


class Sentences:
    """Where sentences start in each paragraph, found once per paragraph.

    Every lookup is a binary search, so attributing many quotes in one long
    paragraph stays linear in its length.
    """

    def __init__(self, text: str, paragraphs: Sequence[Paragraph]) -> None:
        self._text = text
        self._paragraphs = paragraphs
        self._starts: dict[int, list[int]] = {}

    def _starts_in(self, number: int) -> list[int]:
        starts = self._starts.get(number)
        if starts is None:
            paragraph = self._paragraphs[number]
            text, floor = self._text, paragraph.start
            starts = [
                match.end()
                for match in _TERMINATOR.finditer(text, floor, paragraph.end)
                if match.group() != "." or not _is_abbreviation(text, floor, match.start())
            ]
            self._starts[number] = starts
        return starts

    def start(self, number: int, floor: int, index: int) -> int:
        """The start of the sentence holding ``index`` in paragraph ``number``, not before
        ``floor`` nor more than `SENTENCE_REACH` characters back."""
        starts = self._starts_in(number)
        found = bisect.bisect_right(starts, index - 1) - 1
        boundary = starts[found] if found >= 0 else floor
        return max(floor, boundary, index - SENTENCE_REACH)


_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "lt",
        "col",
        "capt",
        "sgt",
        "gov",
        "pres",
        "no",
        "vs",
        "etc",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "co",
        "corp",
        "ltd",
    ]
)


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in _ABBREVIATIONS or len(word) == 1  # initials: J. K. Rowling


# A party and state after a US politician's name: "(D-Md.)", "(R-Texas)", "(I-Vt.)".
_PARTY_TAG = LazyPattern(
    r"\((?:[DRI]|Dem|Rep|Ind)(?:\s?[-–,]\s?[A-Z][A-Za-z.]{0,5}(?: [A-Z][a-z.]*)?)?\)"
)
_PARTY_TAG_BETWEEN_COMMAS = LazyPattern(  # "Sen. Rand Paul, R-Ky., said"
    r", [DRI]-[A-Z][A-Za-z.]{0,5},(?= [a-z])"
)


def double_marks(text: str) -> str:
    """``text`` with two apostrophes used as a quotation mark (as some papers write
    quotes) made ``""``, every offset kept. Three close a quote inside a quote first,
    then the quote: ``'old-school,'`` + ``''``."""
    if "''" not in text:
        return text
    return text.replace("'" * 3, "'" + '""').replace("'" * 2, '""')


def attribution_text(text: str) -> str:
    """``text`` as the attribution rules read it, every offset kept: two apostrophes
    used as a quotation mark made ``""``, no-break spaces made spaces, and party tags
    blanked ("Sen. Ben Cardin (D-Md.) said" reads "Sen. Ben Cardin         said")."""
    text = double_marks(text)
    text = text.replace("\u00a0", " ") if "\u00a0" in text else text
    if "(" in text:
        text = _PARTY_TAG.sub(_blank, text)
    if ", D-" in text or ", R-" in text or ", I-" in text:
        text = _PARTY_TAG_BETWEEN_COMMAS.sub(_blank, text)
    return text


def _blank(tag: re.Match[str]) -> str:
    return " " * len(tag.group())
