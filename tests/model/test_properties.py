"""Properties that hold for any text and any bytes (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.model import ArticleError, parse
from reader.model.load import decode, normalise_newlines
from reader.model.render import render_body

MARKS = "\"'“”„«»‘’—–"
# Text made mostly of what articles are made of, so the parser's paths are all reached.
pieces = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "Rutte said",
        ", he said.",
        "Zelensky",
        "Author:",
        "Date:",
        "Section heading",
        ". ",
        ": ",
        "— ",
        "## ",
        "# ",
        "---\n",
        "```\n",
        "*",
        "<b>",
        "[x](http://a)",
        "| a | b |\n|---|---|\n| ",
        " |",
        "\ue000",
        "~~~\n",
        "    ",
        *MARKS,
    ]
)
article_text = st.lists(st.one_of(pieces, st.text(max_size=12)), max_size=60).map("".join)


def check_article(text: str, source_format: str) -> None:
    article = parse(text, source_format)  # type: ignore[arg-type]
    starts = [s.heading.start for s in article.sections]
    assert starts == sorted(starts)
    for quote in article.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        whole = text[quote.start : quote.end]
        assert whole[0] in MARKS
        if whole[0] not in "—–":
            # closed by a mark, or left open to the end of its paragraph
            rest = text[quote.end :].lstrip(" \t")
            assert whole[-1] in MARKS or rest[:1] in ("", "\n")
    previous = -1
    for quote in article.quotes:
        assert quote.start >= previous
        previous = quote.end
    json.loads(json.dumps(article.to_dict()))
    html = render_body(article)
    # The pane's private markers never leak into what the reader sees.
    assert not any("\ue000" <= char <= "\ue007" for char in html)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_any_plain_text_parses_and_renders(text: str) -> None:
    check_article(normalise_newlines(text), "text")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
@example(" |\n |")  # a lead that Markdown turns into a table: its marker must not show
@example("—\n---\nRutte said\nRutte said")  # a dash quote whose first line becomes a heading
@example('"0"0"| a | b |\n|---|---|\n| ')  # a mark left open in a table: no quote of pipes
@example('Rutte said: "We go on to the end of the road\n')  # left open: a quote to the end
def test_any_markdown_parses_and_renders(text: str) -> None:
    check_article(normalise_newlines(text), "markdown")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decoder_never_raises_anything_but_a_refusal(data: bytes) -> None:
    try:
        text, encoding = decode(data, "random.bin")
    except ArticleError as error:
        assert error.reason
    else:
        assert isinstance(text, str) and text.strip() and encoding


def test_a_lead_marker_inside_a_code_fence_never_shows() -> None:
    check_article(" ```\n```\n---\n```\n", "markdown")  # found by hypothesis
