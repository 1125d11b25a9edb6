"""The one way the window's lists are set up: wrapped rows, laid out in batches."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QListView, QWidget


class PanelList(QListView):
    """A list of variable-height rows painted by ``delegate``.

    Thousands of rows (a book's quotes) are laid out a batch per event-loop
    turn, so showing them never freezes the window.
    """

    def __init__(
        self,
        name: str,
        accessible_name: str,
        model: QAbstractItemModel,
        delegate: QAbstractItemDelegate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setModel(model)
        delegate.setParent(self)
        self.setItemDelegate(delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(150)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
