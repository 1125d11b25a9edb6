"""Themes and text size for the reading pane and the window."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("light", "sepia", "dark")
ZOOM_LIMITS = (-6, 12)


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    quote: str
    link: str
    window: str
    panel: str
    highlight: str
    rule: str  # hairlines between the panes
    quote_mark: str  # the chosen quote's background (RGBA)


_THEMES = {
    "light": Theme(
        "light", "#ffffff", "#1d1d1b", "#6b6b6b", "#7a2e0e", "#1a5fb4", "#f3f3f1", "#fbfbfa",
        "#3584e4", "#d9d9d4", "#ffd666aa",
    ),
    "sepia": Theme(
        "sepia", "#f6efe0", "#3b3227", "#7d6f5c", "#8a3a12", "#345f8c", "#ece3cf", "#f3ead8",
        "#a0753f", "#d8ccb2", "#f2c14e99",
    ),
    "dark": Theme(
        "dark", "#1f2023", "#dcdcd6", "#9a9a94", "#f0b27a", "#8ab4f8", "#28292d", "#232428",
        "#3d6eb5", "#3a3b40", "#4a6fa5aa",
    ),
}  # fmt: skip


def resolve_theme(choice: str) -> Theme:
    """The theme for a setting: ``system`` follows the desktop's colour scheme."""
    if choice in _THEMES:
        return _THEMES[choice]
    scheme = QGuiApplication.styleHints().colorScheme()
    return _THEMES["dark" if scheme == Qt.ColorScheme.Dark else "light"]


def themed_stylesheet(base: str, theme: Theme, zoom: int) -> str:
    """The pane's stylesheet in ``theme``'s colours, every size ``zoom`` points larger
    (scaled from the body size, so headings keep their proportions)."""
    factor = (12.5 + zoom) / 12.5

    def scale(match: re.Match[str]) -> str:
        return f"{float(match.group(1)) * factor:.1f}pt"

    sized = re.sub(r"(\d+(?:\.\d+)?)pt", scale, base)
    colours = (
        f"p.byline, p.footer {{ color: {theme.muted}; }}\n"
        f"span.quote {{ color: {theme.quote}; }}\n"
        f"a {{ color: {theme.link}; }}\n"
    )
    return sized + "\n" + colours


def window_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.panel,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.window,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.ToolTipBase: theme.panel,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Highlight: theme.highlight,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: theme.muted,
        QPalette.ColorRole.Midlight: theme.rule,
        QPalette.ColorRole.Link: theme.link,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def pane_palette(palette: QPalette, theme: Theme) -> QPalette:
    themed = QPalette(palette)
    themed.setColor(QPalette.ColorRole.Base, QColor(theme.background))
    themed.setColor(QPalette.ColorRole.Text, QColor(theme.text))
    themed.setColor(QPalette.ColorRole.Window, QColor(theme.background))
    return themed


def quote_mark_colour(theme: Theme) -> QColor:
    """``#rrggbbaa`` as a colour (Qt reads 8-digit hex as ``#aarrggbb``)."""
    value = theme.quote_mark.lstrip("#")
    colour = QColor(f"#{value[:6]}")
    colour.setAlpha(int(value[6:8], 16) if len(value) == 8 else 255)
    return colour
