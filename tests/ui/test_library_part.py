"""The library part on its own: a bare main window, a session, navigation over a
pane, and the "shown" signal the window would send; no MainWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from reader.model.parse import parse_file
from reader.store.library import Library as LibraryStore
from reader.store.library import default_path
from reader.store.library_records import record_of, stamp_of
from reader.ui.document import RenderedArticle
from reader.ui.library_part import Library
from reader.ui.models import SectionListModel
from reader.ui.navigation import Navigation
from reader.ui.reading_pane import ReadingPane
from reader.ui.section_list import SectionList
from reader.ui.session import DocumentSession
from tests import library_articles as texts
from tests.library_articles import corrupt_page, write

WAIT_MS = 10_000


class Shown(QObject):
    """What the window says once every view shows the session's article."""

    shown = Signal()


def library_part(qtbot: QtBot) -> tuple[Library, QMainWindow, ReadingPane, list[str]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ReadingPane()
    window.setCentralWidget(pane)
    model = SectionListModel()
    navigation = Navigation(pane, SectionList(model), model, window)
    session = DocumentSession(lambda: pane.style_for_documents, window)
    views = Shown(window)

    def article_shown(rendered: RenderedArticle, _arrival: object) -> None:
        navigation.set_article(rendered.article)
        pane.show_rendered(rendered)
        views.shown.emit()

    session.articleShown.connect(article_shown)
    library = Library(window, session, navigation, pane, views.shown)
    notices: list[str] = []
    library.notice.connect(notices.append)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    return library, window, pane, notices


def test_a_result_opens_its_article_with_the_place_marked(qtbot: QtBot, tmp_path: Path) -> None:
    library, _window, pane, _notices = library_part(qtbot)
    path = write(tmp_path, "hague.txt", texts.RUTTE_HAGUE)
    text = path.read_text(encoding="utf-8")
    start = text.index("floor of our security")
    assert library.open_at(str(path), start, start + len("floor"))
    qtbot.waitUntil(lambda: pane.marked_text("library") == ["floor"], timeout=WAIT_MS)
    quote = text.index('"Air defence')
    end = text.index('security,"') + len('security,"')
    assert library.open_at(str(path), quote, end)  # a quote of the open article: marked as one
    assert pane.marked_text("quote") == [
        '"Air defence is not a luxury, it is the floor of our security,"'
    ]
    library.close()


def test_the_dock_is_made_on_first_show_and_follows_its_toggle(qtbot: QtBot) -> None:
    library, window, _pane, _notices = library_part(qtbot)
    toggle = QAction("Library", window)
    toggle.setCheckable(True)
    library.follow_toggle(toggle)
    library.show(False)
    assert library.dock is None  # hiding what was never made makes nothing
    library.show(True)
    assert library.dock is not None and library.panel is not None
    assert window.dockWidgetArea(library.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    qtbot.waitUntil(toggle.isChecked, timeout=WAIT_MS)
    library.dock.close()  # its own close button
    qtbot.waitUntil(lambda: not toggle.isChecked(), timeout=WAIT_MS)
    library.close()


def test_an_article_shown_joins_the_library(qtbot: QtBot, tmp_path: Path) -> None:
    library, _window, _pane, _notices = library_part(qtbot)
    path = write(tmp_path, "kyiv.txt", texts.RUTTE_KYIV)
    assert library.open_at(str(path), 0, 0)
    with qtbot.waitSignal(library.service.articleAdded, timeout=WAIT_MS) as added:
        pass
    assert added.args == [str(path)]
    library.close()


def test_a_corrupt_library_is_told_by_the_parts_notice(qtbot: QtBot, tmp_path: Path) -> None:
    path = write(tmp_path, "kyiv.txt", texts.RUTTE_KYIV)
    stored = LibraryStore(default_path())
    stored.add([record_of(parse_file(path), stamp=stamp_of(path))])
    stored.close()
    corrupt_page(default_path(), "quotes")
    library, _window, _pane, notices = library_part(qtbot)
    library.show(True)
    qtbot.waitUntil(lambda: bool(notices), timeout=WAIT_MS)
    assert notices[0].startswith(f"The library {default_path()} could not be read")
    library.close()
