"""Appearance: the chosen theme and text size, kept in the settings and applied to the
application and the reading pane (which rebuilds a long article off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.ui.appearance import (
    ZOOM_LIMITS,
    pane_palette,
    quote_mark_colour,
    resolve_theme,
    themed_stylesheet,
    window_palette,
)
from reader.ui.document import BODY_POINT_SIZE, DocumentStyle, pane_stylesheet
from reader.ui.reading_pane import ReadingPane
from reader.ui.settings import Settings


class Appearance(QObject):
    """Theme and text size. `themeChosen` carries the setting (``system``, ``light`` …),
    `quoteColourChanged` the chosen quote's mark in the theme now shown."""

    themeChosen = Signal(str)
    quoteColourChanged = Signal(QColor)

    def __init__(
        self, settings: Settings, pane: ReadingPane, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pane = pane
        self.theme = ""  # the theme shown: light, sepia or dark
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: self.apply())

    def apply(self) -> None:
        """Theme and text size from the settings, on the application and the pane."""
        choice = self._settings.get("appearance/theme")
        theme = resolve_theme(choice)
        zoom = self._settings.get("appearance/zoom")
        self.theme = theme.name
        self.themeChosen.emit(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(window_palette(theme))
        self._pane.setPalette(pane_palette(self._pane.palette(), theme))
        # Before the new style: marks are painted again as the pane takes it.
        self.quoteColourChanged.emit(quote_mark_colour(theme))
        stylesheet = themed_stylesheet(pane_stylesheet(), theme, zoom)
        self._pane.set_style(DocumentStyle(stylesheet, BODY_POINT_SIZE + zoom))

    def set_theme(self, name: str) -> None:
        self._settings.set("appearance/theme", name)
        self.apply()

    def zoom(self, step: int) -> None:
        """One point larger (1), smaller (-1), or back to the default size (0)."""
        current = self._settings.get("appearance/zoom")
        low, high = ZOOM_LIMITS
        value = 0 if step == 0 else max(low, min(high, current + step))
        self._settings.set("appearance/zoom", value)
        self.apply()
