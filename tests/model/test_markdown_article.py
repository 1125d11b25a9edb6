"""Markdown articles: front matter, headings as sections, raw HTML kept as text."""

from __future__ import annotations

from pathlib import Path

from reader.model import parse, parse_file
from reader.model.render import render_body

ARTICLE = """---
title: "Grid under strain"
author: [Iryna Koval, Petro Lys]
date: 2024-10-03
---

# Ignored because front matter names the title

Ukrenergo warned of outages on Thursday.

## Outages

"We ask everyone to save energy in the evening," Ukrenergo chairman Volodymyr Kudrytskyi said.

<script>alert("owned")</script> <b onclick="steal()">bold?</b>

```
## not a heading "not a quote"
```

## Repairs

Crews worked overnight, Kudrytskyi added.
"""


def test_front_matter_gives_title_authors_and_date() -> None:
    article = parse(ARTICLE, "markdown")
    assert article.title == "Grid under strain"
    assert article.authors == ("Iryna Koval", "Petro Lys")
    assert article.date == "2024-10-03"


def test_level_two_headings_are_the_sections_and_code_is_not() -> None:
    article = parse(ARTICLE, "markdown")
    assert [s.title for s in article.sections] == ["Outages", "Repairs"]
    assert article.sections[0].paragraphs[-1].code


def test_quotes_in_markdown_with_speaker_and_offsets() -> None:
    article = parse(ARTICLE, "markdown")
    assert [(q.text, q.speaker, q.section) for q in article.quotes] == [
        ("We ask everyone to save energy in the evening", "Volodymyr Kudrytskyi", "outages")
    ]
    quote = article.quotes[0]
    assert article.text[quote.start : quote.end].startswith('"We ask')


def test_first_level_one_heading_is_the_title_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("Intro line.\n\n# Real title\n\nBody text.\n\n## Part one\n\nMore.\n")
    article = parse_file(path)
    assert article.title == "Real title"
    assert [p.text for p in article.lead] == ["Intro line.", "Body text."]
    assert [s.title for s in article.sections] == ["Part one"]


def test_raw_html_is_shown_as_text_never_as_markup() -> None:
    html = render_body(parse(ARTICLE, "markdown"))
    assert "<script>" not in html and "<b onclick" not in html
    assert "&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;" in html or (
        "&lt;script&gt;" in html and "alert(" in html
    )
    assert "&lt;b onclick=" in html


def test_headings_and_quotes_carry_anchors_in_the_html() -> None:
    article = parse(ARTICLE, "markdown")
    html = render_body(article)
    assert '<h2 class="section" id="outages">Outages</h2>' in html
    assert 'id="q1"' in html and 'id="q1-end"' in html


def test_tables_and_fenced_code_render_and_quotes_in_cells_keep_their_anchors() -> None:
    article = parse(
        "# T\n\n## Part\n\n| who | said |\n|---|---|\n"
        '| Anna Kovalenko | "We are ready," she said |\n\n'
        '```python\nprint("not a quote")\n```\n',
        "markdown",
    )
    assert [q.text for q in article.quotes] == ["We are ready"]
    html = render_body(article)
    assert "<table>" in html and "<td>" in html
    assert '<pre><code class="language-python">' in html
    assert 'id="q1"' in html and 'id="q1-end"' in html
    assert "\ue000" not in html and "\ue007" not in html
