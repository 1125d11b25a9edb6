"""The action table: rows become actions, menus, groups and a toolbar; the window's
table is consistent, and a new command is one row."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from reader.model.highlights import COLOURS
from reader.ui.action_table import window_actions
from reader.ui.actions import SEPARATOR, ActionRow, Actions, adopted
from reader.ui.main_window import MainWindow


def titles(menu: QMenu) -> list[str]:
    return [a.text() if not a.isSeparator() else "—" for a in menu.actions()]


def test_rows_become_actions_in_menus_with_shortcuts_and_slots(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[object] = []
    elsewhere = QAction("&Copy", window)
    elsewhere.setObjectName("copyAction")
    rows = [
        ActionRow("&Open…", "openAction", lambda: calls.append("open"), ("Ctrl+O",), "&File"),
        ActionRow("Open &Recent", "recentMenu", menu="&File", submenu=True),
        ActionRow("&Quit", "quitAction", lambda: calls.append("quit"), menu="&File",
                  separated=True),
        adopted(elsewhere, "&Edit"),
        *(ActionRow(n.capitalize(), f"{n}Action", lambda n=n: calls.append(n), menu="&Edit/&Colour",
                    checkable=True, group="colour", value=n) for n in ("red", "blue")),
        ActionRow("Show &Panel", "panelAction", calls.append, menu="&View", checkable=True),
    ]  # fmt: skip
    actions = Actions(window, rows)
    menus = {m.title(): m for m in window.menuBar().findChildren(QMenu)}
    assert titles(menus["&File"]) == ["&Open…", "Open &Recent", "—", "&Quit"]
    assert actions.menu("recentMenu").objectName() == "recentMenu"
    assert titles(menus["&Edit"]) == ["&Copy", "&Colour"]
    assert titles(actions.menu("&Edit/&Colour")) == ["Red", "Blue"]
    assert actions["openAction"].shortcut() == QKeySequence("Ctrl+O")
    assert actions["openAction"] in window.actions()  # its shortcut works wherever focus is
    assert actions["copyAction"] is elsewhere and elsewhere not in window.actions()
    actions["openAction"].trigger()
    actions["blueAction"].trigger()
    actions["redAction"].trigger()
    assert actions.group("colour")["red"].isChecked()
    assert not actions.group("colour")["blue"].isChecked()  # one colour at a time
    actions["panelAction"].setChecked(True)  # a toggle hears its state, set in code too
    actions["panelAction"].setChecked(False)
    assert calls == ["open", "blue", "red", True, False]


def test_a_toolbar_is_a_list_of_action_names(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = Actions(window, [ActionRow("A", "aAction"), ActionRow("B", "bAction")])
    bar = actions.toolbar("tools", "Tools", ("aAction", SEPARATOR, "bAction"))
    assert window.findChild(QToolBar, "tools") is bar
    assert [a.objectName() or "—" for a in bar.actions()] == ["aAction", "—", "bAction"]


def test_the_window_table_has_unique_names_and_no_shortcut_twice(window: MainWindow) -> None:
    rows = window_actions(window)
    names = [row.name for row in rows]
    assert len(names) == len(set(names))
    taken: dict[str, str] = {}
    for name in window.commands.names():
        for key in window.commands[name].shortcuts():
            assert key.toString() not in taken, f"{name} and {taken[key.toString()]}"
            taken[key.toString()] = name
    menus = [m.text() for m in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Go", "&Help"]
    # the library and links have their keys
    assert taken["Ctrl+Shift+L"] == "libraryAction"
    assert taken["Ctrl+L"] == "openLinkAction"


def test_a_new_panel_command_is_one_row(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    shown: list[bool] = []
    row = ActionRow("&Library", "libraryAction", shown.append, ("Ctrl+Shift+L",), "&View",
                    checkable=True)  # fmt: skip
    actions = Actions(window, [row])
    action = actions["libraryAction"]
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    action.trigger()
    assert shown == [True] and action in actions.menu("&View").actions()


def test_the_colour_and_theme_rows_follow_the_parts_choices(window: MainWindow) -> None:
    window.highlighting.set_colour("green")  # chosen elsewhere than in the menu
    assert window.colourActions["green"].isChecked()
    assert not window.colourActions["yellow"].isChecked()
    icon = window.highlightAction.icon().pixmap(14, 14).toImage()
    assert icon.pixelColor(7, 7).name() == COLOURS["green"].lower()
    window.appearance.set_theme("sepia")
    assert window.themeActions["sepia"].isChecked()
    window.appearance.set_theme("system")
    assert window.themeActions["system"].isChecked()
