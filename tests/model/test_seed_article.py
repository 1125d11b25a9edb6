"""The bundled article parses exactly as a reader of it would expect."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article, parse_file

SECTIONS = [
    ("withdrawal-of-troops-from-vuhledar", "Withdrawal of troops from Vuhledar"),
    ("membership-in-nato", "Membership in NATO"),
    ("shooting-down-russian-targets-by-allies", "Shooting down Russian targets by allies"),
    ("strikes-by-western-weapons-against-russia", "Strikes by Western weapons against Russia"),
    ("support-of-ukraine", "Support of Ukraine"),
]

ZELENSKY, RUTTE = "Volodymyr Zelensky", "Mark Rutte"
# (start of the quote's words, speaker, section id, partial)
QUOTES = [
    ("We are persistent enough in the use of long-range weapons", ZELENSKY, SECTIONS[0][0], False),
    ("Ukraine is focusing on inviting Ukraine to NATO", ZELENSKY, SECTIONS[1][0], False),
    ("ever before", RUTTE, SECTIONS[1][0], True),
    ("More determination from partners in our region", ZELENSKY, SECTIONS[2][0], False),
    ("Allies are not ready [to protect the Ukrainian sky]", ZELENSKY, SECTIONS[2][0], False),
    ("It depends not on me, but on individual allies", RUTTE, SECTIONS[3][0], False),
    ("This means that Ukraine has the right to self-defense", RUTTE, SECTIONS[3][0], False),
    ("It was important for me to come to Ukraine", RUTTE, SECTIONS[4][0], False),
]


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_file(Path(__file__).parents[2] / "seeds" / "000_fa23456de02c1621.txt")


def test_title_author_and_missing_date(article: Article) -> None:
    assert article.title.startswith("Vuhledar, the shooting down of Russian targets")
    assert article.title.endswith("between Zelensky and Rutte")
    assert article.authors == ("Oleksandra Opanasenko",)
    assert article.date is None
    assert article.to_dict()["date"] is None


def test_lead_is_the_text_before_the_first_heading(article: Article) -> None:
    assert len(article.lead) == 2
    assert article.lead[0].text.startswith("The President of Ukraine Volodymyr Zelensky")
    assert article.lead[1].text.endswith("main points of their conversation.")


def test_five_sections_in_order(article: Article) -> None:
    assert [(s.id, s.title) for s in article.sections] == SECTIONS
    assert [len(s.paragraphs) for s in article.sections] == [4, 3, 3, 4, 2]


def test_promotional_line_is_footer_not_body(article: Article) -> None:
    assert [p.text for p in article.footer] == [
        "For more news and in-depth stories from Ukraine please follow us on X."
    ]
    last_section = article.sections[-1]
    assert all("follow us" not in p.text for p in last_section.paragraphs)


def test_exactly_the_eight_quotes_with_speakers_and_sections(article: Article) -> None:
    found = [(q.text, q.speaker, q.section, q.partial) for q in article.quotes]
    assert len(found) == len(QUOTES)
    for (text, speaker, section, partial), expected in zip(found, QUOTES, strict=True):
        assert text.startswith(expected[0])
        assert (speaker, section, partial) == expected[1:]


def test_quote_offsets_cover_the_quotation_with_its_marks(article: Article) -> None:
    for quote in article.quotes:
        span = article.text[quote.start : quote.end]
        assert span[0] == '"' and span[-1] == '"'
        assert quote.text in span


def test_publication_name_in_marks_is_not_a_quote(article: Article) -> None:
    assert "European Pravda" in article.text
    assert all("European Pravda" not in q.text for q in article.quotes)


def test_every_quote_says_which_words_attribute_it(article: Article) -> None:
    cues = [q.cue for q in article.quotes]
    assert cues[0] == "he said"
    assert cues[1] == "said President Zelensky"
    assert cues[4] is not None and "Zelensky supplemented" in cues[4]
    assert cues[6] == "the NATO Secretary General emphasized"
    assert all(cues)


def test_ukrainian_author_and_date_labels_read_like_english_ones() -> None:
    from reader.model.parse import parse

    for author, date in (("Автор", "Дата"), ("Авторка", "Дата публікації")):
        article = parse(
            f"Київ відкрив новий міст\n\n{author}: Ольга Кравченко\n{date}: 2 квітня 2026\n\n"
            "Перший абзац статті про міст через Дніпро.\n"
        )
        assert article.authors == ("Ольга Кравченко",), author
        assert article.date == "2 квітня 2026", date
        assert [p.text for p in article.lead] == ["Перший абзац статті про міст через Дніпро."]
