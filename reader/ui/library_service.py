"""The window's library part: every library call off the GUI thread, answers by signal.

Two lanes, each one pool thread with its own connection to the library file (WAL
lets them work side by side): one adds (an article the reader opened, a folder),
one reads (searches, the speakers, a speaker's quotes), so results keep coming as
the reader types while a folder is being added. The library is opened by the
first call, never when the window starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.model.article import Article
from reader.store.bulk_add import BulkAddReport, Progress, add_files
from reader.store.library import Library, LibraryError, QueryError, default_path
from reader.store.library_records import record_of

ARTICLES_SHOWN = 50
QUOTES_SHOWN = 500  # what a search's export writes: "everything Rutte said about …"


class _Lane:
    """One thread, one connection: the jobs given to it run in order. ``opens`` runs
    on the lane's thread before its first job and gives it its connection."""

    def __init__(self, opens: Callable[[], Library], parent: QObject) -> None:
        self._pool = QThreadPool(parent)
        self._pool.setMaxThreadCount(1)
        self._opens = opens
        self.library: Library | None = None

    def run(self, job: Callable[[Library], None], failed: Callable[[str], None]) -> None:
        def work() -> None:
            try:
                if self.library is None:
                    self.library = self._opens()
                job(self.library)
            except LibraryError as error:
                failed(str(error))
            except Exception as error:  # a thread's end: said, never lost
                failed(f"The library failed: {error}")

        self._pool.start(work)

    def close(self) -> None:
        self._pool.waitForDone()
        if self.library is not None:
            self.library.close()
            self.library = None


class LibraryService(QObject):
    """The library for the window. Searches answer with the serial `search` returned,
    so a view can drop the answers to queries the reader has typed past."""

    searched = Signal(int, object, object)  # serial, [ArticleHit], [QuoteHit]
    searchRejected = Signal(int, str)  # serial, why the query cannot be read
    speakersListed = Signal(object)  # [SpeakerRow]
    quotesListed = Signal(str, object)  # name, [QuoteHit] in date order
    articleAdded = Signal(str)  # the source of an article now in the library
    progress = Signal(int, int)  # files done, files in all
    folderAdded = Signal(object)  # BulkAddReport
    notice = Signal(str)  # one line for the status bar
    rebuilt = Signal()  # a library set aside has been rebuilt: what was listed may have grown

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or default_path()
        self._adding = _Lane(self._open_for_adding, self)
        self._reading = _Lane(self._open_for_reading, self)
        self._adding_opened = threading.Event()
        self._cancel = threading.Event()
        self._serial = 0

    def _open_for_adding(self) -> Library:
        """The adding lane opens the library first: a broken one is set aside and
        rebuilt there, and the speakers a killed bulk add left are grouped."""
        try:
            library = Library(self.path)
        finally:
            self._adding_opened.set()
        if library.to_add_again:
            message = library.recovery_message or ""
            self.notice.emit(message[:1].upper() + message[1:])
            files, library.to_add_again = library.to_add_again, []
            add_files(library, files)  # which groups the speakers when it ends
            # The reading lane may have read while the rebuild was under way.
            self.rebuilt.emit()
            return library
        library.regroup()
        return library

    def _open_for_reading(self) -> Library:
        if not self._adding_opened.is_set():
            self._adding.run(lambda _: None, self.notice.emit)
            self._adding_opened.wait(30)
        library = Library(self.path)
        library.regroup_on_read = False  # the adding lane groups after each add
        return library

    def _add_lane(self, job: Callable[[Library], None]) -> None:
        self._adding.run(job, self.notice.emit)

    # ------------------------------------------------------------ adding

    def add_article(self, article: Article, source: str | None = None) -> None:
        """Put the article the reader opened in the library (or update it)."""
        if article.path is None and source is None:
            return
        record = record_of(article, source)

        def job(library: Library) -> None:
            library.add([record])
            self.articleAdded.emit(record.source)

        self._add_lane(job)

    def add_folder(self, folder: str) -> None:
        """Add every file under ``folder``; `progress`, then `folderAdded`."""
        self._cancel.clear()

        def job(library: Library) -> None:
            try:
                report = add_files(
                    library, [folder], self._progress, self._cancel.is_set, workers=2
                )
            # What was committed stays; the reader is told, and the progress ends.
            # Anything may end an add (a parse worker killed, a full disk), not only
            # the library's own refusals.
            except Exception as error:
                report = BulkAddReport(cancelled=True)
                self.notice.emit(f"Adding {folder} stopped: {error}")
            self.folderAdded.emit(report)

        self._add_lane(job)

    def _progress(self, progress: Progress) -> None:
        self.progress.emit(progress.done, progress.total)

    def cancel(self) -> None:
        """Stop adding a folder; what was added stays."""
        self._cancel.set()

    def choose_folder(self, parent: QWidget | None = None) -> None:
        """File › Add Folder to Library…"""
        folder = QFileDialog.getExistingDirectory(parent, "Add a Folder to the Library")
        if folder:
            self.add_folder(folder)

    # ------------------------------------------------------------ reading

    def search(self, query: str) -> int:
        """Search articles and quotes (the `ARTICLES_SHOWN` and `QUOTES_SHOWN` best);
        the answer comes as `searched` with the serial returned."""
        self._serial += 1
        serial = self._serial

        def job(library: Library) -> None:
            if serial != self._serial:
                return  # the reader has typed on
            try:
                articles = library.search_articles(query, ARTICLES_SHOWN)
                quotes = library.search_quotes(query, QUOTES_SHOWN)
            except QueryError as error:
                self.searchRejected.emit(serial, str(error))
                return
            self.searched.emit(serial, articles, quotes)

        self._reading.run(job, self.notice.emit)
        return serial

    def list_speakers(self) -> None:
        self._reading.run(lambda library: self.speakersListed.emit(library.speakers()),
                          self.notice.emit)  # fmt: skip

    def list_quotes_by(self, name: str) -> None:
        self._reading.run(
            lambda library: self.quotesListed.emit(name, library.quotes_by(name)),
            self.notice.emit,
        )

    def close(self) -> None:
        """Stop adding, wait for both lanes and close the library."""
        self._cancel.set()
        self._adding.close()
        self._reading.close()
