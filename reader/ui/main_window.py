"""The main window: section list, reading pane and quote panel over one `Article`."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import reader
from reader.model.article import Article
from reader.model.load import ArticleError
from reader.model.parse import parse_file
from reader.ui.document import ArticleLoader, RenderedArticle, render_article
from reader.ui.models import QuoteListModel, SectionListModel, SectionRole
from reader.ui.quote_panel import QuoteList
from reader.ui.reading_pane import ReadingPane
from reader.ui.section_list import SectionList

QUOTE_MARK_COLOUR = QColor(255, 214, 102, 170)
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


class MainWindow(QMainWindow):
    """One window per open file; every view reads the same `Article`."""

    articleChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._article: Article | None = None
        self._path: str | None = None
        self.error: str | None = None

        self.sectionModel = SectionListModel(parent=self)
        self.quoteModel = QuoteListModel(parent=self)

        self.sectionList = SectionList(self.sectionModel)
        self.sectionList.clicked.connect(self._section_chosen)
        self.sectionList.activated.connect(self._section_chosen)

        self.readingPane = ReadingPane()

        self.quoteList = QuoteList(self.quoteModel)
        self.quoteList.clicked.connect(self._quote_chosen)
        self.quoteList.activated.connect(self._quote_chosen)

        sections_box, _ = _titled(self.sectionList, "Sections")
        quotes_box, self._quotes_title = _titled(self.quoteList, "Quotes")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(sections_box)
        self.splitter.addWidget(self.readingPane)
        self.splitter.addWidget(quotes_box)
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
        self._build_menus()
        self.resize(1360, 860)

    # ------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.openAction = QAction("&Open…", self)
        self.openAction.setObjectName("openAction")
        self.openAction.setShortcut(QKeySequence.StandardKey.Open)
        self.openAction.triggered.connect(self.choose_file)
        file_menu.addAction(self.openAction)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.quoteList.copyAction)

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
            "and copy quotes with attribution.</p>",
        )

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
        count = len(article.quotes)
        self._quotes_title.setText(f"Quotes ({count})" if count else "Quotes (none found)")
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
        self._quotes_title.setText("Quotes")
        self._words_label.setText("")
        self.readingPane.show_error(message)
        self.setWindowTitle("Article Reader")
        self.articleChanged.emit()

    def choose_file(self) -> None:
        start = os.path.dirname(self._path) if self._path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", start, FILE_FILTERS)
        if path:
            self.open_path(path)

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
