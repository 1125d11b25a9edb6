"""The main window: the wiring of its parts (docs/architecture.md draws them).

It makes the views and the parts, lays the views out and connects the signals;
each job lives in a part of its own. Data flows one way: a source goes to the
`DocumentSession`, which makes an `Article`; the views are filled from it; the
reader's commands (the action table) go to the parts.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from reader.model.article import Article
from reader.store.database import Store
from reader.ui.action_table import TOOLBAR, follow_choices, window_actions
from reader.ui.actions import Actions
from reader.ui.chrome import HairlineSplitter, stacked, titled
from reader.ui.document import RenderedArticle
from reader.ui.find_bar import FindBar
from reader.ui.highlight_list import HighlightList
from reader.ui.highlighting import Highlighting
from reader.ui.highlights import HighlightBook, HighlightRole
from reader.ui.library_part import Library
from reader.ui.models import QuoteListModel, SectionListModel
from reader.ui.navigation import Navigation
from reader.ui.opening import Opening, dropped_source
from reader.ui.output import Output
from reader.ui.quote_panel import QuoteList
from reader.ui.reading_pane import ReadingPane
from reader.ui.reading_positions import ReadingPositions
from reader.ui.section_list import SectionList
from reader.ui.session import Arrival, DocumentSession
from reader.ui.settings import Settings
from reader.ui.status_line import StatusLine
from reader.ui.theming import Appearance
from reader.ui.window_layout import WindowLayout


class MainWindow(QMainWindow):
    """One window per open source; every view reads the same `Article`."""

    articleChanged = Signal()

    def __init__(
        self,
        store: Store | None = None,
        store_error: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = Settings()
        self._make_views(store, store_error)
        self._lay_out()
        self._make_parts(store)
        self.commands = Actions(self, window_actions(self))
        toolbar = self.commands.toolbar("highlightToolbar", "Highlighting", TOOLBAR)
        self.commands.text_beside_icon(toolbar, "highlightAction")
        self.recentMenu = self.commands.menu("recentMenu")
        self.opening = Opening(self.settings, self.recentMenu, self)
        self.library.follow_toggle(self.libraryAction)
        self._connect()
        follow_choices(self.commands, self.highlighting, self.appearance)
        self.setAcceptDrops(True)
        self.resize(1360, 860)
        self.window_layout.restore(
            self.showSectionsAction, self.showPanelAction, self.libraryAction
        )
        self.appearance.apply()
        notice = self.highlights.store_notice()
        if notice:
            self.status.report(notice)

    # ------------------------------------------------------------ making and wiring

    def _make_views(self, store: Store | None, store_error: str | None) -> None:
        self.sectionModel = SectionListModel(parent=self)
        self.quoteModel = QuoteListModel(parent=self)
        self.highlights = HighlightBook(store, store_error, self)
        self.sectionList = SectionList(self.sectionModel)
        self.readingPane = ReadingPane()
        self.findBar = FindBar(self.readingPane)
        self.quoteList = QuoteList(self.quoteModel)
        self.highlightList = HighlightList(self.highlights)
        self.status = StatusLine(self.statusBar())
        self.progress = self.status.progress

    def _lay_out(self) -> None:
        reading = stacked(self.readingPane, self.findBar)
        reading.setObjectName("readingArea")
        self.panelTabs = QTabWidget()
        self.panelTabs.setObjectName("panelTabs")
        self.panelTabs.setAccessibleName("Quotes and highlights")
        self.panelTabs.addTab(self.quoteList, "Quotes")
        self.panelTabs.addTab(self.highlightList, "Highlights")
        self.sectionsBox = titled(self.sectionList, "Sections")
        self.sectionsBox.setObjectName("sectionsPanel")
        self.splitter = HairlineSplitter()
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.sectionsBox, reading, self.panelTabs):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)  # the text takes what the window gains
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([230, 780, 340])
        self.setCentralWidget(self.splitter)

    def _make_parts(self, store: Store | None) -> None:
        pane = self.readingPane
        self.session = DocumentSession(lambda: pane.style_for_documents, self)
        self.navigation = Navigation(pane, self.sectionList, self.sectionModel, self)
        self.positions = ReadingPositions(store, pane, self)
        self.appearance = Appearance(self.settings, pane, self)
        self.highlighting = Highlighting(self.highlights, pane, self.highlightList, self)
        self.output = Output(pane, self.highlights, self)
        self.library = Library(self, self.session, self.navigation, pane, self.articleChanged)
        self.window_layout = WindowLayout(
            self.settings, self, self.splitter, self.sectionsBox, self.panelTabs
        )

    def _connect(self) -> None:
        session, status, pane = self.session, self.status, self.readingPane
        session.articleShown.connect(self._article_shown)
        session.previewShown.connect(self._preview_shown)
        session.failed.connect(self._failed)
        session.progress.connect(status.show_progress)
        session.loadingChanged.connect(status.set_loading)
        parts = (session, self.highlighting, self.output, self.library)
        for notice in (self.highlights.failed, self.positions.failed, *(p.notice for p in parts)):
            notice.connect(status.report)
        self.opening.requested.connect(self.open_path)
        self.opening.refused.connect(status.report)
        status.cancelButton.clicked.connect(session.cancel)
        self.navigation.positionChanged.connect(status.show_position)
        self.quoteList.quoteChosen.connect(self.navigation.show_quote)
        self.highlighting.revealRequested.connect(self.navigation.reveal)
        self.highlighting.countChanged.connect(self._highlights_counted)
        self.appearance.quoteColourChanged.connect(self.navigation.set_quote_colour)
        # A restyled pane has a new document: every layer of marks is painted again.
        layers = (self.highlighting.paint, self.findBar.refresh, self.navigation.repaint_quote)
        for repaint in layers:
            pane.restyled.connect(repaint)
        self.highlightAction.setEnabled(False)
        pane.copyAvailable.connect(self.highlightAction.setEnabled)
        pane.extraContextActions = [self.highlightAction]

    # ------------------------------------------------------------ the session's article shown

    def _fill_views(self, article: Article | None) -> None:
        """The article (None: none) in the section and quote lists and the title."""
        self.navigation.set_article(article)  # which lists its sections
        self.quoteModel.set_article(article)
        self.panelTabs.setTabText(0, f"Quotes ({len(article.quotes)})" if article else "Quotes")
        self.setWindowTitle(f"{article.title} — Article Reader" if article else "Article Reader")

    def _preview_shown(self, rendered: RenderedArticle) -> None:
        self._fill_views(rendered.article)
        self.readingPane.show_rendered(rendered)
        self.highlights.open(None)  # placed only on the whole text, never on a part
        self.positions.follow(rendered.article.path)
        self.readingPane.verticalScrollBar().setValue(0)
        self.status.show_length(None)

    def _article_shown(self, rendered: RenderedArticle, arrival: Arrival) -> None:
        """Every view on the new article, the reader put where they belong in it."""
        article = rendered.article
        if not arrival.reloaded:
            if not arrival.after_preview:  # a preview's place is not the reader's
                self.positions.save()
            self.navigation.forget()
        place = self.positions.place_for(arrival, article.source)
        self._fill_views(article)
        self.readingPane.show_rendered(rendered)
        self.highlights.open(article)
        self.setWindowFilePath(article.path or "")
        self.status.show_length(article)
        self.positions.follow(article.source)  # a file's path, or a link
        if article.source and not arrival.reloaded:
            self.opening.remember(article.source)
        self.positions.restore(place)
        self.findBar.refresh()
        self.navigation.follow()
        self.articleChanged.emit()

    def _failed(self, message: str) -> None:
        self._fill_views(None)
        self.positions.follow(None)
        self.highlights.open(None)
        self.status.show_length(None)
        self.readingPane.show_error(message)
        self.navigation.follow()  # no article: no reading position either
        self.articleChanged.emit()

    def _highlights_counted(self, count: int) -> None:
        self.panelTabs.setTabText(1, f"Highlights ({count})" if count else "Highlights")

    # ------------------------------------------------------------ window events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_source(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        source = dropped_source(event.mimeData())
        if source is not None:
            event.acceptProposedAction()
            self.open_path(source)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.positions.save()
        self.window_layout.save()
        self.library.close()
        super().closeEvent(event)

    # ------------------------------------------------------------ the surface scripts and tests use

    def __getattr__(self, name: str) -> QAction:
        """``window.openAction`` and the like: the action of that object name."""
        commands = self.__dict__.get("commands")
        if commands is not None and name in commands:
            return commands[name]  # type: ignore[no-any-return]
        raise AttributeError(name)

    @property
    def colourActions(self) -> dict[str, QAction]:
        return self.commands.group("colour")

    @property
    def themeActions(self) -> dict[str, QAction]:
        return self.commands.group("theme")

    @property
    def article(self) -> Article | None:
        return self.session.article

    @property
    def path(self) -> str | None:
        return self.session.source

    @property
    def error(self) -> str | None:
        return self.session.error

    @property
    def loading(self) -> bool:
        return self.session.loading

    @property
    def reloading(self) -> bool:
        return self.session.reloading

    @property
    def theme(self) -> str:
        return self.appearance.theme

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        return self.session.open(path)

    def reload(self) -> bool:
        return self.session.reload()

    def go_to_section(self, section_id: str) -> bool:
        return self.navigation.go_to_section(section_id)

    def show_quote(self, quote_id: str) -> bool:
        return self.navigation.show_quote(quote_id)

    def set_theme(self, name: str) -> None:
        self.appearance.set_theme(name)

    def zoom(self, step: int) -> None:
        self.appearance.zoom(step)

    def highlight_selection(self) -> bool:
        return self.highlighting.highlight_selection()

    def set_highlight_colour(self, colour: str) -> None:
        self.highlighting.set_colour(colour)

    def edit_note(self, highlight_id: str) -> None:
        self.highlighting.edit_note(highlight_id)

    def highlight_id_at(self, row: int) -> str:
        return str(self.highlights.model.index(row).data(HighlightRole.Id))

    def export_to(self, path: str | os.PathLike[str], format_name: str) -> bool:
        return self.output.export_to(path, format_name)

    def export_pdf(self, path: str | os.PathLike[str]) -> bool:
        return self.output.export_pdf(path)
