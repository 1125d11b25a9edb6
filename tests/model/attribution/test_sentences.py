"""Sentences and the text the attribution rules read."""

from __future__ import annotations

from reader.model.article import Paragraph
from reader.model.sentences import Sentences, attribution_text


def test_attribution_text_keeps_every_offset() -> None:
    text = "''Yes,'' Sen. Ida Lorne (D-Ore.) said,\u00a0and Rep. Carl Munro, R-Ky., agreed."
    read = attribution_text(text)
    assert len(read) == len(text)
    assert read.startswith('""Yes,""')
    assert "(D-Ore.)" not in read and "R-Ky." not in read and "\u00a0" not in read


def test_sentences_go_on_after_abbreviations_and_end_after_closing_marks() -> None:
    text = 'Mr. Rove met Gov. Lorne in the U.S. Senate. "It went well." Then they left.'
    sentences = Sentences(text, [Paragraph(text, 0, len(text))])
    assert sentences.start(0, 0, text.index("Senate")) == 0
    assert sentences.start(0, 0, text.index("Then")) == text.index("Then") - 1
