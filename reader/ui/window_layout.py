"""The window's layout kept between runs: size and place, the splitter, the panes shown."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from reader.ui.settings import Settings


class WindowLayout:
    """Saves and restores ``window``'s layout; shows or hides its side panes."""

    def __init__(
        self,
        settings: Settings,
        window: QMainWindow,
        splitter: QSplitter,
        sections: QWidget,
        panel: QWidget,
    ) -> None:
        self._settings = settings
        self._window = window
        self._splitter = splitter
        self._sections = sections
        self._panel = panel

    def show_sections(self, visible: bool) -> None:
        self._sections.setVisible(visible)
        self._settings.set("window/sectionsVisible", visible)

    def show_panel(self, visible: bool) -> None:
        self._panel.setVisible(visible)
        self._settings.set("window/panelVisible", visible)

    def restore(self, show_sections: QAction, show_panel: QAction) -> None:
        """The layout of the last run; the two actions are checked as the panes are shown."""
        geometry = self._settings.get("window/geometry")
        if not geometry.isEmpty():
            self._window.restoreGeometry(geometry)
        state = self._settings.get("window/state")
        if not state.isEmpty():
            self._window.restoreState(state)
        splitter = self._settings.get("window/splitter")
        if not splitter.isEmpty():
            self._splitter.restoreState(splitter)
        show_sections.setChecked(self._settings.get("window/sectionsVisible"))
        show_panel.setChecked(self._settings.get("window/panelVisible"))
        self.show_sections(show_sections.isChecked())
        self.show_panel(show_panel.isChecked())

    def save(self) -> None:
        self._settings.set("window/geometry", self._window.saveGeometry())
        self._settings.set("window/state", self._window.saveState())
        self._settings.set("window/splitter", self._splitter.saveState())
        self._settings.sync()
