"""A quote from a Markdown article or a web page is cited by its words, not its markup."""

from __future__ import annotations

import pytest

from reader.model import parse
from reader.model.inline_text import plain_words


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("We will [publish the plan][] in **June**", "We will publish the plan in June"),
        ('read [the ruling](https://court.example/r "Ruling") again', "read the ruling again"),
        ("the [third report][4] and ![a chart](chart.png)", "the third report and a chart"),
        ("*never* _again_ __this__ `year`", "never again this year"),
        ("rose 2 * 3 times in snake_case_town", "rose 2 * 3 times in snake_case_town"),
        (r"a \*starred\* word and a \[bracket\]", "a *starred* word and a [bracket]"),
        ('no markup, just "words"', 'no markup, just "words"'),
    ],
)
def test_markup_goes_and_the_words_stay(markdown: str, words: str) -> None:
    assert plain_words(markdown) == words


def test_a_markdown_quote_with_a_link_is_given_in_words() -> None:
    text = (
        "# Harbour plan\n\n"
        '"We will [publish the plan][] in **June**," said Mayor Ilse Brandt.\n\n'
        "[publish the plan]: https://harbour.example/plan\n"
    )
    article = parse(text, "markdown")
    (quote,) = article.quotes
    assert quote.text == "We will publish the plan in June"
    assert quote.speaker == "Ilse Brandt"
    # The offsets still index the article's own text, markup and all.
    assert "[publish the plan][]" in article.text[quote.start : quote.end]


def test_plain_text_quotes_keep_their_characters() -> None:
    article = parse('Title\n\n"Keep *this* as written," said Ilse Brandt.\n', "text")
    assert article.quotes[0].text == "Keep *this* as written"
