"""The whole reading path in the real window: sections, quotes, copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QListView, QSplitter, QTextBrowser
from pytestqt.qtbot import QtBot

from reader.app import create_window
from reader.ui.main_window import MainWindow
from reader.ui.reading_pane import ReadingPane
from tests.unusable_files import unusable_files


def click_row(qtbot: QtBot, view: QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def top_block_text(pane: ReadingPane) -> str:
    """The text of the block at the top edge of what the reader sees."""
    return pane.cursorForPosition(QPoint(pane.viewport().width() // 2, 4)).block().text()


def test_three_views_of_one_article_in_a_splitter(window: MainWindow) -> None:
    sections = window.findChild(QListView, "sectionList")
    pane = window.findChild(QTextBrowser, "readingPane")
    quotes = window.findChild(QListView, "quoteList")
    assert sections is not None and pane is not None and quotes is not None
    assert window.findChild(QSplitter, "mainSplitter").count() == 3
    assert sections.model().rowCount() == 5
    assert quotes.model().rowCount() == 8
    assert sections.model().article is quotes.model().article is window.article  # type: ignore[attr-defined]
    assert "Vuhledar, the shooting down" in pane.toPlainText()
    assert window.windowTitle().startswith("Vuhledar, the shooting down")


def test_clicking_each_section_brings_its_heading_to_the_top(
    window: MainWindow, qtbot: QtBot
) -> None:
    pane = window.readingPane
    bar = pane.verticalScrollBar()
    article = window.article
    assert article is not None
    for row, section in enumerate(article.sections):
        click_row(qtbot, window.sectionList, row)
        heading_top = pane.position_top(pane.anchor_position(section.id) or 0)
        if heading_top <= bar.maximum():
            assert bar.value() == int(heading_top)
            assert top_block_text(pane) == section.title
        else:  # the last sections: the pane scrolls as far as it can
            assert bar.value() == bar.maximum()
            visible = pane.cursorForPosition(QPoint(40, pane.viewport().height() // 2)).position()
            assert visible >= (pane.anchor_position(section.id) or 0) - 2000


def test_sections_jump_back_up_as_well(window: MainWindow, qtbot: QtBot) -> None:
    click_row(qtbot, window.sectionList, 3)
    click_row(qtbot, window.sectionList, 1)
    assert top_block_text(window.readingPane) == "Membership in NATO"


def test_clicking_a_quote_marks_its_exact_text_and_shows_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    pane = window.readingPane
    article = window.article
    assert article is not None
    for row in (7, 0, 5):
        quote = article.quotes[row]
        click_row(qtbot, window.quoteList, row)
        assert pane.marked_text("quote") == [article.text[quote.start : quote.end]]
        selection = pane.extraSelections()[0]
        rect = pane.cursorRect(selection.cursor)
        assert pane.viewport().rect().intersects(rect)
    assert pane.document().toPlainText().count("It was important for me") == 1  # never edited


def test_ctrl_c_copies_selected_quotes_with_attribution(window: MainWindow, qtbot: QtBot) -> None:
    view = window.quoteList
    click_row(qtbot, view, 5)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    text = mime.text()
    expected = "“It depends not on me, but on individual allies, and their relations with Ukraine”"
    assert text.startswith(f"{expected} — Mark Rutte\n")
    assert (
        "Oleksandra Opanasenko" in text
        and "Vuhledar, the shooting down" in text
        and "undated" in text
    )
    assert "<blockquote>" in mime.html() and "Mark Rutte" in mime.html()


def test_copy_of_several_quotes_keeps_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    view = window.quoteList
    click_row(qtbot, view, 2)
    index = view.model().index(0, 0)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        view.visualRect(index).center(),
    )
    view.copyAction.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.index("“We are persistent") < text.index("“ever before” — Mark Rutte")


def test_quote_rows_show_speaker_section_and_cue(window: MainWindow) -> None:
    model = window.quoteModel
    index = model.index(6, 0)
    assert "Mark Rutte" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).endswith(
        "“the NATO Secretary General emphasized”"
    )


def test_item_models_follow_qt_rules(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.sectionModel)
    qtmodeltester.check(window.quoteModel)


@unusable_files
def test_each_refusal_is_shown_in_the_pane_not_a_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    make,
    reason: str,  # type: ignore[no-untyped-def]
) -> None:
    path = make(tmp_path)
    main = create_window(path)
    qtbot.addWidget(main)
    text = main.readingPane.toPlainText()
    assert f"{path}: " in text and reason in text
    assert QApplication.activeModalWidget() is None
    assert main.openAction.isEnabled()  # the app stays usable


def test_a_file_that_cannot_be_opened_is_explained_in_the_pane(
    qtbot: QtBot, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    main = create_window(empty)
    qtbot.addWidget(main)
    text = main.readingPane.toPlainText()
    assert "cannot be opened" in text and f"{empty}: the file is empty" in text
    assert main.sectionModel.rowCount() == 0 and main.quoteModel.rowCount() == 0
    assert main.open_path(Path(__file__).parents[2] / "seeds" / "000_fa23456de02c1621.txt")
    assert main.quoteModel.rowCount() == 8
