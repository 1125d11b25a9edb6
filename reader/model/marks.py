"""Quotation marks: which spans of an article are set in marks, or are dialogue lines,
and which of those are names, titles or terms rather than someone's words.

Detection is one linear pass per paragraph with a stack of open marks, so a
stray mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from reader.model.article import Paragraph, Span
from reader.model.words import LazyPattern

# Which closing mark ends which opening mark. The low-9 mark „ is closed by “
# (German, Ukrainian) or ” (Polish); a plain “ is closed by ”.
_CLOSES: dict[str, frozenset[str]] = {
    # A straight mark and a curly one pair up too: news copy mixes them ("…” and “…").
    '"': frozenset('"\u201d'),
    "\u201c": frozenset('\u201d"'),  # “ ”
    "\u201e": frozenset("\u201c\u201d"),  # „ “ or „ ”
    "\u00ab": frozenset("\u00bb"),  # « »
    "\u2039": frozenset("\u203a"),  # ‹ ›
    "\u2018": frozenset("\u2019'"),  # ‘ ’
    "'": frozenset("'\u2019"),
    "\u300c": frozenset("\u300d"),  # 「 」
}
_DOUBLE_OPENERS = frozenset('"\u201c\u201e\u00ab\u2039\u300c')
_MARKS = frozenset("\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019'\u300c\u300d")
_MARK_RE = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019'\u300c\u300d]")
_OPEN_CONTEXT = frozenset("([{\u2014\u2013-/\u00a0")
_DASHES = "\u2014\u2013\u2015"
_DASHED_HEADING = LazyPattern(rf"\s[{_DASHES}]\.?\s*$")
_DIALOGUE_START = re.compile(rf"[{_DASHES}]\s+(?=\S)")
# ", — Kudrytskyi added. — ..." : the dash that hands over to the narrator.
_DIALOGUE_BREAK = re.compile(rf"(?<=[,.!?\u2026])\s+[{_DASHES}]\s+")

_NAME_CONNECTORS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "da",
        "di",
        "del",
        "der",
        "van",
        "von",
        "la",
        "le",
        "al",
        "el",
        "in",
        "on",
        "at",
        "to",
        "&",
        "у",
        "в",
        "та",
        "і",
        "й",
    ]
)
# What introduces a name or a term, not speech; "renamed" ends in "named" and counts.
_TERM_INTRODUCERS = (
    "so-called", "so called", "dubbed", "named", "titled", "known as", "the word",
    "the words", "the term", "the terms", "the slogan", "the hashtag", "the operation",
    "the phrase", "так званий", "так звана", "так зване", "так звані", "під назвою",
)  # fmt: skip
TERMINAL = ".!?\u2026"
# After a term in marks: whose term it is ("…, as Russian officials call them").
_AS_THEY_CALL_IT = LazyPattern(  # … by people not named: "as Ada Moss called it" quotes her
    r"(?:\s+[\w'’\-]+){0,3},?\s+as (?:[\w'’\-]+ ){0,3}?[a-z][\w'’\-]* "
    r"(?:call|calls|called|dub|dubs|dubbed|term|terms|termed) (?:it|them|him|her|this)\b"
)


@dataclass(slots=True)  # internal, never changed: not frozen, which is slower
class Candidate:
    """A span in marks (or a dialogue line) before it is judged to be a quote."""

    start: int  # the opening mark (or dash)
    end: int  # just after the closing mark (or the quoted words, for dialogue)
    segments: tuple[Span, ...]
    paragraph: int  # index of the paragraph where the quote starts
    last_paragraph: int
    content: str  # the words without marks
    dialogue: bool = False


def _classify(text: str, index: int) -> str:
    """'open', 'close', 'both' or '' (not a quotation mark here) for the mark at ``index``."""
    mark = text[index]
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    space_before = before.isspace() or before in _OPEN_CONTEXT or before in _MARKS
    space_after = (
        after.isspace() or after in ",.;:!?)]}\u2026" or after in _DASHES or after in _MARKS
    )
    if mark in "\u2019'":
        if before.isalnum() and after.isalnum():
            return ""  # don't, O'Brien, Ukraine’s
        if before == "s" and after == " " and _possessed_noun_follows(text, index + 2):
            return ""  # the students' choice: a plural possessive
        if space_before and after.isdigit():
            return ""  # the ’90s
        if mark == "'" and space_before and after.isalpha():
            return "open"
        if not before.isspace() and space_after:
            return "close"
        return ""
    if mark == '"':
        if space_before and not after.isspace():
            return "open"
        if space_after and not before.isspace():
            return "close"
        return "both" if not (before.isspace() and after.isspace()) else ""
    if mark == "\u201d":
        if before.isspace() and after.isalnum():
            return "open"  # a sloppy ” used as an opener
        return "close"
    if mark == "\u201c":
        return "both"  # opens in English, closes „ in German and Ukrainian
    if mark == "\u2018":
        return "" if before.isalnum() else "open"
    if mark in "\u00ab\u201e\u2039\u300c":
        return "open"
    return "close"  # » › 」


_NEXT_WORD = re.compile(r"[^\W\d_][\w\-]*")
_NOT_POSSESSED = frozenset(
    "about above after against and as at because before but by during for from if in into "
    "is like of on or over since than that the then through to under until was were when "
    "where which while who with without said says told added".split()
)


def _possessed_noun_follows(text: str, index: int) -> bool:
    """``students' choice``: a lowercase noun, not a preposition or a verb of saying."""
    word = _NEXT_WORD.match(text, index, index + 30)
    return word is not None and word.group()[0].islower() and word.group() not in _NOT_POSSESSED


def _pairs_in(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Matched (open, close) mark pairs in ``text[start:end]`` and the openers left unmatched.

    Linear: each opener is pushed once and popped or dropped once, and a closer
    only searches the stack when an opener it can close is on it.
    """
    stack: list[int] = []
    open_count: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    for match in _MARK_RE.finditer(text, start, end):
        index = match.start()
        mark = text[index]
        role = _classify(text, index)
        if not role and mark == '"' and _spaced_closer(text, index, start):
            role = "close"  # 'like, "Oh, this is important," ' — a closer set off by a space
        if not role:
            continue
        sloppy = (
            mark == "\u201c"
            and (open_count.get(mark) or open_count.get('"'))
            and _sloppy_closer(text, index, end)
        )
        if (role in ("close", "both") and _can_close(mark, open_count)) or sloppy:
            while stack:
                opener = stack.pop()
                open_count[text[opener]] -= 1
                if mark in _CLOSES[text[opener]] or (sloppy and text[opener] in '"\u201c'):
                    pairs.append((opener, index + 1))
                    break
            continue
        if role in ("open", "both") and mark in _CLOSES:
            stack.append(index)
            open_count[mark] = open_count.get(mark, 0) + 1
    return pairs, stack


def _spaced_closer(text: str, index: int, floor: int) -> bool:
    """A straight mark between spaces that closes what came before: ``…today, "`` or,
    around a nested quote, ``…important,' "``."""
    if index + 1 < len(text) and not text[index + 1].isspace():
        return False
    at = index - 1
    while at > floor and text[at] == " " and index - at < 4:  # a space or two, no more
        at -= 1
    return at < index - 1 and at >= floor and text[at] in ",.?!'\u2019"


def _sloppy_closer(text: str, index: int, end: int) -> bool:
    """An opening “ typed where the closing ” belongs, right after the words and before
    a space or the paragraph's end: ``…for her here,“ said Ada Moss``."""
    before = text[index - 1]
    after = text[index + 1] if index + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)")


# Which opening marks each closing mark can end (the inverse of `_CLOSES`).
_OPENERS: dict[str, tuple[str, ...]] = {
    closer: tuple(opener for opener, closers in _CLOSES.items() if closer in closers)
    for closer in {c for closers in _CLOSES.values() for c in closers}
}


def _can_close(mark: str, open_count: dict[str, int]) -> bool:
    return any(open_count.get(opener) for opener in _OPENERS.get(mark, ()))


def _outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    reach = -1
    for opener, closer in sorted(pairs):
        if opener >= reach:
            result.append((opener, closer))
            reach = closer
    return result


def find_candidates(text: str, paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """Every outermost span in quotation marks, and every dialogue-dash line, in order.

    A quote whose paragraph ends unclosed continues when the next paragraph
    opens with the same mark (the news convention for multi-paragraph quotes).
    """
    words = text
    text = text.replace("''", '""') if "''" in text else text  # ''…'', as some papers write
    found: list[Candidate] = []
    pending: tuple[int, list[Span], int] | None = None  # (opener, segments, first paragraph)
    for number, paragraph in enumerate(paragraphs):
        if paragraph.code:
            pending = None
            continue
        if _MARK_RE.search(text, paragraph.start, paragraph.end) is None:
            pending = None  # no marks: nothing continues, only a dialogue line can speak
            if text[paragraph.start : paragraph.start + 1] in _DASHES:
                found.extend(_dialogue(words, paragraph, number))
            continue
        pairs, unmatched = _pairs_in(text, paragraph.start, paragraph.end)
        outer = _outermost(pairs)
        if pending is not None:
            opener, segments, first = pending
            pending = None
            closer = _continuation_close(paragraph, outer, unmatched)
            if closer == _STILL_OPEN:
                segments.append(Span(paragraph.start, paragraph.end))
                pending = (opener, segments, first)
                continue
            if closer is not None:
                segments.append(Span(paragraph.start, closer))
                found.append(_candidate(words, text, opener, closer, segments, first, number))
                outer = outer[1:]
        tail = _unclosed_tail(text, paragraph, outer, unmatched)
        if (
            tail is not None
            and _opens_like_speech(text, paragraph, tail)
            and _opens_next(text, paragraphs, number, text[tail])
        ):
            pending = (tail, [Span(tail, paragraph.end)], number)
            outer = [pair for pair in outer if pair[0] < tail]  # the rest is inside it
        elif not outer and not unmatched:
            found.extend(_dialogue(words, paragraph, number))
        found.extend(_candidate(words, text, o, c, [Span(o, c)], number, number) for o, c in outer)
        if pending is None and tail is not None and _left_open(text, paragraph, outer, tail):
            body = words[tail + 1 : paragraph.end].strip()
            found.append(
                Candidate(tail, paragraph.end, (Span(tail, paragraph.end),), number, number, body)
            )
    return _without_lists(words, paragraphs, found)


_LEFT_OPEN_WORDS = 6  # at least this many words in a quote whose closing mark is missing
_LETTERS = re.compile(r"[^\W\d_]+")
# A verb of saying and a comma before an opening mark: 'Quist said, "…'.
_SAYS_AND_COMMA = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|asked|asks|told \w+|saying|adding|writing),$"
)


def _left_open(text: str, paragraph: Paragraph, outer: list[tuple[int, int]], opener: int) -> bool:
    """A quote whose closing mark the paragraph's end stands for (the next paragraph does
    not continue it): one that opens with a capital after a colon, a verb of saying and a
    comma, or a quote of the same paragraph (``…," he said. "They think…``), of some
    length, with no mark after it."""
    if outer and outer[-1][0] > opener:
        return False
    if _MARK_RE.search(text, opener + 1, paragraph.end) is not None:
        return False
    first = _LETTERS.search(text, opener + 1, paragraph.end)
    if first is None or not first.group()[0].isupper():
        return False  # speech opens with a capital: not a stray scare mark, "a "win for …"
    before = text[paragraph.start : opener].rstrip()
    if not (before.endswith(":") or outer or _SAYS_AND_COMMA.search(before[-40:])):
        return False
    words = _LETTERS.finditer(text, opener + 1, paragraph.end)
    return sum(1 for _ in islice(words, _LEFT_OPEN_WORDS)) >= _LEFT_OPEN_WORDS


def _without_lists(
    text: str, paragraphs: Sequence[Paragraph], found: list[Candidate]
) -> list[Candidate]:
    """Dash lines are dialogue where, in their run of dash lines, a narrator speaks up
    (``— …, — Bison says.``) or someone asks (an interview's ``— Why …?``); a run with
    neither is a list of items, not speech."""
    lines = sorted({candidate.paragraph for candidate in found if candidate.dialogue})
    if not lines:
        return found
    listed: set[int] = set()
    run: list[int] = []
    for number in [*lines, -2]:  # -2 closes the last run
        if run and number != run[-1] + 1:
            if not any(_speaks_up(text, paragraphs[n]) for n in run):
                listed.update(run)
            run = []
        run.append(number)
    return [c for c in found if not (c.dialogue and c.paragraph in listed)]


def _speaks_up(text: str, paragraph: Paragraph) -> bool:
    """A narrator's break or a question in a dash line: it is someone speaking."""
    return (
        _DIALOGUE_BREAK.search(text, paragraph.start, paragraph.end) is not None
        or "?" in text[paragraph.start : paragraph.end]
    )


_STILL_OPEN = -1


def _continuation_close(
    paragraph: Paragraph, outer: list[tuple[int, int]], unmatched: list[int]
) -> int | None:
    """Where a quote continued from the previous paragraph closes in ``paragraph``.

    `_STILL_OPEN` when it runs on to the next paragraph, None when this
    paragraph does not continue it after all.
    """
    if outer and outer[0][0] == paragraph.start:
        return outer[0][1]
    if unmatched and unmatched[0] == paragraph.start:
        return _STILL_OPEN
    return None


def _unclosed_tail(
    text: str, paragraph: Paragraph, outer: list[tuple[int, int]], unmatched: list[int]
) -> int | None:
    """The unmatched double opener that runs to the paragraph's end, if any: one that no
    pair encloses (pairs after it are quotes inside it: ``"…about “Equal Justice” now.``)."""
    for opener in unmatched:  # (a pair that starts or ends next to it: the other half of '')
        if text[opener] in _DOUBLE_OPENERS and not any(
            a < opener < b or a == opener + 1 or b == opener for a, b in outer
        ):
            return opener
    return None


def _opens_like_speech(text: str, paragraph: Paragraph, opener: int) -> bool:
    """An unclosed quote continues only if it opens like speech: at the paragraph's
    start or after an introduction (``said:``, ``said,``), with a capital letter."""
    before = text[paragraph.start : opener].rstrip()
    first = next((c for c in text[opener + 1 : opener + 40] if c.isalpha()), "")
    return (not before or before[-1] in ":,—–") and first.isupper()


def _opens_next(text: str, paragraphs: Sequence[Paragraph], number: int, mark: str) -> bool:
    if number + 1 >= len(paragraphs):
        return False
    following = paragraphs[number + 1]
    return not following.code and text[following.start] == mark


def _candidate(
    words: str, marks: str, opener: int, closer: int, segments: list[Span], first: int, last: int
) -> Candidate:
    """``words`` is the article's text, ``marks`` the same with ``''`` made ``""``."""

    def width(at: int, step: int) -> int:  # 2 for a mark written as two apostrophes
        return 2 if words[at] == "'" and marks[at] == marks[at + step] == '"' else 1

    # Each segment opens with a mark; only the last one closes with one.
    parts = [words[s.start + width(s.start, 1) : s.end].strip() for s in segments[:-1]]
    end = segments[-1]
    parts.append(words[end.start + width(end.start, 1) : end.end - width(end.end - 1, -1)].strip())
    return Candidate(opener, closer, tuple(segments), first, last, "\n\n".join(parts))


def _dialogue(text: str, paragraph: Paragraph, number: int) -> Iterable[Candidate]:
    """Quotes in a line of dialogue: ``— We ask…, — Kudrytskyi added. — And…``."""
    if not _DIALOGUE_START.match(text, paragraph.start, paragraph.end):
        return
    if _DASHED_HEADING.search(text, paragraph.start, paragraph.end):
        return  # "– Country less safe –.": a heading set between dashes, not speech
    position = paragraph.start
    speaking = True
    while position < paragraph.end:
        brk = _DIALOGUE_BREAK.search(text, position, paragraph.end)
        stop = brk.start() if brk else paragraph.end
        if speaking:
            opening = _DIALOGUE_START.match(text, position, stop)
            body_start = opening.end() if opening else position
            words = text[body_start:stop].rstrip(",")
            if words.strip():
                yield Candidate(
                    position, stop, (Span(position, stop),), number, number, words, dialogue=True
                )
        if brk is None:
            return
        position = brk.start() + len(brk.group()) - len(brk.group().lstrip())
        speaking = not speaking


# A letter or a digit: what `str.isalnum` says yes to (`re`'s \w is that and "_").
_ALNUM = re.compile(r"[^\W_]")


def is_name_or_term(text: str, candidate: Candidate, floor: int) -> bool:
    """A title, a name or a term in marks ("European Pravda", so-called "referendum")."""
    if candidate.dialogue:
        return False
    if _ALNUM.search(candidate.content) is None:
        return True  # marks around nothing but marks or punctuation
    if candidate.content.startswith("@") and " " not in candidate.content.strip():
        return True  # an account's handle: "@realDonaldTrump"
    if (
        text[max(floor, candidate.start - 40) : candidate.start]
        .rstrip()
        .lower()
        .endswith(_TERM_INTRODUCERS)
    ):
        return True
    if len(candidate.content.split(None, 4)) <= 4 and _AS_THEY_CALL_IT.match(
        text, candidate.end, candidate.end + 60
    ):
        return True  # `the "liberated" territories, as officials call them`: their term
    words = candidate.content.split(None, 7)  # a title has six words at most
    if len(words) > 6:
        return False
    if candidate.content.rstrip()[-1:] in TERMINAL + ",":
        # A title at the end of a sentence or before a comma takes the point inside the
        # marks in American style ("on ''Fox News Sunday.''"): two capitals at least.
        bare = [w.rstrip(TERMINAL + ",") for w in words]
        return len(words) >= 2 and bare[0] != "I" and _title_case(bare) and _capitals(bare) >= 2
    return _title_case(words)


def _capitals(words: Sequence[str]) -> int:
    return sum(1 for w in words if w[:1].isupper())


def _title_case(words: Sequence[str]) -> bool:
    significant = [w for w in words if w.lower().strip("'’") not in _NAME_CONNECTORS]
    if not significant:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in (s.lstrip("[(\"'") for s in significant))


def is_partial(text: str, candidate: Candidate, sentence_floor: int) -> bool:
    """A fragment set inside a sentence ("closer to NATO than "ever before"")."""
    if candidate.dialogue:
        return False
    first = next((c for c in candidate.content if c.isalpha()), "")
    if first and first.islower():
        return True
    before = text[sentence_floor : candidate.start].rstrip()
    if not before or before[-1] in ":,\u2014\u2013-":
        return False
    return candidate.content.rstrip()[-1:] not in TERMINAL
