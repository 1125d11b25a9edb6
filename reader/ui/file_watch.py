"""Following the open file on disk: tell when it changed and has stopped changing."""

from __future__ import annotations

import os

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

RELOAD_SETTLE_MS = 150  # a changed file must hold still this long before it is read

Stat = tuple[int, int]  # size, modification time (ns)


def stat_of(path: str) -> Stat | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


class FileWatch(QObject):
    """Watches one file (and its folder, for editors that replace the file).

    `changed` is emitted once the file differs from the version last read and has
    held still for `RELOAD_SETTLE_MS`: never for a half-written file.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: str | None = None
        self._read: Stat | None = None  # the version last read
        self._settling: Stat | None = None  # the version seen changing
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_SETTLE_MS)
        self._timer.timeout.connect(self._settled)

    def watch(self, path: str) -> None:
        """Follow ``path`` from now on; the version on disk is the one read."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._path = path
        self._watcher.addPath(path)
        self._watcher.addPath(os.path.dirname(os.path.abspath(path)))
        self._read = stat_of(path)

    def mark_read(self) -> Stat | None:
        """The watched file is being read now: its present version is the one read."""
        self._read = stat_of(self._path) if self._path else None
        return self._read

    def _touched(self, *_: str) -> None:
        path = self._path
        if path and os.path.exists(path) and path not in self._watcher.files():
            self._watcher.addPath(path)  # replaced: watch the new file
        if path and stat_of(path) != self._read:
            self._timer.start()

    def _settled(self) -> None:
        if not self._path:
            return
        now = stat_of(self._path)
        if now != self._settling:
            self._settling = now
            self._timer.start()  # still changing: wait a little more
            return
        self._settling = None
        if now != self._read:
            self.changed.emit()
