"""The document session on its own: no window, only its signals."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from benchmarks.make_article import write_book
from reader.ui.document import default_style
from reader.ui.session import BACKGROUND_BYTES, Arrival, DocumentSession

ARTICLE = """Grid under strain

Author: Iryna Koval

Ukrenergo warned of outages on Thursday.

First part

"We ask everyone to save energy," Kudrytskyi said.
"""


def test_a_small_file_is_shown_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "grid.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    session = DocumentSession(default_style)
    with qtbot.waitSignal(session.articleShown, timeout=1000) as shown:
        assert session.open(path)
    rendered, arrival = shown.args
    assert rendered.article.title == "Grid under strain"
    assert "Ukrenergo warned" in rendered.document.toPlainText()
    assert arrival == Arrival()
    assert session.article is rendered.article and session.source == str(path)
    assert session.error is None and not session.loading


def test_a_source_that_cannot_be_used_fails_with_the_reason(qtbot: QtBot, tmp_path: Path) -> None:
    good = tmp_path / "grid.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    session = DocumentSession(default_style)
    session.open(good)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(session.failed, timeout=1000) as failed:
        assert not session.open(empty)
    assert failed.args == [f"{empty}: the file is empty"]
    assert session.article is None and session.error == f"{empty}: the file is empty"
    assert session.source == str(good)  # the last source shown is kept
    assert not session.reload()  # nothing shown: nothing to read again


def test_a_large_file_is_previewed_then_shown_whole(qtbot: QtBot, tmp_path: Path) -> None:
    book = write_book(tmp_path / "book.txt", sections=200)
    assert book.stat().st_size >= BACKGROUND_BYTES
    session = DocumentSession(default_style)
    previews: list[int] = []
    session.previewShown.connect(lambda rendered: previews.append(len(rendered.article.sections)))
    states: list[bool] = []
    session.loadingChanged.connect(states.append)
    messages: list[str] = []
    session.progress.connect(messages.append)
    with qtbot.waitSignal(session.articleShown, timeout=60_000) as shown:
        assert session.open(book)
        assert session.loading and previews and 0 < previews[0] < 200
    rendered, arrival = shown.args
    assert len(rendered.article.sections) == 200
    assert arrival == Arrival(after_preview=True, completes_preview=True)
    assert states == [True, False] and not session.loading
    assert messages[0].startswith("Opening book.txt (") and messages[-1] == ""


def test_a_change_on_disk_is_read_again_and_a_bad_one_is_reported(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "grid.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    session = DocumentSession(default_style)
    session.open(path)
    first = session.article
    notices: list[str] = []
    session.notice.connect(notices.append)
    with qtbot.waitSignal(session.articleShown, timeout=3000) as shown:
        path.write_text(ARTICLE.replace("Thursday", "Friday"), encoding="utf-8")
    rendered, arrival = shown.args
    assert arrival == Arrival(reloaded=True) and "Friday" in rendered.article.text
    assert notices == ["Reloaded grid.txt"]
    current = session.article
    assert current is not first
    with qtbot.waitSignal(session.notice, timeout=3000):
        path.write_bytes(b"")
    assert notices[-1] == f"Reload failed, showing the last good version: {path}: the file is empty"
    assert session.article is current  # the last good version stays


def test_a_save_without_a_change_shows_nothing_anew(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "grid.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    session = DocumentSession(default_style)
    session.open(path)
    article = session.article
    os.utime(path, ns=(0, 0))  # touched, same text
    with qtbot.assertNotEmitted(session.articleShown, wait=100):
        assert session.reload()
    assert session.article is article
