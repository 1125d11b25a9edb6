from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.app import create_window
from reader.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The real main window on the bundled article, shown at a usual size."""
    main = create_window()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main


@pytest.fixture(autouse=True)
def empty_clipboard(qapp: QApplication) -> Iterator[None]:
    """Each test starts with, and leaves, an empty clipboard.

    With the offscreen platform, PySide6 6.12 crashes at interpreter exit when
    the clipboard still holds a QMimeData set from Python (a plain script that
    does only that crashes too; under X11 it does not). Clearing the clipboard
    after each test keeps the suite's exit status honest.
    """
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()
