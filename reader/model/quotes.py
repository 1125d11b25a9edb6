"""Quotes and their speakers: the stage that runs the attribution pipeline.

`find_quotes` takes the spans in marks (`reader.model.marks`), drops names and
scare quotes, and gives each quote its speaker from the stages in order: a colon
introduction, a cue after the quote, a cue in its sentence (`reader.model.cues`), the
subject of its sentence (`reader.model.subjects`); then the fallbacks here: an
interrupted quote, a line that signs a quote paragraph, a quote paragraph that goes
on with the previous speaker, an interview turn, a cue in the sentences just before.
The people index (`reader.model.people`) resolves every mention to a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model.article import Paragraph, Quote
from reader.model.cues import (
    Attribution,
    colon_intro,
    cue_after,
    cue_ending_sentence,
    cue_within,
)
from reader.model.lexicon import PRONOUNS
from reader.model.marks import TERMINAL, Candidate, find_candidates, is_name_or_term, is_partial
from reader.model.people import People, find_people
from reader.model.sentences import SENTENCE_REACH, Sentences, attribution_text
from reader.model.subjects import subject_of
from reader.model.words import LazyPattern, pronoun_gender, verbs_in, with_points

TYPE_CHECKING = False  # `typing` is not imported at run time: `--dump` starts faster
if TYPE_CHECKING:
    from reader.model.article import SpeakerKind

_ACCORDING_TO = re.compile(r"(?i)\baccording to\b|\bза (?:його |її )?словами\b")


def find_quotes(
    text: str, paragraphs: Sequence[Paragraph], sections: Sequence[str | None]
) -> tuple[Quote, ...]:
    """The article's quotes in reading order, each with its speaker and cue.

    ``sections[i]`` is the id of the section that holds ``paragraphs[i]``.
    """
    paragraphs, sections = _line_paragraphs(text, paragraphs, sections)
    candidates = find_candidates(text, paragraphs)
    if not candidates:
        return ()
    text = attribution_text(text)
    people = find_people(text, [(c.start, c.end) for c in candidates])
    sentences = Sentences(text, paragraphs)
    quotes: list[Quote] = []
    previous: Candidate | None = None  # the previous span in marks that is no name or title
    previous_quote: Quote | None = None
    context = _Context(text, people, paragraphs, sentences)
    for index, candidate in enumerate(candidates):
        paragraph = paragraphs[candidate.paragraph]
        same_paragraph = previous is not None and previous.last_paragraph == candidate.paragraph
        floor = previous.end if previous is not None and same_paragraph else paragraph.start
        sentence = sentences.start(candidate.paragraph, floor, candidate.start)
        if is_name_or_term(text, candidate, sentence):
            continue  # a title in marks leaves the sentence whole: `Ada Moss, of "Tides," said`
        previous = candidate
        ceiling = _next_quote_start(context, candidates, index)
        attribution = _attribute(context, candidate, floor, sentence, ceiling)
        if attribution is None:
            attribution = _cue_after_series(context, candidates, index)
        if (
            attribution is None
            and previous_quote is not None
            and previous_quote.speaker is not None
            and _same_paragraph(previous_quote, candidate, paragraphs)
        ):  # an interrupted quote: `"…," he said. "…"`
            attribution = Attribution(previous_quote.speaker, previous_quote.cue)
        if attribution is None and candidate.dialogue:
            attribution = _interview_turn(quotes, candidate, paragraphs)
        if attribution is None and not candidate.dialogue and candidate.start == paragraph.start:
            attribution = (
                _signed_below(context, candidate)
                or _speaker_goes_on(previous_quote, candidate, paragraphs)
                or _speaker_goes_on_after_a_pause(context, previous_quote, candidate)
                or _reported_just_before(context, candidate)
            )
        if attribution is None and sentence > floor:
            # the paragraph's speaker: a cue in the sentences just before
            earlier = max(floor, sentence - SENTENCE_REACH)
            attribution = cue_within(text, people, earlier, sentence, candidate.start)
        partial = is_partial(text, candidate, sentence) and not (
            same_paragraph and _resumes_after_cue(text, floor, candidate.start)
        )
        if (
            attribution is None
            and len(candidate.content.split()) <= 4
            and (partial or candidate.content.rstrip()[-1:] not in TERMINAL + ",")
            and not _reported(text, sentence, candidate, ceiling)
        ):
            continue  # a scare quote or a title: a short phrase nobody is said to say
        speaker = attribution.speaker if attribution else None
        quote = quote_from(
            candidate,
            len(quotes) + 1,
            sections[candidate.paragraph],
            speaker,
            attribution.cue if attribution else None,
            partial,
            people.kind_of(speaker),
        )
        quotes.append(quote)
        if speaker is not None:
            people.add_mention(candidate.start, speaker)
        previous_quote = quote
    return tuple(quotes)


_LINE_END = LazyPattern(r"[.!?:\u2026\"\u201d\u2019)\]]\s*\n")


def _line_paragraphs(
    text: str, paragraphs: Sequence[Paragraph], sections: Sequence[str | None]
) -> tuple[list[Paragraph], list[str | None]]:
    """Paragraphs as the quote rules read them: a block whose every line ends a sentence
    is one paragraph a line (news exports often set paragraphs one a line, without a
    blank line between); hard-wrapped text stays whole."""
    split: list[Paragraph] = []
    owners: list[str | None] = []
    for paragraph, section in zip(paragraphs, sections, strict=True):
        lines = text.count("\n", paragraph.start, paragraph.end)
        if (
            paragraph.code
            or not lines
            or len(_LINE_END.findall(text, paragraph.start, paragraph.end)) < lines
        ):
            split.append(paragraph)
            owners.append(section)
            continue
        start = paragraph.start
        while start < paragraph.end:
            newline = text.find("\n", start, paragraph.end)
            end = paragraph.end if newline < 0 else newline
            if text[start:end].strip():
                split.append(Paragraph(text[start:end], start, end))
                owners.append(section)
            start = end + 1
    return split, owners


def _resumes_after_cue(text: str, previous_end: int, start: int) -> bool:
    """``"This is a serious number," he said, "and it is…"``: the second part of an
    interrupted quote starts in lowercase but is no fragment."""
    between = text[previous_end:start]
    return (
        len(between) <= 80
        and between.rstrip().endswith(",")
        and any(verbs_in(text, previous_end, start))
    )


# A line that signs the quote above it: "- Bernie Sanders." / "— Hillary Clinton"
_SIGNATURE = LazyPattern(r"[-\u2013\u2014]\s*((?:[A-Z][\w'\u2019\-]*\.? ?){1,4}?)\.?\s*$")


def _signed_below(context: _Context, candidate: Candidate) -> Attribution | None:
    """A quote paragraph followed by a line that names who said it."""
    number = candidate.last_paragraph + 1
    if number >= len(context.paragraphs):
        return None
    rest = context.paragraphs[candidate.last_paragraph].end - candidate.end
    following = context.paragraphs[number]
    signed = _SIGNATURE.fullmatch(context.text, following.start, following.end)
    if rest > 2 or signed is None:
        return None
    words = tuple(signed.group(1).replace(".", " ").split())
    speaker = context.people.resolve_name(words, signed.start(1))
    return Attribution(speaker, signed.group().strip()) if speaker else None


def _speaker_goes_on(
    previous: Quote | None, candidate: Candidate, paragraphs: Sequence[Paragraph]
) -> Attribution | None:
    """A paragraph that is nothing but a quote, after a paragraph that closed
    with a named speaker's quote, goes on with that speaker's words."""
    if previous is None or previous.speaker is None or candidate.paragraph == 0:
        return None
    before = paragraphs[candidate.paragraph - 1]
    if not before.start <= previous.start < before.end:
        return None
    if candidate.paragraph != candidate.last_paragraph:
        return Attribution(previous.speaker, previous.cue)
    rest = paragraphs[candidate.paragraph].end - candidate.end
    return Attribution(previous.speaker, previous.cue) if rest <= 2 else None


_PAUSE_WORDS = 8  # a narrator's aside between two quotes of one speaker: "She pauses."
_PAUSES = frozenset(("pause", "pauses", "silence", "laughter", "applause", "laughs", "sighs"))


def _speaker_goes_on_after_a_pause(
    context: _Context, previous: Quote | None, candidate: Candidate
) -> Attribution | None:
    """A quote paragraph after a short narrator's paragraph ("She pauses.", "Pause.")
    that itself follows a named speaker's quote paragraph goes on with that speaker: the
    aside names no one else and its pronoun, if any, fits the speaker."""
    if previous is None or previous.speaker is None or candidate.paragraph < 2:
        return None
    paragraphs, text, people = context.paragraphs, context.text, context.people
    earlier, pause = paragraphs[candidate.paragraph - 2], paragraphs[candidate.paragraph - 1]
    if not earlier.start <= previous.start < earlier.end:
        return None  # the speaker's quote is in the paragraph before the pause
    words = text[pause.start : pause.end].split()
    if not words or len(words) > _PAUSE_WORDS or _MARK_IN.search(text, pause.start, pause.end):
        return None
    if any(word[:1].isupper() for word in words[1:]):
        return None  # someone else may come in: "She hands the microphone to Omar Quist."
    first = words[0].lower()
    if len(words) == 1:
        if first.rstrip(".!") not in _PAUSES:
            return None  # "***" is a break, not a pause
    elif first in PRONOUNS:  # "She pauses.": she is the one last named, and the speaker
        if not pronoun_gender(first) or people.last_before(pause.start, first) != previous.speaker:
            return None
    elif words[0].rstrip(".,") not in previous.speaker.split(" "):
        return None  # someone else may act here: "Moss nods." for Quist's quotes
    rest = paragraphs[candidate.paragraph].end - candidate.end
    return Attribution(previous.speaker, previous.cue) if rest <= 2 else None


_MARK_IN = LazyPattern('["“”«»]')


def _reported_just_before(context: _Context, candidate: Candidate) -> Attribution | None:
    """A quote paragraph with no cue of its own, after a paragraph whose last sentence
    reports what a named person said (`Carter said that the critics were wrong.` /
    `"That's because …"`), goes on with that person's words."""
    if candidate.paragraph == 0:
        return None
    number = candidate.paragraph - 1
    before = context.paragraphs[number]
    if before.code or before.end <= before.start:
        return None
    start = context.sentences.start(number, before.start, before.end - 1)
    found = cue_within(context.text, context.people, start, before.end, candidate.start)
    if (
        found is None
        or found.cue is None
        or context.people.kind_of(found.speaker) != "person"  # an outlet reports others
        or found.cue.split(" ", 1)[0].lower() in PRONOUNS  # a paragraph away: too far
        or _REPORTED_NEWS.search(found.cue) is not None
    ):
        return None
    return found


# An outlet's or an office's report passes on someone else's words: "CNN reported".
_REPORTED_NEWS = LazyPattern(r"\b(?:reported|reports|announced|announces)\b")


def _interview_turn(
    quotes: Sequence[Quote], candidate: Candidate, paragraphs: Sequence[Paragraph]
) -> Attribution | None:
    """In an interview's dialogue lines, an unattributed answer after an unattributed
    question is the previous answerer's: turns alternate."""
    if len(quotes) < 2:
        return None
    question, answer = quotes[-1], quotes[-2]
    if question.speaker is not None or answer.speaker is None:
        return None
    before = paragraphs[candidate.paragraph - 1] if candidate.paragraph else None
    if before is None or not before.start <= question.start < before.end:
        return None  # the question must be the line just before
    return Attribution(answer.speaker, answer.cue)


def _reported(text: str, sentence: int, candidate: Candidate, ceiling: int) -> bool:
    """Whether the quote's sentence reports speech at all, even by someone unnamed."""
    before = text[sentence : candidate.start].rstrip()
    if before.endswith(":"):
        return True
    after_end = min(ceiling, candidate.end + 80)
    return (
        any(verbs_in(text, sentence, candidate.start))
        or any(verbs_in(text, candidate.end, after_end))
        or _ACCORDING_TO.search(text, sentence, after_end) is not None
    )


def _same_paragraph(quote: Quote, candidate: Candidate, paragraphs: Sequence[Paragraph]) -> bool:
    paragraph = paragraphs[candidate.paragraph]
    return paragraph.start <= quote.end <= paragraph.end


@dataclass(slots=True)  # internal, never changed: not frozen, which is slower
class _Context:
    text: str
    people: People
    paragraphs: Sequence[Paragraph]
    sentences: Sentences


def _attribute(
    context: _Context, candidate: Candidate, floor: int, sentence: int, ceiling: int
) -> Attribution | None:
    text, people = context.text, context.people
    at = candidate.start
    paragraph_start = context.paragraphs[candidate.paragraph].start
    before = text[sentence : candidate.start]
    if before.rstrip().endswith(":"):
        introduced = colon_intro(text, people, sentence, candidate.start, at)
        if introduced is not None:
            return introduced
    elif not before.strip() and floor == paragraph_start:
        introduced = _intro_in_previous_paragraph(context, candidate)
        if introduced is not None:
            return introduced
    named = _what_they_called(text, people, sentence, candidate.start)
    if named is not None:
        return named
    inside = bool(before.strip())  # the quote sits inside a sentence that began before it
    if not (inside and _ends_sentence(text, candidate)):
        # `… he called Trump "a con artist." He said …`: the next sentence's cue is not its
        after = cue_after(text, people, candidate.end, ceiling, at)
        if after is not None:
            return after
    within = cue_within(text, people, sentence, candidate.start, at)
    if within is not None or sentence == candidate.start or sentence == floor != paragraph_start:
        return within  # no subject to read off a clause that began after another quote
    found = subject_of(text, people, sentence, candidate.start)
    if found is None and inside and candidate.content.rstrip()[-1:] not in TERMINAL:
        # `… carry "a great deal of weight" and bring "firepower," Ada Moss said.`
        paragraph_end = context.paragraphs[candidate.last_paragraph].end
        found = cue_ending_sentence(text, people, candidate.end, paragraph_end, at, True)
    return found


_SERIES_LONGEST = 6  # quotes in one series: bounded, so "a" "b" "c" … stays linear
# What joins quotes in a series: `"a," "b" and "c," she said`.
_SERIES_JOIN = LazyPattern(r"[\s,;]*(?:(?:and|or|as well as|but also|then)\s+)?")


def _cue_after_series(
    context: _Context, candidates: Sequence[Candidate], index: int
) -> Attribution | None:
    """A quote that a series of quotes goes on from takes the cue after the series:
    `Guns are "a crisis" and "a disgrace," Ada Moss said.`"""
    text = context.text
    last = index
    while last + 1 < min(len(candidates), index + _SERIES_LONGEST):
        current, following = candidates[last], candidates[last + 1]
        if following.paragraph != current.last_paragraph or following.dialogue:
            break
        if _SERIES_JOIN.fullmatch(text, current.end, following.start) is None:
            break
        if current.content.rstrip()[-1:] in TERMINAL:
            break  # `"…." "…"`: the sentence ended
        last += 1
    if last == index:
        return None
    ceiling = _next_quote_start(context, candidates, last)
    return cue_after(text, context.people, candidates[last].end, ceiling, candidates[index].start)


_TITLES_PASSED = 3  # names and titles in marks a cue may lie beyond ("wearing "X" pins")


def _next_quote_start(context: _Context, candidates: Sequence[Candidate], index: int) -> int:
    """Where the attribution of ``candidates[index]`` must stop: the next span in marks
    in its last paragraph that is not a name or title, else that paragraph's end."""
    current = candidates[index]
    end = context.paragraphs[current.last_paragraph].end
    for span in candidates[index + 1 : index + 1 + _TITLES_PASSED]:
        if span.paragraph != current.last_paragraph:
            return end
        sentence = context.sentences.start(span.paragraph, current.end, span.start)
        if not is_name_or_term(context.text, span, sentence):
            return span.start
    beyond = index + 1 + _TITLES_PASSED
    if beyond < len(candidates) and candidates[beyond].paragraph == current.last_paragraph:
        return candidates[index + 1].start  # titles in a long row: stop at the first
    return end


# Right before a quote: "what Mr. Hedge called ''…''", "what she described as "…"".
# The literal first and its word boundary after it (no word character before
# "what") let the regex engine skip ahead fast; \b first tried every position.
_WHAT_THEY_CALLED = LazyPattern(
    r"what(?<!\wwhat) (?:[\w.'’\-]+ ){1,4}?(?:has |had |once )?"
    r"(?:called|calls|termed|terms|dubbed|dubs|described as|describes as)\s*$"
)


def _what_they_called(text: str, people: People, sentence: int, quote: int) -> Attribution | None:
    """A quote named as someone's words right before it: `under what Mr. Hedge called
    "the old model," the club …` is Mr. Hedge's, whatever the sentence goes on to say."""
    called = _WHAT_THEY_CALLED.search(text, max(sentence, quote - 80), quote)
    if called is None:
        return None
    return cue_within(text, people, called.start() + len("what "), called.end(), quote)


def _ends_sentence(text: str, candidate: Candidate) -> bool:
    """A point inside the closing marks and a capital after them: the sentence ended."""
    if not candidate.content.rstrip().endswith((".", "!", "?", "\u2026")):
        return False
    following = text[candidate.end : candidate.end + 3].lstrip(" ")
    return following[:1].isupper()


def _intro_in_previous_paragraph(context: _Context, candidate: Candidate) -> Attribution | None:
    """``Zelensky said on Monday:`` closing the paragraph before a quote paragraph."""
    if candidate.paragraph == 0:
        return None
    number = candidate.paragraph - 1
    previous = context.paragraphs[number]
    if previous.code or not previous.text.rstrip().endswith(":"):
        return None
    start = context.sentences.start(number, previous.start, previous.end - 1)
    return colon_intro(context.text, context.people, start, previous.end, candidate.start)


def quote_from(
    candidate: Candidate,
    number: int,
    section: str | None,
    speaker: str | None,
    cue: str | None,
    partial: bool,
    speaker_kind: SpeakerKind | None = None,
) -> Quote:
    return Quote(
        id=f"q{number}",
        text=candidate.content.strip().rstrip(","),  # the comma is the writer's, not the speaker's
        speaker=with_points(speaker) if speaker else None,
        section=section,
        start=candidate.start,
        end=candidate.end,
        partial=partial,
        cue=cue,
        segments=candidate.segments,
        speaker_kind=speaker_kind,
    )
