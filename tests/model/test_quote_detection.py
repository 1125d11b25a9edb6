"""Quote detection on the hard cases of news writing, one test each."""

from __future__ import annotations

from reader.model import Article, parse


def quotes_of(body: str, source_format: str = "text") -> list[tuple[str, str | None, bool]]:
    article = parse(f"Title\n\n{body}\n", source_format)  # type: ignore[arg-type]
    return [(q.text, q.speaker, q.partial) for q in article.quotes]


def article_of(body: str) -> Article:
    return parse(f"Title\n\n{body}\n")


def test_every_common_mark_style() -> None:
    body = (
        'Anna Kovalenko said: "Straight double."\n\n'
        "Anna Kovalenko said: “Curly double.”\n\n"
        "Anna Kovalenko said: «Guillemets.»\n\n"
        "Anna Kovalenko said: „Low and high.“\n\n"
        "Anna Kovalenko said: ‘Curly single.’\n\n"
        "Anna Kovalenko said: 'Straight single.'"
    )
    assert [q[0] for q in quotes_of(body)] == [
        "Straight double.",
        "Curly double.",
        "Guillemets.",
        "Low and high.",
        "Curly single.",
        "Straight single.",
    ]


def test_apostrophes_are_not_quotation_marks() -> None:
    body = (
        "Ukraineʼs army and O'Brien's team don't agree, as in the ’90s, Kovalenko said. "
        "'It's the students' choice,' she said."
    )
    assert [q[0] for q in quotes_of(body)] == ["It's the students' choice"]


def test_multi_paragraph_quote_is_one_quote() -> None:
    body = (
        'Mayor Ihor Terekhov said:\n\n"We will rebuild every school.\n\n'
        '"The first two will open in September.\n\n"This is our city."'
    )
    article = article_of(body)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.text == "\n\n".join(
        [
            "We will rebuild every school.",
            "The first two will open in September.",
            "This is our city.",
        ]
    )
    assert quote.speaker == "Ihor Terekhov"
    assert article.text[quote.start : quote.end].count("\n\n") == 2


def test_quote_interrupted_by_its_attribution_is_two_quotes_by_one_speaker() -> None:
    body = (
        '"This is a serious number," Commissioner Wopke Hoekstra said, '
        '"and it is more than double."'
    )
    assert quotes_of(body) == [
        ("This is a serious number", "Wopke Hoekstra", False),
        ("and it is more than double.", "Wopke Hoekstra", False),
    ]


def test_partial_quote_inside_a_sentence_is_marked_partial() -> None:
    body = 'NATO chief Mark Rutte said that Ukraine is closer to NATO than "ever before".'
    assert quotes_of(body) == [("ever before", "Mark Rutte", True)]


def test_names_titles_and_scare_quotes_are_not_quotes() -> None:
    body = (
        'The correspondent of "European Pravda" reported that "Ukrenergo" repaired the ship '
        '"Moskva Two" in the so-called "liberated" territories.\n\n'
        'They call it a "special operation".'
    )
    assert quotes_of(body) == []


def test_nested_quotes_and_bracketed_insertions_are_kept_as_written() -> None:
    body = (
        "“Every minister told me: ‘no decisions about Ukraine without Ukraine’. "
        "Allies [in the war] agree,” said Andrii Sybiha."
    )
    assert quotes_of(body) == [
        (
            "Every minister told me: ‘no decisions about Ukraine without Ukraine’. "
            "Allies [in the war] agree",
            "Andrii Sybiha",
            False,
        )
    ]


def test_dialogue_dashes_are_quotes() -> None:
    body = (
        "Ukrenergo chairman Volodymyr Kudrytskyi spoke on television.\n\n"
        "— We ask everyone to save energy, — Kudrytskyi added. — The evening is the hardest."
    )
    assert quotes_of(body) == [
        ("We ask everyone to save energy", "Volodymyr Kudrytskyi", False),
        ("The evening is the hardest.", "Volodymyr Kudrytskyi", False),
    ]


def test_a_stray_opening_mark_does_not_swallow_the_article() -> None:
    body = 'She wrote "unfinished business.\n\n"We will win," Rutte said.\n\n"Again," he said.'
    assert [q[0] for q in quotes_of(body)] == ["We will win", "Again"]


def test_unclosed_marks_everywhere_still_find_closed_quotes() -> None:
    body = 'a " b “ c « d\n\n"Still found," Rutte said.\n\nMore " text'
    assert quotes_of(body) == [("Still found", "Rutte", False)]


def test_raw_offsets_cover_marks_and_text_excludes_them() -> None:
    article = article_of("“Hello there,” said Anna Kovalenko.")
    quote = article.quotes[0]
    assert article.text[quote.start : quote.end] == "“Hello there,”"
    assert quote.text == "Hello there"


def test_dash_lines_with_no_narrator_are_a_list_not_dialogue() -> None:
    body = (
        "The prize went to three reporters this year:\n\n"
        "— Ada Moss of the Harbor Ledger, for her work on the port.\n\n"
        "— Leo Brandt of the Evening Post, for his series on the dam.\n\n"
        '"They earned it," the jury chair, Omar Quist, said.'
    )
    assert quotes_of(body) == [("They earned it", "Omar Quist", False)]


def test_a_term_others_use_is_not_a_quote() -> None:
    body = 'Residents of the "liberated" villages, as the officials call them, were moved.'
    assert quotes_of(body) == []


def test_a_straight_closing_mark_after_a_space_still_closes() -> None:
    # Some wires set a space between a nested quote's close and the outer one: ' ".
    body = (
        "Lena Pike said voters \"hear a rumour and think, 'Well, that settles it,' \" "
        "and move on.\n\n"
        '"We saw it coming and we were ready for it, " Pike said.'
    )
    assert quotes_of(body) == [
        ("hear a rumour and think, 'Well, that settles it,'", "Lena Pike", True),
        ("We saw it coming and we were ready for it", "Lena Pike", False),
    ]


def test_an_opening_curly_mark_typed_as_the_closer_closes() -> None:
    body = (
        '"Nobody wants trouble here,“ said Omar Quist.\n\n“Would you sign it?“ he asked the crowd.'
    )
    assert quotes_of(body) == [
        ("Nobody wants trouble here", "Omar Quist", False),
        ("Would you sign it?", "Omar Quist", False),
    ]


def test_a_quote_over_paragraphs_may_hold_a_quote_of_its_own() -> None:
    body = (
        'Judge Ada Moss wrote: "The court no longer lives by “Justice for All” as it did.\n\n'
        '"It has forgotten what the words meant."'
    )
    article = article_of(body)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        (
            "The court no longer lives by “Justice for All” as it did.\n\n"
            "It has forgotten what the words meant.",
            "Ada Moss",
        )
    ]


def test_a_quote_missing_its_closing_mark_ends_with_its_paragraph() -> None:
    body = (
        '"We stayed," Omar Quist said. "Nobody here wanted to leave the farm behind us.\n\n'
        "The harvest starts next week."
    )
    assert quotes_of(body) == [
        ("We stayed", "Omar Quist", False),
        ("Nobody here wanted to leave the farm behind us.", "Omar Quist", False),
    ]


def test_a_stray_mark_late_in_a_paragraph_is_no_quote() -> None:
    body = 'Prices rose 4" in a week.\n\nThe mayor said the "plan will hold up.'
    assert quotes_of(body) == []
