"""The built wheel carries the bundled article and the resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_wheel_ships_seed_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
         str(tmp_path), str(ROOT)],
        check=True,
    )  # fmt: skip
    wheel = next(tmp_path.glob("article_reader-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "reader/seeds/000_fa23456de02c1621.txt",
        "reader/resources/pane.css",
        "reader/resources/icon.svg",
        "reader/resources/article-reader.desktop",
    ):
        assert required in names
    metadata = next(n for n in names if n.endswith("entry_points.txt"))
    entry_points = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "[gui_scripts]" in entry_points and "article-reader = reader.cli:entry" in entry_points
    seed = zipfile.ZipFile(wheel).read("reader/seeds/000_fa23456de02c1621.txt")
    assert seed == (ROOT / "seeds" / "000_fa23456de02c1621.txt").read_bytes()
