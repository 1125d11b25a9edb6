"""The library window: search as you type, speakers, opening a result in place, copy,
export, every opened article added, a folder added with progress and Cancel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QDockWidget, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from reader.app import create_window
from reader.model.library_results import ArticleHit, Snippet
from reader.model.parse import parse_file
from reader.store.bulk_add import BulkAddReport
from reader.store.library import Library, default_path
from reader.store.library_records import record_of, stamp_of
from reader.ui.library_models import LibraryResultsModel, LibraryRole
from reader.ui.library_panel import LibraryPanel
from reader.ui.library_service import LibraryService
from reader.ui.main_window import MainWindow
from tests import library_articles as texts
from tests.library_articles import corrupt_page, write
from tests.ui.starting import modules_at_start

WAIT_MS = 10_000


@pytest.fixture
def news(tmp_path: Path) -> dict[str, Path]:
    """Three articles quoting Rutte and one quoting Bill Clinton, in the library."""
    folder = tmp_path / "news"
    paths = {
        "brussels": write(folder, "brussels.txt", texts.RUTTE_BRUSSELS),
        "hague": write(folder, "hague.txt", texts.RUTTE_HAGUE),
        "kyiv": write(folder, "kyiv.txt", texts.RUTTE_KYIV),
        "bill": write(folder, "bill.txt", texts.BILL_CLINTON),
    }
    library = Library(default_path())
    library.add([record_of(parse_file(p), stamp=stamp_of(p)) for p in paths.values()])
    library.close()
    return paths


def open_library(window: MainWindow, qtbot: QtBot) -> LibraryPanel:
    if not window.libraryAction.isChecked():  # shown at start if it was shown at the end
        window.libraryAction.trigger()
    panel = window.library.panel
    assert panel is not None and window.library.dock is not None
    qtbot.waitUntil(lambda: window.library.dock.isVisible(), timeout=WAIT_MS)
    assert window.libraryAction.isChecked()
    return panel


def search(panel: LibraryPanel, qtbot: QtBot, query: str) -> list[str]:
    panel.search.clear()
    qtbot.keyClicks(panel.search, query)
    qtbot.waitUntil(lambda: panel.status.text() != "", timeout=WAIT_MS)
    model = panel.results_model
    return [model.index(row).data() for row in range(model.rowCount())]


def row_of(panel: LibraryPanel, kind: str, containing: str) -> QModelIndex:
    model = panel.results_model
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(LibraryRole.Kind) == kind and containing in index.data():
            return index
    raise AssertionError(f"no {kind} row with {containing!r}")


def test_typing_lists_articles_and_quotes_with_the_match_marked(
    window: MainWindow, qtbot: QtBot, qtmodeltester: object, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    assert window.findChild(type(panel.search), "librarySearch") is panel.search
    rows = search(panel, qtbot, "interceptor*")
    assert rows[0] == "Articles (1)" and rows[2] == "Quotes (1)" and len(rows) == 4
    assert rows[1].startswith("A night visit to Kyiv · 2025-09-03 · kyiv.txt\n")
    assert rows[3].startswith("“We will keep the interceptors coming” — Mark Rutte")
    article_html = panel.results_model.index(1).data(LibraryRole.Html)
    assert "<b>interceptors</b>" in article_html
    assert panel.status.text() == "1 article, 1 quote"
    assert not panel.results_model.flags(panel.results_model.index(0)) & (
        Qt.ItemFlag.ItemIsSelectable
    )
    qtmodeltester.check(panel.results_model)  # type: ignore[attr-defined]


def test_a_malformed_search_says_so_and_nothing_found_is_said(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    assert search(panel, qtbot, '"air defence') == []
    assert panel.status.text().startswith("Not a valid search")
    assert search(panel, qtbot, "zeppelin") == []
    assert panel.status.text() == "Nothing found"


def test_speakers_with_their_counts_and_quotes_in_date_order(
    window: MainWindow, qtbot: QtBot, qtmodeltester: object, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    model = panel.speakers_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    assert window.findChild(type(panel.speakers), "speakerList") is panel.speakers
    assert model.index(0).data() == "Mark Rutte\n3 quotes in 3 articles"
    assert model.index(1).data() == "Bill Clinton\n1 quote in 1 article"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    panel.speakers.setFocus()
    assert panel.choose_speaker("Mark Rutte")
    results = panel.results_model
    qtbot.waitUntil(lambda: results.rowCount() == 4, timeout=WAIT_MS)
    assert results.index(0).data() == "Quotes by Mark Rutte (3)"
    dates = [results.quote(results.index(row)).date for row in range(1, 4)]  # type: ignore[union-attr]
    assert dates == ["2025-09-03", "2025-10-14", "2025-11-02"]
    assert panel.status.text() == "3 quotes in 3 articles, oldest first"


def test_activating_a_quote_opens_its_article_with_the_quote_marked(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    search(panel, qtbot, "luxury")
    index = row_of(panel, "quote", "Air defence is not a luxury")
    panel.results.setCurrentIndex(index)
    panel.results.setFocus()
    with qtbot.waitSignal(window.articleChanged, timeout=WAIT_MS):
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.path == str(news["hague"].resolve())
    assert window.readingPane.marked_text("quote") == [
        '"Air defence is not a luxury, it is the floor of our security,"'
    ]


def test_activating_an_article_opens_it_at_the_match(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    search(panel, qtbot, "ammunition")
    index = row_of(panel, "article", "Allies weigh")
    with qtbot.waitSignal(window.articleChanged, timeout=WAIT_MS):
        panel.results.activated.emit(index)
    assert window.path == str(news["brussels"].resolve())
    assert window.readingPane.marked_text("library") == ["ammunition"]
    window.set_theme("dark")  # a new document for the same text: the mark is painted again
    qtbot.waitUntil(lambda: window.readingPane.marked_text("library") == ["ammunition"])
    window.open_path(news["kyiv"])
    assert window.readingPane.marked_text("library") == []


def test_ctrl_c_copies_the_selected_quotes_with_speaker_and_citation(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    search(panel, qtbot, "Rutte")
    model = panel.results_model
    selection = panel.results.selectionModel()
    for row in range(model.rowCount()):
        if model.index(row).data(LibraryRole.Kind) != "heading":
            selection.select(model.index(row), selection.SelectionFlag.Select)
    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.count("— Mark Rutte") == 3  # articles selected too are not copied
    assert "“We will keep the interceptors coming” — Mark Rutte\n\n" in copied
    assert "Source: Test Desk, “A night visit to Kyiv”, 2025-09-03 (kyiv.txt)" in copied
    assert "<cite>" in QGuiApplication.clipboard().mimeData().html()


def test_a_speakers_quotes_export_as_markdown_and_csv(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path], tmp_path: Path
) -> None:
    panel = open_library(window, qtbot)
    qtbot.waitUntil(lambda: panel.speakers_model.rowCount() == 2, timeout=WAIT_MS)
    panel.choose_speaker("Mark Rutte")
    qtbot.waitUntil(lambda: len(panel.results_model.quotes()) == 3, timeout=WAIT_MS)
    assert panel.export_to(tmp_path / "rutte.md", "markdown")
    notes = (tmp_path / "rutte.md").read_text(encoding="utf-8")
    assert notes.startswith("# Quotes by Mark Rutte\n\n3 quotes\n\n")
    assert panel.export_to(tmp_path / "rutte.csv", "csv")
    table = (tmp_path / "rutte.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert [row["date"] for row in rows] == ["2025-09-03", "2025-10-14", "2025-11-02"]
    assert panel.status.text() == "Exported 3 quotes to rutte.csv"


def test_a_searchs_quotes_export_as_markdown_and_csv(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path], tmp_path: Path
) -> None:
    panel = open_library(window, qtbot)
    search(panel, qtbot, "defence")
    quotes = panel.results_model.quotes()
    assert [quote.text for quote in quotes] == [
        "Air defence is not a luxury, it is the floor of our security"
    ]
    assert panel.export_to(tmp_path / "defence.md", "markdown")
    notes = (tmp_path / "defence.md").read_text(encoding="utf-8")
    assert notes.startswith("# Quotes matching defence\n\n1 quote\n\n")
    assert "> — **Mark Rutte**, Test Desk, “Rutte returns to The Hague" in notes
    assert panel.export_to(tmp_path / "defence.csv", "csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "defence.csv").read_text("utf-8"))))
    assert [(row["speaker"], row["title"]) for row in rows] == [
        ("Mark Rutte", "Rutte returns to The Hague for a defence conference")
    ]


def test_an_article_opened_in_the_window_joins_the_library(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write(tmp_path, "ukraine.txt", texts.KRAVCHENKO_GENITIVE)
    window.open_path(path)
    with qtbot.waitSignal(window.library.service.articleAdded, timeout=WAIT_MS):
        pass
    panel = open_library(window, qtbot)
    qtbot.waitUntil(
        lambda: (
            "Ольга Кравченко\n1 quote in 1 article"
            in [
                panel.speakers_model.index(r).data() for r in range(panel.speakers_model.rowCount())
            ]
        ),
        timeout=WAIT_MS,
    )


def test_adding_a_folder_shows_progress_and_lists_unusable_files(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    for number in range(12):
        write(folder, f"{number:02d}.txt", texts.numbered_article(number))
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))  # misnamed
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))  # not an article
    panel = open_library(window, qtbot)
    assert search(panel, qtbot, "harbour") == []  # a search shown while the folder is added
    seen: list[int] = []
    panel.service.progress.connect(lambda done, _total: seen.append(done))
    with qtbot.waitSignal(panel.service.folderAdded, timeout=WAIT_MS) as added:
        window.library.add_folder(str(folder))
    report: BulkAddReport = added.args[0]
    assert (report.added, len(report.unusable)) == (12, 1)
    assert seen[-1] == 13
    said = (
        "12 added, 0 updated, 0 already in the library; 1 other file in the folders left"
        " out (not articles); 1 could not be used:\n"
        "scan.txt: not a text file (it looks like a PNG image)"
    )
    assert panel.addStatus.text() == said and panel.addStatus.isVisible()
    assert not panel.progress.isVisible()
    qtbot.waitUntil(lambda: panel.speakers_model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.status.text() == "12 articles, 12 quotes", timeout=WAIT_MS)
    assert panel.addStatus.text() == said  # the search shown again does not hide the end
    search(panel, qtbot, "dredging")  # the reader moves on: the report has been read
    assert panel.addStatus.text() == "" and panel.addStatus.isHidden()


def test_cancel_stops_adding_a_folder_and_keeps_what_was_added(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    for number in range(300):
        write(folder, f"{number:03d}.txt", texts.numbered_article(number))
    panel = open_library(window, qtbot)
    shown: list[bool] = []

    def progressed(done: int, _total: int) -> None:
        shown.append(panel.progress.isVisible() and panel.cancelButton.isVisible())
        if done >= 20:
            qtbot.mouseClick(panel.cancelButton, Qt.MouseButton.LeftButton)

    panel.service.progress.connect(progressed)
    with qtbot.waitSignal(panel.service.folderAdded, timeout=WAIT_MS * 3) as added:
        window.library.add_folder(str(folder))
    report: BulkAddReport = added.args[0]
    assert report.cancelled and 20 <= report.added < 300
    assert shown and all(shown[1:])
    assert panel.addStatus.text().startswith(f"Stopped: {report.added} added")
    library = Library(default_path())
    assert library.counts()[0] == report.added
    library.close()


def test_results_follow_a_word_still_being_typed(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    rows = search(panel, qtbot, "interc")
    assert "Quotes (1)" in rows
    assert "<b>interceptors</b>" in row_of(panel, "quote", "interceptors").data(LibraryRole.Html)


def test_the_window_starts_without_opening_or_importing_the_library(news: dict[str, Path]) -> None:
    loaded = modules_at_start(
        "reader.store.library", "reader.ui.library_service", "reader.ui.library_panel"
    )
    assert loaded == []


def test_a_corrupt_library_is_rebuilt_and_the_window_says_so(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    corrupt_page(default_path(), "quotes")
    panel = open_library(window, qtbot)
    qtbot.waitUntil(
        lambda: "could not be read" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert window.statusBar().currentMessage().startswith(f"The library {default_path()}")
    assert list(default_path().parent.glob("library.broken-*.sqlite3"))
    model = panel.speakers_model
    panel.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    assert model.index(0).data() == "Mark Rutte\n3 quotes in 3 articles"


def closed_and_made_again(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """``window`` closed as the reader closes it, and the window of the next run."""
    window.close()
    again = create_window()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    return again


def library_dock(
    window: MainWindow, qtbot: QtBot, area: Qt.DockWidgetArea | None = None
) -> QDockWidget:
    """The library's dock, shown (and moved to ``area``)."""
    open_library(window, qtbot)
    dock = window.library.dock
    assert dock is not None
    if area is not None:
        window.addDockWidget(area, dock)
    return dock


def test_the_library_comes_back_shown_where_the_reader_left_it(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    dock = library_dock(window, qtbot, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(dock.width() - 420) <= 8, timeout=WAIT_MS)
    again = closed_and_made_again(window, qtbot)
    assert again.libraryAction.isChecked()
    assert again.library.panel is not None
    assert again.focusWidget() is not again.library.panel.search  # the search waits to be asked
    dock = library_dock(again, qtbot)
    assert again.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    qtbot.waitUntil(lambda: abs(dock.width() - 420) <= 8, timeout=WAIT_MS)


def test_a_library_left_hidden_is_not_opened_at_start_and_keeps_its_place(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    dock = library_dock(window, qtbot, Qt.DockWidgetArea.RightDockWidgetArea)
    window.libraryAction.trigger()  # hidden again
    assert not dock.isVisible()
    quiet_run = closed_and_made_again(window, qtbot)
    assert not quiet_run.libraryAction.isChecked()
    assert quiet_run.library.dock is None and quiet_run.library.panel is None
    again = closed_and_made_again(quiet_run, qtbot)  # a run that never showed it
    dock = library_dock(again, qtbot)
    assert again.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea


def reddish_pixels(panel: LibraryPanel, selected: bool) -> int:
    """The pixels of the first speaker's row painted in the muted colour (pure red here)."""
    palette = panel.speakers.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(255, 0, 0))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(0, 0, 160))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    option = QStyleOptionViewItem()
    option.initFrom(panel.speakers)
    option.palette = palette
    index = panel.speakers_model.index(0)
    option.rect = QRect(QPoint(0, 0), panel.speakers.itemDelegate().sizeHint(option, index))
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 160) if selected else QColor(255, 255, 255))
    painter = QPainter(image)
    panel.speakers.itemDelegate().paint(painter, option, index)
    painter.end()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 200 and c.green() < 90 and c.blue() < 90
    )


def test_a_selected_rows_counts_are_in_the_selections_text_colour(
    window: MainWindow, qtbot: QtBot, news: dict[str, Path]
) -> None:
    panel = open_library(window, qtbot)
    qtbot.waitUntil(lambda: panel.speakers_model.rowCount() == 2, timeout=WAIT_MS)
    assert reddish_pixels(panel, selected=False) > 20  # "3 quotes in 3 articles", muted
    assert reddish_pixels(panel, selected=True) == 0  # legible on the selection


def test_a_snippets_paragraph_break_shows_so_a_heading_does_not_run_on(
    qtmodeltester: object,
) -> None:
    snippet = Snippet("…On Ukraine\n\nAsked about new air defence", ((29, 32), (33, 40)))
    hit = ArticleHit(1, "Ministers agree", ("Desk",), "2025-06-05", "/news/nato.txt", snippet, 0, 0)
    model = LibraryResultsModel()
    model.set_results([hit], [])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    row = model.index(1).data(LibraryRole.Html)
    assert "On Ukraine <span class='meta'>¶</span> Asked about new <b>air</b> <b>defence</b>" in row


def test_the_speakers_listed_during_a_rebuild_are_listed_again_after_it(
    qtbot: QtBot, news: dict[str, Path]
) -> None:
    corrupt_page(default_path(), "quotes")
    panel = LibraryPanel(LibraryService())
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.service.rebuilt, timeout=WAIT_MS):
        panel.refresh()  # read beside the rebuild: may list only part of the library
    model = panel.speakers_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    assert model.index(0).data() == "Mark Rutte\n3 quotes in 3 articles"
    panel.service.close()
