"""Cues and subjects: the stages that pick a quote's speaker."""

from __future__ import annotations

from reader.model.cues import cue_after, cue_within
from reader.model.people import find_people
from reader.model.subjects import subject_of

TEXT = (
    'Mayor Ida Lorne met Tomas Reed. "Not now," Lorne said. '
    '"Later," Tomas Reed, who chairs the board, said. '
    'Lorne mocked the board for its "summer of excuses" on Monday. '
    'A committee said the plan was "years behind."'
)


def test_cue_after_a_quote_with_an_aside() -> None:
    people = find_people(TEXT)
    end = TEXT.index('," Tomas') + 2
    found = cue_after(TEXT, people, end, len(TEXT), end - 9)
    assert found is not None and found.speaker == "Tomas Reed"


def test_cue_within_the_sentence_before_the_quote() -> None:
    people = find_people(TEXT)
    start = TEXT.index("A committee")
    assert cue_within(TEXT, people, start, TEXT.index('"years'), start) is None


def test_the_subject_of_the_sentence_owns_a_partial_quote() -> None:
    people = find_people(TEXT)
    start = TEXT.index("Lorne mocked")
    found = subject_of(TEXT, people, start, TEXT.index('"summer'))
    assert found is not None and (found.speaker, found.cue) == ("Ida Lorne", "Lorne")


def test_no_subject_when_another_clause_reports_it() -> None:
    people = find_people(TEXT)
    start = TEXT.index("A committee")
    assert subject_of(TEXT, people, start, TEXT.index('"years')) is None


def test_the_subject_after_an_opening_phrase_in_a_later_sentence() -> None:
    text = (
        "Ida Lorne writes columns. Budgets were tight for years. In the worst of the "
        'slump, Karl Rove worried that the town was becoming "a museum of itself."'
    )
    people = find_people(text)
    sentence = text.index(" In the worst")  # a sentence starts after its point
    found = subject_of(text, people, sentence, text.index('"'))
    assert found is not None and found.speaker == "Karl Rove"
