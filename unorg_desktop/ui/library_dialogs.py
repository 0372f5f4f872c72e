"""Dialogs of the document library: the import summary, the list of documents, a document's text.

Document text (titles, names, warnings, the stored text) is data: it is escaped or shown as plain
text, never interpreted. The dialogs only read; removing and resetting go through signals to the
window, which runs :mod:`unorg_desktop.store.library` off the GUI thread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout, QWidget)

from unorg_desktop import docref
from unorg_desktop.store import SourceRow


def _translated(text: str, n: int = -1) -> str:
    """Translated (context "Library"); with ``n``, ``%n`` is the number, in the right plural."""
    return QCoreApplication.translate("Library", text, "", n)


def language_name(code: str) -> str:
    """``"en"`` → ``"English"``, in the interface's language where Qt knows it."""
    if not code:
        return ""
    if code in LANGUAGES:
        return _translated(LANGUAGES[code])
    language = QLocale(code).language()
    if language == QLocale.Language.C:
        return code
    return QLocale.languageToString(language)


def _parent(store, unit_id: str) -> str | None:
    if store is None:
        return None
    try:
        return next((ln.parent for ln in store.parents(unit_id) if ln.primary), None)
    except KeyError:
        return None


class ImportSummaryDialog(QDialog):
    """After an import: units joined/added/left apart, lines, attributions, warnings with file and
    line; ``showRequested(unit_id)`` when "Show in chart" is pressed (the first file's top unit)."""

    showRequested = Signal(str)

    def __init__(self, result, store=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import finished"))
        self.result_ = result
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.document().setDefaultStyleSheet("h3 { margin: 8px 0 2px 0; } .meta { color: #555; }")
        self.body.setHtml(self.summary_html(result, store))
        warnings = [w for f in result.files for w in f.warnings]
        self.warnings = QPlainTextEdit(self)
        self.warnings.setObjectName("importWarnings")
        self.warnings.setReadOnly(True)
        self.warnings.setPlainText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.warnings.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lines = min(len(warnings), 6) + 1  # the list grows with the warnings, up to 6 lines, then scrolls
        self.warnings.setFixedHeight(self.warnings.fontMetrics().lineSpacing() * lines + 16)
        heading = QLabel(self.tr("Warnings (%n)", "", len(warnings)), self)
        heading.setVisible(bool(warnings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button = buttons.addButton(self.tr("Show in chart"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button.setObjectName("showInChart")
        self.top_unit = next((f.top_unit for f in result.files if f.top_unit), None)
        self.show_button.setEnabled(self.top_unit is not None)
        self.show_button.clicked.connect(self._show)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(heading)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        self.show_button.setDefault(True)
        self.resize(600, 440 if warnings else 380)

    def text(self) -> str:
        return self.body.toPlainText()

    def summary_html(self, result, store=None) -> str:
        """What each imported file gave and where it joined (every document string escaped); unit
        and document names from ``store`` (the new database, in the interface's language) when given."""
        e = html.escape

        def unit_name(unit_id: str | None, default: str) -> str:
            try:
                return store.unit(unit_id).display_name if store is not None and unit_id else default
            except KeyError:
                return default

        def doc_name(doc_id: str) -> str:
            try:
                doc = store.document(doc_id) if store is not None else None
            except KeyError:
                doc = None
            return docref.doc_label(doc) or (doc.source_file if doc is not None else doc_id)

        parts = []
        grown = result.units_after - result.units_before
        total = self.tr("The organisation now has %n units", "", result.units_after)
        parts.append(f"<p>{e(total)} ({e(f'{grown:+d}')}).</p>")
        for f in result.files:
            what = " · ".join(x for x in (f.symbol, language_name(f.language), f.family or f.kind) if x)
            parts.append(f"<h3>{e(f.file)}</h3><p class='meta'>{e(what)}"
                         + (f" — {e(f.title)}" if f.title else "") + "</p><ul>")
            apart = self.tr("%n left apart", "", f.apart)
            if f.twin:
                twin = self.tr("Translation of %1:").replace("%1", doc_name(f.twin))
                joined = self.tr("%n units joined", "", f.joined)
                added = self.tr("%n added", "", f.added)
                parts.append(f"<li>{e(twin)} <b>{e(joined)}</b>, {e(apart)}, {e(added)}</li>")
            else:
                added = self.tr("%n units added", "", f.added)
                joined = self.tr("%n joined to known units", "", f.joined)
                parts.append(f"<li><b>{e(added)}</b>, {e(joined)}, {e(apart)}</li>")
            lines = self.tr("%n reporting lines", "", f.lines)
            functions = self.tr("%n attributions", "", f.attributions)
            parts.append(f"<li>{e(lines)}, {e(functions)}</li>")
            if f.top_unit:
                top = unit_name(f.top_unit, f.top_name)
                under = unit_name(_parent(store, f.top_unit), f.parent_name) if f.parent_name else ""
                line = self.tr("Top unit: %1").replace("%1", top)
                if under:
                    line += " " + self.tr("(under %1)").replace("%1", under)
                parts.append(f"<li>{e(line)}</li>")
            parts.append("</ul>")
        return "".join(parts)

    def _show(self) -> None:
        if self.top_unit is not None:
            self.showRequested.emit(self.top_unit)
        self.accept()


COLUMNS = (QT_TRANSLATE_NOOP("Library", "ID"), QT_TRANSLATE_NOOP("Library", "Symbol"),
           QT_TRANSLATE_NOOP("Library", "Language"), QT_TRANSLATE_NOOP("Library", "Family"),
           QT_TRANSLATE_NOOP("Library", "Units"), QT_TRANSLATE_NOOP("Library", "Imported"),
           QT_TRANSLATE_NOOP("Library", "Title"))
LANGUAGES = {"en": QT_TRANSLATE_NOOP("Library", "English"), "fr": QT_TRANSLATE_NOOP("Library", "French")}


class DocumentsDialog(QDialog):
    """File ▸ Documents…: every document, with Remove (imported ones), Show source and Back to
    the bundled texts only. Emits ``removeRequested(id)`` and ``resetRequested()``."""

    removeRequested = Signal(str)
    resetRequested = Signal()

    def __init__(self, store, can_reset: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self.setWindowTitle(QCoreApplication.translate("Library", "Documents"))
        self.store = store
        self.rows = store.document_summaries()
        self.table = QTableWidget(len(self.rows), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_translated(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, row in enumerate(self.rows):
            d = row.document
            when = row.imported_at[:16].replace("T", " ") if row.imported_at else QCoreApplication.translate("Library", "bundled")
            cells = (d.id, d.symbol, language_name(d.language), d.family or d.kind,
                     QLocale().toString(row.added + row.joined + row.apart), when, d.title or d.source_file)
            units_tip = (QCoreApplication.translate("Library", "%1 added, %2 joined, %3 left apart")
                         .replace("%1", str(row.added)).replace("%2", str(row.joined)).replace("%3", str(row.apart)))
            if d.twin:
                units_tip += "\n" + QCoreApplication.translate("Library", "Translation of document %1").replace("%1", d.twin)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text
                item.setToolTip(units_tip if COLUMNS[c] == "Units" else (d.title or d.source_file))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(QCoreApplication.translate("Library", "Remove"), self)
        self.source_button = QPushButton(QCoreApplication.translate("Library", "Show source"), self)
        self.reset_button = QPushButton(QCoreApplication.translate("Library", "Back to the bundled texts only"), self)
        self.reset_button.setEnabled(can_reset)
        self.remove_button.clicked.connect(self._remove)
        self.source_button.clicked.connect(self.show_source)
        self.reset_button.clicked.connect(self._reset)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.show_source())
        row = QHBoxLayout()
        for button in (self.remove_button, self.source_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(860, 360)
        self._update_buttons()

    def select(self, document: str) -> None:
        for r, row in enumerate(self.rows):
            if row.document.id == document:
                self.table.selectRow(r)

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.remove_button.setEnabled(row is not None and row.origin == "imported")
        self.source_button.setEnabled(row is not None and bool(row.origin))

    def _remove(self) -> None:
        row = self.current()
        if row is not None and row.origin == "imported":
            self.removeRequested.emit(row.document.id)
            self.accept()

    def _reset(self) -> None:
        self.resetRequested.emit()
        self.accept()

    def show_source(self) -> "SourceDialog | None":
        row = self.current()
        if row is None:
            return None
        try:
            source = self.store.source(row.document.id)
        except KeyError:
            return None
        dialog = SourceDialog(source, row.document.title, self)
        dialog.show()
        return dialog


class SourceDialog(QDialog):
    """A document's stored text, read-only, in a fixed-width font (line numbers match warnings)."""

    def __init__(self, source: SourceRow, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(f"{source.file_name} — {title}" if title else source.file_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        origin = QCoreApplication.translate("Library", "bundled text") if source.origin == "bundled" else QCoreApplication.translate("Library", "imported %1").replace(
            "%1", source.imported_at[:16].replace("T", " "))
        info = QLabel(f"{source.file_name} · {source.format.upper()} · "
                      f"{QLocale().formattedDataSize(source.size)} · {origin}", self)
        info.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.setPlainText(source.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 600)
