"""The library in the window: its dock, its service, and opening a result in place.

Nothing of the library is made or imported while the window starts: the dock
and the service are built the first time the reader shows the library, adds a
folder, or has had an article open for a moment (each article opened is then
added to the library, off the GUI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.model.article import Article
from reader.ui.navigation import Navigation
from reader.ui.reading_pane import ReadingPane
from reader.ui.session import DocumentSession

if TYPE_CHECKING:
    from reader.ui.library_panel import LibraryPanel
    from reader.ui.library_service import LibraryService

ADD_AFTER_MS = 1500  # an opened article goes into the library once the window has settled
_FOUND = QColor(255, 213, 79, 150)  # a search match shown in the text


class Library(QObject):
    """The library part of ``window``; ``shown`` is emitted once the window shows
    the session's article (or its failure) in every view. `notice`: one line for
    the status bar."""

    notice = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        session: DocumentSession,
        navigation: Navigation,
        pane: ReadingPane,
        shown: SignalInstance,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._navigation = navigation
        self._pane = pane
        self._service: LibraryService | None = None
        self.dock: QDockWidget | None = None
        self.panel: LibraryPanel | None = None
        self._place: tuple[str, int, int] | None = None  # a result to show once opened
        self._found: tuple[int, int] | None = None  # the match marked in the text
        self._to_add: Article | None = None
        self._toggle: QAction | None = None
        self._add_timer = QTimer(self)
        self._add_timer.setSingleShot(True)
        self._add_timer.setInterval(ADD_AFTER_MS)
        self._add_timer.timeout.connect(self._add_shown)
        shown.connect(self._article_shown)
        pane.restyled.connect(self._mark_found)  # a new document: its marks are painted again

    @property
    def service(self) -> LibraryService:
        if self._service is None:
            from reader.ui.library_service import LibraryService

            self._service = LibraryService(parent=self)
            self._service.notice.connect(self.notice)
        return self._service

    def _ensure_dock(self) -> QDockWidget:
        if self.dock is None:
            from reader.ui.library_panel import LibraryPanel

            self.panel = LibraryPanel(self.service)
            self.panel.openRequested.connect(self.open_at)
            self.dock = QDockWidget("Library", self._window)
            self.dock.setObjectName("libraryDock")
            self.dock.setWidget(self.panel)
            self.dock.visibilityChanged.connect(self._dock_shown)
            if not self._window.restoreDockWidget(self.dock):  # where the reader left it
                self._window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
                self._window.resizeDocks([self.dock], [self._window.height() * 2 // 5],
                                         Qt.Orientation.Vertical)  # fmt: skip
        return self.dock

    # ------------------------------------------------------------ the reader's commands

    def show(self, visible: bool) -> None:
        """View › Library (Ctrl+Shift+L)."""
        if not visible and self.dock is None:
            return
        dock = self._ensure_dock()
        dock.setVisible(visible)
        if visible and self.panel is not None and self._window.isVisible():
            self.panel.search.setFocus()  # asked for; at start the text keeps the focus

    def follow_toggle(self, toggle: QAction) -> None:
        """``toggle`` (View › Library) stays checked while the dock is shown."""
        self._toggle = toggle

    def _dock_shown(self, visible: bool) -> None:
        if self._toggle is not None:
            self._toggle.setChecked(visible)
        if visible and self.panel is not None:
            self.panel.refresh()

    def choose_folder(self) -> None:
        """File › Add Folder to Library…: the progress and Cancel show in the library."""
        self.show(True)
        self.service.choose_folder(self._window)

    def add_folder(self, folder: str) -> None:
        self.show(True)
        self.service.add_folder(folder)

    # ------------------------------------------------------------ articles read

    def _article_shown(self) -> None:
        self._found = None
        article = self._session.article
        if article is None:
            return
        self._to_add = article
        self._add_timer.start()
        place = self._place
        if place is not None and article.source == place[0]:
            self._place = None
            self._show_place(article, place[1], place[2])

    def _add_shown(self) -> None:
        article, self._to_add = self._to_add, None
        if article is not None and article.source is not None:
            # A link has no file: the library keeps it by its address.
            self.service.add_article(article, None if article.path else article.source)

    def close(self) -> None:
        self._add_timer.stop()
        if self._service is not None:
            self._service.close()

    # ------------------------------------------------------------ opening a result

    def open_at(self, source: str, start: int, end: int) -> bool:
        """Show ``source`` with ``start:end`` of its text marked and in view (a quote is
        marked as the quote panel marks it); the file is opened first if need be."""
        article = self._session.article
        if article is not None and article.source == source:
            self._show_place(article, start, end)
            return True
        self._place = (source, start, end)
        opened = self._session.open(source)
        if not opened:
            self._place = None
        return opened

    def _show_place(self, article: Article, start: int, end: int) -> None:
        quote = next((q for q in article.quotes if (q.start, q.end) == (start, end)), None)
        if quote is not None and self._navigation.show_quote(quote.id):
            return
        self._found = (start, end) if end > start else None
        self._mark_found()
        self._navigation.reveal(start, end)

    def _mark_found(self) -> None:
        found = self._pane.article_range(*self._found) if self._found else None
        self._pane.set_marks("library", [(*found, _FOUND)] if found else [])
