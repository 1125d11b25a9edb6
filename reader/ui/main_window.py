"""The main window: section list, reading pane and quote/highlight panel over one `Article`."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import reader
from reader.model.article import Article
from reader.model.export import FORMATS, export
from reader.model.highlights import COLOURS, DEFAULT_COLOUR
from reader.model.load import ArticleError
from reader.model.parse import parse_file
from reader.store.database import Store
from reader.ui.document import ArticleLoader, RenderedArticle, render_article
from reader.ui.highlights import HighlightBook, HighlightList, HighlightRole
from reader.ui.models import QuoteListModel, SectionListModel, SectionRole
from reader.ui.quote_panel import QuoteList
from reader.ui.reading_pane import ReadingPane
from reader.ui.section_list import SectionList

QUOTE_MARK_COLOUR = QColor(255, 214, 102, 170)
HIGHLIGHT_ALPHA = 150
BACKGROUND_BYTES = 512 * 1024  # files this big are opened off the GUI thread
WORDS_PER_MINUTE = 230
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
    label = QLabel(title)
    label.setObjectName("paneTitle")
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

        self.readingPane = ReadingPane()

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

        sections_box, _ = _titled(self.sectionList, "Sections")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(sections_box)
        self.splitter.addWidget(self.readingPane)
        self.splitter.addWidget(self.panelTabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([230, 780, 340])
        self.setCentralWidget(self.splitter)

        self._words_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("loadingProgress")
        self.progress.setAccessibleName("Opening the article")
        self.progress.setRange(0, 0)  # busy: parsing has no meaningful percentage
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self._words_label)
        self._pending: str | None = None
        self._loaders: set[QObject] = set()

        self._build_actions()
        self._build_menus()
        self.resize(1360, 860)
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
        self.redoAction = self.highlights.undo_stack.createRedoAction(self, "&Redo")
        self.redoAction.setShortcut(QKeySequence.StandardKey.Redo)
        self.redoAction.setObjectName("redoAction")

        toolbar = QToolBar("Highlighting", self)
        toolbar.setObjectName("highlightToolbar")
        toolbar.addAction(self.highlightAction)
        for action in self.colourActions.values():
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undoAction)
        toolbar.addAction(self.redoAction)
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.openAction)
        file_menu.addAction(self.exportAction)
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

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Article Reader", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
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
        self._pending = None
        try:
            article = parse_file(name)
        except ArticleError as error:
            self.show_error(str(error))
            return False
        self._show(render_article(article))
        return True

    def _load_in_background(self, name: str, size: int) -> None:
        loader = ArticleLoader(name, self.thread())
        loader.signals.loaded.connect(self._loaded)
        loader.signals.failed.connect(self._failed)
        self._pending = name
        self._loaders.add(loader.signals)
        self.progress.show()
        self.statusBar().showMessage(f"Opening {Path(name).name} ({size / 1048576:.1f} MB)…")
        QThreadPool.globalInstance().start(loader)

    def _loaded(self, rendered: RenderedArticle) -> None:
        if self._finish_loading(rendered.article.path):
            self._show(rendered)

    def _failed(self, path: str, message: str) -> None:
        if self._finish_loading(path):
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

    def set_article(self, article: Article) -> None:
        """Show ``article`` in every view (rendered here, on the GUI thread)."""
        self._show(render_article(article))

    def _show(self, rendered: RenderedArticle) -> None:
        article = rendered.article
        self._article = article
        self._path = article.path
        self.error = None
        self.sectionModel.set_article(article)
        self.quoteModel.set_article(article)
        self.readingPane.show_rendered(rendered)
        self.highlights.open(article)
        count = len(article.quotes)
        self.panelTabs.setTabText(0, f"Quotes ({count})")
        self.setWindowTitle(f"{article.title} — Article Reader")
        self.setWindowFilePath(article.path or "")
        words = article.word_count
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        self._words_label.setText(f"{words:,} words · {minutes} min read")
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
        start = os.path.dirname(self._path) if self._path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", start, FILE_FILTERS)
        if path:
            self.open_path(path)

    def choose_export(self) -> None:
        if self._article is None:
            return
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
            self.readingPane.reveal(*found)

    def highlight_id_at(self, row: int) -> str:
        return str(self.highlights.model.index(row).data(HighlightRole.Id))

    # ------------------------------------------------------------ navigation

    def _section_chosen(self, index: QModelIndex) -> None:
        section_id = index.data(SectionRole.Id)
        if section_id:
            self.readingPane.scroll_to_anchor(section_id)

    def go_to_section(self, section_id: str) -> bool:
        row = self.sectionModel.row_of(section_id)
        if row < 0:
            return False
        self.sectionList.setCurrentIndex(self.sectionModel.index(row))
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
        self.readingPane.set_marks("quote", [(start, end, QUOTE_MARK_COLOUR)])
        self.readingPane.reveal(start, end)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
