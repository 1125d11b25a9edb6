"""The status bar: passing reports, what is under way, the reading position, the length."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from reader.model.article import Article

WORDS_PER_MINUTE = 230
REPORT_MS = 15_000


class StatusLine:
    """What the status bar of the window shows."""

    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self._words = QLabel()
        self._position = QLabel()
        self._position.setObjectName("positionLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("loadingProgress")
        self.progress.setAccessibleName("Opening the article")
        self.progress.setRange(0, 0)  # busy: parsing has no meaningful percentage
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        for widget in (self.progress, self._position, self._words):
            bar.addPermanentWidget(widget)

    def report(self, message: str) -> None:
        """A message that stays a while."""
        self._bar.showMessage(message, REPORT_MS)

    def show_progress(self, message: str) -> None:
        """What is under way, until it is done ("": nothing)."""
        if message:
            self._bar.showMessage(message)
        else:
            self._bar.clearMessage()

    def set_loading(self, loading: bool) -> None:
        self.progress.setVisible(loading)

    def show_position(self, text: str) -> None:
        self._position.setText(text)

    def show_length(self, article: Article | None) -> None:
        """Words and reading time of ``article`` (None: nothing)."""
        if article is None:
            self._words.setText("")
            return
        words = article.word_count
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        self._words.setText(f"{words:,} words · {minutes} min read")
