"""Generated articles for the library benchmark: made-up words, real structure.

Words follow a Zipf-like law over a made-up vocabulary (plus the words the searches
ask for); each article has a title, an author, a date and its quotes, each quote
said by one of a few thousand people, who are named in full, by surname or with a
title, as news does.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from pathlib import Path

from reader.model.anchoring import content_hash
from reader.store.library_records import ArticleRecord, QuoteRecord

SYLLABLES = (
    "ka ro mi sen ta lo vu re na pe di zo ar el in us om ba ki tu ne sa lim dor "
    "fen gar hol jus kel mar nor pol qui ras sol tor ven wil yar zan"
).split()
THEMES = (
    "defence harbour budget winter energy grain election council drone treaty "
    "hospital railway school pension border ceasefire reactor vaccine tariff port"
).split()
FIRST = (
    "Anna Mark Olena Piotr Maria Jonas Iryna Tomas Laura Dmytro Sofia Pavel Clara "
    "Andriy Helen Marek Nadia Oskar Yulia Viktor Ingrid Bohdan Elena Stefan Oksana"
).split()
TITLES = ("Minister", "Mayor", "Senator", "Professor", "Governor", "Ambassador")


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words = {
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(size * 2)
    }
    return sorted(words)[:size]


class LibraryText:
    """A reproducible stream of articles (seeded)."""

    def __init__(self, seed: int = 13, people: int = 3000) -> None:
        self.rng = random.Random(seed)
        vocabulary = _vocabulary(self.rng) + THEMES
        self.rng.shuffle(vocabulary)
        self.words = vocabulary
        self.weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
        surnames = [w.capitalize() + self.rng.choice(("ko", "son", "ski", "er", "ova")) for w in
                    vocabulary[:people]]  # fmt: skip
        self.people = [(self.rng.choice(FIRST), surname) for surname in surnames]
        self.people_weights = list(
            itertools.accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(self.people)))
        )

    def sentence(self, length: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.weights, k=length)
        return " ".join(words).capitalize() + "."

    def _speaker(self) -> str:
        first, last = self.rng.choices(self.people, cum_weights=self.people_weights)[0]
        form = self.rng.random()
        if form < 0.5:
            return f"{first} {last}"
        if form < 0.8:
            return last
        return f"{self.rng.choice(TITLES)} {first} {last}"

    def article(self, number: int, quotes: int = 10, paragraphs: int = 8) -> ArticleRecord:
        title = f"{self.sentence(7)[:-1]} {number}"
        year, month, day = (
            self.rng.randint(18, 25),
            self.rng.randint(1, 12),
            self.rng.randint(1, 28),
        )
        date = f"20{year}-{month:02d}-{day:02d}"
        parts = [title, f"Author: Desk {number % 40}\nDate: {date}"]
        offset = len(parts[0]) + 2 + len(parts[1]) + 2
        records: list[QuoteRecord] = []
        per_paragraph = max(1, quotes // paragraphs + 1)
        for _ in range(paragraphs):
            body = " ".join(self.sentence(self.rng.randint(8, 20)) for _ in range(3))
            parts.append(body)
            offset += len(body) + 2
            for _ in range(per_paragraph):
                if len(records) == quotes:
                    break
                said = self.sentence(self.rng.randint(8, 18))[:-1]
                speaker = self._speaker()
                line = f'"{said}," {speaker} said.'
                records.append(QuoteRecord(said, speaker, None, offset, offset + len(said) + 3))
                parts.append(line)
                offset += len(line) + 2
        text = "\n\n".join(parts) + "\n"
        return ArticleRecord(
            path=f"/generated/{number:06d}.txt",
            source=f"/generated/{number:06d}.txt",
            title=title,
            authors=(f"Desk {number % 40}",),
            date=date,
            text=text,
            content_hash=content_hash(text),
            source_format="text",
            quotes=tuple(records),
        )

    def articles(self, count: int) -> Iterator[ArticleRecord]:
        for number in range(count):
            yield self.article(number)


def write_articles(folder: Path, count: int, seed: int = 29) -> list[Path]:
    """``count`` article files in ``folder``, for measuring a real bulk add."""
    folder.mkdir(parents=True, exist_ok=True)
    stream = LibraryText(seed)
    paths = []
    for record in stream.articles(count):
        path = folder / Path(record.path).name
        path.write_text(record.text, encoding="utf-8")
        paths.append(path)
    return paths
