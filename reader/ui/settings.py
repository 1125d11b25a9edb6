"""The reader's settings: one `QSettings`, with every default in one table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

DEFAULTS: dict[str, Any] = {
    "appearance/theme": "system",  # system | light | sepia | dark
    "appearance/zoom": 0,  # steps of one point from the default size
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "window/sectionsVisible": True,
    "window/panelVisible": True,
    "window/libraryVisible": False,
    "files/recent": [],
}
RECENT_LIMIT = 10


class Settings:
    """Typed access to the settings; a value of the wrong type reads as its default."""

    def __init__(self) -> None:
        self._qsettings = QSettings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._qsettings.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if isinstance(value, str):
                return [value]
            return [str(v) for v in value] if isinstance(value, list) else default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default
        return str(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._qsettings.setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()

    def remember_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files (at most `RECENT_LIMIT`)."""
        recent = [p for p in self.get("files/recent") if p != path]
        recent.insert(0, path)
        del recent[RECENT_LIMIT:]
        self.set("files/recent", recent)
        return recent
