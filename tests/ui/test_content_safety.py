"""Nothing in an article reaches outside the window: no markup, no fetches, no navigation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from pytestqt.qtbot import QtBot

from reader.app import create_window
from reader.ui.main_window import MainWindow

HOSTILE = """# Hostile page

<script>alert("x")</script>
<iframe src="https://evil.example/frame"></iframe>
<style>body { display: none }</style>
<img src="https://evil.example/pixel.gif" onerror="steal()">
<p onclick="steal()">Click me</p>

![a map of the front](https://evil.example/map.png) and ![local](file:///etc/passwd)

[web](https://example.org/story) [mail](mailto:desk@example.org)
[script](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html,<b>x</b>)
"""


class LinkCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def hostile_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    window = create_window(path)
    qtbot.addWidget(window)
    return window


def test_raw_html_is_shown_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    window = hostile_window(qtbot, tmp_path)
    text = window.readingPane.toPlainText()
    for markup in (
        '<script>alert("x")</script>',
        "<iframe src=",
        "<style>",
        "<img src=",
        'onclick="steal()"',
    ):
        assert markup in text


def test_images_become_labelled_links_and_nothing_is_loaded(qtbot: QtBot, tmp_path: Path) -> None:
    window = hostile_window(qtbot, tmp_path)
    pane = window.readingPane
    assert "[image: a map of the front]" in pane.toPlainText()
    assert "[image: local]" in pane.toPlainText()
    block = pane.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            assert not iterator.fragment().charFormat().isImageFormat()
            iterator += 1
        block = block.next()
    for url in ("https://evil.example/map.png", "file:///etc/passwd", "qrc:/icon.svg"):
        assert pane.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) is None
        assert (
            pane.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl(url))
            is None
        )


def test_web_and_mail_links_open_outside_only_on_click(qtbot: QtBot, tmp_path: Path) -> None:
    window = hostile_window(qtbot, tmp_path)
    pane = window.readingPane
    catcher = LinkCatcher()
    schemes = ("http", "https", "mailto", "javascript", "file", "data")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        before = pane.toHtml()
        assert catcher.opened == []  # rendering opened nothing
        for url in (
            "https://example.org/story",
            "mailto:desk@example.org",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,<b>x</b>",
        ):
            pane.anchorClicked.emit(QUrl(url))
        assert catcher.opened == ["https://example.org/story", "mailto:desk@example.org"]
        assert pane.toHtml() == before  # the pane never navigated
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)
