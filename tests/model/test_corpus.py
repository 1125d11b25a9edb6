"""The labelled corpus: quote spans and speakers measured against the targets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader.eval import evaluate, stage_of_miss
from reader.model import parse

CORPUS = Path(__file__).parents[1] / "corpus"


def test_corpus_is_large_enough() -> None:
    articles = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    assert len(articles) >= 30
    assert all(p.with_suffix(".json").exists() for p in articles)
    assert any(p.name.startswith("uk_") for p in articles)


def test_quote_spans_and_speakers_meet_their_targets() -> None:
    score, articles = evaluate(CORPUS)
    assert articles >= 30 and score.expected >= 250
    assert score.precision >= 0.97, score.problems
    assert score.recall >= 0.97, score.problems
    assert score.speaker_accuracy >= 0.93, score.problems


def test_eval_command_prints_the_figures() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader.eval", str(CORPUS)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for label in ("span precision", "span recall", "speaker accuracy", "no candidate found"):
        assert label in result.stdout


def test_a_speaker_miss_is_put_down_to_the_stage_that_made_it() -> None:
    article = parse(
        "Title\n\nIda Lorne met Tomas Reed.\n\n"
        '"Not now," he said.\n\n"Later," said a clerk beside Tomas Reed.\n\n'
        '"Never," said Ms. Lorne.\n'
    )
    he, clerk, lorne = article.quotes
    assert stage_of_miss(article, he, "Ida Lorne") == "coreference wrong"
    assert stage_of_miss(article, clerk, "Ada Moss") == "no candidate found"
    assert clerk.speaker is None
    assert stage_of_miss(article, clerk, "Tomas Reed") == "wrong candidate chosen"
    assert stage_of_miss(article, lorne, "Ida Lorne-Reed") == "coreference wrong"
