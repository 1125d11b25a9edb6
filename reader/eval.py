"""Measure quote detection and attribution against a labelled corpus.

    python -m reader.eval tests/corpus [--verbose]

Each article ``NAME.txt`` (or ``NAME.md``) with a ``NAME.json`` beside it counts:
``{"quotes": [{"text": "...", "speaker": "..." | null, "partial": bool}]}``,
in reading order, ``text`` being the quotation's words without its marks.
A found quote counts when it overlaps an expected one by at least half of
each; speaker accuracy is measured over the quotes found.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.model import Article, Quote, parse_file
from reader.model.lexicon import ROLE_NOUNS

SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True, slots=True)
class Expected:
    text: str
    speaker: str | None
    partial: bool
    start: int
    end: int


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    speakers_right: int = 0
    partial_right: int = 0
    problems: list[str] = field(default_factory=list)
    # speaker misses by the stage of the pipeline that made them (see `stage_of_miss`)
    stages: dict[str, int] = field(default_factory=dict)

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched
        self.speakers_right += other.speakers_right
        self.partial_right += other.partial_right
        self.problems.extend(other.problems)
        for stage, count in other.stages.items():
            self.stages[stage] = self.stages.get(stage, 0) + count

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 1.0

    @property
    def partial_accuracy(self) -> float:
        return self.partial_right / self.matched if self.matched else 1.0


class CorpusError(Exception):
    """A label that does not fit its article."""


def locate(article: Article, labels: Sequence[dict[str, object]], name: str) -> list[Expected]:
    """Find each labelled quote's span in the article, in order."""
    text = article.text
    cursor = 0
    found: list[Expected] = []
    for label in labels:
        words = str(label["text"])
        head, tail = words[:40], words[-30:]
        start = text.find(head, cursor)
        if start < 0:
            raise CorpusError(f"{name}: cannot find {head!r} after offset {cursor}")
        end = text.find(tail, start + len(head) - len(tail) if len(words) > 40 else start)
        if end < 0:
            raise CorpusError(f"{name}: cannot find the end {tail!r}")
        end += len(tail)
        speaker = label.get("speaker")
        partial = bool(label.get("partial"))
        found.append(
            Expected(words, None if speaker is None else str(speaker), partial, start, end)
        )
        cursor = start + 1
    return found


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_article(path: Path) -> Score:
    article = parse_file(path)
    labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["quotes"]
    expected = locate(article, labels, path.name)
    score = Score(expected=len(expected), found=len(article.quotes))
    used: set[int] = set()
    for quote in article.quotes:
        inner_start, inner_end = quote.start + 1, quote.end - 1
        match = next(
            (
                i
                for i, e in enumerate(expected)
                if i not in used
                and 2 * _overlap(inner_start, inner_end, e.start, e.end) >= e.end - e.start
                and 2 * _overlap(inner_start, inner_end, e.start, e.end) >= inner_end - inner_start
            ),
            None,
        )
        if match is None:
            score.problems.append(f"{path.name}: extra quote {quote.text[:60]!r}")
            continue
        used.add(match)
        score.matched += 1
        wanted = expected[match]
        if quote.speaker == wanted.speaker:
            score.speakers_right += 1
        else:
            stage = stage_of_miss(article, quote, wanted.speaker)
            score.stages[stage] = score.stages.get(stage, 0) + 1
            score.problems.append(
                f"{path.name}: {wanted.text[:50]!r} said by {wanted.speaker!r}, "
                f"found {quote.speaker!r} (cue {quote.cue!r}) [{stage}]"
            )
        if quote.partial == wanted.partial:
            score.partial_right += 1
        else:
            score.problems.append(
                f"{path.name}: {wanted.text[:50]!r} partial should be {wanted.partial}"
            )
    for index, wanted in enumerate(expected):
        if index not in used:
            score.problems.append(f"{path.name}: missed {wanted.text[:60]!r}")
    return score


STAGES = ("no candidate found", "wrong candidate chosen", "coreference wrong")
_REFERRING = frozenset(("he", "she", "him", "her", "they", "він", "вона", "вони"))


def stage_of_miss(article: Article, quote: Quote, wanted: str | None) -> str:
    """Which stage of attribution a wrong speaker comes from.

    "coreference wrong": the right person in the wrong form ("Ольги Кравченко" for
    "Ольга Кравченко"), or a pronoun or a role resolved to someone else;
    "no candidate found": the wanted speaker is named nowhere near the quote (its
    paragraph and the one before), so no stage could offer them;
    "wrong candidate chosen": they were named nearby, but another speaker (or none,
    or someone where the text names nobody) was chosen.
    """
    if quote.speaker is not None and wanted is not None:
        found, expected = quote.speaker.split(), wanted.split()
        if found[-1][:4] == expected[-1][:4] or found[-1] in expected:
            return "coreference wrong"
    cue_words = set((quote.cue or "").lower().split())
    if quote.speaker is not None and (cue_words & _REFERRING or cue_words & ROLE_NOUNS):
        return "coreference wrong"
    if wanted is None:
        return "wrong candidate chosen"
    surname = wanted.split()[-1]
    return "wrong candidate chosen" if surname in _around(article, quote) else "no candidate found"


def _around(article: Article, quote: Quote) -> str:
    """The narration of the quote's paragraph and the one before it (quotes blanked)."""
    body = [*article.lead, *(p for section in article.sections for p in section.paragraphs)]
    index = next((i for i, p in enumerate(body) if p.start <= quote.start < p.end), 0)
    start = body[max(0, index - 1)].start if body else 0
    end = body[index].end if body else len(article.text)
    return article.text[start : quote.start] + article.text[quote.end : end]


def evaluate(folder: Path) -> tuple[Score, int]:
    total = Score()
    articles = sorted(
        p for p in folder.iterdir() if p.suffix in SUFFIXES and p.with_suffix(".json").exists()
    )
    for path in articles:
        total.add(score_article(path))
    return total, len(articles)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reader.eval", description="Score quotes and speakers on a corpus."
    )
    parser.add_argument("corpus", type=Path, help="folder of articles and their .json labels")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    try:
        score, articles = evaluate(args.corpus)
    except CorpusError as error:
        print(f"reader.eval: error: {error}", file=sys.stderr)
        return 2
    print(f"articles          {articles}")
    print(f"expected quotes   {score.expected}")
    print(f"found quotes      {score.found}")
    print(f"span precision    {score.precision:.3f}")
    print(f"span recall       {score.recall:.3f}")
    print(f"speaker accuracy  {score.speaker_accuracy:.3f}")
    print(f"partial accuracy  {score.partial_accuracy:.3f}")
    print("speaker misses by stage:")
    for stage in STAGES:
        print(f"  {stage:<24}{score.stages.get(stage, 0)}")
    if args.verbose:
        for problem in score.problems:
            print(f"  {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
