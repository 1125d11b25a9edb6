"""Saved web pages: the article without the page's clutter, as the same model as Markdown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.model.load import ArticleError
from reader.model.parse import parse_file
from reader.model.render import render_body
from reader.model.webpage import NO_ARTICLE, TOO_DEEP, parse_page

PAGES = Path(__file__).resolve().parent.parent / "pages"
HARBOUR = PAGES / "harbour_pier.html"
PARAGRAPH = (
    "<p>The council met on Thursday and talked about the harbour for a long time, "
    "and the ferry company said it would keep the winter timetable until the spring.</p>"
)

CLUTTER = [
    "cookie",  # the banner
    "Share on",  # the share bar inside the article
    "Email this story",
    "Subscribe",  # header call to action
    "donation",  # the donation box inside the article body
    "Support independent",
    "newsletter",  # the sign-up box inside the article body
    "Ferry fares to rise",  # "Read more" links inside the article body
    "Most read",
    "Fishing quotas",
    "eyesore",  # comments
    "harbourwatcher",
    "All rights reserved",
    "Advertisement",
    "track(",  # inline scripts
    "Skip to content",
    "Politics",  # navigation
]


@pytest.fixture(scope="module")
def harbour() -> object:
    return parse_file(HARBOUR)


def test_a_saved_page_gives_title_authors_date_and_sections(harbour: object) -> None:
    article = parse_file(HARBOUR)
    assert article.title == "Harbour city votes to rebuild its old ferry pier"
    assert article.authors == ("Maria Lindqvist", "Tomas Berg")
    assert article.date == "2026-03-14"
    assert article.source_format == "html" and article.source == str(HARBOUR)
    assert [s.title for s in article.sections] == [
        "A long dispute",
        "What the plan includes",
        "Ferry users",
        "What happens next",
    ]
    assert article.lead[0].text.startswith("The city council voted on Thursday")
    assert article.sections[-1].paragraphs[-1].text.startswith("The regional government")


def test_the_page_clutter_is_gone_also_inside_the_article() -> None:
    text = parse_file(HARBOUR).text
    for words in CLUTTER:
        assert words.lower() not in text.lower(), words


def test_quotes_and_speakers_are_found_in_the_page_text() -> None:
    article = parse_file(HARBOUR)
    speakers = {q.text: q.speaker for q in article.quotes}
    assert speakers["This pier is the front door of our town"] == "Anna Holm"
    assert speakers["It is a regional ferry line"] == "Erik Dahl"
    for quote in article.quotes:
        assert quote.text in article.text[quote.start : quote.end]


def test_lists_tables_block_quotes_links_and_images_render_and_nothing_loads() -> None:
    html = render_body(parse_file(HARBOUR))
    assert "<li>a covered waiting area for foot passengers;</li>" in html
    assert "<td>Waiting area</td>" in html and "<th>Estimated cost</th>" in html
    assert "<blockquote>\n<p>We have waited long enough" in html
    # Relative links resolved against the page's own address, kept as links.
    assert (
        '<a href="https://courier.example/news/2024/05/pier-closed">cracks in its pilings</a>'
        in html
    )
    assert (
        '<a class="image" href="https://courier.example/img/pontoon.jpg">'
        "[image: Passengers queue on the temporary pontoon]</a>"
    ) in html
    for loading in ("<img", "<script", "<iframe", "<link", "<style", "<form", "onclick"):
        assert loading not in html


def test_a_single_file_mhtml_page_reads_like_the_html_page() -> None:
    saved = parse_file(PAGES / "harbour_pier.mhtml")
    html = parse_file(HARBOUR)
    assert saved.text == html.text
    assert saved.source_format == "html" and saved.source == str(PAGES / "harbour_pier.mhtml")


def test_a_legacy_charset_page_in_ukrainian() -> None:
    article = parse_file(PAGES / "kyiv_bridge_cp1251.html")
    assert article.title == "У Києві відкрили новий міст через Дніпро"
    assert article.authors == ("Ольга Кравченко",)
    assert [s.title for s in article.sections] == ["Що думають кияни"]
    assert "Поділитися" not in article.text and "Коментарі" not in article.text
    assert "Підписуйтеся" not in article.text
    assert any("Галина Мельник" in (q.speaker or "") for q in article.quotes)


def test_a_wrong_or_missing_charset_still_reads_right() -> None:
    body = f"<article><h1>Café owners say “no”</h1>{PARAGRAPH}<p>“We stay open,” said Zoë.</p>"
    page = f"<html><head>{{}}</head><body>{body}</article></body></html>"
    wrong = page.format('<meta charset="iso-8859-1">').encode("utf-8")  # says Latin-1, is UTF-8
    missing = page.format("").encode("cp1252")  # says nothing, is Windows-1252
    for data in (wrong, missing):
        article = parse_page(data, "page.html")
        assert article.title == "Café owners say “no”"
        assert "“We stay open,” said Zoë." in article.text


def test_page_text_cannot_become_markup() -> None:
    body = (
        "<p>## not a heading and *not emphasis* and [not](a link) &lt;script&gt;alert(1)"
        "&lt;/script&gt;</p><p>- not a list item, 1. nor this</p>"
        '<p>A <a href="javascript:alert(1)">script link</a> stays text.</p>'
    )
    page = f"<html><body><article><h1>Markup</h1>{PARAGRAPH}{body}</article></body></html>"
    html = render_body(parse_page(page.encode(), "page.html"))
    assert "## not a heading and *not emphasis* and [not](a link)" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert ">- not a list item, 1. nor this</p>" in html
    assert "javascript" not in html and "A script link stays text." in html


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<footer>© 2026 The Courier</footer></body></html>",
        "<html><head><script>" + "var a = 1;" * 5000 + "</script></head>"
        "<body><script>document.write('x')</script><noscript>Turn on JavaScript</noscript>"
        "</body></html>",
    ],
    ids=["navigation-only", "all-script"],
)
def test_a_page_without_an_article_says_so(page: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_page(page.encode(), "page.html")
    assert caught.value.reason == NO_ARTICLE


def test_entities_declared_by_the_page_are_never_expanded() -> None:
    laughs = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(2, 10))
    page = (
        '<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY lol1 "lol">' + laughs + "]>"
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><article><h1>Laughs</h1>'
        f"<p>&lol9;</p>{PARAGRAPH}</article></body></html>"
    )
    article = parse_page(page.encode(), "laughs.xhtml")
    assert len(article.text) < 2000 and "lollol" not in article.text


def test_deep_nesting_is_refused_with_the_reason_or_read_up_to_the_depth() -> None:
    deep = "<div>" * 100_000 + PARAGRAPH + "</div>" * 100_000
    with pytest.raises(ArticleError) as caught:
        parse_page(f"<html><body>{deep}</body></html>".encode(), "deep.html")
    assert caught.value.reason == TOO_DEEP
    # The article before the deep part is read.
    page = f"<html><body><article><h1>Quay</h1>{PARAGRAPH}{deep}</article></body></html>"
    assert "winter timetable" in parse_page(page.encode(), "deep.html").text


def test_megabytes_of_scripts_and_inline_images_do_not_hide_the_article() -> None:
    bulk = "A" * (12 * 1024 * 1024)
    page = HARBOUR.read_text(encoding="utf-8").replace(
        "<main",
        f"<script>var blob = '{bulk}';</script><img src='data:image/png;base64,{bulk}'><main",
    )
    article = parse_page(page.encode(), "bulky.html")
    assert article.title == "Harbour city votes to rebuild its old ferry pier"
    assert len(article.sections) == 4


def test_a_page_of_too_many_elements_is_refused() -> None:
    page = "<html><body><article>" + "<span>word</span>" * 700_000 + "</article></body></html>"
    with pytest.raises(ArticleError) as caught:
        parse_page(page.encode(), "crowded.html")
    assert caught.value.reason.startswith("the page is too large to read (")


def test_a_page_over_50_mb_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(ArticleError) as caught:
        parse_file(big)
    assert "too large" in caught.value.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "the file is empty"), (b"%PDF-1.7\n", "not a text file (it looks like a PDF document)")],
)
def test_empty_and_binary_page_files_are_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(data)
    with pytest.raises(ArticleError) as caught:
        parse_file(page)
    assert caught.value.reason == reason


def test_the_seed_does_not_import_the_page_extractor(seed_path: Path) -> None:
    code = (
        "import sys\n"
        "from reader.model.parse import parse_file\n"
        "from reader.model.render import render_body\n"
        f"render_body(parse_file({str(seed_path)!r}))\n"
        "heavy = {m.split('.')[0] for m in sys.modules} & {'trafilatura', 'lxml', 'htmldate'}\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_large_saved_page_gets_no_raw_markup_preview() -> None:
    from reader.model.load import preview_text

    assert preview_text(HARBOUR) is None
    assert preview_text(PAGES / "harbour_pier.mhtml") is None


def test_a_blog_engine_page_keeps_its_post_and_drops_its_plugins() -> None:
    article = parse_file(PAGES / "library_hours_wordpress.html")
    assert article.title == "Town library to open on Sundays from May"
    assert article.authors == ("Priya Natarajan",) and article.date == "2026-04-21"
    assert [s.title for s in article.sections] == ["Volunteers and staff", "Opening times"]
    assert article.sections[-1].paragraphs[-1].text.startswith("The council said it would")
    for words in ("Share this", "Swimming pool", "About Priya", "Farmers market", "delighted",
                  "Leave a Reply", "Recent Posts", "WordPress", "Skip to content"):  # fmt: skip
        assert words not in article.text, words
    assert {q.speaker for q in article.quotes} >= {"Margaret Ode"}


def test_every_word_the_pane_shows_maps_back_to_the_page_text() -> None:
    # Highlights are kept in the article's text: the pane's words must map back to it,
    # the headline, the linked words and the words after a link included.
    from reader.model.textmap import TextMap

    article = parse_file(HARBOUR)
    shown = (
        f"{article.title}\nBy Maria Lindqvist, Tomas Berg · 2026-03-14\n"
        "The pier was closed in 2024 after engineers found cracks in its pilings. Since then"
    )
    text_map = TextMap(shown, article.text)
    start = shown.index("cracks")
    end = shown.index(". Since")
    source_start = text_map.to_source(start)
    source_end = text_map.to_source(end, end=True)
    assert source_start is not None and source_end is not None
    assert article.text[source_start:source_end] == "cracks in its pilings"
    assert text_map.to_source(0) == article.text.index(article.title)


def test_images_are_listed_after_the_text_and_not_counted_as_its_words() -> None:
    article = parse_file(HARBOUR)
    body = [p.text for p in article.lead] + [p.text for s in article.sections for p in s.paragraphs]
    assert not any("Passengers queue" in text for text in body)
    assert article.footer[0].text == "- ![Passengers queue on the temporary pontoon][]"


def test_only_headings_of_other_articles_or_comments_are_dropped_with_their_lists() -> None:
    page = (
        "<html><body><article><h1>Hearing</h1>"
        f"{PARAGRAPH}<h2>More from the hearing</h2>{PARAGRAPH}"
        "<h2>Comments from the minister</h2><p>The minister said the plan was sound.</p>"
        "<h2>Related stories</h2><ul><li><a href='/a'>Ferry fares rise</a></li>"
        "<li><a href='/b'>Storm hits the quay</a></li></ul>"
        "<h3>You might also like</h3><p>Ten things to do in the harbour this weekend.</p>"
        "</article></body></html>"
    )
    article = parse_page(page.encode(), "hearing.html")
    assert [s.title for s in article.sections] == [
        "More from the hearing",
        "Comments from the minister",
    ]
    assert "Ferry fares" not in article.text and "Ten things" not in article.text
    assert "The minister said the plan was sound." in article.text


def _body(article: object) -> list[str]:
    """The lead, section titles and paragraphs: the article's words as `--dump` gives them."""
    from reader.model.article import Article

    assert isinstance(article, Article)
    words = [p.text for p in article.lead]
    for section in article.sections:
        words.append(section.title)
        words.extend(p.text for p in section.paragraphs)
    return words


def test_a_newspaper_page_keeps_every_paragraph_and_drops_its_boxes_inside_the_body() -> None:
    article = parse_file(PAGES / "drought_newspaper.html")
    assert article.title == "Drought forces water rationing across southern farms"
    assert article.authors == ("Helena Brandt", "Tomás Ferreira")
    assert article.date == "2023-08-02"
    body = _body(article)
    assert body[0].startswith("Farmers across Andalucía will have their irrigation cut")
    assert [s.title for s in article.sections] == [
        "A crisis years in the making",
        "Cities prepare for the worst",
    ]
    assert len(body) == 4 + 1 + 3 + 1 + 3  # lead, two sections with their blocks
    assert body[-1].startswith("Forecasters say autumn rains")
    text = "\n".join(body)
    for clutter in ("small favour", "Support the Ledger", "Sign up", "Down to Earth",
                    "Heatwave pushes", "Advertisement", "Most viewed", "Share"):  # fmt: skip
        assert clutter not in text


def test_a_headline_and_byline_repeated_in_the_body_are_not_its_text() -> None:
    article = parse_file(PAGES / "rail_fine_divs.html")
    assert article.title == "Rail operator fined over cancelled trains"
    assert article.authors == ("Joanna Pike",)
    body = _body(article)
    assert body[0].startswith("The regulator has fined Southlink Rail")
    assert [s.title for s in article.sections] == ["Passenger groups want more"]
    assert "Short line." in body  # a short paragraph is still the article's
    assert not any("Joanna Pike" in text or "READ MORE" in text for text in body)


def test_an_old_page_laid_out_in_a_table_reads_as_paragraphs() -> None:
    page = (
        "<html><head><title>Flower show returns</title></head><body><table>"
        "<tr><td class='nav'><a href='/'>Home</a></td></tr>"
        "<tr><td><b>Flower show returns</b><br><br>"
        "The annual flower show returned to the park on Saturday after three years.<br><br>"
        "Exhibitors from across the county competed in forty categories this year.<br><br>"
        "The show continues on Sunday with a concert at noon in the bandstand."
        "</td></tr></table></body></html>"
    )
    article = parse_page(page.encode(), "flowers.html")
    assert article.title == "Flower show returns"
    assert _body(article) == [
        "The annual flower show returned to the park on Saturday after three years.",
        "Exhibitors from across the county competed in forty categories this year.",
        "The show continues on Sunday with a concert at noon in the bandstand.",
    ]


def test_a_page_without_a_charset_is_read_in_its_languages_charset() -> None:
    sentence = "The scheme will cost about £2.4 million, most of it from a regional grant. "
    page = f"<html lang='en'><body><article><h1>Lanes</h1><p>{sentence * 3}</p></article></body>"
    assert "£2.4 million" in parse_page(page.encode("cp1252"), "lanes.html").text
    ukrainian = "Міст через Дніпро відкрили в неділю, і першими ним пройшли кияни. "
    page = f"<html lang='uk'><body><article><h1>Міст</h1><p>{ukrainian * 3}</p></article></body>"
    assert "Міст через Дніпро" in parse_page(page.encode("cp1251"), "bridge.html").text


def test_a_dateline_kept_in_the_body_is_not_its_text_but_a_sentence_like_it_is() -> None:
    page = (
        "<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>"
        "<p class='date'>Published 3 March 2024</p><p>5 min read</p>"
        "<p>Updated figures for 2024 were published on Monday.</p>"
        f"{PARAGRAPH}</article></body></html>"
    )
    article = parse_page(page.encode(), "pier.html")
    assert article.date == "2024-03-03"
    assert _body(article)[0] == "Updated figures for 2024 were published on Monday."
    assert "Published 3 March" not in article.text and "min read" not in article.text


def _long_story(body_class: str) -> str:
    paragraphs = "".join(
        f"<p>Part {n}: the harbour council met again on Thursday evening to discuss the "
        "repairs, the ferry timetable and what the work will cost the town.</p>"
        for n in range(6)
    )
    comments = "".join(
        f"<li class='comment'><p>Reader {n}: I have lived here forty years and the council "
        "wastes money on this pier again and again, and nobody ever listens to us.</p></li>"
        for n in range(30)
    )
    return (
        "<html><head><title>Pier vote</title></head><body><div class='page'><h1>Pier vote</h1>"
        f"<div class='{body_class}'>{paragraphs}</div>"
        f"<div id='comments'><ol>{comments}</ol></div></div></body></html>"
    )


@pytest.mark.parametrize("body_class", ["article-body has-ads", "story js-share-target"])
def test_a_body_whose_class_names_clutter_is_kept_beside_long_comments(body_class: str) -> None:
    article = parse_page(_long_story(body_class).encode(), "pier.html")
    body = _body(article)
    assert [text.split(":")[0] for text in body] == [f"Part {n}" for n in range(6)]


def test_a_page_wrapped_whole_in_a_form_is_read() -> None:
    page = (
        _long_story("story")
        .replace("<body>", "<body><form id='aspnetForm' method='post'><input name='q'>")
        .replace("</body>", "</form></body>")
    )
    article = parse_page(page.encode(), "story.aspx")  # as ASP.NET writes pages
    assert _body(article)[0].startswith("Part 0: the harbour council met again")


def test_a_quote_that_opens_like_a_call_to_action_is_the_articles_text() -> None:
    quotes = (
        "<p>“Donate what you can,” the charity's director, Ruth Hale, urged on Monday.</p>"
        '<p>"Sign up now or lose your place," the coach told the players.</p>'
        "<p>Share this article</p><p>Donate today</p>"
    )
    page = f"<html><body><article><h1>Appeal</h1>{PARAGRAPH}{quotes}</article></body></html>"
    article = parse_page(page.encode(), "appeal.html")
    assert [quote.speaker for quote in article.quotes][:1] == ["Ruth Hale"]
    assert "Sign up now or lose your place" in article.text
    assert "Share this article" not in article.text and "Donate today" not in article.text


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Jane Doe, Senior Reporter", ("Jane Doe",)),
        ("Jane Doe and Sam Roe", ("Jane Doe", "Sam Roe")),
        ("Олена Коваль, кореспондентка", ("Олена Коваль",)),
        ("Mark Editorson", ("Mark Editorson",)),
    ],
)
def test_a_bylines_job_title_is_not_an_author(byline: str, authors: tuple[str, ...]) -> None:
    page = (
        f"<html><head><title>Pier</title><meta name='author' content='{byline}'></head>"
        f"<body><article><h1>Pier</h1>{PARAGRAPH}</article></body></html>"
    )
    assert parse_page(page.encode(), "pier.html").authors == authors


def test_other_stories_listed_as_article_cards_inside_the_article_are_dropped() -> None:
    cards = "".join(
        f"<article class='card'><h3><a href='/s{n}'>Teaser {n} about the weather</a></h3>"
        f"<p>Teaser {n}: a short text written to tempt readers into clicking on it.</p></article>"
        for n in range(6)
    )
    days = ("Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday")
    paragraphs = "".join(PARAGRAPH.replace("Thursday", day) for day in days)
    page = (
        "<html><head><title>Pier vote</title></head><body><main><article class='post'>"
        f"<h1>Pier vote</h1><div class='entry-content'>{paragraphs}</div>"
        f"<div class='recommended'>{cards}</div></article></main></body></html>"
    )
    body = _body(parse_page(page.encode(), "pier.html"))
    assert len(body) == 6 and not any("Teaser" in text for text in body)


def test_a_ukrainian_pages_calls_to_action_and_related_links_are_not_its_text() -> None:
    said = "<p>«Міст відкрили на тиждень раніше, ніж обіцяли», — сказав мер Віталій Кличко.</p>"
    page = (
        "<html lang='uk'><head><title>Міст відкрили</title></head><body><article>"
        f"<h1>Міст відкрили</h1>{PARAGRAPH}"
        "<p>Читайте також: <a href='/a'>Як змінився рух на лівому березі</a></p>"
        f"{said}<p>Реклама</p><p>Підписуйтеся на наш телеграм-канал</p>"
        "<h2>Схожі новини</h2><p>Ремонт мосту Патона затримується.</p>"
        "</article></body></html>"
    )
    article = parse_page(page.encode(), "mist.html")
    body = _body(article)
    assert len(body) == 2 and body[1].startswith("«Міст відкрили на тиждень раніше")
    assert [quote.speaker for quote in article.quotes] == ["Віталій Кличко"]


@pytest.mark.parametrize("wrapper", ["<div class='text'>{}</div>", "<p>{}</p>"])
def test_paragraphs_parted_by_line_breaks_are_paragraphs(wrapper: str) -> None:
    sentences = [
        "The flower show returned to the park on Saturday after a break of three years.",
        "Exhibitors from the county competed in forty classes, from roses to leeks.",
        '"It is good to see the park full again," said the organiser, Mavis Green.',
    ]
    broken = "<p>A line with one<br>break in it stays a single paragraph of the article.</p>"
    body = wrapper.format("<br><br>".join(sentences)) + broken
    page = f"<html><body><article><h1>Flowers</h1>{body}</article></body></html>"
    article = parse_page(page.encode(), "flowers.html")
    assert _body(article) == [
        *sentences,
        "A line with one break in it stays a single paragraph of the article.",
    ]
    assert [quote.speaker for quote in article.quotes] == ["Mavis Green"]


def test_the_rest_of_an_article_folded_until_found_is_its_text() -> None:
    rest = PARAGRAPH.replace("Thursday", "Friday")
    page = (
        f"<html><body><article><h1>Quay</h1>{PARAGRAPH}"
        f"<div hidden='until-found'>{rest}</div><div hidden>Sign in to continue</div>"
        "</article></body></html>"
    )
    body = _body(parse_page(page.encode(), "quay.html"))
    assert len(body) == 2 and "Friday" in body[1]
