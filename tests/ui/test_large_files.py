"""Large articles open off the GUI thread: the window keeps answering meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from benchmarks.make_article import write_book
from reader.app import create_window
from reader.ui.main_window import MainWindow
from reader.ui.session import BACKGROUND_BYTES

SEED = Path(__file__).parents[2] / "seeds" / "000_fa23456de02c1621.txt"


def test_a_large_file_loads_in_the_background_with_progress(qtbot: QtBot, tmp_path: Path) -> None:
    book = write_book(tmp_path / "book.txt", sections=250)
    assert book.stat().st_size > BACKGROUND_BYTES
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    seen_while_loading: list[bool] = []
    with qtbot.waitSignal(window.articleChanged, timeout=60_000):
        assert window.open_path(book)
        assert window.loading and window.progress.isVisible()
        assert "Opening book.txt" in window.statusBar().currentMessage()
        # the beginning of the book is shown at once, the rest follows
        assert window.readingPane.toPlainText().startswith("Vuhledar, the shooting down")
        assert 8 < window.quoteModel.rowCount() < 250 * 8
        # the event loop keeps turning while the book is parsed and rendered
        QTimer.singleShot(0, lambda: seen_while_loading.append(window.loading))
    assert seen_while_loading == [True]
    assert not window.loading and not window.progress.isVisible()
    assert window.quoteModel.rowCount() == 250 * 8
    assert window.sectionModel.rowCount() == 250
    assert window.go_to_section(window.article.sections[-1].id)  # type: ignore[union-attr]
    assert window.show_quote(window.article.quotes[-1].id)  # type: ignore[union-attr]


def test_a_large_file_that_is_refused_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"%PDF-1.7\n" + b"x" * BACKGROUND_BYTES)
    window = create_window()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.articleChanged, timeout=30_000):
        window.open_path(big)
    assert "it looks like a PDF document" in window.readingPane.toPlainText()
    assert window.error is not None and window.quoteModel.rowCount() == 0


def test_only_the_newest_of_two_requests_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    first = write_book(tmp_path / "first.txt", sections=200)
    second = write_book(tmp_path / "second.txt", sections=210)
    window = create_window()
    qtbot.addWidget(window)
    window.open_path(first)
    with qtbot.waitSignal(window.articleChanged, timeout=60_000):
        window.open_path(second)
    qtbot.wait(200)
    assert window.path == str(second)
    assert window.sectionModel.rowCount() == 210


def test_opening_a_small_file_while_a_large_one_loads_wins(qtbot: QtBot, tmp_path: Path) -> None:
    book = write_book(tmp_path / "book.txt", sections=200)
    window = create_window()
    qtbot.addWidget(window)
    window.open_path(book)
    assert window.loading
    seed = Path(__file__).parents[2] / "seeds" / "000_fa23456de02c1621.txt"
    assert window.open_path(seed)
    assert not window.loading and not window.progress.isVisible()
    qtbot.wait(1500)  # the large file finishes in the background and is dropped
    assert window.path == str(seed) and window.quoteModel.rowCount() == 8


def opened_book(qtbot: QtBot, path: Path) -> MainWindow:
    """A shown window with the book at ``path`` wholly loaded."""
    window = create_window()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.articleChanged, timeout=60_000):
        window.open_path(path)
    return window


def read_to(qtbot: QtBot, window: MainWindow, section: int) -> int:
    """Jump to a section, wait until its heading is at the top; where that is."""
    article = window.article
    assert article is not None
    window.go_to_section(article.sections[section].id)
    heading = article.sections[section].heading.start
    qtbot.waitUntil(lambda: window.readingPane.top_offset() == heading, timeout=30_000)
    return heading


def test_a_large_file_reloads_in_the_background_at_the_same_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "book.txt", sections=200)
    window = opened_book(qtbot, book)
    article = window.article
    heading = read_to(qtbot, window, 150)
    # an editor saves a change near the start of the book
    text = book.read_text(encoding="utf-8")
    book.write_text(text.replace("Vuhledar", "Vugledar", 1), encoding="utf-8")
    seen_while_reloading: list[bool] = []
    with qtbot.waitSignal(window.articleChanged, timeout=60_000):
        assert window.reload()
        # the version on screen stays while the new one is read off the GUI thread
        assert window.reloading and window.article is article
        assert "Reloading book.txt" in window.statusBar().currentMessage()
        QTimer.singleShot(0, lambda: seen_while_reloading.append(window.reloading))
    assert seen_while_reloading == [True]
    assert not window.reloading and window.article is not article
    assert window.readingPane.toPlainText().startswith("Vugledar")
    assert "Reloaded book.txt" in window.statusBar().currentMessage()
    # the reader's place is kept (the edit shifted nothing: same length)
    qtbot.waitUntil(lambda: window.readingPane.top_offset() == heading, timeout=30_000)


def test_a_large_file_that_breaks_on_reload_keeps_the_last_good_version(
    qtbot: QtBot, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "book.txt", sections=200)
    window = opened_book(qtbot, book)
    article = window.article
    book.write_bytes(b"\x00" * (BACKGROUND_BYTES + 10))  # a binary file written over it
    assert window.reload() and window.reloading
    qtbot.waitUntil(lambda: not window.reloading, timeout=60_000)
    assert "Reload failed, showing the last good version" in window.statusBar().currentMessage()
    assert window.article is article


def test_a_long_article_changes_size_and_theme_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = opened_book(qtbot, write_book(tmp_path / "book.txt", sections=200))
    article = window.article
    assert article is not None
    heading = read_to(qtbot, window, 120)
    assert window.show_quote(article.quotes[961].id)
    pane = window.readingPane
    size = pane.document().defaultFont().pointSizeF()
    old_document = pane.document()
    ticks: list[bool] = []
    with qtbot.waitSignal(pane.restyled, timeout=60_000):
        window.zoom(1)
        # the old document stays up, readable, while the new one is built
        assert pane.restyling and pane.document() is old_document
        QTimer.singleShot(0, lambda: ticks.append(pane.restyling))
        window.set_theme("dark")  # a second change while the first is being built
    assert ticks == [True]
    qtbot.waitUntil(lambda: not pane.restyling, timeout=60_000)
    assert pane.document().defaultFont().pointSizeF() == size + 1
    assert "#f0b27a" in pane.document().defaultStyleSheet()  # the dark theme's quote colour
    qtbot.waitUntil(lambda: pane.top_offset() == heading, timeout=30_000)  # same place
    assert pane.marked_text("quote")  # the chosen quote is marked again


def test_a_file_saved_again_unchanged_is_not_read_anew(qtbot: QtBot, tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
    for path in (small, write_book(tmp_path / "book.txt", sections=200)):
        window = opened_book(qtbot, path)
        article, document = window.article, window.readingPane.document()
        path.write_bytes(path.read_bytes())  # an editor saving without a change
        with qtbot.assertNotEmitted(window.articleChanged, wait=100):
            assert window.reload()
            qtbot.waitUntil(lambda w=window: not w.reloading, timeout=60_000)
        assert window.article is article and window.readingPane.document() is document
        assert "Reloading" not in window.statusBar().currentMessage()
