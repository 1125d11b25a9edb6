"""Navigation on its own, over a fake pane: jumps, steps, history, the chosen quote."""

from __future__ import annotations

import bisect

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from reader.model.parse import parse
from reader.ui.models import SectionListModel
from reader.ui.navigation import Navigation
from reader.ui.section_list import SectionList

TEXT = """Budget row

The council met on Monday.

Spending

"We cannot pay for it," the treasurer said.

Schools

The schools will get more.

Roads

The roads will wait.
"""
LINE = 100  # every anchor of the fake pane is this far below the last


class FakePane:
    """A pane where each section heading and quote sits ``LINE`` pixels below the last."""

    def __init__(self, anchors: list[str]) -> None:
        self.bar = QScrollBar(Qt.Orientation.Vertical)
        self.bar.setRange(0, LINE * len(anchors))
        self.tops = {name: LINE * (number + 1) for number, name in enumerate(anchors)}
        self.sections = [self.tops[name] for name in anchors if not name.startswith("q")]
        self.marks: dict[str, list[tuple[int, int, QColor]]] = {}
        self.revealed: list[tuple[int, int]] = []

    def verticalScrollBar(self) -> QScrollBar:
        return self.bar

    def scroll_to_anchor(self, name: str) -> bool:
        self.bar.setValue(self.tops[name])
        return True

    def quote_range(self, quote_id: str) -> tuple[int, int] | None:
        top = self.tops.get(quote_id)
        return None if top is None else (top, top + 10)

    def article_range(self, start: int, end: int) -> tuple[int, int] | None:
        return start * 2, end * 2  # the pane's positions are not the article's offsets

    def set_marks(self, layer: str, ranges: list[tuple[int, int, QColor]]) -> None:
        self.marks[layer] = ranges

    def reveal(self, start: int, end: int) -> None:
        self.revealed.append((start, end))
        self.bar.setValue(start)

    def top_position(self) -> int:
        return self.bar.value()

    def section_at(self, position: int) -> int:
        return bisect.bisect_right(self.sections, position) - 1


@pytest.fixture
def navigation(qtbot: QtBot) -> tuple[Navigation, FakePane, SectionList]:
    article = parse(TEXT)
    model = SectionListModel()
    model.set_article(article)
    sections = SectionList(model)
    qtbot.addWidget(sections)
    pane = FakePane([s.id for s in article.sections] + [q.id for q in article.quotes])
    navigation = Navigation(pane, sections, model)
    navigation.set_article(article)
    return navigation, pane, sections


def test_a_section_jump_can_be_gone_back_and_forward(navigation) -> None:  # type: ignore[no-untyped-def]
    nav, pane, sections = navigation
    assert nav.go_to_section("schools")
    assert pane.bar.value() == pane.tops["schools"] and sections.currentIndex().row() == 1
    nav.go_to_section("roads")
    nav.go_back()
    assert pane.bar.value() == pane.tops["schools"]
    nav.go_back()
    assert pane.bar.value() == 0
    nav.go_forward()
    nav.go_forward()
    assert pane.bar.value() == pane.tops["roads"]
    assert not nav.go_to_section("no-such-section")


def test_next_and_previous_section_stop_at_the_ends(navigation) -> None:  # type: ignore[no-untyped-def]
    nav, pane, sections = navigation
    nav.step_section(-1)  # in the lead: there is no previous section
    assert pane.bar.value() == 0
    nav.step_section(1)
    assert sections.currentIndex().row() == 0 and pane.bar.value() == pane.tops["spending"]
    for _ in range(5):
        nav.step_section(1)
    assert sections.currentIndex().row() == 2
    nav.step_section(-1)
    assert sections.currentIndex().row() == 1


def test_the_section_list_and_the_position_follow_the_reader(navigation) -> None:  # type: ignore[no-untyped-def]
    nav, pane, sections = navigation
    where: list[str] = []
    nav.positionChanged.connect(where.append)
    pane.bar.setValue(pane.tops["schools"] + 5)
    assert sections.currentIndex().row() == 1
    assert where[-1] == f"Section 2 of 3 · {round(100 * (pane.tops['schools'] + 5) / 400)}%"
    pane.bar.setValue(0)
    assert sections.currentIndex().row() == -1 and where[-1] == "Lead · 0%"
    nav.set_article(None)
    nav.follow()
    assert where[-1] == ""


def test_a_chosen_quote_is_marked_shown_and_marked_again_in_a_new_colour(navigation) -> None:  # type: ignore[no-untyped-def]
    nav, pane, _ = navigation
    quote = parse(TEXT).quotes[0].id
    assert nav.show_quote(quote)
    start = pane.tops[quote]
    assert [(s, e) for s, e, _ in pane.marks["quote"]] == [(start, start + 10)]
    assert pane.revealed == [(start, start + 10)]
    nav.set_quote_colour(QColor("#4a6fa5"))
    nav.repaint_quote()
    assert pane.marks["quote"][0][2] == QColor("#4a6fa5")
    nav.go_back()
    assert pane.bar.value() == 0
    assert not nav.show_quote("no-such-quote")


def test_a_new_article_forgets_the_way_back_and_the_quote(navigation) -> None:  # type: ignore[no-untyped-def]
    nav, pane, _ = navigation
    nav.show_quote(parse(TEXT).quotes[0].id)
    nav.go_to_section("roads")
    nav.forget()
    pane.marks.clear()
    nav.repaint_quote()
    assert "quote" not in pane.marks
    nav.go_back()
    assert pane.bar.value() == pane.tops["roads"]


def test_reveal_maps_article_offsets_to_the_pane(navigation) -> None:  # type: ignore[no-untyped-def]
    nav, pane, _ = navigation
    assert nav.reveal(30, 40)
    assert pane.revealed == [(60, 80)]
    nav.go_back()
    assert pane.bar.value() == 0
