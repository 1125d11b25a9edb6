"""The main window: section list, reading pane and quote/highlight panel over one `Article`."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import reader
from reader.model.article import Article
from reader.model.highlights import COLOURS, DEFAULT_COLOUR
from reader.model.load import ArticleError, preview_text, source_format_for
from reader.model.parse import parse, parse_changed_file, parse_file
from reader.store.database import Store, StoreError, document_key
from reader.ui.appearance import (
    THEMES,
    ZOOM_LIMITS,
    pane_palette,
    quote_mark_colour,
    resolve_theme,
    themed_stylesheet,
    window_palette,
)
from reader.ui.chrome import HairlineSplitter, PaneTitle
from reader.ui.document import (
    BODY_POINT_SIZE,
    ArticleLoader,
    DocumentStyle,
    RenderedArticle,
    pane_stylesheet,
    render_article,
)
from reader.ui.find_bar import FindBar
from reader.ui.highlights import HighlightBook, HighlightList, HighlightRole
from reader.ui.models import QuoteListModel, SectionListModel, SectionRole
from reader.ui.quote_panel import QuoteList
from reader.ui.reading_pane import ReadingPane
from reader.ui.section_list import SectionList
from reader.ui.settings import Settings

HIGHLIGHT_ALPHA = 150
BACKGROUND_BYTES = 512 * 1024  # files this big are opened off the GUI thread
WORDS_PER_MINUTE = 230
RELOAD_SETTLE_MS = 150  # a changed file must hold still this long before it is read
HISTORY_LIMIT = 100
PREVIEW_HEAD_START_MS = 150  # the preview is painted before the worker competes for the GIL
FILE_FILTERS = ";;".join(
    [
        "Articles (*.txt *.md *.markdown *.text)",
        "Text files (*.txt *.text)",
        "Markdown (*.md *.markdown)",
        "All files (*)",
    ]
)


def _titled(widget: QWidget, title: str) -> tuple[QWidget, QLabel]:
    """``widget`` under a small heading label, as one splitter pane."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    label = PaneTitle(title)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box, label


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    """One window per open file; every view reads the same `Article`."""

    articleChanged = Signal()

    def __init__(
        self,
        store: Store | None = None,
        store_error: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._article: Article | None = None
        self._path: str | None = None
        self.error: str | None = None
        self.highlight_colour = DEFAULT_COLOUR

        self.sectionModel = SectionListModel(parent=self)
        self.quoteModel = QuoteListModel(parent=self)
        self.highlights = HighlightBook(store, store_error, self)
        self.highlights.changed.connect(self.paint_highlights)
        self.highlights.failed.connect(self._report)

        self.sectionList = SectionList(self.sectionModel)
        self.sectionList.clicked.connect(self._section_chosen)
        self.sectionList.activated.connect(self._section_chosen)

        self.settings = Settings()
        self.readingPane = ReadingPane()
        self.readingPane.restyled.connect(self._repaint_marks)
        self.findBar = FindBar(self.readingPane)
        reading = QWidget()
        reading.setObjectName("readingArea")
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.readingPane)
        reading_layout.addWidget(self.findBar)
        self._history: list[int] = []
        self._future: list[int] = []

        self.quoteList = QuoteList(self.quoteModel)
        self.quoteList.clicked.connect(self._quote_chosen)
        self.quoteList.activated.connect(self._quote_chosen)

        self.highlightList = HighlightList(self.highlights)
        self.highlightList.clicked.connect(self._highlight_chosen)
        self.highlightList.activated.connect(self._highlight_chosen)
        self.highlightList.noteRequested.connect(self.edit_note)

        self.panelTabs = QTabWidget()
        self.panelTabs.setObjectName("panelTabs")
        self.panelTabs.setAccessibleName("Quotes and highlights")
        self.panelTabs.addTab(self.quoteList, "Quotes")
        self.panelTabs.addTab(self.highlightList, "Highlights")
        self.highlights.model.rowsInserted.connect(self._count_highlights)
        self.highlights.model.rowsRemoved.connect(self._count_highlights)
        self.highlights.model.modelReset.connect(self._count_highlights)

        self.sectionsBox, _ = _titled(self.sectionList, "Sections")
        self.sectionsBox.setObjectName("sectionsPanel")
        self.splitter = HairlineSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sectionsBox)
        self.splitter.addWidget(reading)
        self.splitter.addWidget(self.panelTabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([230, 780, 340])
        self.setCentralWidget(self.splitter)

        self._words_label = QLabel()
        self._position_label = QLabel()
        self._position_label.setObjectName("positionLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("loadingProgress")
        self.progress.setAccessibleName("Opening the article")
        self.progress.setRange(0, 0)  # busy: parsing has no meaningful percentage
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self._position_label)
        self.statusBar().addPermanentWidget(self._words_label)
        self._pending: str | None = None
        self._loaders: set[QObject] = set()

        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_touched)
        self._watcher.directoryChanged.connect(self._file_touched)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_SETTLE_MS)
        self._reload_timer.timeout.connect(self._reload_if_settled)
        self._last_stat: tuple[int, int] | None = None
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(1000)
        self._position_timer.timeout.connect(self.save_position)
        self.readingPane.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.setAcceptDrops(True)

        self._build_actions()
        self._build_menus()
        self.resize(1360, 860)
        self._restore_layout()
        self.apply_appearance()
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: self.apply_appearance())
        if store is not None and store.recovered_from is not None:
            self._report(
                f"The highlight store could not be opened; it was moved aside to "
                f"{store.recovered_from.name} and a new one was started."
            )
        elif store is None and store_error:
            self._report(f"Highlights cannot be saved: {store_error}. Reading works as usual.")

    # ------------------------------------------------------------ actions and menus

    def _build_actions(self) -> None:
        self.openAction = QAction("&Open…", self)
        self.openAction.setObjectName("openAction")
        self.openAction.setShortcut(QKeySequence.StandardKey.Open)
        self.openAction.triggered.connect(self.choose_file)

        self.exportAction = QAction("&Export Quotes and Highlights…", self)
        self.exportAction.setObjectName("exportAction")
        self.exportAction.setShortcut(QKeySequence("Ctrl+E"))
        self.exportAction.triggered.connect(self.choose_export)

        self.highlightAction = QAction("&Highlight Selection", self)
        self.highlightAction.setObjectName("highlightAction")
        self.highlightAction.setShortcut(QKeySequence("Ctrl+H"))
        self.highlightAction.setToolTip("Highlight the selected text (Ctrl+H)")
        self.highlightAction.triggered.connect(self.highlight_selection)
        self.highlightAction.setEnabled(False)
        self.readingPane.copyAvailable.connect(self.highlightAction.setEnabled)
        self.readingPane.extraContextActions = [self.highlightAction]

        self.colourGroup = QActionGroup(self)
        self.colourGroup.setExclusive(True)
        self.colourActions: dict[str, QAction] = {}
        for name, value in COLOURS.items():
            action = QAction(_swatch(value), name.capitalize(), self)
            action.setToolTip(f"Highlight in {name}")
            action.setObjectName(f"colour{name.capitalize()}Action")
            action.setCheckable(True)
            action.setChecked(name == DEFAULT_COLOUR)
            action.triggered.connect(lambda _=False, n=name: self.set_highlight_colour(n))
            self.colourGroup.addAction(action)
            self.colourActions[name] = action
        self.highlightAction.setIcon(_swatch(COLOURS[DEFAULT_COLOUR]))

        self.undoAction = self.highlights.undo_stack.createUndoAction(self, "&Undo")
        self.undoAction.setShortcut(QKeySequence.StandardKey.Undo)
        self.undoAction.setObjectName("undoAction")
        self.undoAction.setIconText("Undo")  # the toolbar stays short; the menu says what
        self.redoAction = self.highlights.undo_stack.createRedoAction(self, "&Redo")
        self.redoAction.setShortcut(QKeySequence.StandardKey.Redo)
        self.redoAction.setObjectName("redoAction")
        self.redoAction.setIconText("Redo")

        def action(text: str, name: str, slot: object, *keys: QKeySequence | str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
            made.triggered.connect(slot)  # type: ignore[arg-type]
            self.addAction(made)  # the shortcut works wherever focus is
            return made

        self.printAction = action(
            "&Print…", "printAction", self.print_article, QKeySequence.StandardKey.Print
        )
        self.pdfAction = action("Export as P&DF…", "pdfAction", self.choose_pdf)
        self.findAction = action(
            "&Find…", "findAction", self.findBar.open, QKeySequence.StandardKey.Find
        )
        self.findNextAction = action("Find &Next", "findNextAction", self.findBar.next, "F3")
        self.findPreviousAction = action(
            "Find Pre&vious", "findPreviousAction", self.findBar.previous, "Shift+F3"
        )
        self.nextSectionAction = action(
            "&Next Section", "nextSectionAction", lambda: self.step_section(1), "Alt+Down"
        )
        self.previousSectionAction = action(
            "&Previous Section", "previousSectionAction", lambda: self.step_section(-1), "Alt+Up"
        )
        self.backAction = action("&Back", "backAction", self.go_back, QKeySequence.StandardKey.Back)
        self.forwardAction = action(
            "&Forward", "forwardAction", self.go_forward, QKeySequence.StandardKey.Forward
        )
        self.zoomInAction = action(
            "Zoom &In",
            "zoomInAction",
            lambda: self.zoom(1),
            QKeySequence.StandardKey.ZoomIn,
            "Ctrl+=",
        )
        self.zoomOutAction = action(
            "Zoom &Out", "zoomOutAction", lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.zoomResetAction = action(
            "&Actual Size", "zoomResetAction", lambda: self.zoom(0), "Ctrl+0"
        )
        self.themeGroup = QActionGroup(self)
        self.themeActions: dict[str, QAction] = {}
        for name in ("system", *THEMES):
            label = "Follow the &System" if name == "system" else f"&{name.capitalize()}"
            theme_action = QAction(label, self)
            theme_action.setObjectName(f"theme{name.capitalize()}Action")
            theme_action.setCheckable(True)
            theme_action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            self.themeGroup.addAction(theme_action)
            self.themeActions[name] = theme_action
        self.showSectionsAction = QAction("Show &Sections", self)
        self.showSectionsAction.setObjectName("showSectionsAction")
        self.showSectionsAction.setCheckable(True)
        self.showSectionsAction.toggled.connect(self._show_sections)
        self.showPanelAction = QAction("Show &Quotes and Highlights", self)
        self.showPanelAction.setObjectName("showPanelAction")
        self.showPanelAction.setCheckable(True)
        self.showPanelAction.toggled.connect(self._show_panel)

        toolbar = QToolBar("Highlighting", self)
        toolbar.setObjectName("highlightToolbar")
        toolbar.addAction(self.highlightAction)
        button = toolbar.widgetForAction(self.highlightAction)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.colourActions.values():
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undoAction)
        toolbar.addAction(self.redoAction)
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.openAction)
        self.recentMenu = file_menu.addMenu("Open &Recent")
        self.recentMenu.setObjectName("recentMenu")
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.exportAction)
        file_menu.addAction(self.pdfAction)
        file_menu.addAction(self.printAction)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undoAction)
        edit_menu.addAction(self.redoAction)
        edit_menu.addSeparator()
        edit_menu.addAction(self.quoteList.copyAction)
        edit_menu.addSeparator()
        edit_menu.addAction(self.highlightAction)
        colour_menu = edit_menu.addMenu("Highlight &Colour")
        for action in self.colourActions.values():
            colour_menu.addAction(action)

        edit_menu.addSeparator()
        edit_menu.addAction(self.findAction)
        edit_menu.addAction(self.findNextAction)
        edit_menu.addAction(self.findPreviousAction)

        view_menu = self.menuBar().addMenu("&View")
        for item in (self.zoomInAction, self.zoomOutAction, self.zoomResetAction):
            view_menu.addAction(item)
        theme_menu = view_menu.addMenu("&Theme")
        for item in self.themeActions.values():
            theme_menu.addAction(item)
        view_menu.addSeparator()
        view_menu.addAction(self.showSectionsAction)
        view_menu.addAction(self.showPanelAction)

        go_menu = self.menuBar().addMenu("&Go")
        for item in (
            self.nextSectionAction,
            self.previousSectionAction,
            self.backAction,
            self.forwardAction,
        ):
            go_menu.addAction(item)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Article Reader", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs are imported when first used

        QMessageBox.about(
            self,
            "About Article Reader",
            f"<h3>Article Reader {reader.__version__}</h3>"
            "<p>Read news articles and long reads; see every quote with who said it, "
            "highlight passages, and copy quotes with attribution.</p>",
        )

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)

    # ------------------------------------------------------------ content

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def loading(self) -> bool:
        """True while a large file is being parsed and rendered off the GUI thread."""
        return self._pending is not None

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open ``path``; on failure, say why in the pane and keep the window usable.

        Large files are parsed and rendered on a pool thread while the window
        stays responsive; `articleChanged` tells when they are shown.
        """
        name = os.fspath(path)
        try:
            size = os.stat(name).st_size
        except OSError:
            size = 0  # parse_file gives the reason
        if size >= BACKGROUND_BYTES:
            self._load_in_background(name, size)
            return True
        if self._pending is not None:  # a large file still loading is dropped
            self._pending = None
            self.progress.hide()
            self.statusBar().clearMessage()
        try:
            article = parse_file(name)
        except ArticleError as error:
            self.show_error(str(error))
            return False
        self._show(render_article(article, self.readingPane.style_for_documents))
        return True

    def _load_in_background(self, name: str, size: int) -> None:
        self._show_preview(name)
        loader = ArticleLoader(name, self.thread(), self.readingPane.style_for_documents)
        loader.signals.loaded.connect(self._loaded)
        loader.signals.failed.connect(self._failed)
        self._pending = name
        self._loaders.add(loader.signals)
        self.progress.show()
        self.statusBar().showMessage(f"Opening {Path(name).name} ({size / 1048576:.1f} MB)…")
        # Started from the event loop, so the preview is painted before the worker
        # starts competing for Python's lock.
        QTimer.singleShot(PREVIEW_HEAD_START_MS, lambda: QThreadPool.globalInstance().start(loader))

    def _show_preview(self, name: str) -> None:
        """The beginning of a large file, shown at once while the whole of it loads."""
        text = preview_text(name)
        if text is None:
            return
        article = parse(text, source_format_for(name), name)
        self._preview = True
        self._fill_views(render_article(article, self.readingPane.style_for_documents))
        self.highlights.open(None)  # placed only on the whole text, never on a part
        self.readingPane.verticalScrollBar().setValue(0)
        self._words_label.setText("")

    _preview = False

    def _loaded(self, rendered: RenderedArticle) -> None:
        if self._finish_loading(rendered.article.path):
            # Where the reader went in the preview, or where they left off last time.
            moved = self._preview and self.readingPane.verticalScrollBar().value() > 0
            offset = self.readingPane.top_offset() if moved else None
            self._show(rendered, offset)

    def _failed(self, path: str, message: str) -> None:
        if self._finish_loading(path):
            self._preview = False
            self.show_error(message)

    def _finish_loading(self, path: str | None) -> bool:
        """True when ``path`` is the newest request; an older one that ends late is dropped."""
        self._loaders.discard(self.sender())
        if path is None or path != self._pending:
            return False
        self._pending = None
        self.progress.hide()
        self.statusBar().clearMessage()
        return True

    def _fill_views(self, rendered: RenderedArticle) -> None:
        """The article in the section list, the quote list, the pane and the title."""
        article = rendered.article
        self._article = article
        self._path = article.path
        self.error = None
        self.sectionModel.set_article(article)
        self.quoteModel.set_article(article)
        self.readingPane.show_rendered(rendered)
        self.panelTabs.setTabText(0, f"Quotes ({len(article.quotes)})")
        self.setWindowTitle(f"{article.title} — Article Reader")

    def _show(
        self, rendered: RenderedArticle, offset: int | None = None, *, reloading: bool = False
    ) -> None:
        """Show ``rendered`` in every view; at ``offset``, or where the reader left it."""
        if not reloading:
            if not self._preview:  # a preview's place is not the reader's
                self.save_position()
            self._history.clear()
            self._future.clear()
            self._chosen_quote = None
        article = rendered.article
        self._fill_views(rendered)
        self.highlights.open(article)
        self.setWindowFilePath(article.path or "")
        words = article.word_count
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        self._words_label.setText(f"{words:,} words · {minutes} min read")
        if article.path:
            self._watch(article.path)
            if not reloading:
                self.settings.remember_file(document_key(article.path))
                self._fill_recent_menu()
        target = offset if offset is not None or reloading else self._stored_position()
        self.readingPane.verticalScrollBar().setValue(0)
        if target is not None and self.isVisible():
            self.readingPane.scroll_to_offset(target)
        else:
            self._offset_on_show = target  # laid out only once shown
        self.findBar.refresh()
        self._scrolled()
        self._preview = False
        self.articleChanged.emit()

    def show_error(self, message: str) -> None:
        self._article = None
        self.error = message
        self.sectionModel.set_article(None)
        self.quoteModel.set_article(None)
        self.highlights.open(None)
        self.panelTabs.setTabText(0, "Quotes")
        self._words_label.setText("")
        self.readingPane.show_error(message)
        self.setWindowTitle("Article Reader")
        self.articleChanged.emit()

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = os.path.dirname(self._path) if self._path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", start, FILE_FILTERS)
        if path:
            self.open_path(path)

    def choose_export(self) -> None:
        if self._article is None:
            return
        from PySide6.QtWidgets import QFileDialog

        stem = Path(self._article.path or "article").stem
        start = str(Path(self._path or Path.home()).with_name(f"{stem}-quotes.md"))
        path, chosen = QFileDialog.getSaveFileName(
            self,
            "Export Quotes and Highlights",
            start,
            "Markdown (*.md);;Web Annotation JSON (*.json)",
        )
        if path:
            self.export_to(
                path, "json" if "json" in chosen or path.endswith(".json") else "markdown"
            )

    def export_to(self, path: str | os.PathLike[str], format_name: str) -> bool:
        """Write the article's quotes and highlights to ``path``; False (and why) on failure."""
        from reader.model.export import FORMATS, export

        if self._article is None or format_name not in FORMATS:
            return False
        try:
            Path(path).write_text(
                export(self._article, self.highlights.model.items(), format_name), encoding="utf-8"
            )
        except OSError as error:
            self._report(f"Could not export to {path}: {error.strerror or error}")
            return False
        self._report(f"Exported to {path}")
        return True

    # ------------------------------------------------------------ highlights

    def set_highlight_colour(self, colour: str) -> None:
        self.highlight_colour = colour
        self.colourActions[colour].setChecked(True)
        self.highlightAction.setIcon(_swatch(COLOURS[colour]))

    def highlight_selection(self) -> bool:
        """Highlight the pane's selection in the current colour; True once saved."""
        found = self.readingPane.selection_in_article()
        if found is None:
            self._report("Select some text of the article to highlight it.")
            return False
        made = self.highlights.add(*found, self.highlight_colour)
        if made is not None:  # the selection would hide the new colour
            cursor = self.readingPane.textCursor()
            cursor.clearSelection()
            self.readingPane.setTextCursor(cursor)
        return made is not None

    def edit_note(self, highlight_id: str) -> None:
        highlight = self.highlights.model.by_id(highlight_id)
        if highlight is None:
            return
        from PySide6.QtWidgets import QInputDialog

        note, accepted = QInputDialog.getMultiLineText(
            self, "Note", f"Note for “{highlight.text[:60]}”:", highlight.note
        )
        if accepted:
            self.highlights.set_note(highlight_id, note.strip())

    def paint_highlights(self) -> None:
        ranges = []
        for highlight in self.highlights.model.items():
            if highlight.detached:
                continue
            found = self.readingPane.article_range(highlight.start, highlight.end)
            if found is not None:
                colour = QColor(COLOURS.get(highlight.colour, COLOURS[DEFAULT_COLOUR]))
                colour.setAlpha(HIGHLIGHT_ALPHA)
                ranges.append((found[0], found[1], colour))
        self.readingPane.set_marks("highlights", ranges)

    def _count_highlights(self) -> None:
        count = self.highlights.model.rowCount()
        self.panelTabs.setTabText(1, f"Highlights ({count})" if count else "Highlights")

    def _highlight_chosen(self, index: QModelIndex) -> None:
        highlight = self.highlights.model.highlight(index)
        if highlight is None or highlight.detached:
            return
        found = self.readingPane.article_range(highlight.start, highlight.end)
        if found is not None:
            self._jumped_from(self.readingPane.verticalScrollBar().value())
            self.readingPane.reveal(*found)

    def highlight_id_at(self, row: int) -> str:
        return str(self.highlights.model.index(row).data(HighlightRole.Id))

    # ------------------------------------------------------------ appearance and layout

    def apply_appearance(self) -> None:
        """Theme and text size from the settings, on the window and the pane."""
        choice = self.settings.get("appearance/theme")
        theme = resolve_theme(choice)
        zoom = self.settings.get("appearance/zoom")
        self.themeActions.get(choice, self.themeActions["system"]).setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(window_palette(theme))
        self.readingPane.setPalette(pane_palette(self.readingPane.palette(), theme))
        style = DocumentStyle(
            themed_stylesheet(pane_stylesheet(), theme, zoom), BODY_POINT_SIZE + zoom
        )
        self.readingPane.set_style(style)
        self.theme = theme.name
        self._chosen_quote_colour = quote_mark_colour(theme)

    def set_theme(self, name: str) -> None:
        self.settings.set("appearance/theme", name)
        self.apply_appearance()

    def zoom(self, step: int) -> None:
        """One point larger (1), smaller (-1), or back to the default size (0)."""
        current = self.settings.get("appearance/zoom")
        low, high = ZOOM_LIMITS
        value = 0 if step == 0 else max(low, min(high, current + step))
        self.settings.set("appearance/zoom", value)
        self.apply_appearance()

    def _show_sections(self, visible: bool) -> None:
        self.sectionsBox.setVisible(visible)
        self.settings.set("window/sectionsVisible", visible)

    def _show_panel(self, visible: bool) -> None:
        self.panelTabs.setVisible(visible)
        self.settings.set("window/panelVisible", visible)

    def _restore_layout(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.showSectionsAction.setChecked(self.settings.get("window/sectionsVisible"))
        self.showPanelAction.setChecked(self.settings.get("window/panelVisible"))
        self._show_sections(self.showSectionsAction.isChecked())
        self._show_panel(self.showPanelAction.isChecked())

    def save_layout(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.settings.sync()

    _offset_on_show: int | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._offset_on_show is not None:
            offset, self._offset_on_show = self._offset_on_show, None
            QTimer.singleShot(0, lambda: self.readingPane.scroll_to_offset(offset))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_position()
        self.save_layout()
        super().closeEvent(event)

    # ------------------------------------------------------------ reading positions

    def _document_key(self) -> str | None:
        return document_key(self._path) if self._path else None

    def save_position(self) -> None:
        """Remember where the reader is in this article, as a text offset."""
        store, key = self.highlights.store, self._document_key()
        if store is None or key is None or self._article is None:
            return
        offset = self.readingPane.top_offset()
        if offset is None:
            return
        try:
            store.save_position(key, offset)
        except StoreError as error:
            self._report(f"The reading position was not saved: {error}")

    def _stored_position(self) -> int | None:
        store, key = self.highlights.store, self._document_key()
        if store is None or key is None:
            return None
        try:
            return store.position(key)
        except StoreError:
            return None

    def _scrolled(self) -> None:
        """The section list and the status bar follow the reading position."""
        if self._article is None:
            self._position_label.setText("")
            return
        self._position_timer.start()
        top = self.readingPane.top_position()
        row = self.readingPane.section_at(top + 1)
        current = self.sectionList.currentIndex().row()
        if row != current:
            if row < 0:
                self.sectionList.clearSelection()
                self.sectionList.setCurrentIndex(QModelIndex())
            else:
                self.sectionList.setCurrentIndex(self.sectionModel.index(row))
        bar = self.readingPane.verticalScrollBar()
        percent = round(100 * bar.value() / bar.maximum()) if bar.maximum() else 100
        sections = len(self._article.sections)
        where = f"Section {row + 1} of {sections}" if row >= 0 else "Lead"
        self._position_label.setText(f"{where} · {percent}%" if sections else f"{percent}%")

    # ------------------------------------------------------------ following the file

    def _watch(self, path: str) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        folder = os.path.dirname(os.path.abspath(path))
        self._watcher.addPath(path)
        self._watcher.addPath(folder)  # editors that replace the file
        self._last_stat = _stat(path)

    def _file_touched(self, *_: str) -> None:
        if self._path and os.path.exists(self._path) and self._path not in self._watcher.files():
            self._watcher.addPath(self._path)  # replaced: watch the new file
        if self._path and _stat(self._path) != self._last_stat:
            self._reload_timer.start()

    def _reload_if_settled(self) -> None:
        """Reload once the file has stopped changing: never a half-written file."""
        if not self._path:
            return
        now = _stat(self._path)
        if now != self._pending_stat:
            self._pending_stat = now
            self._reload_timer.start()  # still changing: wait a little more
            return
        self._pending_stat = None
        if now != self._last_stat:
            self.reload()

    _pending_stat: tuple[int, int] | None = None

    def reload(self) -> bool:
        """Read the open file again, keeping the place; on failure keep what is shown.

        A large file is read again off the GUI thread, as when it was opened: the
        version on screen stays readable until the new one is ready.
        """
        if not self._path or self._article is None:
            return False
        path = self._path
        self._last_stat = _stat(path)
        if self._last_stat is not None and self._last_stat[0] >= BACKGROUND_BYTES:
            self._reload_in_background(path, self._article.text)
            return True
        try:
            article = parse_changed_file(path, self._article.text)
        except ArticleError as error:
            self._reload_failed(path, str(error))
            return False
        if article is not None:  # None: saved again as it was, nothing to redo
            self._reloaded(render_article(article, self.readingPane.style_for_documents))
        return True

    _reloads = 0  # background reloads started; only the newest one is shown

    @property
    def reloading(self) -> bool:
        """True while a large file is being read again off the GUI thread."""
        return self._reloading is not None

    _reloading: int | None = None

    def _reload_in_background(self, path: str, text: str) -> None:
        self._reloads += 1
        serial = self._reloading = self._reloads
        loader = ArticleLoader(path, self.thread(), self.readingPane.style_for_documents, text)
        signals = loader.signals
        self._loaders.add(signals)

        def newest() -> bool:
            """This reload has ended; True when no later one replaced it."""
            self._loaders.discard(signals)
            if serial != self._reloading:
                return False
            self._reloading = None
            return True

        def loaded(rendered: RenderedArticle) -> None:
            if newest() and rendered.article.path == self._path:  # not another file since
                self._reloaded(rendered)

        def failed(failed_path: str, message: str) -> None:
            if newest():
                self._reload_failed(failed_path, message)

        def same(_: str) -> None:
            if newest():
                self.statusBar().clearMessage()

        signals.loaded.connect(loaded)
        signals.failed.connect(failed)
        signals.same.connect(same)
        self.statusBar().showMessage(f"Reloading {Path(path).name}…")
        QThreadPool.globalInstance().start(loader)

    def _reloaded(self, rendered: RenderedArticle) -> None:
        offset = self.readingPane.top_offset()  # where the reader is now
        self._show(rendered, offset or 0, reloading=True)
        self._report(f"Reloaded {Path(rendered.article.path or '').name}")

    def _reload_failed(self, path: str, message: str) -> None:
        self._report(f"Reload failed, showing the last good version: {message}")

    # ------------------------------------------------------------ files

    def _fill_recent_menu(self) -> None:
        self.recentMenu.clear()
        recent = self.settings.get("files/recent")
        for path in recent:
            item = self.recentMenu.addAction(Path(path).name)
            item.setToolTip(path)
            item.setData(path)
            item.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recentMenu.setEnabled(bool(recent))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def print_article(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.readingPane.document().print_(printer)

    def choose_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        stem = Path(self._path or "article").stem
        start = str(Path(self._path or Path.home()).with_name(f"{stem}.pdf"))
        path, _ = QFileDialog.getSaveFileName(self, "Export as PDF", start, "PDF (*.pdf)")
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str | os.PathLike[str]) -> bool:
        """The rendered article as a PDF, as the pane shows it."""
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(os.fspath(path))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = self.readingPane.document().clone()
        document.print_(printer)
        ok = Path(path).exists() and Path(path).stat().st_size > 0
        self._report(f"Saved {path}" if ok else f"Could not write {path}")
        return ok

    # ------------------------------------------------------------ jumps and history

    def _jumped_from(self, position: int) -> None:
        self._history.append(position)
        del self._history[:-HISTORY_LIMIT]
        self._future.clear()

    def go_back(self) -> None:
        if self._history:
            self._future.append(self.readingPane.verticalScrollBar().value())
            self.readingPane.verticalScrollBar().setValue(self._history.pop())

    def go_forward(self) -> None:
        if self._future:
            self._history.append(self.readingPane.verticalScrollBar().value())
            self.readingPane.verticalScrollBar().setValue(self._future.pop())

    def step_section(self, direction: int) -> None:
        if self._article is None or not self._article.sections:
            return
        current = self.sectionList.currentIndex().row()
        row = max(0, min(len(self._article.sections) - 1, current + direction))
        if current < 0:
            row = 0 if direction > 0 else -1
        if row >= 0:
            self.go_to_section(self._article.sections[row].id)

    def _repaint_marks(self) -> None:
        self.paint_highlights()
        self.findBar.refresh()
        quote = self._chosen_quote
        found = self.readingPane.quote_range(quote) if quote else None
        if found is not None:
            self.readingPane.set_marks("quote", [(*found, self._chosen_quote_colour)])

    _chosen_quote: str | None = None

    # ------------------------------------------------------------ navigation

    def _section_chosen(self, index: QModelIndex) -> None:
        section_id = index.data(SectionRole.Id)
        if section_id:
            self._jumped_from(self.readingPane.verticalScrollBar().value())
            self.readingPane.scroll_to_anchor(section_id)

    def go_to_section(self, section_id: str) -> bool:
        row = self.sectionModel.row_of(section_id)
        if row < 0:
            return False
        self.sectionList.setCurrentIndex(self.sectionModel.index(row))
        self._jumped_from(self.readingPane.verticalScrollBar().value())
        return self.readingPane.scroll_to_anchor(section_id)

    def _quote_chosen(self, index: QModelIndex) -> None:
        quote = self.quoteModel.quote(index)
        if quote is not None:
            self.show_quote(quote.id)

    def show_quote(self, quote_id: str) -> bool:
        """Mark the quote's exact text in the pane and bring it into view."""
        found = self.readingPane.quote_range(quote_id)
        if found is None:
            return False
        start, end = found
        self._chosen_quote = quote_id
        self.readingPane.set_marks("quote", [(start, end, self._chosen_quote_colour)])
        self._jumped_from(self.readingPane.verticalScrollBar().value())
        self.readingPane.reveal(start, end)
        return True


def _stat(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns
