"""Highlighting in the window: make, paint, list, note, colour, delete, undo, copy, keep."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QInputDialog, QListView, QMenu, QTabWidget, QToolBar
from pytestqt.qtbot import QtBot

from reader.app import create_window
from reader.ui.main_window import MainWindow
from tests.ui.selecting import select_text


def highlight(window: MainWindow, phrase: str) -> None:
    select_text(window.readingPane, phrase)
    assert window.highlightAction.isEnabled()
    window.highlightAction.trigger()


def painted(window: MainWindow) -> list[str]:
    return window.readingPane.marked_text("highlights")


def test_the_action_is_in_the_menu_toolbar_and_context_menu(window: MainWindow) -> None:
    action = window.findChild(QAction, "highlightAction")
    assert action is window.highlightAction
    assert action.shortcut().toString() == "Ctrl+H"
    edit_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    assert action in edit_menu.actions()
    assert action in window.findChild(QToolBar, "highlightToolbar").actions()
    assert action in window.readingPane.extraContextActions
    assert len(window.colourActions) >= 5


def test_highlighting_a_selection_paints_and_lists_it(window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "panelTabs")
    assert [tabs.tabText(i).split(" (")[0] for i in range(tabs.count())] == ["Quotes", "Highlights"]
    highlight(window, "Rutte urged not to forget")
    assert painted(window) == ["Rutte urged not to forget"]
    listing = window.findChild(QListView, "highlightList")
    assert listing.model().rowCount() == 1
    index = listing.model().index(0, 0)
    assert index.data() == "Rutte urged not to forget"
    assert "Strikes by Western weapons" in index.data(Qt.ItemDataRole.UserRole + 5)
    assert tabs.tabText(1) == "Highlights (1)"
    assert window.readingPane.toPlainText().count("Rutte urged") == 1  # the text is untouched


def test_list_is_in_reading_order_with_colours(window: MainWindow) -> None:
    window.set_highlight_colour("green")
    highlight(window, "It was important for me")
    window.set_highlight_colour("blue")
    highlight(window, "President Zelensky for the first time")
    model = window.highlights.model
    assert [model.index(r).data() for r in range(2)] == [
        "President Zelensky for the first time",
        "It was important for me",
    ]
    assert [h.colour for h in model.items()] == ["blue", "green"]


def test_note_colour_delete_and_undo_redo(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    highlight(window, "He says it was the right move")
    highlight_id = window.highlight_id_at(0)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *args, **kwargs: ("Check the date", True)),
    )
    window.edit_note(highlight_id)
    assert window.highlights.model.items()[0].note == "Check the date"
    window.highlights.set_colour(highlight_id, "pink")
    assert window.highlights.model.items()[0].colour == "pink"
    window.highlightList.setCurrentIndex(window.highlights.model.index(0))
    window.highlightList.deleteAction.trigger()
    assert window.highlights.model.rowCount() == 0 and painted(window) == []
    window.undoAction.trigger()  # the highlight comes back, note and colour too
    restored = window.highlights.model.items()[0]
    assert (restored.note, restored.colour) == ("Check the date", "pink")
    assert painted(window) == ["He says it was the right move"]
    window.undoAction.trigger()
    window.undoAction.trigger()
    assert window.highlights.model.items()[0].note == ""
    window.redoAction.trigger()
    assert window.highlights.model.items()[0].note == "Check the date"


def test_highlights_are_kept_when_the_window_is_reopened(qtbot: QtBot) -> None:
    first = create_window()
    qtbot.addWidget(first)
    highlight(first, "Arriving in Kyiv was his first official visit")
    first.close()
    second = create_window()
    qtbot.addWidget(second)
    assert [h.text for h in second.highlights.model.items()] == [
        "Arriving in Kyiv was his first official visit"
    ]
    assert painted(second) == ["Arriving in Kyiv was his first official visit"]


def test_clicking_a_highlight_scrolls_to_it(window: MainWindow, qtbot: QtBot) -> None:
    highlight(window, "It was important for me to come to Ukraine")
    window.readingPane.verticalScrollBar().setValue(0)
    window.panelTabs.setCurrentIndex(1)
    view = window.highlightList
    index = view.model().index(0, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    pane = window.readingPane
    selection = pane.extraSelections()[0]
    assert pane.viewport().rect().intersects(pane.cursorRect(QTextCursor(selection.cursor)))
    assert pane.verticalScrollBar().value() > 0


def test_ctrl_c_copies_highlights_with_the_citation(window: MainWindow, qtbot: QtBot) -> None:
    highlight(window, "Rutte urged not to forget")
    view = window.highlightList
    window.panelTabs.setCurrentIndex(1)
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“Rutte urged not to forget”")
    assert "Source: Oleksandra Opanasenko, “Vuhledar" in text


def test_a_corrupt_store_is_moved_aside_and_the_window_says_so(qtbot: QtBot) -> None:
    folder = Path(os.environ["XDG_DATA_HOME"]) / "article-reader" / "article-reader"
    folder.mkdir(parents=True)
    (folder / "reader.sqlite3").write_bytes(b"garbage, not SQLite" * 100)
    window = create_window()
    qtbot.addWidget(window)
    assert "moved aside" in window.statusBar().currentMessage()
    assert any(p.name.startswith("reader.broken-") for p in folder.iterdir())
    highlight(window, "Rutte urged not to forget")
    assert window.highlights.model.rowCount() == 1


def test_an_unusable_data_folder_explains_why_highlighting_cannot_save(qtbot: QtBot) -> None:
    Path(os.environ["XDG_DATA_HOME"], "article-reader").write_text("a file, not a folder")
    window = create_window()
    qtbot.addWidget(window)
    assert "Highlights cannot be saved" in window.statusBar().currentMessage()
    assert window.quoteModel.rowCount() == 8  # reading still works
    highlight(window, "Rutte urged not to forget")
    assert window.highlights.model.rowCount() == 0 and painted(window) == []
    assert "Highlights cannot be saved" in window.statusBar().currentMessage()


def test_export_from_the_window_and_the_command_line_agree(
    window: MainWindow, tmp_path: Path, seed_path: Path
) -> None:
    highlight(window, "Rutte urged not to forget")
    window.edit_note = lambda *_: None  # type: ignore[method-assign]
    window.highlights.set_note(window.highlight_id_at(0), "Key point")
    out = tmp_path / "notes.json"
    assert window.export_to(out, "json")
    annotations = json.loads(out.read_text(encoding="utf-8"))
    marked = [a for a in annotations if a["motivation"] == "highlighting"]
    assert len(marked) == 1 and marked[0]["type"] == "Annotation"
    selectors = {s["type"]: s for s in marked[0]["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == "Rutte urged not to forget"
    assert {"start", "end"} <= set(selectors["TextPositionSelector"])
    assert {"purpose": "commenting", "type": "TextualBody", "value": "Key point"} in marked[0][
        "body"
    ]
    assert sum(a["motivation"] == "identifying" for a in annotations) == 8
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--export", str(seed_path), "--format", "markdown"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    markdown = result.stdout
    assert markdown.startswith("# Vuhledar, the shooting down")
    assert "- Author: Oleksandra Opanasenko" in markdown and "- Date: undated" in markdown
    section = markdown.index("## Strikes by Western weapons against Russia")
    assert markdown.index("> Rutte urged not to forget", section) > section
    assert "> Note: Key point" in markdown
    assert "— Mark Rutte" in markdown


def test_highlight_model_follows_qt_rules(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    highlight(window, "Rutte urged not to forget")
    highlight(window, "He says it was the right move")
    qtmodeltester.check(window.highlights.model)


def test_a_selection_that_cuts_words_highlights_the_whole_words(window: MainWindow) -> None:
    pane = window.readingPane
    text = pane.toPlainText()
    start = text.index("Rutte urged") + 2  # "tte urged not to forg"
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("tte urged not to forg"), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    window.highlightAction.trigger()
    assert painted(window) == ["Rutte urged not to forget"]
