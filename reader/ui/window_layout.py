"""The window's layout kept between runs: size and place, the splitter, the panes shown.

The library's dock is made the first time it is shown (opening the library file is
left until then): its place is kept in the window's state all the same, and
`QMainWindow.restoreDockWidget` puts it back there when it is made.
"""

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
        self._show_library: QAction | None = None

    def show_sections(self, visible: bool) -> None:
        self._sections.setVisible(visible)
        self._settings.set("window/sectionsVisible", visible)

    def show_panel(self, visible: bool) -> None:
        self._panel.setVisible(visible)
        self._settings.set("window/panelVisible", visible)

    def restore(self, show_sections: QAction, show_panel: QAction, show_library: QAction) -> None:
        """The layout of the last run; the actions are checked as the panes are shown
        (``show_library`` checked makes and shows the library's dock)."""
        self._show_library = show_library
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
        show_library.setChecked(self._settings.get("window/libraryVisible"))

    def save(self) -> None:
        self._settings.set("window/geometry", self._window.saveGeometry())
        self._settings.set("window/state", self._window.saveState())
        self._settings.set("window/splitter", self._splitter.saveState())
        if self._show_library is not None:  # checked while the library's dock is shown
            self._settings.set("window/libraryVisible", self._show_library.isChecked())
        self._settings.sync()
