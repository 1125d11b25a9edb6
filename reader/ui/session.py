"""The document session: which source is open, opening it, reloading it, failing with a reason.

A source is a string: a file path or a link. It becomes an `Article` in one
place, `document.read_source`, either at once (small files) or on a pool thread
(large files, after a preview of their beginning; links, which are fetched, or
read from the page kept when they were first fetched). A load under way can be
cancelled. The session owns no widget: it reports by signal, and the views listen.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from reader.model.article import Article
from reader.model.load import ArticleError, preview_text, source_format_for
from reader.model.parse import parse
from reader.sources import is_link
from reader.ui.document import (
    ArticleLoader,
    DocumentStyle,
    LinkFetch,
    RenderedArticle,
    read_source,
    render_article,
)
from reader.ui.file_watch import FileWatch

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.fetch import FetchLimits

BACKGROUND_BYTES = 512 * 1024  # sources this big are opened off the GUI thread
PREVIEW_HEAD_START_MS = 150  # the preview is painted before the worker competes for the GIL


@dataclass(frozen=True)
class Arrival:
    """How an article came to be shown, which decides where the reader is put."""

    reloaded: bool = False  # the same source read again: keep the place
    after_preview: bool = False  # a preview was on screen: its place is not the reader's
    completes_preview: bool = False  # the whole of the previewed source: keep where they went


def source_size(source: str) -> int:
    """Bytes in ``source``; 0 when unknown (reading it gives the reason)."""
    try:
        return os.stat(source).st_size
    except OSError:
        return 0


def source_name(source: str) -> str:
    """How messages name a source: a file by its name, a link whole."""
    return source if is_link(source) else Path(source).name


class DocumentSession(QObject):
    """The open source and its `Article`.

    `articleShown` carries a `RenderedArticle` and its `Arrival`; `previewShown`
    the beginning of a large source while the whole of it is read; `failed` the
    reason the source cannot be opened. `progress` says what is under way ("" when
    nothing), `loadingChanged` whether a large source is being opened, and
    `notice` reports in passing (a reload done or failed).
    """

    articleShown = Signal(object, object)  # RenderedArticle, Arrival
    previewShown = Signal(object)  # RenderedArticle
    failed = Signal(str)
    progress = Signal(str)
    loadingChanged = Signal(bool)
    notice = Signal(str)

    def __init__(self, style: Callable[[], DocumentStyle], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._style = style  # how documents are built now (theme, text size)
        self._article: Article | None = None
        self._source: str | None = None
        self.error: str | None = None
        self._preview = False  # what is shown is the beginning of `_pending`
        self._pending: str | None = None  # the large source being opened
        self._opening = 0  # the serial of the opening under way; each one has its own
        self._reloading: int | None = None  # the serial of the reload to show
        self._reloads = 0
        self._loaders: set[QObject] = set()  # loaders' signals, kept until they report
        self._fetch: LinkFetch | None = None  # the link being fetched: set its event to cancel
        self.fetch_limits: FetchLimits | None = None  # None: the reader's own (tests: shorter)
        self._watch = FileWatch(self)
        self._watch.changed.connect(self.reload)

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def source(self) -> str | None:
        """The source last shown (kept when a later one fails)."""
        return self._source

    @property
    def loading(self) -> bool:
        """True while a large source is being read and rendered off the GUI thread."""
        return self._pending is not None

    @property
    def reloading(self) -> bool:
        """True while a large source is being read again off the GUI thread."""
        return self._reloading is not None

    # ------------------------------------------------------------ opening

    def open(self, source: str | os.PathLike[str]) -> bool:
        """Open ``source``; False (and `failed`) when it cannot be used.

        A large source is read on a pool thread; `articleShown` tells when it is shown.
        """
        name = os.fspath(source)
        if is_link(name):
            self._open_in_background(name, None)
            return True
        size = source_size(name)
        if size >= BACKGROUND_BYTES:
            self._open_in_background(name, size)
            return True
        if self._pending is not None:  # a large source still loading is dropped
            self._stop_loading()
        try:
            article = read_source(name)
        except ArticleError as error:
            self._fail(str(error))
            return False
        assert article is not None  # read afresh: never "unchanged"
        self._show(render_article(article, self._style()), Arrival(after_preview=self._preview))
        return True

    def _open_in_background(self, source: str, size: int | None) -> None:
        """A large file (``size`` bytes; its preview shown meanwhile) or a link (None)."""
        if self._pending is not None:
            self._stop_loading()  # the newer request wins
        if size is None:
            self.progress.emit(f"Opening {source_name(source)}…")
        else:
            self._show_preview(source)
            self.progress.emit(f"Opening {source_name(source)} ({size / 1048576:.1f} MB)…")
        self._pending = source
        self._opening += 1
        serial = self._opening  # the same source asked for again is another opening
        self.loadingChanged.emit(True)

        def loaded(rendered: RenderedArticle) -> None:
            if self._finish_loading(serial):
                previewed = self._preview
                self._show(rendered, Arrival(after_preview=previewed, completes_preview=previewed))

        def failed(_: str, message: str) -> None:
            if self._finish_loading(serial):
                self._fail(message)

        self._start(source, None, loaded, failed)

    def _show_preview(self, source: str) -> None:
        """The beginning of a large source, shown at once while the whole of it loads."""
        text = preview_text(source)
        if text is None:
            return
        article = parse(text, source_format_for(source), source)
        self._preview = True
        self._article, self._source, self.error = article, source, None
        self.previewShown.emit(render_article(article, self._style()))

    def _finish_loading(self, serial: int) -> bool:
        """True when opening ``serial`` is the one under way; one that was cancelled or
        replaced (even by the same source asked for again) and ends late is dropped."""
        if self._pending is None or serial != self._opening:
            return False
        self._stop_loading()
        return True

    def _stop_loading(self) -> None:
        self._pending = None
        self._end_busy()

    def _end_busy(self) -> None:
        """The work under way is dropped: a link still downloading stops at its next
        read, and the busy indicator goes."""
        if self._fetch is not None:
            self._fetch.cancel.set()
        self.loadingChanged.emit(False)
        self.progress.emit("")

    def cancel(self) -> bool:
        """Stop opening the source under way (False: nothing was). What was shown
        before stays; with nothing shown, the pane says the opening was cancelled."""
        if self._reloading is not None and self._source and is_link(self._source):
            self._reloading = None
            self._end_busy()
            self.notice.emit(f"Stopped reloading {self._source}")
            return True
        source = self._pending
        if source is None:
            return False
        self._stop_loading()
        if self._article is None or self._preview:
            self._fail(f"{source}: opening was cancelled")
        else:
            self.notice.emit(f"Stopped opening {source_name(source)}")
        return True

    def _start(
        self,
        source: str,
        unchanged: str | None,
        loaded: Callable[[RenderedArticle], None],
        failed: Callable[[str, str], None],
        same: Callable[[str], None] | None = None,
    ) -> None:
        """Read ``source`` on a pool thread; one of the handlers hears how it ended.

        A first read starts from the event loop, so that the preview is painted
        before the worker competes for Python's lock.
        """
        fetch = None
        if is_link(source):
            fetch = self._fetch = LinkFetch(self.fetch_limits)
        loader = ArticleLoader(source, self.thread(), self._style(), unchanged, fetch)
        signals = loader.signals
        self._loaders.add(signals)  # kept alive until it reports
        signals.loaded.connect(loaded)
        signals.failed.connect(failed)
        if same is not None:
            signals.same.connect(same)
        for ended in (signals.loaded, signals.failed, signals.same):
            ended.connect(lambda *_: self._loaders.discard(signals))  # after the handlers
        pool = QThreadPool.globalInstance()
        if unchanged is None:
            QTimer.singleShot(PREVIEW_HEAD_START_MS, lambda: pool.start(loader))
        else:  # a reload: the version on screen is already painted
            pool.start(loader)

    def _show(self, rendered: RenderedArticle, arrival: Arrival) -> None:
        article = rendered.article
        self._preview = False
        self._article, self._source, self.error = article, article.source, None
        if article.path:
            self._watch.watch(article.path)
        else:
            self._watch.stop()  # a link: no file to follow
        self.articleShown.emit(rendered, arrival)

    def _fail(self, message: str) -> None:
        self._preview = False
        self._article, self.error = None, message
        self.failed.emit(message)

    # ------------------------------------------------------------ reloading

    def reload(self) -> bool:
        """Read the open source again, keeping the place; on failure keep what is shown.

        A large source is read again off the GUI thread, as when it was opened: the
        version on screen stays readable until the new one is ready.
        """
        if not self._source or self._article is None:
            return False
        source, shown = self._source, self._article.text
        if is_link(source):  # fetched again, always off the GUI thread
            self._reload_in_background(source, shown)
            return True
        read = self._watch.mark_read()
        if read is not None and read[0] >= BACKGROUND_BYTES:
            self._reload_in_background(source, shown)
            return True
        try:
            article = read_source(source, shown)
        except ArticleError as error:
            self._reload_failed(str(error))
            return False
        if article is not None:  # None: saved again as it was, nothing to redo
            self._reloaded(render_article(article, self._style()))
        return True

    def _reload_in_background(self, source: str, shown: str) -> None:
        self._reloads += 1
        serial = self._reloading = self._reloads
        fetching = is_link(source)  # a download: busy, and cancellable, like an opening
        if fetching:
            self.loadingChanged.emit(True)

        def newest() -> bool:
            """This reload has ended; True when no later one replaced it."""
            if serial != self._reloading:
                return False
            self._reloading = None
            if fetching:
                self.loadingChanged.emit(False)
            return True

        def loaded(rendered: RenderedArticle) -> None:
            if newest() and rendered.article.source == self._source:  # no other source since
                self._reloaded(rendered)

        def failed(_: str, message: str) -> None:
            if newest():
                self._reload_failed(message)

        def same(_: str) -> None:
            if newest():
                self.progress.emit("")
                if fetching:
                    self.notice.emit(f"Reloaded {source}: the page has not changed")

        self._start(source, shown, loaded, failed, same)
        self.progress.emit(f"Reloading {source_name(source)}…")

    def _reloaded(self, rendered: RenderedArticle) -> None:
        self._show(rendered, Arrival(reloaded=True))
        self.notice.emit(f"Reloaded {source_name(rendered.article.source or '')}")

    def _reload_failed(self, message: str) -> None:
        self.notice.emit(f"Reload failed, showing the last good version: {message}")
