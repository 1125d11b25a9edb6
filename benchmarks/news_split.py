"""Score the reader on the news corpus, split into a tuning part and a held-out part.

    python benchmarks/news_split.py                   # score.py on tune, held-out and whole
    python benchmarks/news_split.py --part tune --misses > /tmp/misses.txt
    python benchmarks/news_split.py --part tune --fast  # in this process: quicker to tune with

The split is fixed by article name: an article is held out when the first byte of the
SHA-1 of its name is below 52 (about 20 %). The parts are folders of symbolic links in
/tmp (``text/`` and ``attributions/``), so the texts never enter the project. Figures come
from the corpus's own ``score.py``; ``--fast`` runs the same scorer with ``--dump`` done in
this process instead of one process per article (same output, a fraction of the time).
Look at the held-out part's misses never: score it only at checkpoints.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/news-corpus")
PARTS = Path("/tmp/news-split")
HELD_OUT_BELOW = 52  # of 256: the held-out share of the articles


def is_held_out(stem: str) -> bool:
    return hashlib.sha1(stem.encode("utf-8")).digest()[0] < HELD_OUT_BELOW


def build_parts(corpus: Path, folder: Path) -> dict[str, Path]:
    """Folders ``tune`` and ``heldout`` of links to the corpus's files, made afresh."""
    parts = {"tune": folder / "tune", "heldout": folder / "heldout"}
    for part in parts.values():
        for sub in ("text", "attributions"):
            (part / sub).mkdir(parents=True, exist_ok=True)
            for old in (part / sub).iterdir():
                old.unlink()
    for sub in ("text", "attributions"):
        for path in sorted((corpus / "train" / sub).iterdir()):
            stem = path.stem if sub == "text" else path.stem.rsplit("_", 1)[0]
            part = parts["heldout" if is_held_out(stem) else "tune"]
            (part / sub / path.name).symlink_to(path)
    return parts


def _score_module(corpus: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("news_score", corpus / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dump_in_process(command: list[str], **_: object) -> SimpleNamespace:
    """What ``article-reader --dump FILE`` prints, without starting a process."""
    from reader.model.parse import parse_file

    article = parse_file(command[-1])
    output = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    return SimpleNamespace(returncode=0, stdout=output, stderr=b"")


def score_fast(corpus_part: Path, misses: bool) -> int:
    module = _score_module(CORPUS)
    module.subprocess = SimpleNamespace(run=_dump_in_process)
    arguments = ["score.py", "in-process", "--corpus", str(corpus_part), "--jobs", "1"]
    sys.argv = arguments + (["--misses"] if misses else [])
    sys.path.insert(0, str(ROOT))
    return int(module.main())


def score(exe: str, corpus_part: Path, misses: bool, jobs: int) -> int:
    command = [sys.executable, str(CORPUS / "score.py"), exe, "--corpus", str(corpus_part)]
    command += ["--jobs", str(jobs)] + (["--misses"] if misses else [])
    return subprocess.run(command, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("tune", "heldout", "whole", "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="print every miss (tune only!)")
    parser.add_argument("--fast", action="store_true", help="run --dump in this process")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--reader", default=str(ROOT / ".venv" / "bin" / "article-reader"))
    args = parser.parse_args()
    parts = build_parts(CORPUS, PARTS)
    folders = {**parts, "whole": CORPUS / "train"}
    chosen = ["tune", "heldout", "whole"] if args.part == "all" else [args.part]
    if args.misses and chosen != ["tune"]:
        parser.error("--misses is for the tuning part only (--part tune)")
    code = 0
    for name in chosen:
        print(f"{name}: ", end="", flush=True)
        if args.fast:
            code |= score_fast(folders[name], args.misses)
        else:
            code |= score(args.reader, folders[name], args.misses, args.jobs)
    return code


if __name__ == "__main__":
    sys.exit(main())
