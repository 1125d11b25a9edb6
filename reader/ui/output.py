"""Output: the quotes and highlights exported (Markdown, Web Annotation JSON), the
article printed or written as a PDF, as the pane shows it.

A new export is one more format in `reader.model.export.FORMATS` and its file
filter in `EXPORT_FILTERS` or, for a document format, one more method beside
`export_pdf` and one more row in the action table.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.model.parse import slugify
from reader.ui.highlights import HighlightBook
from reader.ui.reading_pane import ReadingPane

# The export dialog's file types, by format (`reader.model.export.FORMATS`).
EXPORT_FILTERS = {"markdown": "Markdown (*.md)", "json": "Web Annotation JSON (*.json)"}


class Output(QObject):
    """Writes what the pane shows; `notice` says what was written, or why not."""

    notice = Signal(str)

    def __init__(
        self, pane: ReadingPane, book: HighlightBook, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pane = pane  # the article shown, its document, and the dialogs' parent
        self._book = book

    def _save_start(self, suffix: str) -> str:
        """Where a save dialog starts: beside the article's file, named after it; for a
        link (no file), in the home folder, named after the title."""
        article = self._pane.article
        if article is not None and article.path:
            path = Path(article.path)
            return str(path.with_name(f"{path.stem}{suffix}"))
        stem = slugify(article.title) if article is not None else "article"
        return str(Path.home() / f"{stem}{suffix}")

    def choose_export(self) -> None:
        if self._pane.article is None:
            return
        from PySide6.QtWidgets import QFileDialog  # dialogs are imported when first used

        path, chosen = QFileDialog.getSaveFileName(
            self._pane, "Export Quotes and Highlights", self._save_start("-quotes.md"),
            ";;".join(EXPORT_FILTERS.values()),
        )  # fmt: skip
        if path:
            chosen_format = next((n for n, f in EXPORT_FILTERS.items() if f == chosen), "markdown")
            self.export_to(path, "json" if path.endswith(".json") else chosen_format)

    def export_to(self, path: str | os.PathLike[str], format_name: str) -> bool:
        """Write the article's quotes and highlights to ``path``; False (and why) on failure."""
        from reader.model.export import FORMATS, export

        article = self._pane.article
        if article is None or format_name not in FORMATS:
            return False
        try:
            text = export(article, self._book.model.items(), format_name)
            Path(path).write_text(text, encoding="utf-8")
        except OSError as error:
            self.notice.emit(f"Could not export to {path}: {error.strerror or error}")
            return False
        self.notice.emit(f"Exported to {path}")
        return True

    def print_article(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._pane)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._pane.document().print_(printer)

    def choose_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self._save_start(".pdf")
        path, _ = QFileDialog.getSaveFileName(self._pane, "Export as PDF", start, "PDF (*.pdf)")
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str | os.PathLike[str]) -> bool:
        """The rendered article as a PDF, as the pane shows it."""
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(os.fspath(path))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        self._pane.document().clone().print_(printer)
        ok = Path(path).exists() and Path(path).stat().st_size > 0
        self.notice.emit(f"Saved {path}" if ok else f"Could not write {path}")
        return ok
