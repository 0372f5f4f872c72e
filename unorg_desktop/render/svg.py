"""One SVG document painted in memory: the writer shared by the chart's own-size SVG
(``export.render_svg``) and a page's SVG (``paged.svg_bytes``)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter


def svg_document(width: float, height: float, resolution: int, title: str, description: str,
                 paint: Callable[[QPainter], None]) -> bytes:
    """The SVG bytes of a ``width`` × ``height`` view box (in the units ``resolution`` gives)
    that ``paint`` draws; ``OSError`` when the writer cannot start."""
    from PySide6.QtSvg import QSvgGenerator  # QtSvg only when an SVG is asked for

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(width), math.ceil(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(resolution)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError("could not start the SVG writer")
    try:
        paint(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
