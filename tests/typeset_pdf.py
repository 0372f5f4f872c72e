"""Typeset plain text as a PDF with Qt, as another program would (tests and benchmarks only).

Justified A4, one paragraph per text line (an empty line is an empty paragraph), a running
header at the top of every page and the page number at the bottom. Qt writes every glyph at
its own position, so the reader has to find the lines by their baselines; each line is drawn
on its page only, so no text hides under a clip.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QTextDocument, QTextOption)

RESOLUTION = 300  # dots per inch of the writer's coordinates


def _writer(out: Path) -> QPdfWriter:
    if QGuiApplication.instance() is None:
        raise RuntimeError("typeset_pdf needs a QGuiApplication (pytest-qt's qapp fixture)")
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(RESOLUTION)
    writer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout.Unit.Millimeter)
    return writer


def typeset_pdf(paragraphs: str, out: Path, header: str = "", font_size: float = 11.0) -> int:
    """Write ``paragraphs`` (one per line) to ``out``; return the number of pages."""
    writer = _writer(out)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    option = QTextOption(Qt.AlignmentFlag.AlignJustify)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setDefaultFont(QFont("DejaVu Serif", font_size))
    doc.setPlainText(paragraphs)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = area.width(), area.height()
    band = RESOLUTION // 3  # header and footer bands, a third of an inch each
    body = height - 2 * band
    doc.setPageSize(QSizeF(width, body))  # the layout moves a line that would cross a page end
    pages = doc.pageCount()
    # Each line is drawn on its own page only (text clipped away would still be in the PDF).
    per_page: list[list[tuple[QPointF, object]]] = [[] for _ in range(pages)]
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top = origin.y() + line.y()
            page = min(int(top // body), pages - 1)
            per_page[page].append((QPointF(origin.x(), origin.y() - page * body + band), line))
        block = block.next()
    painter = QPainter(writer)
    small = QFont("DejaVu Sans", font_size - 2)
    for page, lines in enumerate(per_page):
        if page:
            writer.newPage()
        painter.setFont(small)
        painter.drawText(QRectF(0, 0, width, band), Qt.AlignmentFlag.AlignCenter, header)
        for position, line in lines:
            line.draw(painter, position)
        painter.setFont(small)
        painter.drawText(QRectF(0, height - band, width, band), Qt.AlignmentFlag.AlignCenter, str(page + 1))
    painter.end()
    return pages


def image_only_pdf(out: Path, pages: int = 2) -> None:
    """A 'scanned' PDF: each page is a picture of text, with no text layer."""
    writer = _writer(out)
    image = QImage(800, 1100, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setFont(QFont("DejaVu Serif", 14))
    p.drawText(QRectF(40, 40, 720, 1000), Qt.TextFlag.TextWordWrap, "Section 1 Disposition générale " * 30)
    p.end()
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawImage(QRectF(0, 0, area.width(), area.height()), image)
    painter.end()
