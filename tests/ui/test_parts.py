"""The smaller parts of the window, each on its own: reading positions, appearance,
highlighting, output, opening, the window layout, the file watch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter
from pytestqt.qtbot import QtBot

from reader.model.parse import parse_file
from reader.store.database import FILE_NAME, Store
from reader.ui.appearance import ZOOM_LIMITS
from reader.ui.document import BODY_POINT_SIZE, render_article
from reader.ui.file_watch import FileWatch
from reader.ui.highlight_list import HighlightList
from reader.ui.highlighting import Highlighting
from reader.ui.highlights import HighlightBook
from reader.ui.opening import Opening
from reader.ui.output import Output
from reader.ui.reading_pane import ReadingPane
from reader.ui.reading_positions import ReadingPositions
from reader.ui.session import Arrival
from reader.ui.settings import Settings
from reader.ui.theming import Appearance
from reader.ui.window_layout import WindowLayout
from tests.ui.selecting import select_text


@pytest.fixture
def pane(qtbot: QtBot, seed_path: Path) -> ReadingPane:
    """A shown pane on the bundled article."""
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(900, 500)
    pane.show_rendered(render_article(parse_file(seed_path)))
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / FILE_NAME)


def test_a_reading_position_is_saved_and_found_again(
    qtbot: QtBot, pane: ReadingPane, store: Store, seed_path: Path
) -> None:
    positions = ReadingPositions(store, pane, pane)
    positions.follow(str(seed_path))
    offset = parse_file(seed_path).sections[2].heading.start
    pane.scroll_to_offset(offset)
    qtbot.waitUntil(lambda: pane.top_offset() == offset, timeout=2000)
    positions.save()
    assert positions.stored(str(seed_path)) == offset
    assert positions.place_for(Arrival(), str(seed_path)) == offset
    assert positions.place_for(Arrival(reloaded=True), "elsewhere.txt") == offset
    positions.follow(None)  # nothing followed (a failure): nothing saved
    pane.verticalScrollBar().setValue(0)
    positions.save()
    assert positions.stored(str(seed_path)) == offset


def test_a_place_is_restored_once_the_pane_is_shown(
    qtbot: QtBot, store: Store, seed_path: Path
) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(900, 400)
    pane.show_rendered(render_article(parse_file(seed_path)))
    positions = ReadingPositions(store, pane, pane)
    target = parse_file(seed_path).sections[3].heading.start
    positions.restore(target)  # not shown yet: not laid out
    assert pane.verticalScrollBar().value() == 0
    pane.show()
    qtbot.waitUntil(lambda: pane.top_offset() == target, timeout=2000)


def test_theme_and_text_size_reach_the_pane_and_the_settings(pane: ReadingPane) -> None:
    appearance = Appearance(Settings(), pane)
    chosen: list[str] = []
    appearance.themeChosen.connect(chosen.append)
    appearance.set_theme("dark")
    assert appearance.theme == "dark" and chosen == ["dark"]
    assert pane.palette().base().color().lightness() < 80
    assert "#f0b27a" in pane.document().defaultStyleSheet()
    for _ in range(40):
        appearance.zoom(1)
    assert pane.document().defaultFont().pointSizeF() == BODY_POINT_SIZE + ZOOM_LIMITS[1]
    appearance.zoom(0)
    assert pane.document().defaultFont().pointSizeF() == BODY_POINT_SIZE
    assert Settings().get("appearance/theme") == "dark"


def test_highlighting_a_selection_paints_counts_and_asks_to_reveal(
    qtbot: QtBot, pane: ReadingPane, store: Store
) -> None:
    book = HighlightBook(store, None)
    listing = HighlightList(book)
    qtbot.addWidget(listing)
    book.open(pane.article)
    marks = Highlighting(book, pane, listing)
    notices: list[str] = []
    marks.notice.connect(notices.append)
    assert not marks.highlight_selection()
    assert notices == ["Select some text of the article to highlight it."]
    phrase = "Rutte urged not to forget"
    select_text(pane, phrase)
    marks.set_colour("green")
    with qtbot.waitSignal(marks.countChanged) as counted:
        assert marks.highlight_selection()
    assert counted.args == [1] and pane.marked_text("highlights") == [phrase]
    assert book.model.items()[0].colour == "green" and not pane.textCursor().hasSelection()
    with qtbot.waitSignal(marks.revealRequested) as asked:
        listing.clicked.emit(book.model.index(0))
    placed = book.model.items()[0]
    assert asked.args == [placed.start, placed.end]


def test_export_writes_what_the_pane_shows_or_says_why_not(
    pane: ReadingPane, tmp_path: Path
) -> None:
    output = Output(pane, HighlightBook(None, "no store"))
    notices: list[str] = []
    output.notice.connect(notices.append)
    assert output.export_to(tmp_path / "notes.md", "markdown")
    assert (tmp_path / "notes.md").read_text(encoding="utf-8").startswith("# Vuhledar")
    assert not output.export_to(tmp_path / "notes.xml", "xml")  # no such format
    assert not output.export_to(tmp_path / "missing" / "notes.md", "markdown")
    assert notices[0] == f"Exported to {tmp_path / 'notes.md'}"
    assert notices[-1].startswith(f"Could not export to {tmp_path / 'missing' / 'notes.md'}: ")


@pytest.mark.parametrize(
    ("name", "file_type", "starts"),
    [
        ("notes.md", "Markdown (*.md)", "# Vuhledar"),
        ("notes", "Web Annotation JSON (*.json)", '[\n  {\n    "@context"'),
        ("notes.json", "Markdown (*.md)", '[\n  {\n    "@context"'),  # the name says JSON
    ],
)
def test_the_export_dialog_writes_the_format_chosen(
    pane: ReadingPane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
    file_type: str, starts: str,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def answer(*args: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return str(tmp_path / name), file_type

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    Output(pane, HighlightBook(None, "no store")).choose_export()
    assert offered == ["Markdown (*.md);;Web Annotation JSON (*.json)"]
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)


def test_opening_remembers_sources_and_asks_for_a_recent_one(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    menu = QMenu()
    opening = Opening(Settings(), menu, parent)
    assert not menu.isEnabled()
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    opening.remember(str(first))
    opening.remember(str(second))
    assert [a.text() for a in menu.actions()] == ["second.txt", "first.txt"]
    with qtbot.waitSignal(opening.requested) as requested:
        menu.actions()[1].trigger()
    assert requested.args == [os.path.realpath(first)]


def test_the_window_layout_is_kept(qtbot: QtBot) -> None:
    def made() -> tuple[QMainWindow, WindowLayout, QAction, QAction, QAction, QLabel]:
        window = QMainWindow()
        qtbot.addWidget(window)
        splitter = QSplitter()
        sections, panel = QLabel("sections"), QLabel("panel")
        splitter.addWidget(sections)
        splitter.addWidget(panel)
        window.setCentralWidget(splitter)
        layout = WindowLayout(Settings(), window, splitter, sections, panel)
        toggles = QAction(window), QAction(window), QAction(window)
        for toggle in toggles:
            toggle.setCheckable(True)
        return window, layout, *toggles, panel

    window, layout, sections_action, panel_action, library_action, panel = made()
    layout.restore(sections_action, panel_action, library_action)
    window.show()
    assert panel_action.isChecked() and panel.isVisible()
    assert not library_action.isChecked()  # the library is not shown at first
    layout.show_panel(False)
    library_action.setChecked(True)  # the library's dock shown
    layout.save()
    again, layout, sections_action, panel_action, library_action, panel = made()
    layout.restore(sections_action, panel_action, library_action)
    again.show()
    assert sections_action.isChecked() and not panel_action.isChecked()
    assert not panel.isVisible()
    assert library_action.isChecked()


def test_a_changed_file_is_told_once_it_holds_still(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "watched.txt"
    path.write_text("first", encoding="utf-8")
    watch = FileWatch()
    watch.watch(str(path))
    with qtbot.waitSignal(watch.changed, timeout=3000):
        path.write_text("second, longer", encoding="utf-8")
    watch.mark_read()
    with qtbot.assertNotEmitted(watch.changed, wait=400):
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))  # no change
