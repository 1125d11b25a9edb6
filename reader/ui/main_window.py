"""The main window: section list, reading pane and quote panel over one `Article`."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import reader
from reader.model.article import Article
from reader.model.load import ArticleError
from reader.model.parse import parse_file
from reader.ui.models import QuoteListModel, SectionListModel, SectionRole
from reader.ui.quote_panel import QuoteList
from reader.ui.reading_pane import ReadingPane
from reader.ui.section_list import SectionList

QUOTE_MARK_COLOUR = QColor(255, 214, 102, 170)
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
        self.statusBar().addPermanentWidget(self._words_label)
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

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open ``path``; on failure, say why in the pane and keep the window usable."""
        name = os.fspath(path)
        try:
            article = parse_file(name)
        except ArticleError as error:
            self.show_error(str(error))
            return False
        self.set_article(article)
        return True

    def set_article(self, article: Article) -> None:
        self._article = article
        self._path = article.path
        self.error = None
        self.sectionModel.set_article(article)
        self.quoteModel.set_article(article)
        self.readingPane.set_article(article)
        count = len(article.quotes)
        self._quotes_title.setText(f"Quotes ({count})" if count else "Quotes (none found)")
        name = Path(article.path).name if article.path else ""
        self.setWindowTitle(f"{article.title} — Article Reader")
        self.setWindowFilePath(article.path or "")
        words = article.word_count
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        self._words_label.setText(f"{words:,} words · {minutes} min read")
        self.statusBar().showMessage(name, 4000)
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
