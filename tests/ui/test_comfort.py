"""Reading comfort: files, live reload, navigation, find, appearance, persistence."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QWidget
from pytestqt.qtbot import QtBot

from reader.app import create_window
from reader.ui.main_window import MainWindow
from tests.ui.selecting import select_text

ARTICLE = """Grid under strain

Author:
Iryna Koval
Date:
2024-10-03

Ukrenergo warned of outages on Thursday.

First part

Chairman Volodymyr Kudrytskyi spoke to reporters. "We ask everyone to save energy," Kudrytskyi said.

{filler}

Second part

Repairs went on overnight, and the grid held.

{filler}

Third part

The ministry promised more transformers before winter.

{filler}
"""
FILLER = "\n\n".join(
    f"Paragraph {n} of filler text, long enough to need scrolling." for n in range(30)
)


def write_article(path: Path, **changes: str) -> Path:
    text = ARTICLE.format(filler=FILLER)
    for old, new in changes.items():
        text = text.replace(old.replace("_", " "), new)
    path.write_text(text, encoding="utf-8")
    return path


def opened(qtbot: QtBot, path: Path | None = None) -> MainWindow:
    window = create_window(path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_open_shortcut_filters_and_recent_files(qtbot: QtBot, tmp_path: Path) -> None:
    window = opened(qtbot)
    assert window.openAction.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    first = write_article(tmp_path / "first.txt")
    second = write_article(tmp_path / "second.md")
    window.open_path(first)
    window.open_path(second)
    recent = [a.data() for a in window.recentMenu.actions()]
    assert recent[:2] == [os.path.realpath(second), os.path.realpath(first)]
    for number in range(12):
        window.settings.remember_file(f"/tmp/file{number}.txt")
    assert len(window.settings.get("files/recent")) == 10


def test_a_dropped_file_opens(qtbot: QtBot, tmp_path: Path) -> None:
    window = opened(qtbot)
    path = write_article(tmp_path / "dropped.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.path == str(path) and window.article is not None
    assert window.article.title == "Grid under strain"


def test_live_reload_keeps_the_place_and_survives_a_bad_write(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_article(tmp_path / "live.txt")
    window = opened(qtbot, path)
    window.go_to_section("second-part")
    before = window.readingPane.top_offset()
    assert before is not None
    # an editor that writes a new file and renames it over the old one
    replacement = tmp_path / "live.txt.tmp"
    write_article(replacement, Repairs_went_on="Crews worked")
    with qtbot.waitSignal(window.articleChanged, timeout=3000):
        os.replace(replacement, path)
    assert "Crews worked overnight" in window.readingPane.toPlainText()
    assert window.sectionList.currentIndex().row() == 1  # still in "Second part"
    # a failed reload keeps the last good version and says why
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=3000):
        path.write_bytes(b"")
    qtbot.waitUntil(lambda: "Reload failed" in window.statusBar().currentMessage(), timeout=3000)
    assert "Crews worked overnight" in window.readingPane.toPlainText()
    assert "the file is empty" in window.statusBar().currentMessage()


def test_section_list_follows_the_reading_position(qtbot: QtBot, tmp_path: Path) -> None:
    window = opened(qtbot, write_article(tmp_path / "follow.txt"))
    pane = window.readingPane
    third = pane.anchor_position("third-part")
    assert third is not None
    pane.verticalScrollBar().setValue(int(pane.position_top(third)) + 5)
    assert window.sectionList.currentIndex().row() == 2
    value = pane.verticalScrollBar().value()
    assert pane.verticalScrollBar().value() == value  # following never moves the pane
    pane.verticalScrollBar().setValue(0)
    assert window.sectionList.currentIndex().row() == -1
    assert "Lead" in window.findChild(QLabel, "positionLabel").text()


def test_keyboard_navigation_and_history(qtbot: QtBot, tmp_path: Path) -> None:
    window = opened(qtbot, write_article(tmp_path / "keys.txt"))
    for name in ("sectionList", "readingPane", "quoteList"):
        assert window.findChild(QWidget, name).focusPolicy() & Qt.FocusPolicy.TabFocus
    section_list = window.findChild(QListView, "sectionList")
    section_list.setFocus()
    section_list.setCurrentIndex(section_list.model().index(1, 0))
    qtbot.keyClick(section_list, Qt.Key.Key_Return)
    assert window.readingPane.cursorForPosition(QPoint(200, 4)).block().text() == "Second part"
    window.nextSectionAction.trigger()
    assert window.sectionList.currentIndex().row() == 2
    window.previousSectionAction.trigger()
    assert window.sectionList.currentIndex().row() == 1
    assert window.nextSectionAction.shortcut().toString() == "Alt+Down"
    at_second = window.readingPane.verticalScrollBar().value()
    window.go_to_section("third-part")
    window.backAction.trigger()
    assert window.readingPane.verticalScrollBar().value() == at_second
    window.forwardAction.trigger()
    assert window.sectionList.currentIndex().row() == 2
    assert window.backAction.shortcut() == QKeySequence(QKeySequence.StandardKey.Back)


def test_find_bar_marks_counts_steps_and_closes(qtbot: QtBot, tmp_path: Path) -> None:
    window = opened(qtbot, write_article(tmp_path / "find.txt"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.readingPane.setFocus()
    qtbot.keyClick(window.readingPane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.findChild(QLineEdit, "findInput")
    assert field.isVisible() and field.hasFocus()
    qtbot.keyClicks(field, "paragraph 1")
    count = window.findChild(QLabel, "findCount")
    assert count.text() == "1 of 33"  # 1, 10..19 in three fillers: case-insensitive
    assert len(window.readingPane.marked_text("find")) == 34  # every match, and the current
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert count.text() == "2 of 33"
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert count.text() == "1 of 33"
    window.findPreviousAction.trigger()
    assert count.text() == "33 of 33"
    assert window.findNextAction.shortcut().toString() == "F3"
    field.setText("Paragraph 1")
    assert count.text().endswith("of 33")
    field.setText("PARAGRAPH 1")  # capitals: case-sensitive
    assert count.text() == "No matches"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not window.findBar.isVisible() and window.readingPane.marked_text("find") == []


def test_text_size_keys_and_theme_are_kept(qtbot: QtBot) -> None:
    window = opened(qtbot)
    size = window.readingPane.document().defaultFont().pointSizeF()
    window.zoomInAction.trigger()
    window.zoomInAction.trigger()
    assert window.readingPane.document().defaultFont().pointSizeF() == size + 2
    assert QKeySequence("Ctrl+=") in window.zoomInAction.shortcuts()
    window.zoomOutAction.trigger()
    window.set_theme("dark")
    again = opened(qtbot)
    assert again.readingPane.document().defaultFont().pointSizeF() == size + 1
    assert again.theme == "dark" and again.themeActions["dark"].isChecked()
    assert again.readingPane.palette().base().color().lightness() < 80
    again.zoomResetAction.trigger()
    assert again.readingPane.document().defaultFont().pointSizeF() == size
    again.set_theme("sepia")
    assert again.theme == "sepia"


def test_a_theme_change_keeps_the_place_and_the_marks(qtbot: QtBot, tmp_path: Path) -> None:
    window = opened(qtbot, write_article(tmp_path / "theme.txt"))
    window.go_to_section("second-part")
    window.show_quote(window.article.quotes[0].id)  # type: ignore[union-attr]
    window.go_to_section("second-part")
    offset = window.readingPane.top_offset()
    window.set_theme("dark")
    assert abs((window.readingPane.top_offset() or 0) - (offset or 0)) < 80


def test_layout_and_reading_position_are_kept(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_article(tmp_path / "keep.txt")
    window = opened(qtbot, path)
    window.showPanelAction.setChecked(False)
    window.splitter.setSizes([300, 700, 0])
    window.go_to_section("third-part")
    third_block = window.readingPane.cursorForPosition(QPoint(200, 4)).block().text()
    window.close()
    again = opened(qtbot, path)
    assert not again.showPanelAction.isChecked() and not again.panelTabs.isVisible()

    def top_block() -> str:
        return again.readingPane.cursorForPosition(QPoint(200, 4)).block().text()

    qtbot.waitUntil(lambda: top_block() == third_block, timeout=2000)  # restored once shown
    again.resize(700, 600)  # a narrower window re-wraps the text, same paragraph on top
    qtbot.waitUntil(lambda: top_block() == third_block, timeout=2000)
    again.close()
    third = opened(qtbot, path)
    qtbot.waitUntil(lambda: third.sectionList.currentIndex().row() == 2, timeout=2000)


def test_status_bar_words_time_and_position(qtbot: QtBot) -> None:
    window = opened(qtbot)
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert "568 words · 2 min read" in labels
    assert any(text.startswith(("Lead", "Section")) and "%" in text for text in labels)


def test_export_to_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    window = opened(qtbot)
    out = tmp_path / "article.pdf"
    assert window.export_pdf(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert window.printAction.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_application_identity_icon_and_accessibility(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    window = opened(qtbot)
    app = QApplication.instance()
    assert app.applicationName() == "article-reader"
    assert app.organizationName() == "article-reader"
    assert app.desktopFileName() == "article-reader"
    assert not app.windowIcon().isNull()
    for name in ("sectionList", "readingPane", "quoteList", "highlightList", "panelTabs"):
        assert window.findChild(QWidget, name).accessibleName()
    index = window.quoteModel.index(0)
    assert "Quote by Volodymyr Zelensky" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    resources = Path(__file__).parents[2] / "resources"
    assert (resources / "icon.svg").read_text().startswith("<svg")
    assert "Exec=article-reader" in (resources / "article-reader.desktop").read_text()


def test_settings_live_in_the_config_folder(qtbot: QtBot) -> None:
    window = opened(qtbot)
    window.set_theme("sepia")
    window.settings.sync()
    config = Path(os.environ["XDG_CONFIG_HOME"])
    files = list(config.rglob("*.conf"))
    assert files and "sepia" in files[0].read_text()
    time.sleep(0)


def test_a_reload_re_anchors_highlights(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_article(tmp_path / "anchored.txt")
    window = opened(qtbot, path)
    pane = window.readingPane
    phrase = "Repairs went on overnight"
    select_text(pane, phrase)
    assert window.highlight_selection()
    edited = path.read_text(encoding="utf-8").replace(
        "Ukrenergo warned", "A new opening paragraph.\n\nUkrenergo warned"
    )
    with qtbot.waitSignal(window.articleChanged, timeout=3000):
        path.write_text(edited, encoding="utf-8")
    assert pane.marked_text("highlights") == [phrase]
    placed = window.highlights.model.items()[0]
    assert not placed.detached and window.article.text[placed.start : placed.end] == phrase  # type: ignore[union-attr]
