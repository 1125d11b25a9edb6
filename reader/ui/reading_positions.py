"""Reading positions: where the reader was in each article, kept in the store as a
text offset, and where to put them when an article is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from reader.store.database import Store, StoreError, document_key
from reader.ui.reading_pane import ReadingPane
from reader.ui.session import Arrival

SAVE_AFTER_MS = 1000  # the place is saved once scrolling has paused this long


class ReadingPositions(QObject):
    """Saves the place in the article shown in ``pane``; `failed` says why it could not."""

    failed = Signal(str)

    def __init__(
        self, store: Store | None, pane: ReadingPane, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._pane = pane
        self._key: str | None = None  # the document whose place is followed
        self._offset_on_show: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        pane.verticalScrollBar().valueChanged.connect(self._scrolled)
        pane.installEventFilter(self)

    def follow(self, path: str | None) -> None:
        """From now on the place in ``path`` is followed (None: nothing to keep)."""
        self._key = document_key(path) if path else None

    def save(self) -> None:
        """Remember where the reader is in this article, as a text offset."""
        if self._store is None or self._key is None:
            return
        offset = self._pane.top_offset()
        if offset is None:
            return
        try:
            self._store.save_position(self._key, offset)
        except StoreError as error:
            self.failed.emit(f"The reading position was not saved: {error}")

    def stored(self, path: str | None) -> int | None:
        """Where the reader left ``path`` last time, if anywhere."""
        if self._store is None or not path:
            return None
        try:
            return self._store.position(document_key(path))
        except StoreError:
            return None

    def place_for(self, arrival: Arrival, path: str | None) -> int | None:
        """Where to put the reader in an article arriving now (read before it is shown)."""
        if arrival.reloaded:
            return self._pane.top_offset() or 0  # where the reader is now
        if arrival.completes_preview and self._pane.verticalScrollBar().value() > 0:
            offset = self._pane.top_offset()  # where the reader went in the preview
            if offset is not None:
                return offset
        return self.stored(path)

    def restore(self, offset: int | None) -> None:
        """Put the article just shown at ``offset`` (once the pane is shown and laid out)."""
        self._pane.verticalScrollBar().setValue(0)
        if offset is not None and self._pane.isVisible():
            self._pane.scroll_to_offset(offset)
        else:
            self._offset_on_show = offset
        self._scrolled()

    def _scrolled(self) -> None:
        if self._key is not None:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._offset_on_show is not None:
            offset, self._offset_on_show = self._offset_on_show, None
            QTimer.singleShot(0, lambda: self._pane.scroll_to_offset(offset))
        return False
