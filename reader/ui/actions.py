"""Actions from a table: each row says what an action is called, its object name, its
shortcuts, what it does and where it is listed; `Actions` makes them and the menus.

Adding a command to the window is one `ActionRow` in `action_table.window_actions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

Key = QKeySequence | QKeySequence.StandardKey | str
SEPARATOR = None  # in a toolbar layout: a separator


@dataclass(frozen=True)
class ActionRow:
    """One action. ``menu`` is a path of menu titles ("&Edit/Highlight &Colour"); a
    checkable row outside a ``group`` calls ``slot`` with its new state."""

    text: str
    name: str
    slot: Callable[..., object] | None = None
    keys: tuple[Key, ...] = ()
    menu: str = ""
    separated: bool = False  # a separator before it in its menu
    checkable: bool = False
    group: str = ""  # checkable rows of one group exclude each other
    value: str = ""  # what the row stands for in its group ("green", "dark")
    tip: str = ""
    icon: QIcon | None = None
    icon_text: str = ""
    adopt: QAction | None = None  # made elsewhere (the undo stack, a list): only placed
    submenu: bool = False  # a menu named ``name``, filled by its owner


def adopted(action: QAction, menu: str, *, separated: bool = False) -> ActionRow:
    """A row placing ``action``, made elsewhere, in ``menu``."""
    return ActionRow(
        action.text(), action.objectName(), menu=menu, separated=separated, adopt=action
    )


class Actions:
    """The actions of ``window`` made from ``rows``, its menu bar and a toolbar."""

    def __init__(self, window: QMainWindow, rows: Sequence[ActionRow]) -> None:
        self._window = window
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, dict[str, QAction]] = {}
        self._exclusive: dict[str, QActionGroup] = {}  # exclusive by default
        self._menus: dict[str, QMenu] = {}
        for row in rows:
            self._place(row)

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def names(self) -> list[str]:
        return list(self._actions)

    def group(self, name: str) -> dict[str, QAction]:
        """The actions of a group by the value each stands for."""
        return self._groups[name]

    def menu(self, path_or_name: str) -> QMenu:
        return self._menus[path_or_name]

    def toolbar(self, name: str, title: str, layout: Sequence[str | None]) -> QToolBar:
        """A toolbar holding the named actions (None: a separator), added to the window."""
        bar = QToolBar(title, self._window)
        bar.setObjectName(name)
        for item in layout:
            if item is SEPARATOR:
                bar.addSeparator()
            else:
                bar.addAction(self._actions[item])
        self._window.addToolBar(bar)
        return bar

    def text_beside_icon(self, bar: QToolBar, name: str) -> None:
        button = bar.widgetForAction(self._actions[name])
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _place(self, row: ActionRow) -> None:
        menu = self._menu_at(row.menu) if row.menu else None
        if menu is not None and row.separated:
            menu.addSeparator()
        if row.submenu:
            assert menu is not None, f"{row.name}: a submenu needs a menu"
            made = menu.addMenu(row.text)
            made.setObjectName(row.name)
            self._menus[row.name] = self._menus[f"{row.menu}/{row.text}"] = made
            return
        action = row.adopt or self._make(row)
        self._actions[row.name] = action
        if menu is not None:
            menu.addAction(action)

    def _make(self, row: ActionRow) -> QAction:
        action = QAction(row.text, self._window)
        action.setObjectName(row.name)
        action.setShortcuts([QKeySequence(key) for key in row.keys])
        if row.tip:
            action.setToolTip(row.tip)
        if row.icon is not None:
            action.setIcon(row.icon)
        if row.icon_text:
            action.setIconText(row.icon_text)
        action.setCheckable(row.checkable)
        if row.group:
            self._join(row, action)
        if row.slot is not None:
            toggles = row.checkable and not row.group
            signal = action.toggled if toggles else action.triggered
            slot = row.slot
            signal.connect(slot if toggles else (lambda *_: slot()))
        self._window.addAction(action)  # the shortcut works wherever focus is
        return action

    def _join(self, row: ActionRow, action: QAction) -> None:
        if row.group not in self._exclusive:
            self._exclusive[row.group] = QActionGroup(self._window)
            self._groups[row.group] = {}
        self._exclusive[row.group].addAction(action)
        self._groups[row.group][row.value] = action

    def _menu_at(self, path: str) -> QMenu:
        """The menu at ``path``, made (in the menu bar or its parent menu) on first use."""
        if path not in self._menus:
            parent, _, title = path.rpartition("/")
            if parent:
                self._menus[path] = self._menu_at(parent).addMenu(title)
            else:
                self._menus[path] = self._window.menuBar().addMenu(title)
        return self._menus[path]
