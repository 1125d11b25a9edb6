"""Build the benchmark's book-size article from the bundled seed.

The seed's body (every paragraph of every section) is repeated under 400
distinct headings: about 1.3 MB and 3,200 quotes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reader.bundled import default_article_path
from reader.model import parse_file

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


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "book.txt")
    print(write_book(target))
