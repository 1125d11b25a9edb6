"""The store: durable, versioned, and never losing what it had."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.model.highlights import new_highlight
from reader.store.database import SCHEMA_VERSION, Store, StoreError

TEXT = "Rutte said the alliance stands with Ukraine."


def test_highlights_round_trip_with_their_selectors(tmp_path: Path) -> None:
    store = Store(tmp_path / "reader.sqlite3")
    highlight = new_highlight(TEXT, 0, 10, "green")
    store.save("/doc.txt", "hash", highlight)
    store.close()
    again = Store(tmp_path / "reader.sqlite3").highlights("/doc.txt", "hash")
    assert again == [highlight]


def test_wal_journal_and_schema_version(tmp_path: Path) -> None:
    Store(tmp_path / "reader.sqlite3").close()
    connection = sqlite3.connect(tmp_path / "reader.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_store_from_a_newer_reader_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "reader.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError):
        Store(path)
    assert path.exists()


def test_a_corrupt_store_is_moved_aside_and_a_new_one_made(tmp_path: Path) -> None:
    path = tmp_path / "reader.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    store = Store(path)
    assert store.recovered_from is not None and store.recovered_from.exists()
    assert store.recovered_from.read_bytes().startswith(b"this is not a database")
    store.save("/doc.txt", "hash", new_highlight(TEXT, 0, 5))
    assert len(store.highlights("/doc.txt", "hash")) == 1


def test_a_data_folder_that_cannot_be_used_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError) as error:
        Store(blocker / "reader.sqlite3")
    assert "cannot use the data folder" in str(error.value)


def test_found_by_content_when_the_file_moved(tmp_path: Path) -> None:
    store = Store(tmp_path / "reader.sqlite3")
    highlight = new_highlight(TEXT, 0, 5)
    store.save("/old/place.txt", "same-content", highlight)
    assert store.highlights("/new/place.txt", "same-content") == [highlight]


def test_a_process_killed_right_after_highlighting_loses_nothing(tmp_path: Path) -> None:
    """A real process highlights through the window, then dies by SIGKILL."""
    article = tmp_path / "article.txt"
    article.write_text("Title\n\nMark Rutte spoke in Kyiv about air defence.\n", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QTextCursor
        from reader.app import create_window
        window = create_window({str(article)!r})
        pane = window.readingPane
        start = pane.toPlainText().index("Rutte spoke")
        cursor = pane.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len("Rutte spoke in Kyiv"), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        window.highlightAction.setEnabled(True)
        window.highlightAction.trigger()
        print(window.highlights.model.rowCount(), flush=True)
        import time
        time.sleep(60)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "1"  # the window showed it as made
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    data = Path(os.environ["XDG_DATA_HOME"]) / "article-reader" / "article-reader"
    store = Store(data / "reader.sqlite3")
    saved = store.highlights(os.path.realpath(article), "")
    assert [h.text for h in saved] == ["Rutte spoke in Kyiv"]
