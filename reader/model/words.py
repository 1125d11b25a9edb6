"""Words as the attribution rules see them: names, roles, verbs of saying.

A name is a run of capitalised words that are not roles, function words, pronouns,
acronyms, days or months; "Mr.", "Sen." and initials ("J. M.") join a name across
their dots. Every helper here is a pure function of a word or of a text and an offset.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache

from reader.model.lexicon import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    INVERTING_VERBS,
    OPENING_PREPOSITIONS,
    PEOPLE_PLURALS,
    PHRASAL_PARTICLES,
    PLURAL_PRONOUNS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
)

WORD_CHARS = r"[\w'’ʼ\-]"
WORD = re.compile(rf"[^\W\d_]{WORD_CHARS}*")
CYRILLIC = re.compile("[а-яіїєґА-ЯІЇЄҐ]")  # Ukrainian: word order the English rules cannot read
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
# A run of capitalised words separated by single spaces: candidate names.
PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ter)"
# The capital comes first and the look-behind after it: a pattern that opens with a
# character class lets the regex engine skip ahead fast (twice as fast here).
# An initial with its point may stand inside a run: "Harry M. Reid".
CAPITALISED_RUN = re.compile(
    rf"[{UPPER}](?<!{WORD_CHARS}.){WORD_CHARS}*"
    rf"(?: (?:{PARTICLE} )?(?:[{UPPER}]\.(?= [{UPPER}])|[{UPPER}]{WORD_CHARS}*))*"
)


def pronoun_gender(pronoun: str) -> str:
    lower = pronoun.lower()
    if lower in ("he", "him", "his", "він", "його"):
        return "m"
    if lower in ("she", "her", "вона", "її"):
        return "f"
    return ""


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def bare(word: str) -> str:
    """``Rutte's`` -> ``Rutte``."""
    # One endswith for the three spellings (asked of every word of every name).
    return word[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else word


_POSSESSIVE_ENDINGS = ("'s", "’s", "ʼs")  # each two characters long


_POINTED = frozenset(("Jr", "Sr"))


@lru_cache(maxsize=4096)  # every quote's speaker: the same few names again and again
def with_points(name: str) -> str:
    """A name as it is written: the points that word matching leaves out put back after
    initials and suffixes ("Harry M Reid" -> "Harry M. Reid", "Robert Casey Jr" -> "...Jr.")."""
    words = name.split(" ")
    if len(words) < 2:
        return name
    return " ".join(
        f"{word}." if (len(word) == 1 and word.isupper()) or word in _POINTED else word
        for word in words
    )


def is_verb(word: str) -> bool:
    """A reporting verb as a verb is written: "States" and "Notes" are names or nouns."""
    return word in REPORTING_VERBS


def name_gap(text: str, left: re.Match[str], right_start: int) -> bool:
    """Whether the words ``left`` and the one at ``right_start`` belong to one name:
    only a space or a hyphen between them, or the dot of an honorific or an initial
    ("Mr. Rove", "Sen. Tom Carper", "George W. Bush")."""
    gap = text[left.end() : right_start]
    if gap.strip(" ") in ("", "-"):
        return True
    word = left.group()
    initial = len(word) == 1 and word.isupper()
    return (gap == ". " and (word in HONORIFICS or initial)) or (gap == "." and initial)


def is_role(word: str) -> bool:
    return word.lower() in ROLE_NOUNS


_CONTRACTION = re.compile(r"['’](?:s|d|ll|re|ve|m)$")


def is_acronym(word: str) -> bool:
    """``ESPN``, ``DNC``, ``NATO``: an organisation's letters (not "I", not "U.S.")."""
    return len(word) > 1 and word.isalpha() and word.isupper()


@lru_cache(maxsize=8192)  # asked of the same few names again and again
def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name."""
    lower = word.lower()
    if "'" in lower or "’" in lower:
        lower = _CONTRACTION.sub("", lower)  # "He's", "She'd", "They're": pronouns
    return (
        is_capitalised(word)
        and lower not in ROLE_NOUNS
        and lower not in FUNCTION_WORDS
        and lower not in PRONOUNS
        and lower not in PLURAL_PRONOUNS
        and not (word.isupper() and len(word) > 1)  # an acronym: NATO, EU
        and bare(word) not in CALENDAR_WORDS
        and lower not in PEOPLE_PLURALS
        and lower not in OPENING_PREPOSITIONS
    )


def verbs_in(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for word in WORD.finditer(text, start, end):
        if word.group() in REPORTING_VERBS:  # `is_verb`, inlined: every word passes here
            yield word


def end_of_verb(text: str, verb: re.Match[str], ceiling: int) -> int | None:
    """Where the reporting verb ends (after its particle), None if it needs one it lacks."""
    particle = PHRASAL_PARTICLES.get(verb.group().lower())
    if particle is None:
        return verb.end()
    following = _PARTICLE_AFTER[particle].match(text[verb.end() : ceiling])
    return verb.end() + following.end() if following else None


def inverts(verb: str) -> bool:
    """Whether the verb takes its subject after it ("said Rutte"); "called X" names
    an object instead."""
    return verb.lower() in INVERTING_VERBS


def ends_name(words: tuple[str, ...] | list[str]) -> bool:
    """Whether the last of ``words`` ends a person's name. A surname can be a role noun
    too ("Ms. Boxer", "Barbara Boxer", "Mr. King"): after an honorific or a given name
    it is the name; "the NATO Secretary General" stays a role."""
    last = words[-1] if words else ""
    if is_name_word(last):
        return True
    if len(words) < 2 or not is_capitalised(last) or last.lower() not in ROLE_NOUNS:
        return False
    before = words[-2]
    return before in HONORIFICS or (is_name_word(before) and not is_role(before))


_END = sys.maxsize


class LazyPattern:
    """A regular expression compiled on first use: most articles never need most of
    the rarer patterns, and compiling them all would slow every start-up."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._get().search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._get().match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._get().fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self._get().finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[str]:
        return self._get().findall(text, pos, endpos)

    def sub(self, replacement: Callable[[re.Match[str]], str], text: str) -> str:
        return self._get().sub(replacement, text)


# The particle after a phrasal verb of saying ("pointed out"), for `end_of_verb`.
_PARTICLE_AFTER = {
    particle: LazyPattern(rf"\s+{particle}\b") for particle in set(PHRASAL_PARTICLES.values())
}
