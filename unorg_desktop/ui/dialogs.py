"""Small dialogs: About (with the data sources), Legend (kind colours), error boxes."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QMessageBox, QScrollArea,
                               QVBoxLayout, QWidget)

import unorg_desktop



def about_html(documents) -> str:
    """The About text: what the app is and the documents the data come from (all escaped)."""
    e = html.escape
    rows = []
    for doc in documents:
        symbol = f"<b>{e(doc.symbol)}</b> — " if doc.symbol else ""
        date = f" ({e(doc.date)})" if doc.date else ""
        rows.append(f"<li>{symbol}{e(doc.title or doc.source_file)}{date}</li>")
    blurb = QCoreApplication.translate("Dialogs", "How the UN Secretariat is organised, from the official texts.")
    heading = QCoreApplication.translate("Dialogs", "Data sources")
    return (f"<h3>UNorg Desktop {e(unorg_desktop.__version__)}</h3><p>{e(blurb)}</p>"
            f"<p><b>{e(heading)}</b></p><ul>{''.join(rows)}</ul>")


def show_about(parent: QWidget, documents) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "About UNorg Desktop"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(documents))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.exec()


class LegendDialog(QDialog):
    """Colour family → its kinds, for the kinds present in the database (plain-text labels)."""

    def __init__(self, kinds: list[str], parent: QWidget | None = None) -> None:
        from unorg_desktop.render.palette import family_label, family_style, kinds_of_family, legend_entries

        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Legend"))
        grid = QGridLayout()
        for row, (family, _) in enumerate(legend_entries(kinds)):
            style = family_style(family)
            swatch = QPixmap(28, 16)
            swatch.fill(style.fill)
            painter = QPainter(swatch)
            painter.fillRect(0, 0, 4, 16, style.strip)
            painter.setPen(style.border)
            painter.drawRect(0, 0, 27, 15)
            painter.end()
            icon = QLabel()
            icon.setPixmap(swatch)
            name = QLabel(family_label(family))
            members = QLabel(", ".join(kinds_of_family(kinds, family)))
            members.setWordWrap(True)
            for label in (name, members):
                label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(icon, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(members, row, 2)
        grid.setColumnStretch(2, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        lines = QLabel(QCoreApplication.translate("Dialogs", "Solid lines: primary reporting lines. Dashed lines: secondary (dual) reporting lines; "
                          "hover one to see the paragraph that states it."))
        lines.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(lines)
        layout.addWidget(buttons)
        self.resize(360, 480)


def error_box(parent: QWidget | None, title: str, message: str) -> None:
    """A critical message box with one line of plain text (never interpreted as markup)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
