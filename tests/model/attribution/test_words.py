"""Words: what can be part of a name, and which dots a name runs across."""

from __future__ import annotations

import re

import pytest

from reader.model.words import WORD, is_name_word, is_verb, name_gap, verbs_in


@pytest.mark.parametrize("word", ["Rove", "O'Brien", "Zelensky", "Кравченко"])
def test_names(word: str) -> None:
    assert is_name_word(word)


@pytest.mark.parametrize("word", ["Tuesday", "September", "NATO", "The", "He", "Critics", "said"])
def test_not_names(word: str) -> None:
    assert not is_name_word(word)


def _gap(text: str) -> bool:
    words = list(WORD.finditer(text))
    return name_gap(text, words[0], words[1].start())


@pytest.mark.parametrize("text", ["Mr. Rove", "Sen. Tom", "W. Bush", "J.M", "Ann Lee"])
def test_a_name_runs_across_honorifics_and_initials(text: str) -> None:
    assert _gap(text)


@pytest.mark.parametrize("text", ["Rove. Then", "Kyiv, Zelensky", "Paris; Lyon"])
def test_a_name_stops_at_other_punctuation(text: str) -> None:
    assert not _gap(text)


def test_a_verb_of_saying_is_written_in_lowercase() -> None:
    assert is_verb("said") and is_verb("telling")
    assert not is_verb("States")  # "United States"
    text = "the United States says it told them"
    assert [m.group() for m in verbs_in(text, 0, len(text))] == ["says", "told"]
    assert re.fullmatch(WORD, "Ukraineʼs")
