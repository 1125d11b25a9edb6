"""Every command of the window, once: its text, object name, shortcuts, slot and menu.

Rows are listed in menu order. A new command is one row here; a new panel adds
its "Show …" row to the View menu, a new way to open a source its row to File.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QWidget

import reader
from reader.model.highlights import COLOURS, DEFAULT_COLOUR
from reader.ui.actions import SEPARATOR, ActionRow, Actions, adopted
from reader.ui.appearance import THEMES

if TYPE_CHECKING:
    from reader.ui.highlighting import Highlighting
    from reader.ui.main_window import MainWindow
    from reader.ui.theming import Appearance

KEYS = QKeySequence.StandardKey
TOOLBAR = ("highlightAction", *(f"colour{n.capitalize()}Action" for n in COLOURS),
           SEPARATOR, "undoAction", "redoAction")  # fmt: skip


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def window_actions(w: MainWindow) -> list[ActionRow]:
    """The rows for ``w``'s parts, in menu order."""
    nav, look, out, marks = w.navigation, w.appearance, w.output, w.highlighting
    panes = w.window_layout
    undo, redo = undo_actions(w, w.highlights.undo_stack)
    return [
        ActionRow("&Open…", "openAction", lambda: w.opening.choose_file(w.session.source),
                  (KEYS.Open,), "&File"),
        ActionRow("Open &Link…", "openLinkAction", lambda: w.opening.choose_link(), ("Ctrl+L",),
                  "&File"),
        ActionRow("Open &Recent", "recentMenu", menu="&File", submenu=True),
        ActionRow("Re&load", "reloadAction", w.session.reload, (KEYS.Refresh, "Ctrl+R"),
                  "&File", tip="Read the article again (a link is fetched again)"),
        ActionRow("&Stop Loading", "stopAction", w.session.cancel, menu="&File",
                  tip="Stop opening the article under way"),
        ActionRow("Add &Folder to Library…", "addFolderAction", w.library.choose_folder,
                  menu="&File", separated=True),
        ActionRow("&Export Quotes and Highlights…", "exportAction", out.choose_export,
                  ("Ctrl+E",), "&File", separated=True),
        ActionRow("Export as P&DF…", "pdfAction", out.choose_pdf, menu="&File"),
        ActionRow("&Print…", "printAction", out.print_article, (KEYS.Print,), "&File"),
        ActionRow("&Quit", "quitAction", w.close, (KEYS.Quit,), "&File", separated=True),
        adopted(undo, "&Edit"),
        adopted(redo, "&Edit"),
        adopted(w.quoteList.copyAction, "&Edit", separated=True),
        ActionRow("&Paste Link or File", "pasteLinkAction", lambda: w.opening.paste(),
                  (KEYS.Paste,), "&Edit", tip="Open the link or file on the clipboard"),
        ActionRow("&Highlight Selection", "highlightAction", marks.highlight_selection,
                  ("Ctrl+H",), "&Edit", separated=True,
                  tip="Highlight the selected text (Ctrl+H)", icon=swatch(COLOURS[DEFAULT_COLOUR])),
        *(ActionRow(name.capitalize(), f"colour{name.capitalize()}Action",
                    partial(marks.set_colour, name), menu="&Edit/Highlight &Colour",
                    checkable=True, group="colour", value=name, tip=f"Highlight in {name}",
                    icon=swatch(value)) for name, value in COLOURS.items()),
        ActionRow("&Find…", "findAction", w.findBar.open, (KEYS.Find,), "&Edit", separated=True),
        ActionRow("Find &Next", "findNextAction", w.findBar.next, ("F3",), "&Edit"),
        ActionRow("Find Pre&vious", "findPreviousAction", w.findBar.previous, ("Shift+F3",),
                  "&Edit"),
        ActionRow("Zoom &In", "zoomInAction", partial(look.zoom, 1), (KEYS.ZoomIn, "Ctrl+="),
                  "&View"),
        ActionRow("Zoom &Out", "zoomOutAction", partial(look.zoom, -1), (KEYS.ZoomOut,), "&View"),
        ActionRow("&Actual Size", "zoomResetAction", partial(look.zoom, 0), ("Ctrl+0",), "&View"),
        *(ActionRow("Follow the &System" if name == "system" else f"&{name.capitalize()}",
                    f"theme{name.capitalize()}Action", partial(look.set_theme, name),
                    menu="&View/&Theme", checkable=True, group="theme", value=name)
          for name in ("system", *THEMES)),
        ActionRow("Show &Sections", "showSectionsAction", panes.show_sections, menu="&View",
                  separated=True, checkable=True),
        ActionRow("Show &Quotes and Highlights", "showPanelAction", panes.show_panel,
                  menu="&View", checkable=True),
        ActionRow("&Library", "libraryAction", w.library.show, ("Ctrl+Shift+L",), "&View",
                  checkable=True, tip="Search every article and quote (Ctrl+Shift+L)"),
        ActionRow("&Next Section", "nextSectionAction", partial(nav.step_section, 1),
                  ("Alt+Down",), "&Go"),
        ActionRow("&Previous Section", "previousSectionAction", partial(nav.step_section, -1),
                  ("Alt+Up",), "&Go"),
        ActionRow("&Back", "backAction", nav.go_back, (KEYS.Back,), "&Go"),
        ActionRow("&Forward", "forwardAction", nav.go_forward, (KEYS.Forward,), "&Go"),
        ActionRow("&About Article Reader", "aboutAction", partial(show_about, w), menu="&Help"),
    ]  # fmt: skip


def follow_choices(commands: Actions, marks: Highlighting, look: Appearance) -> None:
    """The colour and theme rows stay checked as the parts' choices change, whoever
    changed them; the highlight action shows the colour in use."""
    colours, themes = commands.group("colour"), commands.group("theme")

    def colour_shown(colour: str) -> None:
        colours[colour].setChecked(True)
        commands["highlightAction"].setIcon(swatch(COLOURS[colour]))

    marks.colourChanged.connect(colour_shown)
    look.themeChosen.connect(lambda choice: themes.get(choice, themes["system"]).setChecked(True))
    colour_shown(marks.colour)


def undo_actions(parent: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo and redo of ``stack``, their text naming the change."""
    made = []
    for kind, create, key in (("Undo", stack.createUndoAction, KEYS.Undo),
                              ("Redo", stack.createRedoAction, KEYS.Redo)):  # fmt: skip
        action = create(parent, f"&{kind}")
        action.setShortcut(QKeySequence(key))
        action.setObjectName(f"{kind.lower()}Action")
        action.setIconText(kind)  # the toolbar stays short; the menu says what
        made.append(action)
    return made[0], made[1]


def show_about(parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox  # dialogs are imported when first used

    QMessageBox.about(
        parent,
        "About Article Reader",
        f"<h3>Article Reader {reader.__version__}</h3>"
        "<p>Read news articles and long reads; see every quote with who said it, "
        "highlight passages, and copy quotes with attribution.</p>",
    )
