"""The window on saved web pages and links (from a loopback server): opening, the busy
indicator and Cancel, errors in the pane, Open Link, paste and drop, reload, recent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLabel
from pytestqt.qtbot import QtBot

from reader.fetch import FetchLimits
from reader.ui.highlights import HighlightRole
from reader.ui.main_window import MainWindow
from reader.ui.opening import FILE_FILTERS
from tests.ui.dropping import drop_urls
from tests.ui.selecting import select_text
from tests.ui.starting import modules_at_start
from tests.web_server import PageServer, page_server

PAGES = Path(__file__).resolve().parent.parent / "pages"
TITLE = "Harbour city votes to rebuild its old ferry pier"
SECTIONS = ["A long dispute", "What the plan includes", "Ferry users", "What happens next"]
QUICK = FetchLimits(connect_timeout=1.0, total_timeout=5.0, max_bytes=1 << 20)


@pytest.fixture
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


@pytest.fixture
def reader(window: MainWindow) -> MainWindow:
    """The window, fetching with short limits."""
    window.session.fetch_limits = QUICK
    return window


def section_titles(window: MainWindow) -> list[str]:
    model = window.sectionModel
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def open_and_wait(qtbot: QtBot, window: MainWindow, source: str) -> None:
    with qtbot.waitSignal(window.articleChanged, timeout=10_000):
        window.open_path(source)


def test_a_saved_page_opens_in_the_three_panes(qtbot: QtBot, reader: MainWindow) -> None:
    open_and_wait(qtbot, reader, str(PAGES / "harbour_pier.html"))
    assert section_titles(reader) == SECTIONS
    assert reader.quoteModel.rowCount() >= 4
    text = reader.readingPane.toPlainText()
    assert TITLE in text and "cracks in its pilings" in text
    assert "cookies" not in text and "Donate" not in text and "eyesore" not in text
    assert reader.windowTitle() == f"{TITLE} — Article Reader"


def test_a_link_is_fetched_off_the_gui_thread_and_highlights_stay_with_it(
    qtbot: QtBot, reader: MainWindow, server: PageServer
) -> None:
    url = server.url("/article")
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        reader.open_path(url)
        # The download has begun: the seed is still readable, the window says it is busy.
        assert reader.loading and reader.article is not None
        assert reader.status.progress.isVisible() and reader.status.cancelButton.isVisible()
        assert reader.statusBar().currentMessage() == f"Opening {url}…"
    assert reader.path == url and not reader.loading
    assert not reader.status.cancelButton.isVisible()
    assert section_titles(reader) == SECTIONS
    select_text(reader.readingPane, "cracks in its pilings")
    assert reader.highlight_selection()
    # Opened again (from the kept page) the highlight is there: it is kept by the link.
    open_and_wait(qtbot, reader, str(PAGES / "kyiv_bridge_cp1251.html"))
    assert reader.highlights.model.rowCount() == 0
    open_and_wait(qtbot, reader, url)
    assert reader.highlights.model.rowCount() == 1
    assert reader.highlights.model.index(0).data() is not None


def test_a_link_reopens_offline_as_it_was_read_with_its_highlight_anchored(
    qtbot: QtBot, reader: MainWindow
) -> None:
    with page_server() as server:
        url = server.url("/article")
        open_and_wait(qtbot, reader, url)
        select_text(reader.readingPane, "cracks in its pilings")
        assert reader.highlight_selection()
        read = reader.readingPane.toPlainText()
    # The server is gone: the link opens from the page kept when it was read.
    open_and_wait(qtbot, reader, str(PAGES / "kyiv_bridge_cp1251.html"))
    open_and_wait(qtbot, reader, url)
    assert reader.error is None and reader.readingPane.toPlainText() == read
    model = reader.highlights.model
    assert model.rowCount() == 1 and model.index(0).data() == "cracks in its pilings"
    assert model.index(0).data(HighlightRole.SectionTitle) == "A long dispute"
    # File › Reload asks the server again, which is gone: the article read stays.
    with qtbot.waitSignal(reader.session.notice, timeout=10_000) as notice:
        reader.reloadAction.trigger()
    assert str(notice.args[0]).startswith("Reload failed, showing the last good version")
    assert reader.readingPane.toPlainText() == read and model.rowCount() == 1


def test_a_link_exports_its_quotes_and_highlights_with_its_address(
    qtbot: QtBot, reader: MainWindow, server: PageServer, tmp_path: Path
) -> None:
    url = server.url("/article")
    open_and_wait(qtbot, reader, url)
    select_text(reader.readingPane, "temporary pontoon at the fish market")
    assert reader.highlight_selection()
    notes = tmp_path / "notes.md"
    assert reader.export_to(notes, "markdown")
    written = notes.read_text(encoding="utf-8")
    assert f"- Link: {url}" in written and "temporary pontoon at the fish market" in written
    # With no file beside it, the save dialog starts at home, named after the title.
    start = reader.output._save_start(".md")
    assert start == str(Path.home() / "harbour-city-votes-to-rebuild-its-old-ferry-pier.md")


def test_cancel_stops_the_download_and_keeps_the_article_shown(
    qtbot: QtBot, reader: MainWindow, server: PageServer
) -> None:
    seed_title = reader.windowTitle()
    reader.session.fetch_limits = FetchLimits(total_timeout=60)
    reader.open_path(server.url("/trickle"))  # a byte every 50 ms: minutes
    assert reader.loading
    qtbot.mouseClick(reader.status.cancelButton, Qt.MouseButton.LeftButton)
    assert not reader.loading and not reader.status.progress.isVisible()
    assert reader.windowTitle() == seed_title and reader.error is None
    assert reader.statusBar().currentMessage() == f"Stopped opening {server.url('/trickle')}"
    # A late answer from the cancelled download changes nothing.
    qtbot.wait(300)
    assert reader.windowTitle() == seed_title


def test_a_link_asked_for_again_after_a_cancel_opens(
    qtbot: QtBot, reader: MainWindow, server: PageServer
) -> None:
    url = server.url("/slow-once")
    reader.open_path(url)
    qtbot.waitUntil(lambda: server.slowed)  # the first answer has begun to trickle
    assert reader.session.cancel()
    open_and_wait(qtbot, reader, url)  # the second comes at once
    assert reader.path == url and reader.error is None
    qtbot.wait(300)  # the cancelled download ends meanwhile: its end changes nothing
    assert reader.path == url and reader.error is None
    assert reader.windowTitle() == f"{TITLE} — Article Reader"


def test_a_link_that_fails_says_why_in_the_pane_and_the_window_goes_on(
    qtbot: QtBot, reader: MainWindow, server: PageServer, seed_path: Path
) -> None:
    for path, reason in (
        ("/missing", "the server answered 404 Not Found"),
        ("/report.pdf", "not a web page: application/pdf"),
    ):
        url = server.url(path)
        open_and_wait(qtbot, reader, url)
        assert reader.error == f"{url}: {reason}" and reader.article is None
        shown = reader.readingPane.toPlainText()
        assert "This article cannot be opened" in shown and reason in shown
        assert reader.findChild(QLabel, "positionLabel").text() == ""
    open_and_wait(qtbot, reader, str(seed_path))
    assert reader.article is not None and reader.error is None


def test_open_link_takes_the_address_from_the_clipboard(
    qtbot: QtBot, reader: MainWindow, server: PageServer
) -> None:
    url = server.url("/article")
    QGuiApplication.clipboard().setText(f"  {url}\n")
    reader.openLinkAction.trigger()
    dialog = reader.findChild(QInputDialog, "openLinkDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.textValue() == url
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        dialog.accept()
    assert reader.path == url and reader.windowTitle() == f"{TITLE} — Article Reader"


def test_open_link_without_a_link_on_the_clipboard_starts_from_https(
    qtbot: QtBot, reader: MainWindow
) -> None:
    QGuiApplication.clipboard().setText("not a link at all")
    reader.openLinkAction.trigger()
    dialog = reader.findChild(QInputDialog, "openLinkDialog")
    assert dialog is not None and dialog.textValue() == "https://"
    dialog.setTextValue("ftp://example.org/file")
    dialog.accept()
    assert reader.statusBar().currentMessage() == "Not a web link: ftp://example.org/file"
    assert reader.article is not None and reader.error is None  # the seed stays


def test_a_link_pasted_outside_a_text_field_opens(
    qtbot: QtBot, reader: MainWindow, server: PageServer
) -> None:
    url = server.url("/article")
    QGuiApplication.clipboard().setText(url)
    reader.findBar.open()
    field = reader.findBar.field if hasattr(reader.findBar, "field") else None
    if field is not None:  # in the find field, Ctrl+V pastes into the field
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == url and reader.path != url
    reader.readingPane.setFocus()
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        qtbot.keyClick(reader.readingPane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert reader.path == url


def test_pasting_what_is_not_a_link_says_so(reader: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Rutte said so")
    reader.pasteLinkAction.trigger()
    assert reader.statusBar().currentMessage() == "The clipboard holds no link or file to open"


def test_a_dropped_link_opens(qtbot: QtBot, reader: MainWindow, server: PageServer) -> None:
    url = server.url("/article")
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        drop_urls(reader, QUrl(url))
    assert reader.path == url


def test_reload_fetches_a_link_again_and_recent_lists_it(
    qtbot: QtBot, reader: MainWindow, server: PageServer
) -> None:
    url = server.url("/changing")
    open_and_wait(qtbot, reader, url)
    assert "edition number 1 " in reader.readingPane.toPlainText()
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        reader.reloadAction.trigger()
        assert reader.status.cancelButton.isVisible()
    assert "edition number 2 " in reader.readingPane.toPlainText()
    assert reader.statusBar().currentMessage() == f"Reloaded {url}"
    recent = [a.text() for a in reader.recentMenu.actions()]
    assert recent[0] == url


def test_the_open_dialog_offers_web_pages() -> None:
    assert "Web pages (*.html *.htm *.xhtml *.mhtml *.mht)" in FILE_FILTERS.split(";;")
    assert "*.mhtml" in FILE_FILTERS.split(";;")[0]


def test_a_link_read_joins_the_library_by_its_address(
    qtbot: QtBot, reader: MainWindow, server: PageServer
) -> None:
    from reader.store.library import Library, default_path

    url = server.url("/article")
    with qtbot.waitSignal(reader.library.service.articleAdded, timeout=10_000) as added:
        reader.open_path(url)
    assert added.args == [url]
    library = Library(default_path())
    try:
        hits = library.search_articles("pilings")
    finally:
        library.close()
    assert [(hit.title, hit.source) for hit in hits] == [(TITLE, url)]
    # A library result opens the link again (from its kept page).
    open_and_wait(qtbot, reader, str(PAGES / "kyiv_bridge_cp1251.html"))
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        assert reader.library.open_at(url, 0, 0)
    assert reader.path == url


def test_a_dropped_saved_page_opens_and_open_recent_brings_it_back(
    qtbot: QtBot, reader: MainWindow
) -> None:
    page = str(PAGES / "harbour_pier.mhtml")
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        drop_urls(reader, QUrl.fromLocalFile(page))
    assert reader.path == page and section_titles(reader) == SECTIONS
    open_and_wait(qtbot, reader, str(PAGES / "kyiv_bridge_cp1251.html"))
    recent = {action.data(): action for action in reader.recentMenu.actions()}
    assert recent[page].text() == "harbour_pier.mhtml"
    with qtbot.waitSignal(reader.articleChanged, timeout=10_000):
        recent[page].trigger()
    assert reader.path == page and reader.windowTitle() == f"{TITLE} — Article Reader"


def test_the_window_starts_on_the_seed_without_the_page_extractor_or_the_fetcher() -> None:
    assert modules_at_start("trafilatura", "lxml", "htmldate", "reader.fetch") == []


def test_a_fault_while_reading_a_link_is_said_and_the_window_stops_being_busy(
    qtbot: QtBot, reader: MainWindow, server: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def faulty(*_: object, **__: object) -> None:
        raise RuntimeError("a fault of the reader's own")

    monkeypatch.setattr("reader.ui.document.open_source", faulty)
    url = server.url("/article")
    with qtbot.waitSignal(reader.session.failed, timeout=10_000):
        reader.open_path(url)
    assert not reader.loading and not reader.status.cancelButton.isVisible()
    assert reader.error == (
        f"{url}: the reader could not read it (RuntimeError: a fault of the reader's own)"
    )
    open_and_wait(qtbot, reader, str(PAGES / "harbour_pier.html"))  # and goes on
    assert reader.error is None
