"""The command line: --dump, --export-html, --version and clear refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import reader
from reader.cli import main
from tests.unusable_files import unusable_files


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, encoding="utf-8"
    )


def test_dump_prints_the_documented_json(seed_path: Path, seed_text: str) -> None:
    result = run_cli("--dump", str(seed_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"title", "authors", "date", "lead", "sections", "quotes"}
    assert data["authors"] == ["Oleksandra Opanasenko"] and data["date"] is None
    assert [s["id"] for s in data["sections"]][:2] == [
        "withdrawal-of-troops-from-vuhledar",
        "membership-in-nato",
    ]
    assert len(data["quotes"]) == 8
    for quote in data["quotes"]:
        assert set(quote) >= {"id", "text", "speaker", "section", "start", "end"}
        whole = seed_text[quote["start"] : quote["end"]]
        assert whole.startswith('"') and whole.endswith('"') and quote["text"] in whole
    assert data["quotes"][2]["partial"] is True


def test_dump_reads_the_same_however_it_is_written(seed_path: Path) -> None:
    # `--dump FILE` is answered without building the parser; every spelling agrees.
    outputs = {
        run_cli(*args).stdout
        for args in (
            ("--dump", str(seed_path)),
            (f"--dump={seed_path}",),
            ("--dump", str(seed_path), "--format", "json"),
        )
    }
    assert len(outputs) == 1 and json.loads(outputs.pop())["quotes"]


def test_dump_does_not_import_qt(seed_path: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    pass\n"
        f"sys.argv = ['article-reader', '--dump', {str(seed_path)!r}]\n"
        "import os\n"
        "rc = main(sys.argv[1:])\n"
        "assert rc == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_export_html_is_the_pane_html_in_a_page(seed_path: Path) -> None:
    result = run_cli("--export-html", str(seed_path))
    assert result.returncode == 0, result.stderr
    html = result.stdout
    assert html.startswith("<!DOCTYPE html>")
    assert '<h1 class="title">Vuhledar, the shooting down' in html
    assert '<h2 class="section" id="support-of-ukraine">Support of Ukraine</h2>' in html
    assert html.count('class="quote"') == 8
    assert "By Oleksandra Opanasenko · Undated" in html


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"article-reader {reader.__version__}"


@unusable_files
def test_unusable_files_exit_2_with_one_line(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    for option in ("--dump", "--export-html"):
        result = run_cli(option, str(path))
        assert result.returncode == 2
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"article-reader: error: {path}: ")
        assert reason in lines[0]


def test_dump_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path, seed_text: str) -> None:
    # `article-reader --dump long.txt | head`: no traceback when the pipe closes.
    long = tmp_path / "long.txt"
    long.write_text(
        seed_text + "\n\n".join(f"Part {n}\n\n{seed_text}" for n in range(60)), encoding="utf-8"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--dump", str(long)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10).startswith(b'{"title"')
    process.stdout.close()
    with process.stderr:
        error = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in error
