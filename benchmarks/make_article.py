"""Build the benchmark's articles: the book and the news article.

The book is the bundled seed's body (every paragraph of every section) repeated
under 400 distinct headings: about 1.3 MB and 3,200 quotes. The news article is
about 20 KB of invented local news (`benchmarks.make_news`).

    python benchmarks/make_article.py [book.txt]
    python benchmarks/make_article.py --news [news.txt]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_news import news_text  # noqa: E402
from reader.bundled import default_article_path  # noqa: E402
from reader.model import parse_file  # noqa: E402

SECTIONS = 400


def book_text(sections: int = SECTIONS) -> str:
    seed = parse_file(default_article_path())
    body = [p.text for s in seed.sections for p in s.paragraphs]
    titles = [s.title for s in seed.sections]
    parts = [seed.title, f"Author:\n{', '.join(seed.authors)}\nDate:", *(p.text for p in seed.lead)]
    for number in range(sections):
        parts.append(f"Part {number + 1}. {titles[number % len(titles)]}")
        parts.extend(body)
    parts.extend(p.text for p in seed.footer)
    return "\n\n".join(parts) + "\n"


def write_book(path: Path, sections: int = SECTIONS) -> Path:
    path.write_text(book_text(sections), encoding="utf-8")
    return path


def write_news(path: Path) -> Path:
    path.write_text(news_text(), encoding="utf-8")
    return path


if __name__ == "__main__":
    news = "--news" in sys.argv[1:]
    paths = [argument for argument in sys.argv[1:] if argument != "--news"]
    target = Path(paths[0] if paths else "news.txt" if news else "book.txt")
    print(write_news(target) if news else write_book(target))
